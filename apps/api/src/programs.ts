import type { Type } from '@nestjs/common';
import type { ProgramId } from '@huimin/domain';
import { AuditModule } from './modules/audit/audit.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import {
  JobStabilizationEvaluationModule,
  SkillSubsidyEvaluationModule,
  UnemploymentBenefitEvaluationModule,
} from './modules/evaluations/evaluations.module.js';
import { PoliciesModule } from './modules/policies/policies.module.js';
import { SkillSubsidyNoticesModule } from './modules/notices/notices.module.js';
import { SkillSubsidyPaymentsModule } from './modules/payments/payments.module.js';
import { SkillSubsidyStatisticsModule } from './modules/skill-subsidy-statistics/statistics.module.js';
import { SkillSubsidyCasesModule } from './modules/skill-subsidy-cases/cases.module.js';
import { ServiceRatingsModule } from './modules/service-ratings/service-ratings.module.js';

/**
 * Which Nest modules belong to which program. Shared machinery (audit, calendar, policies) is always on; a
 * module listed under a program is loaded only when that program is on (HUIMIN_PROGRAMS), so a program that is
 * off has no routes. A new program adds its row here and its rules in @huimin/domain.
 */
export const SHARED_MODULES: Type[] = [AuditModule, CalendarModule, PoliciesModule];

export const PROGRAM_MODULES: Record<ProgramId, Type[]> = {
  'skill-subsidy': [SkillSubsidyEvaluationModule, SkillSubsidyCasesModule, SkillSubsidyNoticesModule, SkillSubsidyPaymentsModule, SkillSubsidyStatisticsModule, ServiceRatingsModule],
  'unemployment-benefit': [UnemploymentBenefitEvaluationModule],
  'job-stabilization': [JobStabilizationEvaluationModule],
};
