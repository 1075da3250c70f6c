import { bigint, bigserial, index, pgTable, text } from 'drizzle-orm/pg-core';

/*
 * How many cases each region has in each status, for the tabs and totals of the work lists (issue 8: a city
 * has hundreds of thousands of cases, and counting them per request took 150–300 ms at 1,000,000 cases).
 *
 * The table holds deltas, not one counter per (region, status): statement-level triggers on `cases` (migration
 * 0008) append one row per (program, region, status) a statement changed, so concurrent decisions never wait
 * for each other on a hot counter row, and a payment batch approving 10,000 cases adds a handful of rows, not
 * 10,000 updates. A count is the sum of a region's rows; the job `cases.status-counts.compact` folds the rows
 * into one per key every few minutes (the SQL function `compact_case_status_counts()`), so a sum reads a few
 * hundred rows at most. `rebuild_case_status_counts()` recomputes the table from `cases`, for a bulk load that
 * bypassed the triggers.
 */
export const caseStatusCounts = pgTable(
  'case_status_counts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    program: text('program').notNull(),
    regionCode: text('region_code').notNull(),
    status: text('status').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [index('case_status_counts_key_idx').on(t.program, t.regionCode, t.status)],
);
