import { inject, type InjectionKey } from 'vue';
import type { HttpClient } from '../api/http';

/**
 * The HTTP client itself, for the screens whose calls live in their own small API files (statistics, audit,
 * objections, recovery, ratings) rather than in the app-wide `Api` object. main.ts provides the same client the
 * `Api` uses, so the session, the 401 handling and the problem+json errors are shared.
 */
export const HTTP_KEY: InjectionKey<HttpClient> = Symbol('huimin-http');

export function useHttp(): HttpClient {
  const http = inject(HTTP_KEY);
  if (!http) throw new Error('The HTTP client was not provided; install it in main.ts (app.provide(HTTP_KEY, ...)).');
  return http;
}
