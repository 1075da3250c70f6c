// The recovery order of a case in 追回中 (clawback_pending, POLICY.md A17), found from the case page by the
// list's case filter: a case has at most one open or partly repaid order (the database keeps it so).
import type { RecoveryApi, RecoveryOrderRow } from '../../api/recovery';

export async function findOpenOrder(api: Pick<RecoveryApi, 'list'>, caseId: string, regionCode: string): Promise<RecoveryOrderRow | null> {
  const found = await api.list({ regionCode, caseId, page: 1, pageSize: 100 });
  return found.items.find((order) => order.caseId === caseId && (order.status === 'open' || order.status === 'partially_repaid')) ?? null;
}
