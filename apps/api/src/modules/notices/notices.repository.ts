import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, like, lt, sql } from 'drizzle-orm';
import { cases, noticeBatches, noticeItems, objections, persons, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

/** All SQL of public notices (A15): batches, their items and the objections. */
@Injectable()
export class NoticesRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  async approvedCaseIds(regionCode: string, db: Database): Promise<string[]> {
    const rows = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.regionCode, regionCode), eq(cases.status, 'approved'))).orderBy(asc(cases.createdAt));
    return rows.map((r) => r.id);
  }

  /** The ID number (encrypted) of a case's person: the public row shows it masked (附件2). */
  async idNumberEncOf(personId: string, db: Database): Promise<string> {
    const [p] = await db.select({ enc: persons.idNumberEnc }).from(persons).where(eq(persons.id, personId)).limit(1);
    return p!.enc;
  }

  async insertBatch(values: typeof noticeBatches.$inferInsert, db: Database) {
    const [row] = await db.insert(noticeBatches).values(values).onConflictDoNothing().returning();
    return row;
  }

  async insertItem(values: typeof noticeItems.$inferInsert, db: Database) {
    const [row] = await db.insert(noticeItems).values(values).returning();
    return row!;
  }

  async openBatches(regionPattern: string) {
    return this.handle.db.select().from(noticeBatches).where(and(eq(noticeBatches.status, 'open'), like(noticeBatches.regionCode, regionPattern))).orderBy(asc(noticeBatches.startsOn));
  }

  async items(batchId: string, db: Database = this.handle.db) {
    return db.select().from(noticeItems).where(eq(noticeItems.batchId, batchId)).orderBy(asc(noticeItems.id));
  }

  async item(id: string, db: Database) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db
      .select({ item: noticeItems, batch: noticeBatches })
      .from(noticeItems)
      .innerJoin(noticeBatches, eq(noticeBatches.id, noticeItems.batchId))
      .where(eq(noticeItems.id, id))
      .limit(1);
    return row;
  }

  async insertObjection(values: typeof objections.$inferInsert, db: Database) {
    const [row] = await db.insert(objections).values(values).returning();
    return row!;
  }

  async lockObjection(id: string, db: Database) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(objections).where(eq(objections.id, id)).limit(1).for('update');
    return row;
  }

  /**
   * The objections inbox: a region's objections (newest first) with the case and notice they concern, and the
   * counts per status over the same region (the tabs).
   */
  async listObjections(regionPattern: string, status: string | undefined, page: number, pageSize: number) {
    const region = like(cases.regionCode, regionPattern);
    const where = and(region, ...(status ? [eq(objections.status, status)] : []));
    const rows = await this.handle.db
      .select({ objection: objections, caseRow: { id: cases.id, regionCode: cases.regionCode, applicantName: cases.applicantName, occupation: cases.occupation, level: cases.level, certificateNo: cases.certificateNo }, batch: { id: noticeBatches.id, endsOn: noticeBatches.endsOn } })
      .from(objections)
      .innerJoin(cases, eq(cases.id, objections.caseId))
      .innerJoin(noticeItems, eq(noticeItems.id, objections.noticeItemId))
      .innerJoin(noticeBatches, eq(noticeBatches.id, noticeItems.batchId))
      .where(where)
      .orderBy(desc(objections.createdAt), asc(objections.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [total] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(objections).innerJoin(cases, eq(cases.id, objections.caseId)).where(where);
    const counts = await this.handle.db
      .select({ status: objections.status, n: sql<number>`count(*)::int` })
      .from(objections)
      .innerJoin(cases, eq(cases.id, objections.caseId))
      .where(region)
      .groupBy(objections.status);
    return { rows, total: Number(total?.n ?? 0), counts };
  }

  async objectionsOf(caseId: string, db: Database) {
    return db.select().from(objections).where(eq(objections.caseId, caseId));
  }

  async decideObjection(id: string, values: { status: string; decidedBy: string; decisionReason: string }, db: Database) {
    await db.update(objections).set({ ...values, decidedAt: new Date() }).where(eq(objections.id, id));
  }

  async setItemOutcome(id: string, outcome: 'passed' | 'cancelled' | 'held', db: Database) {
    await db.update(noticeItems).set({ outcome }).where(eq(noticeItems.id, id));
  }

  /** Open batches whose notice ended before `today`, locked so that two instances never close one twice. */
  async endedBatches(today: string, db: Database) {
    return db.select().from(noticeBatches).where(and(eq(noticeBatches.status, 'open'), lt(noticeBatches.endsOn, today))).for('update', { skipLocked: true });
  }

  async closeBatch(id: string, db: Database) {
    await db.update(noticeBatches).set({ status: 'closed', closedAt: new Date() }).where(eq(noticeBatches.id, id));
  }
}
