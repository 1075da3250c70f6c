import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per year of the State Council's holiday notice (POLICY.md E5, D6): its days off and the weekend
 * days that are working days. Working-day arithmetic refuses a year that has no row, so a missing year is
 * visible instead of silently becoming a plain Monday–Friday year.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    documentNo: text('document_no').notNull(),
    source: text('source').notNull(),
    daysOff: date('days_off', { mode: 'string' }).array().notNull().default(sql`'{}'::date[]`),
    workdays: date('workdays', { mode: 'string' }).array().notNull().default(sql`'{}'::date[]`),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Username of the admin who loaded the year, or `builtin` for the data shipped with the product. */
    loadedBy: text('loaded_by').notNull(),
  },
  (t) => [check('calendar_years_year_check', sql`${t.year} BETWEEN 2000 AND 2100`)],
);

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type NewCalendarYearRow = typeof calendarYears.$inferInsert;
