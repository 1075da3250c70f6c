import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoRegistry } from '@huimin/db';
import { describeDatabase, dumpDatabase } from '@huimin/db/testing';
import { verifyAuditChain } from '../../src/cli/audit-verify.js';
import { startTestApp, type TestApp } from '../factories/app.js';
import { loginPerson, personsOf, type SeededPerson } from '../support/fixtures.js';

let t: TestApp;
let person: SeededPerson;
const NEW_PHONE = '13700001234';

beforeAll(async () => {
  console.info(`audit and personal-data tests on ${describeDatabase()}`);
  t = await startTestApp();
  const [first] = await personsOf(t, '220100', 1);
  if (!first) throw new Error('demo data missing');
  person = first;
});
afterAll(async () => t?.close());

const post = (url: string, payload: unknown, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

describe('a change to personal data needs a second person (POLICY.md D1)', () => {
  let requestId: string;

  it('is proposed by one person and not applied yet; the list shows it masked', async () => {
    const handler = await t.login('jl-handler');
    const res = await post(
      '/api/v1/change-requests',
      { entity: 'person', entityId: person.id, changes: { phone: NEW_PHONE }, reason: '本人来窗口申请更换手机号码' },
      handler,
    );
    expect(res.statusCode, res.body).toBe(201);
    requestId = res.json<{ id: string }>().id;
    expect(res.json()).toMatchObject({ status: 'pending', summary: { phone: '137****1234' }, requestedBy: 'jl-handler' });
    expect(res.body).not.toContain(NEW_PHONE);
    const detail = await get(`/api/v1/registry/persons/${person.id}`, handler);
    expect(detail.json<{ phone: string }>().phone).toBe(person.phone);
  });

  it('cannot be approved by the person who proposed it, even holding a deciding role', async () => {
    // A handler who is also a reviewer: allowed to decide, but not this request.
    await t.db.db.execute(sql`UPDATE users SET roles = ARRAY['handler', 'reviewer'] WHERE username = 'jl-handler'`);
    const res = await post(`/api/v1/change-requests/${requestId}/decisions`, { decision: 'approve' }, await t.login('jl-handler'));
    expect(res.statusCode).toBe(403);
    expect(res.json<{ detail: string }>().detail).toMatch(/另一名工作人员/);
  });

  it('is invisible to another region (404) and applied when a second person approves', async () => {
    expect((await post(`/api/v1/change-requests/${requestId}/decisions`, { decision: 'approve' }, await t.login('sd-reviewer'))).statusCode).toBe(404);
    const reviewer = await t.login('jl-reviewer');
    const res = await post(`/api/v1/change-requests/${requestId}/decisions`, { decision: 'approve', reason: '已核对身份证件' }, reviewer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', decidedBy: 'jl-reviewer' });
    const detail = await get(`/api/v1/registry/persons/${person.id}`, reviewer);
    expect(detail.json<{ phone: string }>().phone).toBe(NEW_PHONE);
    expect((await post(`/api/v1/change-requests/${requestId}/decisions`, { decision: 'reject' }, await t.login('jl-head'))).statusCode).toBe(409);
    // One-time codes now go to the new phone.
    await loginPerson(t, { ...person, phone: NEW_PHONE });
  });

  it('leaves a trace: who proposed, who approved, before and after (masked and encrypted)', async () => {
    const auditor = await t.login('auditor');
    const res = await get(`/api/v1/audit/entries?entity=person&entityId=${person.id}&action=person.change`, auditor);
    const [entry] = res.json<{ items: { actor: string; before: Record<string, unknown>; after: Record<string, { masked: string; enc: string }> }[] }>().items;
    expect(entry).toMatchObject({ actor: 'jl-reviewer', before: { requestedBy: 'jl-handler', changeRequestId: requestId } });
    expect(entry!.after['phone']!.masked).toBe('137****1234');
    expect(t.cipher.decrypt(entry!.after['phone']!.enc)).toBe(NEW_PHONE);
    expect((entry!.before['phone'] as { masked: string }).masked).toBe(`${person.phone.slice(0, 3)}****${person.phone.slice(-4)}`);
  });
});

describe('reads of personal data', () => {
  it('are audited: who read whose record, from where', async () => {
    await get(`/api/v1/registry/persons/${person.id}`, await t.login('jl-head'));
    await post('/api/v1/registry/persons/lookup', { idNumber: person.idNumber }, await t.login('jl-head'));
    const res = await get(`/api/v1/audit/entries?actor=jl-head&entityId=${person.id}`, await t.login('auditor'));
    const actions = res.json<{ items: { action: string; ip: string }[] }>().items.map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['person.read', 'person.lookup']));
  });

  it('are masked in lists', async () => {
    const res = await get('/api/v1/registry/persons?regionCode=220100&pageSize=100', await t.login('jl-handler'));
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { idNumberMasked: string; phoneMasked: string }[]; total: number }>();
    expect(items.total).toBeGreaterThanOrEqual(80);
    for (const item of items.items) {
      expect(item.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(item.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    expect(res.body).not.toContain(person.idNumber);
  });
});

describe('the audit chain', () => {
  it('verifies through the API and offline with the same result', async () => {
    const res = await get('/api/v1/audit/verify', await t.login('auditor'));
    const online = res.json<{ valid: boolean; entries: number; firstBrokenAt: number | null }>();
    expect(online).toMatchObject({ valid: true, firstBrokenAt: null });
    expect(online.entries).toBeGreaterThan(10);
    const offline = await verifyAuditChain(t.db);
    expect(offline.valid).toBe(true);
    expect(offline.entries).toBeGreaterThanOrEqual(online.entries);
  });

  it('reports the first altered row after someone with owner rights changed one', async () => {
    const [target] = (await t.db.db.execute(sql`SELECT id FROM audit_entries WHERE action = 'person.change' LIMIT 1`) as { rows: { id: number | string }[] }).rows;
    const id = Number(target!.id);
    // What an insider with the database owner's rights could do: switch the append-only trigger off.
    await t.db.db.execute(sql`ALTER TABLE audit_entries DISABLE TRIGGER USER`);
    await t.db.db.execute(sql`UPDATE audit_entries SET actor = 'someone-else' WHERE id = ${id}`);
    await t.db.db.execute(sql`ALTER TABLE audit_entries ENABLE TRIGGER USER`);
    const res = await get('/api/v1/audit/verify', await t.login('auditor'));
    expect(res.json()).toMatchObject({ valid: false, firstBrokenAt: id });
    expect(await verifyAuditChain(t.db)).toMatchObject({ valid: false, firstBrokenAt: id });
  });
});

describe('personal data at rest', () => {
  it('a dump of the database holds no plain ID number, phone, bank account or employer contact phone', async () => {
    // A counter application by proxy stores a bank account and the proxy's ID number on the case (A12):
    // both must be at rest encrypted too.
    const handler = await t.login('jl-handler');
    const accountNo = '6222020200187654321';
    const proxyIdNumber = '11010519491231002X';
    const candidates = (await personsOf(t, '220100', 10)).flatMap((p) => p.certificateNos.map((c) => ({ p, c })));
    let stored = false;
    for (const { p, c } of candidates) {
      const res = await post(
        '/api/v1/skill-subsidy/applications',
        {
          idNumber: p.idNumber,
          certificateNo: c,
          channel: 'proxy',
          payee: { kind: 'bank_account', accountNo, bankName: '中国建设银行长春分行' },
          proxy: { name: '代办人', idNumber: proxyIdNumber },
        },
        handler,
      );
      if (res.statusCode === 201) {
        stored = true;
        break;
      }
    }
    expect(stored, 'no demo certificate could be applied for').toBe(true);
    const dump = await dumpDatabase(t.db);
    expect(dump).not.toContain(accountNo);
    expect(dump).not.toContain(proxyIdNumber);
    const registry = buildDemoRegistry({ today: new Date().toISOString().slice(0, 10) });
    expect(dump).toContain(person.name);
    for (const p of registry.persons) {
      expect(dump.includes(p.idNumber), p.name).toBe(false);
      expect(dump.includes(p.phone), p.name).toBe(false);
    }
    expect(dump).not.toContain(NEW_PHONE);
    // The one-time codes are not there either.
    for (const m of t.sms.sent) expect(dump).not.toContain(`"${m.message.match(/\d{6}/)![0]}"`);
  });
});
