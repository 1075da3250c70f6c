// The objections inbox (POLICY.md A15, D1): objections raised against the public notice, with their counts per
// status, and the decision on one (uphold cancels the case, dismiss keeps it in the notice). The shapes are the
// API's own (generated from its OpenAPI document); the statuses are @huimin/domain's.
import type { Objection, ObjectionDecisionBody, ObjectionListQuery } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type { ObjectionPage } from '@huimin/api-client';
export type ObjectionItem = Objection;
export type ObjectionStatus = Objection['status'];
/** The tabs' order; the API's contract is made from the same list. */
export { OBJECTION_STATUSES } from '@huimin/domain';

/** The inbox's query as the screen sends it, the page always set. */
export type ObjectionQuery = ObjectionListQuery & { page: number; pageSize: number };

export function createObjectionsApi(http: HttpClient) {
  return {
    list: (query: ObjectionQuery) => data(http.GET('/api/v1/skill-subsidy/objections', { params: { query } })),
    decide: (id: string, body: ObjectionDecisionBody) => data(http.POST('/api/v1/skill-subsidy/objections/{id}/decisions', { params: { path: { id } }, body })),
  };
}

export type ObjectionsApi = ReturnType<typeof createObjectionsApi>;
