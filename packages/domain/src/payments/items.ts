import { z } from 'zod';
import type { SkillSubsidyCaseStatus } from '../cases/index.js';

/**
 * Payment items (A16; DESIGN.md "money moves once"). An item's amount is copied from the case — the amount the
 * case was approved and published with — and never recomputed; the payee account is snapshotted on the item, so
 * a later correction never moves a payment already sent. A failed item is re-issued as a new item (new
 * reference) after the payee is corrected; the failed one stays as it was.
 */
export const PAYEE_KINDS = ['social_security_card', 'bank_account'] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

export const payeeSchema = z.object({
  kind: z.enum(PAYEE_KINDS),
  name: z.string().trim().min(1, { error: '收款人姓名不能为空' }),
  accountNo: z
    .string()
    .transform((s) => s.replace(/[\s\u3000-]+/g, ''))
    .pipe(z.string().regex(/^\d{8,30}$/, { error: '收款账号应为8—30位数字' })),
  bankName: z.string().trim().min(1, { error: '开户银行不能为空' }),
});
export type Payee = z.output<typeof payeeSchema>;

/** `discarded`: the item of a draft batch that was discarded before approval (D1); its case is free for a new batch. */
export const PAYMENT_ITEM_STATUSES = ['pending', 'paid', 'failed', 'discarded'] as const;
export type PaymentItemStatus = (typeof PAYMENT_ITEM_STATUSES)[number];

export interface PaymentItem {
  /** The line's reference in the bank file and the bank's result: `<batchNo>-<line, 5 digits>`. Unique. */
  reference: string;
  batchNo: string;
  /** 1-based line in the batch. */
  line: number;
  caseId: string;
  amountFen: number;
  payee: Payee;
  status: PaymentItemStatus;
  failureReason: string | null;
  /** The failed item this one re-issues, or null. */
  reissueOf: string | null;
}

/** Batch numbers go into bank files: letters, digits and hyphens only. */
export const BATCH_NO = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

export function itemReference(batchNo: string, line: number): string {
  if (!BATCH_NO.test(batchNo)) throw new RangeError(`批次号只能含字母、数字和连字符（最长32位）：${batchNo}`);
  if (!Number.isSafeInteger(line) || line < 1 || line > 99_999) throw new RangeError(`行号应为1—99999：${line}`);
  return `${batchNo}-${String(line).padStart(5, '0')}`;
}

/** A case offered to a batch: its frozen amount, its payee now, and the eligibility re-check (issue 5). */
export interface PaymentCandidate {
  caseId: string;
  caseStatus: SkillSubsidyCaseStatus;
  /** The case's amount (its evaluation's amountFen), copied as is. */
  amountFen: number;
  payee: Payee;
  /** The evaluator run again on today's registry facts when the batch is built (records may have changed). */
  recheck: { eligible: boolean; reasons: readonly string[] };
  /** For a re-issue: the case's failed item. */
  failedItem?: PaymentItem;
  /** Re-issue to the same, uncorrected payee: why (e.g. the bank's system was down). */
  samePayeeReason?: string;
}

export const PAYMENT_SKIP_CODES = [
  'CASE_NOT_PAYABLE',
  'NOT_ELIGIBLE_ON_RECHECK',
  'ALREADY_IN_BATCH',
  'INVALID_AMOUNT',
  'PAYEE_INVALID',
  'FAILED_ITEM_MISSING',
  'PAYEE_NOT_CORRECTED',
  'AMOUNT_CHANGED',
] as const;
export type PaymentSkipCode = (typeof PAYMENT_SKIP_CODES)[number];

export interface PaymentBatchDraft {
  batchNo: string;
  items: PaymentItem[];
  totalFen: number;
  /** Candidates left out, each with why (shown to the finance user; a skipped case stays where it was). */
  skipped: { caseId: string; code: PaymentSkipCode; message: string }[];
}

function samePayee(a: Payee, b: Payee): boolean {
  return a.kind === b.kind && a.name === b.name && a.accountNo === b.accountNo && a.bankName === b.bankName;
}

/**
 * Builds a batch's items from candidates (A16): notice_passed cases, and payment_failed cases being re-issued.
 * `openItems` are the items of every batch; a case with a pending or paid one is never added again (a failed item
 * waits for re-issue, a discarded one was never sent).
 */
export function buildPaymentBatch(input: {
  batchNo: string;
  candidates: readonly PaymentCandidate[];
  openItems: readonly Pick<PaymentItem, 'caseId' | 'status'>[];
}): PaymentBatchDraft {
  itemReference(input.batchNo, 1);
  const taken = new Set(input.openItems.filter((i) => i.status === 'pending' || i.status === 'paid').map((i) => i.caseId));
  const items: PaymentItem[] = [];
  const skipped: PaymentBatchDraft['skipped'] = [];
  for (const c of input.candidates) {
    const skip = (code: PaymentSkipCode, message: string) => skipped.push({ caseId: c.caseId, code, message });
    if (c.caseStatus !== 'notice_passed' && c.caseStatus !== 'payment_failed') {
      skip('CASE_NOT_PAYABLE', '只有公示通过或发放失败待重发的案件可以列入发放批次（A16）');
      continue;
    }
    if (taken.has(c.caseId)) {
      skip('ALREADY_IN_BATCH', '该案件已有待发放或已发放的明细，不能重复列入（资金只拨付一次）');
      continue;
    }
    if (!Number.isSafeInteger(c.amountFen) || c.amountFen <= 0) {
      skip('INVALID_AMOUNT', `案件金额无效：${c.amountFen}`);
      continue;
    }
    if (!c.recheck.eligible) {
      skip('NOT_ELIGIBLE_ON_RECHECK', `组批复核不符合条件：${c.recheck.reasons.join('、') || '未说明'}，请经办人核查`);
      continue;
    }
    const payee = payeeSchema.safeParse(c.payee);
    if (!payee.success) {
      skip('PAYEE_INVALID', payee.error.issues.map((i) => i.message).join('；'));
      continue;
    }
    let reissueOf: string | null = null;
    if (c.caseStatus === 'payment_failed') {
      const f = c.failedItem;
      if (!f || f.status !== 'failed' || f.caseId !== c.caseId) {
        skip('FAILED_ITEM_MISSING', '重新发放须对应该案件发放失败的明细');
        continue;
      }
      if (f.amountFen !== c.amountFen) {
        skip('AMOUNT_CHANGED', `重发金额${c.amountFen}分与原明细${f.amountFen}分不一致：金额取自案件，不得重新计算`);
        continue;
      }
      if (samePayee(f.payee, payee.data) && !c.samePayeeReason?.trim()) {
        skip('PAYEE_NOT_CORRECTED', `收款信息未更正（原失败原因：${f.failureReason ?? '未说明'}）；如确需原账户重发，请说明理由`);
        continue;
      }
      reissueOf = f.reference;
    }
    taken.add(c.caseId);
    const line = items.length + 1;
    items.push({
      reference: itemReference(input.batchNo, line),
      batchNo: input.batchNo,
      line,
      caseId: c.caseId,
      amountFen: c.amountFen,
      payee: payee.data,
      status: 'pending',
      failureReason: null,
      reissueOf,
    });
  }
  return { batchNo: input.batchNo, items, totalFen: items.reduce((s, i) => s + i.amountFen, 0), skipped };
}

/** Cases with more than one item pending or paid — must never happen (the database enforces it with a partial unique index). */
export function paymentConflicts(items: readonly Pick<PaymentItem, 'caseId' | 'status' | 'reference'>[]): { caseId: string; references: string[] }[] {
  const byCase = new Map<string, string[]>();
  for (const i of items) {
    if (i.status === 'failed') continue;
    byCase.set(i.caseId, [...(byCase.get(i.caseId) ?? []), i.reference]);
  }
  return [...byCase].filter(([, refs]) => refs.length > 1).map(([caseId, references]) => ({ caseId, references }));
}
