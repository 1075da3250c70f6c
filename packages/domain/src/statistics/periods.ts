import { compareDates, formatIsoDate, parseIsoDate, type IsoDate } from '../dates/index.js';
import type { SkillSubsidyParams } from '../policies/index.js';
import type { ReportPeriod } from './facts.js';

/**
 * Reporting periods (A18): Jilin's monthly table is due by the 5th of the next month (002 六(四)); Heilongjiang
 * reports each quarter by the 5th of the month after the quarter (000 四(二)). The pack's `statistics`
 * parameter says which, and the due day.
 */
export interface ReportingPeriod extends ReportPeriod {
  kind: 'monthly' | 'quarterly';
  /** '2026-03' or '2026-Q1' */
  label: string;
  dueDate: IsoDate;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function due(year: number, endMonth: number, dueDay: number): IsoDate {
  const y = endMonth === 12 ? year + 1 : year;
  const m = endMonth === 12 ? 1 : endMonth + 1;
  return formatIsoDate(y, m, Math.min(dueDay, lastDay(y, m)));
}

export function monthlyPeriod(year: number, month: number, dueDay = 5): ReportingPeriod {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`月份应为1—12：${month}`);
  return {
    kind: 'monthly',
    label: `${year}-${String(month).padStart(2, '0')}`,
    periodStart: formatIsoDate(year, month, 1),
    periodEnd: formatIsoDate(year, month, lastDay(year, month)),
    dueDate: due(year, month, dueDay),
  };
}

export function quarterlyPeriod(year: number, quarter: number, dueDay = 5): ReportingPeriod {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`季度应为1—4：${quarter}`);
  const endMonth = quarter * 3;
  return {
    kind: 'quarterly',
    label: `${year}-Q${quarter}`,
    periodStart: formatIsoDate(year, endMonth - 2, 1),
    periodEnd: formatIsoDate(year, endMonth, lastDay(year, endMonth)),
    dueDate: due(year, endMonth, dueDay),
  };
}

/** The period containing `date` by the pack's `statistics` parameter. */
export function reportingPeriodOf(statistics: SkillSubsidyParams['statistics'], date: IsoDate): ReportingPeriod {
  const { year, month } = parseIsoDate(date);
  return statistics.period === 'monthly'
    ? monthlyPeriod(year, month, statistics.dueDayOfFollowingMonth)
    : quarterlyPeriod(year, Math.ceil(month / 3), statistics.dueDayOfFollowingMonth);
}

/** The last period already ended on `today` (what the statistics job compiles), and whether it is past due. */
export function lastEndedPeriod(statistics: SkillSubsidyParams['statistics'], today: IsoDate): ReportingPeriod & { overdueOn: IsoDate | null } {
  const current = reportingPeriodOf(statistics, today);
  const { year, month } = parseIsoDate(current.periodStart);
  const prevMonth = month === 1 ? 12 : month - 1;
  const prevYear = month === 1 ? year - 1 : year;
  const p = reportingPeriodOf(statistics, formatIsoDate(prevYear, prevMonth, 1));
  return { ...p, overdueOn: compareDates(today, p.dueDate) > 0 ? today : null };
}
