// The skills-upgrade subsidy case routes (API.md "Skills-upgrade subsidy cases"), typed by hand from the
// API's controller and schemas. To be replaced by the client generated from the OpenAPI document; until
// then every field here mirrors what the API sends, and status strings and labels come from @huimin/domain.
import type { AllowedAction, SkillSubsidyCaseEvent, SkillSubsidyCaseStatus, WorkflowDeadline } from '@huimin/domain';
import type { HttpClient } from './http';

export const CASE_CHANNELS = ['online', 'counter', 'employer_batch', 'proxy'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CERTIFICATE_KINDS = ['vocational_qualification', 'skill_level'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const PAYEE_KINDS = ['social_security_card', 'bank_account'] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

/** Filters of `GET /api/v1/skill-subsidy/applications` (the API sorts newest first; no sort parameter yet). */
export interface CaseListQuery {
  status?: SkillSubsidyCaseStatus;
  channel?: CaseChannel;
  occupation?: string;
  level?: number;
  regionCode?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** One row of a work list. */
export interface CaseSummary {
  id: string;
  status: SkillSubsidyCaseStatus;
  statusLabel: string;
  channel: CaseChannel;
  regionCode: string;
  applicantName: string;
  idNumberMasked: string;
  certificateNo: string;
  certificateKind: CertificateKind;
  occupation: string;
  level: number;
  amountFen: number;
  applicationDate: string;
  dueKind: string | null;
  dueOn: string | null;
  overdue: boolean;
  createdAt: string;
}

export interface CaseList {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<SkillSubsidyCaseStatus, number>;
}

export interface EvaluationCheck {
  rule: string;
  passed: boolean;
  message: string;
}

/** The calculator's answer, frozen with the case (API.md "Evaluation"). */
export interface SkillSubsidyEvaluation {
  eligible: boolean;
  amountFen: number;
  applicationDeadline?: string | null;
  policy: { id: string; source: string; ruleSetId?: string; basis?: string; basisDate?: string } | null;
  checks: EvaluationCheck[];
  reasons: string[];
  warnings?: string[];
}

/** The facts read from the registry at submission (frozen; no plain ID number or phone). */
export interface CaseFacts {
  person: { idNumberMasked: string; name: string; sex: string; birthDate: string; regionCode: string; address: string | null };
  employer: { creditCode: string; name: string; industry: string; address: string | null } | null;
  contributions: { paidMonths: number; inArrears: boolean; latestCreditCode: string | null } & Record<string, unknown>;
  certificate: { certificateNo: string; kind: CertificateKind; level: number; occupation: string; issueDate: string; issuer?: string; source?: string };
  sources?: Record<string, unknown>;
}

export interface CaseStep {
  seq: number;
  event: SkillSubsidyCaseEvent;
  from: SkillSubsidyCaseStatus | null;
  to: SkillSubsidyCaseStatus;
  on: string;
  actorKind: 'staff' | 'applicant' | 'employer' | 'system';
  actorName: string | null;
  role: string | null;
  round: number;
  approvalStep: string | null;
  reason: string | null;
}

export type CaseDeadline = WorkflowDeadline & { stoppedOn: string | null };

export interface CaseDetail extends CaseSummary {
  basisDate: string;
  ruleSetId: string;
  evaluation: SkillSubsidyEvaluation;
  facts: CaseFacts;
  deadlines: CaseDeadline[];
  payee: { kind: PayeeKind; accountNoMasked: string; bankName: string };
  phoneMasked: string | null;
  proxy: { name: string; idNumberMasked: string } | null;
  pendingApprovalStep: string | null;
  steps: CaseStep[];
  allowedActions: AllowedAction<SkillSubsidyCaseEvent>[];
}

/** `POST /api/v1/skill-subsidy/applications` from the counter (a handler enters it). */
export interface CounterApplicationBody {
  idNumber: string;
  certificateNo: string;
  channel: 'counter' | 'proxy';
  payee: { kind: PayeeKind; accountNo: string; bankName: string };
  phone?: string;
  proxy?: { name: string; idNumber: string };
}

export interface DecisionBody {
  decision: 'approve' | 'reject';
  reason?: string;
}

/** `POST /api/v1/registry/persons/lookup`: the person's registry record (full numbers; the read is audited). */
export interface RegistryPerson {
  id: string;
  idNumber: string;
  name: string;
  sex: string;
  birthDate: string;
  phone: string | null;
  regionCode: string;
  address: string | null;
}

/** The query string of a work list: only the filters that are set, in a fixed order. */
export function caseListSearch(query: CaseListQuery): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === '') return;
    params.set(key, String(value));
  };
  put('status', query.status);
  put('channel', query.channel);
  put('occupation', query.occupation?.trim() || undefined);
  put('level', query.level);
  put('regionCode', query.regionCode);
  put('overdue', query.overdue);
  put('from', query.from);
  put('to', query.to);
  put('page', query.page);
  put('pageSize', query.pageSize);
  return params.toString();
}

export function createCasesApi(http: HttpClient) {
  const base = '/api/v1/skill-subsidy/applications';
  return {
    list: (query: CaseListQuery) => http.get<CaseList>(`${base}?${caseListSearch(query)}`),
    get: (id: string) => http.get<CaseDetail>(`${base}/${encodeURIComponent(id)}`),
    create: (body: CounterApplicationBody, idempotencyKey: string) =>
      http.post<CaseDetail>(base, body, { 'idempotency-key': idempotencyKey }),
    decide: (id: string, body: DecisionBody) => http.post<CaseDetail>(`${base}/${encodeURIComponent(id)}/decisions`, body),
    lookupPerson: (idNumber: string) => http.post<RegistryPerson>('/api/v1/registry/persons/lookup', { idNumber }),
  };
}
