import type { PolicyPack } from '../schema.js';

/** Jilin's shortage-occupation catalogue (吉人社联字〔2017〕67号 附件3), A9. */
export const JILIN_SHORTAGE_OCCUPATIONS_2017 = [
  '药物制剂工',
  '化学分析工',
  '焊工',
  '建材物理检验工',
  '模具工',
  '多工序数控机床操作调整工',
] as const;

/**
 * Jilin skills-upgrade subsidy (source 002, 吉人社联字〔2017〕67号; POLICY.md A, E1).
 *
 * Jilin states 36 months, 2017-01-01, levels 5–3 and 1000/1500/2000 exactly as the national baseline, so this
 * pack does not restate them: the national relaxations of 2019–2026 (12 months …) then apply in Jilin too.
 * What Jilin adds is kept open-ended until a Jilin document replaces it: no arrears (A2), the shortage
 * catalogue with 1300/1950/2600 (A9), its own process (A13–A16).
 */
export const jilinSkillSubsidyPack: PolicyPack<'skill-subsidy'> = {
  id: 'jilin-skill-subsidy',
  program: 'skill-subsidy',
  regionCode: '220000',
  level: 'province',
  name: '吉林省技能提升补贴',
  basis: 'certificate_issue_date',
  effectiveFrom: '2017-01-01',
  effectiveTo: null,
  layers: [
    {
      id: 'jl-2017-67',
      kind: 'provincial',
      // "2017年1月1日后已取得证书的企业职工，可按照证书核发日期在12个月内及时申领" — the notice (issued
      // 2017-08-23) reaches back to certificates of 2017-01-01.
      effectiveFrom: '2017-01-01',
      effectiveTo: null,
      documentNo: '吉人社联字〔2017〕67号',
      title: '吉林省人力资源和社会保障厅 吉林省财政厅 吉林省社会保险事业管理局关于失业保险支持参保职工提升职业技能有关问题的通知',
      issuedOn: '2017-08-23',
      mark: 'confirmed',
      params: {
        arrearsRule: 'no_arrears', // 三(一)1 不欠缴失业保险费
        shortage: {
          documentNo: '吉人社联字〔2017〕67号 附件3',
          occupations: [...JILIN_SHORTAGE_OCCUPATIONS_2017],
          amountsFen: { '5': 130_000, '4': 195_000, '3': 260_000 }, // 四(二)
          upliftPct: null,
          capPct: null,
        },
        reviewWorkingDays: 5, // 三(一)
        noticeMinWorkingDays: 5, // 三(二)
        paymentWorkingDays: 7, // 三(三)
        approvalSteps: ['handler', 'reviewer'], // 附件1: 经办人（签章）、复核人（签章）
        statistics: { period: 'monthly', dueDayOfFollowingMonth: 5 }, // 六(四)
      },
      notes: [
        '公示名单每月15日、30日前报送（三(二)）。',
        '外省证书须先在参保地备案（三(一)3）：由证书登记核验，计算器不判断。',
        '补贴标准“适时调整”（A10）：调整时新增一层即可。',
      ],
    },
    {
      id: 'jl-2024-43',
      kind: 'provincial',
      effectiveFrom: '2024-01-01',
      effectiveTo: '2024-12-31',
      documentNo: '吉人社联〔2024〕43号',
      title: '吉林省落实人社部发〔2024〕40号的通知',
      issuedOn: null,
      mark: 'partial',
      params: {},
      notes: ['实施2024年国家规则（POLICY.md E1，部分确认）；来源未给出与国家规则不同的数字，故本层不改参数。'],
    },
  ],
  notes: [
    '吉林市2023年将紧缺职业补贴标准提高30%（POLICY.md E1）：基数与适用范围在来源中不明确，未加载城市政策包。',
  ],
};
