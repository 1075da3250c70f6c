// The statistics dashboard as plain data and functions: the page's state in its URL, the client-side checks of
// the trend period (the API checks again), the sums the charts draw and the charts' options. The ECharts option
// types are imported as types only, so this file (and the router that reads the page's roles) stays light.
import { formatFen, todayInShanghai } from '@huimin/domain';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { Trend, TrendRow } from '../../api/statistics';
import { firstOf } from '../common/list-query';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The API's limit on one trend answer. */
export const TREND_MAX_MONTHS = 36;
/** The charts open on the last twelve months. */
export const DEFAULT_TREND_MONTHS = 12;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthSpan(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function quarterOf(month: string): { year: number; quarter: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { year: y, quarter: Math.ceil(m / 3) };
}

/** The last eight quarters up to the one under way, newest first (the quarterly figures' choices). */
export function recentQuarters(currentMonth: string, count = 8): { year: number; quarter: number }[] {
  const out: { year: number; quarter: number }[] = [];
  let { year, quarter } = quarterOf(currentMonth);
  for (let i = 0; i < count; i++) {
    out.push({ year, quarter });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return out;
}

export interface DashboardState {
  region: string;
  /** 附件4's month: by default the month just ended (the form reports a month by the 5th of the next). */
  month: string;
  year: number;
  quarter: number;
  from: string;
  to: string;
}

/** Reads the dashboard from its URL, dropping what is not valid; `today` is a date in Asia/Shanghai. */
export function dashboardFromQuery(query: LocationQuery, region: string, today: string = todayInShanghai()): DashboardState {
  const current = today.slice(0, 7);
  const asked = firstOf(query.month);
  const month = isMonth(asked) && asked <= current ? asked : addMonths(current, -1);
  const year = Number(firstOf(query.year));
  const quarter = Number(firstOf(query.quarter));
  const quarterOk = Number.isInteger(year) && Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 && `${year}-${String(quarter * 3 - 2).padStart(2, '0')}` <= current && year >= 2000;
  const q = quarterOk ? { year, quarter } : quarterOf(month);
  const from = firstOf(query.from);
  const to = firstOf(query.to);
  const period = checkTrendPeriod(from, to, today);
  return {
    region,
    month,
    year: q.year,
    quarter: q.quarter,
    from: period.ok ? from : addMonths(current, -(DEFAULT_TREND_MONTHS - 1)),
    to: period.ok ? to : current,
  };
}

/** Only what differs from the defaults, so 统计分析 in the menu opens the default dashboard. */
export function dashboardToQuery(state: DashboardState, userRegion: string, today: string = todayInShanghai()): LocationQueryRaw {
  const defaults = dashboardFromQuery({}, userRegion, today);
  const q: LocationQueryRaw = {};
  if (state.region !== userRegion) q.region = state.region;
  if (state.month !== defaults.month) q.month = state.month;
  if (state.year !== quarterOf(state.month).year || state.quarter !== quarterOf(state.month).quarter) {
    q.year = String(state.year);
    q.quarter = String(state.quarter);
  }
  if (state.from !== defaults.from || state.to !== defaults.to) {
    q.from = state.from;
    q.to = state.to;
  }
  return q;
}

export type TrendPeriodError = 'fromInvalid' | 'toInvalid' | 'toBeforeFrom' | 'toFuture' | 'tooLong';

/** The trend route's own checks, so the user sees the reason on the field before anything is sent. */
export function checkTrendPeriod(from: string, to: string, today: string = todayInShanghai()): { ok: true } | { ok: false; field: 'from' | 'to'; error: TrendPeriodError } {
  if (!isMonth(from)) return { ok: false, field: 'from', error: 'fromInvalid' };
  if (!isMonth(to)) return { ok: false, field: 'to', error: 'toInvalid' };
  if (from > to) return { ok: false, field: 'to', error: 'toBeforeFrom' };
  if (to > today.slice(0, 7)) return { ok: false, field: 'to', error: 'toFuture' };
  if (monthSpan(from, to) > TREND_MAX_MONTHS) return { ok: false, field: 'to', error: 'tooLong' };
  return { ok: true };
}

export interface Figures {
  submitted: number;
  approved: number;
  refused: number;
  paidCount: number;
  paidFen: number;
  overdue: number;
}

const ZERO: Figures = { submitted: 0, approved: 0, refused: 0, paidCount: 0, paidFen: 0, overdue: 0 };

function add(a: Figures, b: TrendRow | Figures): Figures {
  return {
    submitted: a.submitted + b.submitted,
    approved: a.approved + b.approved,
    refused: a.refused + b.refused,
    paidCount: a.paidCount + b.paidCount,
    paidFen: a.paidFen + b.paidFen,
    overdue: a.overdue + b.overdue,
  };
}

/** Each month's figures over the regions (all of them, or one). Overdue counts add up across regions, not months. */
export function byMonth(trend: Trend, region: string | null = null): ({ month: string } & Figures)[] {
  return trend.months.map((month) => ({
    month,
    ...trend.rows.filter((r) => r.month === month && (region === null || r.regionCode === region)).reduce(add, ZERO),
  }));
}

/**
 * Each region's figures over the period. Applications, decisions and grants are flows and add up over the
 * months; the overdue count is a state at a month's end, so a region's figure is the one of the last month.
 */
export function byRegion(trend: Trend): ({ code: string; name: string } & Figures)[] {
  const last = trend.months.at(-1);
  return trend.regions.map((region) => {
    const rows = trend.rows.filter((r) => r.regionCode === region.code);
    const sum = rows.reduce(add, ZERO);
    return { code: region.code, name: region.name, ...sum, overdue: rows.find((r) => r.month === last)?.overdue ?? 0 };
  });
}

export interface ChartLabels {
  submitted: string;
  approved: string;
  refused: string;
  overdue: string;
  overdueAtEnd: string;
  paidAmount: string;
  yuan: string;
  cases: string;
}

// Colours that stay apart for the common colour-vision deficiencies, and dark enough on white.
const COLORS = { submitted: '#1565c0', approved: '#2e7d32', refused: '#b26a00', overdue: '#b42318', paid: '#5b3c88' } as const;

const baseGrid: GridComponentOption = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
const legend: LegendComponentOption = { top: 0, type: 'scroll' };
// The chart describes itself to screen readers (series, values); the tables beside it carry the same figures.
const aria: AriaComponentOption = { enabled: true };

/** Fen as yuan for an axis (drawing only; every figure a person reads goes through formatFen). */
const yuanOf = (fen: number) => fen / 100;
const yuanText = (value: unknown) => (typeof value === 'number' ? `${formatFen(Math.round(value * 100))}` : String(value ?? ''));

export function casesByMonthOption(rows: readonly ({ month: string } & Figures)[], labels: ChartLabels): ChartOption {
  const months = rows.map((r) => r.month);
  const bar = (name: string, key: 'submitted' | 'approved' | 'refused', color: string): BarSeriesOption => ({
    name,
    type: 'bar',
    data: rows.map((r) => r[key]),
    itemStyle: { color },
  });
  return {
    aria,
    grid: baseGrid,
    legend,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1, name: labels.cases },
    series: [
      bar(labels.submitted, 'submitted', COLORS.submitted),
      bar(labels.approved, 'approved', COLORS.approved),
      bar(labels.refused, 'refused', COLORS.refused),
      { name: labels.overdue, type: 'line', data: rows.map((r) => r.overdue), itemStyle: { color: COLORS.overdue }, lineStyle: { type: 'dashed' }, symbol: 'triangle' },
    ],
  };
}

export function amountByMonthOption(rows: readonly ({ month: string } & Figures)[], labels: ChartLabels): ChartOption {
  return {
    aria,
    grid: baseGrid,
    legend,
    tooltip: { trigger: 'axis', valueFormatter: yuanText },
    xAxis: { type: 'category', data: rows.map((r) => r.month) },
    yAxis: { type: 'value', name: labels.yuan, axisLabel: { formatter: (v: number) => yuanText(v) } },
    series: [{ name: labels.paidAmount, type: 'bar', data: rows.map((r) => yuanOf(r.paidFen)), itemStyle: { color: COLORS.paid } }],
  };
}

const regionAxis = (names: string[]) => ({
  type: 'category' as const,
  data: names,
  // Every region is named (a province has up to 16 cities): slanted rather than skipped.
  axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 },
});

export function casesByRegionOption(regions: readonly ({ name: string } & Figures)[], labels: ChartLabels): ChartOption {
  const names = regions.map((r) => r.name);
  const bar = (name: string, key: keyof Figures, color: string): BarSeriesOption => ({ name, type: 'bar', data: regions.map((r) => r[key]), itemStyle: { color } });
  return {
    aria,
    grid: baseGrid,
    legend,
    tooltip: { trigger: 'axis' },
    xAxis: regionAxis(names),
    yAxis: { type: 'value', minInterval: 1, name: labels.cases },
    series: [
      bar(labels.submitted, 'submitted', COLORS.submitted),
      bar(labels.approved, 'approved', COLORS.approved),
      bar(labels.refused, 'refused', COLORS.refused),
      bar(labels.overdueAtEnd, 'overdue', COLORS.overdue),
    ],
  };
}

export function amountByRegionOption(regions: readonly ({ name: string } & Figures)[], labels: ChartLabels): ChartOption {
  return {
    aria,
    grid: baseGrid,
    legend,
    tooltip: { trigger: 'axis', valueFormatter: yuanText },
    xAxis: regionAxis(regions.map((r) => r.name)),
    yAxis: { type: 'value', name: labels.yuan, axisLabel: { formatter: (v: number) => yuanText(v) } },
    series: [{ name: labels.paidAmount, type: 'bar', data: regions.map((r) => yuanOf(r.paidFen)), itemStyle: { color: COLORS.paid } }],
  };
}
