import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import { AUDIT_CHAIN_LOCK, auditEntries, chainHash, type AuditContent, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

@Injectable()
export class AuditRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  /** Appends within the caller's transaction when one is given, so the entry commits with the change it records. */
  async append(content: AuditContent, tx?: Database): Promise<void> {
    const run = async (db: Database) => {
      await db.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
      const [last] = await db
        .select({ hash: auditEntries.hash })
        .from(auditEntries)
        .orderBy(desc(auditEntries.id))
        .limit(1);
      const prevHash = last?.hash ?? null;
      await db.insert(auditEntries).values({ ...content, prevHash, hash: chainHash(prevHash, content) });
    };
    if (tx) await run(tx);
    else await this.handle.db.transaction(async (t) => run(t as unknown as Database));
  }

  /** One page of entries, newest first, for the auditor's view (read apart from the writers' hot path). */
  async list(
    filter: { entity?: string | undefined; entityId?: string | undefined; actor?: string | undefined; action?: string | undefined; from?: Date | undefined; to?: Date | undefined },
    page: number,
    pageSize: number,
  ) {
    const conditions: SQL[] = [];
    if (filter.entity) conditions.push(eq(auditEntries.entity, filter.entity));
    if (filter.entityId) conditions.push(eq(auditEntries.entityId, filter.entityId));
    if (filter.actor) conditions.push(eq(auditEntries.actor, filter.actor));
    if (filter.action) conditions.push(eq(auditEntries.action, filter.action));
    if (filter.from) conditions.push(gte(auditEntries.at, filter.from));
    if (filter.to) conditions.push(lt(auditEntries.at, filter.to));
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const rows = await this.handle.db
      .select()
      .from(auditEntries)
      .where(where)
      .orderBy(desc(auditEntries.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [count] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries).where(where);
    return { rows, total: Number(count?.n ?? 0) };
  }

  /** Reads the chain in id order, a page at a time, so verification runs in constant memory. */
  async *entries(pageSize = 1000) {
    let after = 0;
    for (;;) {
      const rows = await this.handle.db
        .select()
        .from(auditEntries)
        .where(gt(auditEntries.id, after))
        .orderBy(asc(auditEntries.id))
        .limit(pageSize);
      if (rows.length === 0) return;
      yield* rows;
      after = rows.at(-1)!.id;
    }
  }
}
