// What the printed approval form (申领审批表, policy sources 001 and 002 附件1) reads from a case: the sign-off
// blocks of the handling office, filled from the case's timeline, and the public-notice dates.
import { REGIONS } from '@huimin/domain';
import type { CaseStep } from '../../api';

/** The office's sign-off blocks, in the order the forms print them: 经办人, 复核人（审核人）, 负责人. */
export const SIGN_OFF_STEPS = ['handler', 'reviewer', 'head'] as const;
export type SignOffStep = (typeof SIGN_OFF_STEPS)[number];

export interface SignOff {
  step: SignOffStep;
  /** Null while the step has not been taken: the block is left blank to be signed by hand. */
  decision: 'approve' | 'reject' | null;
  name: string | null;
  date: string | null;
  reason: string | null;
}

/**
 * The decision of each approval step (A14) in the latest round that has one. An appeal (D4) starts a new round
 * in which the steps decide again; the form shows that round, whose decisions are the ones in force. A step
 * not taken in that round (not reached yet, or not required by the province: Jilin has no 负责人 step) stays
 * blank, as on the paper form.
 */
export function signOffs(steps: readonly CaseStep[]): SignOff[] {
  const decisions = steps.filter(
    (s): s is CaseStep & { event: 'approve' | 'reject'; approvalStep: SignOffStep } =>
      (s.event === 'approve' || s.event === 'reject') && s.approvalStep !== null,
  );
  const round = decisions.reduce((latest, s) => Math.max(latest, s.round), 0);
  return SIGN_OFF_STEPS.map((step) => {
    const taken = decisions.filter((s) => s.round === round && s.approvalStep === step).at(-1);
    if (!taken) return { step, decision: null, name: null, date: null, reason: null };
    return { step, decision: taken.event, name: taken.actorName, date: taken.on, reason: taken.reason };
  });
}

export interface NoticeDates {
  publishedOn: string | null;
  passedOn: string | null;
}

/** When the case went into the public notice (A15) and when the notice ended without a sustained objection. */
export function noticeDates(steps: readonly CaseStep[]): NoticeDates {
  const last = (event: CaseStep['event']) => steps.filter((s) => s.event === event).at(-1)?.on ?? null;
  return { publishedOn: last('publish_notice'), passedOn: last('pass_notice') };
}

/** "吉林省" for a Changchun case: the province whose form this is. */
export function provinceName(regionCode: string): string {
  return (REGIONS as Readonly<Record<string, string>>)[`${regionCode.slice(0, 2)}0000`] ?? '';
}

/** "长春市（220100）", or the bare code when the name is unknown. */
export function regionText(regionCode: string): string {
  const name = (REGIONS as Readonly<Record<string, string>>)[regionCode];
  return name ? `${name}（${regionCode}）` : regionCode;
}
