// The payment routes (POLICY.md A16, A17, D1, D2) through the typed client; the shapes are the API's own and
// status strings come from @huimin/domain.
import type { PaymentItem, RecoveryOrderBody, RepaymentBody } from '@huimin/api-client';
import { data, downloaded, type DownloadedFile, type HttpClient } from './http';

export type {
  BankResultSummary,
  BuiltPaymentBatch,
  PaymentBatch,
  PaymentBatchSummary,
  PaymentItem,
  PaymentSkip,
  RecoveryOrder,
  RecoveryOrderBody,
  RepaymentBody,
} from '@huimin/api-client';
export type PaymentItemStatus = PaymentItem['status'];

export function createPaymentsApi(http: HttpClient) {
  const batch = (id: string) => ({ params: { path: { id } } });
  return {
    build: (regionCode: string, idempotencyKey: string) =>
      data(http.POST('/api/v1/skill-subsidy/payment-batches', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: { regionCode } })),
    list: () => data(http.GET('/api/v1/skill-subsidy/payment-batches')),
    get: (id: string) => data(http.GET('/api/v1/skill-subsidy/payment-batches/{id}', batch(id))),
    approve: (id: string) => data(http.POST('/api/v1/skill-subsidy/payment-batches/{id}/approve', batch(id))),
    bankFile: (id: string): Promise<DownloadedFile> =>
      downloaded(http.GET('/api/v1/skill-subsidy/payment-batches/{id}/bank-file', { ...batch(id), parseAs: 'blob', headers: { accept: '*/*' } })),
    /** The bank's result file, sent as it is (text/csv). */
    importResult: (id: string, csv: string) =>
      data(
        http.POST('/api/v1/skill-subsidy/payment-batches/{id}/bank-result', {
          ...batch(id),
          // The route reads the file's bytes, so the document gives it no JSON body to type.
          body: csv as never,
          bodySerializer: () => csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    openRecovery: (caseId: string, body: RecoveryOrderBody) =>
      data(http.POST('/api/v1/skill-subsidy/applications/{id}/recovery-orders', { params: { path: { id: caseId } }, body })),
    repay: (orderId: string, body: RepaymentBody) =>
      data(http.POST('/api/v1/skill-subsidy/recovery-orders/{id}/repayments', { params: { path: { id: orderId } }, body })),
  };
}
