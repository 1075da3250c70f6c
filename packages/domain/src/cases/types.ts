import type { IsoDate } from '../dates/index.js';
import type { ApprovalStep } from '../policies/index.js';
import { BUSINESS_ROLES, STAFF_ROLE_LABELS } from '../roles/index.js';

/**
 * Types shared by every workflow of the platform: the case of each program and the payment batch run on the
 * same machine (`WorkflowMachine`). A workflow is data: states, transitions and guards; the machine only
 * applies them. Nothing here knows a database: a decision returns the step to append and the deadlines to
 * start or stop, and the caller stores them.
 */

/** Roles that act on a case (API.md "Staff login"). Other roles (auditor, admins) never take a step. */
export const STAFF_ACTING_ROLES = [...BUSINESS_ROLES, 'finance'] as const;
export type StaffActingRole = (typeof STAFF_ACTING_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<StaffActingRole, string>> = {
  handler: STAFF_ROLE_LABELS.handler,
  reviewer: STAFF_ROLE_LABELS.reviewer,
  head: STAFF_ROLE_LABELS.head,
  finance: STAFF_ROLE_LABELS.finance,
};

/**
 * Who asks for a transition.
 * - `staff`: a logged-in user with its roles (API.md role names; roles outside `STAFF_ACTING_ROLES` are ignored).
 * - `applicant`: the person the case is about (real-name login); `applicantId` must equal the case's.
 * - `employer`: an employer account submitting for its staff (A11 集中申请), identified by its credit code.
 * - `system`: a scheduled job (notice close, bank-result import run by a job …), named for the audit trail.
 */
export type WorkflowActor =
  | { kind: 'staff'; userId: string; roles: readonly string[] }
  | { kind: 'applicant'; applicantId: string }
  | { kind: 'employer'; creditCode: string }
  | { kind: 'system'; job: string };

/** Who may take a transition. `'approval_step'`: the role of the case's next pending approval step (A14). */
export interface ActorRule {
  staff?: readonly StaffActingRole[] | 'approval_step';
  applicant?: boolean;
  employer?: boolean;
  system?: boolean;
}

/** The actor as it is recorded on a step. */
export interface StepActor {
  kind: WorkflowActor['kind'];
  /** userId, applicantId, creditCode or job name. */
  id: string;
  /** The role the step was taken in (staff only). */
  role: StaffActingRole | null;
}

/**
 * One entry of a workflow's history (a row of `case_steps`). The history is the source of truth: the review
 * round, the pending approval step, who may still act (D1) and whether the appeal was used are all derived
 * from it, so the database stores nothing that could drift from it.
 */
export interface WorkflowStep<S extends string = string, E extends string = string> {
  /** 1-based position in the history. A unique (record, seq) index makes concurrent steps collide: one wins. */
  seq: number;
  event: E;
  /** null for the step that opens the record. */
  from: S | null;
  to: S;
  on: IsoDate;
  actor: StepActor;
  /** Review round: 1, then +1 after each appeal (复核). */
  round: number;
  /** The approval step this decision took (handler / reviewer / head), or null. */
  approvalStep: ApprovalStep | null;
  reason: string | null;
  /** Counts for the separation of duties (D1): its staff actor may take no other separated step of the record. */
  separated: boolean;
}

/** The state a decision needs: the status and the history (API.md status strings for cases). */
export interface WorkflowState<S extends string = string, E extends string = string> {
  status: S;
  /** The applicant the record belongs to (for the applicant's own actions), or null when none can act. */
  applicantId: string | null;
  steps: readonly WorkflowStep<S, E>[];
}

/** Per-record rules, read from the rule set the case was decided under (frozen with the case). */
export interface WorkflowRules {
  /** A14: the sign-offs, in order (handler → reviewer → head where the province requires it). */
  approvalSteps: readonly ApprovalStep[];
  /** A13: appeals (复核) allowed per case. */
  maxAppeals: number;
  /** Working days per deadline kind (e.g. review 5, refusal_notice 5, payment 7). */
  workingDays: Readonly<Record<string, number>>;
}

/** A deadline in working days, stored as a date when its step starts (DESIGN.md) with what it was computed from. */
export interface WorkflowDeadline {
  kind: string;
  label: string;
  /** POLICY.md id of the rule that sets it. */
  rule: string;
  startedOn: IsoDate;
  workingDays: number;
  /**
   * The last working day on which the step is in time; null when the calendar year it falls in is not loaded
   * (E5: never guessed) — `warning` then says which year, and `recomputeDeadline` fills it in once loaded.
   */
  due: IsoDate | null;
  warning: string | null;
}

export const DECISION_ERROR_CODES = [
  /** The event is not one of the workflow's, or the current status does not allow it (API 409). */
  'INVALID_TRANSITION',
  /** The actor's kind or role may not take this step (API 403). */
  'FORBIDDEN_ROLE',
  /** An applicant acting on a case that is not theirs (API 404: existence must not leak). */
  'NOT_OWN_CASE',
  /** One account holds a business role and finance (D1) — refused whatever the step. */
  'ROLE_CONFLICT',
  /** The actor already took a step of this record (D1). */
  'SAME_PERSON',
  /** A refusal, cancellation, appeal … needs a reason (D4). */
  'REASON_REQUIRED',
  'REASON_TOO_LONG',
  /** The appeal (复核) was already used (A13). */
  'APPEAL_LIMIT_REACHED',
  /** A step that happens once per round was already taken (e.g. the refusal notice was already sent). */
  'ALREADY_DONE',
  /** The step date is before the last step's date. */
  'DATE_BEFORE_LAST_STEP',
] as const;
export type DecisionErrorCode = (typeof DECISION_ERROR_CODES)[number];

/** What the API answers for each code (API.md conventions). */
export const DECISION_ERROR_HTTP_STATUS: Readonly<Record<DecisionErrorCode, number>> = {
  INVALID_TRANSITION: 409,
  FORBIDDEN_ROLE: 403,
  NOT_OWN_CASE: 404,
  ROLE_CONFLICT: 403,
  SAME_PERSON: 403,
  REASON_REQUIRED: 400,
  REASON_TOO_LONG: 400,
  APPEAL_LIMIT_REACHED: 409,
  ALREADY_DONE: 409,
  DATE_BEFORE_LAST_STEP: 400,
};

/** Longest reason kept on a step (a refusal reason is shown to the applicant and printed). */
export const MAX_REASON_LENGTH = 500;
