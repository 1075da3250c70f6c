import { useQuery } from '@tanstack/vue-query';
import type { MaybeRefOrGetter } from 'vue';
import { useApi } from './useApi';

export const CALENDAR_STATUS_KEY = ['calendar', 'status'] as const;
export const CALENDAR_YEARS_KEY = ['calendar', 'years'] as const;

/**
 * Whether the working-day calendar covers this year and next (the API warns from 1 November). Only
 * system admins can act on it, so other roles do not ask.
 */
export function useCalendarStatus(enabled: MaybeRefOrGetter<boolean> = true) {
  const api = useApi();
  return useQuery({ queryKey: CALENDAR_STATUS_KEY, queryFn: () => api.calendar.status(), enabled, staleTime: 60_000 });
}

export function useCalendarYears() {
  const api = useApi();
  return useQuery({ queryKey: CALENDAR_YEARS_KEY, queryFn: () => api.calendar.years() });
}
