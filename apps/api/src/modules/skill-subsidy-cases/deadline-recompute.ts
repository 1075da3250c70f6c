import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { cases, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';
import { overdue, recomputeDeadline, SKILL_SUBSIDY_OPEN_STATUSES, todayInShanghai, type WorkflowDeadline, type WorkingDayCalendar } from '@huimin/domain';
import { CalendarReloadListeners } from '../calendar/calendar-reload.js';
import { JobRegistry } from '../jobs/job-registry.js';

type StoredDeadline = WorkflowDeadline & { stoppedOn: string | null };

/**
 * D6/E5 and API.md "Working-day calendar": a deadline is computed once, when its step starts, and stored; only a
 * calendar reload recomputes it. When a year is loaded or replaced, every running deadline of an open case that
 * could not be computed (its year was missing) or that falls in or after that year is computed again with the
 * domain's `recomputeDeadline`, in the calendar's transaction. Stopped deadlines stay as they were: they record
 * what the applicant was told at the time.
 */
@Injectable()
export class CaseDeadlineRecompute implements OnModuleInit {
  constructor(
    private readonly listeners: CalendarReloadListeners,
    private readonly jobs: JobRegistry,
    @Inject(DB) private readonly handle: DbHandle,
  ) {}

  onModuleInit(): void {
    this.listeners.subscribe(({ year, calendar, db }) => this.recompute(year, calendar, db));
    this.jobs.register({ name: 'cases.overdue-flags', cadence: 'daily', run: (today) => this.refreshOverdueFlags(today) });
  }

  /**
   * The `overdue` flag of open cases as of `today` (A13, A16 deadlines): a case becomes overdue the day after its
   * running deadline without anyone touching it, so a daily job sets the flag the work lists and reports filter
   * on. The flag is derived from the stored due date (not a decision), so it is not audited; the job run records
   * the count.
   */
  async refreshOverdueFlags(today: string): Promise<{ flagged: number; cleared: number }> {
    const late = sql`(${cases.dueOn} IS NOT NULL AND ${cases.dueOn} < ${today})`;
    const open = inArray(cases.status, [...SKILL_SUBSIDY_OPEN_STATUSES]);
    const flagged = await this.handle.db.update(cases).set({ overdue: true }).where(and(open, late, eq(cases.overdue, false))).returning({ id: cases.id });
    // A case that left the open statuses or got a new deadline is not late any more.
    const cleared = await this.handle.db
      .update(cases)
      .set({ overdue: false })
      .where(and(eq(cases.overdue, true), or(sql`NOT ${late}`, sql`NOT (${open})`)))
      .returning({ id: cases.id });
    return { flagged: flagged.length, cleared: cleared.length };
  }

  async recompute(year: number, calendar: WorkingDayCalendar, db: Database, today = todayInShanghai()) {
    const yearStart = `${year}-01-01`;
    // Candidates by the indexed running deadline; the stored list decides. Locked: a decision on the same case
    // waits for the reload rather than writing back deadlines of the old calendar.
    const rows = await db
      .select({ id: cases.id, deadlines: cases.deadlines })
      .from(cases)
      .where(and(inArray(cases.status, [...SKILL_SUBSIDY_OPEN_STATUSES]), or(isNull(cases.dueOn), gte(cases.dueOn, yearStart))))
      .orderBy(cases.id)
      .for('update');
    const ids: string[] = [];
    for (const row of rows) {
      const stored = row.deadlines as StoredDeadline[];
      let changed = false;
      const deadlines = stored.map((d) => {
        if (d.stoppedOn !== null || (d.due !== null && d.due < yearStart)) return d;
        const again = { ...recomputeDeadline(d, calendar), stoppedOn: null };
        if (again.due !== d.due || again.warning !== d.warning) changed = true;
        return again;
      });
      if (!changed) continue;
      const running = deadlines.filter((d) => d.stoppedOn === null).at(-1);
      const dueOn = running?.due ?? null;
      await db
        .update(cases)
        .set({ deadlines, dueKind: running?.kind ?? null, dueOn, overdue: overdue(dueOn, today), updatedAt: sql`now()` })
        .where(eq(cases.id, row.id));
      ids.push(row.id);
    }
    return { entity: 'case', recomputed: ids.length, ids };
  }
}
