import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * Scheduled jobs (issue 5: close ended notices, overdue flags, the calendar check, monthly statistics). One row
 * per job and period (a day `2026-11-23`, a month `2026-11`): the row is claimed with INSERT … ON CONFLICT, so
 * whichever API instance claims a period first runs it and every other instance finds the row and skips.
 * A claim left unfinished by an instance that died is taken over after `stale_after` (the runner's setting).
 */
export const JOB_RUN_OUTCOMES = ['running', 'done', 'failed'] as const;

export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    period: text('period').notNull(),
    /** Which instance claimed it (host and process), for operators. */
    instance: text('instance').notNull(),
    outcome: text('outcome').notNull().default('running'),
    /** What the job reported (counts), or the error of a failed run. */
    result: jsonb('result'),
    /** How far a running job is (`{ done, total, unit }`), updated as it goes, so operators see a long run move. */
    progress: jsonb('progress'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.job, t.period] }),
    check('job_runs_outcome_check', sql`${t.outcome} IN ('running', 'done', 'failed')`),
  ],
);

export type JobRunRow = typeof jobRuns.$inferSelect;
