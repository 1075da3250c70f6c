import { Injectable } from '@nestjs/common';
import {
  CalendarYearMissingError,
  validateCalendarYear,
  WorkingDayCalendar,
  type CalendarYear,
} from '@huimin/domain';
import type { Database } from '@huimin/db';
import { badRequest, unprocessable } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarRepository } from './calendar.repository.js';

@Injectable()
export class CalendarService {
  private cached: { key: string; calendar: WorkingDayCalendar } | undefined;

  constructor(
    private readonly repo: CalendarRepository,
    private readonly audit: AuditService,
  ) {}

  async listYears(): Promise<{ year: number; documentNo: string; source: string }[]> {
    return (await this.repo.listYears()).map(({ year, documentNo, source }) => ({ year, documentNo, source }));
  }

  /** The calendar as loaded in the database; rebuilt only when a year was added or replaced anywhere. */
  async calendar(): Promise<WorkingDayCalendar> {
    const key = await this.repo.fingerprint();
    if (this.cached?.key !== key) {
      this.cached = { key, calendar: new WorkingDayCalendar(await this.repo.listYears()) };
    }
    return this.cached.calendar;
  }

  /** The N-th working day after `from` (D6); a year that is not loaded is a 422 naming it (E5), never a guess. */
  async addWorkingDays(from: string, days: number): Promise<{ from: string; days: number; date: string }> {
    const calendar = await this.calendar();
    try {
      return { from, days, date: calendar.addWorkingDays(from, days) };
    } catch (err) {
      if (err instanceof CalendarYearMissingError) {
        throw unprocessable(err.message, '/problems/calendar-year-missing', { year: err.year });
      }
      throw err;
    }
  }

  /**
   * Loads or replaces one year's official schedule (API.md `PUT /calendar/years/:year`): validated, stored and
   * audited in one transaction.
   */
  async putYear(
    year: number,
    body: unknown,
    user: AuthenticatedUser,
    ip: string | null,
  ): Promise<CalendarYear & { loadedAt: string; loadedBy: string }> {
    const checked = validateCalendarYear(year, body);
    if (!checked.ok) throw badRequest(checked.errors, `${year}年节假日安排有误，请按提示修改`);
    const before = await this.repo.findYear(year);
    const next: CalendarYear = {
      year,
      documentNo: checked.value.documentNo,
      source: `loaded by ${user.username}`,
      daysOff: [...checked.value.daysOff].sort(),
      workdays: [...checked.value.workdays].sort(),
    };
    const row = await this.repo.db.transaction(async (tx) => {
      const stored = await this.repo.upsertYear(tx as unknown as Database, next, user.username);
      await this.audit.record(
        {
          actor: user.username,
          action: before ? 'calendar.year.replace' : 'calendar.year.load',
          entity: 'calendar_year',
          entityId: String(year),
          ip,
          before: before
            ? { documentNo: before.documentNo, daysOff: before.daysOff, workdays: before.workdays }
            : null,
          after: { documentNo: next.documentNo, daysOff: next.daysOff, workdays: next.workdays },
        },
        tx as unknown as Database,
      );
      return stored;
    });
    this.cached = undefined;
    return {
      year: row.year,
      documentNo: row.documentNo,
      source: row.source,
      daysOff: row.daysOff,
      workdays: row.workdays,
      loadedAt: row.loadedAt.toISOString(),
      loadedBy: row.loadedBy,
    };
  }
}
