import { Module } from '@nestjs/common';
import { JobsController } from './jobs.controller.js';
import { JobRegistry } from './job-registry.js';
import { JobRunner } from './job-runner.js';
import { JobScheduler } from './job-scheduler.js';

/** Scheduled work in a PostgreSQL-backed queue (`job_runs`): see docs/architecture.md "Scheduled jobs". */
@Module({
  controllers: [JobsController],
  providers: [JobRegistry, JobRunner, JobScheduler],
  exports: [JobRegistry, JobRunner, JobScheduler],
})
export class JobsModule {}
