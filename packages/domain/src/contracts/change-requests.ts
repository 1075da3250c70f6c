import { z } from 'zod';
import { contract, isoDateTime, page, regionCode, uuid } from './common.js';

/** A change to personal data waiting for (or decided by) a second person (D1); new values only as a masked summary. */
export const changeRequestContract = contract(
  'ChangeRequest',
  z.strictObject({
    id: uuid,
    entity: z.literal('person'),
    entityId: z.string(),
    regionCode,
    /** Field → masked new value (`address` only says that one was given). */
    summary: z.record(z.string(), z.string()),
    reason: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    requestedBy: z.string(),
    requestedAt: isoDateTime,
    decidedBy: z.string().nullable(),
    decidedAt: isoDateTime.nullable(),
    decisionReason: z.string().nullable(),
  }),
);

export const changeRequestPageContract = contract('ChangeRequestPage', page(changeRequestContract));
