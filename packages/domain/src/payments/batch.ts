import { WorkflowMachine, type WorkflowDefinition, type WorkflowRules } from '../cases/index.js';
import type { PaymentItem } from './items.js';

/**
 * A payment batch (A16, D1 "accountant ≠ cashier"): made by one finance user, approved by a second, exported as
 * a bank file, then the bank's result is imported (once or in parts) and the batch is closed when every item
 * has a result. It runs on the same workflow machine as cases: the maker's step is separated, so the approver
 * must be another finance user (SAME_PERSON otherwise).
 *
 * Cases move with the batch: at `approve` every item's case takes `start_payment` (→ paying); at each result
 * import a paid item's case takes `confirm_paid`, a failed one `fail_payment` with the bank's reason.
 */
export const PAYMENT_BATCH_STATUSES = ['draft', 'approved', 'exported', 'result_imported', 'closed', 'discarded'] as const;
export type PaymentBatchStatus = (typeof PAYMENT_BATCH_STATUSES)[number];
export type PaymentBatchEvent = 'create' | 'approve' | 'discard' | 'export' | 'import_result' | 'close';

export const PAYMENT_BATCH_STATUS_LABELS: Readonly<Record<PaymentBatchStatus, string>> = {
  draft: '待审批',
  approved: '已审批',
  exported: '已导出银行文件',
  result_imported: '已导入银行结果',
  closed: '已关闭',
  discarded: '已作废',
};

export const paymentBatchDefinition: WorkflowDefinition<PaymentBatchStatus, PaymentBatchEvent> = {
  id: 'payment-batch',
  noun: '发放批次',
  statuses: PAYMENT_BATCH_STATUSES,
  statusLabels: PAYMENT_BATCH_STATUS_LABELS,
  initial: 'draft',
  openEvent: 'create',
  openActors: { staff: ['finance'] },
  openSeparated: true,
  terminal: ['closed', 'discarded'],
  deadlines: {},
  transitions: [
    { event: 'approve', from: ['draft'], to: 'approved', actors: { staff: ['finance'] }, reason: 'optional', separated: true, label: '审批发放批次', rules: ['A16', 'D1'] },
    { event: 'discard', from: ['draft'], to: 'discarded', actors: { staff: ['finance'] }, reason: 'required', separated: false, label: '作废发放批次', rules: ['D1'] },
    // Exporting again (a lost file) produces the same bytes: the status stays 'exported'.
    { event: 'export', from: ['approved', 'exported'], to: 'exported', actors: { staff: ['finance'], system: true }, reason: 'none', separated: false, label: '导出银行文件', rules: ['A16'] },
    { event: 'import_result', from: ['exported', 'result_imported'], to: 'result_imported', actors: { staff: ['finance'], system: true }, reason: 'none', separated: false, label: '导入银行结果', rules: ['A16', 'D2'] },
    { event: 'close', from: ['result_imported'], to: 'closed', actors: { staff: ['finance'], system: true }, reason: 'none', separated: false, label: '关闭发放批次', rules: ['A16', 'D2'] },
  ],
};

export const paymentBatchMachine = new WorkflowMachine(paymentBatchDefinition);

/** A batch has no approval chain, appeal or deadline of its own (the payment deadline is the case's, A16). */
export const PAYMENT_BATCH_RULES: WorkflowRules = Object.freeze({ approvalSteps: [], maxAppeals: 0, workingDays: {} });

/** `close` is allowed only when every item has the bank's result; call before deciding `close`. */
export function checkBatchClosable(items: readonly Pick<PaymentItem, 'status' | 'reference'>[]): { ok: true } | { ok: false; code: 'ITEMS_PENDING'; message: string; pending: string[] } {
  const pending = items.filter((i) => i.status === 'pending').map((i) => i.reference);
  if (pending.length === 0) return { ok: true };
  return { ok: false, code: 'ITEMS_PENDING', message: `还有${pending.length}笔明细没有银行结果，不能关闭批次`, pending };
}
