import { REGIONS } from '@huimin/domain';
import { computed, reactive, readonly } from 'vue';

/** The region a visitor gets before choosing one: the pilot city of the first deployment. */
export const DEFAULT_REGION = '220100';
const STORAGE_KEY = 'huimin.portal.region';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function isKnownRegion(code: unknown): code is string {
  return typeof code === 'string' && /^\d{6}$/.test(code) && code !== '000000' && Object.hasOwn(REGIONS, code);
}

function safeStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be blocked by browser policy; the choice then lasts until the tab closes.
    return null;
  }
}

/**
 * The visitor's region (province → city), remembered on the device so guides and the pre-check follow
 * it on the next visit. `chosen` stays false until the visitor picks one, so pages can say plainly
 * that the default is only a default.
 */
export function createRegionChoice(storage: KeyValueStore | null = safeStorage()) {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  const state = reactive({
    code: isKnownRegion(stored) ? stored : DEFAULT_REGION,
    chosen: isKnownRegion(stored),
  });

  function choose(code: string): void {
    if (!isKnownRegion(code)) return;
    state.code = code;
    state.chosen = true;
    try {
      storage?.setItem(STORAGE_KEY, code);
    } catch {
      // Not remembering is acceptable; the page still follows the choice.
    }
  }

  return { state: readonly(state), choose, name: computed(() => regionLabel(state.code)) };
}

export type RegionChoice = ReturnType<typeof createRegionChoice>;

let shared: RegionChoice | null = null;

/** One choice for the whole tab: the guide and the pre-check must agree on the region. */
export function useRegionChoice(): RegionChoice {
  shared ??= createRegionChoice();
  return shared;
}

/** For tests: forget the tab's choice object (the stored value stays). */
export function resetRegionChoice(): void {
  shared = null;
}

export interface RegionOption {
  code: string;
  name: string;
}

/** Provinces in code order (the national level is not a place one applies in). */
export function provinces(): RegionOption[] {
  return Object.keys(REGIONS)
    .filter((code) => code !== '000000' && code.endsWith('0000'))
    .sort()
    .map((code) => ({ code, name: REGIONS[code] ?? code }));
}

/** The cities the platform knows by name under a province (none for a municipality such as 北京市). */
export function citiesOf(province: string): RegionOption[] {
  const prefix = province.slice(0, 2);
  return Object.keys(REGIONS)
    .filter((code) => code.startsWith(prefix) && code.endsWith('00') && !code.endsWith('0000'))
    .sort()
    .map((code) => ({ code, name: REGIONS[code] ?? code }));
}

export function provinceCode(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** 吉林省 长春市 — the full name a visitor recognises. */
export function regionLabel(code: string): string {
  const province = REGIONS[provinceCode(code)];
  const own = REGIONS[code];
  if (!own) return code;
  return province && province !== own ? `${province} ${own}` : own;
}
