import type { PolicyPack } from '../schema.js';

/**
 * Liaocheng (聊城市, 371500) unemployment benefit: the city's monthly standard (C5).
 *
 * Liaocheng's minimum-wage tier and its benefit standard are UNCONFIRMED (POLICY.md E3). The values below are a
 * DEMO so that the calculator can be shown end to end; they are not an official standard. They are derived
 * from documents that are confirmed — Shandong's second minimum-wage tier (鲁政字〔2021〕169号: 1900 yuan from
 * 2021-10-01; 鲁政字〔2025〕140号: 2210 yuan from 2025-10-01) — times the national direction of 90 % (partial).
 * Every decision that uses them carries a warning. The province enters the real standard as a new layer.
 * Before 2021-10-01 no value is loaded, so Liaocheng is not covered for those application dates.
 */
export const liaochengUnemploymentBenefitPack: PolicyPack<'unemployment-benefit'> = {
  id: 'liaocheng-unemployment-benefit',
  program: 'unemployment-benefit',
  regionCode: '371500',
  level: 'city',
  name: '聊城市失业保险金标准（演示值）',
  effectiveFrom: '2021-10-01',
  effectiveTo: null,
  layers: [
    {
      id: 'lc-ub-demo-2021',
      kind: 'city',
      effectiveFrom: '2021-10-01',
      effectiveTo: '2025-09-30',
      documentNo: '演示值（依据鲁政字〔2021〕169号第二档最低工资1900元×90%推算，非官方标准）',
      title: '聊城市失业保险金标准（演示值，未确认）',
      issuedOn: null,
      mark: 'unconfirmed',
      params: {
        monthlyStandardFen: 171_000,
        monthlyStandardLabel: '演示值，未确认：按山东省第二档最低工资1900元的90%推算，非聊城市官方标准',
      },
      decisionWarnings: ['聊城市失业保险金标准为演示值（未确认），不是官方标准；正式使用前须由省级录入实际标准。'],
    },
    {
      id: 'lc-ub-demo-2025',
      kind: 'city',
      effectiveFrom: '2025-10-01',
      effectiveTo: null,
      documentNo: '演示值（依据鲁政字〔2025〕140号第二档最低工资2210元×90%推算，非官方标准）',
      title: '聊城市失业保险金标准（演示值，未确认）',
      issuedOn: null,
      mark: 'unconfirmed',
      params: {
        monthlyStandardFen: 198_900,
        monthlyStandardLabel: '演示值，未确认：按山东省第二档最低工资2210元的90%推算，非聊城市官方标准',
      },
      decisionWarnings: ['聊城市失业保险金标准为演示值（未确认），不是官方标准；正式使用前须由省级录入实际标准。'],
    },
  ],
};
