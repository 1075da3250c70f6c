import type { CalendarYear } from '@huimin/domain';
import type { InjectionKey } from 'vue';
import { createCasesApi } from './cases';
import { createNoticesApi } from './notices';
import { createPaymentsApi } from './payments';
import type { HttpClient } from './http';
import type {
  CalendarStatus,
  CalendarYearBody,
  CalendarYearSummary,
  LoginResponse,
  PolicyInForce,
  SessionUser,
  SystemInfo,
} from './types';

export * from './http';
export type * from './types';
export * from './cases';
export * from './notices';
export * from './payments';

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
    policies: {
      inForce: (regionCode: string, date: string) =>
        http.get<PolicyInForce[]>(
          `/api/v1/policies?regionCode=${encodeURIComponent(regionCode)}&date=${encodeURIComponent(date)}`,
        ),
    },
    calendar: {
      years: () => http.get<CalendarYearSummary[]>('/api/v1/calendar/years'),
      status: () => http.get<CalendarStatus>('/api/v1/calendar/status'),
      /** One loaded year with its days off and adjusted working days (for working days left). */
      year: (year: number) => http.get<CalendarYear>(`/api/v1/calendar/years/${year}`),
      putYear: (year: number, body: CalendarYearBody) =>
        http.put<CalendarYearSummary>(`/api/v1/calendar/years/${year}`, body),
    },
    cases: createCasesApi(http),
    notices: createNoticesApi(http),
    payments: createPaymentsApi(http),
  };
}

export type Api = ReturnType<typeof createApi>;

export const API_KEY: InjectionKey<Api> = Symbol('huimin-api');
