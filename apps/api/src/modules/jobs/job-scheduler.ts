import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayInShanghai } from '@huimin/domain';
import type { Env } from '../../config/env.js';
import { ENV } from '../../config/env.token.js';
import { JobRegistry, periodOf } from './job-registry.js';
import { JobRunner, type JobOutcome } from './job-runner.js';

/** Ticks often enough that a daily job runs soon after midnight (Asia/Shanghai) and a failed run is retried. */
const TICK_MS = 10 * 60_000;

/**
 * Every instance ticks (HUIMIN_JOBS=on, the default); the runner lets one of them run each job's period.
 * Tests turn it off and run jobs explicitly through `runDue`.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly registry: JobRegistry,
    private readonly runner: JobRunner,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.HUIMIN_JOBS !== 'on') return;
    const tick = () => {
      // One tick at a time per instance: a slow job is not started again by the next tick.
      this.running ??= this.runDue().finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, TICK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs every registered job whose period has not been run by any instance yet. */
  async runDue(today = todayInShanghai()): Promise<Record<string, JobOutcome>> {
    const outcomes: Record<string, JobOutcome> = {};
    for (const job of this.registry.all) {
      outcomes[job.name] = await this.runner.runOnce(job.name, periodOf(job.cadence, today), (progress) => job.run(today, progress));
      if (outcomes[job.name]!.ran) this.logger.log({ job: job.name, result: (outcomes[job.name] as { result: unknown }).result }, 'scheduled job ran');
    }
    return outcomes;
  }
}
