import type { JobStabilizationParams, PolicyPack } from '../schema.js';

const SMALL_30_20 = { maxInsuredStaff: 30, maxLayoffPct: 20 } as const;

/** Parameters shared by every notice since 2021: the previous year's national target, ≤ 30 staff ≤ 20 %. */
function since2021(thresholdPct: number): Partial<JobStabilizationParams> {
  return {
    layoffTestLarge: { kind: 'national_target', thresholdPct },
    layoffTestSme: { kind: 'national_target', thresholdPct },
    smallEnterprise: { ...SMALL_30_20 },
    refundPctLarge: 30,
    refundPctSme: 60,
  };
}

/**
 * National job-stabilization refund rule sets, one per refund year (POLICY.md B, E2). The basis date of a
 * refund for year Y is Y-12-31 (`refund_year`): a refund is decided by the notice for its year.
 */
export const nationalJobStabilizationPack: PolicyPack<'job-stabilization'> = {
  id: 'national-job-stabilization',
  program: 'job-stabilization',
  regionCode: '000000',
  level: 'national',
  name: '稳岗返还 国家规则',
  basis: 'refund_year',
  effectiveFrom: '2014-11-01',
  effectiveTo: null,
  layers: [
    {
      id: 'cn-js-2014-76',
      kind: 'baseline',
      effectiveFrom: '2014-11-01',
      effectiveTo: null,
      documentNo: '人社部发〔2014〕76号',
      title: '关于失业保险支持企业稳定岗位有关问题的通知',
      issuedOn: null,
      mark: 'partial',
      params: {
        minFundMonths: 12, // B1
        layoffTestLarge: { kind: 'registered_rate' }, // B3
        layoffTestSme: { kind: 'registered_rate' },
        smallEnterprise: null,
        refundPctLarge: 50, // B3: ≤ 50 %
        refundPctSme: 50,
        addOn: null,
        applyAddOn: false,
        minFullyPaidMonths: null,
        excludeDishonest: true, // B2 (003)
        excludeZombie: true, // B2 (003)
        nonEnterpriseRateClass: 'by_size',
        screening: 'application',
        paymentModes: ['pay_as_verified'],
      },
      paramMarks: { excludeDishonest: 'confirmed', excludeZombie: 'confirmed' },
      notes: [
        'E2 写“2014-11起”：日期取11月1日（文件印发日不在来源中）。',
        '不高于登记失业率：B3“not above”，即裁员率≤登记失业率。',
        '失信与僵尸企业排除来自“护航行动”（003）。',
      ],
    },
    {
      id: 'cn-js-2019-23',
      kind: 'notice',
      effectiveFrom: '2019-01-01',
      effectiveTo: '2019-12-31',
      documentNo: '人社部发〔2019〕23号',
      title: '关于失业保险援企稳岗“护航行动”的通知',
      issuedOn: null,
      mark: 'confirmed',
      params: {
        layoffTestLarge: { kind: 'registered_rate' },
        layoffTestSme: { kind: 'registered_rate' },
        refundPctLarge: 50,
        refundPctSme: 50,
        minFullyPaidMonths: 12,
      },
      notes: ['“暂时困难”变体（基金24个月、按6个月失业保险金×参保人数）未建模。'],
    },
    {
      id: 'cn-js-2020-6',
      kind: 'notice',
      effectiveFrom: '2020-01-01',
      effectiveTo: '2020-12-31',
      documentNo: '国办发〔2020〕6号',
      title: '国务院办公厅关于应对新冠肺炎疫情影响强化稳就业举措的实施意见',
      issuedOn: null,
      mark: 'partial',
      paramMarks: { layoffTestSme: 'unconfirmed', layoffTestLarge: 'unconfirmed', refundPctLarge: 'unconfirmed' },
      params: {
        layoffTestLarge: { kind: 'registered_rate' },
        layoffTestSme: { kind: 'national_target', thresholdPct: 5.5 },
        smallEnterprise: { ...SMALL_30_20 },
        refundPctLarge: 50,
        refundPctSme: 100,
      },
      notes: [
        '中小微企业裁员率不高于全国城镇调查失业率控制目标：E2未给数字；取上年（2019年）目标5.5%，未确认。',
        '大型企业：E2未列，沿用2019年规则（登记失业率、50%），未确认。',
      ],
    },
    {
      id: 'cn-js-2021-29',
      kind: 'notice',
      effectiveFrom: '2021-01-01',
      effectiveTo: '2021-12-31',
      documentNo: '人社部发〔2021〕29号',
      title: '关于做好失业保险稳岗位提技能防失业工作的通知（2021年）',
      issuedOn: null,
      mark: 'confirmed',
      params: since2021(6),
    },
    {
      id: 'cn-js-2022-23',
      kind: 'notice',
      effectiveFrom: '2022-01-01',
      effectiveTo: '2022-12-31',
      documentNo: '人社部发〔2022〕23号',
      title: '关于做好失业保险稳岗位提技能防失业工作的通知（2022年）',
      issuedOn: '2022-04-25',
      mark: 'confirmed',
      paramMarks: { refundPctSme: 'partial', layoffTestLarge: 'partial', layoffTestSme: 'partial' },
      params: { ...since2021(5.5), refundPctSme: 90 },
      notes: [
        '大型企业30%（年中起50%的文号未确认，未加载）；中小微企业最高90%（部分确认）。',
        '阈值取上年（2021年）全国目标5.5%（E2写“same”），部分确认。',
      ],
    },
    {
      id: 'cn-js-2023-11',
      kind: 'notice',
      effectiveFrom: '2023-01-01',
      effectiveTo: '2023-12-31',
      documentNo: '国办发〔2023〕11号',
      title: '国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知',
      issuedOn: null,
      mark: 'partial',
      params: since2021(5.5),
    },
    {
      id: 'cn-js-2024-40',
      kind: 'notice',
      effectiveFrom: '2024-01-01',
      effectiveTo: '2024-12-31',
      documentNo: '人社部发〔2024〕40号',
      title: '关于继续实施失业保险稳岗惠民政策措施的通知',
      issuedOn: null,
      mark: 'confirmed',
      params: { ...since2021(5.5), minFullyPaidMonths: 12 },
    },
    {
      id: 'cn-js-2025-18',
      kind: 'notice',
      effectiveFrom: '2025-01-01',
      effectiveTo: '2025-12-31',
      documentNo: '人社部发〔2025〕18号',
      title: '关于延续实施失业保险稳岗惠民政策措施的通知',
      issuedOn: null,
      mark: 'partial',
      paramMarks: { addOn: 'confirmed' },
      params: {
        ...since2021(5.5),
        addOn: { refundPctLarge: 50, refundPctSme: 90, documentNo: '国办发〔2025〕25号' },
        applyAddOn: false, // a province option
      },
      notes: ['加码（国办发〔2025〕25号）：上年基金可支付1年以上的地区可提高至中小微企业90%、大型企业50%，由省级选项applyAddOn开启。'],
    },
    {
      id: 'cn-js-2026-39',
      kind: 'notice',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      documentNo: '人社部发〔2026〕39号',
      title: '失业保险稳岗惠民政策措施（2026年，追溯至2026-01-01）',
      issuedOn: '2026-06-18',
      mark: 'partial',
      params: since2021(5.5),
    },
  ],
};
