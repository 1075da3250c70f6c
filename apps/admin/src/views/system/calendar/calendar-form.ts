// The 节假日安排 form's logic, kept out of the component so it can be tested line by line: the
// textareas hold one date (or one range) per line, and every error — ours or the API's — must point
// back at the line the admin typed.
import { addDays, dayOfWeek, isIsoDate, validateCalendarYear } from '@huimin/domain';
import type { CalendarYearBody, FieldError } from '../../../api';

export type DateListName = 'daysOff' | 'workdays';

export interface ParsedDateList {
  /** The dates in the order typed, ranges expanded. */
  dates: string[];
  /** 1-based textarea line of each entry of `dates` (a range gives many dates the same line). */
  lineOf: number[];
  /** Lines that are not a date or a range. */
  errors: LineError[];
}

export interface LineError {
  line: number;
  text: string;
  message: string;
}

/** Longest range one line may hold: the longest official holiday is 9 days; a month catches typos. */
const MAX_RANGE_DAYS = 31;
const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:~|～|至|到|—|–|--)\s*(\d{4}-\d{2}-\d{2})$/;

/**
 * One date per line (YYYY-MM-DD), or a range "2027-02-06 至 2027-02-12" for a holiday's days off.
 * Blank lines are skipped; anything else that is not a date is reported with its line number.
 */
export function parseDateLines(text: string): ParsedDateList {
  const out: ParsedDateList = { dates: [], lineOf: [], errors: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const value = raw.trim();
    if (value === '') return;
    const range = RANGE.exec(value);
    if (range) {
      const [, from, to] = range as unknown as [string, string, string];
      if (!isIsoDate(from) || !isIsoDate(to)) {
        out.errors.push({ line, text: value, message: '起止日期应为真实日期（YYYY-MM-DD）' });
        return;
      }
      if (to < from) {
        out.errors.push({ line, text: value, message: '结束日期不能早于开始日期' });
        return;
      }
      const dates: string[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) {
        dates.push(d);
        if (dates.length > MAX_RANGE_DAYS) {
          out.errors.push({ line, text: value, message: `一行的日期范围不能超过${MAX_RANGE_DAYS}天` });
          return;
        }
      }
      for (const d of dates) {
        out.dates.push(d);
        out.lineOf.push(line);
      }
      return;
    }
    if (!isIsoDate(value)) {
      out.errors.push({ line, text: value, message: '应为YYYY-MM-DD格式的真实日期，或“开始日期 至 结束日期”' });
      return;
    }
    out.dates.push(value);
    out.lineOf.push(line);
  });
  return out;
}

export interface CalendarFormInput {
  year: string;
  documentNo: string;
  daysOffText: string;
  workdaysText: string;
}

export interface PlacedErrors {
  /** Errors of the year and document-number fields. */
  fields: Partial<Record<'year' | 'documentNo', string[]>>;
  /** Errors of a textarea, each tied to the line it concerns (line 0: the list as a whole). */
  lines: Record<DateListName, LineError[]>;
  /** Anything that names no field of the form. */
  other: string[];
}

export function emptyErrors(): PlacedErrors {
  return { fields: {}, lines: { daysOff: [], workdays: [] }, other: [] };
}

export function hasErrors(errors: PlacedErrors): boolean {
  return (
    Object.values(errors.fields).some((list) => list && list.length > 0) ||
    errors.lines.daysOff.length > 0 ||
    errors.lines.workdays.length > 0 ||
    errors.other.length > 0
  );
}

const ITEM_PATH = /^(daysOff|workdays)\[(\d+)\]$/;

/**
 * Puts problem+json errors (`daysOff[3]`, `documentNo`, `year`) beside the line or field they are about.
 * Used for the client-side check and for the API's 400 answer alike, with the lists that were sent.
 */
export function placeErrors(
  errors: readonly FieldError[],
  lists: Record<DateListName, Pick<ParsedDateList, 'dates' | 'lineOf'>>,
): PlacedErrors {
  const placed = emptyErrors();
  for (const error of errors) {
    const item = ITEM_PATH.exec(error.path);
    if (item) {
      const name = item[1] as DateListName;
      const index = Number(item[2]);
      const line = lists[name].lineOf[index];
      placed.lines[name].push({ line: line ?? 0, text: lists[name].dates[index] ?? '', message: error.message });
    } else if (error.path === 'daysOff' || error.path === 'workdays') {
      placed.lines[error.path].push({ line: 0, text: '', message: error.message });
    } else if (error.path === 'year' || error.path === 'documentNo') {
      (placed.fields[error.path] ??= []).push(error.message);
    } else {
      placed.other.push(error.message);
    }
  }
  for (const name of ['daysOff', 'workdays'] as const) placed.lines[name].sort((a, b) => a.line - b.line);
  return placed;
}

/** The API accepts years 2000–2100 in the URL; the shared rules check the body. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export interface CalendarPreview {
  daysOff: number;
  /** Days off that fall Monday–Friday: the days the notice actually takes away from work. */
  weekdaysOff: number;
  workdays: number;
}

export interface CheckedCalendarForm {
  year: number | null;
  body: CalendarYearBody;
  parsed: Record<DateListName, ParsedDateList>;
  errors: PlacedErrors;
  preview: CalendarPreview;
}

/** Parses and checks the whole form with the API's own rules (shared through @huimin/domain). */
export function checkCalendarForm(input: CalendarFormInput): CheckedCalendarForm {
  const parsed = { daysOff: parseDateLines(input.daysOffText), workdays: parseDateLines(input.workdaysText) };
  const body: CalendarYearBody = {
    documentNo: input.documentNo.trim(),
    daysOff: parsed.daysOff.dates,
    workdays: parsed.workdays.dates,
  };
  const yearText = input.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;

  const found: FieldError[] = [];
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) {
    found.push({ path: 'year', message: `年份应为${MIN_YEAR}至${MAX_YEAR}之间的四位数字` });
  }
  const validation = validateCalendarYear(year ?? Number.NaN, body);
  if (!validation.ok) {
    // The year rule of the shared check duplicates ours (with a wider range); keep one message.
    found.push(...validation.errors.filter((e) => e.path !== 'year'));
  }
  const errors = placeErrors(found, parsed);
  for (const name of ['daysOff', 'workdays'] as const) {
    errors.lines[name].push(...parsed[name].errors);
    errors.lines[name].sort((a, b) => a.line - b.line);
  }
  if (parsed.daysOff.dates.length === 0 && parsed.daysOff.errors.length === 0) {
    errors.lines.daysOff.push({ line: 0, text: '', message: '请至少填写一个放假日期' });
  }

  const weekdaysOff = body.daysOff.filter((d) => {
    const dow = dayOfWeek(d);
    return dow !== 0 && dow !== 6;
  }).length;
  return {
    year,
    body,
    parsed,
    errors,
    preview: { daysOff: new Set(body.daysOff).size, weekdaysOff, workdays: new Set(body.workdays).size },
  };
}
