import { Injectable } from '@nestjs/common';
import type { JOB_CADENCES } from '@huimin/domain';

/**
 * How often a job runs: once per Asia/Shanghai day, or once per month (its period key is `YYYY-MM-DD` or `YYYY-MM`).
 * The list is the jobs route's contract's, so a new cadence is documented to the console as it is added.
 */
export type JobCadence = (typeof JOB_CADENCES)[number];

/** How far a run is: `done` of `total` units (e.g. regions, batches); stored on the run for operators. */
export interface JobProgress {
  done: number;
  total: number;
  unit: string;
}
export type ReportProgress = (progress: JobProgress) => Promise<void>;

export interface JobDefinition {
  name: string;
  cadence: JobCadence;
  /** Runs the job for `today` and returns what it did (counts), stored with the run; long jobs report progress. */
  run(today: string, progress: ReportProgress): Promise<unknown>;
}

export function periodOf(cadence: JobCadence, today: string): string {
  return cadence === 'daily' ? today : today.slice(0, 7);
}

/**
 * The jobs of the modules that are on: each module registers its own when it starts (notices, cases, calendar),
 * so the scheduler depends on none of them and a program that is off schedules nothing.
 */
@Injectable()
export class JobRegistry {
  readonly #jobs = new Map<string, JobDefinition>();

  register(job: JobDefinition): void {
    if (this.#jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`);
    this.#jobs.set(job.name, job);
  }

  get all(): JobDefinition[] {
    return [...this.#jobs.values()];
  }

  get(name: string): JobDefinition | undefined {
    return this.#jobs.get(name);
  }
}
