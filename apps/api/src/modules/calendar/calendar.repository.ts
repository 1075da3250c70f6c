import { Inject, Injectable } from '@nestjs/common';
import { asc, count, max, sql } from 'drizzle-orm';
import { calendarYears, type Database, type DbHandle } from '@huimin/db';
import type { CalendarYear } from '@huimin/domain';
import { DB } from '../database/database.module.js';

@Injectable()
export class CalendarRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  async listYears(): Promise<CalendarYear[]> {
    const rows = await this.handle.db.select().from(calendarYears).orderBy(asc(calendarYears.year));
    return rows.map((r) => ({
      year: r.year,
      documentNo: r.documentNo,
      source: r.source,
      daysOff: r.daysOff,
      workdays: r.workdays,
    }));
  }

  /** Changes whenever a year is added or replaced, on any instance: the cache key of the loaded calendar. */
  async fingerprint(): Promise<string> {
    const [row] = await this.handle.db
      .select({ n: count(), last: max(calendarYears.loadedAt) })
      .from(calendarYears);
    return `${row?.n ?? 0}:${row?.last instanceof Date ? row.last.toISOString() : String(row?.last ?? '')}`;
  }

  async findYear(year: number) {
    const [row] = await this.handle.db
      .select()
      .from(calendarYears)
      .where(sql`${calendarYears.year} = ${year}`)
      .limit(1);
    return row;
  }

  async upsertYear(tx: Database, year: CalendarYear, loadedBy: string) {
    const values = {
      year: year.year,
      documentNo: year.documentNo,
      source: year.source,
      daysOff: year.daysOff,
      workdays: year.workdays,
      loadedBy,
      loadedAt: new Date(),
    };
    const [row] = await tx
      .insert(calendarYears)
      .values(values)
      .onConflictDoUpdate({ target: calendarYears.year, set: values })
      .returning();
    return row!;
  }
}
