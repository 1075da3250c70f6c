import { describe, expect, it } from 'vitest';
import { builtinWorkingDayCalendar } from '../calendar/index.js';
import type { DecideContext, WorkflowEvent } from './machine.js';
import {
  SKILL_SUBSIDY_CASE_EVENTS,
  SKILL_SUBSIDY_CASE_STATUSES,
  resolveSkillSubsidyCaseRules,
  skillSubsidyCaseMachine as machine,
  skillSubsidyCaseRules,
  type SkillSubsidyCaseEvent,
  type SkillSubsidyCaseState,
  type SkillSubsidyCaseStatus,
} from './skill-subsidy.js';
import type { WorkflowActor, WorkflowRules } from './types.js';

const calendar = builtinWorkingDayCalendar();
// Jilin (002, 附件1): 经办人 → 复核人. Inner Mongolia (001 审批表): 经办人 → 审核人 → 单位负责人.
const JL = resolveSkillSubsidyCaseRules('220100', '2026-03-01')!;
const NMG = resolveSkillSubsidyCaseRules('150100', '2026-03-01')!;

const staff = (userId: string, ...roles: string[]): WorkflowActor => ({ kind: 'staff', userId, roles });
const h1 = staff('h1', 'handler');
const h2 = staff('h2', 'handler');
const r1 = staff('r1', 'reviewer');
const r2 = staff('r2', 'reviewer');
const hd1 = staff('hd1', 'head');
const f1 = staff('f1', 'finance');
const p1: WorkflowActor = { kind: 'applicant', applicantId: 'p1' };
const p2: WorkflowActor = { kind: 'applicant', applicantId: 'p2' };
const sys: WorkflowActor = { kind: 'system', job: 'notice-close' };
/** A business user who took no step yet and holds every business role. */
const fresh = staff('fresh', 'handler', 'reviewer', 'head');

type Move = [SkillSubsidyCaseEvent, WorkflowActor, string?];

function ctx(rules: WorkflowRules = JL, today = '2026-03-02'): DecideContext {
  return { today, rules, calendar };
}

function drive(moves: Move[], rules: WorkflowRules = JL, today = '2026-03-02'): SkillSubsidyCaseState {
  const opened = machine.open({ applicantId: 'p1', actor: p1 }, ctx(rules, today));
  if (!opened.ok) throw new Error(opened.message);
  let state = opened.state;
  for (const [type, actor, reason] of moves) {
    const r = machine.decide(state, { type, reason }, actor, ctx(rules, today));
    if (!r.ok) throw new Error(`${type}: ${r.code} ${r.message}`);
    state = r.state;
  }
  return state;
}

/** A path to each status (Jilin, two steps). */
const PATHS: Record<SkillSubsidyCaseStatus, Move[]> = {
  submitted: [],
  reviewing: [['approve', h1]],
  approved: [['approve', h1], ['approve', r1]],
  rejected: [['reject', h1, '累计缴费月数不足']],
  appealed: [['reject', h1, '累计缴费月数不足'], ['appeal', p1, '缴费记录漏记了2016年']],
  in_notice: [['approve', h1], ['approve', r1], ['publish_notice', sys]],
  notice_passed: [['approve', h1], ['approve', r1], ['publish_notice', sys], ['pass_notice', sys]],
  cancelled: [['approve', h1], ['approve', r1], ['publish_notice', sys], ['uphold_objection', hd1, '证书系伪造']],
  paying: [['approve', h1], ['approve', r1], ['publish_notice', sys], ['pass_notice', sys], ['start_payment', f1]],
  paid: [['approve', h1], ['approve', r1], ['publish_notice', sys], ['pass_notice', sys], ['start_payment', f1], ['confirm_paid', sys]],
  payment_failed: [
    ['approve', h1], ['approve', r1], ['publish_notice', sys], ['pass_notice', sys], ['start_payment', f1],
    ['fail_payment', sys, '账户已销户'],
  ],
  clawback_pending: [
    ['approve', h1], ['approve', r1], ['publish_notice', sys], ['pass_notice', sys], ['start_payment', f1],
    ['confirm_paid', sys], ['open_clawback', hd1, '举报查实：证书核发前已离职'],
  ],
  recovered: [
    ['approve', h1], ['approve', r1], ['publish_notice', sys], ['pass_notice', sys], ['start_payment', f1],
    ['confirm_paid', sys], ['open_clawback', hd1, '举报查实'], ['confirm_recovered', f1],
  ],
  withdrawn: [['withdraw', p1]],
};

/**
 * Written by hand from POLICY.md A13–A17 and API.md, not derived from the definition: every (status, event)
 * that is allowed, and the status it leads to (Jilin, two approval steps). Everything else is refused with
 * INVALID_TRANSITION.
 */
const ALLOWED: Record<SkillSubsidyCaseStatus, Partial<Record<SkillSubsidyCaseEvent, SkillSubsidyCaseStatus>>> = {
  submitted: { approve: 'reviewing', reject: 'rejected', withdraw: 'withdrawn' },
  reviewing: { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  approved: { publish_notice: 'in_notice', cancel: 'cancelled', withdraw: 'withdrawn' },
  rejected: { notify_refusal: 'rejected', appeal: 'appealed' },
  appealed: { approve: 'reviewing', reject: 'rejected', withdraw: 'withdrawn' },
  in_notice: { pass_notice: 'notice_passed', dismiss_objection: 'in_notice', uphold_objection: 'cancelled', cancel: 'cancelled' },
  notice_passed: { start_payment: 'paying', cancel: 'cancelled' },
  cancelled: {},
  paying: { confirm_paid: 'paid', fail_payment: 'payment_failed' },
  paid: { open_clawback: 'clawback_pending' },
  payment_failed: { start_payment: 'paying', cancel: 'cancelled' },
  clawback_pending: { confirm_recovered: 'recovered', write_off_clawback: 'paid' },
  recovered: {},
  withdrawn: {},
};

/** An actor entitled to each event (so that only the status decides). */
const ENTITLED: Record<SkillSubsidyCaseEvent, WorkflowActor> = {
  submit: p1,
  approve: fresh,
  reject: fresh,
  notify_refusal: sys,
  appeal: p1,
  withdraw: p1,
  publish_notice: sys,
  dismiss_objection: fresh,
  uphold_objection: fresh,
  pass_notice: sys,
  cancel: fresh,
  start_payment: f1,
  confirm_paid: sys,
  fail_payment: sys,
  open_clawback: fresh,
  confirm_recovered: f1,
  write_off_clawback: hd1,
};

describe('skills-subsidy case: every status × event (A13–A17, API.md status strings)', () => {
  it('uses exactly the status strings of API.md', () => {
    expect([...SKILL_SUBSIDY_CASE_STATUSES].sort()).toEqual(
      [
        'submitted', 'reviewing', 'approved', 'rejected', 'appealed', 'in_notice', 'notice_passed', 'cancelled',
        'paying', 'paid', 'payment_failed', 'clawback_pending', 'recovered', 'withdrawn',
      ].sort(),
    );
  });

  for (const status of SKILL_SUBSIDY_CASE_STATUSES) {
    for (const event of SKILL_SUBSIDY_CASE_EVENTS.filter((e) => e !== 'submit')) {
      const expected = ALLOWED[status][event];
      it(`${status} —${event}→ ${expected ?? 'INVALID_TRANSITION'}`, () => {
        const state = drive(PATHS[status]);
        expect(state.status).toBe(status);
        const r = machine.decide(state, { type: event, reason: '理由' }, ENTITLED[event], ctx());
        if (expected) {
          expect(r).toMatchObject({ ok: true, next: expected });
        } else {
          expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
          if (!r.ok) expect(r.message).toMatch(/不能|没有/);
        }
      });
    }
  }

  it('an event the machine does not know is INVALID_TRANSITION', () => {
    const r = machine.decide(drive([]), { type: 'pay_twice' as SkillSubsidyCaseEvent }, fresh, ctx());
    expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });
});

describe('who may act (A14, D1, D4)', () => {
  type Row = [name: string, path: Move[], event: WorkflowEvent<SkillSubsidyCaseEvent>, actor: WorkflowActor, code: string];
  const rows: Row[] = [
    ['the reviewer cannot take the handler step', [], { type: 'approve' }, r1, 'FORBIDDEN_ROLE'],
    ['a second handler cannot take the reviewer step', [['approve', h1]], { type: 'approve' }, h2, 'FORBIDDEN_ROLE'],
    ['finance never approves', [], { type: 'approve' }, f1, 'FORBIDDEN_ROLE'],
    ['the applicant never approves', [], { type: 'approve' }, p1, 'FORBIDDEN_ROLE'],
    ['a job never approves', [], { type: 'approve' }, sys, 'FORBIDDEN_ROLE'],
    ['handler + finance on one account (D1)', [], { type: 'approve' }, staff('x', 'handler', 'finance'), 'ROLE_CONFLICT'],
    ['an auditor takes no step', [], { type: 'reject', reason: '不符合' }, staff('a', 'auditor'), 'FORBIDDEN_ROLE'],
    ['refusal needs a reason', [], { type: 'reject' }, h1, 'REASON_REQUIRED'],
    ['a blank reason is no reason', [], { type: 'reject', reason: ' \u3000 ' }, h1, 'REASON_REQUIRED'],
    ['a reason of 501 characters is too long', [], { type: 'reject', reason: '理'.repeat(501) }, h1, 'REASON_TOO_LONG'],
    ['someone else’s applicant cannot appeal', PATHS.rejected, { type: 'appeal', reason: '有误' }, p2, 'NOT_OWN_CASE'],
    ['staff cannot appeal for the applicant', PATHS.rejected, { type: 'appeal', reason: '有误' }, h2, 'FORBIDDEN_ROLE'],
    ['an appeal needs grounds', PATHS.rejected, { type: 'appeal' }, p1, 'REASON_REQUIRED'],
    ['the notice closes only by the job', PATHS.in_notice, { type: 'pass_notice' }, hd1, 'FORBIDDEN_ROLE'],
    ['the approving handler cannot decide an objection', PATHS.in_notice, { type: 'uphold_objection', reason: '属实' }, h1, 'SAME_PERSON'],
    ['the approving reviewer cannot dismiss an objection', PATHS.in_notice, { type: 'dismiss_objection', reason: '不属实' }, staff('r1', 'reviewer', 'head'), 'SAME_PERSON'],
    ['upholding needs a reason', PATHS.in_notice, { type: 'uphold_objection' }, hd1, 'REASON_REQUIRED'],
    ['cancelling needs a reason', PATHS.approved, { type: 'cancel', reason: '' }, hd1, 'REASON_REQUIRED'],
    ['handlers do not pay', PATHS.notice_passed, { type: 'start_payment' }, h2, 'FORBIDDEN_ROLE'],
    ['a bank failure needs its reason', PATHS.paying, { type: 'fail_payment' }, f1, 'REASON_REQUIRED'],
    ['the refusal notice is sent once', [...PATHS.rejected, ['notify_refusal', sys]], { type: 'notify_refusal' }, h2, 'ALREADY_DONE'],
    ['the clawback is opened by business staff', PATHS.paid, { type: 'open_clawback', reason: '查实' }, f1, 'FORBIDDEN_ROLE'],
    ['someone else’s applicant cannot withdraw', [], { type: 'withdraw' }, p2, 'NOT_OWN_CASE'],
  ];
  it.each(rows.map(([name, path, event, actor, code]) => [name, code, path, event, actor] as const))('%s → %s', (_name, code, path, event, actor) => {
    const r = machine.decide(drive(path), event, actor, ctx());
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the pending step in the refusal', () => {
    const r = machine.decide(drive([['approve', h1]]), { type: 'approve' }, h2, ctx());
    expect(r).toMatchObject({ ok: false, message: '当前待办环节为复核人审批，须由复核人办理' });
  });

  it('one user holding handler and reviewer roles still takes only one step (D1)', () => {
    const both = staff('hr', 'handler', 'reviewer');
    const s = machine.decide(drive([]), { type: 'approve' }, both, ctx());
    expect(s).toMatchObject({ ok: true, next: 'reviewing', step: { approvalStep: 'handler', actor: { id: 'hr', role: 'handler' } } });
    if (!s.ok) return;
    expect(machine.decide(s.state, { type: 'approve' }, both, ctx())).toMatchObject({ ok: false, code: 'SAME_PERSON' });
    expect(machine.decide(s.state, { type: 'reject', reason: '证书查无' }, both, ctx())).toMatchObject({ ok: false, code: 'SAME_PERSON' });
  });

  it('who may open a case (A11): applicant, counter handler, employer batch — not a reviewer or a job', () => {
    const c = ctx();
    expect(machine.open({ applicantId: 'p1', actor: p1 }, c)).toMatchObject({ ok: true, next: 'submitted' });
    expect(machine.open({ applicantId: 'p1', actor: h1 }, c)).toMatchObject({ ok: true, step: { actor: { kind: 'staff', role: 'handler' } } });
    expect(machine.open({ applicantId: 'p1', actor: { kind: 'employer', creditCode: '91220101MA0000000X' } }, c)).toMatchObject({ ok: true });
    expect(machine.open({ applicantId: 'p1', actor: r1 }, c)).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect(machine.open({ applicantId: 'p1', actor: sys }, c)).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect(machine.open({ applicantId: 'p1', actor: p2 }, c)).toMatchObject({ ok: false, code: 'NOT_OWN_CASE' });
  });

  it('refuses a step dated before the last one', () => {
    const state = drive([], JL, '2026-03-05');
    expect(machine.decide(state, { type: 'approve' }, h1, ctx(JL, '2026-03-04'))).toMatchObject({ ok: false, code: 'DATE_BEFORE_LAST_STEP' });
  });
});

describe('approval steps per province (A14)', () => {
  it('Jilin: handler → reviewer; Inner Mongolia: handler → reviewer → head (from the packs)', () => {
    expect(JL.approvalSteps).toEqual(['handler', 'reviewer']);
    expect(NMG.approvalSteps).toEqual(['handler', 'reviewer', 'head']);
    expect(resolveSkillSubsidyCaseRules('230100', '2018-09-01')?.approvalSteps).toEqual(['handler', 'reviewer', 'head']);
    expect(resolveSkillSubsidyCaseRules('440100', '2018-09-01')).toBeNull();
  });

  it('three steps, each by a different user; the head step completes the chain', () => {
    let state = drive([], NMG);
    const seen: [string, string | null][] = [];
    for (const actor of [h1, r1, hd1]) {
      const r = machine.decide(state, { type: 'approve' }, actor, ctx(NMG));
      if (!r.ok) throw new Error(r.message);
      seen.push([r.next, r.step.approvalStep]);
      state = r.state;
    }
    expect(seen).toEqual([
      ['reviewing', 'handler'],
      ['reviewing', 'reviewer'],
      ['approved', 'head'],
    ]);
    expect(state.steps.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
  });

  it('the head step cannot be taken by the user who reviewed', () => {
    const state = drive([['approve', h1], ['approve', staff('rh', 'reviewer', 'head')]], NMG);
    expect(machine.decide(state, { type: 'approve' }, staff('rh', 'reviewer', 'head'), ctx(NMG))).toMatchObject({
      ok: false,
      code: 'SAME_PERSON',
    });
  });

  it('a one-step chain goes straight to approved', () => {
    const single: WorkflowRules = { ...JL, approvalSteps: ['handler'] };
    expect(machine.decide(drive([], single), { type: 'approve' }, h1, ctx(single))).toMatchObject({ ok: true, next: 'approved' });
  });

  it('the reviewer may refuse at the second step', () => {
    expect(machine.decide(drive([['approve', h1]]), { type: 'reject', reason: '证书查无此号' }, r1, ctx())).toMatchObject({
      ok: true,
      next: 'rejected',
      step: { approvalStep: 'reviewer', reason: '证书查无此号' },
    });
  });
});

describe('appeal (复核) once, reviewed by staff who took no part (A13, D1)', () => {
  const roundOne: Move[] = [['approve', h1], ['reject', r1, '证书等级与申报不符']];
  const appealed: Move[] = [...roundOne, ['appeal', p1, '证书为四级，附件可证']];

  it('reopens the review as round 2, starting again from the handler step', () => {
    const state = drive(appealed);
    expect(state.status).toBe('appealed');
    expect(machine.round(state)).toBe(2);
    expect(machine.pendingApprovalStep(state, JL)).toBe('handler');
  });

  it('the staff of round 1 cannot act in round 2; others can', () => {
    const state = drive(appealed);
    expect(machine.decide(state, { type: 'approve' }, h1, ctx())).toMatchObject({ ok: false, code: 'SAME_PERSON' });
    const a = machine.decide(state, { type: 'approve' }, h2, ctx());
    expect(a).toMatchObject({ ok: true, next: 'reviewing', step: { round: 2, approvalStep: 'handler' } });
    if (!a.ok) return;
    expect(machine.decide(a.state, { type: 'approve' }, r1, ctx())).toMatchObject({ ok: false, code: 'SAME_PERSON' });
    expect(machine.decide(a.state, { type: 'approve' }, r2, ctx())).toMatchObject({ ok: true, next: 'approved' });
  });

  it('a second refusal cannot be appealed again', () => {
    const state = drive([...appealed, ['reject', h2, '复核维持原决定']]);
    expect(state.status).toBe('rejected');
    const r = machine.decide(state, { type: 'appeal', reason: '再次申请' }, p1, ctx());
    expect(r).toMatchObject({ ok: false, code: 'APPEAL_LIMIT_REACHED' });
    if (!r.ok) expect(r.message).toContain('A13');
  });

  it('the refusal of round 2 can be notified again (once per round)', () => {
    const state = drive([...appealed.slice(0, 2), ['notify_refusal', sys], appealed[2]!, ['reject', h2, '维持']]);
    expect(machine.decide(state, { type: 'notify_refusal' }, h2, ctx())).toMatchObject({ ok: true, next: 'rejected' });
  });
});

describe('allowedActions (for the UI)', () => {
  const events = (state: SkillSubsidyCaseState, actor: WorkflowActor) =>
    machine.allowedActions(state, actor, { rules: JL }).map((a) => a.event);

  it('follows the pending step and the separation of duties', () => {
    expect(events(drive([]), h1)).toEqual(['approve', 'reject', 'withdraw']);
    expect(events(drive([]), r1)).toEqual([]);
    expect(events(drive([]), p1)).toEqual(['withdraw']);
    expect(events(drive([]), p2)).toEqual([]);
    expect(events(drive(PATHS.reviewing), r1)).toEqual(['approve', 'reject']);
    expect(events(drive(PATHS.reviewing), h1)).toEqual(['withdraw']);
    expect(events(drive(PATHS.rejected), p1)).toEqual(['appeal']);
    expect(events(drive(PATHS.in_notice), hd1)).toEqual(['dismiss_objection', 'uphold_objection', 'cancel']);
    expect(events(drive(PATHS.in_notice), h1)).toEqual([]);
    expect(events(drive(PATHS.notice_passed), f1)).toEqual(['start_payment']);
    expect(events(drive(PATHS.recovered), fresh)).toEqual([]);
  });

  it('says which actions need a reason', () => {
    const actions = machine.allowedActions(drive([]), h1, { rules: JL });
    expect(actions).toEqual([
      { event: 'approve', label: '审核通过', reasonRequired: false },
      { event: 'reject', label: '审核不通过', reasonRequired: true },
      { event: 'withdraw', label: '撤回申请', reasonRequired: false },
    ]);
  });
});

describe('transition pairs for the database', () => {
  it('lists every (from, to) pair once with its events', () => {
    const pairs = machine.transitionPairs().map((p) => `${p.from}>${p.to}`);
    expect(pairs).toEqual([
      'submitted>reviewing', 'submitted>approved', 'submitted>rejected', 'submitted>withdrawn',
      'reviewing>approved', 'reviewing>rejected', 'reviewing>withdrawn',
      'approved>in_notice', 'approved>cancelled', 'approved>withdrawn',
      'rejected>appealed',
      'appealed>reviewing', 'appealed>approved', 'appealed>rejected', 'appealed>withdrawn',
      'in_notice>notice_passed', 'in_notice>cancelled',
      'notice_passed>cancelled', 'notice_passed>paying',
      'paying>paid', 'paying>payment_failed',
      'paid>clawback_pending',
      'payment_failed>cancelled', 'payment_failed>paying',
      'clawback_pending>paid', 'clawback_pending>recovered',
    ]);
    const cancel = machine.transitionPairs().find((p) => p.from === 'in_notice' && p.to === 'cancelled');
    expect(cancel?.events).toEqual(['uphold_objection', 'cancel']);
  });

  it('adds the status-keeping steps on request, and renders SQL VALUES rows', () => {
    const self = machine.transitionPairs({ includeSelf: true }).filter((p) => p.from === p.to).map((p) => p.from);
    expect(self).toEqual(['reviewing', 'rejected', 'in_notice']);
    expect(machine.transitionPairsSqlValues().split(',\n')[0]).toBe("('submitted','reviewing')");
    expect(machine.transitionPairsSqlValues()).not.toContain("('paid','paying')");
  });
});

describe('deadlines in working days (A13, A16, D6) on the 2026 calendar', () => {
  it('review: received Friday before the Spring Festival → due 2026-02-27 (02-14 is a working Saturday)', () => {
    const r = machine.open({ applicantId: 'p1', actor: p1 }, ctx(JL, '2026-02-13'));
    expect(r).toMatchObject({
      ok: true,
      deadlines: { start: [{ kind: 'review', rule: 'A13', startedOn: '2026-02-13', workingDays: 5, due: '2026-02-27', warning: null }] },
    });
  });

  it('refusal notice: refused 2026-09-30 → due 2026-10-13 across National Day (10-10 worked)', () => {
    const state = drive([], JL, '2026-09-28');
    const r = machine.decide(state, { type: 'reject', reason: '欠缴失业保险费' }, h1, ctx(JL, '2026-09-30'));
    expect(r).toMatchObject({
      ok: true,
      deadlines: { stop: ['review'], start: [{ kind: 'refusal_notice', due: '2026-10-13' }] },
    });
  });

  it('payment: notice passed Monday 2026-09-28 → 7 working days → due 2026-10-13 (A16)', () => {
    const state = drive(PATHS.in_notice, JL, '2026-09-21');
    const r = machine.decide(state, { type: 'pass_notice' }, sys, ctx(JL, '2026-09-28'));
    expect(r).toMatchObject({ ok: true, deadlines: { start: [{ kind: 'payment', workingDays: 7, due: '2026-10-13' }] } });
  });

  it('the review deadline stops only when the last approval step is taken', () => {
    const s1 = machine.decide(drive([]), { type: 'approve' }, h1, ctx());
    expect(s1).toMatchObject({ ok: true, deadlines: { start: [], stop: [] } });
    if (!s1.ok) return;
    expect(machine.decide(s1.state, { type: 'approve' }, r1, ctx())).toMatchObject({ ok: true, deadlines: { stop: ['review'] } });
  });

  it('an appeal restarts the review deadline', () => {
    const state = drive(PATHS.rejected, JL, '2026-02-10');
    const r = machine.decide(state, { type: 'appeal', reason: '有新材料' }, p1, ctx(JL, '2026-02-13'));
    expect(r).toMatchObject({ ok: true, deadlines: { stop: ['refusal_notice'], start: [{ kind: 'review', due: '2026-02-27' }] } });
  });

  it('withdrawal and cancellation stop every deadline', () => {
    expect(machine.decide(drive([]), { type: 'withdraw' }, p1, ctx())).toMatchObject({ ok: true, deadlines: { stop: 'all' } });
    expect(machine.decide(drive(PATHS.approved), { type: 'cancel', reason: '重复申请' }, hd1, ctx())).toMatchObject({
      ok: true,
      deadlines: { stop: 'all' },
    });
  });
});

describe('case rules from the pack (A13–A16)', () => {
  it('maps the pack parameters; refusal notice 5 and one appeal from A13', () => {
    expect(skillSubsidyCaseRules({ approvalSteps: ['handler', 'reviewer'], reviewWorkingDays: 5, paymentWorkingDays: 7 })).toEqual({
      approvalSteps: ['handler', 'reviewer'],
      maxAppeals: 1,
      workingDays: { review: 5, refusal_notice: 5, payment: 7 },
    });
  });
});
