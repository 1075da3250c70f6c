import { describe, expect, it } from 'vitest';
import { builtinWorkingDayCalendar, type CalendarYear } from '../calendar/index.js';
import { computeDeadline, overdue, recomputeDeadline, workingDaysLeft } from './deadlines.js';

const calendar = builtinWorkingDayCalendar();
const REVIEW = { kind: 'review', label: '审核期限', rule: 'A13' };

describe('deadlines (A13, A16, D6)', () => {
  it.each([
    // [started, working days, due] — the start day is not counted (民法典第二百零一条)
    ['2026-02-13', 5, '2026-02-27'], // Spring Festival 02-15–02-23 off, Saturday 02-14 worked
    ['2026-02-11', 2, '2026-02-13'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-02-24', 4, '2026-02-28'], // Saturday 02-28 is a working day
    ['2026-09-30', 5, '2026-10-13'], // National Day 10-01–10-07 off, Saturday 10-10 worked
    ['2026-09-18', 1, '2026-09-20'], // Sunday 09-20 is a working day
    ['2026-09-28', 7, '2026-10-13'], // A16 payment
  ])('started %s + %i working days → due %s', (startedOn, days, due) => {
    expect(computeDeadline(REVIEW, startedOn, days, calendar)).toEqual({ ...REVIEW, startedOn, workingDays: days, due, warning: null });
  });

  it('overdue from the day after the due date, never for an unknown date', () => {
    expect(overdue('2026-02-27', '2026-02-27')).toBe(false);
    expect(overdue('2026-02-27', '2026-02-28')).toBe(true);
    expect(overdue({ due: '2026-02-27' }, '2026-02-26')).toBe(false);
    expect(overdue(null, '2030-01-01')).toBe(false);
    expect(overdue({ due: null }, '2030-01-01')).toBe(false);
  });

  it('working days left: 5 on the start day, 0 on the due day, negative once missed', () => {
    expect(workingDaysLeft('2026-02-27', '2026-02-13', calendar)).toBe(5);
    expect(workingDaysLeft('2026-02-27', '2026-02-20', calendar)).toBe(4); // in the holiday, 02-24…02-27 remain
    expect(workingDaysLeft('2026-02-27', '2026-02-27', calendar)).toBe(0);
    expect(workingDaysLeft('2026-02-27', '2026-03-02', calendar)).toBe(-2); // 02-28 (worked) and 03-02 missed
    expect(workingDaysLeft(null, '2026-03-02', calendar)).toBeNull();
  });

  it('past the last loaded year: flagged, not guessed (E5), then recomputed once the year is loaded', () => {
    const d = computeDeadline(REVIEW, '2026-12-28', 5, calendar);
    expect(d.due).toBeNull();
    expect(d.warning).toContain('2027年');
    const y2027: CalendarYear = { year: 2027, documentNo: '测试用2027年安排', source: '测试', daysOff: ['2027-01-01'], workdays: [] };
    const again = recomputeDeadline(d, builtinWorkingDayCalendar([y2027]));
    // 12-29, 12-30, 12-31, (01-01 off), 01-04, 01-05
    expect(again).toMatchObject({ due: '2027-01-05', warning: null, startedOn: '2026-12-28', workingDays: 5 });
  });

  it('refuses a non-positive number of working days', () => {
    expect(() => computeDeadline(REVIEW, '2026-03-02', 0, calendar)).toThrow(RangeError);
  });
});
