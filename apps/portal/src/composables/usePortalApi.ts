import { inject, type InjectionKey } from 'vue';
import type { PortalApi } from '../api/policies';

export const PORTAL_API_KEY: InjectionKey<PortalApi> = Symbol('huimin-portal-api');

export function usePortalApi(): PortalApi {
  const api = inject(PORTAL_API_KEY);
  if (!api) throw new Error('The portal API was not provided; see main.ts.');
  return api;
}
