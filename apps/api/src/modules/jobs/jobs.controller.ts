import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { jobsOverviewContract } from '@huimin/domain';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { JobRegistry } from './job-registry.js';
import { JobRunner } from './job-runner.js';

const listQuery = z.object({
  job: z.string().trim().max(100, '任务名过长').optional(),
  limit: z.coerce.number({ error: '条数应为1～200' }).int('条数应为1～200').min(1, '条数应为1～200').max(200, '条数应为1～200').default(50),
});

/** The scheduled jobs and their latest runs, with progress, for system administrators and the auditor. */
@ApiTags('system')
@ApiBearerAuth()
@Controller('v1/jobs')
export class JobsController {
  constructor(
    private readonly registry: JobRegistry,
    private readonly runner: JobRunner,
  ) {}

  @Get()
  @ApiOperation({ summary: '定时任务及最近运行记录（进度、结果、运行实例）' })
  @ApiZodQuery(listQuery)
  @ApiZodResponse(jobsOverviewContract)
  async list(@Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>) {
    const runs = await this.runner.recent(q.limit, q.job);
    return {
      jobs: this.registry.all.map((j) => ({ name: j.name, cadence: j.cadence })),
      runs: runs.map((r) => ({
        job: r.job,
        period: r.period,
        instance: r.instance,
        outcome: r.outcome,
        progress: (r.progress as { done: number; total: number; unit: string } | null) ?? null,
        result: r.result ?? null,
        startedAt: r.startedAt.toISOString(),
        finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
      })),
    };
  }
}
