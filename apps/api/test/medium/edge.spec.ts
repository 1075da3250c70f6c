import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '@huimin/db/testing';
import { startTestApp, type TestApp } from '../factories/app.js';

let t: TestApp;

beforeAll(async () => {
  console.info(`edge protection tests on ${describeDatabase()}`);
  t = await startTestApp({
    RATE_LIMIT_LOGIN_PER_MINUTE: '3',
    RATE_LIMIT_OTP_PER_MINUTE: '2',
    RATE_LIMIT_EVALUATION_PER_MINUTE: '2',
    BODY_LIMIT_BYTES: '4096',
    CORS_ORIGINS: 'https://portal.example.gov.cn',
  });
});
afterAll(async () => t?.close());

const inject = (method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('rate limits per client address', () => {
  it('stops login attempts beyond the budget with 429 problem+json, whatever the account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await inject('POST', '/api/v1/auth/login', { username: `nobody-${i}`, password: 'x' })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const res = await inject('POST', '/api/v1/auth/login', { username: 'jl-handler', password: 'Huimin@2026' });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 429, type: '/problems/rate-limited' });
    expect(res.json<{ detail: string }>().detail).toMatch(/请求过于频繁/);
    expect(res.headers['retry-after']).toBeDefined();
    // The refusal carries the security headers and the request id like any other answer.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('stops one-time code requests beyond their own, smaller budget', async () => {
    const statuses: number[] = [];
    for (const idNumber of ['11010519491231002X', '110101199003074477', '110101199003070235']) {
      statuses.push((await inject('POST', '/api/v1/applicant-auth/otp', { idNumber, name: '张三' })).statusCode);
    }
    expect(statuses).toEqual([202, 202, 429]);
  });

  it('stops the public calculator beyond its budget, and leaves other routes alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await inject('POST', '/api/v1/evaluations/skill-upgrade-subsidy', {})).statusCode);
    expect(statuses).toEqual([400, 400, 429]);
    for (let i = 0; i < 5; i++) expect((await inject('GET', '/api/v1/calendar/years')).statusCode).toBe(200);
  });
});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    const allowed = await inject('GET', '/api/v1/calendar/years', undefined, { origin: 'https://portal.example.gov.cn' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example.gov.cn');
    const other = await inject('GET', '/api/v1/calendar/years', undefined, { origin: 'https://evil.example.com' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/registry/persons',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('refuses a body over the limit with 413 before reading it', async () => {
    // The body is refused while it is read, before authentication or validation look at it.
    const res = await inject('POST', '/api/v1/change-requests', { padding: 'x'.repeat(8000) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('accepts JSON only (415 for text/plain)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/persons/lookup',
      headers: { 'content-type': 'text/plain' },
      payload: 'regionCode=371500',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
