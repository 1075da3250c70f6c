import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { SkillSubsidyCasesModule } from '../skill-subsidy-cases/cases.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NoticeJobs } from './notices.jobs.js';
import { NoticesController } from './notices.controller.js';
import { NoticesRepository } from './notices.repository.js';
import { NoticesService } from './notices.service.js';

@Module({
  imports: [CalendarModule, SkillSubsidyCasesModule, JobsModule],
  controllers: [NoticesController],
  providers: [NoticesRepository, NoticesService, NoticeJobs],
  exports: [NoticesService],
})
export class SkillSubsidyNoticesModule {}
