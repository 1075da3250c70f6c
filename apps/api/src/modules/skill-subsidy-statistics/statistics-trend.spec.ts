import { describe, expect, it } from 'vitest';
import { assembleTrend, groupOf, lastDayOfMonth, monthCount, monthRange, trendGrouping } from './statistics-trend.js';

describe('trend periods', () => {
  it('lists the months of a period across a year end, and counts them', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthCount('2025-11', '2026-02')).toBe(4);
    expect(monthCount('2023-06', '2026-05')).toBe(36);
  });

  it('ends a month on its last day, leap years included', () => {
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });
});

describe('trend regions', () => {
  it('splits the nation by province, a province by city, a city by what lies under it', () => {
    expect(trendGrouping('000000')).toBe('province');
    expect(trendGrouping('220000')).toBe('city');
    expect(trendGrouping('220100')).toBe('region');
    expect(groupOf('220102', 'province')).toBe('220000');
    expect(groupOf('220102', 'city')).toBe('220100');
    expect(groupOf('220000', 'city')).toBe('220000');
    expect(groupOf('220102', 'region')).toBe('220102');
  });

  it('fills every month × region with zeros and adds the facts where they fall', () => {
    const { regions, rows } = assembleTrend({
      months: ['2026-03', '2026-04'],
      known: [{ code: '220200', name: '吉林市' }, { code: '220100', name: '长春市' }],
      facts: [
        { figure: 'submitted', month: '2026-03', regionCode: '220100', count: 2, amountFen: 0 },
        { figure: 'paid', month: '2026-04', regionCode: '220100', count: 1, amountFen: 150000 },
        { figure: 'overdue', month: '2026-04', regionCode: '220199', count: 1, amountFen: 0 },
      ],
      self: { code: '220000', name: '吉林省' },
      nameOf: (code) => `地区${code}`,
    });
    expect(regions).toEqual([
      { code: '220100', name: '长春市' },
      { code: '220199', name: '地区220199' },
      { code: '220200', name: '吉林市' },
    ]);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.month === '2026-03' && r.regionCode === '220100')).toMatchObject({ submitted: 2, paidFen: 0 });
    expect(rows.find((r) => r.month === '2026-04' && r.regionCode === '220100')).toMatchObject({ submitted: 0, paidCount: 1, paidFen: 150000 });
    expect(rows.find((r) => r.month === '2026-04' && r.regionCode === '220199')).toMatchObject({ overdue: 1 });
  });

  it('answers for the region itself when nothing lies under it', () => {
    const { regions, rows } = assembleTrend({ months: ['2026-03'], known: [], facts: [], self: { code: '220100', name: '长春市' }, nameOf: (c) => c });
    expect(regions).toEqual([{ code: '220100', name: '长春市' }]);
    expect(rows).toEqual([{ month: '2026-03', regionCode: '220100', submitted: 0, approved: 0, refused: 0, paidCount: 0, paidFen: 0, overdue: 0 }]);
  });
});
