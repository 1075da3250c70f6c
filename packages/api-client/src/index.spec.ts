import { describe, expect, it, vi } from 'vitest';
import { ApiCallError, attachmentFilename, createApiClient, data } from './index.js';

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

// Outside a browser a request URL needs an origin; in the apps '' means the page's own.
const BASE = 'https://api.example';

class AppError extends Error {
  constructor(readonly status: number) {
    super(`app error ${status}`);
  }
}

describe('createApiClient', () => {
  it('fills the path template, the query and the token, and answers the data', async () => {
    const fetch = vi.fn(async (_request: Request) => json({ id: 'c1' }));
    const client = createApiClient({ baseUrl: 'https://api.example/', fetch, token: () => 't0k' });
    const answer = await data(client.GET('/api/v1/skill-subsidy/applications/{id}', { params: { path: { id: 'a/b' } } }));
    expect(answer).toEqual({ id: 'c1' });
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toBe('https://api.example/api/v1/skill-subsidy/applications/a%2Fb');
    expect(request.headers.get('authorization')).toBe('Bearer t0k');
    expect(request.headers.get('accept')).toBe('application/json, application/problem+json');
  });

  it('sends no token header without a token, and a JSON body with its content type', async () => {
    const fetch = vi.fn(async (_request: Request) => json({ ok: true }));
    const client = createApiClient({ baseUrl: BASE, fetch, token: () => null });
    await client.POST('/api/v1/auth/login', { body: { username: 'u', password: 'p' } });
    const request = fetch.mock.calls[0]![0];
    expect(request.headers.has('authorization')).toBe(false);
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual({ username: 'u', password: 'p' });
  });

  it("rejects a non-2xx answer with the app's error, the body still unread", async () => {
    const client = createApiClient({
      baseUrl: BASE,
      fetch: async () => json({ detail: '未找到' }, 404, 'application/problem+json'),
      toError: async (response) => {
        expect(await response.json()).toEqual({ detail: '未找到' });
        return new AppError(response.status);
      },
    });
    await expect(data(client.GET('/api/v1/auth/me'))).rejects.toEqual(new AppError(404));
  });

  it("rejects \"no answer at all\" with the app's network error", async () => {
    const client = createApiClient({
      baseUrl: BASE,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      networkError: () => new AppError(0),
    });
    await expect(client.GET('/api/v1/system/info')).rejects.toEqual(new AppError(0));
  });

  it('without an error hook, data() still never passes a failure off as data', async () => {
    const client = createApiClient({ baseUrl: BASE, fetch: async () => json({ detail: 'x' }, 409) });
    const error = await data(client.GET('/api/v1/system/info')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ status: 409, body: { detail: 'x' } });
  });
});

describe('attachmentFilename', () => {
  it('reads plain and RFC 5987 names', () => {
    expect(attachmentFilename('attachment; filename="P220100-20260601-ab12cd.csv"')).toBe('P220100-20260601-ab12cd.csv');
    expect(attachmentFilename(`attachment; filename*=UTF-8''${encodeURIComponent('附件4.xlsx')}`)).toBe('附件4.xlsx');
    expect(attachmentFilename(null)).toBeNull();
  });
});
