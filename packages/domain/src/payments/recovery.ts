import { compareDates, parseIsoDate, type IsoDate } from '../dates/index.js';
import { fenToYuanString } from '../money/index.js';
import type { SkillSubsidyCaseStatus } from '../cases/index.js';

/**
 * Recovery orders (追回, A17; 002 三(四) "对补贴发放后有举报，并经查实不符合发放条件的，要责令追回已发放的补贴资金"):
 * a paid case found ineligible gets an order for an amount (at most what was paid) with a reason and a due
 * date; repayments are recorded until the amount is recovered. The status is derived from the repayments, never
 * stored apart from them:
 *
 *   open ─repayment→ partially_repaid ─repayment (outstanding 0)→ recovered   (case → recovered, grant mark lifted)
 *   open / partially_repaid ─write-off (head, reason)→ written_off           (case stays clawback_pending; mark kept)
 *
 * A write-off records that the money cannot be recovered (e.g. the person died); the person did receive it, so
 * the ledger's granted mark stays.
 */
export const RECOVERY_STATUSES = ['open', 'partially_repaid', 'recovered', 'written_off'] as const;
export type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

export const RECOVERY_STATUS_LABELS: Readonly<Record<RecoveryStatus, string>> = {
  open: '待追回',
  partially_repaid: '部分追回',
  recovered: '已追回',
  written_off: '已核销',
};

export interface Repayment {
  on: IsoDate;
  amountFen: number;
  /** Receipt or bank-transfer reference; unique within the order. */
  reference: string;
}

export interface RecoveryOrder {
  caseId: string;
  amountFen: number;
  reason: string;
  openedOn: IsoDate;
  dueDate: IsoDate;
  repayments: readonly Repayment[];
  writeOff: { on: IsoDate; reason: string; byUserId: string } | null;
}

export type RecoveryErrorCode =
  | 'CASE_NOT_PAID'
  | 'AMOUNT_INVALID'
  | 'AMOUNT_EXCEEDS_PAID'
  | 'REASON_REQUIRED'
  | 'DUE_BEFORE_OPENED'
  | 'ORDER_CLOSED'
  | 'OVERPAYMENT'
  | 'DATE_INVALID'
  | 'DUPLICATE_REFERENCE'
  | 'FORBIDDEN_ROLE';

type Err = { ok: false; code: RecoveryErrorCode; message: string };
const err = (code: RecoveryErrorCode, message: string): Err => ({ ok: false, code, message });

export function repaidFen(order: Pick<RecoveryOrder, 'repayments'>): number {
  return order.repayments.reduce((s, r) => s + r.amountFen, 0);
}

export function outstandingFen(order: Pick<RecoveryOrder, 'amountFen' | 'repayments'>): number {
  return order.amountFen - repaidFen(order);
}

export function recoveryStatus(order: RecoveryOrder): RecoveryStatus {
  const repaid = repaidFen(order);
  if (repaid >= order.amountFen) return 'recovered';
  if (order.writeOff) return 'written_off';
  return repaid > 0 ? 'partially_repaid' : 'open';
}

/** Past the due date with money still outstanding (for the overdue list). */
export function recoveryOverdue(order: RecoveryOrder, today: IsoDate): boolean {
  const s = recoveryStatus(order);
  return (s === 'open' || s === 'partially_repaid') && compareDates(today, order.dueDate) > 0;
}

/**
 * Opens an order for a paid case (together with the case's `open_clawback` step). The amount defaults to the
 * whole sum paid and may be less (a partial clawback), never more.
 */
export function openRecoveryOrder(input: {
  caseId: string;
  caseStatus: SkillSubsidyCaseStatus;
  paidAmountFen: number;
  amountFen?: number;
  reason: string;
  openedOn: IsoDate;
  dueDate: IsoDate;
}): { ok: true; order: RecoveryOrder } | Err {
  if (input.caseStatus !== 'paid' && input.caseStatus !== 'clawback_pending') {
    return err('CASE_NOT_PAID', '只有已发放的案件可以追回（A17）');
  }
  const amountFen = input.amountFen ?? input.paidAmountFen;
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return err('AMOUNT_INVALID', '追回金额应为正整数（分）');
  if (amountFen > input.paidAmountFen) {
    return err('AMOUNT_EXCEEDS_PAID', `追回金额${fenToYuanString(amountFen)}元超过已发放金额${fenToYuanString(input.paidAmountFen)}元`);
  }
  const reason = input.reason.trim();
  if (!reason) return err('REASON_REQUIRED', '追回须写明原因（A17、D4）');
  parseIsoDate(input.openedOn);
  parseIsoDate(input.dueDate);
  if (compareDates(input.dueDate, input.openedOn) < 0) return err('DUE_BEFORE_OPENED', '追回期限不能早于立案日期');
  return {
    ok: true,
    order: { caseId: input.caseId, amountFen, reason, openedOn: input.openedOn, dueDate: input.dueDate, repayments: [], writeOff: null },
  };
}

export interface RepaymentResult {
  ok: true;
  order: RecoveryOrder;
  status: RecoveryStatus;
  outstandingFen: number;
  /** Set when this repayment completes the order: the case event and the ledger effect (A7 mark lifted). */
  completed: { caseEvent: { type: 'confirm_recovered' }; liftGrant: true } | null;
}

/** Records one repayment; refuses more than is outstanding (a surplus is refunded, not booked). */
export function recordRepayment(order: RecoveryOrder, repayment: Repayment): RepaymentResult | Err {
  const status = recoveryStatus(order);
  if (status === 'recovered' || status === 'written_off') return err('ORDER_CLOSED', `追回单已${RECOVERY_STATUS_LABELS[status]}`);
  if (!Number.isSafeInteger(repayment.amountFen) || repayment.amountFen <= 0) return err('AMOUNT_INVALID', '还款金额应为正整数（分）');
  const outstanding = outstandingFen(order);
  if (repayment.amountFen > outstanding) {
    return err('OVERPAYMENT', `还款${fenToYuanString(repayment.amountFen)}元超过待追回的${fenToYuanString(outstanding)}元`);
  }
  try {
    parseIsoDate(repayment.on);
  } catch {
    return err('DATE_INVALID', `还款日期无效：${repayment.on}`);
  }
  if (compareDates(repayment.on, order.openedOn) < 0) return err('DATE_INVALID', '还款日期不能早于立案日期');
  if (!repayment.reference.trim() || order.repayments.some((r) => r.reference === repayment.reference)) {
    return err('DUPLICATE_REFERENCE', `还款凭证号${repayment.reference || '（空）'}缺失或已登记`);
  }
  const next: RecoveryOrder = { ...order, repayments: [...order.repayments, repayment] };
  const nextStatus = recoveryStatus(next);
  return {
    ok: true,
    order: next,
    status: nextStatus,
    outstandingFen: outstandingFen(next),
    completed: nextStatus === 'recovered' ? { caseEvent: { type: 'confirm_recovered' }, liftGrant: true } : null,
  };
}

/** Writes off what cannot be recovered: the head (负责人) only, with a reason. */
export function writeOffRecovery(
  order: RecoveryOrder,
  input: { on: IsoDate; reason: string; actor: { userId: string; roles: readonly string[] } },
): { ok: true; order: RecoveryOrder } | Err {
  const status = recoveryStatus(order);
  if (status === 'recovered' || status === 'written_off') return err('ORDER_CLOSED', `追回单已${RECOVERY_STATUS_LABELS[status]}`);
  if (!input.actor.roles.includes('head')) return err('FORBIDDEN_ROLE', '核销须由负责人办理');
  const reason = input.reason.trim();
  if (!reason) return err('REASON_REQUIRED', '核销须写明原因');
  parseIsoDate(input.on);
  return { ok: true, order: { ...order, writeOff: { on: input.on, reason, byUserId: input.actor.userId } } };
}
