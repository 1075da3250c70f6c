import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller.js';
import { StatisticsRepository } from './statistics.repository.js';
import { StatisticsService } from './statistics.service.js';

/** Statistics (A18) and the transfer certificate (A11) of the skills subsidy: reads only. */
@Module({
  controllers: [StatisticsController],
  providers: [StatisticsRepository, StatisticsService],
})
export class SkillSubsidyStatisticsModule {}
