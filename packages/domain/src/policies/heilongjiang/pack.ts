import type { PolicyPack } from '../schema.js';

/**
 * Heilongjiang skills-upgrade subsidy (source 000, 黑人社办发〔2018〕159号 "展翅行动"; POLICY.md A, E1).
 *
 * - A1: 36 months as the national baseline; 12 months (含) for deep-poverty areas (人社部发〔2018〕35号, quoted).
 * - A2: arrears must not be used to refuse.
 * - A6: certificates obtained before the action that missed the 12-month window (or the former, higher
 *   conditions) may apply until 2018-12-31 — keyed on the application date.
 * - A9: the 2017 provincial 办法 (黑人社规〔2017〕21号) favours shortage occupations, but its catalogue was not
 *   found: no uplift until a catalogue is loaded (a `shortage` parameter in a new layer).
 * - The notice reaches back ("因原申领条件较高而未能申领补贴的" may apply until the end of 2018), so the layer
 *   covers certificates from 2017-01-01.
 * - No later Heilongjiang document was found (E1, unconfirmed): the national rule sets apply.
 * - Review, notice and payment days are not in 000: the national defaults apply (marked unconfirmed there).
 */
export const heilongjiangSkillSubsidyPack: PolicyPack<'skill-subsidy'> = {
  id: 'heilongjiang-skill-subsidy',
  program: 'skill-subsidy',
  regionCode: '230000',
  level: 'province',
  name: '黑龙江省技能提升补贴',
  basis: 'certificate_issue_date',
  effectiveFrom: '2017-01-01',
  effectiveTo: null,
  layers: [
    {
      id: 'hlj-2018-159',
      kind: 'provincial',
      effectiveFrom: '2017-01-01',
      effectiveTo: null,
      documentNo: '黑人社办发〔2018〕159号',
      title: '黑龙江省人力资源和社会保障厅办公室关于实施失业保险支持技能提升“展翅行动”的通知',
      issuedOn: '2018-08-08',
      mark: 'confirmed',
      params: {
        deepPovertyMinContributionMonths: 12,
        arrearsRule: 'must_not_refuse',
        shortage: null,
        windowExtension: {
          certificatesIssuedBefore: '2018-08-08',
          applicationsUntil: '2018-12-31',
          documentNo: '黑人社办发〔2018〕159号',
        },
        statistics: { period: 'quarterly', dueDayOfFollowingMonth: 5 }, // 四(二) 每季度末的次月5日前
      },
      notes: [
        '“展翅行动前”取得的证书：以通知印发日2018-08-08为界；12个月期限在2018-12-31前届满的证书均在2017年取得，界线取印发日或2018-01-01结果相同。',
        '紧缺职业倾斜（黑人社规〔2017〕21号，据报最高2500元）目录未找到：不加倾斜。',
      ],
    },
  ],
};
