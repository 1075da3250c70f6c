import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { addDays, idNumberCheckDigit, todayInShanghai } from '@huimin/domain';
import { NoticesService } from '../../src/modules/notices/notices.service.js';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff } from '../support/fixtures.js';

/*
 * Public notice (A15) through HTTP: approved cases published in a batch of at least 5 working days, the public
 * masked list, objections by anyone, one upheld (case cancelled with the reason), one dismissed, and the end of
 * notice passing the cases without an upheld objection; the audit chain verifies afterwards.
 */
let t: TestApp;
const URL = '/api/v1/skill-subsidy/applications';

function idNumber(seq: number): string {
  const first17 = `220102198505${String(10 + seq).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}

beforeAll(async () => {
  console.info(`skill-subsidy notices on ${describeDatabase()}`);
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

async function approvedCase(seq: number, handler: Record<string, string>, reviewer: Record<string, string>) {
  const data = await t.login('jl-data');
  const creditCode = (await employersOf(t, '220100', 1))[0]!.creditCode;
  const id = idNumber(seq);
  const post = (kind: string, rows: unknown[]) => t.app.inject({ method: 'POST', url: `/api/v1/registry/${kind}`, headers: data, payload: rows });
  await post('persons', [{ idNumber: id, name: `公示${seq}号`, sex: Number(id[16]) % 2 ? 'male' : 'female', birthDate: `1985-05-${id.slice(12, 14)}`, regionCode: '220100' }]);
  await post('contributions', Array.from({ length: 40 }, (_, i) => ({ idNumber: id, creditCode, regionCode: '220100', month: new Date(Date.UTC(2023, 6 + i, 1)).toISOString().slice(0, 7), status: 'paid' })));
  await post('certificates', [{ certificateNo: `GS2026${seq}`, idNumber: id, kind: 'vocational_qualification', level: 3, occupation: '电工', issueDate: '2026-03-01', issuer: '吉林省职业技能鉴定中心' }]);
  const c = await t.app.inject({ method: 'POST', url: URL, headers: handler, payload: { idNumber: id, certificateNo: `GS2026${seq}`, channel: 'counter', payee: { kind: 'social_security_card', accountNo: '62220202001122334', bankName: '吉林银行' } } });
  expect(c.statusCode, c.body).toBe(201);
  const caseId = c.json().id as string;
  for (const h of [handler, reviewer]) {
    const d = await t.app.inject({ method: 'POST', url: `${URL}/${caseId}/decisions`, headers: h, payload: { decision: 'approve' } });
    expect(d.statusCode, d.body).toBe(201);
  }
  return { caseId, idNumber: id };
}

describe('public notice (A15)', () => {
  it('publishes, takes objections, upholds one, dismisses one and passes the rest at the end', async () => {
    const handler = await t.login('jl-handler');
    const reviewer = await t.login('jl-reviewer');
    const cases = [await approvedCase(1, handler, reviewer), await approvedCase(2, handler, reviewer), await approvedCase(3, handler, reviewer)];

    const published = await t.app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/notices', headers: handler, payload: { regionCode: '220100' } });
    expect(published.statusCode, published.body).toBe(201);
    const batch = published.json();
    expect(batch.items).toHaveLength(3);
    expect(batch.endsOn > addDays(batch.startsOn, 5)).toBe(true);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/notices', headers: handler, payload: { regionCode: '220100' } })).statusCode).toBe(409);

    const pub = await t.app.inject({ method: 'GET', url: '/api/v1/public/skill-subsidy/notices?regionCode=220100' });
    expect(pub.statusCode).toBe(200);
    const rows = pub.json()[0].items as { itemId: string; idNumber: string; name: string; certificateNo: string; amountFen: number }[];
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.idNumber).toContain('*');
      expect(JSON.stringify(r)).not.toContain('caseId');
      expect(r.amountFen).toBeGreaterThan(0);
    }
    for (const c of cases) expect(pub.body).not.toContain(c.idNumber);
    const itemOf = (certificateNo: string) => rows.find((r) => r.certificateNo === certificateNo)!.itemId;

    const object = (itemId: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/public/skill-subsidy/notices/items/${itemId}/objections`, payload: { contactName: '群众甲', contactPhone: '13912345678', content: '该人员证书系他人代考取得' } });
    const o1 = await object(itemOf('GS20261'));
    const o2 = await object(itemOf('GS20262'));
    expect(o1.statusCode, o1.body).toBe(201);
    expect((await object('not-an-item')).statusCode).toBe(404);

    // The handler approved these cases: D1 keeps it from deciding their objections; the head decides.
    const byHandler = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/objections/${o1.json().id}/decisions`, headers: handler, payload: { decision: 'uphold', reason: '经核查属实' } });
    expect(byHandler.statusCode).toBe(403);
    const other = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/objections/${o1.json().id}/decisions`, headers: await t.login('hlj-handler'), payload: { decision: 'uphold', reason: '经核查属实' } });
    expect(other.statusCode).toBe(404);
    const head = await t.login('jl-head');
    const upheld = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/objections/${o1.json().id}/decisions`, headers: head, payload: { decision: 'uphold', reason: '经发证机构核查，证书系代考取得' } });
    expect(upheld.statusCode, upheld.body).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/objections/${o1.json().id}/decisions`, headers: head, payload: { decision: 'dismiss', reason: '重复处理' } });
    expect(again.statusCode).toBe(409);
    const cancelled = await t.app.inject({ method: 'GET', url: `${URL}/${cases[0]!.caseId}`, headers: head });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(cancelled.json().steps.at(-1)).toMatchObject({ event: 'uphold_objection', reason: '经发证机构核查，证书系代考取得' });

    await insertStaff(t, 'jl-head-2', ['head'], '220100');
    const dismissed = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/objections/${o2.json().id}/decisions`, headers: await t.login('jl-head-2'), payload: { decision: 'dismiss', reason: '经核查证书真实有效' } });
    expect(dismissed.statusCode, dismissed.body).toBe(201);

    // Before the end nothing passes; after it the job passes the two cases left in notice.
    const notices = t.app.get(NoticesService);
    expect(await notices.closeEnded(todayInShanghai())).toEqual({ batches: 0, passed: 0, held: 0 });
    const closed = await notices.closeEnded(addDays(batch.endsOn, 1));
    expect(closed).toEqual({ batches: 1, passed: 2, held: 0 });
    expect(await notices.closeEnded(addDays(batch.endsOn, 1))).toEqual({ batches: 0, passed: 0, held: 0 });
    const statuses = await queryRows<{ status: string }>(t.db.db, sql`select status from cases order by created_at`);
    expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'notice_passed', 'notice_passed']);
    const passed = await t.app.inject({ method: 'GET', url: `${URL}/${cases[1]!.caseId}`, headers: head });
    expect(passed.json().dueKind).toBe('payment');

    const verify = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.login('auditor') });
    expect(verify.json()).toMatchObject({ valid: true });
  });
});
