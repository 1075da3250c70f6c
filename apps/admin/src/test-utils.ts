// Shared set-up for component and router tests: the real router, store and i18n, a fake API.
import { QueryClient } from '@tanstack/vue-query';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { API_KEY, type Api, type CalendarStatus, type SessionUser, type StaffLogin, type SystemInfo } from './api';
import { createAppI18n } from './modules/i18n';
import { install as installQuery } from './modules/query';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';

/**
 * How long `vi.waitFor` waits for a lazy route or chunk: its first import transforms the module cold,
 * which takes well over the 1 s default when turbo runs several packages' tests at once.
 */
export const WAIT = { timeout: 15_000, interval: 20 } as const;

export const HANDLER: SessionUser = {
  id: 'u1',
  username: 'jl-handler',
  displayName: '吉林经办员',
  roles: ['handler'],
  regionCode: '220100',
};

export const HEAD: SessionUser = { id: 'u3', username: 'jl-head', displayName: '长春科长', roles: ['head'], regionCode: '220100' };

export const FINANCE: SessionUser = { id: 'u5', username: 'jl-finance', displayName: '长春财务', roles: ['finance'], regionCode: '220100' };

export const SYSTEM_INFO: SystemInfo = { programs: ['skill-subsidy'], demo: true, version: '0.1.0' };

/** A staff login's answer for `user`, tokens made up. */
export function staffLogin(user: SessionUser, accessToken = 'token-1'): StaffLogin {
  return {
    accessToken,
    refreshToken: 'rt_token-1',
    expiresAt: '2026-06-01T02:30:00.000Z',
    refreshExpiresAt: '2026-06-01T12:00:00.000Z',
    mustChangePassword: false,
    user,
  };
}

/** A calendar with this year loaded and nothing to warn about. */
export const CALENDAR_OK: CalendarStatus = {
  today: '2026-06-01',
  lastLoadedYear: 2026,
  currentYearLoaded: true,
  nextYearLoaded: false,
  warning: null,
};

export interface FakeApiOverrides {
  login?: Api['auth']['login'];
  me?: Api['auth']['me'];
  info?: Api['system']['info'];
  policies?: Api['policies']['inForce'];
  calendarYears?: Api['calendar']['years'];
  calendarStatus?: Api['calendar']['status'];
  putCalendarYear?: Api['calendar']['putYear'];
  calendarYear?: Api['calendar']['year'];
  listCases?: Api['cases']['list'];
  getCase?: Api['cases']['get'];
  createCase?: Api['cases']['create'];
  decideCase?: Api['cases']['decide'];
  lookupPerson?: Api['cases']['lookupPerson'];
  publishNotice?: Api['notices']['publish'];
  listNotices?: Api['notices']['list'];
  decideObjection?: Api['notices']['decideObjection'];
  buildBatch?: Api['payments']['build'];
  listBatches?: Api['payments']['list'];
  getBatch?: Api['payments']['get'];
  approveBatch?: Api['payments']['approve'];
  bankFile?: Api['payments']['bankFile'];
  importResult?: Api['payments']['importResult'];
  openRecovery?: Api['payments']['openRecovery'];
  repay?: Api['payments']['repay'];
}

const NOT_STUBBED = async (): Promise<never> => {
  throw new Error('not stubbed in this test');
};

export function fakeApi(overrides: FakeApiOverrides = {}) {
  return {
    auth: {
      login: vi.fn(overrides.login ?? (async () => staffLogin(HANDLER))),
      me: vi.fn(overrides.me ?? (async () => HANDLER)),
    },
    system: { info: vi.fn(overrides.info ?? (async () => SYSTEM_INFO)) },
    policies: { inForce: vi.fn(overrides.policies ?? (async () => [])) },
    calendar: {
      years: vi.fn(overrides.calendarYears ?? (async () => [])),
      status: vi.fn(overrides.calendarStatus ?? (async () => CALENDAR_OK)),
      year: vi.fn(overrides.calendarYear ?? NOT_STUBBED),
      putYear: vi.fn(
        overrides.putCalendarYear ??
          (async (year: number, body) => ({ year, ...body, source: 'test', loadedAt: '2026-06-01T02:00:00.000Z', loadedBy: 'jl-admin' })),
      ),
    },
    cases: {
      list: vi.fn(overrides.listCases ?? NOT_STUBBED),
      get: vi.fn(overrides.getCase ?? NOT_STUBBED),
      create: vi.fn(overrides.createCase ?? NOT_STUBBED),
      decide: vi.fn(overrides.decideCase ?? NOT_STUBBED),
      lookupPerson: vi.fn(overrides.lookupPerson ?? NOT_STUBBED),
    },
    notices: {
      publish: vi.fn(overrides.publishNotice ?? NOT_STUBBED),
      list: vi.fn(overrides.listNotices ?? NOT_STUBBED),
      decideObjection: vi.fn(overrides.decideObjection ?? NOT_STUBBED),
    },
    payments: {
      build: vi.fn(overrides.buildBatch ?? NOT_STUBBED),
      list: vi.fn(overrides.listBatches ?? NOT_STUBBED),
      get: vi.fn(overrides.getBatch ?? NOT_STUBBED),
      approve: vi.fn(overrides.approveBatch ?? NOT_STUBBED),
      bankFile: vi.fn(overrides.bankFile ?? NOT_STUBBED),
      importResult: vi.fn(overrides.importResult ?? NOT_STUBBED),
      openRecovery: vi.fn(overrides.openRecovery ?? NOT_STUBBED),
      repay: vi.fn(overrides.repay ?? NOT_STUBBED),
    },
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
