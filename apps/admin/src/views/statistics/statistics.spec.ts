import { describe, expect, it } from 'vitest';
import type { Trend } from '../../api/statistics';
import {
  addMonths,
  amountByRegionOption,
  byMonth,
  byRegion,
  casesByMonthOption,
  checkTrendPeriod,
  dashboardFromQuery,
  dashboardToQuery,
  recentQuarters,
  type ChartLabels,
} from './statistics';

const TODAY = '2026-11-23';

const row = (month: string, regionCode: string, figures: Partial<Record<'submitted' | 'approved' | 'refused' | 'paidCount' | 'paidFen' | 'overdue', number>>) => ({
  month,
  regionCode,
  submitted: 0,
  approved: 0,
  refused: 0,
  paidCount: 0,
  paidFen: 0,
  overdue: 0,
  ...figures,
});

const TREND: Trend = {
  regionCode: '220000',
  regionName: '吉林省',
  from: '2026-09',
  to: '2026-10',
  asOf: TODAY,
  months: ['2026-09', '2026-10'],
  regions: [
    { code: '220100', name: '长春市' },
    { code: '220200', name: '吉林市' },
  ],
  rows: [
    row('2026-09', '220100', { submitted: 3, approved: 2, paidCount: 1, paidFen: 150000, overdue: 2 }),
    row('2026-09', '220200', { submitted: 1, refused: 1, overdue: 1 }),
    row('2026-10', '220100', { submitted: 2, approved: 1, paidCount: 2, paidFen: 300050, overdue: 1 }),
    row('2026-10', '220200', { overdue: 0 }),
  ],
};

const LABELS: ChartLabels = { submitted: '申请', approved: '审核通过', refused: '审核不通过', overdue: '超期在办', overdueAtEnd: '期末超期在办', paidAmount: '发放金额', yuan: '元', cases: '件' };

describe('dashboard state', () => {
  it('opens on the month just ended, its quarter and the last twelve months', () => {
    expect(dashboardFromQuery({}, '220100', TODAY)).toEqual({ region: '220100', month: '2026-10', year: 2026, quarter: 4, from: '2025-12', to: '2026-11' });
    // In January the month just ended is last December, in last year's fourth quarter.
    expect(dashboardFromQuery({}, '220100', '2027-01-04')).toMatchObject({ month: '2026-12', year: 2026, quarter: 4, from: '2026-02', to: '2027-01' });
  });

  it('reads a valid URL and drops what is not valid (a future month, a bad period, a quarter not begun)', () => {
    expect(dashboardFromQuery({ month: '2026-03', year: '2025', quarter: '2', from: '2026-01', to: '2026-06' }, '220000', TODAY)).toEqual({
      region: '220000',
      month: '2026-03',
      year: 2025,
      quarter: 2,
      from: '2026-01',
      to: '2026-06',
    });
    expect(dashboardFromQuery({ month: '2026-12', year: '2027', quarter: '1', from: '2026-08', to: '2026-02' }, '220000', TODAY)).toEqual({
      region: '220000',
      month: '2026-10',
      year: 2026,
      quarter: 4,
      from: '2025-12',
      to: '2026-11',
    });
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const defaults = dashboardFromQuery({}, '220100', TODAY);
    expect(dashboardToQuery(defaults, '220100', TODAY)).toEqual({});
    const changed = { ...defaults, region: '220200', month: '2026-07', from: '2026-01', to: '2026-06' };
    const query = dashboardToQuery(changed, '220000', TODAY);
    expect(query).toEqual({ region: '220200', month: '2026-07', year: '2026', quarter: '4', from: '2026-01', to: '2026-06' });
    expect(dashboardFromQuery(query as Record<string, string>, '220200', TODAY)).toEqual(changed);
  });

  it('checks the period as the API does, naming the field', () => {
    expect(checkTrendPeriod('2026-01', '2026-11', TODAY)).toEqual({ ok: true });
    expect(checkTrendPeriod('', '2026-11', TODAY)).toEqual({ ok: false, field: 'from', error: 'fromInvalid' });
    expect(checkTrendPeriod('2026-05', '2026-13', TODAY)).toEqual({ ok: false, field: 'to', error: 'toInvalid' });
    expect(checkTrendPeriod('2026-05', '2026-04', TODAY)).toEqual({ ok: false, field: 'to', error: 'toBeforeFrom' });
    expect(checkTrendPeriod('2026-05', '2026-12', TODAY)).toEqual({ ok: false, field: 'to', error: 'toFuture' });
    expect(checkTrendPeriod('2023-11', '2026-11', TODAY)).toEqual({ ok: false, field: 'to', error: 'tooLong' });
    expect(checkTrendPeriod('2023-12', '2026-11', TODAY)).toEqual({ ok: true });
  });

  it('counts months and quarters across year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
    expect(recentQuarters('2026-02', 3)).toEqual([
      { year: 2026, quarter: 1 },
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 3 },
    ]);
  });
});

describe('dashboard sums', () => {
  it('adds each month over the regions, or shows one region', () => {
    expect(byMonth(TREND)).toEqual([
      { month: '2026-09', submitted: 4, approved: 2, refused: 1, paidCount: 1, paidFen: 150000, overdue: 3 },
      { month: '2026-10', submitted: 2, approved: 1, refused: 0, paidCount: 2, paidFen: 300050, overdue: 1 },
    ]);
    expect(byMonth(TREND, '220200').map((m) => m.overdue)).toEqual([1, 0]);
  });

  it('adds the flows of a region over the months but takes its overdue count at the period end', () => {
    expect(byRegion(TREND)).toEqual([
      { code: '220100', name: '长春市', submitted: 5, approved: 3, refused: 0, paidCount: 3, paidFen: 450050, overdue: 1 },
      { code: '220200', name: '吉林市', submitted: 1, approved: 0, refused: 1, paidCount: 0, paidFen: 0, overdue: 0 },
    ]);
  });
});

describe('chart options', () => {
  it('draws the months with applications, decisions as bars and overdue cases as a line', () => {
    const option = casesByMonthOption(byMonth(TREND), LABELS);
    expect(option.xAxis).toMatchObject({ data: ['2026-09', '2026-10'] });
    const series = option.series as { name: string; type: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['申请', 'bar', [4, 2]],
      ['审核通过', 'bar', [2, 1]],
      ['审核不通过', 'bar', [1, 0]],
      ['超期在办', 'line', [3, 1]],
    ]);
    expect(option.aria).toEqual({ enabled: true });
  });

  it('draws the amounts in yuan and says them to the fen', () => {
    const option = amountByRegionOption(byRegion(TREND), LABELS);
    expect(option.xAxis).toMatchObject({ data: ['长春市', '吉林市'] });
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([4500.5, 0]);
    const tooltip = option.tooltip as { valueFormatter: (v: unknown) => string };
    expect(tooltip.valueFormatter(4500.5)).toBe('4,500.50');
    expect(tooltip.valueFormatter(0.29)).toBe('0.29');
  });
});
