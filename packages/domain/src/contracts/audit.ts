import { z } from 'zod';
import { contract, count, isoDateTime, page } from './common.js';

/** One entry of the audit chain: who, when, what, from where, with the values before and after a change. */
export const auditEntryContract = contract(
  'AuditEntry',
  z.strictObject({
    id: z.int().min(1),
    at: isoDateTime,
    /** A username, `applicant:<id>`, `public`, or `job:<name>`. */
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    ip: z.string().nullable(),
    /** Whatever the action recorded (masked or encrypted where it is personal data); null when nothing. */
    before: z.unknown(),
    after: z.unknown(),
    prevHash: z.string().nullable(),
    hash: z.string(),
  }),
);

export const auditEntryPageContract = contract('AuditEntryPage', page(auditEntryContract));

/** `GET /api/v1/audit/verify`. */
export const auditVerificationContract = contract(
  'AuditVerification',
  z.strictObject({ valid: z.boolean(), entries: count, firstBrokenAt: z.int().min(1).nullable() }),
);
