import { z } from 'zod';
import type { IsoDate } from '../dates/index.js';
import type { SkillSubsidyCaseStatus } from '../cases/index.js';
import { mobilePhoneSchema } from '../validators/index.js';
import { isNoticeOpen, type NoticeWindow } from './period.js';

/**
 * Objections and reports during the notice (A15): anyone may object online, leaving contact details; a handler
 * (or the head) investigates with the certification body and upholds — the approval is cancelled, with the
 * reason — or dismisses — the case stays in notice. The decision itself goes through the case machine
 * (`uphold_objection` / `dismiss_objection`), so roles and the separation of duties (D1) are checked in one
 * place and the step is recorded on the case.
 */
export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed', 'closed'] as const;
/** closed: the case left the notice otherwise (withdrawn, cancelled on another objection) before a finding. */
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export const OBJECTION_STATUS_LABELS: Readonly<Record<ObjectionStatus, string>> = {
  open: '待核查',
  upheld: '异议成立',
  dismissed: '异议不成立',
  closed: '已结束（案件已不在公示中）',
};

/** What the public objection form sends (the case is named by the route). */
export const objectionSubmissionSchema = z.object({
  contactName: z
    .string({ error: '请填写联系人姓名' })
    .trim()
    .min(1, { error: '请填写联系人姓名' })
    .max(50, { error: '联系人姓名不能超过50个字' }),
  contactPhone: mobilePhoneSchema,
  content: z
    .string({ error: '请填写异议内容' })
    .trim()
    .min(5, { error: '异议内容至少5个字' })
    .max(2000, { error: '异议内容不能超过2000个字' }),
});
export type ObjectionSubmission = z.output<typeof objectionSubmissionSchema>;

export type ObjectionAcceptance =
  | { ok: true }
  | { ok: false; code: 'NOTICE_NOT_OPEN' | 'CASE_NOT_IN_NOTICE'; message: string };

/** An objection is taken while the notice is open and the case is still in it. */
export function canSubmitObjection(
  window: Pick<NoticeWindow, 'publishedOn' | 'endsOn'>,
  caseStatus: SkillSubsidyCaseStatus,
  today: IsoDate,
): ObjectionAcceptance {
  if (!isNoticeOpen(window, today)) {
    return { ok: false, code: 'NOTICE_NOT_OPEN', message: `公示期为${window.publishedOn}至${window.endsOn}，当前不在公示期内` };
  }
  if (caseStatus !== 'in_notice') return { ok: false, code: 'CASE_NOT_IN_NOTICE', message: '该人员已不在公示名单中' };
  return { ok: true };
}

export type ObjectionOutcome = 'upheld' | 'dismissed';

export type ObjectionDecision =
  | {
      ok: true;
      status: ObjectionOutcome;
      /** The case event to decide with the case machine in the same transaction (roles and D1 are checked there). */
      caseEvent: { type: 'uphold_objection' | 'dismiss_objection'; reason: string };
    }
  | { ok: false; code: 'OBJECTION_ALREADY_DECIDED' | 'REASON_REQUIRED'; message: string };

/**
 * The outcome of an investigation. Upheld → the case is cancelled with the reason (A15 "情况属实的，要取消申请人
 * 的补贴发放资格"); dismissed → the case stays in notice and passes at its end unless another objection holds it.
 */
export function decideObjection(objection: { status: ObjectionStatus }, outcome: ObjectionOutcome, reason: string | null | undefined): ObjectionDecision {
  if (objection.status !== 'open') {
    return { ok: false, code: 'OBJECTION_ALREADY_DECIDED', message: `该异议已处理（${OBJECTION_STATUS_LABELS[objection.status]}）` };
  }
  const r = reason?.trim();
  if (!r) return { ok: false, code: 'REASON_REQUIRED', message: '请填写核查结论（D4）' };
  return {
    ok: true,
    status: outcome,
    caseEvent: { type: outcome === 'upheld' ? 'uphold_objection' : 'dismiss_objection', reason: r },
  };
}

/** Open objections of a case that has left the notice (cancelled on another objection, withdrawn): to be closed. */
export function objectionsToClose<T extends { status: ObjectionStatus }>(objections: readonly T[], caseStatus: SkillSubsidyCaseStatus): T[] {
  return caseStatus === 'in_notice' ? [] : objections.filter((o) => o.status === 'open');
}
