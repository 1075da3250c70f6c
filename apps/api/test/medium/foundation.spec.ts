import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '@huimin/db/testing';
import { startTestApp, type TestApp } from '../factories/app.js';

let t: TestApp;

beforeAll(async () => {
  console.info(`API foundation tests on ${describeDatabase()}`);
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('health and documentation', () => {
  it('answers /api/health once the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('serves the OpenAPI document with the login route and its body schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/v1/auth/login']?.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/health']).toBeDefined();
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    // Intranet deployments over plain HTTP must still load their assets.
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('sets them on errors too, with the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });
});

describe('errors are problem+json', () => {
  it('404 for an unknown route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, title: '未找到' });
  });

  it('400 naming every bad field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ errors: { path: string; message: string }[] }>();
    expect(body.errors.map((e) => e.path).sort()).toEqual(['password', 'username']);
    expect(body.errors.find((e) => e.path === 'username')?.message).toBe('请输入用户名');
  });

  it('400, not 500, for malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ detail: string }>().detail).toBe('请求体不是有效的 JSON');
  });
});

describe('staff login', () => {
  it('logs a demo account in and returns the user of API.md', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'jl-handler', password: 'Huimin@2026' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ accessToken: string; user: Record<string, unknown> }>();
    expect(body.accessToken.length).toBeGreaterThan(20);
    expect(body.user).toMatchObject({ username: 'jl-handler', roles: ['handler'], regionCode: '220100' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'jl-handler' });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody', password: 'Huimin@2026' },
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'jl-reviewer', password: 'wrong-password' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json<{ detail: string }>().detail).toBe(wrong.json<{ detail: string }>().detail);
  });

  it('locks an account after five failures and says until when', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'hlj-reviewer', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('bad')).statusCode).toBe(401);
    const fifth = await attempt('bad');
    expect(fifth.json<{ type: string; detail: string }>()).toMatchObject({ type: '/problems/account-locked' });
    expect(fifth.json<{ detail: string }>().detail).toMatch(/已锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    // The right password does not open a locked account.
    expect((await attempt('Huimin@2026')).json<{ type: string }>().type).toBe('/problems/account-locked');
  });

  it('closes every other route without a token, and revokes the token at logout', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const auth = await t.login('sd-handler');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth })).statusCode).toBe(401);
  });
});

describe('programs per deployment', () => {
  it('reports the programs that are on', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/system/info' });
    expect(res.json()).toMatchObject({
      programs: ['skill-subsidy', 'unemployment-benefit', 'job-stabilization'],
      demo: true,
    });
  });
});

describe('audit chain', () => {
  it('records logins in a chain the auditor can verify', async () => {
    const auth = await t.login('auditor');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: auth });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ valid: boolean; entries: number; firstBrokenAt: number | null }>();
    expect(body.valid).toBe(true);
    expect(body.firstBrokenAt).toBeNull();
    expect(body.entries).toBeGreaterThanOrEqual(5);
  });

  it('is closed to other roles', async () => {
    const auth = await t.login('jl-head');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: auth })).statusCode).toBe(403);
  });
});
