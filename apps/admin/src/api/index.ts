import type { InjectionKey } from 'vue';
import type { HttpClient } from './http';
import type { LoginResponse, SessionUser, SystemInfo } from './types';

export * from './http';
export type * from './types';

/** The API calls of the admin app, bound to one HTTP client (so tests can hand in a fake one). */
export function createApi(http: HttpClient) {
  return {
    auth: {
      login: (username: string, password: string) =>
        http.post<LoginResponse>('/api/v1/auth/login', { username, password }),
      me: () => http.get<SessionUser>('/api/v1/auth/me'),
    },
    system: {
      info: () => http.get<SystemInfo>('/api/v1/system/info'),
    },
  };
}

export type Api = ReturnType<typeof createApi>;

export const API_KEY: InjectionKey<Api> = Symbol('huimin-api');
