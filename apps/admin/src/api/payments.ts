// The payment routes (POLICY.md A16, A17, D1, D2), typed by hand from the API's payments controller and
// services. To be replaced by the client generated from the OpenAPI document; every field mirrors what the API
// sends, and status strings come from @huimin/domain.
import type { PaymentBatchStatus, PaymentSkipCode, RecoveryStatus } from '@huimin/domain';
import type { PayeeKind } from './cases';
import type { DownloadedFile, HttpClient } from './http';

export type PaymentItemStatus = 'pending' | 'paid' | 'failed';

export interface PaymentBatchSummary {
  id: string;
  batchNo: string;
  regionCode: string;
  status: PaymentBatchStatus;
  statusLabel: string;
  /** The user id of the finance user who built it (D1: never the approver). */
  createdBy: string;
  approvedBy: string | null;
  itemCount: number;
  totalFen: number;
  createdAt: string;
}

export interface PaymentItemView {
  id: string;
  line: number;
  reference: string;
  caseId: string;
  caseStatus: string;
  amountFen: number;
  payee: { name: string; kind: PayeeKind; accountNoMasked: string; bankName: string | null };
  status: PaymentItemStatus;
  failureReason: string | null;
  paidOn: string | null;
  reissueOf: string | null;
  /** A16: 7 working days after the notice passed; null when the case has no running payment deadline. */
  paymentDueOn: string | null;
  paymentOverdue: boolean;
}

export interface PaymentBatchStep {
  seq: number;
  event: string;
  from: PaymentBatchStatus | null;
  to: PaymentBatchStatus;
  on: string;
  actorId: string | null;
}

export interface PaymentBatchDetail extends PaymentBatchSummary {
  steps: PaymentBatchStep[];
  items: PaymentItemView[];
}

export interface PaymentSkip {
  caseId: string;
  code: PaymentSkipCode;
  message: string;
}

/** `POST …/payment-batches`: the batch built (or the one the same Idempotency-Key built before). */
export interface BuiltPaymentBatch extends PaymentBatchDetail {
  skipped: PaymentSkip[];
}

/** `POST …/payment-batches/:id/bank-result`: how the bank's result file settled the batch. */
export interface BankResultSummary {
  batchId: string;
  status: PaymentBatchStatus;
  paid: string[];
  failed: { reference: string; reason: string }[];
  unchanged: string[];
  pending: string[];
  problems: { reference: string; line: number; message: string }[];
  errors: { line: number; message: string }[];
  /** The same file imported before: nothing changed this time. */
  replayed: boolean;
}

export interface RecoveryOrderBody {
  amountFen?: number;
  reason: string;
  dueOn: string;
}

export interface RepaymentBody {
  amountFen: number;
  paidOn: string;
  reference: string;
}

export interface RecoveryOrderView {
  id: string;
  caseId: string;
  status: RecoveryStatus;
  statusLabel: string;
  amountFen: number;
  repaidFen: number;
  outstandingFen: number;
  reason: string;
  dueOn: string;
  repayments: { on: string; amountFen: number; reference: string }[];
}

export function createPaymentsApi(http: HttpClient) {
  const base = '/api/v1/skill-subsidy/payment-batches';
  const batch = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    build: (regionCode: string, idempotencyKey: string) =>
      http.post<BuiltPaymentBatch>(base, { regionCode }, { 'idempotency-key': idempotencyKey }),
    list: () => http.get<PaymentBatchSummary[]>(base),
    get: (id: string) => http.get<PaymentBatchDetail>(batch(id)),
    approve: (id: string) => http.post<PaymentBatchDetail>(`${batch(id)}/approve`, {}),
    bankFile: (id: string): Promise<DownloadedFile> => http.download(`${batch(id)}/bank-file`),
    importResult: (id: string, csv: string) => http.postText<BankResultSummary>(`${batch(id)}/bank-result`, csv, 'text/csv'),
    openRecovery: (caseId: string, body: RecoveryOrderBody) =>
      http.post<RecoveryOrderView>(`/api/v1/skill-subsidy/applications/${encodeURIComponent(caseId)}/recovery-orders`, body),
    repay: (orderId: string, body: RepaymentBody) =>
      http.post<RecoveryOrderView>(`/api/v1/skill-subsidy/recovery-orders/${encodeURIComponent(orderId)}/repayments`, body),
  };
}
