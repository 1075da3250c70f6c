import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_BATCH_STATUSES, PAYMENT_ITEM_STATUSES, RECOVERY_STATUSES } from '@huimin/domain';
import { cases } from './cases.js';
import { ciphertextCheck, sqlList } from './shared.js';

/*
 * Payment (POLICY.md A16, D1, D2): a batch made by one finance user and approved by another, its items copied
 * from the cases (the amount is never recomputed, the payee account is snapshotted encrypted), the bank's
 * result files, and recovery (A17). Money moves once: an item's reference is unique, and a case has at most
 * one pending or paid item at any time (a failed item may be re-issued as a new one).
 */
export const paymentBatches = pgTable(
  'payment_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchNo: text('batch_no').notNull().unique(),
    regionCode: text('region_code').notNull(),
    status: text('status').notNull().default('draft'),
    /** The batch's workflow history (the payment-batch machine's steps): maker, approver, exports, imports. */
    steps: jsonb('steps').notNull().default(sql`'[]'::jsonb`),
    createdBy: text('created_by').notNull(),
    approvedBy: text('approved_by'),
    itemCount: integer('item_count').notNull().default(0),
    /** bigint: a province's batch of 100,000 items of ¥1,500 is 15,000,000,000 fen, past an integer's range. */
    totalFen: bigint('total_fen', { mode: 'number' }).notNull().default(0),
    /** A build request's key: a retried or restarted build finds the batch it already made. */
    buildKey: text('build_key').unique(),
    /** The bank-file layout the batch was exported in (A16, D2): its result file is read in the same layout. */
    bankFileLayout: jsonb('bank_file_layout'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('payment_batches_status_check', sql`${t.status} IN (${sqlList(PAYMENT_BATCH_STATUSES)})`),
    // D1: accountant ≠ cashier, also in the database.
    check('payment_batches_second_person_check', sql`${t.approvedBy} IS NULL OR ${t.approvedBy} <> ${t.createdBy}`),
    index('payment_batches_region_idx').on(t.regionCode),
  ],
);

export const paymentItems = pgTable(
  'payment_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatches.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    line: integer('line').notNull(),
    /** 业务参考号: the key of the bank's result file. */
    reference: text('reference').notNull().unique(),
    amountFen: integer('amount_fen').notNull(),
    payeeName: text('payee_name').notNull(),
    payeeKind: text('payee_kind').notNull(),
    payeeAccountEnc: text('payee_account_enc').notNull(),
    payeeBankName: text('payee_bank_name'),
    status: text('status').notNull().default('pending'),
    failureReason: text('failure_reason'),
    paidOn: date('paid_on', { mode: 'string' }),
    /** The failed item this one re-issues. */
    reissueOf: uuid('reissue_of'),
  },
  (t) => [
    check('payment_items_status_check', sql`${t.status} IN (${sqlList(PAYMENT_ITEM_STATUSES)})`),
    check('payment_items_amount_check', sql`${t.amountFen} > 0`),
    check('payment_items_payee_account_enc_check', ciphertextCheck(t.payeeAccountEnc)),
    uniqueIndex('payment_items_one_live_per_case').on(t.caseId).where(sql`${t.status} IN ('pending', 'paid')`),
    uniqueIndex('payment_items_batch_line_unique').on(t.batchId, t.line),
    // A batch build reads every item of its candidate cases (failed ones included), not only the live ones.
    index('payment_items_case_idx').on(t.caseId),
  ],
);

export const bankResults = pgTable(
  'bank_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatches.id),
    /** SHA-256 of the file: importing the same file again changes nothing. */
    fileSha256: text('file_sha256').notNull(),
    importedBy: text('imported_by').notNull(),
    summary: jsonb('summary').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bank_results_batch_file_unique').on(t.batchId, t.fileSha256)],
);

export const recoveryOrders = pgTable(
  'recovery_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    amountFen: integer('amount_fen').notNull(),
    reason: text('reason').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** A17 write-off by the head: what could not be recovered, when, why and by whom. */
    writtenOffOn: date('written_off_on', { mode: 'string' }),
    writtenOffReason: text('written_off_reason'),
    writtenOffBy: text('written_off_by'),
  },
  (t) => [
    check('recovery_orders_written_off_check', sql`(${t.status} = 'written_off') = (${t.writtenOffOn} IS NOT NULL AND ${t.writtenOffReason} IS NOT NULL AND ${t.writtenOffBy} IS NOT NULL)`),
    check('recovery_orders_status_check', sql`${t.status} IN (${sqlList(RECOVERY_STATUSES)})`),
    check('recovery_orders_amount_check', sql`${t.amountFen} > 0`),
    uniqueIndex('recovery_orders_one_open_per_case').on(t.caseId).where(sql`${t.status} IN ('open', 'partially_repaid')`),
  ],
);

export const repayments = pgTable(
  'repayments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => recoveryOrders.id),
    amountFen: integer('amount_fen').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    /** The receipt or bank-transfer reference of the repayment (A17): booked once per order. */
    reference: text('reference').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('repayments_amount_check', sql`${t.amountFen} > 0`),
    uniqueIndex('repayments_order_reference_unique').on(t.orderId, t.reference),
  ],
);

export type PaymentBatchRow = typeof paymentBatches.$inferSelect;
export type PaymentItemRow = typeof paymentItems.$inferSelect;
export type RecoveryOrderRow = typeof recoveryOrders.$inferSelect;
export type RepaymentRow = typeof repayments.$inferSelect;

/**
 * The bank-file layout a region's agent bank takes (A16, D2): a province (or a city that banks elsewhere) sets it
 * as data, validated by the domain's `bankFileLayoutSchema`; a region without a row uses its province's, then
 * the built-in default layout.
 */
export const bankFileLayouts = pgTable('bank_file_layouts', {
  regionCode: text('region_code').primaryKey(),
  layout: jsonb('layout').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type BankFileLayoutRow = typeof bankFileLayouts.$inferSelect;
