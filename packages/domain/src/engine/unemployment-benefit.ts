import { addDays, addMonths, daysBetween } from '../dates/index.js';
import { defaultPolicyRegistry, type UnemploymentBenefitParams } from '../policies/index.js';
import { regionName } from '../region/index.js';
import type { UnemploymentBenefitReasonCode } from './reason-codes.js';
import type { UnemploymentBenefitEvaluationInput } from './requests.js';
import { legalRetirement } from './retirement.js';
import { yuanText } from './text.js';
import type { EvaluationCheck, EvaluationOptions, UnemploymentBenefitEvaluation } from './types.js';
import { addCheck, policyOf } from './checks.js';

type Code = UnemploymentBenefitReasonCode;
type Check = EvaluationCheck<Code>;

const add = addCheck<Code>;


/** C4: the tier of the region's table for the contribution months (0 below the first tier). */
export function benefitDurationMonths(params: Pick<UnemploymentBenefitParams, 'durationTiers'>, contributionMonths: number): number {
  for (const t of params.durationTiers) {
    if (contributionMonths >= t.fromMonths && (t.toMonths === null || contributionMonths < t.toMonths)) return t.durationMonths;
  }
  return 0;
}

function yearsText(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m === 0 ? `${y}年` : y === 0 ? `${m}个月` : `${y}年${m}个月`;
}

/**
 * Unemployment benefit (POLICY.md C3–C9, E3, E4): conditions, duration from contribution months by the region's
 * table, the monthly standard in force on the application date, the legal retirement date, the automatic
 * extension to retirement (C8) and payment past retirement age without a pension (C9).
 */
export function evaluateUnemploymentBenefit(
  req: UnemploymentBenefitEvaluationInput,
  options?: EvaluationOptions,
): UnemploymentBenefitEvaluation {
  const trace = options?.trace !== false;
  const registry = options?.registry ?? defaultPolicyRegistry();
  const a = req.applicant;
  const date = req.applicationDate;
  const retirement = legalRetirement({ birthDate: a.birthDate, sex: a.sex, femaleRetirementAge: a.femaleRetirementAge });
  const rs = registry.resolve('unemployment-benefit', req.regionCode, date);
  const place = regionName(req.regionCode) ?? req.regionCode;
  if (rs === null || rs.params.monthlyStandardFen === null) {
    return {
      eligible: false,
      durationMonths: 0,
      monthlyAmountFen: 0,
      benefitStartDate: null,
      benefitEndDate: null,
      legalRetirementDate: retirement.date,
      extendedToRetirement: false,
      policy: rs ? policyOf(rs, date) : null,
      checks: [
        {
          rule: 'C5',
          passed: false,
          message: trace
            ? rs === null
              ? `${place}（${req.regionCode}）在${date}没有适用的失业保险金政策包`
              : `${place}（${req.regionCode}）在${date}没有已录入的失业保险金标准`
            : '',
          code: 'REGION_NOT_COVERED',
        },
      ],
      reasons: ['REGION_NOT_COVERED'],
      warnings: rs ? (trace ? [...rs.warnings] : rs.warnings) : [],
    };
  }
  const p = rs.params;
  const checks: Check[] = [];
  const reasons: Code[] = [];
  const months = a.contributionMonths;

  // C3: ≥ 1 year of contributions; involuntary separation. Registration is part of the claim (C1).
  const monthsOk = months >= p.minContributionMonths;
  add(
    checks,
    reasons,
    'C3.contribution',
    monthsOk,
    'CONTRIBUTION_TOO_SHORT',
    trace
      ? monthsOk
        ? `累计缴费${months}个月，满足${p.minContributionMonths}个月（1年）的条件`
        : `累计缴费${months}个月，不足${p.minContributionMonths}个月（1年）`
      : '',
  );
  const involuntary = a.separationReason === 'involuntary';
  add(
    checks,
    reasons,
    'C3.separation',
    involuntary,
    'VOLUNTARY_SEPARATION',
    trace ? (involuntary ? '非因本人意愿中断就业' : '因本人意愿中断就业（主动离职），不符合领取条件') : '',
  );

  // C7: receiving a basic pension stops (and bars) the benefit.
  const pension = a.receivingPension === true;
  add(checks, reasons, 'C7', !pension, 'RECEIVING_PENSION', trace ? (pension ? '已领取基本养老保险待遇，不能领取失业保险金' : '未领取基本养老保险待遇') : '');

  // C9: past legal retirement age without a pension → paid after unemployment registration.
  const pastRetirement = date >= retirement.date;
  const c9Ok = !pastRetirement || pension || p.payPastRetirementWithoutPension;
  add(
    checks,
    reasons,
    'C9',
    c9Ok,
    'OVER_RETIREMENT_AGE',
    trace
      ? !pastRetirement
        ? `申请日${date}未达法定退休日期${retirement.date}`
        : pension
          ? `已达法定退休日期${retirement.date}且领取养老金`
          : p.payPastRetirementWithoutPension
            ? `已达法定退休日期${retirement.date}但未领取基本养老金，办理失业登记后按规定发放（${rs.layers.find((l) => l.id === rs.paramLayers.payPastRetirementWithoutPension)?.documentNo ?? ''}）`
            : `已达法定退休日期${retirement.date}，本地区规则未规定超龄未领养老金人员发放失业保险金`
      : '',
  );

  // C6: a late claim is never refused (informational).
  const daysAfter = daysBetween(a.separationDate, date);
  checks.push({
    rule: 'C6',
    passed: true,
    message: trace
      ? daysAfter > p.claimDeadlineDays
        ? `离职后第${daysAfter}天申领，超过${p.claimDeadlineDays}日，但不得以此拒发`
        : `离职后第${daysAfter}天申领`
      : '',
    code: undefined,
  });

  // C4: duration from the region's table, plus carried-over months (cap).
  const carried = a.carriedOverMonths ?? 0;
  const tier = benefitDurationMonths(p, months);
  const duration = Math.min(p.maxTotalDurationMonths, tier + carried);
  checks.push({
    rule: 'C4',
    passed: true,
    message: trace
      ? `累计缴费${yearsText(months)}，领金期限${tier}个月${carried > 0 ? `，加上以前未领满的${carried}个月，共${duration}个月（上限${p.maxTotalDurationMonths}个月）` : ''}；期限表：${p.durationTableLabel}`
      : '',
    code: undefined,
  });

  // C5: the standard in force on the application date.
  const standard = p.monthlyStandardFen!; // checked above (not covered without a standard)
  checks.push({
    rule: 'C5',
    passed: true,
    message: trace
      ? `申请日${date}${place}失业保险金标准${yuanText(standard)}/月${p.monthlyStandardLabel ? `（${p.monthlyStandardLabel}）` : ''}`
      : '',
    code: undefined,
  });

  // E4 (informational): the legal retirement date.
  checks.push({
    rule: 'E4',
    passed: true,
    message: trace
      ? `法定退休日期${retirement.date}（原退休年龄${retirement.originalAgeYears}岁${retirement.delayMonths > 0 ? `，延迟${retirement.delayMonths}个月` : ''}）`
      : '',
    code: undefined,
  });

  const eligible = reasons.length === 0;
  let start: string | null = null;
  let end: string | null = null;
  let extended = false;
  if (eligible && duration > 0) {
    // 社会保险法 §50: the period runs from unemployment registration, done with the claim (C1).
    start = date;
    end = addDays(addMonths(start, duration), -1);
    // C8: still unemployed at the end and less than the window from retirement → paid until retirement.
    const within = p.extensionToRetirementWithinMonths;
    const dayAfter = addDays(end, 1);
    if (within !== null && !pastRetirement && retirement.date > dayAfter && addMonths(dayAfter, within) > retirement.date) {
      end = addDays(retirement.date, -1);
      extended = true;
    }
  }
  checks.push({
    rule: 'C8',
    passed: true,
    message: trace
      ? extended
        ? `领金期满时距法定退休日期${retirement.date}不足${p.extensionToRetirementWithinMonths}个月，自动延长发放至法定退休（共至${end}）`
        : p.extensionToRetirementWithinMonths === null
          ? '本规则无延长发放至法定退休年龄的规定'
          : '领金期满时距法定退休年龄1年以上（或不适用），不延长'
      : '',
    code: undefined,
  });

  return {
    eligible,
    durationMonths: eligible ? duration : 0,
    monthlyAmountFen: eligible ? standard : 0,
    benefitStartDate: start,
    benefitEndDate: end,
    legalRetirementDate: retirement.date,
    extendedToRetirement: extended,
    policy: policyOf(rs, date),
    checks,
    reasons,
    warnings: trace ? [...rs.warnings] : rs.warnings,
  };
}
