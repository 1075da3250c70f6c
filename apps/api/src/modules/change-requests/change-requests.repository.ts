import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { changeRequests, type ChangeRequestRow, type ChangeRequestStatus, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

@Injectable()
export class ChangeRequestsRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  async insert(values: typeof changeRequests.$inferInsert, db: Database): Promise<ChangeRequestRow> {
    const [row] = await db.insert(changeRequests).values(values).returning();
    return row!;
  }

  async findById(id: string, db: Database = this.handle.db): Promise<ChangeRequestRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(changeRequests).where(eq(changeRequests.id, id)).limit(1);
    return row;
  }

  async list(regionPattern: string, status: ChangeRequestStatus | undefined, page: number, pageSize: number) {
    const conditions: SQL[] = [like(changeRequests.regionCode, regionPattern)];
    if (status) conditions.push(eq(changeRequests.status, status));
    const where = and(...conditions);
    const rows = await this.handle.db
      .select()
      .from(changeRequests)
      .where(where)
      .orderBy(desc(changeRequests.requestedAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [count] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(changeRequests).where(where);
    return { rows, total: Number(count?.n ?? 0) };
  }

  /** Decides a pending request; undefined when it was no longer pending (someone decided first). */
  async decide(
    id: string,
    values: { status: 'approved' | 'rejected'; decidedById: string; decidedBy: string; decisionReason: string | null },
    db: Database,
  ): Promise<ChangeRequestRow | undefined> {
    const [row] = await db
      .update(changeRequests)
      .set({ ...values, decidedAt: new Date() })
      .where(and(eq(changeRequests.id, id), eq(changeRequests.status, 'pending')))
      .returning();
    return row;
  }
}
