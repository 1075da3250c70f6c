import { useQuery, type QueryClient } from '@tanstack/vue-query';
import type { Api, SystemInfo } from '../api';
import { useApi } from './useApi';

/** Which programs are on rarely changes while a tab is open; refetch only after five minutes. */
export function systemInfoQuery(api: Api) {
  return {
    queryKey: ['system', 'info'] as const,
    queryFn: (): Promise<SystemInfo> => api.system.info(),
    staleTime: 5 * 60_000,
  };
}

export function useSystemInfo() {
  return useQuery(systemInfoQuery(useApi()));
}

/** For route guards, which run outside components: reads the cache or fetches once. */
export function loadSystemInfo(queryClient: QueryClient, api: Api): Promise<SystemInfo> {
  return queryClient.ensureQueryData(systemInfoQuery(api));
}
