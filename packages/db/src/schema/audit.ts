import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit chain (POLICY.md D1: every change traceable). Append-only: a trigger in the migrations refuses
 * UPDATE, DELETE and TRUNCATE, so not even a bug in the API can rewrite history. Each entry's `hash`
 * covers its content and `prev_hash`; the chain hashing and its verification live in the audit module.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Username, or `system` / `job:<name>` for changes made without a person. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    ip: text('ip'),
    before: jsonb('before'),
    after: jsonb('after'),
    /** Null only for the first entry of the chain. */
    prevHash: text('prev_hash'),
    hash: text('hash').notNull().unique(),
  },
  (t) => [index('audit_entries_entity_idx').on(t.entity, t.entityId), index('audit_entries_at_idx').on(t.at)],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;
export type NewAuditEntryRow = typeof auditEntries.$inferInsert;

export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/**
 * A change to personal or bank data (and later to a decided case) proposed by one person and applied only
 * when a second person approves it (POLICY.md D1: every data modification approved and traceable). The new
 * values are kept SM4-encrypted (`changes_enc`); `summary` holds only field names and masked values, for
 * lists. The CHECK makes "approved by the one who asked" impossible even for a buggy caller.
 */
export const changeRequests = pgTable(
  'change_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    regionCode: text('region_code').notNull(),
    changesEnc: text('changes_enc').notNull(),
    summary: jsonb('summary').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<ChangeRequestStatus>().notNull().default('pending'),
    requestedById: uuid('requested_by_id').notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    decidedById: uuid('decided_by_id'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    check('change_requests_status_check', sql`${t.status} IN ('pending', 'approved', 'rejected')`),
    check('change_requests_second_person_check', sql`${t.decidedById} IS NULL OR ${t.decidedById} <> ${t.requestedById}`),
    check(
      'change_requests_decision_check',
      sql`(${t.status} = 'pending') = (${t.decidedById} IS NULL AND ${t.decidedAt} IS NULL)`,
    ),
    check('change_requests_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    index('change_requests_region_status_idx').on(t.regionCode, t.status),
    index('change_requests_entity_idx').on(t.entity, t.entityId),
  ],
);

export type ChangeRequestRow = typeof changeRequests.$inferSelect;
