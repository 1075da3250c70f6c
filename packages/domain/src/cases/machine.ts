import { WorkingDayCalendar } from '../calendar/index.js';
import { compareDates, parseIsoDate, type IsoDate } from '../dates/index.js';
import type { ApprovalStep } from '../policies/index.js';
import { computeDeadline, type DeadlineSpec } from './deadlines.js';
import { BUSINESS_ROLES } from '../roles/index.js';
import {
  MAX_REASON_LENGTH,
  ROLE_LABELS,
  STAFF_ACTING_ROLES,
  type ActorRule,
  type DecisionErrorCode,
  type StaffActingRole,
  type StepActor,
  type WorkflowActor,
  type WorkflowDeadline,
  type WorkflowRules,
  type WorkflowState,
  type WorkflowStep,
} from './types.js';

/**
 * A workflow as data, applied by one machine. The skills subsidy's case (`skillSubsidyCaseMachine`), the
 * payment batch (`paymentBatchMachine`) and the next program's case are definitions, not code: "the next
 * program is configuration and rules, not a copy" (DESIGN.md).
 */
export interface TransitionDefinition<S extends string, E extends string> {
  event: E;
  from: readonly S[];
  to: S;
  /**
   * An approval-step transition (A14): the actor must hold the role of the next pending step, and the
   * transition lands on `to` only when it completes the chain (or always, with `endsChain`). While steps remain
   * it lands on `pendingTo`.
   */
  approval?: { pendingTo: S } | { endsChain: true };
  actors: ActorRule;
  /** D4: refusal, cancellation, appeal … need a reason. */
  reason: 'required' | 'optional' | 'none';
  /** D1: the staff actor must not have taken a separated step of this record, and this step counts too. */
  separated: boolean;
  /** At most this many of this event per record (A13: one appeal). Error code when exceeded. */
  limit?: { max: number | 'maxAppeals'; code: DecisionErrorCode };
  /** At most once per review round (e.g. the refusal notice). */
  oncePerRound?: boolean;
  /** Starts a new review round (the appeal). */
  opensRound?: boolean;
  /** Deadline kinds started (computed from the step date) and stopped by the step. */
  deadlines?: { start?: readonly string[]; stop?: readonly string[] | 'all' };
  /** Chinese label of the action (buttons, audit trail). */
  label: string;
  /** POLICY.md ids this transition implements. */
  rules: readonly string[];
}

export interface WorkflowDefinition<S extends string, E extends string> {
  /** e.g. 'skill-subsidy' or 'payment-batch'. */
  id: string;
  statuses: readonly S[];
  statusLabels: Readonly<Record<S, string>>;
  /** Status of a new record and who may open one. */
  initial: S;
  openEvent: E;
  openActors: ActorRule;
  /** D1: the opening staff member may take no separated step later (the maker of a payment batch never approves it). */
  openSeparated?: boolean;
  /** Deadlines started when the record opens. */
  openDeadlines?: readonly string[];
  /** Statuses no transition leaves. */
  terminal: readonly S[];
  transitions: readonly TransitionDefinition<S, E>[];
  /** Deadline kinds; the number of working days comes from `WorkflowRules.workingDays[kind]`. */
  deadlines: Readonly<Record<string, Omit<DeadlineSpec, 'kind'>>>;
  /** Word used in messages for the record ("案件", "发放批次"). */
  noun: string;
}

export interface WorkflowEvent<E extends string = string> {
  type: E;
  reason?: string | null;
}

export interface DecideContext {
  /** The date the step is taken (Asia/Shanghai calendar date). */
  today: IsoDate;
  rules: WorkflowRules;
  calendar: WorkingDayCalendar;
}

export interface DeadlineChanges {
  start: WorkflowDeadline[];
  /** Kinds to stop (close without a breach), or 'all'. */
  stop: readonly string[] | 'all';
}

export type Decision<S extends string, E extends string> =
  | {
      ok: true;
      /** The status after the step. */
      next: S;
      /** The state after the step (history appended). */
      state: WorkflowState<S, E>;
      /** The step to append (a row of `case_steps`). */
      step: WorkflowStep<S, E>;
      deadlines: DeadlineChanges;
    }
  | { ok: false; code: DecisionErrorCode; message: string };

export interface AllowedAction<E extends string> {
  event: E;
  label: string;
  reasonRequired: boolean;
}

/** One allowed (from, to) status pair, for a CHECK constraint or trigger in the database. */
export interface TransitionPair<S extends string, E extends string> {
  from: S;
  to: S;
  events: E[];
}

function isStaffActingRole(r: string): r is StaffActingRole {
  return (STAFF_ACTING_ROLES as readonly string[]).includes(r);
}

function actorRecord(actor: WorkflowActor, role: StaffActingRole | null): StepActor {
  switch (actor.kind) {
    case 'staff':
      return { kind: 'staff', id: actor.userId, role };
    case 'applicant':
      return { kind: 'applicant', id: actor.applicantId, role: null };
    case 'employer':
      return { kind: 'employer', id: actor.creditCode, role: null };
    case 'system':
      return { kind: 'system', id: actor.job, role: null };
  }
}

/**
 * A calendar with no year loaded: `allowedActions` needs no deadline, so none is computed. `#start` returns none
 * for it without trying: each try threw (and caught) an error with its stack, on every case page (issue 8).
 */
const NO_CALENDAR = new WorkingDayCalendar([]);

type Fail = { ok: false; code: DecisionErrorCode; message: string };
const fail = (code: DecisionErrorCode, message: string): Fail => ({ ok: false, code, message });

export class WorkflowMachine<S extends string, E extends string> {
  readonly definition: WorkflowDefinition<S, E>;
  readonly #byEvent = new Map<E, TransitionDefinition<S, E>>();

  constructor(definition: WorkflowDefinition<S, E>) {
    const problems = validateDefinition(definition);
    if (problems.length) throw new RangeError(`流程定义${definition.id}无效：${problems.join('；')}`);
    this.definition = definition;
    for (const t of definition.transitions) this.#byEvent.set(t.event, t);
  }

  get statuses(): readonly S[] {
    return this.definition.statuses;
  }

  /** Review round of the record: 1, +1 after each round-opening step (appeal). */
  round(state: WorkflowState<S, E>): number {
    let round = 1;
    for (const s of state.steps) if (this.#byEvent.get(s.event)?.opensRound) round = Math.max(round, s.round);
    return round;
  }

  /** Approvals taken in the current round (a refusal ends the round's chain; only approvals advance it). */
  approvalsInRound(state: WorkflowState<S, E>): number {
    const round = this.round(state);
    return state.steps.filter((s) => {
      const t = this.#byEvent.get(s.event);
      return s.round === round && s.approvalStep !== null && t?.approval !== undefined && 'pendingTo' in t.approval;
    }).length;
  }

  /** The approval step waiting in the current round, or null when the chain is complete. */
  pendingApprovalStep(state: WorkflowState<S, E>, rules: WorkflowRules): ApprovalStep | null {
    return rules.approvalSteps[this.approvalsInRound(state)] ?? null;
  }

  /** Staff who took a separated step of the record (D1): none of them may take another. */
  separatedStaff(state: WorkflowState<S, E>): Set<string> {
    return new Set(state.steps.filter((s) => s.separated && s.actor.kind === 'staff').map((s) => s.actor.id));
  }

  /**
   * Opens a record (the first step): status `initial`, deadlines of `openDeadlines` started on `today`.
   * `applicantId` is the person the record is about (null for records no applicant acts on).
   */
  open(
    input: { applicantId: string | null; actor: WorkflowActor },
    context: DecideContext,
  ): Decision<S, E> {
    const def = this.definition;
    parseIsoDate(context.today);
    const who = this.#checkActor(def.openActors, input.actor, input.applicantId, null);
    if (!who.ok) return who;
    const step: WorkflowStep<S, E> = {
      seq: 1,
      event: def.openEvent,
      from: null,
      to: def.initial,
      on: context.today,
      actor: actorRecord(input.actor, who.role),
      round: 1,
      approvalStep: null,
      reason: null,
      separated: def.openSeparated === true && input.actor.kind === 'staff',
    };
    return {
      ok: true,
      next: def.initial,
      state: { status: def.initial, applicantId: input.applicantId, steps: [step] },
      step,
      deadlines: { start: this.#start(def.openDeadlines ?? [], context), stop: [] },
    };
  }

  /**
   * Decides one step. Checks, in order: the event exists and the status allows it (INVALID_TRANSITION); the
   * actor's kind, role and ownership (FORBIDDEN_ROLE, NOT_OWN_CASE, ROLE_CONFLICT); the separation of duties
   * (SAME_PERSON, D1); the reason (REASON_REQUIRED); limits (APPEAL_LIMIT_REACHED, ALREADY_DONE). Pure: the
   * caller stores `step`, sets the status to `next` where it is still `state.status` (optimistic), and applies
   * `deadlines`.
   */
  decide(state: WorkflowState<S, E>, event: WorkflowEvent<E>, actor: WorkflowActor, context: DecideContext): Decision<S, E> {
    const def = this.definition;
    parseIsoDate(context.today);
    const t = this.#byEvent.get(event.type);
    if (!t) return fail('INVALID_TRANSITION', `${def.noun}没有“${String(event.type)}”这一操作`);
    if (!t.from.includes(state.status)) {
      return fail(
        'INVALID_TRANSITION',
        `${def.noun}当前状态为“${def.statusLabels[state.status] ?? state.status}”，不能${t.label}`,
      );
    }

    let approvalStep: ApprovalStep | null = null;
    if (t.approval) {
      approvalStep = this.pendingApprovalStep(state, context.rules);
      if (approvalStep === null) {
        return fail('INVALID_TRANSITION', `${def.noun}本轮审批环节已全部完成，不能${t.label}`);
      }
    }
    const who = this.#checkActor(t.actors, actor, state.applicantId, approvalStep);
    if (!who.ok) return who;

    if (t.separated && actor.kind === 'staff' && this.separatedStaff(state).has(actor.userId)) {
      return fail('SAME_PERSON', `您已办理过本${def.noun}的其他环节，同一${def.noun}的不同环节须由不同人员办理（D1）`);
    }

    // A step that takes no reason records none, whatever was sent.
    const reason = t.reason !== 'none' && event.reason?.trim() ? event.reason.trim() : null;
    if (t.reason === 'required' && reason === null) return fail('REASON_REQUIRED', `${t.label}须填写理由（D4）`);
    if (reason !== null && [...reason].length > MAX_REASON_LENGTH) {
      return fail('REASON_TOO_LONG', `理由不能超过${MAX_REASON_LENGTH}个字`);
    }

    if (t.limit) {
      const max = t.limit.max === 'maxAppeals' ? context.rules.maxAppeals : t.limit.max;
      const used = state.steps.filter((s) => s.event === t.event).length;
      if (used >= max) {
        const msg =
          t.limit.code === 'APPEAL_LIMIT_REACHED'
            ? `本${def.noun}已申请过${max}次复核，不能再次申请（A13）`
            : `本${def.noun}已${t.label}${max}次，不能再次办理`;
        return fail(t.limit.code, msg);
      }
    }
    const round = this.round(state);
    if (t.oncePerRound && state.steps.some((s) => s.event === t.event && s.round === round)) {
      return fail('ALREADY_DONE', `本轮已${t.label}，无需重复办理`);
    }

    const last = state.steps[state.steps.length - 1];
    if (last && compareDates(context.today, last.on) < 0) {
      return fail('DATE_BEFORE_LAST_STEP', `办理日期${context.today}早于上一环节日期${last.on}`);
    }

    let to = t.to;
    if (t.approval && 'pendingTo' in t.approval) {
      if (this.approvalsInRound(state) + 1 < context.rules.approvalSteps.length) to = t.approval.pendingTo;
    }
    const completesChain = to === t.to;

    const step: WorkflowStep<S, E> = {
      seq: state.steps.length + 1,
      event: t.event,
      from: state.status,
      to,
      on: context.today,
      actor: actorRecord(actor, who.role),
      round: t.opensRound ? round + 1 : round,
      approvalStep,
      reason,
      separated: t.separated && actor.kind === 'staff',
    };
    // Deadlines tied to the chain (review) stop only when the chain completes.
    const stop = t.deadlines?.stop ?? [];
    const start = t.deadlines?.start ?? [];
    return {
      ok: true,
      next: to,
      state: { status: to, applicantId: state.applicantId, steps: [...state.steps, step] },
      step,
      deadlines: {
        start: completesChain || !t.approval ? this.#start(start, context) : [],
        stop: completesChain || !t.approval ? stop : [],
      },
    };
  }

  /** The events `actor` may take now (for the UI's buttons), with whether a reason must be asked for. */
  allowedActions(state: WorkflowState<S, E>, actor: WorkflowActor, context: Pick<DecideContext, 'rules'> & { today?: IsoDate }): AllowedAction<E>[] {
    const out: AllowedAction<E>[] = [];
    const last = state.steps[state.steps.length - 1];
    const today = context.today ?? last?.on ?? '2000-01-01';
    // Deadlines are not needed to know what is allowed; a calendar with no years makes none.
    const ctx = { today, rules: context.rules, calendar: NO_CALENDAR };
    for (const t of this.definition.transitions) {
      const r = this.decide(state, { type: t.event, reason: t.reason === 'none' ? null : '—' }, actor, ctx);
      if (r.ok) out.push({ event: t.event, label: t.label, reasonRequired: t.reason === 'required' });
    }
    return out;
  }

  /**
   * Every allowed (from, to) status pair with the events behind it, for the database to enforce
   * (a CHECK against a pairs table or a trigger on status updates). Self-pairs (steps that keep the status,
   * such as dismissing an objection) are left out unless asked for.
   */
  transitionPairs(options: { includeSelf?: boolean } = {}): TransitionPair<S, E>[] {
    const map = new Map<string, TransitionPair<S, E>>();
    const add = (from: S, to: S, event: E) => {
      if (from === to && !options.includeSelf) return;
      const key = `${from}\u0000${to}`;
      const p = map.get(key) ?? { from, to, events: [] };
      if (!p.events.includes(event)) p.events.push(event);
      map.set(key, p);
    };
    for (const t of this.definition.transitions) {
      for (const from of t.from) {
        add(from, t.to, t.event);
        if (t.approval && 'pendingTo' in t.approval) add(from, t.approval.pendingTo, t.event);
      }
    }
    const order = (s: S) => this.definition.statuses.indexOf(s);
    return [...map.values()].sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to));
  }

  /** `('submitted','reviewing'),…` — the pairs as SQL VALUES rows (string literals of fixed status names). */
  transitionPairsSqlValues(options: { includeSelf?: boolean } = {}): string {
    return this.transitionPairs(options)
      .map((p) => `('${p.from}','${p.to}')`)
      .join(',\n');
  }

  #start(kinds: readonly string[], context: DecideContext): WorkflowDeadline[] {
    const out: WorkflowDeadline[] = [];
    for (const kind of kinds) {
      const spec = this.definition.deadlines[kind]!;
      const days = context.rules.workingDays[kind];
      if (days === undefined) throw new RangeError(`流程规则缺少期限“${spec.label}”的工作日天数（${kind}）`);
      if (context.calendar !== NO_CALENDAR) out.push(computeDeadline({ kind, ...spec }, context.today, days, context.calendar));
    }
    return out;
  }

  #checkActor(
    rule: ActorRule,
    actor: WorkflowActor,
    applicantId: string | null,
    approvalStep: ApprovalStep | null,
  ): { ok: true; role: StaffActingRole | null } | Fail {
    const noun = this.definition.noun;
    switch (actor.kind) {
      case 'staff': {
        const roles = actor.roles.filter(isStaffActingRole);
        // D1: business and finance roles are never held by one account.
        const business = roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r));
        if (business && roles.includes('finance')) {
          return fail('ROLE_CONFLICT', '同一账号不能同时拥有业务角色和财务角色（D1），请联系系统管理员调整');
        }
        if (!rule.staff) return fail('FORBIDDEN_ROLE', `工作人员不能办理此操作`);
        if (rule.staff === 'approval_step') {
          const needed = approvalStep!;
          if (!roles.includes(needed)) {
            return fail('FORBIDDEN_ROLE', `当前待办环节为${ROLE_LABELS[needed]}审批，须由${ROLE_LABELS[needed]}办理`);
          }
          return { ok: true, role: needed };
        }
        const role = rule.staff.find((r) => roles.includes(r));
        if (!role) return fail('FORBIDDEN_ROLE', `此操作须由${rule.staff.map((r) => ROLE_LABELS[r]).join('或')}办理`);
        return { ok: true, role };
      }
      case 'applicant':
        if (!rule.applicant) return fail('FORBIDDEN_ROLE', '申请人不能办理此操作');
        if (applicantId === null || actor.applicantId !== applicantId) return fail('NOT_OWN_CASE', `${noun}不存在`);
        return { ok: true, role: null };
      case 'employer':
        if (!rule.employer) return fail('FORBIDDEN_ROLE', '用人单位不能办理此操作');
        return { ok: true, role: null };
      case 'system':
        if (!rule.system) return fail('FORBIDDEN_ROLE', `此操作须由人员办理，系统任务（${actor.job}）不能代办`);
        return { ok: true, role: null };
    }
  }
}


/** Structural checks of a definition (run when a machine is built, so a broken definition fails at start-up). */
export function validateDefinition<S extends string, E extends string>(def: WorkflowDefinition<S, E>): string[] {
  const problems: string[] = [];
  const statuses = new Set<string>(def.statuses);
  const known = (s: string, where: string) => {
    if (!statuses.has(s)) problems.push(`${where}的状态“${s}”未定义`);
  };
  known(def.initial, '初始状态');
  for (const s of def.statuses) if (!def.statusLabels[s]) problems.push(`状态“${s}”缺少中文名称`);
  const events = new Set<string>([def.openEvent]);
  for (const t of def.transitions) {
    if (events.has(t.event)) problems.push(`操作“${t.event}”重复定义`);
    events.add(t.event);
    if (t.from.length === 0) problems.push(`操作“${t.event}”没有起始状态`);
    for (const f of t.from) {
      known(f, `操作“${t.event}”`);
      if (def.terminal.includes(f)) problems.push(`操作“${t.event}”从终止状态“${f}”出发`);
    }
    known(t.to, `操作“${t.event}”`);
    if (t.approval && 'pendingTo' in t.approval) known(t.approval.pendingTo, `操作“${t.event}”`);
    if (t.approval && t.actors.staff !== 'approval_step') problems.push(`审批操作“${t.event}”须由待办环节角色办理`);
    for (const k of [...(t.deadlines?.start ?? []), ...(Array.isArray(t.deadlines?.stop) ? t.deadlines.stop : [])]) {
      if (!def.deadlines[k]) problems.push(`操作“${t.event}”引用了未定义的期限“${k}”`);
    }
  }
  for (const k of def.openDeadlines ?? []) if (!def.deadlines[k]) problems.push(`未定义的期限“${k}”`);
  // Every status is reachable from the initial one.
  const reached = new Set<string>([def.initial]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of def.transitions) {
      if (!t.from.some((f) => reached.has(f))) continue;
      for (const to of [t.to, ...(t.approval && 'pendingTo' in t.approval ? [t.approval.pendingTo] : [])]) {
        if (!reached.has(to)) {
          reached.add(to);
          grew = true;
        }
      }
    }
  }
  for (const s of def.statuses) if (!reached.has(s)) problems.push(`状态“${s}”不可达`);
  return problems;
}
