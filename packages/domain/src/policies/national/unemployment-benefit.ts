import type { DurationTier, PolicyPack } from '../schema.js';

/** 失业保险条例 §17, national maximum: 1–<5 years ≤ 12 months; 5–<10 ≤ 18; ≥ 10 ≤ 24 (POLICY.md C4, E3). */
export const NATIONAL_MAXIMUM_DURATION_TIERS: DurationTier[] = [
  { fromMonths: 12, toMonths: 60, durationMonths: 12 },
  { fromMonths: 60, toMonths: 120, durationMonths: 18 },
  { fromMonths: 120, toMonths: null, durationMonths: 24 },
];

/**
 * National unemployment-benefit rules (POLICY.md C, E3). The national pack has no benefit standard: the
 * standard is set per region (C5), so a region without one loaded is not covered.
 */
export const nationalUnemploymentBenefitPack: PolicyPack<'unemployment-benefit'> = {
  id: 'national-unemployment-benefit',
  program: 'unemployment-benefit',
  regionCode: '000000',
  level: 'national',
  name: '失业保险金 国家规则',
  basis: 'application_date',
  effectiveFrom: '1999-01-22',
  effectiveTo: null,
  layers: [
    {
      id: 'cn-ub-1999-258',
      kind: 'baseline',
      effectiveFrom: '1999-01-22',
      effectiveTo: null,
      documentNo: '失业保险条例（国务院令第258号）；社会保险法第45—52条',
      title: '失业保险条例第14—18条；中华人民共和国社会保险法第45—52条',
      issuedOn: '1999-01-22',
      mark: 'confirmed',
      params: {
        minContributionMonths: 12, // C3: 满1年
        durationTiers: NATIONAL_MAXIMUM_DURATION_TIERS, // C4
        durationTableLabel: '国家最高期限表（失业保险条例第17条）',
        maxTotalDurationMonths: 24, // E3: carried-over months, cap 24
        monthlyStandardFen: null, // C5: per region
        monthlyStandardLabel: null,
        extensionToRetirementWithinMonths: null,
        payPastRetirementWithoutPension: false,
        claimDeadlineDays: 60, // C6: the 60-day period, never a reason to refuse
      },
    },
    {
      id: 'cn-ub-2020-40',
      kind: 'baseline',
      effectiveFrom: '2019-12-01',
      effectiveTo: null,
      documentNo: '人社部发〔2020〕40号',
      title: '领取失业保险金期满仍未就业且距法定退休年龄不足1年的，继续发放至法定退休年龄（自2019年12月起）',
      issuedOn: null,
      mark: 'partial',
      params: { extensionToRetirementWithinMonths: 12 },
      notes: ['条款在山东省通知（004，鲁人社函〔2020〕10号）中读到，国家文本未读到：部分确认。'],
    },
  ],
};
