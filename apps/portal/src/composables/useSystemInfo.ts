import { inject, reactive, readonly, type InjectionKey } from 'vue';
import type { SystemInfo } from '../api/system';

export type SystemInfoState =
  | { status: 'loading'; info: null; error: null }
  | { status: 'ready'; info: SystemInfo; error: null }
  | { status: 'error'; info: null; error: unknown };

/**
 * Loads /system/info once for the whole portal (home page and service pages share it) and lets
 * the page retry after a failure. A tiny hand-rolled state: the portal has no other server state,
 * so a query library would cost more bytes on a phone than it saves.
 */
export function createSystemInfo(load: () => Promise<SystemInfo>) {
  const state = reactive({ status: 'loading', info: null, error: null } as SystemInfoState);
  let pending: Promise<void> | null = null;

  function refresh(): Promise<void> {
    if (pending) return pending;
    Object.assign(state, { status: 'loading', info: null, error: null });
    pending = load()
      .then((info) => void Object.assign(state, { status: 'ready', info, error: null }))
      .catch((error: unknown) => void Object.assign(state, { status: 'error', info: null, error }))
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return { state: readonly(state) as Readonly<SystemInfoState>, refresh };
}

export type SystemInfoSource = ReturnType<typeof createSystemInfo>;

export const SYSTEM_INFO_KEY: InjectionKey<SystemInfoSource> = Symbol('huimin-system-info');

export function useSystemInfo(): SystemInfoSource {
  const source = inject(SYSTEM_INFO_KEY);
  if (!source) throw new Error('System info was not provided; see main.ts.');
  return source;
}
