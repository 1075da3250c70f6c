import { Injectable } from '@nestjs/common';
import {
  parseIsoDate,
  todayInShanghai,
  CalendarYearMissingError,
  validateCalendarYear,
  WorkingDayCalendar,
  type CalendarYear,
} from '@huimin/domain';
import type { CalendarYearRow, Database } from '@huimin/db';
import { badRequest, notFound, unprocessable } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarReloadListeners } from './calendar-reload.js';
import { CalendarRepository } from './calendar.repository.js';

type StoredYear = CalendarYear & { loadedAt: string; loadedBy: string };

function storedYear(row: CalendarYearRow): StoredYear {
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

export interface CalendarStatus {
  today: string;
  lastLoadedYear: number | null;
  currentYearLoaded: boolean;
  nextYearLoaded: boolean;
  /** A message for administrators, or null when nothing is due. */
  warning: string | null;
}

@Injectable()
export class CalendarService {
  private cached: { key: string; calendar: WorkingDayCalendar } | undefined;

  constructor(
    private readonly repo: CalendarRepository,
    private readonly audit: AuditService,
    private readonly listeners: CalendarReloadListeners = new CalendarReloadListeners(),
  ) {}

  async listYears(): Promise<{ year: number; documentNo: string; source: string }[]> {
    return (await this.repo.listYears()).map(({ year, documentNo, source }) => ({ year, documentNo, source }));
  }

  async getYear(year: number): Promise<StoredYear> {
    const row = await this.repo.findYear(year);
    if (!row) throw notFound(`${year}年的节假日安排尚未载入`);
    return storedYear(row);
  }

  /** The calendar as loaded in the database; rebuilt only when a year was added or replaced anywhere. */
  async calendar(): Promise<WorkingDayCalendar> {
    const key = await this.repo.fingerprint();
    if (this.cached?.key !== key) {
      this.cached = { key, calendar: new WorkingDayCalendar(await this.repo.listYears()) };
    }
    return this.cached.calendar;
  }

  /**
   * Whether next year's schedule is due (E5): the State Council publishes it each November, so from 1 November
   * a missing next year is a warning for admins, and from 1 January a missing current year blocks deadlines.
   */
  async status(today: string = todayInShanghai()): Promise<CalendarStatus> {
    const calendar = await this.calendar();
    const { year, month } = parseIsoDate(today);
    const last = calendar.lastLoadedYear();
    const currentLoaded = calendar.hasYear(year);
    const nextLoaded = calendar.hasYear(year + 1);
    let warning: string | null = null;
    if (!currentLoaded) warning = `${year}年的节假日安排尚未载入，工作日期限无法计算，请立即载入国务院办公厅通知`;
    else if (month >= 11 && !nextLoaded) warning = `${year + 1}年的节假日安排尚未载入；国务院办公厅通知发布后请尽快载入，否则跨年的工作日期限将无法计算`;
    return { today, lastLoadedYear: last, currentYearLoaded: currentLoaded, nextYearLoaded: nextLoaded, warning };
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
  ): Promise<StoredYear> {
    const checked = validateCalendarYear(year, body);
    if (!checked.ok) throw badRequest(checked.errors, `${year}年节假日安排有误，请按提示修改`);
    const before = await this.repo.findYear(year);
    const next: CalendarYear = {
      year,
      documentNo: checked.value.documentNo,
      source: `系统管理员 ${user.username} 载入`,
      daysOff: [...checked.value.daysOff].sort(),
      workdays: [...checked.value.workdays].sort(),
    };
    // The calendar as it will be after this load, built before the transaction (inside it only `tx` may be used).
    const after = new WorkingDayCalendar([...(await this.repo.listYears()).filter((y) => y.year !== year), next]);
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
      // API.md: a (re)loaded year recomputes the open deadlines it touches, in this transaction, audited once.
      for (const listener of this.listeners.all) {
        const changed = await listener({ year, calendar: after, db: tx as unknown as Database });
        await this.audit.record(
          {
            actor: user.username,
            action: 'calendar.deadlines.recompute',
            entity: changed.entity,
            entityId: String(year),
            ip,
            after: { year, recomputed: changed.recomputed, ids: changed.ids },
          },
          tx as unknown as Database,
        );
      }
      return stored;
    });
    this.cached = undefined;
    return storedYear(row);
  }
}
