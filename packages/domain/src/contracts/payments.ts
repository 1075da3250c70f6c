import { z } from 'zod';
import { BANK_FILE_FIELDS, BANK_RESULT_FIELDS } from '../payments/bank-file.js';
import { PAYMENT_BATCH_STATUSES } from '../payments/batch.js';
import { PAYEE_KINDS, PAYMENT_ITEM_STATUSES, PAYMENT_SKIP_CODES } from '../payments/items.js';
import { RECOVERY_STATUSES } from '../payments/recovery.js';
import { certificateLevel, contract, count, fen, isoDate, isoDateTime, page, regionCode, uuid } from './common.js';
import { caseStatusContract } from './skill-subsidy.js';

export const paymentBatchStatusContract = contract('PaymentBatchStatus', z.enum(PAYMENT_BATCH_STATUSES));

const summaryShape = {
  id: uuid,
  batchNo: z.string(),
  regionCode,
  status: paymentBatchStatusContract,
  statusLabel: z.string(),
  /** The finance user who built it (D1: never the approver). */
  createdBy: z.string(),
  approvedBy: z.string().nullable(),
  itemCount: count,
  totalFen: fen,
  createdAt: isoDateTime,
};

/** `GET …/payment-batches`: a batch in the list. */
export const paymentBatchSummaryContract = contract('PaymentBatchSummary', z.strictObject(summaryShape));

export const paymentBatchSummariesContract = z.array(paymentBatchSummaryContract);

/** One payment of a batch: the payee as snapshotted when the batch was built (account masked). */
export const paymentItemContract = contract(
  'PaymentItem',
  z.strictObject({
    id: uuid,
    line: z.int().min(1),
    /** The business reference the bank's files carry. */
    reference: z.string(),
    caseId: uuid,
    caseStatus: caseStatusContract,
    amountFen: fen,
    payee: z.strictObject({
      name: z.string(),
      kind: z.enum(PAYEE_KINDS),
      accountNoMasked: z.string(),
      bankName: z.string().nullable(),
    }),
    status: z.enum(PAYMENT_ITEM_STATUSES),
    failureReason: z.string().nullable(),
    paidOn: isoDate.nullable(),
    /** The failed item this one pays again. */
    reissueOf: z.string().nullable(),
    /** A16: 7 working days after the notice passed; null when the case has no running payment deadline. */
    paymentDueOn: isoDate.nullable(),
    paymentOverdue: z.boolean(),
  }),
);

export const paymentBatchStepContract = contract(
  'PaymentBatchStep',
  z.strictObject({
    seq: z.int().min(1),
    event: z.enum(['create', 'approve', 'discard', 'export', 'import_result', 'close']),
    from: paymentBatchStatusContract.nullable(),
    to: paymentBatchStatusContract,
    on: isoDate,
    /** The user id of the finance user (or the job) that took the step. */
    actorId: z.string(),
    /** Why, for the steps that take one (a discard). */
    reason: z.string().nullable(),
  }),
);

const detailShape = {
  ...summaryShape,
  steps: z.array(paymentBatchStepContract),
  /** The bank-file layout the batch was exported in; null before the export. */
  bankFileLayoutId: z.string().nullable(),
  items: z.array(paymentItemContract),
};

/** `GET …/payment-batches/:id` and `POST …/approve`: the batch with its steps and items. */
export const paymentBatchContract = contract('PaymentBatch', z.strictObject(detailShape));

/** `POST …/payment-batches`: the batch built (or the one the same Idempotency-Key built before) and the cases left out. */
export const builtPaymentBatchContract = contract(
  'BuiltPaymentBatch',
  z.strictObject({
    ...detailShape,
    skipped: z.array(z.strictObject({ caseId: uuid, code: z.enum(PAYMENT_SKIP_CODES), message: z.string() })),
  }),
);

/** `POST …/payment-batches/:id/bank-result`: how the bank's result file settled the batch. */
export const bankResultSummaryContract = contract(
  'BankResultSummary',
  z.strictObject({
    batchId: uuid,
    status: paymentBatchStatusContract,
    /** References settled as paid by this file. */
    paid: z.array(z.string()),
    failed: z.array(z.strictObject({ reference: z.string(), reason: z.string() })),
    /** Result lines that changed nothing (already settled the same way). */
    unchanged: z.array(z.string()),
    /** References of the batch still without a result. */
    pending: z.array(z.string()),
    /** Lines not applied, with why. */
    problems: z.array(z.strictObject({ reference: z.string(), line: count, message: z.string() })),
    /** Lines that could not be read. */
    errors: z.array(z.strictObject({ line: count, message: z.string() })),
    /** The same file was imported before: nothing changed this time. */
    replayed: z.boolean(),
  }),
);

const recoverySummaryShape = {
  id: uuid,
  caseId: uuid,
  regionCode,
  applicantName: z.string(),
  occupation: z.string(),
  level: certificateLevel,
  status: z.enum(RECOVERY_STATUSES),
  statusLabel: z.string(),
  amountFen: fen,
  repaidFen: fen,
  /** What is still owed; 0 once the order is recovered or written off. */
  outstandingFen: fen,
  reason: z.string(),
  dueOn: isoDate,
  /** Still owed after the due date. */
  overdue: z.boolean(),
  createdBy: z.string(),
  createdAt: isoDateTime,
};

/** A17: a recovery order in a list. */
export const recoveryOrderSummaryContract = contract('RecoveryOrderSummary', z.strictObject(recoverySummaryShape));

export const recoveryOrderPageContract = contract('RecoveryOrderPage', page(recoveryOrderSummaryContract));

/** A17: a recovery order with its repayments and, when the head wrote it off, why. */
export const recoveryOrderContract = contract(
  'RecoveryOrder',
  z.strictObject({
    ...recoverySummaryShape,
    repayments: z.array(z.strictObject({ on: isoDate, amountFen: fen, reference: z.string() })),
    writeOff: z.strictObject({ on: isoDate, reason: z.string(), by: z.string() }).nullable(),
  }),
);

/**
 * A bank's file layout (A16, D2) as the API sends it: the fields of the domain's bankFileLayoutSchema, which
 * checks a layout when one is set (its rules are not repeated here: what is sent was checked when saved).
 */
export const bankFileLayoutContract = contract(
  'BankFileLayout',
  z.strictObject({
    id: z.string(),
    name: z.string(),
    encoding: z.enum(['utf-8', 'utf-8-bom']),
    delimiter: z.enum([',', '|', '\t']),
    lineEnding: z.enum(['crlf', 'lf']),
    amountUnit: z.enum(['yuan', 'fen']),
    purpose: z.string(),
    file: z.strictObject({
      header: z.boolean(),
      columns: z.array(z.strictObject({ field: z.enum(BANK_FILE_FIELDS), title: z.string(), value: z.string().optional() })),
    }),
    result: z.strictObject({
      header: z.boolean(),
      columns: z.array(z.enum(BANK_RESULT_FIELDS)),
      paidValues: z.array(z.string()),
      failedValues: z.array(z.string()),
    }),
  }),
);

/** `PUT …/bank-file-layouts/:regionCode`: the layout a region's agent bank takes, as set. */
export const regionBankFileLayoutContract = contract(
  'RegionBankFileLayout',
  z.strictObject({ regionCode, layout: bankFileLayoutContract, updatedBy: z.string(), updatedAt: isoDateTime }),
);

/** `GET …/bank-file-layouts`: the layouts set under the caller's regions (region-code order) and the platform default. */
export const bankFileLayoutsContract = contract(
  'BankFileLayouts',
  z.strictObject({ default: bankFileLayoutContract, regions: z.array(regionBankFileLayoutContract) }),
);
