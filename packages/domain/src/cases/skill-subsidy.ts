import type { IsoDate } from '../dates/index.js';
import { resolveRuleSet, type PolicyRegistry, type SkillSubsidyParams } from '../policies/index.js';
import { WorkflowMachine, type WorkflowDefinition } from './machine.js';
import type { WorkflowRules, WorkflowState } from './types.js';

/**
 * The skills-upgrade subsidy case (技能提升补贴, POLICY.md A11–A17, D1, D4) with API.md's status strings,
 * exactly. The flow (DESIGN.md):
 *
 *   submitted ─approve→ reviewing ─approve→ … ─approve (last step)→ approved ─publish_notice→ in_notice
 *       │  (handler → reviewer → head, as the province's pack says; each a different user, D1)        │
 *       └─reject→ rejected ─appeal (once)→ appealed ─approve/reject (staff who took no step)…          │
 *   in_notice ─pass_notice (system, end of notice)→ notice_passed ─start_payment→ paying ─confirm_paid→ paid
 *   in_notice ─uphold_objection→ cancelled          paying ─fail_payment→ payment_failed ─start_payment→ paying
 *   paid ─open_clawback→ clawback_pending ─confirm_recovered→ recovered
 *                        clawback_pending ─write_off_clawback→ paid (the order written off, the grant stays)
 *   submitted/reviewing/appealed/approved ─withdraw→ withdrawn
 */
export const SKILL_SUBSIDY_CASE_STATUSES = [
  'submitted',
  'reviewing',
  'approved',
  'rejected',
  'appealed',
  'in_notice',
  'notice_passed',
  'cancelled',
  'paying',
  'paid',
  'payment_failed',
  'clawback_pending',
  'recovered',
  'withdrawn',
] as const;
export type SkillSubsidyCaseStatus = (typeof SKILL_SUBSIDY_CASE_STATUSES)[number];

export const SKILL_SUBSIDY_CASE_STATUS_LABELS: Readonly<Record<SkillSubsidyCaseStatus, string>> = {
  submitted: '已提交',
  reviewing: '审核中',
  approved: '审核通过',
  rejected: '审核未通过',
  appealed: '复核中',
  in_notice: '公示中',
  notice_passed: '公示通过',
  cancelled: '已取消',
  paying: '发放中',
  paid: '已发放',
  payment_failed: '发放失败',
  clawback_pending: '追回中',
  recovered: '已追回',
  withdrawn: '已撤回',
};

export const SKILL_SUBSIDY_CASE_EVENTS = [
  'submit',
  'approve',
  'reject',
  'notify_refusal',
  'appeal',
  'withdraw',
  'publish_notice',
  'dismiss_objection',
  'uphold_objection',
  'pass_notice',
  'cancel',
  'start_payment',
  'confirm_paid',
  'fail_payment',
  'open_clawback',
  'confirm_recovered',
  'write_off_clawback',
] as const;
export type SkillSubsidyCaseEvent = (typeof SKILL_SUBSIDY_CASE_EVENTS)[number];

/**
 * Statuses in which a case blocks another application for the same person × occupation × level (A7; issue:
 * "one open or granted case per person × occupation × level"). A rejected case blocks nothing (a new
 * application may follow); an appealed one does. Paid and clawback_pending count as granted until recovered.
 */
export const SKILL_SUBSIDY_OPEN_STATUSES = [
  'submitted',
  'reviewing',
  'approved',
  'appealed',
  'in_notice',
  'notice_passed',
  'paying',
  'payment_failed',
] as const satisfies readonly SkillSubsidyCaseStatus[];
export const SKILL_SUBSIDY_GRANTED_STATUSES = ['paid', 'clawback_pending'] as const satisfies readonly SkillSubsidyCaseStatus[];

/** A13 (002 三(一)): the reason of a refusal is told to the applicant within 5 working days. No pack sets it. */
export const REFUSAL_NOTICE_WORKING_DAYS = 5;
/** A13: the applicant may appeal (复核) a refusal once. */
export const SKILL_SUBSIDY_MAX_APPEALS = 1;

export const skillSubsidyCaseDefinition: WorkflowDefinition<SkillSubsidyCaseStatus, SkillSubsidyCaseEvent> = {
  id: 'skill-subsidy',
  noun: '案件',
  statuses: SKILL_SUBSIDY_CASE_STATUSES,
  statusLabels: SKILL_SUBSIDY_CASE_STATUS_LABELS,
  initial: 'submitted',
  openEvent: 'submit',
  // A11: online by the applicant, at the counter or by proxy (a handler enters it), in batch by the employer.
  openActors: { applicant: true, staff: ['handler'], employer: true },
  openDeadlines: ['review'],
  terminal: ['cancelled', 'recovered', 'withdrawn'],
  deadlines: {
    review: { label: '审核期限', rule: 'A13' },
    refusal_notice: { label: '未通过告知期限', rule: 'A13' },
    payment: { label: '发放期限', rule: 'A16' },
  },
  transitions: [
    {
      event: 'approve',
      from: ['submitted', 'reviewing', 'appealed'],
      to: 'approved',
      approval: { pendingTo: 'reviewing' },
      actors: { staff: 'approval_step' },
      reason: 'optional',
      separated: true,
      deadlines: { stop: ['review'] },
      label: '审核通过',
      rules: ['A13', 'A14', 'D1'],
    },
    {
      event: 'reject',
      from: ['submitted', 'reviewing', 'appealed'],
      to: 'rejected',
      approval: { endsChain: true },
      actors: { staff: 'approval_step' },
      reason: 'required',
      separated: true,
      deadlines: { stop: ['review'], start: ['refusal_notice'] },
      label: '审核不通过',
      rules: ['A13', 'A14', 'D1', 'D4'],
    },
    {
      event: 'notify_refusal',
      from: ['rejected'],
      to: 'rejected',
      actors: { staff: ['handler'], system: true },
      reason: 'none',
      separated: false,
      oncePerRound: true,
      deadlines: { stop: ['refusal_notice'] },
      label: '告知未通过原因',
      rules: ['A13', 'D4'],
    },
    {
      event: 'appeal',
      from: ['rejected'],
      to: 'appealed',
      actors: { applicant: true },
      reason: 'required',
      separated: false,
      limit: { max: 'maxAppeals', code: 'APPEAL_LIMIT_REACHED' },
      opensRound: true,
      deadlines: { stop: ['refusal_notice'], start: ['review'] },
      label: '申请复核',
      rules: ['A13'],
    },
    {
      event: 'withdraw',
      from: ['submitted', 'reviewing', 'appealed', 'approved'],
      to: 'withdrawn',
      actors: { applicant: true, staff: ['handler'] },
      reason: 'optional',
      separated: false,
      deadlines: { stop: 'all' },
      label: '撤回申请',
      rules: ['D3'],
    },
    {
      event: 'publish_notice',
      from: ['approved'],
      to: 'in_notice',
      actors: { staff: ['handler'], system: true },
      reason: 'none',
      separated: false,
      label: '列入公示',
      rules: ['A15'],
    },
    {
      event: 'dismiss_objection',
      from: ['in_notice'],
      to: 'in_notice',
      actors: { staff: ['handler', 'head'] },
      reason: 'required',
      separated: true,
      label: '驳回异议',
      rules: ['A15', 'D1'],
    },
    {
      event: 'uphold_objection',
      from: ['in_notice'],
      to: 'cancelled',
      actors: { staff: ['handler', 'head'] },
      reason: 'required',
      separated: true,
      deadlines: { stop: 'all' },
      label: '异议成立，取消补贴资格',
      rules: ['A15', 'D1'],
    },
    {
      event: 'pass_notice',
      from: ['in_notice'],
      to: 'notice_passed',
      actors: { system: true },
      reason: 'none',
      separated: false,
      deadlines: { start: ['payment'] },
      label: '公示期满无异议',
      rules: ['A15', 'A16'],
    },
    {
      event: 'cancel',
      from: ['approved', 'in_notice', 'notice_passed', 'payment_failed'],
      to: 'cancelled',
      actors: { staff: ['handler', 'head'] },
      reason: 'required',
      separated: true,
      deadlines: { stop: 'all' },
      label: '取消补贴资格',
      rules: ['A15', 'A16', 'D4'],
    },
    {
      event: 'start_payment',
      from: ['notice_passed', 'payment_failed'],
      to: 'paying',
      actors: { staff: ['finance'], system: true },
      reason: 'none',
      separated: false,
      label: '发放',
      rules: ['A16'],
    },
    {
      event: 'confirm_paid',
      from: ['paying'],
      to: 'paid',
      actors: { staff: ['finance'], system: true },
      reason: 'none',
      separated: false,
      deadlines: { stop: ['payment'] },
      label: '确认发放成功',
      rules: ['A16'],
    },
    {
      event: 'fail_payment',
      from: ['paying'],
      to: 'payment_failed',
      actors: { staff: ['finance'], system: true },
      reason: 'required',
      separated: false,
      label: '登记发放失败',
      rules: ['A16'],
    },
    {
      event: 'open_clawback',
      from: ['paid'],
      to: 'clawback_pending',
      actors: { staff: ['handler', 'head'] },
      reason: 'required',
      separated: true,
      label: '发起追回',
      rules: ['A17', 'D1'],
    },
    {
      event: 'confirm_recovered',
      from: ['clawback_pending'],
      to: 'recovered',
      actors: { staff: ['finance'], system: true },
      reason: 'none',
      separated: false,
      label: '确认追回完毕',
      rules: ['A17'],
    },
    {
      // A17: what cannot be recovered is written off by the head with a reason; the money stayed with the
      // person, so the case is paid again and the grant mark stays (A7).
      event: 'write_off_clawback',
      from: ['clawback_pending'],
      to: 'paid',
      actors: { staff: ['head'] },
      reason: 'required',
      separated: false,
      label: '核销追回',
      rules: ['A17'],
    },
  ],
};

/** The skills subsidy's case machine: `decide`, `allowedActions`, `open`, `transitionPairs`. */
export const skillSubsidyCaseMachine = new WorkflowMachine(skillSubsidyCaseDefinition);

export type SkillSubsidyCaseState = WorkflowState<SkillSubsidyCaseStatus, SkillSubsidyCaseEvent>;

/**
 * The case rules of a skills-subsidy rule set (the pack's A13–A16 parameters): approval steps, review and
 * payment working days; the refusal notice (5) and one appeal from A13. Take them from the rule set the case
 * was decided under (its basis date), so a later pack change never alters a case in progress.
 */
export function skillSubsidyCaseRules(
  params: Pick<SkillSubsidyParams, 'approvalSteps' | 'reviewWorkingDays' | 'paymentWorkingDays'>,
): WorkflowRules {
  return {
    approvalSteps: [...params.approvalSteps],
    maxAppeals: SKILL_SUBSIDY_MAX_APPEALS,
    workingDays: {
      review: params.reviewWorkingDays,
      refusal_notice: REFUSAL_NOTICE_WORKING_DAYS,
      payment: params.paymentWorkingDays,
    },
  };
}

/** `skillSubsidyCaseRules` of the rule set in force for the region on the case's basis date; null if not covered. */
export function resolveSkillSubsidyCaseRules(
  regionCode: string,
  basisDate: IsoDate,
  registry?: PolicyRegistry,
): WorkflowRules | null {
  const rs = resolveRuleSet('skill-subsidy', regionCode, basisDate, registry);
  return rs ? skillSubsidyCaseRules(rs.params) : null;
}
