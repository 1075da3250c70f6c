import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { StatisticsController } from './statistics.controller.js';
import { FiledStatisticsService } from './statistics-filed.service.js';
import { StatisticsJobs } from './statistics.jobs.js';
import { StatisticsSnapshotsRepository } from './statistics-snapshots.repository.js';
import { StatisticsRepository } from './statistics.repository.js';
import { StatisticsService } from './statistics.service.js';

/** Statistics (A18) and the transfer certificate (A11) of the skills subsidy: reads only. */
@Module({
  imports: [JobsModule],
  controllers: [StatisticsController],
  providers: [StatisticsRepository, StatisticsService, StatisticsSnapshotsRepository, StatisticsJobs, FiledStatisticsService],
})
export class SkillSubsidyStatisticsModule {}
