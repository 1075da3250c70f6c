import type { Type } from '@nestjs/common';
import type { ProgramId } from '@huimin/domain';
import { AuditModule } from './modules/audit/audit.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';

/**
 * Which Nest modules belong to which program. Shared machinery (calendar, policies) is always on; a module
 * listed under a program is loaded only when that program is on (HUIMIN_PROGRAMS).
 */
export const SHARED_MODULES: Type[] = [AuditModule, CalendarModule];

export const PROGRAM_MODULES: Record<ProgramId, Type[]> = {
  'skill-subsidy': [],
  'unemployment-benefit': [],
  'job-stabilization': [],
};
