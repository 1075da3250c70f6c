// The URL query of a paged list as plain functions: a list's filters and page live in the address, so a
// reload, the back button and a shared link open the same page. Invalid values fall back to the defaults.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export function firstOf(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : '';
}

export function oneOf<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export interface Paging {
  page: number;
  pageSize: number;
}

export function pagingFromQuery(query: LocationQuery): Paging {
  const page = Number(firstOf(query.page));
  const pageSize = Number(firstOf(query.pageSize));
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults, so a plain link opens the default list. */
export function pagingToQuery(paging: Paging): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (paging.page !== 1) q.page = String(paging.page);
  if (paging.pageSize !== DEFAULT_PAGE_SIZE) q.pageSize = String(paging.pageSize);
  return q;
}

/** A region the user may look at: their own or one under it (a province admin picks a city). */
export function regionFromQuery(query: LocationQuery, userRegion: string, allowed: readonly string[]): string {
  const asked = firstOf(query.region);
  return asked !== '' && allowed.includes(asked) ? asked : userRegion;
}

/** `2026-11-23T02:05:00.000Z` → `2026-11-23 10:05` in Asia/Shanghai, whatever the browser's zone. */
export function shanghaiTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
