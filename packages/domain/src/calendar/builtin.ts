import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { z } from 'zod';
import { addDays, compareDates, isoDateSchema, type IsoDate } from '../dates/index.js';
import type { CalendarYear } from './calendar-year.js';
import official2026 from './data/2026.json' with { type: 'json' };
import { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * The calendar years the platform ships with (POLICY.md D6, E5), so that a new installation computes deadlines
 * from day one. 2004–2025 come from the `chinese-days` package's data (its holidays map holds every official day
 * off, weekend days inside a holiday included; its workdays map holds the adjusted working weekends). 2026 comes
 * from the notice's own text kept in `data/2026.json`; a test checks that the package agrees. Later years are
 * loaded by a province administrator from the next notice (API.md "Working-day calendar").
 */
export const CHINESE_DAYS_SOURCE = 'chinese-days@1.5.7';

const FIRST_BUILTIN_YEAR = 2004;
const LAST_BUILTIN_YEAR = 2026;

/**
 * Document numbers read on the notices' published text (number as printed in the notice header). Years not
 * listed carry the notice's title instead, because their number was not confirmed. Where a year was changed by a
 * later notice, both are named.
 */
const DOCUMENT_NOS: Readonly<Record<number, string>> = {
  2015:
    '国务院办公厅关于2015年部分节假日安排的通知；' +
    '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
  2019: '国务院办公厅关于2019年部分节假日安排的通知；国务院办公厅关于调整2019年劳动节假期安排的通知',
  2020: '国办发明电〔2019〕16号；国办发明电〔2020〕1号（延长2020年春节假期）',
  2021: '国办发明电〔2020〕27号',
  2022: '国办发明电〔2021〕11号',
  2023: '国办发明电〔2022〕16号',
  2024: '国办发明电〔2023〕7号',
  2025: '国办发明电〔2024〕12号',
};

function noticeTitle(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知`;
}

/** The days off and adjusted working days `chinese-days` gives for one calendar year, sorted. */
export function chineseDaysYear(year: number): { daysOff: IsoDate[]; workdays: IsoDate[] } {
  const inYear = (map: Record<string, string>) =>
    Object.keys(map)
      .filter((d) => d.startsWith(`${year}-`))
      .sort();
  return { daysOff: inYear(chineseDays.holidays), workdays: inYear(chineseDays.workdays) };
}

const officialNoticeSchema = z.object({
  year: z.int(),
  title: z.string().min(1),
  documentNo: z.string().min(1).nullable(),
  issuedOn: isoDateSchema,
  festivals: z.array(
    z.object({
      name: z.string().min(1),
      daysOff: z.object({ from: isoDateSchema, to: isoDateSchema }),
      workdays: z.array(isoDateSchema),
    }),
  ),
});

export type OfficialNotice = z.infer<typeof officialNoticeSchema>;

/** A notice kept as festivals with date ranges (as it is printed) → a calendar year with expanded lists. */
export function calendarYearFromNotice(notice: OfficialNotice, source: string): CalendarYear {
  const daysOff: IsoDate[] = [];
  const workdays: IsoDate[] = [];
  for (const f of notice.festivals) {
    for (let d = f.daysOff.from; compareDates(d, f.daysOff.to) <= 0; d = addDays(d, 1)) daysOff.push(d);
    workdays.push(...f.workdays);
  }
  return {
    year: notice.year,
    documentNo: notice.documentNo ?? notice.title,
    source,
    daysOff: daysOff.sort(),
    workdays: workdays.sort(),
  };
}

/** The 2026 notice as kept in `data/2026.json` (E5, confirmed). */
export function officialNotice2026(): OfficialNotice {
  return officialNoticeSchema.parse(official2026);
}

/** Every built-in year, 2004–2026, ascending; fresh arrays on each call. */
export function builtinCalendarYears(): CalendarYear[] {
  const years: CalendarYear[] = [];
  for (let year = FIRST_BUILTIN_YEAR; year < LAST_BUILTIN_YEAR; year++) {
    years.push({
      year,
      documentNo: DOCUMENT_NOS[year] ?? noticeTitle(year),
      source: CHINESE_DAYS_SOURCE,
      ...chineseDaysYear(year),
    });
  }
  // The notice's text wins over the package for 2026 (E5); the package agrees, as a test checks.
  years.push(calendarYearFromNotice(officialNotice2026(), `国务院办公厅通知原文（已与${CHINESE_DAYS_SOURCE}核对）`));
  return years;
}

/** A calendar with the built-in years; an installation adds the years its administrators load. */
export function builtinWorkingDayCalendar(extraYears: readonly CalendarYear[] = []): WorkingDayCalendar {
  return new WorkingDayCalendar([...builtinCalendarYears(), ...extraYears]);
}
