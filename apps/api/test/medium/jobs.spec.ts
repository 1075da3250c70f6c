import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { JobRunner } from '../../src/modules/jobs/job-runner.js';
import { JobScheduler } from '../../src/modules/jobs/job-scheduler.js';
import { startTestApp, type TestApp } from '../factories/app.js';

/*
 * Issue 5 "Jobs": scheduled work runs once per period across API instances (the `job_runs` claim). Two runners
 * stand for two instances on one database.
 */
let t: TestApp;
beforeAll(async () => {
  console.info(`jobs on ${describeDatabase()}`);
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

describe('job runner', () => {
  it('runs a period once when two instances race for it', async () => {
    const runner = t.app.get(JobRunner);
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 50));
      return { runs };
    };
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => runner.runOnce('test.race', '2026-11-23', work, `instance-${i % 2}`)),
    );
    expect(runs).toBe(1);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    // The next period is a new run.
    expect((await runner.runOnce('test.race', '2026-11-24', work, 'instance-1')).ran).toBe(true);
    expect(runs).toBe(2);
    const [row] = await queryRows<{ outcome: string }>(t.db.db, sql`select outcome from job_runs where job = 'test.race' and period = '2026-11-23'`);
    expect(row!.outcome).toBe('done');
  });

  it('retries a failed run, and takes over a claim whose instance died', async () => {
    const runner = t.app.get(JobRunner);
    const failed = await runner.runOnce('test.retry', '2026-11', async () => {
      throw new Error('数据库暂不可用');
    });
    expect(failed).toMatchObject({ ran: false, reason: 'failed', error: '数据库暂不可用' });
    expect((await runner.runOnce('test.retry', '2026-11', async () => 'ok')).ran).toBe(true);
    expect((await runner.runOnce('test.retry', '2026-11', async () => 'again')).ran).toBe(false);

    // A claim started two hours ago and never finished: the instance is gone, another one takes it.
    await t.db.db.execute(sql`insert into job_runs (job, period, instance, started_at) values ('test.stale', '2026-11', 'gone', now() - interval '2 hours')`);
    await t.db.db.execute(sql`insert into job_runs (job, period, instance) values ('test.fresh', '2026-11', 'busy')`);
    expect((await runner.runOnce('test.stale', '2026-11', async () => 'taken over')).ran).toBe(true);
    expect((await runner.runOnce('test.fresh', '2026-11', async () => 'twice')).ran).toBe(false);
  });

  it('runs the registered jobs due today once, whichever instance ticks', async () => {
    const scheduler = t.app.get(JobScheduler);
    const first = await scheduler.runDue('2026-11-23');
    expect(Object.keys(first).sort()).toEqual(['calendar.check', 'cases.overdue-flags', 'cases.status-counts.compact', 'notices.close-ended', 'skill-subsidy.statistics.monthly']);
    expect(Object.values(first).every((o) => o.ran)).toBe(true);
    expect(first['calendar.check']).toMatchObject({ ran: true, result: { warning: expect.stringContaining('2027') } });
    const second = await scheduler.runDue('2026-11-23');
    expect(Object.values(second).every((o) => !o.ran)).toBe(true);
  });
});
