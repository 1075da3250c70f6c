import { describe, expect, it } from 'vitest';
import { builtinWorkingDayCalendar } from '../calendar/index.js';
import { WorkflowMachine, validateDefinition, type WorkflowDefinition } from './machine.js';
import type { WorkflowActor, WorkflowRules } from './types.js';

/**
 * The machine is not the skills subsidy's: a second program is a definition. This one is shaped like the
 * job-stabilization refund's silent screening (B4, B5): a job proposes a refund, the employer confirms, one
 * reviewer signs off, finance pays; no public notice. (Illustration for the machinery, not a shipped flow.)
 */
type S = 'proposed' | 'confirmed' | 'approved' | 'declined' | 'paid';
type E = 'screen' | 'confirm' | 'decline' | 'approve' | 'pay';
const screening: WorkflowDefinition<S, E> = {
  id: 'screening-example',
  noun: '返还记录',
  statuses: ['proposed', 'confirmed', 'approved', 'declined', 'paid'],
  statusLabels: { proposed: '系统筛选', confirmed: '企业已确认', approved: '已核准', declined: '企业放弃', paid: '已拨付' },
  initial: 'proposed',
  openEvent: 'screen',
  openActors: { system: true },
  terminal: ['declined', 'paid'],
  deadlines: { confirm: { label: '确认期限', rule: 'B4' } },
  openDeadlines: ['confirm'],
  transitions: [
    { event: 'confirm', from: ['proposed'], to: 'confirmed', actors: { employer: true }, reason: 'none', separated: false, deadlines: { stop: ['confirm'] }, label: '确认', rules: ['B4'] },
    { event: 'decline', from: ['proposed'], to: 'declined', actors: { employer: true }, reason: 'optional', separated: false, deadlines: { stop: 'all' }, label: '放弃', rules: ['B4'] },
    { event: 'approve', from: ['confirmed'], to: 'approved', approval: { pendingTo: 'confirmed' }, actors: { staff: 'approval_step' }, reason: 'optional', separated: true, label: '核准', rules: ['D1'] },
    { event: 'pay', from: ['approved'], to: 'paid', actors: { staff: ['finance'] }, reason: 'none', separated: false, label: '拨付', rules: ['B5'] },
  ],
};
const rules: WorkflowRules = { approvalSteps: ['reviewer'], maxAppeals: 0, workingDays: { confirm: 10 } };
const calendar = builtinWorkingDayCalendar();
const ctx = { today: '2026-03-02', rules, calendar };
const job: WorkflowActor = { kind: 'system', job: 'yearly-screening' };
const employer: WorkflowActor = { kind: 'employer', creditCode: '91350100M000100Y43' };

describe('the workflow machine serves another program by definition alone', () => {
  const m = new WorkflowMachine(screening);

  it('runs screening → confirm → approve → pay with its own deadlines', () => {
    const o = m.open({ applicantId: null, actor: job }, ctx);
    expect(o).toMatchObject({ ok: true, next: 'proposed', deadlines: { start: [{ kind: 'confirm', rule: 'B4', due: '2026-03-16' }] } });
    if (!o.ok) return;
    const c = m.decide(o.state, { type: 'confirm' }, employer, ctx);
    expect(c).toMatchObject({ ok: true, next: 'confirmed', deadlines: { stop: ['confirm'] } });
    if (!c.ok) return;
    const a = m.decide(c.state, { type: 'approve' }, { kind: 'staff', userId: 'r', roles: ['reviewer'] }, ctx);
    expect(a).toMatchObject({ ok: true, next: 'approved', step: { approvalStep: 'reviewer', separated: true } });
    if (!a.ok) return;
    expect(m.decide(a.state, { type: 'pay' }, { kind: 'staff', userId: 'r', roles: ['reviewer'] }, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect(m.decide(a.state, { type: 'pay' }, { kind: 'staff', userId: 'f', roles: ['finance'] }, ctx)).toMatchObject({ ok: true, next: 'paid' });
    expect(m.transitionPairs().map((p) => `${p.from}>${p.to}`)).toEqual([
      'proposed>confirmed', 'proposed>declined', 'confirmed>approved', 'approved>paid',
    ]);
  });

  it('an applicant-less record refuses every applicant', () => {
    const o = m.open({ applicantId: null, actor: job }, ctx);
    if (!o.ok) throw new Error(o.message);
    expect(m.decide(o.state, { type: 'confirm' }, { kind: 'applicant', applicantId: 'x' }, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
  });
});

describe('definitions are checked when a machine is built', () => {
  it('accepts a sound definition', () => {
    expect(validateDefinition(screening)).toEqual([]);
  });

  it.each([
    ['an unknown target status', { ...screening, transitions: [...screening.transitions, { ...screening.transitions[3]!, event: 'x' as E, to: 'gone' as S }] }, '未定义'],
    ['an unreachable status', { ...screening, transitions: screening.transitions.filter((t) => t.event !== 'pay') }, '不可达'],
    ['a transition out of a terminal status', { ...screening, transitions: [...screening.transitions, { ...screening.transitions[3]!, event: 'x' as E, from: ['paid' as S] }] }, '终止状态'],
    ['an undefined deadline', { ...screening, openDeadlines: ['nope'] }, '未定义的期限'],
    ['a duplicated event', { ...screening, transitions: [...screening.transitions, screening.transitions[0]!] }, '重复'],
    ['an approval not taken by the step role', { ...screening, transitions: screening.transitions.map((t) => (t.event === 'approve' ? { ...t, actors: { staff: ['head' as const] } } : t)) }, '待办环节'],
  ])('refuses %s', (_name, def, message) => {
    expect(validateDefinition(def as WorkflowDefinition<S, E>).join('；')).toContain(message);
    expect(() => new WorkflowMachine(def as WorkflowDefinition<S, E>)).toThrow(RangeError);
  });
});
