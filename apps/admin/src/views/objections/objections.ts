// The objections inbox as plain functions: the list's state in the URL (the inbox opens on the open ones), and
// which rows this user may decide.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { OBJECTION_STATUSES, type ObjectionItem, type ObjectionQuery, type ObjectionStatus } from '../../api/objections';
import { firstOf, oneOf, pagingFromQuery, pagingToQuery } from '../common/list-query';
import { hasAnyRole, OBJECTION_DECIDERS } from '../common/roles';

export interface InboxState {
  /** '' = every status. */
  status: ObjectionStatus | '';
  page: number;
  pageSize: number;
}

export function inboxFromQuery(query: LocationQuery): InboxState {
  const raw = firstOf(query.status);
  return { status: raw === 'all' ? '' : oneOf(raw, OBJECTION_STATUSES) || 'open', ...pagingFromQuery(query) };
}

/** `status` is written unless it is the default (open); every status is `all`. */
export function inboxToQuery(state: InboxState, region: string, userRegion: string): LocationQueryRaw {
  return {
    ...(region !== userRegion ? { region } : {}),
    ...(state.status === 'open' ? {} : { status: state.status || 'all' }),
    ...pagingToQuery(state),
  };
}

export function listQueryOf(state: InboxState, regionCode: string): ObjectionQuery {
  return { regionCode, ...(state.status ? { status: state.status } : {}), page: state.page, pageSize: state.pageSize };
}

/** Only open objections are decided, by a handler or head (D1: the API refuses one who took a step of the case). */
export function canDecide(item: Pick<ObjectionItem, 'status'>, roles: readonly string[]): boolean {
  return item.status === 'open' && hasAnyRole(roles, OBJECTION_DECIDERS);
}
