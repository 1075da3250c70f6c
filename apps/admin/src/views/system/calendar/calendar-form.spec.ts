import { describe, expect, it } from 'vitest';
import { checkCalendarForm, parseDateLines, placeErrors } from './calendar-form';

describe('parseDateLines', () => {
  it('reads one date per line, skips blank lines and remembers each date’s line', () => {
    const parsed = parseDateLines('2027-01-01\n\n  2027-01-02 \r\n2027-01-03');
    expect(parsed.dates).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(parsed.lineOf).toEqual([1, 3, 4]);
    expect(parsed.errors).toEqual([]);
  });

  it('expands a range onto the line it was written on', () => {
    const parsed = parseDateLines('2027-01-01\n2027-02-06 至 2027-02-08\n2027-05-01~2027-05-02');
    expect(parsed.dates).toEqual(['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-05-01', '2027-05-02']);
    expect(parsed.lineOf).toEqual([1, 2, 2, 2, 3, 3]);
  });

  it('reports lines that are not dates, reversed ranges and over-long ranges by line number', () => {
    const parsed = parseDateLines('2027-1-1\n2027-02-30\n2027-02-08 至 2027-02-06\n2027-01-01 至 2027-03-01');
    expect(parsed.dates).toEqual([]);
    expect(parsed.errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(parsed.errors[2]?.message).toContain('结束日期不能早于开始日期');
    expect(parsed.errors[3]?.message).toContain('31天');
  });
});

describe('checkCalendarForm', () => {
  const good = {
    year: '2027',
    documentNo: '国办发明电〔2026〕X号',
    daysOffText: '2027-01-01\n2027-02-06 至 2027-02-12',
    workdaysText: '2027-02-14',
  };

  it('accepts a well-formed year and counts the preview', () => {
    const checked = checkCalendarForm(good);
    expect(checked.errors).toEqual({ fields: {}, lines: { daysOff: [], workdays: [] }, other: [] });
    expect(checked.year).toBe(2027);
    expect(checked.body.daysOff).toHaveLength(8);
    // 2027-01-01 is a Friday; 02-06 and 02-07 are a weekend; 02-08…02-12 are Monday–Friday.
    expect(checked.preview).toEqual({ daysOff: 8, weekdaysOff: 6, workdays: 1 });
  });

  it('applies the API’s rules and points at the typed lines', () => {
    const checked = checkCalendarForm({
      year: '2027',
      documentNo: ' ',
      daysOffText: '2027-01-01\n2026-12-31',
      workdaysText: '\n2027-01-01\n2027-02-15',
    });
    expect(checked.errors.fields.documentNo).toEqual(['请填写通知文号']);
    expect(checked.errors.lines.daysOff).toEqual([{ line: 2, text: '2026-12-31', message: '2026-12-31不在2027年内' }]);
    const workdays = checked.errors.lines.workdays;
    // 2027-01-01 is in both lists and a Friday: two problems on line 2; 2027-02-15 is a Monday.
    expect(workdays.map((e) => e.line)).toEqual([2, 2, 3]);
    expect(workdays[0]?.message).toContain('不能同时是放假日期和调休上班日期');
    expect(workdays[1]?.message).toContain('星期五');
    expect(workdays[2]?.message).toContain('应为周六或周日');
    expect(workdays[2]?.message).toContain('星期一');
  });

  it('refuses a year outside what the API accepts', () => {
    expect(checkCalendarForm({ ...good, year: '27' }).errors.fields.year?.[0]).toContain('2000至2100');
    expect(checkCalendarForm({ ...good, year: '2101' }).errors.fields.year).toHaveLength(1);
  });

  it('asks for at least one day off', () => {
    expect(checkCalendarForm({ ...good, daysOffText: '' }).errors.lines.daysOff[0]?.message).toBe('请至少填写一个放假日期');
  });
});

describe('placeErrors', () => {
  it('maps the API’s item paths back to the lines that were sent', () => {
    const lists = { daysOff: parseDateLines('2027-01-01\n2027-02-06 至 2027-02-08'), workdays: parseDateLines('\n\n2027-02-14') };
    const placed = placeErrors(
      [
        { path: 'daysOff[3]', message: '坏的放假日' },
        { path: 'workdays[0]', message: '坏的调休日' },
        { path: 'documentNo', message: '请填写通知文号' },
        { path: 'year', message: '年份应在2000—2100之间' },
        { path: '', message: '请求体应为JSON对象' },
      ],
      lists,
    );
    expect(placed.lines.daysOff).toEqual([{ line: 2, text: '2027-02-08', message: '坏的放假日' }]);
    expect(placed.lines.workdays).toEqual([{ line: 3, text: '2027-02-14', message: '坏的调休日' }]);
    expect(placed.fields).toEqual({ documentNo: ['请填写通知文号'], year: ['年份应在2000—2100之间'] });
    expect(placed.other).toEqual(['请求体应为JSON对象']);
  });
});
