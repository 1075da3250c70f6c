import { describe, expect, it } from 'vitest';
import { calendarYearSchema, validateCalendarYear } from './calendar-year.js';

const good = {
  documentNo: '国办发明电〔2024〕12号',
  daysOff: ['2025-01-01', '2025-01-28', '2025-01-29'],
  workdays: ['2025-02-08', '2025-01-26'],
};

describe('PUT /calendar/years/:year body', () => {
  it('accepts a good body and returns it sorted with its year', () => {
    expect(validateCalendarYear(2025, good)).toEqual({
      ok: true,
      value: {
        year: 2025,
        documentNo: '国办发明电〔2024〕12号',
        daysOff: ['2025-01-01', '2025-01-28', '2025-01-29'],
        workdays: ['2025-01-26', '2025-02-08'],
      },
    });
  });

  it('accepts empty lists (a notice may add no working weekend)', () => {
    expect(validateCalendarYear(2027, { documentNo: '测试', daysOff: [], workdays: [] }).ok).toBe(true);
  });

  it('refuses a missing or blank document number', () => {
    expect(validateCalendarYear(2025, { ...good, documentNo: '  ' })).toEqual({
      ok: false,
      errors: [{ path: 'documentNo', message: '请填写通知文号' }],
    });
    const { documentNo: _omitted, ...noDoc } = good;
    expect(validateCalendarYear(2025, noDoc)).toEqual({
      ok: false,
      errors: [{ path: 'documentNo', message: '请填写通知文号' }],
    });
  });

  it('refuses a date outside the year, with its path', () => {
    const r = validateCalendarYear(2025, { ...good, daysOff: ['2025-01-01', '2024-12-31'] });
    expect(r).toEqual({ ok: false, errors: [{ path: 'daysOff[1]', message: '2024-12-31不在2025年内' }] });
  });

  it('refuses an adjusted working day that is not a weekend', () => {
    const r = validateCalendarYear(2025, { ...good, workdays: ['2025-01-26', '2025-02-08', '2025-02-10'] });
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'workdays[2]', message: '调休上班日应为周六或周日，2025-02-10是星期一' }],
    });
  });

  it('refuses a date in both lists and duplicates', () => {
    const r = validateCalendarYear(2025, {
      ...good,
      daysOff: ['2025-01-01', '2025-01-26', '2025-01-01'],
      workdays: ['2025-01-26'],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      { path: 'daysOff[2]', message: '2025-01-01重复（已在daysOff[0]出现）' },
      { path: 'workdays[0]', message: '2025-01-26不能同时是放假日期和调休上班日期（另见daysOff[1]）' },
    ]);
  });

  it('reports malformed dates and every other problem together', () => {
    const r = validateCalendarYear(2025, {
      documentNo: 'x',
      daysOff: ['2025-02-30', 20250101, '2026-01-01'],
      workdays: ['2025-1-26', '2025-02-11'],
    });
    expect(r.ok).toBe(false);
    const errors = !r.ok ? r.errors : [];
    expect(errors.map((e) => e.path)).toEqual(['daysOff[0]', 'daysOff[1]', 'workdays[0]', 'daysOff[2]', 'workdays[1]']);
    expect(errors[0]!.message).toBe('日期格式应为YYYY-MM-DD，且为真实日期');
    expect(errors[1]!.message).toBe('日期应为YYYY-MM-DD格式的字符串');
  });

  it('refuses bodies of the wrong shape in Chinese', () => {
    expect(validateCalendarYear(2025, null)).toEqual({ ok: false, errors: [{ path: '', message: '请求体应为JSON对象' }] });
    const r = validateCalendarYear(2025, { documentNo: 5, daysOff: '2025-01-01' });
    expect(!r.ok && r.errors).toEqual([
      { path: 'documentNo', message: '通知文号应为字符串' },
      { path: 'daysOff', message: '放假日期应为日期数组' },
      { path: 'workdays', message: '请填写调休上班日期列表' },
    ]);
  });

  it('refuses an impossible year', () => {
    const r = validateCalendarYear(202, { documentNo: 'x', daysOff: [], workdays: [] });
    expect(!r.ok && r.errors[0]!.path).toBe('year');
    expect(validateCalendarYear(2025.5, good).ok).toBe(false);
  });

  it('the zod schema alone checks the shape and trims the document number', () => {
    expect(calendarYearSchema.parse({ ...good, documentNo: ' 国办发明电〔2024〕12号 ' }).documentNo).toBe(
      '国办发明电〔2024〕12号',
    );
    expect(calendarYearSchema.safeParse({ ...good, daysOff: ['2025-13-01'] }).success).toBe(false);
  });
});
