import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SessionUser } from '../api';

// sessionStorage, not localStorage: the token dies with the tab, which is what a shared counter PC
// at a service hall needs, and it is not readable from other tabs' sessions.
const TOKEN_KEY = 'huimin.admin.token';

function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Without storage the session lasts until reload; nothing else to do.
  }
}

/** Why the user is on the login page, so the page can say it. */
export type SignedOutReason = 'expired' | 'logout' | null;

export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(readToken());
  const user = ref<SessionUser | null>(null);
  const signedOutReason = ref<SignedOutReason>(null);

  const isAuthenticated = computed(() => token.value !== null);
  // Read as plain strings: menus and guards compare with role names of their own.
  const roles = computed<readonly string[]>(() => user.value?.roles ?? []);

  function signIn(accessToken: string, signedInUser: SessionUser): void {
    token.value = accessToken;
    user.value = signedInUser;
    signedOutReason.value = null;
    writeToken(accessToken);
  }

  function setUser(current: SessionUser): void {
    user.value = current;
  }

  function signOut(reason: Exclude<SignedOutReason, null>): void {
    token.value = null;
    user.value = null;
    signedOutReason.value = reason;
    writeToken(null);
  }

  function hasRole(role: string): boolean {
    return roles.value.includes(role);
  }

  return { token, user, signedOutReason, isAuthenticated, roles, signIn, setUser, signOut, hasRole };
});

export type SessionStore = ReturnType<typeof useSessionStore>;
