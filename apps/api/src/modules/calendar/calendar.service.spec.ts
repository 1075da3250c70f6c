import { describe, expect, it } from 'vitest';
import { builtinCalendarYears, type CalendarYear } from '@huimin/domain';
import { CalendarService } from './calendar.service.js';
import type { CalendarRepository } from './calendar.repository.js';
import type { AuditService } from '../audit/audit.service.js';

function serviceWith(years: CalendarYear[]): CalendarService {
  const repo = { listYears: async () => years, fingerprint: async () => String(years.length) };
  return new CalendarService(repo as unknown as CalendarRepository, {} as AuditService);
}

// POLICY.md E5: the next year's schedule is published in November; warn from 1 November, block when missing.
describe('calendar status', () => {
  const builtin = builtinCalendarYears();

  it('says nothing before November', async () => {
    expect((await serviceWith(builtin).status('2026-10-31')).warning).toBeNull();
  });

  it('warns from 1 November that next year is missing', async () => {
    const s = await serviceWith(builtin).status('2026-11-01');
    expect(s).toMatchObject({ lastLoadedYear: 2026, currentYearLoaded: true, nextYearLoaded: false });
    expect(s.warning).toContain('2027年的节假日安排尚未载入');
  });

  it('is quiet once next year is loaded, and urgent when the current year is missing', async () => {
    const with2027 = [...builtin, { year: 2027, documentNo: 'test', source: 'test', daysOff: ['2027-01-01'], workdays: [] }];
    expect((await serviceWith(with2027).status('2026-11-23')).warning).toBeNull();
    expect((await serviceWith(builtin).status('2027-01-02')).warning).toContain('无法计算');
  });
});
