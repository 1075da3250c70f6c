import { compareDates } from '../dates/index.js';
import { isWithinRegion } from '../region/index.js';
import { applicationFactSchema, fenToWanYuan, paidGrantFactSchema, parseFacts, type ApplicationFact, type PaidGrantFact } from './facts.js';
import { quarterlyPeriod, type ReportingPeriod } from './periods.js';

/**
 * Heilongjiang's quarterly figures (A18; 000 四(二): "于每季度末的次月5日前在……实名制信息采集系统中，如实填报上季度
 * 补贴申领发放情况"): applications received and decided in the quarter, and grants paid, by level and kind.
 */
export interface QuarterlyFigures extends ReportingPeriod {
  regionCode: string;
  applicationsReceived: number;
  approved: number;
  rejected: number;
  paidPersons: number;
  paidAmountFen: number;
  paidAmountWanYuan: string;
  paidByLevel: Record<'5' | '4' | '3', { persons: number; amountFen: number }>;
  paidByKind: Record<'vocational_qualification' | 'skill_level', { persons: number; amountFen: number }>;
}

export function quarterlyFigures(input: {
  regionCode: string;
  year: number;
  quarter: number;
  paid: readonly PaidGrantFact[];
  applications: readonly ApplicationFact[];
  dueDay?: number;
}): QuarterlyFigures {
  const period = quarterlyPeriod(input.year, input.quarter, input.dueDay);
  const within = (date: string) => compareDates(date, period.periodStart) >= 0 && compareDates(date, period.periodEnd) <= 0;
  const paid = parseFacts(paidGrantFactSchema, input.paid, '发放记录').filter((f) => isWithinRegion(f.regionCode, input.regionCode) && within(f.paidOn));
  const apps = parseFacts(applicationFactSchema, input.applications, '申请记录').filter((a) => isWithinRegion(a.regionCode, input.regionCode));
  const sum = (fs: PaidGrantFact[]) => ({ persons: fs.length, amountFen: fs.reduce((s, f) => s + f.amountFen, 0) });
  const amountFen = paid.reduce((s, f) => s + f.amountFen, 0);
  const decided = apps.filter((a) => a.decision && within(a.decision.on));
  return {
    ...period,
    regionCode: input.regionCode,
    applicationsReceived: apps.filter((a) => within(a.submittedOn)).length,
    approved: decided.filter((a) => a.decision!.outcome === 'approved').length,
    rejected: decided.filter((a) => a.decision!.outcome === 'rejected').length,
    paidPersons: paid.length,
    paidAmountFen: amountFen,
    paidAmountWanYuan: fenToWanYuan(amountFen),
    paidByLevel: {
      '5': sum(paid.filter((f) => f.level === 5)),
      '4': sum(paid.filter((f) => f.level === 4)),
      '3': sum(paid.filter((f) => f.level === 3)),
    },
    paidByKind: {
      vocational_qualification: sum(paid.filter((f) => f.certificateKind === 'vocational_qualification')),
      skill_level: sum(paid.filter((f) => f.certificateKind === 'skill_level')),
    },
  };
}
