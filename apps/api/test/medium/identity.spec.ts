import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { startTestApp, type TestApp } from '../factories/app.js';
import { hashToken } from '../../src/modules/auth/auth.service.js';
import { employersOf, loginEmployer, loginPerson, personsOf, type SeededPerson } from '../support/fixtures.js';

let t: TestApp;

beforeAll(async () => {
  console.info(`identity tests on ${describeDatabase()}`);
  t = await startTestApp();
});
afterAll(async () => t?.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('staff sessions', () => {
  it('answers a forged token and a token of the right shape but unknown with 401', async () => {
    expect((await get('/api/v1/auth/me', bearer('forged'))).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', bearer('A'.repeat(43)))).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', { authorization: 'Basic amw6eA==' })).statusCode).toBe(401);
  });

  it('ends a session after the idle timeout', async () => {
    const login = await post('/api/v1/auth/login', { username: 'nmg-handler', password: 'Huimin@2026' });
    const { accessToken, expiresAt } = login.json<{ accessToken: string; expiresAt: string }>();
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    // Age the session past its idle end, as if nobody had used it for half an hour.
    await t.db.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect((await get('/api/v1/auth/me', bearer(accessToken))).statusCode).toBe(401);
  });

  it('moves the idle end forward once it is a minute behind, not on every request', async () => {
    const { accessToken } = (await post('/api/v1/auth/login', { username: 'nmg-head', password: 'Huimin@2026' })).json<{ accessToken: string }>();
    const id = hashToken(accessToken);
    const storedEnd = async () => {
      const [row] = await queryRows<{ ms: string }>(t.db.db, sql`SELECT (extract(epoch FROM expires_at) * 1000)::bigint::text AS ms FROM sessions WHERE id = ${id}`);
      return Number(row!.ms);
    };
    const atLogin = await storedEnd();
    expect((await get('/api/v1/auth/me', bearer(accessToken))).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', bearer(accessToken))).statusCode).toBe(200);
    // Used within the first minute: the end written at login stands (no write per request).
    expect(await storedEnd()).toBe(atLogin);
    // Five minutes without use: the next request moves the end to a full idle timeout from now.
    await t.db.db.execute(sql`UPDATE sessions SET expires_at = now() + interval '25 minutes' WHERE id = ${id}`);
    const before = Date.now();
    expect((await get('/api/v1/auth/me', bearer(accessToken))).statusCode).toBe(200);
    expect(await storedEnd()).toBeGreaterThanOrEqual(before + 30 * 60_000 - 1000);
  });

  it('refreshes once: the new pair works, the old access token and a reused refresh token do not', async () => {
    const first = (await post('/api/v1/auth/login', { username: 'nmg-reviewer', password: 'Huimin@2026' })).json<{
      accessToken: string;
      refreshToken: string;
      refreshExpiresAt: string;
    }>();
    const refreshed = await post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(refreshed.statusCode).toBe(200);
    const second = refreshed.json<{ accessToken: string; refreshToken: string; refreshExpiresAt: string; user: { username: string } }>();
    expect(second.user.username).toBe('nmg-reviewer');
    expect(second.refreshExpiresAt).toBe(first.refreshExpiresAt);
    expect((await get('/api/v1/auth/me', bearer(second.accessToken))).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', bearer(first.accessToken))).statusCode).toBe(401);
    // The old refresh token again: someone has a copy, so every session of the account ends.
    expect((await post('/api/v1/auth/refresh', { refreshToken: first.refreshToken })).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', bearer(second.accessToken))).statusCode).toBe(401);
    expect((await post('/api/v1/auth/refresh', { refreshToken: second.refreshToken })).statusCode).toBe(401);
  });

  it('changes a password under the policy and ends every session of the account', async () => {
    const a = await t.login('nmg-head');
    const b = await t.login('nmg-head');
    const weak = await post('/api/v1/auth/password', { currentPassword: 'Huimin@2026', newPassword: 'nmg-head-2026' }, a);
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ errors: { path: string }[] }>().errors.every((e) => e.path === 'newPassword')).toBe(true);
    const wrong = await post('/api/v1/auth/password', { currentPassword: 'nope', newPassword: 'Stronger#Pass2027' }, a);
    expect(wrong.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('currentPassword');
    expect((await post('/api/v1/auth/password', { currentPassword: 'Huimin@2026', newPassword: 'Stronger#Pass2027' }, a)).statusCode).toBe(204);
    expect((await get('/api/v1/auth/me', a)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', b)).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: 'nmg-head', password: 'Huimin@2026' })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: 'nmg-head', password: 'Stronger#Pass2027' })).statusCode).toBe(200);
  });

  it('audits logins, failures and lockouts with the address they came from', async () => {
    await post('/api/v1/auth/login', { username: 'sd-reviewer', password: 'wrong' });
    const entries = await get('/api/v1/audit/entries?actor=sd-reviewer', await t.login('auditor'));
    expect(entries.statusCode).toBe(200);
    const items = entries.json<{ items: { action: string; ip: string | null }[] }>().items;
    expect(items.map((i) => i.action)).toContain('auth.login.failure');
    expect(items.every((i) => i.ip === '127.0.0.1')).toBe(true);
  });
});

describe('user administration (system_admin)', () => {
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await t.login('sys-admin');
  });

  it('refuses an account that would hold a business role and finance (D1), naming the field', async () => {
    const res = await post(
      '/api/v1/users',
      { username: 'jl-mixed', displayName: '混岗', roles: ['handler', 'finance'], regionCode: '220100', password: 'Initial#Pass2026' },
      admin,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string; message: string }[] }>().errors[0]).toMatchObject({ path: 'roles' });
    expect(res.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/D1/);
  });

  it('creates an account that must change its initial password before doing anything else', async () => {
    const res = await post(
      '/api/v1/users',
      { username: 'jl-handler2', displayName: '长春经办人二', roles: ['handler'], regionCode: '220100', password: 'Initial#Pass2026' },
      admin,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ username: 'jl-handler2', mustChangePassword: true, roles: ['handler'] });
    expect((await post('/api/v1/users', { username: 'jl-handler2', displayName: 'x', roles: ['handler'], regionCode: '220100', password: 'Initial#Pass2026' }, admin)).statusCode).toBe(409);

    const login = await post('/api/v1/auth/login', { username: 'jl-handler2', password: 'Initial#Pass2026' });
    expect(login.json<{ mustChangePassword: boolean }>().mustChangePassword).toBe(true);
    const headers = bearer(login.json<{ accessToken: string }>().accessToken);
    const blocked = await get('/api/v1/registry/persons', headers);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<{ type: string }>().type).toBe('/problems/password-change-required');
    expect((await post('/api/v1/auth/password', { currentPassword: 'Initial#Pass2026', newPassword: 'Own#Password2026' }, headers)).statusCode).toBe(204);
    const again = await t.login('jl-handler2', 'Own#Password2026');
    expect((await get('/api/v1/registry/persons', again)).statusCode).toBe(200);
  });

  it('disables an account: its sessions end at once and it cannot log in', async () => {
    const victim = await t.login('hlj-handler');
    const list = await get('/api/v1/users?pageSize=100', admin);
    const id = list.json<{ items: { id: string; username: string }[] }>().items.find((u) => u.username === 'hlj-handler')!.id;
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload: { disabled: true }, headers: admin });
    expect(res.statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', victim)).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: 'hlj-handler', password: 'Huimin@2026' })).statusCode).toBe(401);
    const audit = await get(`/api/v1/audit/entries?entity=user&entityId=${id}`, await t.login('auditor'));
    const entry = audit.json<{ items: { action: string; before: { disabled: boolean }; after: { disabled: boolean } }[] }>().items.find((i) => i.action === 'user.disable');
    expect(entry).toMatchObject({ action: 'user.disable', before: { disabled: false }, after: { disabled: true } });
    expect(JSON.stringify(audit.json())).not.toMatch(/argon2|passwordHash/);
  });

  it('resets a password: unlocks, ends sessions, and forces a change', async () => {
    for (let i = 0; i < 5; i++) await post('/api/v1/auth/login', { username: 'sd-finance', password: 'bad' });
    const list = await get('/api/v1/users?pageSize=100', admin);
    const user = list.json<{ items: { id: string; username: string; lockedUntil: string | null }[] }>().items.find((u) => u.username === 'sd-finance')!;
    expect(user.lockedUntil).not.toBeNull();
    const reset = await post(`/api/v1/users/${user.id}/password-reset`, { password: 'Temporary#2026' }, admin);
    expect(reset.statusCode).toBe(201);
    expect(reset.json()).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect((await post('/api/v1/auth/login', { username: 'sd-finance', password: 'Temporary#2026' })).json()).toMatchObject({ mustChangePassword: true });
  });

  it('cannot give the finance role to a handler, nor disable itself', async () => {
    const list = (await get('/api/v1/users?pageSize=100', admin)).json<{ items: { id: string; username: string }[] }>().items;
    const handler = list.find((u) => u.username === 'jl-handler')!;
    const self = list.find((u) => u.username === 'sys-admin')!;
    const mixed = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${handler.id}`, payload: { roles: ['handler', 'finance'] }, headers: admin });
    expect(mixed.statusCode).toBe(400);
    const disableSelf = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${self.id}`, payload: { disabled: true }, headers: admin });
    expect(disableSelf.statusCode).toBe(409);
  });
});

describe('applicant identity', () => {
  let jl: (SeededPerson & { certificateNos: string[] })[];

  beforeAll(async () => {
    jl = await personsOf(t, '220100', 4);
  });

  it('logs a person in by ID number, name and a code sent to the phone on record', async () => {
    const p = jl[0]!;
    const otp = await post('/api/v1/applicant-auth/otp', { idNumber: p.idNumber, name: p.name });
    expect(otp.statusCode).toBe(202);
    expect(t.sms.sent.at(-1)?.phone).toBe(p.phone);
    const wrong = await post('/api/v1/applicant-auth/login', { idNumber: p.idNumber, name: p.name, code: '000000' === t.sms.lastCode(p.phone) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    const res = await post('/api/v1/applicant-auth/login', { idNumber: p.idNumber, name: p.name, code: t.sms.lastCode(p.phone) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ accessToken: string; applicant: Record<string, string> }>();
    expect(body.applicant).toEqual({ kind: 'person', name: p.name, idNumberMasked: `${p.idNumber.slice(0, 4)}**********${p.idNumber.slice(-4)}`, regionCode: '220100' });
    // The code is used up.
    expect((await post('/api/v1/applicant-auth/login', { idNumber: p.idNumber, name: p.name, code: t.sms.lastCode(p.phone) })).statusCode).toBe(401);
    const me = await get('/api/v1/me/person', bearer(body.accessToken));
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: p.id, name: p.name, phoneMasked: `${p.phone.slice(0, 3)}****${p.phone.slice(-4)}` });
    expect(me.body).not.toContain(p.idNumber);
    expect(me.body).not.toContain(p.phone);
  });

  it('answers the same whether the ID number is on record, the name is wrong, or neither, and sends nothing then', async () => {
    const p = jl[1]!;
    const sentBefore = t.sms.sent.length;
    const wrongName = await post('/api/v1/applicant-auth/otp', { idNumber: p.idNumber, name: '不是本人' });
    const unknown = await post('/api/v1/applicant-auth/otp', { idNumber: '11010519491231002X', name: '张三' });
    expect(wrongName.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(wrongName.json()).toEqual(unknown.json());
    expect(t.sms.sent.length).toBe(sentBefore);
    // Asking again at once is throttled the same way for both.
    const again = [await post('/api/v1/applicant-auth/otp', { idNumber: p.idNumber, name: '不是本人' }), await post('/api/v1/applicant-auth/otp', { idNumber: '11010519491231002X', name: '张三' })];
    expect(again.map((r) => r.statusCode)).toEqual([429, 429]);
    expect((await post('/api/v1/applicant-auth/login', { idNumber: '11010519491231002X', name: '张三', code: '123456' })).statusCode).toBe(401);
  });

  it('burns a code after five wrong guesses', async () => {
    const p = jl[2]!;
    await post('/api/v1/applicant-auth/otp', { idNumber: p.idNumber, name: p.name });
    const code = t.sms.lastCode(p.phone);
    const other = code === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) expect((await post('/api/v1/applicant-auth/login', { idNumber: p.idNumber, name: p.name, code: other })).statusCode).toBe(401);
    expect((await post('/api/v1/applicant-auth/login', { idNumber: p.idNumber, name: p.name, code })).statusCode).toBe(401);
  });

  it('refuses a malformed ID number with 400 naming the field', async () => {
    const res = await post('/api/v1/applicant-auth/otp', { idNumber: '110105194912310021', name: '张三' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('idNumber');
  });

  it('shows an applicant its own certificates only: another person’s answers 404, like one that does not exist', async () => {
    const [a, b] = [jl[0]!, jl[3]!];
    expect(a.certificateNos.length).toBeGreaterThan(0);
    expect(b.certificateNos.length).toBeGreaterThan(0);
    const headers = await loginPerson(t, b);
    const mine = await get('/api/v1/me/certificates', headers);
    expect(mine.json<{ certificateNo: string }[]>().map((c) => c.certificateNo).sort()).toEqual([...b.certificateNos].sort());
    expect((await get(`/api/v1/me/certificates/${encodeURIComponent(b.certificateNos[0]!)}`, headers)).statusCode).toBe(200);
    const theirs = await get(`/api/v1/me/certificates/${encodeURIComponent(a.certificateNos[0]!)}`, headers);
    const none = await get('/api/v1/me/certificates/NO-SUCH-CERTIFICATE', headers);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json<{ detail: string }>().detail).toBe(none.json<{ detail: string }>().detail);
    // An applicant is not staff.
    expect((await get(`/api/v1/registry/persons/${a.id}`, headers)).statusCode).toBe(403);
    expect((await get('/api/v1/auth/me', headers)).statusCode).toBe(403);
  });

  it('logs an employer account in for its credit code, once the region’s data admin opened it', async () => {
    const [employer] = await employersOf(t, '220100', 1);
    const headers = await loginEmployer(t, employer!.creditCode, await t.login('jl-data'), '13900000009');
    const me = await get('/api/v1/me/employer', headers);
    expect(me.json()).toMatchObject({ creditCode: employer!.creditCode, name: employer!.name });
    expect((await get('/api/v1/me/person', headers)).statusCode).toBe(403);
    // One account per credit code; another region's data admin does not even see the employer.
    const again = await post('/api/v1/employer-accounts', { creditCode: employer!.creditCode, contactName: 'x', contactPhone: '13900000010' }, await t.login('jl-data'));
    expect(again.statusCode).toBe(409);
    const elsewhere = await post('/api/v1/employer-accounts', { creditCode: employer!.creditCode, contactName: 'x', contactPhone: '13900000010' }, await t.login('sd-data'));
    expect(elsewhere.statusCode).toBe(404);
    expect((await post('/api/v1/applicant-auth/logout', {}, headers)).statusCode).toBe(204);
    expect((await get('/api/v1/me', headers)).statusCode).toBe(401);
  });
});
