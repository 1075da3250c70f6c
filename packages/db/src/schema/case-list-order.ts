import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { SKILL_SUBSIDY_CASE_STATUSES } from '@huimin/domain';

/**
 * The orders of the case work lists (the API's `sort`; absent = newest submission first) and the expressions
 * their indexes are built on (src/schema/cases.ts). One definition for the repository, the indexes and the
 * EXPLAIN review, because an index serves a query only when its expression is the query's, to the letter.
 */
export const CASE_LIST_SORTS = ['submittedAt', '-submittedAt', 'dueOn', '-dueOn', 'amountFen', '-amountFen', 'status', '-status'] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

/**
 * A status's place in the workflow (`submitted` first), for sorting by status in the workflow's order rather
 * than the alphabet. The statuses are written as constants, not parameters, so that the index on this
 * expression matches the query's.
 */
export function caseStatusPosition(status: AnyPgColumn): SQL {
  const list = SKILL_SUBSIDY_CASE_STATUSES.map((s) => `'${s}'`).join(', ');
  return sql`array_position(ARRAY[${sql.raw(list)}]::text[], ${status})`;
}

interface OrderColumns {
  id: AnyPgColumn;
  createdAt: AnyPgColumn;
  dueOn: AnyPgColumn;
  amountFen: AnyPgColumn;
  status: AnyPgColumn;
}

/**
 * The ORDER BY of a list, with the id as the last key so that pages never overlap. The id runs the same way as
 * the first key (except for the submission time, whose index was built newest first with the id ascending), so a
 * single index serves both directions of a sort. Cases without a running deadline come last either way.
 */
export function caseListOrder(c: OrderColumns, sort: CaseListSort | undefined): SQL[] {
  switch (sort) {
    case undefined:
    case '-submittedAt':
      return [desc(c.createdAt), asc(c.id)];
    case 'submittedAt':
      return [asc(c.createdAt), desc(c.id)];
    case 'dueOn':
      return [sql`${c.dueOn} asc nulls last`, asc(c.id)];
    case '-dueOn':
      return [sql`${c.dueOn} desc nulls last`, desc(c.id)];
    case 'amountFen':
      return [asc(c.amountFen), asc(c.id)];
    case '-amountFen':
      return [desc(c.amountFen), desc(c.id)];
    case 'status':
      return [sql`${caseStatusPosition(c.status)} asc`, asc(c.id)];
    case '-status':
      return [sql`${caseStatusPosition(c.status)} desc`, desc(c.id)];
  }
}

/**
 * The region codes at or under a scope as a range of six-digit codes: `220100`–`220199` for a city, `220000`–
 * `229999` for a province, every code for the nation (`000000`), the code itself for a district. A LIKE prefix
 * cannot use a b-tree index under the database's default collation; a range of equal-length digit strings can
 * under any collation (docs/performance.md). Region codes are exactly six digits (a CHECK), so the range
 * selects the same rows as the prefix. The API's lists and the EXPLAIN review both build it here.
 */
export function regionScopeSql(column: AnyPgColumn, scopeCode: string): SQL {
  if (scopeCode === '000000') return sql`true`;
  const prefix = scopeCode.endsWith('0000') ? scopeCode.slice(0, 2) : scopeCode.endsWith('00') ? scopeCode.slice(0, 4) : scopeCode;
  if (prefix.length === 6) return sql`${column} = ${prefix}`;
  return sql`${column} BETWEEN ${prefix.padEnd(6, '0')} AND ${prefix.padEnd(6, '9')}`;
}
