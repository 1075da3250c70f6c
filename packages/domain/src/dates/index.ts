import { z } from 'zod';

/**
 * Calendar dates are plain `YYYY-MM-DD` strings in Asia/Shanghai (API.md conventions). Arithmetic is done on
 * UTC midnights so that no server time zone or DST rule can shift a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const t = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return t.getUTCFullYear() === +m[1]! && t.getUTCMonth() === +m[2]! - 1 && t.getUTCDate() === +m[3]!;
}

export const isoDateSchema = z.string().refine(isIsoDate, { message: '日期格式应为YYYY-MM-DD，且为真实日期' });
export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为YYYY-MM' });

export function parseIsoDate(s: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(s);
  if (!m || !isIsoDate(s)) throw new RangeError(`无效日期：${s}`);
  return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
}

function fromUtc(t: Date): IsoDate {
  return t.toISOString().slice(0, 10);
}

function toUtc(s: IsoDate): Date {
  const { year, month, day } = parseIsoDate(s);
  return new Date(Date.UTC(year, month - 1, day));
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Add calendar months; a day that does not exist in the target month is clamped to its last day (01-31 + 1 month → 02-28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return formatIsoDate(y, m, Math.min(day, last));
}

/** Negative, zero or positive like a comparator; ISO dates compare as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** Today's calendar date in Asia/Shanghai (UTC+8, no DST), whatever the server's zone. */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  return fromUtc(new Date(now.getTime() + 8 * 3_600_000));
}

/** `YYYY-MM` of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}
