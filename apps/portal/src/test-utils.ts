// Mounting helpers for component tests: the real router and i18n, a system-info source under the
// test's control.
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { ApplicantApi } from './api/applicant';
import type { PortalApi } from './api/policies';
import type { SystemInfo } from './api/system';
import { resetRegionChoice } from './composables/region';
import { resetSession } from './composables/session';
import { APPLICANT_API_KEY } from './composables/useApplicantApi';
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

/** An applicant API whose calls the test scripts; by default every call fails as if offline. */
export function fakeApplicantApi(overrides: Partial<ApplicantApi> = {}): { [K in keyof ApplicantApi]: ReturnType<typeof vi.fn<ApplicantApi[K]>> } {
  const offline = async () => {
    throw new Error('not scripted');
  };
  const names: (keyof ApplicantApi)[] = ['requestCode', 'login', 'logout', 'person', 'certificates', 'apply', 'cases', 'case', 'appeal', 'withdraw', 'notices', 'object'];
  return Object.fromEntries(names.map((name) => [name, vi.fn(overrides[name] ?? offline)])) as never;
}

export function setup(load: () => Promise<SystemInfo>, api: PortalApi = fakePortalApi(), applicant: Partial<ApplicantApi> = fakeApplicantApi()) {
  // Each test starts from what localStorage holds, not from another test's choice object.
  resetRegionChoice();
  resetSession();
  const systemInfo = createSystemInfo(load);
  const router = createPortalRouter(createMemoryHistory());
  const global = {
    plugins: [router, createPortalI18n()],
    provide: { [SYSTEM_INFO_KEY as symbol]: systemInfo, [PORTAL_API_KEY as symbol]: api, [APPLICANT_API_KEY as symbol]: applicant },
  };
  return { systemInfo, router, global, api, applicant };
}

export function info(programs: string[]): SystemInfo {
  return { programs: programs as SystemInfo['programs'], demo: false, version: 'test' };
}
