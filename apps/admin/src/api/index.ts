import type { InjectionKey } from 'vue';
import { createCasesApi } from './cases';
import { data, type HttpClient } from './http';
import { createNoticesApi } from './notices';
import { createPaymentsApi } from './payments';
import type { CalendarYearBody } from '@huimin/api-client';

export * from './http';
export * from './cases';
export * from './notices';
export * from './payments';
// The answers and bodies this app reads and sends, as generated from the API's OpenAPI document.
export type {
  CalendarStatus,
  CalendarYearBody,
  CalendarYearSummary,
  LoadedCalendarYear,
  ParameterMark,
  PolicyInForce,
  PolicyLayer,
  SessionUser,
  StaffLogin,
  SystemInfo,
} from '@huimin/api-client';

/** The API calls of the admin app, bound to one typed client (so tests can hand in a fake one). */
export function createApi(http: HttpClient) {
  return {
    auth: {
      login: (username: string, password: string) => data(http.POST('/api/v1/auth/login', { body: { username, password } })),
      me: () => data(http.GET('/api/v1/auth/me')),
    },
    system: {
      info: () => data(http.GET('/api/v1/system/info')),
    },
    policies: {
      inForce: (regionCode: string, date: string) => data(http.GET('/api/v1/policies', { params: { query: { regionCode, date } } })),
    },
    calendar: {
      years: () => data(http.GET('/api/v1/calendar/years')),
      status: () => data(http.GET('/api/v1/calendar/status')),
      /** One loaded year with its days off and adjusted working days (for working days left). */
      year: (year: number) => data(http.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
      putYear: (year: number, body: CalendarYearBody) =>
        data(http.PUT('/api/v1/calendar/years/{year}', { params: { path: { year } }, body })),
    },
    cases: createCasesApi(http),
    notices: createNoticesApi(http),
    payments: createPaymentsApi(http),
  };
}

export type Api = ReturnType<typeof createApi>;

export const API_KEY: InjectionKey<Api> = Symbol('huimin-api');
