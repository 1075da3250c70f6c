import { inject, type InjectionKey } from 'vue';
import { useRouter } from 'vue-router';
import type { ApplicantApi } from '../api/applicant';
import { ApiError } from '../api/http';
import { useSession } from './session';

export const APPLICANT_API_KEY: InjectionKey<ApplicantApi> = Symbol('huimin-applicant-api');

export function useApplicantApi(): ApplicantApi {
  const api = inject(APPLICANT_API_KEY);
  if (!api) throw new Error('The applicant API was not provided; see main.ts.');
  return api;
}

/**
 * For pages behind the login: a 401 means the login ended (expired, logged out elsewhere), so the
 * session is dropped and the person goes to the login page, coming back here afterwards.
 * Returns true when it handled the error.
 */
export function useLoginExpiry() {
  const session = useSession();
  const router = useRouter();
  return (error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.status !== 401) return false;
    session.signOut();
    void router.replace({ name: 'login', query: { redirect: router.currentRoute.value.fullPath, expired: '1' } });
    return true;
  };
}
