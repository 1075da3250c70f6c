import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import {
  bankFileLayouts,
  bankResults,
  cases,
  grants,
  paymentBatches,
  paymentItems,
  recoveryOrders,
  repayments,
  type CaseRow,
  type Database,
  type DbHandle,
  type PaymentBatchRow,
  type PaymentItemRow,
  type RecoveryOrderRow,
} from '@huimin/db';
import { DB } from '../database/database.module.js';

/** All SQL of payment (A16) and recovery (A17): batches, items, bank results, the grant ledger, recovery orders. */
@Injectable()
export class PaymentsRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  /** Serialises builds with one key, and builds of one region (any instance: the lock is in the database). */
  async lock(name: string, db: Database): Promise<void> {
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
  }

  /** Payable cases of a region (A16): after a clean notice, or failed and waiting to be re-issued. Ordered by id to lock without deadlocks. */
  async payableCaseIds(regionCode: string, db: Database): Promise<string[]> {
    const rows = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.regionCode, regionCode), inArray(cases.status, ['notice_passed', 'payment_failed'])))
      .orderBy(asc(cases.id));
    return rows.map((r) => r.id);
  }

  async itemsOfCases(caseIds: string[], db: Database): Promise<PaymentItemRow[]> {
    if (caseIds.length === 0) return [];
    return db.select().from(paymentItems).where(inArray(paymentItems.caseId, caseIds)).orderBy(asc(paymentItems.line));
  }

  async batchByKey(buildKey: string, db: Database): Promise<PaymentBatchRow | undefined> {
    const [row] = await db.select().from(paymentBatches).where(eq(paymentBatches.buildKey, buildKey)).limit(1);
    return row;
  }

  async insertBatch(values: typeof paymentBatches.$inferInsert, db: Database): Promise<PaymentBatchRow> {
    const [row] = await db.insert(paymentBatches).values(values).returning();
    return row!;
  }

  async insertItems(values: (typeof paymentItems.$inferInsert)[], db: Database): Promise<void> {
    if (values.length) await db.insert(paymentItems).values(values);
  }

  async findBatch(id: string, db: Database = this.handle.db): Promise<PaymentBatchRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(paymentBatches).where(eq(paymentBatches.id, id)).limit(1);
    return row;
  }

  async lockBatch(id: string, db: Database): Promise<PaymentBatchRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(paymentBatches).where(eq(paymentBatches.id, id)).limit(1).for('update');
    return row;
  }

  async updateBatch(id: string, fromStatus: string, values: Partial<Pick<PaymentBatchRow, 'status' | 'steps' | 'approvedBy' | 'bankFileLayout'>>, db: Database): Promise<PaymentBatchRow | undefined> {
    const [row] = await db.update(paymentBatches).set(values).where(and(eq(paymentBatches.id, id), eq(paymentBatches.status, fromStatus))).returning();
    return row;
  }

  async listBatches(regionPattern: string, limit: number): Promise<PaymentBatchRow[]> {
    return this.handle.db.select().from(paymentBatches).where(like(paymentBatches.regionCode, regionPattern)).orderBy(desc(paymentBatches.createdAt)).limit(limit);
  }

  /** A batch's items with the deadline of their case (A16: 7 working days after a clean notice). */
  async items(batchId: string, db: Database = this.handle.db) {
    return db
      .select({ item: paymentItems, caseStatus: cases.status, dueKind: cases.dueKind, dueOn: cases.dueOn })
      .from(paymentItems)
      .innerJoin(cases, eq(cases.id, paymentItems.caseId))
      .where(eq(paymentItems.batchId, batchId))
      .orderBy(asc(paymentItems.line));
  }

  async settleItem(id: string, values: Pick<PaymentItemRow, 'status' | 'failureReason' | 'paidOn'>, db: Database): Promise<void> {
    await db.update(paymentItems).set(values).where(and(eq(paymentItems.id, id), eq(paymentItems.status, 'pending')));
  }

  async bankResultBySha(batchId: string, sha: string, db: Database) {
    const [row] = await db.select().from(bankResults).where(and(eq(bankResults.batchId, batchId), eq(bankResults.fileSha256, sha))).limit(1);
    return row;
  }

  async insertBankResult(values: typeof bankResults.$inferInsert, db: Database): Promise<void> {
    await db.insert(bankResults).values(values);
  }

  /** A16: the paid case marks person × occupation × level as received, in every region (A7, A11). */
  async insertGrant(c: CaseRow, grantedOn: string, db: Database): Promise<void> {
    await db.insert(grants).values({
      caseId: c.id,
      personKey: c.personKey,
      regionCode: c.regionCode,
      occupation: c.occupation,
      level: c.level,
      certificateKind: c.certificateKind,
      amountFen: c.amountFen,
      grantedOn,
    });
  }

  async liftGrant(caseId: string, on: string, reason: string, db: Database): Promise<void> {
    await db.update(grants).set({ liftedOn: on, liftedReason: reason }).where(and(eq(grants.caseId, caseId), isNull(grants.liftedOn)));
  }

  async paidItemOf(caseId: string, db: Database): Promise<PaymentItemRow | undefined> {
    const [row] = await db.select().from(paymentItems).where(and(eq(paymentItems.caseId, caseId), eq(paymentItems.status, 'paid'))).limit(1);
    return row;
  }

  // ── recovery (A17) ──

  async insertOrder(values: typeof recoveryOrders.$inferInsert, db: Database): Promise<RecoveryOrderRow> {
    const [row] = await db.insert(recoveryOrders).values(values).returning();
    return row!;
  }

  async lockOrder(id: string, db: Database): Promise<RecoveryOrderRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(recoveryOrders).where(eq(recoveryOrders.id, id)).limit(1).for('update');
    return row;
  }

  async repaymentsOf(orderId: string, db: Database) {
    return db.select().from(repayments).where(eq(repayments.orderId, orderId)).orderBy(asc(repayments.createdAt));
  }

  async insertRepayment(values: typeof repayments.$inferInsert, db: Database): Promise<void> {
    await db.insert(repayments).values(values);
  }

  async setOrderStatus(id: string, status: string, db: Database): Promise<void> {
    await db.update(recoveryOrders).set({ status }).where(eq(recoveryOrders.id, id));
  }

  async writeOffOrder(id: string, values: { on: string; reason: string; by: string }, db: Database): Promise<void> {
    await db
      .update(recoveryOrders)
      .set({ status: 'written_off', writtenOffOn: values.on, writtenOffReason: values.reason, writtenOffBy: values.by })
      .where(eq(recoveryOrders.id, id));
  }

  /** An order with its case's region and applicant (for scope and display). */
  async findOrder(id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await this.handle.db
      .select({ order: recoveryOrders, caseRow: { regionCode: cases.regionCode, applicantName: cases.applicantName, occupation: cases.occupation, level: cases.level } })
      .from(recoveryOrders)
      .innerJoin(cases, eq(cases.id, recoveryOrders.caseId))
      .where(eq(recoveryOrders.id, id))
      .limit(1);
    return row;
  }

  /** Recovery orders of a region, newest first, each with what has been repaid (one grouped sub-select). */
  async listOrders(regionPattern: string, filter: { status?: string | undefined; caseId?: string | undefined }, page: number, pageSize: number) {
    const where = and(
      like(cases.regionCode, regionPattern),
      ...(filter.status ? [eq(recoveryOrders.status, filter.status)] : []),
      ...(filter.caseId ? [eq(recoveryOrders.caseId, filter.caseId)] : []),
    );
    const repaid = this.handle.db
      .select({ orderId: repayments.orderId, fen: sql<number>`sum(${repayments.amountFen})::int`.as('fen') })
      .from(repayments)
      .groupBy(repayments.orderId)
      .as('repaid');
    const rows = await this.handle.db
      .select({
        order: recoveryOrders,
        caseRow: { regionCode: cases.regionCode, applicantName: cases.applicantName, occupation: cases.occupation, level: cases.level },
        repaidFen: sql<number>`coalesce(${repaid.fen}, 0)::int`,
      })
      .from(recoveryOrders)
      .innerJoin(cases, eq(cases.id, recoveryOrders.caseId))
      .leftJoin(repaid, eq(repaid.orderId, recoveryOrders.id))
      .where(where)
      .orderBy(desc(recoveryOrders.createdAt), asc(recoveryOrders.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [total] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(recoveryOrders).innerJoin(cases, eq(cases.id, recoveryOrders.caseId)).where(where);
    return { rows, total: Number(total?.n ?? 0) };
  }

  // ── discarding a draft batch (D1) ──

  async discardItems(batchId: string, db: Database): Promise<number> {
    const rows = await db.update(paymentItems).set({ status: 'discarded' }).where(and(eq(paymentItems.batchId, batchId), eq(paymentItems.status, 'pending'))).returning({ id: paymentItems.id });
    return rows.length;
  }

  // ── bank-file layouts per region (A16, D2) ──

  /** The most specific layout for a region: the region's own, else its province's (`xx0000`). */
  async bankFileLayoutFor(regionCode: string, db: Database = this.handle.db) {
    const province = `${regionCode.slice(0, 2)}0000`;
    const rows = await db.select().from(bankFileLayouts).where(inArray(bankFileLayouts.regionCode, [regionCode, province]));
    return rows.find((r) => r.regionCode === regionCode) ?? rows.find((r) => r.regionCode === province);
  }

  async bankFileLayoutsUnder(regionPattern: string) {
    return this.handle.db.select().from(bankFileLayouts).where(like(bankFileLayouts.regionCode, regionPattern)).orderBy(asc(bankFileLayouts.regionCode));
  }

  async saveBankFileLayout(values: { regionCode: string; layout: unknown; updatedBy: string }, db: Database) {
    const [before] = await db.select().from(bankFileLayouts).where(eq(bankFileLayouts.regionCode, values.regionCode)).for('update');
    const [row] = await db
      .insert(bankFileLayouts)
      .values(values)
      .onConflictDoUpdate({ target: bankFileLayouts.regionCode, set: { layout: values.layout, updatedBy: values.updatedBy, updatedAt: sql`now()` } })
      .returning();
    return { before, row: row! };
  }
}
