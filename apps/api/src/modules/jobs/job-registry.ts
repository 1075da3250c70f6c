import { Injectable } from '@nestjs/common';

/** How often a job runs: once per Asia/Shanghai day, or once per month (its period key is `YYYY-MM-DD` or `YYYY-MM`). */
export type JobCadence = 'daily' | 'monthly';

export interface JobDefinition {
  name: string;
  cadence: JobCadence;
  /** Runs the job for `today` and returns what it did (counts), stored with the run. */
  run(today: string): Promise<unknown>;
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
