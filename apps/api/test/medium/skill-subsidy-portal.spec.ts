import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { idNumberCheckDigit } from '@huimin/domain';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff, loginEmployer, loginPerson, type SeededPerson } from '../support/fixtures.js';

/*
 * Issue 7's two applicant routes through HTTP: the service rating (好差评) of a finished case, once, by its own
 * applicant; and the employer's batch application from a CSV or Excel sheet, row by row, with the dry run and
 * the Idempotency-Key.
 */

let t: TestApp;
let data: { authorization: string };
let handler: { authorization: string };
let ownEmployer: string;
let otherEmployer: string;
const URL = '/api/v1/skill-subsidy/applications';
const BATCH = '/api/v1/skill-subsidy/employer-batches';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const payee = { kind: 'bank_account', accountNo: '6222020200112233445', bankName: '中国工商银行长春分行' };

function idNumber(seq: number): string {
  const first17 = `220102198802${String(10 + (seq % 18)).padStart(2, '0')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}
const sexOf = (id: string) => (Number(id[16]) % 2 === 1 ? 'male' : 'female');
const birthOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

/** A Jilin worker insured with `creditCode` for 40 months, with a level-4 welder certificate of 2026 (eligible). */
async function registerWorker(seq: number, creditCode = ownEmployer): Promise<SeededPerson & { certificateNo: string }> {
  const id = idNumber(seq);
  const phone = `137${String(10000000 + seq).slice(-8)}`;
  const post = (kind: string, rows: unknown[]) => t.app.inject({ method: 'POST', url: `/api/v1/registry/${kind}`, headers: data, payload: rows });
  expect((await post('persons', [{ idNumber: id, name: `评价${seq}`, sex: sexOf(id), birthDate: birthOf(id), phone, regionCode: '220100' }])).statusCode).toBe(200);
  const months = Array.from({ length: 40 }, (_, i) => ({
    idNumber: id,
    creditCode,
    regionCode: '220100',
    month: new Date(Date.UTC(2023, 6 + i, 1)).toISOString().slice(0, 7),
    status: 'paid',
  }));
  expect((await post('contributions', months)).json()).toMatchObject({ inserted: 40, errors: [] });
  const certificateNo = `PT2026${String(seq).padStart(6, '0')}`;
  const c = await post('certificates', [{ certificateNo, idNumber: id, kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-06-01', issuer: '吉林省职业技能鉴定中心' }]);
  expect(c.json()).toMatchObject({ inserted: 1, errors: [] });
  const [row] = await queryRows<{ id: string; person_key: string }>(t.db.db, sql`select id, person_key from persons where person_key = ${t.cipher.personKey(id)}`);
  return { id: row!.id, idNumber: id, name: `评价${seq}`, phone, regionCode: '220100', personKey: row!.person_key, certificateNo };
}

const rate = (headers: Record<string, string>, id: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `${URL}/${id}/rating`, headers, payload: payload as object });

async function applyOnline(w: SeededPerson & { certificateNo: string }) {
  const person = await loginPerson(t, w);
  const res = await t.app.inject({ method: 'POST', url: URL, headers: person, payload: { certificateNo: w.certificateNo, channel: 'online', payee } });
  expect(res.statusCode, res.body).toBe(201);
  return { person, id: res.json<{ id: string }>().id };
}

beforeAll(async () => {
  console.info(`skill-subsidy portal routes on ${describeDatabase()}`);
  t = await startTestApp();
  data = await t.login('jl-data');
  handler = await t.login('jl-handler');
  const [a, b] = await employersOf(t, '220100', 2);
  ownEmployer = a!.creditCode;
  otherEmployer = b!.creditCode;
}, 120_000);

afterAll(async () => t?.close());

describe('service rating (好差评)', () => {
  it('is taken once, for a finished case of one’s own, and shown on the case', async () => {
    const w = await registerWorker(1);
    const { person, id } = await applyOnline(w);

    // Still under review: not finished, nothing to rate yet.
    const early = await rate(person, id, { score: 5 });
    expect(early.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: `${URL}/${id}`, headers: person })).json()).toMatchObject({ rating: null, canRate: false });

    await t.app.inject({ method: 'POST', url: `${URL}/${id}/withdraw`, headers: person, payload: {} });
    const before = (await t.app.inject({ method: 'GET', url: `${URL}/${id}`, headers: person })).json();
    expect(before).toMatchObject({ status: 'withdrawn', rating: null, canRate: true });

    expect((await rate(person, id, { score: 6 })).json().errors[0].path).toBe('score');
    expect((await rate(person, id, { score: 4, comment: '字'.repeat(501) })).json().errors[0].path).toBe('comment');

    // Someone else's case reads as missing, finished or not.
    const stranger = await loginPerson(t, await registerWorker(2));
    expect((await rate(stranger, id, { score: 1 })).statusCode).toBe(404);

    const rated = await rate(person, id, { score: 4, comment: ' 窗口指引清楚 ' });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ rating: { score: 4, comment: '窗口指引清楚' }, canRate: false });
    const shown = (await t.app.inject({ method: 'GET', url: `${URL}/${id}`, headers: person })).json();
    expect(shown.rating).toMatchObject({ score: 4, comment: '窗口指引清楚' });
    expect(shown.canRate).toBe(false);

    const again = await rate(person, id, { score: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('只能评价一次');
    const [stored] = await queryRows<{ n: number }>(t.db.db, sql`select count(*)::int as n from service_ratings where case_id = ${id}`);
    expect(Number(stored!.n)).toBe(1);

    // Audited with the score, without the applicant's words.
    const [entry] = await queryRows<{ after: { score: number; commentLength: number } }>(
      t.db.db,
      sql`select after from audit_entries where action = 'case.rate' and entity_id = ${id}`,
    );
    expect(entry!.after).toEqual({ score: 4, commentLength: 6 });
  });

  it('waits while a refused case may still be appealed, and takes the rating once the appeal is used', async () => {
    const w = await registerWorker(3);
    const { person, id } = await applyOnline(w);
    const reject = (h: Record<string, string>) => t.app.inject({ method: 'POST', url: `${URL}/${id}/decisions`, headers: h, payload: { decision: 'reject', reason: '证书信息与证书库不符' } });
    expect((await reject(handler)).json().status).toBe('rejected');
    expect((await rate(person, id, { score: 2 })).statusCode).toBe(409);

    expect((await t.app.inject({ method: 'POST', url: `${URL}/${id}/appeal`, headers: person, payload: { reason: '证书真实有效' } })).statusCode).toBe(201);
    await insertStaff(t, 'pt-handler-2', ['handler'], '220100');
    expect((await reject(await t.login('pt-handler-2'))).json().status).toBe('rejected');

    const res = await rate(person, id, { score: 2 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().rating).toMatchObject({ score: 2, comment: null });
  });
});

describe('employer batch application', () => {
  const header = 'idNumber,certificateNo,payeeKind,accountNo,bankName,phone';
  const csvOf = (lines: string[]) => `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
  const upload = (headers: Record<string, string>, body: string | Buffer, { dryRun = false, key, type = 'text/csv' }: { dryRun?: boolean; key?: string; type?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: `${BATCH}${dryRun ? '?dryRun=1' : ''}`,
      headers: { ...headers, 'content-type': type, ...(key ? { 'idempotency-key': key } : {}) },
      payload: body,
    });
  const countCases = async () => Number((await queryRows<{ n: number }>(t.db.db, sql`select count(*)::int as n from cases`))[0]!.n);

  it('previews, then creates one case per good row with a row error for each bad one, idempotently', async () => {
    const employer = await loginEmployer(t, ownEmployer, data);
    const good = await registerWorker(10);
    const elsewhere = await registerWorker(11, otherEmployer);
    const badPayee = await registerWorker(12);
    const csv = csvOf([
      `${good.idNumber},${good.certificateNo},银行卡,6222 0202 0011 2233 445,中国工商银行长春分行,${good.phone}`,
      `${elsewhere.idNumber},${elsewhere.certificateNo},bank_account,6222020200112233445,中国工商银行长春分行,`,
      `${badPayee.idNumber},${badPayee.certificateNo},现金,12,,`,
      `220102198802100000,PT0,bank_account,6222020200112233445,工商银行,`,
    ]);

    const before = await countCases();
    const preview = await upload(employer, csv, { dryRun: true, key: 'batch-1' });
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ dryRun: true, total: 4, created: [], accepted: [{ index: 0, applicantName: good.name, occupation: '焊工', level: 4 }] });
    expect(p.errors.map((e: { index: number; path: string }) => [e.index, e.path])).toEqual([
      [1, 'idNumber'],
      [2, 'payeeKind'],
      [2, 'accountNo'],
      [2, 'bankName'],
      [3, 'idNumber'],
    ]);
    expect(p.errors[0].message).toContain('不是本单位参保职工');
    expect(p.errors[1].message).toBe('收款方式应填写“社保卡”或“银行卡”');
    expect(await countCases()).toBe(before);

    const res = await upload(employer, csv, { key: 'batch-1' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.created).toHaveLength(1);
    expect(body.created[0]).toMatchObject({ index: 0, applicantName: good.name });
    expect(body.errors).toEqual(p.errors);
    expect(await countCases()).toBe(before + 1);

    // The same key replays the answer and creates nothing; another content under it is refused.
    const replay = await upload(employer, csv, { key: 'batch-1' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(body);
    expect(await countCases()).toBe(before + 1);
    expect((await upload(employer, csvOf([`${good.idNumber},${good.certificateNo},bank_account,6222020200112233445,工行,`]), { key: 'batch-1' })).statusCode).toBe(422);

    // Submitted through the employer channel, visible to the employer, and the same row again is A11's duplicate.
    const made = await t.app.inject({ method: 'GET', url: `${URL}/${body.created[0].caseId}`, headers: handler });
    expect(made.json()).toMatchObject({ channel: 'employer_batch', status: 'submitted', payee: { kind: 'bank_account', bankName: '中国工商银行长春分行' } });
    const list = await t.app.inject({ method: 'GET', url: URL, headers: employer });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(body.created[0].caseId);
    const dup = await upload(employer, csvOf([`${good.idNumber},${good.certificateNo},bank_account,6222020200112233445,工行,`]));
    expect(dup.json()).toMatchObject({ created: [], errors: [{ index: 0, path: 'certificateNo' }] });
  });

  it('reads Excel sheets, and refuses persons, unknown columns and empty sheets', async () => {
    const employer = await loginEmployer(t, otherEmployer, data, '13900000002');
    const w = await registerWorker(20, otherEmployer);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('集中申请');
    ws.addRow(header.split(','));
    ws.addRow([w.idNumber, w.certificateNo, '社保卡', '6222020200112233999', '吉林银行', '']);
    const res = await upload(employer, Buffer.from(await wb.xlsx.writeBuffer()), { type: XLSX });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, total: 1, errors: [], created: [{ index: 0 }] });

    const person = await loginPerson(t, w);
    expect((await upload(person, csvOf([]))).statusCode).toBe(403);
    const unknown = await upload(employer, 'idNumber,name\r\n220102198802100000,张三\r\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].message).toContain('不认识的列：name');
    expect((await upload(employer, csvOf([]))).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: BATCH, headers: employer, payload: [] })).statusCode).toBe(400);
  });
});
