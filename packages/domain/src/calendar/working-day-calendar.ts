import { addDays, compareDates, dayOfWeek, parseIsoDate, type IsoDate } from '../dates/index.js';
import { validateCalendarYear, type CalendarYear } from './calendar-year.js';

/**
 * Thrown when a working-day computation reaches a year whose official schedule is not loaded. POLICY.md E5:
 * never fall back to a plain Monday–Friday guess — the next year's notice moves days, and a deadline computed
 * on a guess would be wrong without anyone noticing. The API answers 422 naming `year`.
 */
export class CalendarYearMissingError extends Error {
  override readonly name = 'CalendarYearMissingError';
  constructor(readonly year: number) {
    super(`${year}年的节假日安排尚未载入，无法计算工作日`);
  }
}

type LoadedYear = { info: CalendarYear; daysOff: ReadonlySet<IsoDate>; workdays: ReadonlySet<IsoDate> };

/**
 * Working days by the official calendar (POLICY.md D6), built from the loaded years only. A later entry for the
 * same year replaces an earlier one, as a corrected notice replaces the first (API.md: replacing a year is
 * allowed).
 */
export class WorkingDayCalendar {
  readonly #years = new Map<number, LoadedYear>();

  constructor(years: readonly CalendarYear[]) {
    for (const y of years) {
      const checked = validateCalendarYear(y.year, y);
      if (!checked.ok) {
        const first = checked.errors[0]!;
        throw new RangeError(`${y.year}年的节假日安排数据无效：${first.path ? `${first.path} ` : ''}${first.message}`);
      }
      const info: CalendarYear = { ...checked.value, source: y.source };
      this.#years.set(y.year, { info, daysOff: new Set(info.daysOff), workdays: new Set(info.workdays) });
    }
  }

  /** Loaded years, ascending. */
  loadedYears(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b);
  }

  /** The latest loaded year, or `null` when none is loaded. */
  lastLoadedYear(): number | null {
    const years = this.loadedYears();
    return years.length > 0 ? years[years.length - 1]! : null;
  }

  hasYear(year: number): boolean {
    return this.#years.has(year);
  }

  /** The loaded data of a year (document number and source included), or `undefined`. */
  yearInfo(year: number): CalendarYear | undefined {
    const y = this.#years.get(year)?.info;
    return y && { ...y, daysOff: [...y.daysOff], workdays: [...y.workdays] };
  }

  #yearOf(date: IsoDate): LoadedYear {
    const { year } = parseIsoDate(date);
    const loaded = this.#years.get(year);
    if (!loaded) throw new CalendarYearMissingError(year);
    return loaded;
  }

  /** Adjusted working day → work; official day off → rest; otherwise Monday–Friday work (D6). */
  isWorkingDay(date: IsoDate): boolean {
    const y = this.#yearOf(date);
    if (y.workdays.has(date)) return true;
    if (y.daysOff.has(date)) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /**
   * The n-th working day after `from` (`from` itself is not counted; n = 0 returns `from` unchanged). Throws
   * `CalendarYearMissingError` as soon as the count reaches a year that is not loaded.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    parseIsoDate(from);
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`工作日天数应为非负整数：${n}`);
    let date = from;
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return date;
  }

  /**
   * Working days in (a, b]: after `a`, up to and including `b`, so that
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when `b` is before `a`.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    parseIsoDate(a);
    parseIsoDate(b);
    if (compareDates(a, b) > 0) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let date = a; compareDates(date, b) < 0; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) count++;
    }
    return count;
  }
}
