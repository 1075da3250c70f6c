// Mounting helpers for component tests: the real router and i18n, a system-info source under the
// test's control.
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { PortalApi } from './api/policies';
import type { SystemInfo } from './api/system';
import { resetRegionChoice } from './composables/region';
import { PORTAL_API_KEY } from './composables/usePortalApi';
import { createSystemInfo, SYSTEM_INFO_KEY } from './composables/useSystemInfo';
import { createPortalI18n } from './modules/i18n';
import { createPortalRouter } from './router';

// jsdom has no layout, so its scrollTo only prints "not implemented"; the router calls it on every
// navigation (scrollBehavior).
window.scrollTo = () => undefined;

/** A portal API whose calls the test scripts; by default no region has a policy. */
export function fakePortalApi(overrides: Partial<PortalApi> = {}) {
  return {
    policies: vi.fn(overrides.policies ?? (async () => [])),
    checkSkillSubsidy: vi.fn(
      overrides.checkSkillSubsidy ??
        (async () => ({ eligible: false, amountFen: 0, applicationDeadline: null, policy: null, checks: [], reasons: [], warnings: [] })),
    ),
  } satisfies PortalApi;
}

export function setup(load: () => Promise<SystemInfo>, api: PortalApi = fakePortalApi()) {
  // Each test starts from what localStorage holds, not from another test's choice object.
  resetRegionChoice();
  const systemInfo = createSystemInfo(load);
  const router = createPortalRouter(createMemoryHistory());
  const global = {
    plugins: [router, createPortalI18n()],
    provide: { [SYSTEM_INFO_KEY as symbol]: systemInfo, [PORTAL_API_KEY as symbol]: api },
  };
  return { systemInfo, router, global, api };
}

export function info(programs: string[]): SystemInfo {
  return { programs: programs as SystemInfo['programs'], demo: false, version: 'test' };
}
