import { z } from 'zod';

/** The three programs of the platform (DESIGN.md "Names in code"). A deployment may turn any of them off. */
export const PROGRAM_IDS = ['skill-subsidy', 'unemployment-benefit', 'job-stabilization'] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];
// Marked pure so that a web app importing only the labels does not pull zod into its first load.
export const programIdSchema = /* @__PURE__ */ z.enum(PROGRAM_IDS);

export const PROGRAM_LABELS: Record<ProgramId, { zh: string; en: string; summary: string }> = {
  'skill-subsidy': {
    zh: '技能提升补贴',
    en: 'Skills-upgrade subsidy',
    summary: '参保职工取得职业资格证书或职业技能等级证书后申领，1000—2600元',
  },
  'unemployment-benefit': {
    zh: '失业保险金',
    en: 'Unemployment-insurance benefit',
    summary: '非本人意愿中断就业的参保人员网上申领，按月发放',
  },
  'job-stabilization': {
    zh: '稳岗返还',
    en: 'Job-stabilization refund',
    summary: '不裁员或少裁员的参保企业免申即享，返还上年度失业保险费',
  },
};
