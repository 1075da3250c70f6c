import { Inject, Injectable } from '@nestjs/common';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditEntries, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';
import { chainHash, type AuditContent } from './audit-hash.js';

// Any constant shared by every instance: appends take this transaction-scoped lock so two writers
// never chain onto the same previous entry.
const AUDIT_CHAIN_LOCK = 7_001_001;

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
