// Shared set-up for component and router tests: the real router, store and i18n, a fake API.
import { QueryClient } from '@tanstack/vue-query';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { API_KEY, type Api, type SessionUser, type SystemInfo } from './api';
import { createAppI18n } from './modules/i18n';
import { install as installQuery } from './modules/query';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';

export const HANDLER: SessionUser = {
  id: 'u1',
  username: 'jl-handler',
  displayName: '吉林经办员',
  roles: ['handler'],
  regionCode: '220100',
};

export const SYSTEM_INFO: SystemInfo = { programs: ['skill-subsidy'], demo: true, version: '0.1.0' };

export function fakeApi(overrides: { login?: Api['auth']['login']; me?: Api['auth']['me']; info?: Api['system']['info'] } = {}) {
  return {
    auth: {
      login: vi.fn(overrides.login ?? (async () => ({ accessToken: 'token-1', user: HANDLER }))),
      me: vi.fn(overrides.me ?? (async () => HANDLER)),
    },
    system: { info: vi.fn(overrides.info ?? (async () => SYSTEM_INFO)) },
  } satisfies Api;
}

export function setup(api: Api = fakeApi()) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore(pinia);
  // Tests must see failures at once, not after query retries.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter({ session, api, queryClient, history: createMemoryHistory() });
  const i18n = createAppI18n('zh-CN');
  const global = {
    plugins: [pinia, router, i18n, { install: (app: import('vue').App) => installQuery(app, queryClient) }],
    provide: { [API_KEY as symbol]: api },
  };
  return { pinia, session, queryClient, router, i18n, api, global };
}
