import type { SkillSubsidyCaseStatus } from '@huimin/domain';
import { getJson, postJson, type Fetch } from './http';
import type { EvaluationCheck, SkillSubsidyCheckResult } from './policies';

// Shapes of the applicant routes (real-name login, /me, the skills-subsidy cases) and the public
// notice, limited to what the portal reads.

export interface OtpAnswer {
  message: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export interface LoginAnswer {
  accessToken: string;
  expiresAt: string;
  applicant: { kind: 'person'; name: string; idNumberMasked: string; regionCode: string };
}

export interface MyPerson {
  id: string;
  idNumberMasked: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  phoneMasked: string | null;
  regionCode: string;
}

export interface MyCertificate {
  certificateNo: string;
  kind: 'vocational_qualification' | 'skill_level';
  level: number;
  occupation: string;
  issueDate: string;
  issuer: string;
}

export interface Payee {
  kind: 'social_security_card' | 'bank_account';
  accountNo: string;
  bankName: string;
}

export interface ApplicationRequest {
  certificateNo: string;
  channel: 'online';
  payee: Payee;
  phone?: string;
}

export interface CaseSummary {
  id: string;
  status: SkillSubsidyCaseStatus;
  statusLabel: string;
  certificateNo: string;
  certificateKind: MyCertificate['kind'];
  occupation: string;
  level: number;
  amountFen: number | null;
  applicationDate: string;
  dueKind: 'review' | 'refusal_notice' | 'payment' | null;
  dueOn: string | null;
  overdue: boolean;
  createdAt: string;
}

export interface CaseStep {
  seq: number;
  event: string;
  from: SkillSubsidyCaseStatus | null;
  to: SkillSubsidyCaseStatus;
  on: string;
  actorKind: 'applicant' | 'staff' | 'employer' | 'system';
  role: string | null;
  round: number;
  approvalStep: string | null;
  reason: string | null;
}

export interface CaseDeadline {
  kind: 'review' | 'refusal_notice' | 'payment';
  label: string;
  due: string;
  startedOn: string;
  stoppedOn: string | null;
  workingDays: number;
}

export interface CaseDetail extends CaseSummary {
  evaluation: SkillSubsidyCheckResult & { checks: EvaluationCheck[] };
  deadlines: CaseDeadline[];
  payee: { kind: Payee['kind']; accountNoMasked: string; bankName: string };
  phoneMasked: string | null;
  pendingApprovalStep: string | null;
  steps: CaseStep[];
  allowedActions: { event: string; label: string; reasonRequired: boolean }[];
  /** 好差评: the applicant's rating of this case, once it is given. */
  rating: CaseRating | null;
  /** Whether the case is finished and not yet rated (the server decides what "finished" means). */
  canRate: boolean;
}

export interface CaseRating {
  score: number;
  comment: string | null;
  createdAt: string;
}

export interface RatingRequest {
  score: number;
  comment?: string;
}

export interface CaseList {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface NoticeItem {
  itemId: string;
  name: string;
  sex: string;
  idNumber: string;
  employerName: string | null;
  occupation: string;
  levelName: string;
  certificateKindName: string;
  issueDate: string;
  amountYuan: string;
}

export interface Notice {
  id: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
  items: NoticeItem[];
}

export interface ObjectionRequest {
  contactName: string;
  contactPhone: string;
  content: string;
}

export function createApplicantApi(baseUrl: string, fetchImpl: Fetch, token: () => string | null) {
  const base = `${baseUrl.replace(/\/+$/, '')}/api/v1`;
  const auth = (): Record<string, string> => {
    const value = token();
    return value ? { authorization: `Bearer ${value}` } : {};
  };
  return {
    requestCode: (body: { idNumber: string; name: string }) => postJson<OtpAnswer>(`${base}/applicant-auth/otp`, body, fetchImpl),
    login: (body: { idNumber: string; name: string; code: string }) => postJson<LoginAnswer>(`${base}/applicant-auth/login`, body, fetchImpl),
    logout: () => postJson<void>(`${base}/applicant-auth/logout`, {}, fetchImpl, auth()),
    person: () => getJson<MyPerson>(`${base}/me/person`, fetchImpl, auth()),
    certificates: () => getJson<MyCertificate[]>(`${base}/me/certificates`, fetchImpl, auth()),
    apply: (body: ApplicationRequest, idempotencyKey: string) =>
      postJson<CaseDetail>(`${base}/skill-subsidy/applications`, body, fetchImpl, { ...auth(), 'idempotency-key': idempotencyKey }),
    cases: () => getJson<CaseList>(`${base}/skill-subsidy/applications?pageSize=100`, fetchImpl, auth()),
    case: (id: string) => getJson<CaseDetail>(`${base}/skill-subsidy/applications/${encodeURIComponent(id)}`, fetchImpl, auth()),
    appeal: (id: string, reason: string) =>
      postJson<CaseDetail>(`${base}/skill-subsidy/applications/${encodeURIComponent(id)}/appeal`, { reason }, fetchImpl, auth()),
    withdraw: (id: string, reason?: string) =>
      postJson<CaseDetail>(`${base}/skill-subsidy/applications/${encodeURIComponent(id)}/withdraw`, reason ? { reason } : {}, fetchImpl, auth()),
    rate: (id: string, body: RatingRequest) =>
      postJson<CaseDetail>(`${base}/skill-subsidy/applications/${encodeURIComponent(id)}/rating`, body, fetchImpl, auth()),
    notices: () => getJson<Notice[]>(`${base}/public/skill-subsidy/notices`, fetchImpl),
    object: (itemId: string, body: ObjectionRequest) =>
      postJson<{ id: string; status: string; message: string }>(
        `${base}/public/skill-subsidy/notices/items/${encodeURIComponent(itemId)}/objections`,
        body,
        fetchImpl,
      ),
  };
}

export type ApplicantApi = ReturnType<typeof createApplicantApi>;
