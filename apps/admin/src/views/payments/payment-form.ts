// Payment screens as plain data and functions: which batch steps to offer in which state, the recovery and
// repayment forms (amounts typed in yuan, sent in fen), and the counts of a bank result.
import { isIsoDate, yuanToFen } from '@huimin/domain';
import { ApiError, type BankResultSummary, type PaymentBatchSummary, type PaymentItemStatus, type PaymentSkip, type RecoveryOrderBody, type RepaymentBody } from '../../api';

/** Payments are finance work only (every payment route refuses other roles). */
export const PAYMENT_ROLES: readonly string[] = ['finance'];
/** `POST …/applications/:id/recovery-orders` accepts handlers and heads. */
export const RECOVERY_ROLES: readonly string[] = ['handler', 'head'];

export interface BatchActions {
  approve: boolean;
  download: boolean;
  upload: boolean;
  /** The user built this batch: D1 says a second finance user approves, and the API will say so (403). */
  builtByMe: boolean;
}

/** The steps the payment-batch machine allows from each state (approve from draft, export again, import again). */
export function batchActions(batch: Pick<PaymentBatchSummary, 'status' | 'createdBy'>, userId: string | undefined): BatchActions {
  return {
    approve: batch.status === 'draft',
    download: batch.status === 'approved' || batch.status === 'exported',
    upload: batch.status === 'exported' || batch.status === 'result_imported',
    builtByMe: userId !== undefined && batch.createdBy === userId,
  };
}

export function itemTagType(status: PaymentItemStatus | string): 'success' | 'danger' | 'info' {
  if (status === 'paid') return 'success';
  if (status === 'failed') return 'danger';
  return 'info';
}

/** The cases a build left out: in the built batch, or in the 409 "nothing payable" that carries them. */
export function skippedOf(source: { skipped: PaymentSkip[] } | unknown): PaymentSkip[] {
  const list = source instanceof ApiError ? source.body.skipped : (source as { skipped?: unknown } | null)?.skipped;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (s): s is PaymentSkip => typeof s === 'object' && s !== null && typeof (s as PaymentSkip).caseId === 'string' && typeof (s as PaymentSkip).message === 'string',
  );
}

export function resultCounts(summary: BankResultSummary): { paid: number; failed: number; problems: number } {
  return { paid: summary.paid.length, failed: summary.failed.length, problems: summary.problems.length + summary.errors.length };
}

/** A fresh Idempotency-Key for one click of "build": a retried request of that click builds at most one batch. */
export function newBuildKey(random: () => string = () => globalThis.crypto.randomUUID()): string {
  return `payment-build-${random()}`;
}

function fenOf(input: string): { ok: true; fen: number } | { ok: false; message: string } {
  try {
    const fen = yuanToFen(input);
    if (fen <= 0) return { ok: false, message: '金额应大于0' };
    return { ok: true, fen };
  } catch {
    return { ok: false, message: '金额格式不正确，最多两位小数' };
  }
}

export interface RecoveryForm {
  /** Empty means the whole paid amount (the API's default). */
  amountYuan: string;
  reason: string;
  dueOn: string;
}

export type RecoveryField = 'amountYuan' | 'reason' | 'dueOn';

export function checkRecoveryForm(
  form: RecoveryForm,
  paidFen: number,
  today: string,
): { ok: true; body: RecoveryOrderBody } | { ok: false; errors: Partial<Record<RecoveryField, string>> } {
  const errors: Partial<Record<RecoveryField, string>> = {};
  let amountFen: number | undefined;
  if (form.amountYuan.trim() !== '') {
    const parsed = fenOf(form.amountYuan);
    if (!parsed.ok) errors.amountYuan = parsed.message;
    // A17: an order never asks back more than was paid.
    else if (parsed.fen > paidFen) errors.amountYuan = '追回金额不能超过已发放金额';
    else amountFen = parsed.fen;
  }
  const reason = form.reason.trim();
  if (reason === '') errors.reason = '请填写追回原因';
  else if ([...reason].length > 500) errors.reason = '追回原因不能超过500个字';
  if (!isIsoDate(form.dueOn)) errors.dueOn = '请选择追回期限（YYYY-MM-DD）';
  else if (form.dueOn < today) errors.dueOn = '追回期限不能早于今天';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { ...(amountFen !== undefined ? { amountFen } : {}), reason, dueOn: form.dueOn } };
}

export interface RepaymentForm {
  orderId: string;
  amountYuan: string;
  paidOn: string;
  reference: string;
}

export type RepaymentField = keyof RepaymentForm;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkRepaymentForm(
  form: RepaymentForm,
  today: string,
): { ok: true; orderId: string; body: RepaymentBody } | { ok: false; errors: Partial<Record<RepaymentField, string>> } {
  const errors: Partial<Record<RepaymentField, string>> = {};
  const orderId = form.orderId.trim();
  if (orderId === '') errors.orderId = '请填写追回单号';
  else if (!UUID.test(orderId)) errors.orderId = '追回单号格式不正确';
  const amount = form.amountYuan.trim() === '' ? ({ ok: false, message: '请填写还款金额' } as const) : fenOf(form.amountYuan);
  if (!amount.ok) errors.amountYuan = amount.message;
  if (!isIsoDate(form.paidOn)) errors.paidOn = '请选择还款日期（YYYY-MM-DD）';
  else if (form.paidOn > today) errors.paidOn = '还款日期不能晚于今天';
  const reference = form.reference.trim();
  if (reference === '') errors.reference = '请填写还款凭证号';
  else if (reference.length > 64) errors.reference = '还款凭证号过长';
  if (Object.keys(errors).length > 0 || !amount.ok) return { ok: false, errors };
  return { ok: true, orderId: orderId.toLowerCase(), body: { amountFen: amount.fen, paidOn: form.paidOn, reference } };
}
