import type { IsoDate } from '../dates/index.js';
import type { SkillSubsidyCaseStatus } from '../cases/index.js';
import type { ObjectionStatus } from './objections.js';
import { noticeHasEnded, type NoticeWindow } from './period.js';

/**
 * The end of a notice (A15, A16): every case still in notice with no upheld objection becomes notice_passed
 * (event `pass_notice`, actor: the close job). A case with an objection still under investigation is held
 * until the objection is decided — a report made during the notice is never skipped by the clock; the next
 * run of the job passes it once the objection is dismissed.
 */
export interface NoticeItemFacts {
  caseId: string;
  caseStatus: SkillSubsidyCaseStatus;
  objections: readonly { status: ObjectionStatus }[];
}

export type NoticeItemOutcome =
  | { caseId: string; action: 'pass'; caseEvent: { type: 'pass_notice' } }
  | { caseId: string; action: 'hold'; openObjections: number; message: string }
  | { caseId: string; action: 'skip'; message: string };

export interface NoticeCloseResult {
  ended: boolean;
  outcomes: NoticeItemOutcome[];
  /** Counts for the job's log and the batch's status. */
  passed: number;
  held: number;
  skipped: number;
}

export function closeNotice(window: Pick<NoticeWindow, 'endsOn'>, items: readonly NoticeItemFacts[], today: IsoDate): NoticeCloseResult {
  if (!noticeHasEnded(window, today)) return { ended: false, outcomes: [], passed: 0, held: 0, skipped: 0 };
  const outcomes = items.map((item): NoticeItemOutcome => {
    if (item.caseStatus !== 'in_notice') {
      return { caseId: item.caseId, action: 'skip', message: '案件已不在公示中' };
    }
    const open = item.objections.filter((o) => o.status === 'open').length;
    if (item.objections.some((o) => o.status === 'upheld')) {
      // An upheld objection cancels the case in the same transaction; seeing one here means it did not.
      return { caseId: item.caseId, action: 'hold', openObjections: open, message: '异议已成立但案件仍在公示中，请核对' };
    }
    if (open > 0) {
      return { caseId: item.caseId, action: 'hold', openObjections: open, message: `有${open}条异议尚在核查，核查完毕前不得通过公示` };
    }
    return { caseId: item.caseId, action: 'pass', caseEvent: { type: 'pass_notice' } };
  });
  return {
    ended: true,
    outcomes,
    passed: outcomes.filter((o) => o.action === 'pass').length,
    held: outcomes.filter((o) => o.action === 'hold').length,
    skipped: outcomes.filter((o) => o.action === 'skip').length,
  };
}
