import type { PolicyPack } from '../schema.js';

/**
 * National skills-upgrade subsidy rule sets (POLICY.md A, E1).
 *
 * The 2017 notice is the permanent baseline (open-ended). Every later notice is a temporary relaxation that
 * ends on 31 December of its year; it states every parameter in which it differs from the baseline, so that
 * when it ends the baseline applies again by itself. A date that no notice covers after the first notice
 * (2027 on, today) is decided by the baseline and the decision warns (engine, POLICY.md E1 last row).
 *
 * Process parameters (A13–A16: review 5 working days, notice ≥ 5, payment 7, three sign-offs) are the
 * digest's common process; no national text in the sources sets them, so they are marked unconfirmed here
 * and a province that has its own (Jilin, Inner Mongolia) overrides them with its document.
 */
export const nationalSkillSubsidyPack: PolicyPack<'skill-subsidy'> = {
  id: 'national-skill-subsidy',
  program: 'skill-subsidy',
  regionCode: '000000',
  level: 'national',
  name: '技能提升补贴 国家规则',
  effectiveFrom: '2017-01-01',
  effectiveTo: null,
  layers: [
    {
      id: 'cn-skill-2017-40',
      kind: 'baseline',
      effectiveFrom: '2017-01-01',
      effectiveTo: null,
      documentNo: '人社部发〔2017〕40号',
      title: '人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知',
      issuedOn: null,
      mark: 'confirmed',
      paramMarks: {
        arrearsRule: 'partial',
        reviewWorkingDays: 'unconfirmed',
        noticeMinWorkingDays: 'unconfirmed',
        paymentWorkingDays: 'unconfirmed',
        approvalSteps: 'unconfirmed',
        statistics: 'unconfirmed',
      },
      params: {
        minContributionMonths: 36, // A1
        deepPovertyMinContributionMonths: null, // A1: the 2018 deep-poverty variant is loaded where a source applies it (HLJ)
        arrearsRule: 'not_a_condition', // A2 is provincial; the national conditions quoted by 000–002 name none
        earliestCertificateDate: '2017-01-01', // A3
        levelsCovered: [5, 4, 3], // A4, E1: 技师 (2) and 高级技师 (1) never
        amountsFen: { '5': 100_000, '4': 150_000, '3': 200_000 }, // A8
        shortage: null, // A9: "provinces may favour shortage occupations" — no national catalogue
        applicationWindowMonths: 12, // A6, E1: holds in every version
        windowExtension: null,
        oncePerOccupationLevel: true, // A7
        coveredStatuses: ['employed'], // E1: enterprise employees
        yearlyLimit: null,
        shortageExtraGrantsPerYear: 0,
        noLowerLevelAfterHigher: 'none',
        reviewWorkingDays: 5, // A13 (digest's common process)
        noticeMinWorkingDays: 5, // A15
        paymentWorkingDays: 7, // A16
        approvalSteps: ['handler', 'reviewer', 'head'], // A14
        statistics: { period: 'monthly', dueDayOfFollowingMonth: 5 }, // A18
      },
      notes: [
        '月数、等级、金额、12个月申领期限、同一职业同一等级一次：种子文件000—002均引用本通知，标记为已确认。',
        '欠费：国家条件未列欠费一项（A2由各省规定），标记为部分确认。',
        '审核5个工作日、公示不少于5个工作日、7个工作日内发放、三级签字：来源中无国家文本，取POLICY.md A13—A16的通用流程，标记为未确认。',
      ],
    },
    {
      id: 'cn-skill-2019',
      kind: 'notice',
      effectiveFrom: '2019-01-01',
      effectiveTo: '2020-12-31',
      documentNo: '国发〔2018〕39号（框架；部级通知文号未确认）',
      title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见（技能提升补贴放宽至12个月）',
      issuedOn: null,
      mark: 'partial',
      params: { minContributionMonths: 12 },
      notes: ['起止日期来自多份地方文本（POLICY.md E1），部级通知文号未找到。'],
    },
    {
      id: 'cn-skill-2021',
      kind: 'notice',
      effectiveFrom: '2021-01-01',
      effectiveTo: '2021-12-31',
      documentNo: '延续实施通知（文号未确认）',
      title: '技能提升补贴放宽政策延续实施',
      issuedOn: null,
      mark: 'partial',
      params: { minContributionMonths: 12 },
      notes: ['部分城市每年不超过2次：属城市选项，未加载到国家规则。'],
    },
    {
      id: 'cn-skill-2022-23',
      kind: 'notice',
      effectiveFrom: '2022-01-01',
      effectiveTo: '2022-12-31',
      documentNo: '人社部发〔2022〕23号',
      title: '人力资源社会保障部 国家发展改革委 财政部 税务总局关于做好失业保险稳岗位提技能防失业工作的通知',
      issuedOn: '2022-04-25',
      mark: 'partial',
      params: { minContributionMonths: 12, coveredStatuses: ['employed', 'receiving_benefit'], yearlyLimit: 3 },
      notes: [
        '文件已确认，条款为部分确认。',
        '领取失业保险金人员须在领金期间取得证书：该事实由登记系统核验，计算器按申请人身份判断。',
      ],
    },
    {
      id: 'cn-skill-2023-11',
      kind: 'notice',
      effectiveFrom: '2023-01-01',
      effectiveTo: '2023-12-31',
      documentNo: '国办发〔2023〕11号',
      title: '国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知（及省级通知，如鲁人社发〔2023〕5号）',
      issuedOn: null,
      mark: 'partial',
      params: {
        minContributionMonths: 12,
        coveredStatuses: ['employed', 'receiving_benefit'],
        yearlyLimit: 3,
        noLowerLevelAfterHigher: 'subsidised',
      },
    },
    {
      id: 'cn-skill-2024-40',
      kind: 'notice',
      effectiveFrom: '2024-01-01',
      effectiveTo: '2024-12-31',
      documentNo: '人社部发〔2024〕40号',
      title: '人力资源社会保障部 财政部 国家税务总局关于继续实施失业保险稳岗惠民政策措施的通知',
      issuedOn: null,
      mark: 'confirmed',
      params: {
        minContributionMonths: 12,
        coveredStatuses: ['employed', 'receiving_benefit'],
        yearlyLimit: 3,
        noLowerLevelAfterHigher: 'subsidised',
      },
      notes: [
        '不得与职业培训补贴重复享受：计算器没有培训补贴的事实，由经办审核。',
        '省级基金须具备1年以上支付能力：地区条件，由省级加载通知时判断。',
      ],
    },
    {
      id: 'cn-skill-2025-18',
      kind: 'notice',
      effectiveFrom: '2025-01-01',
      effectiveTo: '2025-12-31',
      documentNo: '人社部发〔2025〕18号',
      title: '关于延续实施失业保险稳岗惠民政策措施的通知',
      issuedOn: null,
      mark: 'partial',
      params: {
        minContributionMonths: 12,
        coveredStatuses: ['employed', 'receiving_benefit'],
        yearlyLimit: 1,
        shortageExtraGrantsPerYear: 0,
        noLowerLevelAfterHigher: 'subsidised_or_held',
      },
      notes: [
        '文号来自一份省级引用，标记为部分确认。',
        '每年1次；省可为紧缺职业证书增加2次（shortageExtraGrantsPerYear，省级选项，国家默认0）。',
        '已持有同职业更高等级证书的，不得申领低等级；已获补贴的证书视同持有。',
        '省可按培训补贴标准确定职业技能等级证书金额：未有省份加载，仍按A8金额。',
      ],
    },
    {
      id: 'cn-skill-2026-39',
      kind: 'notice',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      documentNo: '人社部发〔2026〕39号',
      title: '失业保险稳岗惠民政策措施（2026年，2026-06-18印发，追溯至2026-01-01）',
      issuedOn: '2026-06-18',
      mark: 'partial',
      params: {
        minContributionMonths: 12,
        coveredStatuses: ['employed', 'receiving_benefit'],
        yearlyLimit: 1,
        shortageExtraGrantsPerYear: 0,
        noLowerLevelAfterHigher: 'subsidised_or_held',
      },
      decisionWarnings: [
        '人社部发〔2026〕39号可能收窄证书范围（紧缺职业目录、与单位行业相符的职业、数字和绿色职业），该条款未确认，本决定未适用该限制。',
      ],
    },
  ],
};
