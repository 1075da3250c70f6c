// The API faked at the HTTP boundary for the screens that call it through their own API files: a real HTTP
// client (URLs, headers, problem+json errors as in production) over a fake `fetch` that answers per route and
// records every request, mounted with the real router, store and i18n of test-utils.
import { flushPromises, mount } from '@vue/test-utils';
import type { Component } from 'vue';
import type { SessionUser } from './api';
import { createHttpClient, type HttpClient } from './api/http';
import { HTTP_KEY } from './composables/useHttp';
import { fakeApi, setup } from './test-utils';

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. `/api/v1/audit/entries`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A route's answer: a body (200 JSON), or a Response for anything else. */
export type FakeReply = unknown | Response;
export type FakeRoutes = Record<string, (req: FakeRequest) => FakeReply | Promise<FakeReply>>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export function problem(status: number, detail: string, errors: { path: string; message: string }[] = []): Response {
  return json(status, { type: 'about:blank', title: 'Error', status, detail, errors });
}

/** `routes` keyed `METHOD /path` (exact path); a request no route answers is a 404 naming it, so a test sees it. */
export function fakeHttp(routes: FakeRoutes): { http: HttpClient; requests: FakeRequest[] } {
  const requests: FakeRequest[] = [];
  // Takes what either kind of fetch receives: a Request, or a URL and its init.
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = typeof input === 'object' && 'url' in input && !(input instanceof URL) ? input : null;
    const url = new URL(request ? request.url : String(input));
    const method = init?.method ?? request?.method ?? 'GET';
    const text = typeof init?.body === 'string' ? init.body : request ? await request.text() : '';
    const req: FakeRequest = { method, path: url.pathname, query: url.searchParams, body: text === '' ? undefined : JSON.parse(text) };
    requests.push(req);
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) return problem(404, `not faked: ${method} ${url.pathname}`);
    const reply = await handler(req);
    return reply instanceof Response ? reply : json(200, reply);
  };
  return { http: createHttpClient({ baseUrl: 'http://api.test', getToken: () => 'token', fetch }), requests };
}

/** Mounts a screen at `path` for `user`, its calls answered by `routes`. */
export async function mountScreen(component: Component, path: string, user: SessionUser, routes: FakeRoutes) {
  const { http, requests } = fakeHttp(routes);
  const ctx = setup(fakeApi());
  ctx.session.signIn('token', user);
  await ctx.router.push(path);
  const wrapper = mount(component, {
    global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } },
    attachTo: document.body,
  });
  await flushPromises();
  return { ...ctx, wrapper, requests };
}

/** Sets a text field's value the way typing does (works for Element Plus inputs inside dialogs too). */
export function typeInto(selector: string, value: string): void {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!el) throw new Error(`no field ${selector}`);
  el.value = value;
  el.dispatchEvent(new Event('input'));
}
