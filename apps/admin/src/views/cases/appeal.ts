// The re-review (复核) of an appealed case (POLICY.md A13, D1): what the deciding staff must see above the decision
// form — the first round's refusal reasons, the applicant's appeal reason, and who took part in the first round
// (D1: none of them may decide the re-review; the API's allowed actions already leave them out).
import type { CaseDetail, CaseStep } from '../../api';

export interface AppealContext {
  /** The applicant's appeal step (its reason is the appeal reason). */
  appeal: CaseStep;
  /** The refusal steps of the round the appeal reopened (normally one). */
  refusals: CaseStep[];
  /** Staff who took a review step in that round (names as recorded on the steps), in step order, once each. */
  firstRoundStaff: string[];
}

const REVIEW_EVENTS: readonly string[] = ['approve', 'reject'];

/** The re-review's context while the case is appealed, or null when it is not (or the appeal step is missing). */
export function appealContext(kase: Pick<CaseDetail, 'status' | 'steps'>): AppealContext | null {
  if (kase.status !== 'appealed') return null;
  const appeal = [...kase.steps].reverse().find((s) => s.event === 'appeal');
  if (!appeal) return null;
  // The appeal opens a new round (round + 1): the refused round is the one before it.
  const refused = appeal.round - 1;
  const refusals = kase.steps.filter((s) => s.event === 'reject' && s.round === refused);
  const firstRoundStaff: string[] = [];
  for (const s of kase.steps) {
    if (s.round !== refused || s.actorKind !== 'staff' || !REVIEW_EVENTS.includes(s.event) || !s.actorName) continue;
    if (!firstRoundStaff.includes(s.actorName)) firstRoundStaff.push(s.actorName);
  }
  return { appeal, refusals, firstRoundStaff };
}
