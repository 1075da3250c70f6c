import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, sql } from 'drizzle-orm';
import { cases, statisticsSnapshots, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

export const SKILL_SUBSIDY = 'skill-subsidy';
export const MONTHLY_ANNEX4 = 'monthly-annex4';

/** The filed statistics (A18): what the monthly job wrote, kept as filed. */
@Injectable()
export class StatisticsSnapshotsRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  /** Regions that report: every region with a case, and the province each belongs to (its table sums the cities). */
  async reportingRegions(): Promise<string[]> {
    const rows = await this.handle.db.selectDistinct({ regionCode: cases.regionCode }).from(cases).orderBy(asc(cases.regionCode));
    const codes = new Set<string>();
    for (const r of rows) {
      codes.add(r.regionCode);
      codes.add(`${r.regionCode.slice(0, 2)}0000`);
    }
    return [...codes].sort();
  }

  /** Writes a snapshot once: a period already filed is never rewritten (a rerun of the job leaves it as filed). */
  async file(values: { kind: string; regionCode: string; period: string; data: unknown; createdBy: string }): Promise<boolean> {
    const rows = await this.handle.db
      .insert(statisticsSnapshots)
      .values({ program: SKILL_SUBSIDY, ...values })
      .onConflictDoNothing()
      .returning({ period: statisticsSnapshots.period });
    return rows.length === 1;
  }

  async find(kind: string, regionCode: string, period: string) {
    const [row] = await this.handle.db
      .select()
      .from(statisticsSnapshots)
      .where(and(eq(statisticsSnapshots.program, SKILL_SUBSIDY), eq(statisticsSnapshots.kind, kind), eq(statisticsSnapshots.regionCode, regionCode), eq(statisticsSnapshots.period, period)))
      .limit(1);
    return row;
  }

  async count(): Promise<number> {
    const [row] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(statisticsSnapshots);
    return Number(row?.n ?? 0);
  }
}
