import { z } from 'zod';
import { CERTIFICATE_KINDS } from '../engine/requests.js';
import { OBJECTION_STATUSES } from '../notices/objections.js';
import { certificateLevel, contract, count, fen, isoDate, isoDateTime, regionCode, uuid } from './common.js';

/** One row of a published notice (002 附件2), masked as the public sees it; the case id is never part of it. */
export const noticeItemContract = contract(
  'NoticeItem',
  z.strictObject({
    /** Objections name the row by this id. */
    itemId: uuid,
    name: z.string(),
    sex: z.enum(['男', '女']),
    idNumber: z.string(),
    employerName: z.string(),
    occupation: z.string(),
    level: certificateLevel,
    levelName: z.string(),
    certificateKind: z.enum(CERTIFICATE_KINDS),
    certificateKindName: z.string(),
    certificateNo: z.string(),
    issueDate: isoDate,
    amountFen: fen,
    /** "1950.00" */
    amountYuan: z.string(),
  }),
);

const noticeBatchShape = { id: uuid, regionCode, startsOn: isoDate, endsOn: isoDate, items: z.array(noticeItemContract) };

/** `GET /api/v1/public/skill-subsidy/notices`: an open notice batch (A15). */
export const noticeBatchContract = contract('NoticeBatch', z.strictObject(noticeBatchShape));

export const noticeBatchesContract = z.array(noticeBatchContract);

/** `POST /api/v1/skill-subsidy/notices`: the batch just published, with where and how the region publishes it. */
export const publishedNoticeContract = contract('PublishedNotice', z.strictObject({ ...noticeBatchShape, schedule: z.string() }));

/** `POST …/notices/items/:itemId/objections`: the objection received. */
export const objectionReceiptContract = contract(
  'ObjectionReceipt',
  z.strictObject({ id: uuid, status: z.enum(OBJECTION_STATUSES), message: z.string() }),
);

/** `POST /api/v1/skill-subsidy/objections/:id/decisions`. */
export const objectionDecisionContract = contract(
  'ObjectionDecision',
  z.strictObject({ id: uuid, status: z.enum(['upheld', 'dismissed']), caseId: uuid }),
);

const objectionStatus = z.enum(OBJECTION_STATUSES);

/** An objection in the office's inbox (A15), with the case and notice it is about; the contact's phone masked. */
export const objectionContract = contract(
  'Objection',
  z.strictObject({
    id: uuid,
    status: objectionStatus,
    statusLabel: z.string(),
    caseId: uuid,
    regionCode,
    noticeBatchId: uuid,
    noticeEndsOn: isoDate,
    applicantName: z.string(),
    occupation: z.string(),
    level: certificateLevel,
    certificateNo: z.string(),
    content: z.string(),
    contactName: z.string(),
    contactPhoneMasked: z.string(),
    createdAt: isoDateTime,
    /** The staff member who decided it; null while open. */
    decidedBy: z.string().nullable(),
    decisionReason: z.string().nullable(),
    decidedAt: isoDateTime.nullable(),
  }),
);

/** `GET /api/v1/skill-subsidy/objections`: a page of objections and, for the tabs, the count per status. */
export const objectionPageContract = contract(
  'ObjectionPage',
  z.strictObject({
    items: z.array(objectionContract),
    total: count,
    page: z.int().min(1),
    pageSize: z.int().min(1),
    /** Objections per status in the same regions, whatever the status filter. */
    counts: z.strictObject(Object.fromEntries(OBJECTION_STATUSES.map((s) => [s, count])) as Record<(typeof OBJECTION_STATUSES)[number], typeof count>),
  }),
);
