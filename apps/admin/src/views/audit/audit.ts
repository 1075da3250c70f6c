// The audit search as plain functions: its state in the URL, and the API's filters from it. Dates are whole days
// in Asia/Shanghai: "from 11-01 to 11-23" means from 11-01 00:00 to the end of 11-23, China time, whatever the
// browser's own zone.
import { addDays, isIsoDate } from '@huimin/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AuditQuery } from '../../api/audit';
import { firstOf, pagingFromQuery, pagingToQuery } from '../common/list-query';

export interface AuditSearch {
  entity: string;
  entityId: string;
  actor: string;
  action: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

const TEXT_FIELDS = ['entity', 'entityId', 'actor', 'action'] as const;
/** The API's own limits on the text filters. */
const MAX_LENGTH: Record<(typeof TEXT_FIELDS)[number], number> = { entity: 64, entityId: 128, actor: 128, action: 128 };

export function searchFromQuery(query: LocationQuery): AuditSearch {
  const text = (key: (typeof TEXT_FIELDS)[number]) => firstOf(query[key]).trim().slice(0, MAX_LENGTH[key]);
  const from = firstOf(query.from);
  const to = firstOf(query.to);
  return {
    entity: text('entity'),
    entityId: text('entityId'),
    actor: text('actor'),
    action: text('action'),
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    ...pagingFromQuery(query),
  };
}

export function searchToQuery(s: AuditSearch): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  for (const key of TEXT_FIELDS) if (s[key]) q[key] = s[key];
  if (s.from) q.from = s.from;
  if (s.to) q.to = s.to;
  return { ...q, ...pagingToQuery(s) };
}

/** The API's query: a day's start in China time, and the day after `to` as the (exclusive) end. */
export function apiQueryOf(s: AuditSearch): AuditQuery {
  const q: AuditQuery = { page: s.page, pageSize: s.pageSize };
  for (const key of TEXT_FIELDS) if (s[key]) q[key] = s[key];
  if (s.from) q.from = `${s.from}T00:00:00+08:00`;
  if (s.to) q.to = `${addDays(s.to, 1)}T00:00:00+08:00`;
  return q;
}

/** Why the dates cannot be searched, or null. */
export function checkDates(from: string, to: string): 'fromInvalid' | 'toInvalid' | 'toBeforeFrom' | null {
  if (from !== '' && !isIsoDate(from)) return 'fromInvalid';
  if (to !== '' && !isIsoDate(to)) return 'toInvalid';
  if (from !== '' && to !== '' && to < from) return 'toBeforeFrom';
  return null;
}

/** A before/after value as indented JSON for reading; null when the entry has none. */
export function prettyJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}
