import type { PolicyPack } from '../schema.js';

/**
 * Inner Mongolia skills-upgrade subsidy (source 001, 内人社办发〔2017〕255号; POLICY.md A, E1).
 *
 * - A2: contributing normally during the application (申请期间正常缴费).
 * - A9: the autonomous region's shortage catalogue (自治区紧缺急需职业（工种）目录) was not found: the
 *   catalogue is empty, and the ≤ 20 % cap is kept so that a catalogue loaded later is checked against it
 *   when the registry is built (a pack paying more than base × 1.2 is refused).
 * - A10: amounts are "暂定" (provisional); a later document is a new layer.
 * - A14: the form's sign-offs are 经办人, 审核人, 单位负责人.
 * - No later Inner Mongolia document was found (E1, unconfirmed): the national rule sets apply.
 */
export const innerMongoliaSkillSubsidyPack: PolicyPack<'skill-subsidy'> = {
  id: 'inner-mongolia-skill-subsidy',
  program: 'skill-subsidy',
  regionCode: '150000',
  level: 'province',
  name: '内蒙古自治区技能提升补贴',
  basis: 'certificate_issue_date',
  effectiveFrom: '2017-01-01',
  effectiveTo: null,
  layers: [
    {
      id: 'nmg-2017-255',
      kind: 'provincial',
      // 二(二) 2017年1月1日起取得 — certificates from 2017-01-01; the notice itself is of 2017-07-31.
      effectiveFrom: '2017-01-01',
      effectiveTo: null,
      documentNo: '内人社办发〔2017〕255号',
      title: '内蒙古自治区人力资源和社会保障厅 财政厅关于失业保险支持参保职工提升职业技能有关问题的通知',
      issuedOn: '2017-07-31',
      mark: 'confirmed',
      paramMarks: { shortage: 'unconfirmed' },
      params: {
        arrearsRule: 'normal_contribution_required',
        shortage: {
          documentNo: '自治区紧缺急需职业（工种）目录（未找到）',
          occupations: [],
          amountsFen: null,
          upliftPct: null,
          capPct: 20,
        },
        noticeMinWorkingDays: 5, // 四(三)
        approvalSteps: ['handler', 'reviewer', 'head'], // 审批表: 经办人、审核人、单位负责人
      },
      notes: [
        '紧缺目录未找到：目录为空，倾斜上限20%保留，加载目录时校验。',
        '审核、发放时限来源未规定：适用国家默认值（标记为未确认）。',
      ],
    },
  ],
};
