import { z } from 'zod';
import { contract, count, isoDateTime } from './common.js';

/** How often a scheduled job runs: once per Asia/Shanghai day, or once per month. */
export const JOB_CADENCES = ['daily', 'monthly'] as const;
export const JOB_RUN_OUTCOMES = ['running', 'done', 'failed'] as const;

export const registeredJobContract = contract('RegisteredJob', z.strictObject({ name: z.string(), cadence: z.enum(JOB_CADENCES) }));

/** How far a run is: `done` of `total` units (regions, batches …). */
export const jobProgressContract = contract('JobProgress', z.strictObject({ done: count, total: count, unit: z.string() }));

/** One run of a job: one per job and period across the API's instances. */
export const jobRunContract = contract(
  'JobRun',
  z.strictObject({
    job: z.string(),
    /** `YYYY-MM-DD` for a daily job, `YYYY-MM` for a monthly one. */
    period: z.string(),
    /** The API instance that claimed the run. */
    instance: z.string(),
    outcome: z.enum(JOB_RUN_OUTCOMES),
    /** null until the job first reports (short jobs never do). */
    progress: jobProgressContract.nullable(),
    /** What the job reported when done (its counts), `{ error }` when it failed, null while running. */
    result: z.unknown(),
    startedAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
  }),
);

/** `GET /api/v1/jobs`: the jobs registered on this instance and the latest runs, newest first. */
export const jobsOverviewContract = contract(
  'JobsOverview',
  z.strictObject({ jobs: z.array(registeredJobContract), runs: z.array(jobRunContract) }),
);
