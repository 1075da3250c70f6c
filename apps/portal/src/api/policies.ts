import type { SkillSubsidyEvaluationBody } from '@huimin/api-client';
import { data } from '@huimin/api-client';
import { createPortalClient, type Fetch } from './http';

// The public policy and calculator routes (API.md "Evaluation") through the typed client.
export type { ParameterMark, PolicyInForce, PolicyLayer, SkillSubsidyCheck, SkillSubsidyEvaluation, SkillSubsidyEvaluationBody } from '@huimin/api-client';

export function createPortalApi(baseUrl: string, fetchImpl: Fetch) {
  const client = createPortalClient(baseUrl, fetchImpl);
  return {
    /** Today's rule sets for a region; the API answers today in Asia/Shanghai when no date is sent. */
    policies: (regionCode: string) => data(client.GET('/api/v1/policies', { params: { query: { regionCode } } })),
    checkSkillSubsidy: (body: SkillSubsidyEvaluationBody) => data(client.POST('/api/v1/evaluations/skill-upgrade-subsidy', { body })),
  };
}

export type PortalApi = ReturnType<typeof createPortalApi>;
