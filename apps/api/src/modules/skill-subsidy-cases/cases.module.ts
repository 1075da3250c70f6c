import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { CasesController, EmployerBatchesController } from './cases.controller.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';
import { CounterController } from './counter.controller.js';
import { CaseDeadlineRecompute } from './deadline-recompute.js';
import { CaseStatusCountsCompaction } from './status-counts.jobs.js';
import {
  BuiltinCertificateRegistry,
  BuiltinContributionRecords,
  CaseFactsRepository,
  CERTIFICATE_REGISTRY,
  CONTRIBUTION_RECORDS,
} from './registry-adapters.js';

/** The skills subsidy's cases (program `skill-subsidy`). A province replaces the two adapters with its services. */
@Module({
  imports: [CalendarModule, JobsModule],
  controllers: [CasesController, EmployerBatchesController, CounterController],
  providers: [
    CasesRepository,
    CasesService,
    CaseDeadlineRecompute,
    CaseStatusCountsCompaction,
    CaseFactsRepository,
    { provide: CERTIFICATE_REGISTRY, useClass: BuiltinCertificateRegistry },
    { provide: CONTRIBUTION_RECORDS, useClass: BuiltinContributionRecords },
  ],
  exports: [CasesService],
})
export class SkillSubsidyCasesModule {}
