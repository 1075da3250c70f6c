// Mounting helpers for component tests: the real router and i18n, a system-info source under the
// test's control.
import { createMemoryHistory } from 'vue-router';
import type { SystemInfo } from './api/system';
import { createSystemInfo, SYSTEM_INFO_KEY } from './composables/useSystemInfo';
import { createPortalI18n } from './modules/i18n';
import { createPortalRouter } from './router';

// jsdom has no layout, so its scrollTo only prints "not implemented"; the router calls it on every
// navigation (scrollBehavior).
window.scrollTo = () => undefined;

export function setup(load: () => Promise<SystemInfo>) {
  const systemInfo = createSystemInfo(load);
  const router = createPortalRouter(createMemoryHistory());
  const global = {
    plugins: [router, createPortalI18n()],
    provide: { [SYSTEM_INFO_KEY as symbol]: systemInfo },
  };
  return { systemInfo, router, global };
}

export function info(programs: string[]): SystemInfo {
  return { programs: programs as SystemInfo['programs'], demo: false, version: 'test' };
}
