// The work lists' state as plain functions: which statuses are "my pending" for a set of roles, how the
// page's URL query becomes the API's list query and back. Kept out of the component so it is tested alone.
import { SKILL_SUBSIDY_CASE_STATUSES, type SkillSubsidyCaseStatus } from '@huimin/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { CASE_CHANNELS, type CaseChannel, type CaseListQuery, type CaseListSort } from '../../api';

export type WorklistView = 'mine' | 'all';

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Statuses in which the next step belongs to one of these roles (A13, A14): a new or appealed case waits for
 * the handler's first sign-off; a case under review waits for the reviewer or the head (which one, and
 * whether this user took an earlier step, only the case page knows from its allowed actions).
 */
const PENDING_BY_ROLE: Readonly<Record<string, readonly SkillSubsidyCaseStatus[]>> = {
  handler: ['submitted', 'appealed'],
  reviewer: ['reviewing'],
  head: ['reviewing'],
};

export function pendingStatuses(roles: readonly string[]): SkillSubsidyCaseStatus[] {
  const wanted = new Set(roles.flatMap((role) => PENDING_BY_ROLE[role] ?? []));
  return SKILL_SUBSIDY_CASE_STATUSES.filter((status) => wanted.has(status));
}

/** The roles that see the work lists, and the one that enters counter applications. */
export const WORKLIST_ROLES: readonly string[] = ['handler', 'reviewer', 'head'];
export const COUNTER_ROLES: readonly string[] = ['handler'];

/** The orders the API takes (`sort`), as the table's sortable columns offer them; '' is the API's default. */
export const CASE_LIST_SORTS = ['submittedAt', '-submittedAt', 'dueOn', '-dueOn', 'amountFen', '-amountFen', 'status', '-status'] as const satisfies readonly CaseListSort[];

/** The table's sortable columns, by the field of the API's `sort` each one orders by. */
export const SORT_FIELDS = { applicationDate: 'submittedAt', dueOn: 'dueOn', amountFen: 'amountFen', status: 'status' } as const;
export type SortColumn = keyof typeof SORT_FIELDS;
export type SortDirection = 'ascending' | 'descending';

/** el-table's sort-change (a column and a direction, or none) as the API's `sort`. */
export function sortFromTable(column: string | null | undefined, order: SortDirection | null | undefined): CaseListSort | '' {
  if (!column || !order || !(column in SORT_FIELDS)) return '';
  const field = SORT_FIELDS[column as SortColumn];
  return order === 'descending' ? `-${field}` : field;
}

/** The API's `sort` as the column and direction el-table shows, or null for the API's default order. */
export function tableSort(sort: CaseListSort | ''): { prop: SortColumn; order: SortDirection } | null {
  if (sort === '') return null;
  const field = sort.replace(/^-/, '');
  const prop = (Object.keys(SORT_FIELDS) as SortColumn[]).find((column) => SORT_FIELDS[column] === field);
  return prop ? { prop, order: sort.startsWith('-') ? 'descending' : 'ascending' } : null;
}

export interface WorklistState {
  view: WorklistView;
  status: SkillSubsidyCaseStatus | '';
  channel: CaseChannel | '';
  occupation: string;
  level: number | null;
  from: string;
  to: string;
  overdue: boolean;
  /** The order asked for; '' keeps the API's (newest submission first). */
  sort: CaseListSort | '';
  page: number;
  pageSize: number;
}

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : '';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the page's state from its URL query, dropping whatever is not a valid value. */
export function stateFromQuery(query: LocationQuery, roles: readonly string[]): WorklistState {
  const mine = pendingStatuses(roles);
  const view: WorklistView = first(query.view) === 'all' || mine.length === 0 ? 'all' : 'mine';
  const rawStatus = first(query.status);
  let status: WorklistState['status'] = (SKILL_SUBSIDY_CASE_STATUSES as readonly string[]).includes(rawStatus)
    ? (rawStatus as SkillSubsidyCaseStatus)
    : '';
  // "My pending" always shows one of the user's pending statuses (the API filters by one status).
  if (view === 'mine' && !(status !== '' && mine.includes(status))) status = mine[0] ?? '';
  const channel = first(query.channel);
  const level = Number(first(query.level));
  const page = Number(first(query.page));
  const pageSize = Number(first(query.pageSize));
  const from = first(query.from);
  const to = first(query.to);
  const sort = first(query.sort);
  return {
    view,
    status,
    channel: (CASE_CHANNELS as readonly string[]).includes(channel) ? (channel as CaseChannel) : '',
    occupation: first(query.occupation).trim().slice(0, 100),
    level: Number.isInteger(level) && level >= 1 && level <= 5 ? level : null,
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    overdue: first(query.overdue) === 'true',
    sort: (CASE_LIST_SORTS as readonly string[]).includes(sort) ? (sort as CaseListSort) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The URL query for a state: only what differs from the defaults, so a plain link opens the default list. */
export function queryFromState(state: WorklistState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (state.view === 'all') q.view = 'all';
  if (state.status) q.status = state.status;
  if (state.view === 'all') {
    if (state.channel) q.channel = state.channel;
    if (state.occupation) q.occupation = state.occupation;
    if (state.level !== null) q.level = String(state.level);
    if (state.from) q.from = state.from;
    if (state.to) q.to = state.to;
    if (state.overdue) q.overdue = 'true';
  }
  if (state.sort) q.sort = state.sort;
  if (state.page !== 1) q.page = String(state.page);
  if (state.pageSize !== DEFAULT_PAGE_SIZE) q.pageSize = String(state.pageSize);
  return q;
}

/**
 * The API's list query. "My pending" sends only the status (the other filters belong to 全部案件);
 * `overdue` is sent only when asked for, as the API would otherwise also filter "not overdue".
 */
export function listQueryFromState(state: WorklistState, regionCode?: string): CaseListQuery {
  const q: CaseListQuery = { page: state.page, pageSize: state.pageSize };
  if (state.status) q.status = state.status;
  // The order applies in both views: a handler may want the nearest deadline first in "my pending" too.
  if (state.sort) q.sort = state.sort;
  if (regionCode) q.regionCode = regionCode;
  if (state.view === 'all') {
    if (state.channel) q.channel = state.channel;
    if (state.occupation) q.occupation = state.occupation;
    if (state.level !== null) q.level = state.level;
    if (state.from) q.from = state.from;
    if (state.to) q.to = state.to;
    if (state.overdue) q.overdue = true;
  }
  return q;
}

/** Years a working-day count from `today` to these due dates needs (both ends included). */
export function yearsSpanned(today: string, dueDates: readonly (string | null)[]): number[] {
  const years = dueDates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  const start = Number(today.slice(0, 4));
  const low = Math.min(start, ...years);
  const high = Math.max(start, ...years);
  const out: number[] = [];
  for (let y = low; y <= high; y++) out.push(y);
  return out;
}
