import { eq, sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { caseListOrder, type CaseListSort } from './case-list-order.js';
import { cases, type CaseRow } from './cases.js';

/**
 * The columns of a case's line in a work list. Not the frozen facts and evaluation: they are most of a row's
 * bytes, and reading, sending and parsing them for every line of a page cost more than the rest of the request
 * (issue 8, docs/benchmarks.md). Of the facts, a line shows only the masked ID number.
 */
export const caseSummaryColumns = {
  id: cases.id,
  status: cases.status,
  channel: cases.channel,
  regionCode: cases.regionCode,
  applicantName: cases.applicantName,
  idNumberMasked: sql<string>`${cases.facts}->'person'->>'idNumberMasked'`.as('id_number_masked'),
  certificateNo: cases.certificateNo,
  certificateKind: cases.certificateKind,
  occupation: cases.occupation,
  level: cases.level,
  amountFen: cases.amountFen,
  applicationDate: cases.applicationDate,
  dueKind: cases.dueKind,
  dueOn: cases.dueOn,
  createdAt: cases.createdAt,
};
export type CaseSummaryRow = Pick<CaseRow, Exclude<keyof typeof caseSummaryColumns, 'idNumberMasked'>> & { idNumberMasked: string };

// Any drizzle database over PostgreSQL or PGlite, with or without the schema (the EXPLAIN review has none).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyPgDatabase = PgDatabase<PgQueryResultHKT, any>;

/**
 * One page of a case work list, as a deferred join: first the ids of the page, then those rows only.
 *
 * An OFFSET reads every row before the page. Read from the table, page 200 of a city's status tab visited some
 * 20,000 rows of `cases` (69 ms at 1,000,000 cases, docs/performance.md). The index of each sort ends with
 * `region_code` (src/schema/cases.ts), so the ids are found by an index-only walk that checks the region scope in
 * the index itself, and the table is read for the page's rows alone. The order is applied again to those rows.
 * The API's cases repository and the EXPLAIN review both build the page here.
 */
export function caseListPage(db: AnyPgDatabase, where: SQL | undefined, sort: CaseListSort | undefined, page: number, pageSize: number) {
  const ids = db
    .select({ pageId: cases.id })
    .from(cases)
    .where(where)
    .orderBy(...caseListOrder(cases, sort))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('page_ids');
  return db
    .select(caseSummaryColumns)
    .from(cases)
    .innerJoin(ids, eq(cases.id, ids.pageId))
    .orderBy(...caseListOrder(cases, sort));
}
