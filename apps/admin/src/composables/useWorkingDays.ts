import { useQueries } from '@tanstack/vue-query';
import { CalendarYearMissingError, todayInShanghai, WorkingDayCalendar, workingDaysLeft } from '@huimin/domain';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { yearsSpanned } from '../views/cases/worklist';
import { useApi } from './useApi';

/**
 * Working days left until each due date, counted on the national calendar the API holds (the same data the
 * deadlines were computed with). A year that is not loaded gives null for the dates that need it: never a
 * guess (E5). The years are read once an hour at most.
 */
export function useWorkingDaysLeft(dueDates: MaybeRefOrGetter<readonly (string | null)[]>) {
  const api = useApi();
  const today = todayInShanghai();
  const years = computed(() => yearsSpanned(today, toValue(dueDates)));
  const queries = useQueries({
    queries: computed(() =>
      years.value.map((year) => ({
        queryKey: ['calendar', 'year', year] as const,
        queryFn: () => api.calendar.year(year),
        staleTime: 60 * 60_000,
        retry: false,
      })),
    ),
  });
  const calendar = computed(() => new WorkingDayCalendar(queries.value.flatMap((q) => (q.data ? [q.data] : []))));
  return (due: string | null): number | null => {
    if (due === null) return null;
    try {
      return workingDaysLeft(due, today, calendar.value);
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null;
      throw error;
    }
  };
}
