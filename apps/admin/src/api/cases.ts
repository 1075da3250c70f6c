// The skills-upgrade subsidy case routes (API.md "Skills-upgrade subsidy cases") through the typed client: the
// shapes are the API's own (generated from its OpenAPI document); status strings and labels come from
// @huimin/domain.
import type { ApplicationBody, CaseListQuery as ApiCaseListQuery, CaseSummary, DecisionBody } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type {
  AllowedCaseAction,
  ApplicationBody,
  CaseDeadline,
  CaseDetail,
  CaseFacts,
  CaseList,
  CaseListSort,
  CaseStep,
  CaseSummary,
  DecisionBody,
  PersonRecord,
  SkillSubsidyCheck,
  SkillSubsidyEvaluation,
} from '@huimin/api-client';

// The choices the forms offer, checked against the API's enums: a value the API does not take will not compile.
export const CASE_CHANNELS = ['online', 'counter', 'employer_batch', 'proxy'] as const satisfies readonly CaseSummary['channel'][];
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CERTIFICATE_KINDS = ['vocational_qualification', 'skill_level'] as const satisfies readonly CaseSummary['certificateKind'][];
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const PAYEE_KINDS = ['social_security_card', 'bank_account'] as const satisfies readonly ApplicationBody['payee']['kind'][];
export type PayeeKind = (typeof PAYEE_KINDS)[number];

/**
 * A work list's query as the screens hold it: the API's filters and order, with `overdue` as a flag and the page
 * always set (the API takes `overdue=true|false` and would also filter "not overdue").
 */
export type CaseListQuery = Omit<ApiCaseListQuery, 'overdue' | 'page' | 'pageSize'> & { overdue?: boolean; page: number; pageSize: number };

/** The API's query for a work list: only the filters that are set, in a fixed order, never `overdue=false`. */
export function caseListParams(query: CaseListQuery): ApiCaseListQuery {
  const params: ApiCaseListQuery = {};
  if (query.status) params.status = query.status;
  if (query.channel) params.channel = query.channel;
  const occupation = query.occupation?.trim();
  if (occupation) params.occupation = occupation;
  if (query.level !== undefined) params.level = query.level;
  if (query.regionCode) params.regionCode = query.regionCode;
  if (query.overdue) params.overdue = 'true';
  if (query.from) params.from = query.from;
  if (query.to) params.to = query.to;
  if (query.sort) params.sort = query.sort;
  params.page = query.page;
  params.pageSize = query.pageSize;
  return params;
}

export function createCasesApi(http: HttpClient) {
  const byId = (id: string) => ({ params: { path: { id } } });
  return {
    list: (query: CaseListQuery) => data(http.GET('/api/v1/skill-subsidy/applications', { params: { query: caseListParams(query) } })),
    get: (id: string) => data(http.GET('/api/v1/skill-subsidy/applications/{id}', byId(id))),
    create: (body: ApplicationBody, idempotencyKey: string) =>
      data(http.POST('/api/v1/skill-subsidy/applications', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    decide: (id: string, body: DecisionBody) => data(http.POST('/api/v1/skill-subsidy/applications/{id}/decisions', { ...byId(id), body })),
    lookupPerson: (idNumber: string) => data(http.POST('/api/v1/registry/persons/lookup', { body: { idNumber } })),
  };
}
