import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * Statistics kept as of a date (A18): the monthly job writes each region's table of the month just ended
 * (002 附件4), so the figures reported to the province stay as they were reported even when a later
 * correction (a recovery, a re-issued payment) changes the live table. Reading the live table on demand
 * stays possible; a snapshot is what was filed.
 */
export const statisticsSnapshots = pgTable(
  'statistics_snapshots',
  {
    program: text('program').notNull(),
    /** Which report: `monthly-annex4`. */
    kind: text('kind').notNull(),
    regionCode: text('region_code').notNull(),
    /** The reported period, `YYYY-MM`. */
    period: text('period').notNull(),
    data: jsonb('data').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.program, t.kind, t.regionCode, t.period] })],
);

export type StatisticsSnapshotRow = typeof statisticsSnapshots.$inferSelect;
