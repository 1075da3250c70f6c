import { inject, type InjectionKey } from 'vue';
import { useRouter } from 'vue-router';
import type { EmployerApi } from '../api/employer';
import { ApiError } from '../api/http';
import { useEmployerSession } from './session';

export const EMPLOYER_API_KEY: InjectionKey<EmployerApi> = Symbol('huimin-employer-api');

export function useEmployerApi(): EmployerApi {
  const api = inject(EMPLOYER_API_KEY);
  if (!api) throw new Error('The employer API was not provided; see main.ts.');
  return api;
}

/** As useLoginExpiry, for the employer area: a 401 ends the employer's login and leads back to its login page. */
export function useEmployerLoginExpiry() {
  const session = useEmployerSession();
  const router = useRouter();
  return (error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.status !== 401) return false;
    session.signOut();
    void router.replace({ name: 'employer-login', query: { redirect: router.currentRoute.value.fullPath, expired: '1' } });
    return true;
  };
}
