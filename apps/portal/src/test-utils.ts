// Mounting helpers for component tests: the real router and i18n, a system-info source under the
// test's control.
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { ApplicantApi } from './api/applicant';
import type { EmployerApi } from './api/employer';
import type { PortalApi } from './api/policies';
import type { SystemInfo } from './api/system';
import { resetRegionChoice } from './composables/region';
import { resetSession } from './composables/session';
import { APPLICANT_API_KEY } from './composables/useApplicantApi';
import { EMPLOYER_API_KEY } from './composables/useEmployerApi';
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
  const names: (keyof ApplicantApi)[] = ['requestCode', 'login', 'logout', 'person', 'certificates', 'apply', 'cases', 'case', 'appeal', 'withdraw', 'rate', 'notices', 'object'];
  return Object.fromEntries(names.map((name) => [name, vi.fn(overrides[name] ?? offline)])) as never;
}

/** An employer API whose calls the test scripts; by default every call fails as if offline. */
export function fakeEmployerApi(overrides: Partial<EmployerApi> = {}): { [K in keyof EmployerApi]: ReturnType<typeof vi.fn<EmployerApi[K]>> } {
  const offline = async () => {
    throw new Error('not scripted');
  };
  const names: (keyof EmployerApi)[] = ['requestCode', 'login', 'logout', 'batch'];
  return Object.fromEntries(names.map((name) => [name, vi.fn(overrides[name] ?? offline)])) as never;
}

export function setup(
  load: () => Promise<SystemInfo>,
  api: PortalApi = fakePortalApi(),
  applicant: Partial<ApplicantApi> = fakeApplicantApi(),
  employer: Partial<EmployerApi> = fakeEmployerApi(),
) {
  // Each test starts from what localStorage holds, not from another test's choice object.
  resetRegionChoice();
  resetSession();
  const systemInfo = createSystemInfo(load);
  const router = createPortalRouter(createMemoryHistory());
  const global = {
    plugins: [router, createPortalI18n()],
    provide: { [SYSTEM_INFO_KEY as symbol]: systemInfo, [PORTAL_API_KEY as symbol]: api, [APPLICANT_API_KEY as symbol]: applicant, [EMPLOYER_API_KEY as symbol]: employer },
  };
  return { systemInfo, router, global, api, applicant, employer };
}

export function info(programs: string[]): SystemInfo {
  return { programs: programs as SystemInfo['programs'], demo: false, version: 'test' };
}
