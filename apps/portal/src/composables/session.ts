import { reactive, readonly } from 'vue';

/** What the portal keeps of a real-name login: the bearer token and how to greet the person. */
export interface ApplicantSession {
  token: string;
  name: string;
  idNumberMasked: string;
  expiresAt: string;
}

const STORAGE_KEY = 'huimin.portal.session';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function safeStorage(): KeyValueStore | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function parse(text: string | null): ApplicantSession | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ApplicantSession>;
    if (typeof value.token !== 'string' || value.token === '') return null;
    if (typeof value.expiresAt === 'string' && Date.parse(value.expiresAt) <= Date.now()) return null;
    return { token: value.token, name: value.name ?? '', idNumberMasked: value.idNumberMasked ?? '', expiresAt: value.expiresAt ?? '' };
  } catch {
    return null;
  }
}

/**
 * The applicant's login for this tab only (sessionStorage: closing the tab on a shared phone logs
 * out). Small on purpose: the home page imports it to show the "我的" entry.
 */
export function createSession(storage: KeyValueStore | null = safeStorage(), key = STORAGE_KEY) {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(key) ?? null;
  } catch {
    stored = null;
  }
  const state = reactive<{ current: ApplicantSession | null }>({ current: parse(stored) });

  function signIn(session: ApplicantSession): void {
    state.current = session;
    try {
      storage?.setItem(key, JSON.stringify(session));
    } catch {
      // Not remembering across reloads is acceptable.
    }
  }

  function signOut(): void {
    state.current = null;
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing stored.
    }
  }

  return { state: readonly(state), signIn, signOut, token: () => state.current?.token ?? null };
}

export type Session = ReturnType<typeof createSession>;

let shared: Session | null = null;

export function useSession(): Session {
  shared ??= createSession();
  return shared;
}

let sharedEmployer: Session | null = null;

/**
 * The employer account's login, kept apart from the person's: one phone may be used by a payroll clerk for the
 * company and for their own application, and neither login must act for the other. `name` is the employer's name.
 */
export function useEmployerSession(): Session {
  sharedEmployer ??= createSession(safeStorage(), 'huimin.portal.employer-session');
  return sharedEmployer;
}

/** For tests: forget the tab's session objects (the stored values stay). */
export function resetSession(): void {
  shared = null;
  sharedEmployer = null;
}

/** Only same-site paths may be returned to after login (never another origin). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/me/cases';
}
