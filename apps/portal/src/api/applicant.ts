import type { ApplicationBody, ObjectionBody, RatingBody } from '@huimin/api-client';
import { data } from '@huimin/api-client';
import { createPortalClient, type Fetch } from './http';

// The applicant's routes (real-name login, /me, the skills-subsidy cases) and the public notice, through the
// typed client: the shapes are the API's own, generated from its OpenAPI document.
export type {
  ApplicationBody,
  CaseDeadline,
  CaseDetail,
  CaseList,
  CaseRating,
  CaseStep,
  CaseSummary,
  MyCertificate,
  MyPerson,
  NoticeBatch,
  NoticeItem,
  ObjectionBody,
  ObjectionReceipt,
  OtpAnswer,
  PersonLogin,
  RatingBody,
} from '@huimin/api-client';

/** The payee of an application (A16): the applicant's own social-security card or bank account. */
export type Payee = ApplicationBody['payee'];

export function createApplicantApi(baseUrl: string, fetchImpl: Fetch, token: () => string | null) {
  const client = createPortalClient(baseUrl, fetchImpl, token);
  const byId = (id: string) => ({ params: { path: { id } } });
  return {
    requestCode: (body: { idNumber: string; name: string }) => data(client.POST('/api/v1/applicant-auth/otp', { body })),
    login: (body: { idNumber: string; name: string; code: string }) => data(client.POST('/api/v1/applicant-auth/login', { body })),
    logout: () => data(client.POST('/api/v1/applicant-auth/logout')),
    person: () => data(client.GET('/api/v1/me/person')),
    certificates: () => data(client.GET('/api/v1/me/certificates')),
    apply: (body: ApplicationBody, idempotencyKey: string) =>
      data(client.POST('/api/v1/skill-subsidy/applications', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    cases: () => data(client.GET('/api/v1/skill-subsidy/applications', { params: { query: { pageSize: 100 } } })),
    case: (id: string) => data(client.GET('/api/v1/skill-subsidy/applications/{id}', byId(id))),
    appeal: (id: string, reason: string) => data(client.POST('/api/v1/skill-subsidy/applications/{id}/appeal', { ...byId(id), body: { reason } })),
    withdraw: (id: string, reason?: string) =>
      data(client.POST('/api/v1/skill-subsidy/applications/{id}/withdraw', { ...byId(id), body: reason ? { reason } : {} })),
    rate: (id: string, body: RatingBody) => data(client.POST('/api/v1/skill-subsidy/applications/{id}/rating', { ...byId(id), body })),
    notices: () => data(client.GET('/api/v1/public/skill-subsidy/notices')),
    object: (itemId: string, body: ObjectionBody) =>
      data(client.POST('/api/v1/public/skill-subsidy/notices/items/{itemId}/objections', { params: { path: { itemId } }, body })),
  };
}

export type ApplicantApi = ReturnType<typeof createApplicantApi>;
