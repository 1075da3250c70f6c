import { inject } from 'vue';
import { API_KEY, type Api } from '../api';

export function useApi(): Api {
  const api = inject(API_KEY);
  if (!api) throw new Error('The API client was not provided; install it in main.ts (app.provide(API_KEY, ...)).');
  return api;
}
