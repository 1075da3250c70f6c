// The public-notice routes (POLICY.md A15), typed by hand from the API's notices controller and service.
// To be replaced by the client generated from the OpenAPI document; every field mirrors what the API sends.
import type { CertificateKind } from './cases';
import type { HttpClient } from './http';

/** One published row, masked as the public sees it (002 附件2); the case id is never part of it. */
export interface NoticeItem {
  itemId: string;
  name: string;
  sex: string;
  idNumber: string;
  employerName: string;
  occupation: string;
  level: number;
  levelName: string;
  certificateKind: CertificateKind;
  certificateKindName: string;
  certificateNo: string;
  issueDate: string;
  amountFen: number;
  amountYuan: string;
}

/** `POST /api/v1/skill-subsidy/notices`: the batch just published, with the window the API computed. */
export interface PublishedNotice {
  id: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
  /** Where and how the region publishes (e.g. the bureau's website). */
  schedule: string;
  items: NoticeItem[];
}

/** `GET /api/v1/public/skill-subsidy/notices`: the open batches of a region. */
export interface NoticeBatch {
  id: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
  items: NoticeItem[];
}

export interface ObjectionDecisionBody {
  decision: 'uphold' | 'dismiss';
  reason: string;
}

export interface ObjectionDecision {
  id: string;
  status: 'upheld' | 'dismissed';
  caseId: string;
}

export function createNoticesApi(http: HttpClient) {
  return {
    publish: (regionCode: string) => http.post<PublishedNotice>('/api/v1/skill-subsidy/notices', { regionCode }),
    /** The open batches: the public list is the only list route, so staff read what the public reads. */
    list: (regionCode: string) =>
      http.get<NoticeBatch[]>(`/api/v1/public/skill-subsidy/notices?regionCode=${encodeURIComponent(regionCode)}`),
    decideObjection: (id: string, body: ObjectionDecisionBody) =>
      http.post<ObjectionDecision>(`/api/v1/skill-subsidy/objections/${encodeURIComponent(id)}/decisions`, body),
  };
}
