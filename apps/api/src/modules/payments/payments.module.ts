import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { SkillSubsidyCasesModule } from '../skill-subsidy-cases/cases.module.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService } from './payments.service.js';
import { RecoveryService } from './recovery.service.js';

/** Payment (A16) and recovery (A17) of the skills subsidy. */
@Module({
  imports: [CalendarModule, SkillSubsidyCasesModule],
  controllers: [PaymentsController],
  providers: [PaymentsRepository, PaymentsService, RecoveryService],
  exports: [PaymentsService],
})
export class SkillSubsidyPaymentsModule {}
