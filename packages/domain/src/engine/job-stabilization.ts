import { defaultPolicyRegistry, type LayoffTest, type ResolvedRuleSet } from '../policies/index.js';
import type { JobStabilizationReasonCode } from './reason-codes.js';
import type { JobStabilizationEvaluationInput } from './requests.js';
import { pctText, yuanText } from './text.js';
import type { EvaluationCheck, EvaluationOptions, JobStabilizationEvaluation } from './types.js';
import { addCheck, policyOf } from './checks.js';

type Code = JobStabilizationReasonCode;
type Check = EvaluationCheck<Code>;

const add = addCheck<Code>;


function docOf(rs: ResolvedRuleSet, param: string): string {
  const id = rs.paramLayers[param];
  return rs.layers.find((l) => l.id === id)?.documentNo ?? '';
}

/**
 * Job-stabilization refund (POLICY.md B1–B3, E2) for a refund year: region fund gate, arrears, dishonest and
 * zombie exclusions, fully-paid months where the year requires them, the layoff-rate test of the year, and the
 * refund percentage of last year's contributions by year and size. The rule set of a refund for year Y is the
 * one in force on Y-12-31 (`policy.basis` = 'refund_year').
 */
export function evaluateJobStabilization(req: JobStabilizationEvaluationInput, options?: EvaluationOptions): JobStabilizationEvaluation {
  const trace = options?.trace !== false;
  const registry = options?.registry ?? defaultPolicyRegistry();
  const basisDate = `${req.year}-12-31`;
  const rs = registry.resolve('job-stabilization', req.regionCode, basisDate);
  if (rs === null) {
    return {
      eligible: false,
      amountFen: 0,
      refundPct: 0,
      layoffRatePct: 0,
      policy: null,
      checks: [
        {
          rule: 'B1',
          passed: false,
          message: trace ? `地区${req.regionCode}没有${req.year}年度适用的稳岗返还政策包` : '',
          code: 'REGION_NOT_COVERED',
        },
      ],
      reasons: ['REGION_NOT_COVERED'],
      warnings: [],
    };
  }
  const p = rs.params;
  const e = req.enterprise;
  const r = req.region;
  const checks: Check[] = [];
  const reasons: Code[] = [];
  const warnings: string[] = [...rs.warnings];

  // B1: last year's fund balance covers ≥ 12 months of payouts.
  const needed = (r.annualPayoutFen * p.minFundMonths) / 12;
  const fundOk = r.fundBalanceFen >= needed;
  const coverMonths = r.annualPayoutFen === 0 ? Infinity : (r.fundBalanceFen * 12) / r.annualPayoutFen;
  add(
    checks,
    reasons,
    'B1',
    fundOk,
    'REGION_FUND_INSUFFICIENT',
    trace
      ? `统筹地区上年末基金结余${yuanText(r.fundBalanceFen)}，按年支出${yuanText(r.annualPayoutFen)}可支付${
          Number.isFinite(coverMonths) ? `${+coverMonths.toFixed(1)}个月` : '无限期'
        }，${fundOk ? '满足' : '不足'}${p.minFundMonths}个月的要求`
      : '',
  );

  // B2: arrears paid; not dishonest; not a zombie enterprise.
  const arrears = e.inArrears === true;
  add(checks, reasons, 'B2.arrears', !arrears, 'CONTRIBUTION_ARREARS', trace ? (arrears ? '企业欠缴失业保险费，补缴欠费后方可享受' : '企业无欠费') : '');
  const dishonest = p.excludeDishonest && e.dishonest === true;
  add(
    checks,
    reasons,
    'B2.dishonest',
    !dishonest,
    'DISHONEST_ENTITY',
    trace ? (dishonest ? '企业为严重违法失信（联合惩戒）主体，不得发放' : e.dishonest ? '本规则未排除失信主体' : '企业不是严重失信主体') : '',
  );
  const zombie = p.excludeZombie && e.zombie === true;
  add(
    checks,
    reasons,
    'B2.zombie',
    !zombie,
    'ZOMBIE_ENTERPRISE',
    trace ? (zombie ? '企业为“僵尸企业”，不予发放' : e.zombie ? '本规则未排除僵尸企业' : '企业不是僵尸企业') : '',
  );

  // E2 2019/2024: contributions fully paid ≥ 12 months.
  const minPaid = p.minFullyPaidMonths;
  if (minPaid !== null) {
    if (e.fullyPaidMonths === undefined) {
      checks.push({
        rule: 'E2.fully-paid',
        passed: true,
        message: trace ? `${req.year}年度要求足额缴费满${minPaid}个月；未提供足额缴费月数，未判断` : '',
        code: undefined,
      });
      warnings.push(`${req.year}年度要求足额缴纳失业保险费满${minPaid}个月（${docOf(rs, 'minFullyPaidMonths')}）；请求未提供足额缴费月数，本决定未判断该条件。`);
    } else {
      const ok = e.fullyPaidMonths >= minPaid;
      add(
        checks,
        reasons,
        'E2.fully-paid',
        ok,
        'CONTRIBUTION_MONTHS_SHORT',
        trace ? `足额缴纳失业保险费${e.fullyPaidMonths}个月，${ok ? '满足' : '不足'}${minPaid}个月（${docOf(rs, 'minFullyPaidMonths')}）` : '',
      );
    }
  } else {
    checks.push({ rule: 'E2.fully-paid', passed: true, message: trace ? `${req.year}年度规则无足额缴费月数要求` : '', code: undefined });
  }

  // B3 / E2: layoff rate = layoffs ÷ insured headcount; threshold by year, size, ≤ 30 staff.
  const rateClass = e.entityType !== undefined && e.entityType !== 'enterprise' && p.nonEnterpriseRateClass !== 'by_size' ? p.nonEnterpriseRateClass : e.size;
  const test: LayoffTest = rateClass === 'sme' ? p.layoffTestSme : p.layoffTestLarge;
  const headcount = e.insuredHeadcountStartOfYear;
  const rate = (e.layoffs * 100) / headcount;
  let threshold = test.kind === 'registered_rate' ? r.registeredUnemploymentRatePct : test.thresholdPct;
  const small = p.smallEnterprise !== null && headcount <= p.smallEnterprise.maxInsuredStaff;
  if (small && p.smallEnterprise!.maxLayoffPct > threshold) threshold = p.smallEnterprise!.maxLayoffPct;
  const layoffOk = e.layoffs === 0 || rate <= threshold;
  add(
    checks,
    reasons,
    'B3.layoff',
    layoffOk,
    'LAYOFF_RATE_TOO_HIGH',
    trace
      ? `裁员${e.layoffs}人，参保${headcount}人，裁员率${pctText(rate)}，${layoffOk ? '不高于' : '高于'}${
          small
            ? `参保${p.smallEnterprise!.maxInsuredStaff}人以下企业的${pctText(threshold)}`
            : test.kind === 'registered_rate'
              ? `统筹地区城镇登记失业率${pctText(threshold)}`
              : `上年度全国城镇调查失业率控制目标${pctText(threshold)}`
        }（${docOf(rs, rateClass === 'sme' ? 'layoffTestSme' : 'layoffTestLarge')}）`
      : '',
  );

  // B3 / E2: refund percent of last year's contributions, by year and size; the 2025 add-on as a province option.
  const addOn = p.applyAddOn && p.addOn !== null ? p.addOn : null;
  const pct = addOn ? (rateClass === 'sme' ? addOn.refundPctSme : addOn.refundPctLarge) : rateClass === 'sme' ? p.refundPctSme : p.refundPctLarge;
  const eligible = reasons.length === 0;
  // Floor to the fen: never pay more than the rate allows.
  const amount = eligible ? Math.floor((e.contributionsLastYearFen * pct) / 100) : 0;
  checks.push({
    rule: 'B3.refund',
    passed: true,
    message: trace
      ? `${rateClass === 'sme' ? '中小微企业' : '大型企业'}${e.entityType && e.entityType !== 'enterprise' ? '（按单位类型）' : ''}返还上年度失业保险费${yuanText(
          e.contributionsLastYearFen,
        )}的${pctText(pct)}${eligible ? `，计${yuanText(amount)}` : ''}（${addOn ? addOn.documentNo : docOf(rs, rateClass === 'sme' ? 'refundPctSme' : 'refundPctLarge')}）`
      : '',
    code: undefined,
  });

  return {
    eligible,
    amountFen: amount,
    refundPct: eligible ? pct : 0,
    layoffRatePct: rate,
    policy: policyOf(rs, basisDate),
    checks,
    reasons,
    warnings,
  };
}
