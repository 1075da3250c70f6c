// Recovery orders (追回, POLICY.md A17): the list and one order with its repayments; finance records a
// repayment, the head writes off what cannot be recovered. The shapes are the API's own (generated from its
// OpenAPI document); statuses as @huimin/domain names them.
import type { RecoveryListQuery, RepaymentBody } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type {
  RecoveryOrder as RecoveryOrderDetail,
  RecoveryOrderPage as RecoveryPage,
  RecoveryOrderSummary as RecoveryOrderRow,
  RepaymentBody as Repayment,
} from '@huimin/api-client';

/** The list's query as the screens send it (`caseId`: one case's orders, on the case page), the page always set. */
export type RecoveryQuery = RecoveryListQuery & { page: number; pageSize: number };

export function createRecoveryApi(http: HttpClient) {
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    list: (query: RecoveryQuery) => data(http.GET('/api/v1/skill-subsidy/recovery-orders', { params: { query } })),
    get: (id: string) => data(http.GET('/api/v1/skill-subsidy/recovery-orders/{id}', path(id))),
    /** The answer is the order as it stands after the repayment. */
    repay: (id: string, body: RepaymentBody) => data(http.POST('/api/v1/skill-subsidy/recovery-orders/{id}/repayments', { ...path(id), body })),
    writeOff: (id: string, reason: string) => data(http.POST('/api/v1/skill-subsidy/recovery-orders/{id}/write-off', { ...path(id), body: { reason } })),
  };
}

export type RecoveryApi = ReturnType<typeof createRecoveryApi>;
