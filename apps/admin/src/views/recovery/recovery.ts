// Recovery orders (A17) as plain functions: the list's state in the URL and which steps an order offers to this
// user. The repayment form's checks are the payments page's own (`checkRepaymentForm`), reused here.
import { RECOVERY_STATUSES, type RecoveryStatus } from '@huimin/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { RecoveryOrderRow, RecoveryQuery } from '../../api/recovery';
import { firstOf, oneOf, pagingFromQuery, pagingToQuery } from '../common/list-query';
import { hasAnyRole, REPAYMENT_ROLES, WRITE_OFF_ROLES } from '../common/roles';

export interface RecoveryListState {
  /** '' = every status. */
  status: RecoveryStatus | '';
  page: number;
  pageSize: number;
}

export function listFromQuery(query: LocationQuery): RecoveryListState {
  return { status: oneOf(firstOf(query.status), RECOVERY_STATUSES), ...pagingFromQuery(query) };
}

export function listToQuery(state: RecoveryListState, region: string, userRegion: string): LocationQueryRaw {
  return { ...(region !== userRegion ? { region } : {}), ...(state.status ? { status: state.status } : {}), ...pagingToQuery(state) };
}

export function listQueryOf(state: RecoveryListState, regionCode: string): RecoveryQuery {
  return { regionCode, ...(state.status ? { status: state.status } : {}), page: state.page, pageSize: state.pageSize };
}

/** An order still being recovered: repayments and a write-off are possible only then (A17). */
export function isOpen(order: Pick<RecoveryOrderRow, 'status'>): boolean {
  return order.status === 'open' || order.status === 'partially_repaid';
}

export function orderActions(order: Pick<RecoveryOrderRow, 'status'>, roles: readonly string[]): { repay: boolean; writeOff: boolean } {
  const open = isOpen(order);
  return { repay: open && hasAnyRole(roles, REPAYMENT_ROLES), writeOff: open && hasAnyRole(roles, WRITE_OFF_ROLES) };
}

export function statusTagType(status: string): 'warning' | 'success' | 'info' | 'primary' {
  if (status === 'open') return 'warning';
  if (status === 'partially_repaid') return 'primary';
  if (status === 'recovered') return 'success';
  return 'info';
}
