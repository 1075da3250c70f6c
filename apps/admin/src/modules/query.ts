import type { App } from 'vue';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { ApiError } from '../api';

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retrying a 4xx repeats the same refusal; retry only network failures and server errors.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function install(app: App, queryClient: QueryClient): void {
  app.use(VueQueryPlugin, { queryClient });
}
