import type { QueryClient } from '@tanstack/vue-query';
import { watch } from 'vue';
import { createRouter, createWebHistory, START_LOCATION, type RouteLocationNormalized, type RouteLocationRaw, type Router, type RouterHistory } from 'vue-router';
import { ApiError, type Api } from '../api';
import { loadSystemInfo } from '../composables/useSystemInfo';
import type { SessionStore } from '../stores/session';
import { routes } from './routes';

export interface RouterDeps {
  session: SessionStore;
  api: Api;
  queryClient: QueryClient;
  history?: RouterHistory;
}

/** A path the login page may send the user back to: only this app's own routes. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

function toLogin(to: RouteLocationNormalized): RouteLocationRaw {
  return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } };
}

export function createAppRouter(deps: RouterDeps): Router {
  const { session, api, queryClient } = deps;
  const router = createRouter({
    history: deps.history ?? createWebHistory(import.meta.env.BASE_URL),
    routes,
  });

  router.beforeEach(async (to) => {
    if (to.meta.public) {
      // A signed-in user has nothing to do on the login page.
      return to.name === 'login' && session.isAuthenticated ? { name: 'home' } : true;
    }
    if (!session.isAuthenticated) return toLogin(to);

    if (!session.user) {
      // A reload keeps only the token; ask the API who it belongs to (and whether it still works).
      try {
        session.setUser(await api.auth.me());
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          // The HTTP client normally ends the session already; doing it here too keeps the login
          // page from bouncing a still-"authenticated" user back into the console in a loop.
          if (session.isAuthenticated) session.signOut('expired');
          return toLogin(to);
        }
        throw error;
      }
    }

    const needed = to.matched.flatMap((record) => record.meta.roles ?? []);
    if (needed.length > 0 && !needed.some((role) => session.hasRole(role))) return { name: 'forbidden' };

    if (to.meta.requiresProgram) {
      try {
        const info = await loadSystemInfo(queryClient, api);
        if (!(info.programs as readonly string[]).includes(to.meta.requiresProgram)) {
          return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } };
        }
      } catch {
        // As below: the page shows its own failure.
      }
    }

    if (to.meta.program) {
      const program = to.params.program;
      try {
        const info = await loadSystemInfo(queryClient, api);
        if (typeof program !== 'string' || !(info.programs as readonly string[]).includes(program)) {
          return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } };
        }
      } catch {
        // The page itself shows the failure with a retry; blocking navigation would hide it.
      }
    }
    return true;
  });

  // Any call that finds the session gone (expired token, logout in this tab) sends the user to the
  // login page from wherever they are, keeping the place to come back to.
  watch(
    () => session.token,
    (token) => {
      const current = router.currentRoute.value;
      // Before the first navigation has finished, the guard above does the redirect itself.
      if (token !== null || current === START_LOCATION || current.meta.public) return;
      void router.replace(toLogin(current));
    },
  );

  return router;
}
