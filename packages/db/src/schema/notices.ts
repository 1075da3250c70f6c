import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { OBJECTION_STATUSES } from '@huimin/domain';
import { cases } from './cases.js';
import { ciphertextCheck, sqlList } from './shared.js';

/*
 * Public notice (公示, POLICY.md A15): a region's batch lists approved cases for at least 5 working days; anyone
 * may object with contact details; at the end, cases without an upheld objection pass. The public row is
 * stored masked as it was published, so the list shown never changes after publication.
 */
export const NOTICE_BATCH_STATUSES = ['open', 'closed'] as const;

export const noticeBatches = pgTable(
  'notice_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    /** The compilation date of the schedule (Jilin: before the 15th and the 30th). */
    compiledOn: date('compiled_on', { mode: 'string' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    createdBy: text('created_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('notice_batches_status_check', sql`${t.status} IN (${sqlList(NOTICE_BATCH_STATUSES)})`),
    check('notice_batches_period_check', sql`${t.endsOn} >= ${t.startsOn}`),
    // One batch per region and compilation date: a job run twice finds the first.
    uniqueIndex('notice_batches_region_compiled_unique').on(t.regionCode, t.compiledOn),
  ],
);

export const noticeItems = pgTable(
  'notice_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => noticeBatches.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The masked public row (附件2 columns) as published. */
    row: jsonb('row').notNull(),
    outcome: text('outcome'),
  },
  (t) => [
    uniqueIndex('notice_items_case_unique').on(t.caseId),
    index('notice_items_batch_idx').on(t.batchId),
    check('notice_items_outcome_check', sql`${t.outcome} IN ('passed', 'cancelled', 'held')`),
  ],
);

export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeItemId: uuid('notice_item_id')
      .notNull()
      .references(() => noticeItems.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    contactName: text('contact_name').notNull(),
    contactPhoneEnc: text('contact_phone_enc').notNull(),
    content: text('content').notNull(),
    status: text('status').notNull().default('open'),
    decidedBy: text('decided_by'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('objections_status_check', sql`${t.status} IN (${sqlList(OBJECTION_STATUSES)})`),
    check('objections_contact_phone_enc_check', ciphertextCheck(t.contactPhoneEnc)),
    index('objections_case_idx').on(t.caseId),
  ],
);

export type NoticeBatchRow = typeof noticeBatches.$inferSelect;
export type NoticeItemRow = typeof noticeItems.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;
