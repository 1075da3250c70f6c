import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate } from '../dates/index.js';
import { builtinCalendarYears, builtinWorkingDayCalendar } from './builtin.js';
import type { CalendarYear } from './calendar-year.js';
import { CalendarYearMissingError, WorkingDayCalendar } from './working-day-calendar.js';

const calendar = builtinWorkingDayCalendar();

/** The working days among consecutive dates from `from` to `to`. */
function workingDaysIn(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) out.push(d);
  return out;
}

describe('working days by the official calendar (D6, E5)', () => {
  it('2026 Spring Festival: working Saturdays 02-14 and 02-28, nine days off', () => {
    expect(workingDaysIn('2026-02-12', '2026-03-02')).toEqual([
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
    ]);
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
  });

  it('2026 National Day: working Sunday 09-20 and Saturday 10-10, mid-autumn 09-25–27', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-25')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(workingDaysIn('2026-09-30', '2026-10-11')).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
    expect(calendar.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('2026 New Year and Labour Day', () => {
    expect(workingDaysIn('2025-12-31', '2026-01-05')).toEqual(['2025-12-31', '2026-01-04', '2026-01-05']);
    expect(calendar.isWorkingDay('2026-05-05')).toBe(false);
    expect(calendar.isWorkingDay('2026-05-09')).toBe(true);
  });

  it('2025 Spring Festival: Sunday 01-26 and Saturday 02-08 working', () => {
    expect(workingDaysIn('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-26',
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08',
    ]);
    expect(calendar.addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
  });

  it('2025 National Day and Mid-autumn together: 10-01–08 off, 09-28 and 10-11 working', () => {
    expect(workingDaysIn('2025-09-27', '2025-10-12')).toEqual([
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  it('2024 Spring Festival: Sundays 02-04 and 02-18 working', () => {
    expect(calendar.isWorkingDay('2024-02-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-02-18')).toBe(true);
    expect(workingDaysIn('2024-02-08', '2024-02-19')).toEqual(['2024-02-08', '2024-02-09', '2024-02-18', '2024-02-19']);
    expect(calendar.addWorkingDays('2024-02-09', 1)).toBe('2024-02-18');
  });

  it('2024 National Day: Sunday 09-29 and Saturday 10-12 working', () => {
    expect(workingDaysIn('2024-09-28', '2024-10-13')).toEqual([
      '2024-09-29',
      '2024-09-30',
      '2024-10-08',
      '2024-10-09',
      '2024-10-10',
      '2024-10-11',
      '2024-10-12',
    ]);
    expect(calendar.workingDaysBetween('2024-09-27', '2024-10-14')).toBe(8);
  });

  it('the 2020 Spring Festival extension is in the data (Saturday 02-01 became a day off)', () => {
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false);
    expect(calendar.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
  });

  it('addWorkingDays counts from the day after; n = 0 returns the start', () => {
    expect(calendar.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
    expect(calendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(calendar.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('workingDaysBetween counts (a, b] and is antisymmetric', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(calendar.workingDaysBetween('2026-03-09', '2026-03-02')).toBe(-5);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(() => calendar.workingDaysBetween('2026-03-02', '2026-13-01')).toThrow(RangeError);
  });

  it('knows which years are loaded', () => {
    expect(calendar.loadedYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(calendar.lastLoadedYear()).toBe(2026);
    expect(calendar.hasYear(2027)).toBe(false);
    expect(new WorkingDayCalendar([]).lastLoadedYear()).toBeNull();
    expect(calendar.yearInfo(2024)?.documentNo).toBe('国办发明电〔2023〕7号');
  });
});

describe('a year that is not loaded is refused, never guessed (E5)', () => {
  const year2027: CalendarYear = {
    year: 2027,
    documentNo: '测试用：2027年通知',
    source: 'test',
    daysOff: ['2027-01-01'],
    workdays: [],
  };

  it('five working days across the 2026/2027 edge throws until 2027 is loaded', () => {
    expect(calendar.addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
    let error: unknown;
    try {
      calendar.addWorkingDays('2026-12-28', 5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarYearMissingError);
    expect((error as CalendarYearMissingError).year).toBe(2027);
    expect((error as Error).message).toBe('2027年的节假日安排尚未载入，无法计算工作日');

    const extended = builtinWorkingDayCalendar([year2027]);
    expect(extended.lastLoadedYear()).toBe(2027);
    // 2027-01-01 (Friday) is off by the loaded notice; Monday 01-04 and Tuesday 01-05 are the 4th and 5th days.
    expect(extended.addWorkingDays('2026-12-28', 5)).toBe('2027-01-05');
  });

  it('isWorkingDay and workingDaysBetween refuse too, before and after the loaded range', () => {
    expect(() => calendar.isWorkingDay('2027-03-01')).toThrow(CalendarYearMissingError);
    expect(() => calendar.isWorkingDay('2003-12-31')).toThrow('2003年的节假日安排尚未载入');
    expect(() => calendar.workingDaysBetween('2026-12-30', '2027-01-04')).toThrow(CalendarYearMissingError);
  });

  it('a gap year is refused even between loaded years', () => {
    const gap = new WorkingDayCalendar([...builtinCalendarYears().filter((y) => y.year !== 2025)]);
    expect(() => gap.addWorkingDays('2024-12-30', 3)).toThrow(
      expect.objectContaining({ name: 'CalendarYearMissingError', year: 2025 }),
    );
  });

  it('a later entry for the same year replaces the earlier one (corrected notice)', () => {
    const corrected: CalendarYear = { ...year2027, daysOff: ['2027-01-01', '2027-01-04'] };
    const c = new WorkingDayCalendar([year2027, corrected]);
    expect(c.isWorkingDay('2027-01-04')).toBe(false);
    expect(c.loadedYears()).toEqual([2027]);
  });

  it('invalid data is refused when the calendar is built', () => {
    expect(() => new WorkingDayCalendar([{ ...year2027, workdays: ['2027-01-04'] }])).toThrow(
      '2027年的节假日安排数据无效',
    );
  });
});

describe('properties', () => {
  const start = fc
    .integer({ min: 0, max: Date.UTC(2026, 9, 31) / 86_400_000 - Date.UTC(2004, 0, 1) / 86_400_000 })
    .map((offset) => addDays(formatIsoDate(2004, 1, 1), offset));

  it('addWorkingDays(d, n) is a working day for n ≥ 1 and strictly increases with n', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), (d, n) => {
        const a = calendar.addWorkingDays(d, n);
        const b = calendar.addWorkingDays(d, n + 1);
        expect(b > a).toBe(true);
        expect(calendar.isWorkingDay(b)).toBe(true);
        if (n > 0) expect(calendar.isWorkingDay(a)).toBe(true);
        expect(calendar.workingDaysBetween(d, a)).toBe(n);
        // No working day is skipped between the n-th and the (n+1)-th.
        expect(calendar.workingDaysBetween(a, b)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
