import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { and, desc, eq, sql } from 'drizzle-orm';
import { jobRuns, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';
import type { JobProgress, ReportProgress } from './job-registry.js';

export type JobOutcome = { ran: true; result: unknown } | { ran: false; reason: 'claimed-elsewhere' | 'failed'; error?: string };

/** A claim older than this whose instance never finished it (the process died) may be taken over. */
const STALE_AFTER_SECONDS = 60 * 60;

/**
 * Runs a job at most once per period across every API instance (issue 5: "several API instances never run a
 * job twice"). The claim is one statement, `INSERT … ON CONFLICT DO UPDATE … WHERE`, whose row lock decides
 * between instances on PostgreSQL and on the embedded database alike: the first claims, the others get no
 * row back and skip. A failed run may be claimed again (the next tick retries); a running claim only once it
 * is stale. The job itself commits its own transactions; the claim is not held open around it.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');
  readonly instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  async claim(job: string, period: string, instance = this.instance): Promise<boolean> {
    const claimed = await this.handle.db
      .insert(jobRuns)
      .values({ job, period, instance })
      .onConflictDoUpdate({
        target: [jobRuns.job, jobRuns.period],
        set: { instance, outcome: 'running', result: null, startedAt: sql`now()`, finishedAt: null },
        setWhere: sql`${jobRuns.outcome} = 'failed' OR (${jobRuns.outcome} = 'running' AND ${jobRuns.startedAt} < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))`,
      })
      .returning({ job: jobRuns.job });
    return claimed.length === 1;
  }

  /** Progress written on the run's row (only while this instance holds the claim), at most every second. */
  progressReporter(job: string, period: string, instance = this.instance): ReportProgress {
    let last = 0;
    return async (progress: JobProgress) => {
      const now = Date.now();
      if (now - last < 1000 && progress.done < progress.total) return;
      last = now;
      await this.handle.db
        .update(jobRuns)
        .set({ progress })
        .where(and(eq(jobRuns.job, job), eq(jobRuns.period, period), eq(jobRuns.instance, instance), eq(jobRuns.outcome, 'running')));
    };
  }

  /** The latest runs, newest first, for the operators' view. */
  async recent(limit: number, job?: string) {
    return this.handle.db
      .select()
      .from(jobRuns)
      .where(job ? eq(jobRuns.job, job) : undefined)
      .orderBy(desc(jobRuns.startedAt))
      .limit(limit);
  }

  async runOnce(job: string, period: string, work: (progress: ReportProgress) => Promise<unknown>, instance = this.instance): Promise<JobOutcome> {
    if (!(await this.claim(job, period, instance))) return { ran: false, reason: 'claimed-elsewhere' };
    const finish = (outcome: 'done' | 'failed', result: unknown) =>
      this.handle.db
        .update(jobRuns)
        .set({ outcome, result: result ?? null, finishedAt: sql`now()` })
        .where(and(eq(jobRuns.job, job), eq(jobRuns.period, period), eq(jobRuns.instance, instance)));
    try {
      const result = await work(this.progressReporter(job, period, instance));
      await finish('done', result);
      return { ran: true, result };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.logger.error({ err, job, period }, 'scheduled job failed');
      await finish('failed', { error });
      return { ran: false, reason: 'failed', error };
    }
  }
}
