import { z } from 'zod';
import { dayOfWeek, isIsoDate, isoDateSchema, parseIsoDate, type IsoDate } from '../dates/index.js';

/**
 * One year of the official working-day calendar (POLICY.md D6, E5): the State Council General Office's yearly
 * notice, as its days off and its adjusted working days (调休上班日). Every other day follows the plain rule:
 * Monday–Friday work, Saturday and Sunday rest.
 */
export type CalendarYear = {
  year: number;
  /** The notice's document number, or its title where the number is not confirmed. */
  documentNo: string;
  /** Where the data came from: a package version, or who loaded it. */
  source: string;
  /** Every official day off of the year, weekend days inside a holiday included. */
  daysOff: IsoDate[];
  /** Saturdays and Sundays that are working days by the notice. */
  workdays: IsoDate[];
};

/** A validated `PUT /api/v1/calendar/years/:year` body with its year; the caller adds `source`. */
export type ValidCalendarYear = Omit<CalendarYear, 'source'>;

export type CalendarValidationError = { path: string; message: string };

export type CalendarYearValidation =
  | { ok: true; value: ValidCalendarYear }
  | { ok: false; errors: CalendarValidationError[] };

const dateItem = z.string({ error: '日期应为YYYY-MM-DD格式的字符串' }).pipe(isoDateSchema);

/** The body of `PUT /api/v1/calendar/years/:year` (API.md "Working-day calendar"). */
export const calendarYearSchema = z.object(
  {
    documentNo: z
      .string({ error: (iss) => (iss.input === undefined ? '请填写通知文号' : '通知文号应为字符串') })
      .trim()
      .min(1, { error: '请填写通知文号' })
      .max(200, { error: '通知文号过长' }),
    daysOff: z.array(dateItem, {
      error: (iss) => (iss.input === undefined ? '请填写放假日期列表' : '放假日期应为日期数组'),
    }),
    workdays: z.array(dateItem, {
      error: (iss) => (iss.input === undefined ? '请填写调休上班日期列表' : '调休上班日期应为日期数组'),
    }),
  },
  { error: '请求体应为JSON对象' },
);

export type CalendarYearBody = z.infer<typeof calendarYearSchema>;

/** `['workdays', 2]` → `workdays[2]`, the path style of API.md's problem+json errors. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** The earliest and latest year a calendar may be loaded for; outside it a year is surely a typo. */
const MIN_YEAR = 1949;
const MAX_YEAR = 9999;

/**
 * Check a calendar year before it is stored or used (API.md: every date inside that year, no date in both
 * lists, an adjusted working day is a Saturday or Sunday; duplicates are refused too). Reports every bad field.
 */
export function validateCalendarYear(year: number, input: unknown): CalendarYearValidation {
  const errors: CalendarValidationError[] = [];
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.push({ path: 'year', message: `年份应为${MIN_YEAR}至${MAX_YEAR}之间的整数` });
  }

  const parsed = calendarYearSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push({ path: formatPath(issue.path), message: issue.message });
  }

  // The rules on dates are checked on whatever well-formed dates the lists hold, so that one bad entry does
  // not hide the others' problems.
  const body = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const lists = {
    daysOff: Array.isArray(body['daysOff']) ? (body['daysOff'] as unknown[]) : [],
    workdays: Array.isArray(body['workdays']) ? (body['workdays'] as unknown[]) : [],
  };
  const firstSeen = new Map<string, string>();
  for (const [name, list] of Object.entries(lists)) {
    list.forEach((item, i) => {
      if (typeof item !== 'string' || !isIsoDate(item)) return;
      const path = `${name}[${i}]`;
      if (Number.isInteger(year) && parseIsoDate(item).year !== year) {
        errors.push({ path, message: `${item}不在${year}年内` });
      }
      const earlier = firstSeen.get(item);
      if (earlier === undefined) firstSeen.set(item, path);
      else if (earlier.startsWith(`${name}[`)) errors.push({ path, message: `${item}重复（已在${earlier}出现）` });
      else errors.push({ path, message: `${item}不能同时是放假日期和调休上班日期（另见${earlier}）` });
      if (name === 'workdays') {
        const dow = dayOfWeek(item);
        if (dow !== 0 && dow !== 6) {
          errors.push({ path, message: `调休上班日应为周六或周日，${item}是${WEEKDAY_NAMES[dow]}` });
        }
      }
    });
  }

  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const sorted = (dates: IsoDate[]) => [...dates].sort();
  return {
    ok: true,
    value: {
      year,
      documentNo: parsed.data.documentNo,
      daysOff: sorted(parsed.data.daysOff),
      workdays: sorted(parsed.data.workdays),
    },
  };
}
