import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
