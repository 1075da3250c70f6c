// The public-notice routes (POLICY.md A15) through the typed client; the shapes are the API's own.
import type { ObjectionDecisionBody } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type { NoticeBatch, NoticeItem, ObjectionDecision, ObjectionDecisionBody, PublishedNotice } from '@huimin/api-client';

export function createNoticesApi(http: HttpClient) {
  return {
    publish: (regionCode: string) => data(http.POST('/api/v1/skill-subsidy/notices', { body: { regionCode } })),
    /** The open batches: the public list is the only list route, so staff read what the public reads. */
    list: (regionCode: string) => data(http.GET('/api/v1/public/skill-subsidy/notices', { params: { query: { regionCode } } })),
    decideObjection: (id: string, body: ObjectionDecisionBody) =>
      data(http.POST('/api/v1/skill-subsidy/objections/{id}/decisions', { params: { path: { id } }, body })),
  };
}
