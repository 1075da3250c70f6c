import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { useSessionStore } from '../../stores/session';
import { regionFromQuery } from './list-query';
import { scopeCodes } from './regions';

/** How one region-scoped list page keeps its state in the URL and reads its page from the API. */
export interface RegionListOptions<State extends { page: number }, Query, Page> {
  /** The route the list lives on; every change of state or region is a navigation to it (back works). */
  routeName: string;
  /** The first part of the vue-query key (its other part is the API query). */
  key: string;
  fromQuery(query: LocationQuery): State;
  toQuery(state: State, region: string, userRegion: string): LocationQueryRaw;
  queryOf(state: State, regionCode: string): Query;
  fetch(query: Query): Promise<Page>;
}

/**
 * The shared wiring of the console's region-scoped lists (objections, recovery orders, ratings): the region the
 * user picked among those in its scope, the list's state read from the URL, `go` to change both, and the page of
 * the API for them (the previous page shown while the next loads).
 */
export function useRegionList<State extends { page: number }, Query, Page>(options: RegionListOptions<State, Query, Page>) {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();

  const userRegion = computed(() => session.user?.regionCode ?? '');
  const region = computed(() => regionFromQuery(route.query, userRegion.value, scopeCodes(userRegion.value)));
  const state = computed(() => options.fromQuery(route.query));

  function go(next: Partial<State>, nextRegion = region.value): void {
    void router.push({ name: options.routeName, query: options.toQuery({ ...state.value, ...next }, nextRegion, userRegion.value) });
  }
  const regionModel = computed({ get: () => region.value, set: (code: string) => go({ page: 1 } as Partial<State>, code) });

  const listQuery = computed(() => options.queryOf(state.value, region.value));
  const list = useQuery({
    queryKey: computed(() => [options.key, 'list', listQuery.value] as const),
    queryFn: () => options.fetch(listQuery.value),
    placeholderData: keepPreviousData,
    enabled: computed(() => region.value !== ''),
  });

  return { session, userRegion, region, state, go, regionModel, list };
}
