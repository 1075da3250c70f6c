// The objection decision as plain data and functions: the client-side checks mirror the API's schema (which
// checks again), so a handler sees the Chinese message on the field before anything is sent.
import type { ObjectionDecisionBody } from '../../api';

/** Roles that may open the notice page: a handler publishes, a handler or head decides objections. */
export const NOTICE_ROLES: readonly string[] = ['handler', 'head'];
/** `POST /api/v1/skill-subsidy/notices` accepts handlers only. */
export const PUBLISH_ROLES: readonly string[] = ['handler'];

export interface ObjectionDecisionForm {
  objectionId: string;
  decision: ObjectionDecisionBody['decision'] | '';
  reason: string;
}

export function emptyObjectionDecisionForm(): ObjectionDecisionForm {
  return { objectionId: '', decision: '', reason: '' };
}

export type ObjectionDecisionField = 'objectionId' | 'decision' | 'reason';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkObjectionDecision(
  form: ObjectionDecisionForm,
): { ok: true; id: string; body: ObjectionDecisionBody } | { ok: false; errors: Partial<Record<ObjectionDecisionField, string>> } {
  const errors: Partial<Record<ObjectionDecisionField, string>> = {};
  const id = form.objectionId.trim();
  if (id === '') errors.objectionId = '请填写异议受理编号';
  else if (!UUID.test(id)) errors.objectionId = '异议受理编号格式不正确';
  if (form.decision === '') errors.decision = '请选择核查结论';
  const reason = form.reason.trim();
  // The API asks a reason for both outcomes: an upheld objection cancels the case, a dismissed one is a step on it.
  if (reason === '') errors.reason = '请填写核查结论';
  else if ([...reason].length > 500) errors.reason = '核查结论不能超过500个字';
  if (Object.keys(errors).length > 0 || form.decision === '') return { ok: false, errors };
  return { ok: true, id: id.toLowerCase(), body: { decision: form.decision, reason } };
}
