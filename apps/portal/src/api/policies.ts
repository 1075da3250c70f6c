import type { ProgramId } from '@huimin/domain';
import { getJson, postJson, type Fetch } from './http';

// Shapes of the public policy and calculator answers (API.md "Evaluation"), limited to what the
// service guide and the pre-check read.

export type ParameterMark = 'confirmed' | 'partial' | 'unconfirmed';

export interface PolicyLayer {
  id: string;
  regionCode: string;
  kind: 'baseline' | 'notice' | 'provincial' | 'city';
  documentNo: string;
  title: string;
  mark: ParameterMark;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface PolicyInForce {
  program: ProgramId;
  programName: string;
  regionCode: string;
  date: string;
  id: string;
  source: string;
  ruleSetId: string;
  layers: PolicyLayer[];
  params: Record<string, unknown>;
  marks: Record<string, ParameterMark>;
  parameterLabels: Record<string, string>;
  warnings: string[];
}

export interface SkillSubsidyCheckRequest {
  regionCode: string;
  applicationDate: string;
  applicant: { contributionMonths: number; inArrears: boolean; status: 'employed' | 'receiving_benefit' };
  certificate: { kind: 'vocational_qualification' | 'skill_level'; level: number; occupation: string; issueDate: string };
  /** Certificates the person already holds (2025 on: a higher one bars a lower one). */
  heldCertificates?: { occupation: string; level: number }[];
}

export interface EvaluationCheck {
  rule: string;
  passed: boolean;
  message: string;
  code?: string;
}

export interface SkillSubsidyCheckResult {
  eligible: boolean;
  amountFen: number;
  applicationDeadline: string | null;
  policy: { id: string; source: string; sources?: string[] } | null;
  checks: EvaluationCheck[];
  reasons: string[];
  warnings?: string[];
}

export function createPortalApi(baseUrl: string, fetchImpl: Fetch) {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    /** Today's rule sets for a region; the API answers today in Asia/Shanghai when no date is sent. */
    policies: (regionCode: string) =>
      getJson<PolicyInForce[]>(`${base}/api/v1/policies?regionCode=${encodeURIComponent(regionCode)}`, fetchImpl),
    checkSkillSubsidy: (body: SkillSubsidyCheckRequest) =>
      postJson<SkillSubsidyCheckResult>(`${base}/api/v1/evaluations/skill-upgrade-subsidy`, body, fetchImpl),
  };
}

export type PortalApi = ReturnType<typeof createPortalApi>;
