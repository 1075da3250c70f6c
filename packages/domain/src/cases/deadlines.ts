import { CalendarYearMissingError, type WorkingDayCalendar } from '../calendar/index.js';
import { compareDates, parseIsoDate, type IsoDate } from '../dates/index.js';
import type { WorkflowDeadline } from './types.js';

/**
 * Deadlines in working days (D6): A13 review within 5 working days and the refusal told within 5 more, A15 the
 * notice for at least 5, A16 payment within 7 after the notice. Each is computed once, when its step starts,
 * and stored as a date (DESIGN.md); only a calendar reload recomputes it (`recomputeDeadline`).
 *
 * Counting: the day the step starts is not counted (民法典第二百零一条: 开始的当日不计入), so a case received on
 * Friday 2026-02-13 has its 5th working day on 2026-02-27 across the Spring Festival. `due` is the last day in
 * time: the step is overdue from the day after.
 */
export interface DeadlineSpec {
  kind: string;
  label: string;
  rule: string;
}

export function computeDeadline(
  spec: DeadlineSpec,
  startedOn: IsoDate,
  workingDays: number,
  calendar: WorkingDayCalendar,
): WorkflowDeadline {
  parseIsoDate(startedOn);
  if (!Number.isSafeInteger(workingDays) || workingDays <= 0) {
    throw new RangeError(`${spec.label}的工作日天数应为正整数：${workingDays}`);
  }
  try {
    const due = calendar.addWorkingDays(startedOn, workingDays);
    return { ...spec, startedOn, workingDays, due, warning: null };
  } catch (e) {
    if (!(e instanceof CalendarYearMissingError)) throw e;
    // E5: flag, never guess. The step itself stands; the deadline waits for the year's schedule.
    return {
      ...spec,
      startedOn,
      workingDays,
      due: null,
      warning: `${e.year}年的节假日安排尚未载入，${spec.label}暂无法计算；载入后重新计算`,
    };
  }
}

/** The same deadline computed again on a (re)loaded calendar — API.md: replacing a year recomputes open deadlines. */
export function recomputeDeadline(deadline: WorkflowDeadline, calendar: WorkingDayCalendar): WorkflowDeadline {
  const { kind, label, rule } = deadline;
  return computeDeadline({ kind, label, rule }, deadline.startedOn, deadline.workingDays, calendar);
}

/** True from the day after `due`; never for an unknown (null) due date. */
export function overdue(due: IsoDate | Pick<WorkflowDeadline, 'due'> | null, today: IsoDate): boolean {
  const d = typeof due === 'string' || due === null ? due : due.due;
  if (d === null) return false;
  parseIsoDate(today);
  return compareDates(today, d) > 0;
}

/**
 * Working days after `today` up to and including `due`: 0 on the due day itself (still in time), negative once
 * overdue (the working days missed). null for an unknown due date. Throws `CalendarYearMissingError` when the
 * span reaches a year that is not loaded.
 */
export function workingDaysLeft(
  due: IsoDate | Pick<WorkflowDeadline, 'due'> | null,
  today: IsoDate,
  calendar: WorkingDayCalendar,
): number | null {
  const d = typeof due === 'string' || due === null ? due : due.due;
  if (d === null) return null;
  return calendar.workingDaysBetween(today, d);
}
