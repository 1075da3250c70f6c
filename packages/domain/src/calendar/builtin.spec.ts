import { describe, expect, it } from 'vitest';
import { builtinCalendarYears, CHINESE_DAYS_SOURCE, chineseDaysYear, officialNotice2026 } from './builtin.js';
import { validateCalendarYear } from './calendar-year.js';

describe('built-in calendar years', () => {
  const years = builtinCalendarYears();

  it('cover 2004–2026, each valid by the PUT rules and with a document reference', () => {
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    for (const y of years) {
      const checked = validateCalendarYear(y.year, y);
      expect(checked.ok, `${y.year}: ${JSON.stringify(!checked.ok && checked.errors)}`).toBe(true);
      expect(y.documentNo).toMatch(/国办发明电〔\d{4}〕\d+号|国务院办公厅关于\d{4}年部分节假日安排的通知/);
      expect(y.daysOff.length).toBeGreaterThan(10);
    }
  });

  it('carry the confirmed document numbers and the package as source', () => {
    const byYear = new Map(years.map((y) => [y.year, y]));
    expect(byYear.get(2025)).toMatchObject({ documentNo: '国办发明电〔2024〕12号', source: CHINESE_DAYS_SOURCE });
    expect(byYear.get(2024)?.documentNo).toBe('国办发明电〔2023〕7号');
    expect(byYear.get(2023)?.documentNo).toBe('国办发明电〔2022〕16号');
    expect(byYear.get(2010)?.documentNo).toBe('国务院办公厅关于2010年部分节假日安排的通知');
  });

  it('list weekend days inside a holiday as days off too', () => {
    const y2026 = years.find((y) => y.year === 2026)!;
    expect(y2026.daysOff).toContain('2026-02-15'); // a Sunday inside the Spring Festival
    expect(y2026.daysOff).toHaveLength(33);
    expect(y2026.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('put the end-of-year part of a New Year holiday in its own calendar year', () => {
    // The 2023 notice gives 2022-12-31 off; it belongs to 2022's list.
    expect(chineseDaysYear(2022).daysOff).toContain('2022-12-31');
    expect(chineseDaysYear(2023).daysOff).not.toContain('2022-12-31');
  });

  it('return fresh arrays on each call', () => {
    const first = builtinCalendarYears();
    first[0]!.daysOff.push('2004-12-31');
    expect(builtinCalendarYears()[0]!.daysOff).not.toContain('2004-12-31');
  });
});

describe('2026: the notice text (POLICY.md E5) against chinese-days', () => {
  it('the data file matches E5 as written', () => {
    const notice = officialNotice2026();
    expect(notice.title).toBe('国务院办公厅关于2026年部分节假日安排的通知');
    expect(notice.issuedOn).toBe('2025-11-04');
    expect(notice.festivals.map((f) => [f.name, f.daysOff.from, f.daysOff.to, f.workdays])).toEqual([
      ['元旦', '2026-01-01', '2026-01-03', ['2026-01-04']],
      ['春节', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
      ['清明节', '2026-04-04', '2026-04-06', []],
      ['劳动节', '2026-05-01', '2026-05-05', ['2026-05-09']],
      ['端午节', '2026-06-19', '2026-06-21', []],
      ['中秋节', '2026-09-25', '2026-09-27', []],
      ['国庆节', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
    ]);
  });

  it('chinese-days gives exactly the same days off and working weekends (the file wins if this ever fails)', () => {
    const fromFile = builtinCalendarYears().find((y) => y.year === 2026)!;
    const fromPackage = chineseDaysYear(2026);
    expect(fromPackage.daysOff).toEqual(fromFile.daysOff);
    expect(fromPackage.workdays).toEqual(fromFile.workdays);
  });

  it('the package has nothing for 2027 — which is why the calendar refuses instead of guessing', () => {
    expect(chineseDaysYear(2027)).toEqual({ daysOff: [], workdays: [] });
  });
});
