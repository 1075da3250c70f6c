// Which buttons the case page offers: only the steps the API lists as allowed for this user in this state,
// limited to what this page can do (the review decisions) and to roles the decisions route accepts.
import type { AllowedAction, SkillSubsidyCaseEvent } from '@huimin/domain';
import type { CaseDetail, FieldError } from '../../api';

export const DECISION_EVENTS = ['approve', 'reject'] as const;
export type DecisionEvent = (typeof DECISION_EVENTS)[number];

/** Roles `POST …/:id/decisions` accepts (the API answers 403 to anyone else). */
export const DECISION_ROLES: readonly string[] = ['handler', 'reviewer', 'head'];

export interface DecisionAction {
  event: DecisionEvent;
  label: string;
  reasonRequired: boolean;
}

function isDecision(event: SkillSubsidyCaseEvent): event is DecisionEvent {
  return (DECISION_EVENTS as readonly string[]).includes(event);
}

export function decisionActions(
  detail: Pick<CaseDetail, 'allowedActions'> | undefined,
  roles: readonly string[],
): DecisionAction[] {
  if (!detail || !roles.some((role) => DECISION_ROLES.includes(role))) return [];
  return detail.allowedActions
    .filter((action: AllowedAction<SkillSubsidyCaseEvent>) => isDecision(action.event))
    .map((action) => ({ event: action.event as DecisionEvent, label: action.label, reasonRequired: action.reasonRequired }));
}

/** The reason as sent: trimmed; required for a refusal (D4), at most 500 characters. */
export function checkReason(reason: string, required: boolean): { ok: true; value: string | undefined } | { ok: false; key: 'reasonRequired' | 'reasonTooLong' } {
  const value = reason.trim();
  if (required && value === '') return { ok: false, key: 'reasonRequired' };
  if ([...value].length > 500) return { ok: false, key: 'reasonTooLong' };
  return { ok: true, value: value === '' ? undefined : value };
}

/** A field's message among the API's 400 field errors (exact path or a path below it). */
export function fieldMessage(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
}
