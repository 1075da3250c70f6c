import { describe, expect, it } from 'vitest';
import { ApiError, getJson, NETWORK_ERROR_STATUS } from './http';
import { fetchSystemInfo } from './system';

describe('getJson', () => {
  it('returns the parsed body of a 200 answer', async () => {
    const body = await getJson('/x', async () => Response.json({ ok: true }));
    expect(body).toEqual({ ok: true });
  });

  it('keeps the Chinese detail of a problem+json answer', async () => {
    const res = new Response(JSON.stringify({ status: 503, title: 'Service Unavailable', detail: '系统维护中' }), {
      status: 503,
      headers: { 'content-type': 'application/problem+json' },
    });
    const error = await getJson('/x', async () => res).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, detail: '系统维护中' });
  });

  it('reports status 0 when the server cannot be reached', async () => {
    const error = await getJson('/x', async () => {
      throw new TypeError('Failed to fetch');
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: NETWORK_ERROR_STATUS });
  });
});

describe('fetchSystemInfo', () => {
  it('calls the configured API base without doubling slashes', async () => {
    let called = '';
    await fetchSystemInfo('https://api.example/', async (url) => {
      called = url;
      return Response.json({ programs: [], demo: false, version: '1' });
    });
    expect(called).toBe('https://api.example/api/v1/system/info');
  });
});
