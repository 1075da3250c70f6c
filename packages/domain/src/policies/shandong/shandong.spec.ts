import { describe, expect, it } from 'vitest';
import {
  evaluateJobStabilization,
  evaluateUnemploymentBenefit,
  type JobStabilizationEvaluationInput,
  type UnemploymentBenefitEvaluationInput,
} from '../../engine/index.js';
import { POLICY_PACKS } from '../packs.js';
import { createPolicyRegistry } from '../registry.js';
import type { AnyPolicyPack } from '../schema.js';
import { shandongJobStabilizationPack } from './pack.js';

/** Shandong / Liaocheng: unemployment benefit (C3–C9, E3, E4) and job-stabilization refund (B1–B3, E2), as data. */

type UbFacts = Partial<UnemploymentBenefitEvaluationInput['applicant']> & { region?: string; applicationDate?: string };
function ub(f: UbFacts): UnemploymentBenefitEvaluationInput {
  const { region, applicationDate, ...a } = f;
  return {
    regionCode: region ?? '371500',
    applicationDate: applicationDate ?? '2024-03-01',
    applicant: {
      birthDate: '1980-05-01',
      sex: 'male',
      contributionMonths: 70,
      separationDate: '2024-02-10',
      separationReason: 'involuntary',
      receivingPension: false,
      ...a,
    },
  };
}

interface UbCase {
  name: string;
  facts: UbFacts;
  expected: {
    eligible: boolean;
    durationMonths: number;
    monthlyAmountFen: number;
    reasons: string[];
    benefitStartDate?: string | null;
    benefitEndDate?: string | null;
    legalRetirementDate?: string;
    extendedToRetirement?: boolean;
  };
}

const ubCases: UbCase[] = [
  {
    name: 'API example: 70 months → 18 months at the demo standard',
    facts: {},
    expected: {
      eligible: true,
      durationMonths: 18,
      monthlyAmountFen: 171_000,
      reasons: [],
      benefitStartDate: '2024-03-01',
      benefitEndDate: '2025-08-31',
      legalRetirementDate: '2043-05-01',
      extendedToRetirement: false,
    },
  },
  { name: 'C3 11 months: too short', facts: { contributionMonths: 11 }, expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['CONTRIBUTION_TOO_SHORT'] } },
  { name: 'C4 12 months → 12', facts: { contributionMonths: 12 }, expected: { eligible: true, durationMonths: 12, monthlyAmountFen: 171_000, reasons: [] } },
  { name: 'C4 59 months → 12', facts: { contributionMonths: 59 }, expected: { eligible: true, durationMonths: 12, monthlyAmountFen: 171_000, reasons: [] } },
  { name: 'C4 60 months → 18', facts: { contributionMonths: 60 }, expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 171_000, reasons: [] } },
  { name: 'C4 119 months → 18', facts: { contributionMonths: 119 }, expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 171_000, reasons: [] } },
  { name: 'C4 120 months → 24', facts: { contributionMonths: 120 }, expected: { eligible: true, durationMonths: 24, monthlyAmountFen: 171_000, reasons: [] } },
  {
    name: 'E3 carried-over months, capped at 24',
    facts: { contributionMonths: 70, carriedOverMonths: 10 },
    expected: { eligible: true, durationMonths: 24, monthlyAmountFen: 171_000, reasons: [] },
  },
  { name: 'C3 voluntary separation', facts: { separationReason: 'voluntary' }, expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['VOLUNTARY_SEPARATION'] } },
  { name: 'C7 receiving a pension', facts: { receivingPension: true }, expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['RECEIVING_PENSION'] } },
  {
    name: 'every failure reported',
    facts: { contributionMonths: 3, separationReason: 'voluntary', receivingPension: true },
    expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['CONTRIBUTION_TOO_SHORT', 'VOLUNTARY_SEPARATION', 'RECEIVING_PENSION'] },
  },
  {
    name: 'C5 the day before Liaocheng’s (demo) standard: not covered',
    facts: { applicationDate: '2021-09-30', separationDate: '2021-09-01' },
    expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['REGION_NOT_COVERED'] },
  },
  {
    name: 'C5 its first day',
    facts: { applicationDate: '2021-10-01', separationDate: '2021-09-01' },
    expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 171_000, reasons: [] },
  },
  {
    name: 'C5 2025-09-30: the 2021 standard',
    facts: { applicationDate: '2025-09-30', separationDate: '2025-09-01' },
    expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 171_000, reasons: [] },
  },
  {
    name: 'C5 2025-10-01: the 2025 standard',
    facts: { applicationDate: '2025-10-01', separationDate: '2025-09-01' },
    expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 198_900, reasons: [] },
  },
  {
    name: 'C5 Jinan (370100): Shandong’s pack but no standard loaded',
    facts: { region: '370100' },
    expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['REGION_NOT_COVERED'] },
  },
  {
    name: 'a Liaocheng county (371502) inherits the city',
    facts: { region: '371502' },
    expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 171_000, reasons: [] },
  },
  { name: 'Jilin has no benefit pack', facts: { region: '220100' }, expected: { eligible: false, durationMonths: 0, monthlyAmountFen: 0, reasons: ['REGION_NOT_COVERED'] } },
  {
    name: 'C8 exactly one year before retirement at the end: no extension',
    // man born 1966-01-10 → retirement 2026-05-10 (E4); 12 months from 2024-05-10 end 2025-05-09.
    facts: { birthDate: '1966-01-10', contributionMonths: 30, applicationDate: '2024-05-10', separationDate: '2024-05-01' },
    expected: {
      eligible: true,
      durationMonths: 12,
      monthlyAmountFen: 171_000,
      reasons: [],
      benefitEndDate: '2025-05-09',
      legalRetirementDate: '2026-05-10',
      extendedToRetirement: false,
    },
  },
  {
    name: 'C8 less than one year: extended to retirement automatically',
    facts: { birthDate: '1966-01-10', contributionMonths: 30, applicationDate: '2024-05-11', separationDate: '2024-05-01' },
    expected: {
      eligible: true,
      durationMonths: 12,
      monthlyAmountFen: 171_000,
      reasons: [],
      benefitStartDate: '2024-05-11',
      benefitEndDate: '2026-05-09',
      legalRetirementDate: '2026-05-10',
      extendedToRetirement: true,
    },
  },
  {
    name: 'C9 past retirement age without a pension: paid',
    facts: { birthDate: '1960-01-01', contributionMonths: 70 },
    expected: { eligible: true, durationMonths: 18, monthlyAmountFen: 171_000, reasons: [], legalRetirementDate: '2020-01-01', extendedToRetirement: false },
  },
  {
    name: 'E4 woman-50 born 1975-03 retires 2025-05, inside the period: no extension, normal end (C9)',
    facts: { birthDate: '1975-03-15', sex: 'female', femaleRetirementAge: 50, contributionMonths: 200, applicationDate: '2024-03-01' },
    expected: {
      eligible: true,
      durationMonths: 24,
      monthlyAmountFen: 171_000,
      reasons: [],
      legalRetirementDate: '2025-05-15',
      benefitEndDate: '2026-02-28',
      extendedToRetirement: false,
    },
  },
];

type JsFacts = Partial<JobStabilizationEvaluationInput['enterprise']> &
  Partial<JobStabilizationEvaluationInput['region']> & { year?: number; regionCode?: string };
function js(f: JsFacts): JobStabilizationEvaluationInput {
  const { year, regionCode, fundBalanceFen, annualPayoutFen, registeredUnemploymentRatePct, ...e } = f;
  return {
    regionCode: regionCode ?? '371500',
    year: year ?? 2020,
    enterprise: {
      size: 'sme',
      insuredHeadcountStartOfYear: 120,
      layoffs: 2,
      contributionsLastYearFen: 48_000_000,
      inArrears: false,
      dishonest: false,
      zombie: false,
      ...e,
    },
    region: {
      fundBalanceFen: fundBalanceFen ?? 900_000_000_000,
      annualPayoutFen: annualPayoutFen ?? 600_000_000_000,
      registeredUnemploymentRatePct: registeredUnemploymentRatePct ?? 3.5,
    },
  };
}

interface JsCase {
  name: string;
  facts: JsFacts;
  eligible: boolean;
  amountFen: number;
  reasons: string[];
  warning?: RegExp;
}

const jsCases: JsCase[] = [
  { name: 'API example, 2020 SME: 100 %', facts: {}, eligible: true, amountFen: 48_000_000, reasons: [] },
  { name: 'B1 fund covers exactly 12 months', facts: { fundBalanceFen: 600_000_000_000 }, eligible: true, amountFen: 48_000_000, reasons: [] },
  { name: 'B1 fund short by one fen', facts: { fundBalanceFen: 599_999_999_999 }, eligible: false, amountFen: 0, reasons: ['REGION_FUND_INSUFFICIENT'] },
  { name: 'B2 arrears', facts: { inArrears: true }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_ARREARS'] },
  { name: 'B2 dishonest', facts: { dishonest: true }, eligible: false, amountFen: 0, reasons: ['DISHONEST_ENTITY'] },
  { name: 'B2 zombie', facts: { zombie: true }, eligible: false, amountFen: 0, reasons: ['ZOMBIE_ENTERPRISE'] },
  {
    name: 'every failure reported',
    facts: { fundBalanceFen: 0, inArrears: true, dishonest: true, zombie: true, layoffs: 60 },
    eligible: false,
    amountFen: 0,
    reasons: ['REGION_FUND_INSUFFICIENT', 'CONTRIBUTION_ARREARS', 'DISHONEST_ENTITY', 'ZOMBIE_ENTERPRISE', 'LAYOFF_RATE_TOO_HIGH'],
  },
  // 2019: the region's registered rate; 50 %
  { name: '2019 rate 1.67 % ≤ registered 3.5 %: 50 %', facts: { year: 2019 }, eligible: true, amountFen: 24_000_000, reasons: [] },
  { name: '2019 rate 4.17 % > registered 3.5 %', facts: { year: 2019, layoffs: 5 }, eligible: false, amountFen: 0, reasons: ['LAYOFF_RATE_TOO_HIGH'] },
  { name: '2019 rate 4.17 % ≤ registered 4.2 %', facts: { year: 2019, layoffs: 5, registeredUnemploymentRatePct: 4.2 }, eligible: true, amountFen: 24_000_000, reasons: [] },
  { name: '2019 fully paid 11 months', facts: { year: 2019, fullyPaidMonths: 11 }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_MONTHS_SHORT'] },
  { name: '2019 fully paid 12 months', facts: { year: 2019, fullyPaidMonths: 12 }, eligible: true, amountFen: 24_000_000, reasons: [] },
  {
    name: '2019 fully-paid months not supplied: not judged, warned',
    facts: { year: 2019 },
    eligible: true,
    amountFen: 24_000_000,
    reasons: [],
    warning: /未提供足额缴费月数/,
  },
  // 2021: previous year's national target 6 %; SME 60 %, large 30 %; ≤ 30 staff ≤ 20 %
  { name: '2021 rate 4.17 % ≤ 6 % (registered rate no longer used)', facts: { year: 2021, layoffs: 5 }, eligible: true, amountFen: 28_800_000, reasons: [] },
  { name: '2021 rate 6.67 % > 6 %', facts: { year: 2021, layoffs: 8 }, eligible: false, amountFen: 0, reasons: ['LAYOFF_RATE_TOO_HIGH'] },
  { name: '2021 large: 30 %', facts: { year: 2021, size: 'large' }, eligible: true, amountFen: 14_400_000, reasons: [] },
  { name: '2021 20 staff, 4 laid off = 20 %: fine', facts: { year: 2021, insuredHeadcountStartOfYear: 20, layoffs: 4 }, eligible: true, amountFen: 28_800_000, reasons: [] },
  { name: '2021 20 staff, 5 laid off = 25 %', facts: { year: 2021, insuredHeadcountStartOfYear: 20, layoffs: 5 }, eligible: false, amountFen: 0, reasons: ['LAYOFF_RATE_TOO_HIGH'] },
  { name: '2021 31 staff, 2 laid off = 6.45 % > 6 %', facts: { year: 2021, insuredHeadcountStartOfYear: 31, layoffs: 2 }, eligible: false, amountFen: 0, reasons: ['LAYOFF_RATE_TOO_HIGH'] },
  { name: '2022 SME: 90 %', facts: { year: 2022 }, eligible: true, amountFen: 43_200_000, reasons: [] },
  { name: '2023 rate 5.83 % > 5.5 %', facts: { year: 2023, layoffs: 7 }, eligible: false, amountFen: 0, reasons: ['LAYOFF_RATE_TOO_HIGH'] },
  { name: '2023 rate 5 % ≤ 5.5 %', facts: { year: 2023, layoffs: 6 }, eligible: true, amountFen: 28_800_000, reasons: [] },
  { name: '2024 SME 60 %', facts: { year: 2024, fullyPaidMonths: 12 }, eligible: true, amountFen: 28_800_000, reasons: [] },
  {
    name: '2025 Shandong: a social organisation sized large gets the SME rate',
    facts: { year: 2025, size: 'large', entityType: 'social_organisation' },
    eligible: true,
    amountFen: 28_800_000,
    reasons: [],
  },
  { name: '2025 an enterprise sized large: 30 %', facts: { year: 2025, size: 'large' }, eligible: true, amountFen: 14_400_000, reasons: [] },
  { name: '2026: SME 60 %', facts: { year: 2026 }, eligible: true, amountFen: 28_800_000, reasons: [] },
  {
    name: '2027: no notice → the 2014 baseline (50 %, registered rate), warned',
    facts: { year: 2027, layoffs: 5 },
    eligible: false,
    amountFen: 0,
    reasons: ['LAYOFF_RATE_TOO_HIGH'],
    warning: /没有国家通知覆盖该日期.*人社部发〔2014〕76号/,
  },
  { name: '2027 baseline: 50 %', facts: { year: 2027 }, eligible: true, amountFen: 24_000_000, reasons: [], warning: /没有国家通知覆盖/ },
  { name: '2016: the baseline, 50 %', facts: { year: 2016 }, eligible: true, amountFen: 24_000_000, reasons: [] },
  { name: '2013: before the baseline, not covered', facts: { year: 2013 }, eligible: false, amountFen: 0, reasons: ['REGION_NOT_COVERED'] },
  { name: 'Jilin has no refund pack', facts: { regionCode: '220100' }, eligible: false, amountFen: 0, reasons: ['REGION_NOT_COVERED'] },
];

describe('Shandong / Liaocheng unemployment benefit (004 + E3, E4)', () => {
  it.each(ubCases)('$name', ({ facts, expected }) => {
    const r = evaluateUnemploymentBenefit(ub(facts));
    const actual: Record<string, unknown> = {
      eligible: r.eligible,
      durationMonths: r.durationMonths,
      monthlyAmountFen: r.monthlyAmountFen,
      reasons: [...r.reasons].sort(),
    };
    for (const k of ['benefitStartDate', 'benefitEndDate', 'legalRetirementDate', 'extendedToRetirement'] as const) {
      if (k in expected) actual[k] = r[k];
    }
    expect(actual).toEqual({ ...expected, reasons: [...expected.reasons].sort() });
  });

  it('labels the national duration table and the demo standard in every decision', () => {
    const r = evaluateUnemploymentBenefit(ub({}));
    expect(r.checks.find((c) => c.rule === 'C4')?.message).toContain('采用国家最高期限表');
    expect(r.checks.find((c) => c.rule === 'C5')?.message).toContain('演示值');
    expect(r.warnings.join('')).toMatch(/演示值/);
    expect(r.warnings.join('')).toMatch(/「领金期限表」.*未确认/);
    expect(r.policy).toMatchObject({ id: 'lc-ub-demo-2021', basis: 'application_date', basisDate: '2024-03-01' });
  });
});

describe('Shandong job-stabilization refund (003, 004 + E2)', () => {
  it.each(jsCases)('$name', (c) => {
    const r = evaluateJobStabilization(js(c.facts));
    const actual: Record<string, unknown> = { eligible: r.eligible, amountFen: r.amountFen, reasons: [...r.reasons].sort() };
    const expected: Record<string, unknown> = { eligible: c.eligible, amountFen: c.amountFen, reasons: [...c.reasons].sort() };
    if (c.warning) {
      actual.warned = r.warnings.some((w) => c.warning!.test(w));
      expected.warned = true;
    }
    expect(actual).toEqual(expected);
  });

  it('2025 add-on as a province option: SME 90 %, large 50 %', () => {
    const packs: AnyPolicyPack[] = POLICY_PACKS.map((p) =>
      p.id !== shandongJobStabilizationPack.id
        ? p
        : {
            ...shandongJobStabilizationPack,
            layers: [
              ...shandongJobStabilizationPack.layers,
              {
                id: 'sd-2025-addon-test',
                kind: 'provincial',
                effectiveFrom: '2025-01-01',
                effectiveTo: '2025-12-31',
                documentNo: '测试：实施国办发〔2025〕25号加码',
                title: '测试',
                issuedOn: null,
                mark: 'confirmed',
                params: { applyAddOn: true },
              },
            ],
          },
    );
    const registry = createPolicyRegistry(packs);
    expect(evaluateJobStabilization(js({ year: 2025 }), { registry }).amountFen).toBe(43_200_000);
    expect(evaluateJobStabilization(js({ year: 2025, size: 'large' }), { registry }).amountFen).toBe(24_000_000);
    expect(evaluateJobStabilization(js({ year: 2024, fullyPaidMonths: 12 }), { registry }).amountFen).toBe(28_800_000);
  });

  it('explains the layoff test with the numbers', () => {
    const r = evaluateJobStabilization(js({ year: 2021, layoffs: 8 }));
    expect(r.checks.find((c) => c.rule === 'B3.layoff')?.message).toBe(
      '裁员8人，参保120人，裁员率6.67%，高于上年度全国城镇调查失业率控制目标6%（人社部发〔2021〕29号）',
    );
  });
});
