import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { caseListPage, caseStatusCounts, executeNamed, caseSteps, cases, idempotencyKeys, serviceRatings, type CaseRow, type CaseStepRow, type CaseSummaryRow, type Database, type DbHandle, type NewCaseRow, type NewCaseStepRow } from '@huimin/db';
import { DB } from '../database/database.module.js';
import { regionScopeSql } from '../access/region-scope.js';
import type { ListQuery } from './cases.types.js';

/** All SQL of cases, their steps and the idempotency keys. Inside a transaction every call gets its `db`. */
@Injectable()
export class CasesRepository {
  // The case page's two reads, prepared once (issue 8: the case page under load). Drizzle builds their SQL once
  // instead of on every request, and PostgreSQL parses each once per connection. A prepared query runs on the
  // handle's pool, so reads inside a transaction build theirs as usual.
  readonly #caseById;
  readonly #stepsOfCase;

  constructor(@Inject(DB) private readonly handle: DbHandle) {
    this.#caseById = handle.db.select().from(cases).where(eq(cases.id, sql.placeholder('id'))).limit(1).prepare('case_by_id');
    this.#stepsOfCase = handle.db.select().from(caseSteps).where(eq(caseSteps.caseId, sql.placeholder('caseId'))).orderBy(asc(caseSteps.seq)).prepare('steps_of_case');
  }

  get db(): Database {
    return this.handle.db;
  }

  /** Serialises requests that carry the same idempotency key (any instance: the lock is in the database). */
  async lockKey(scope: string, key: string, db: Database): Promise<void> {
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${scope} ${key}`}, 0))`);
  }

  async findKey(scope: string, key: string, db: Database) {
    const [row] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key))).limit(1);
    return row;
  }

  async saveKey(values: { scope: string; key: string; requestHash: string; statusCode: number; response: unknown }, db: Database) {
    await db.insert(idempotencyKeys).values(values);
  }

  async insertCase(values: NewCaseRow, db: Database): Promise<CaseRow> {
    const [row] = await db.insert(cases).values(values).returning();
    return row!;
  }

  async insertStep(values: NewCaseStepRow, db: Database): Promise<void> {
    await db.insert(caseSteps).values(values);
  }

  async findCase(id: string): Promise<CaseRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await this.#caseById.execute({ id });
    return row;
  }

  /** The case row locked for a decision: concurrent decisions on one case queue here. */
  async lockCase(id: string, db: Database): Promise<CaseRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1).for('update');
    return row;
  }

  /** A case's steps in order; inside a transaction, read by that transaction. */
  async steps(caseId: string, db?: Database): Promise<CaseStepRow[]> {
    if (!db) return this.#stepsOfCase.execute({ caseId });
    return db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.seq));
  }

  /** Moves the status only from the one the decision was made on (optimistic; the trigger checks the pair). */
  async updateCase(
    id: string,
    fromStatus: string,
    values: Partial<Pick<CaseRow, 'status' | 'deadlines' | 'dueKind' | 'dueOn' | 'overdue'>>,
    db: Database,
  ): Promise<CaseRow | undefined> {
    const [row] = await db
      .update(cases)
      .set(values)
      .where(and(eq(cases.id, id), eq(cases.status, fromStatus as CaseRow['status'])))
      .returning();
    return row;
  }

  async updatePayee(id: string, values: Pick<CaseRow, 'payeeKind' | 'payeeAccountEnc' | 'payeeBankName'>, db: Database): Promise<CaseRow> {
    const [row] = await db.update(cases).set(values).where(eq(cases.id, id)).returning();
    return row!;
  }

  #where(scope: { regionCode?: string; personId?: string; employerCreditCode?: string }, q: Omit<ListQuery, 'status' | 'page' | 'pageSize'>, today: string): SQL[] {
    const w: SQL[] = [];
    if (scope.regionCode) w.push(regionScopeSql(cases.regionCode, scope.regionCode));
    if (scope.personId) w.push(eq(cases.personId, scope.personId));
    if (scope.employerCreditCode) w.push(eq(cases.employerCreditCode, scope.employerCreditCode));
    if (q.channel) w.push(eq(cases.channel, q.channel));
    if (q.occupation) w.push(eq(cases.occupation, q.occupation));
    if (q.level) w.push(eq(cases.level, q.level));
    if (q.from) w.push(gte(cases.applicationDate, q.from));
    if (q.to) w.push(lte(cases.applicationDate, q.to));
    if (q.overdue !== undefined) {
      const late = sql`(${cases.dueOn} IS NOT NULL AND ${cases.dueOn} < ${today})`;
      w.push(q.overdue ? late : sql`NOT ${late}`);
    }
    return w;
  }

  async list(scope: { regionCode?: string; personId?: string; employerCreditCode?: string }, q: ListQuery, today: string) {
    const base = this.#where(scope, q, today);
    const where = and(...base, ...(q.status ? [eq(cases.status, q.status)] : []));
    const rows: CaseSummaryRow[] = await executeNamed(caseListPage(this.handle.db, where, q.sort, q.page, q.pageSize));
    // Counts per status over the same filters except the status itself (the tabs of a work list). A region's
    // work list without other filters reads them from the maintained counts (src/schema/case-counts.ts in
    // @huimin/db): counting 200,000 cases of a city per request took 150–300 ms at 1,000,000 cases.
    const onlyRegion = scope.regionCode !== undefined && !scope.personId && !scope.employerCreditCode && base.length === 1;
    const counts = onlyRegion ? await this.#maintainedCounts(scope.regionCode!) : await this.#countedCounts(base);
    const total = q.status ? Number(counts.find((c) => c.status === q.status)?.n ?? 0) : counts.reduce((sum, c) => sum + Number(c.n), 0);
    return { rows, total, counts };
  }

  async #countedCounts(base: SQL[]) {
    return this.handle.db
      .select({ status: cases.status, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(...base))
      .groupBy(cases.status);
  }

  async #maintainedCounts(regionCode: string) {
    const rows = await executeNamed(
      this.handle.db
        .select({ status: caseStatusCounts.status, n: sql<number>`sum(${caseStatusCounts.n})::int` })
        .from(caseStatusCounts)
        .where(and(eq(caseStatusCounts.program, 'skill-subsidy'), regionScopeSql(caseStatusCounts.regionCode, regionCode)))
        .groupBy(caseStatusCounts.status),
    );
    return rows as { status: CaseRow['status']; n: number }[];
  }

  /** A person's cases in every region (A11: a transferred worker brings the former region's record), newest first. */
  async casesOfPerson(personKey: string) {
    return this.handle.db
      .select({ id: cases.id, status: cases.status, regionCode: cases.regionCode, certificateNo: cases.certificateNo, occupation: cases.occupation, level: cases.level, createdAt: cases.createdAt })
      .from(cases)
      .where(eq(cases.personKey, personKey))
      .orderBy(desc(cases.createdAt));
  }

  async rating(caseId: string, db: Database = this.handle.db) {
    const [row] = await db.select().from(serviceRatings).where(eq(serviceRatings.caseId, caseId)).limit(1);
    return row;
  }

  /** The table's unique case_id makes a second rating of one case fail (23505), whatever races past the lock. */
  async insertRating(values: { caseId: string; score: number; comment: string | null }, db: Database) {
    const [row] = await db.insert(serviceRatings).values(values).returning();
    return row!;
  }
}
