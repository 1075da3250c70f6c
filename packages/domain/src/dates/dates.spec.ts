import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, dayOfWeek, isIsoDate, todayInShanghai } from './index.js';

describe('calendar dates', () => {
  it('rejects impossible dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
  });
  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2017-06-01', 12)).toBe('2018-06-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
  });
  it('adds days and measures spans across years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(dayOfWeek('2026-01-04')).toBe(0);
  });
  it('reads today in Shanghai, not in the server zone', () => {
    expect(todayInShanghai(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
    expect(todayInShanghai(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
  });
});
