import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { addDays, idNumberCheckDigit, todayInShanghai } from '@huimin/domain';
import { NoticesService } from '../../src/modules/notices/notices.service.js';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff } from '../support/fixtures.js';

/*
 * Payment (A16, D1, D2) and recovery (A17) through HTTP: a batch built by one finance user with the eligibility
 * re-checked (a case whose records changed is skipped with the reason), approved by a second (the maker is
 * refused), the bank file, a result with one item paid and one failed, the payee corrected by a handler, the
 * failed item re-issued and paid, the grants in the ledger; then a clawback repaid in two parts lifts the grant.
 * The audit chain verifies afterwards.
 */
let t: TestApp;
const CASES = '/api/v1/skill-subsidy/applications';
const BATCHES = '/api/v1/skill-subsidy/payment-batches';
const ACCOUNT = '62220202001122334';

function idNumber(seq: number): string {
  const first17 = `220102198606${String(10 + seq).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}

let data: Record<string, string>;
let creditCode: string;
const months = (from: number, n: number, status: 'paid' | 'owed', id: string) =>
  Array.from({ length: n }, (_, i) => ({ idNumber: id, creditCode, regionCode: '220100', month: new Date(Date.UTC(2023, 6 + from + i, 1)).toISOString().slice(0, 7), status }));
const post = (kind: string, rows: unknown[]) => t.app.inject({ method: 'POST', url: `/api/v1/registry/${kind}`, headers: data, payload: rows });

async function approvedCase(seq: number, handler: Record<string, string>, reviewer: Record<string, string>) {
  const id = idNumber(seq);
  await post('persons', [{ idNumber: id, name: `发放${seq}号`, sex: Number(id[16]) % 2 ? 'male' : 'female', birthDate: `1986-06-${id.slice(12, 14)}`, regionCode: '220100' }]);
  await post('contributions', months(0, 40, 'paid', id));
  await post('certificates', [{ certificateNo: `FF2026${seq}`, idNumber: id, kind: 'vocational_qualification', level: 3, occupation: '电工', issueDate: '2026-03-01', issuer: '吉林省职业技能鉴定中心' }]);
  const c = await t.app.inject({ method: 'POST', url: CASES, headers: handler, payload: { idNumber: id, certificateNo: `FF2026${seq}`, channel: 'counter', payee: { kind: 'bank_account', accountNo: ACCOUNT, bankName: '吉林银行' } } });
  expect(c.statusCode, c.body).toBe(201);
  const caseId = c.json().id as string;
  for (const h of [handler, reviewer]) {
    const d = await t.app.inject({ method: 'POST', url: `${CASES}/${caseId}/decisions`, headers: h, payload: { decision: 'approve' } });
    expect(d.statusCode, d.body).toBe(201);
  }
  return { caseId, idNumber: id, amountFen: c.json().amountFen as number };
}

const resultCsv = (rows: string[][]) => `\uFEFF业务参考号,处理结果,失败原因\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;

let handler: Record<string, string>;
let finance: Record<string, string>;
let finance2: Record<string, string>;
let paidCase: { caseId: string; amountFen: number };
let reissuedCase: { caseId: string; amountFen: number };

beforeAll(async () => {
  console.info(`skill-subsidy payments on ${describeDatabase()}`);
  t = await startTestApp();
  data = await t.login('jl-data');
  creditCode = (await employersOf(t, '220100', 1))[0]!.creditCode;
  handler = await t.login('jl-handler');
  finance = await t.login('jl-finance');
  await insertStaff(t, 'jl-finance-2', ['finance'], '220100');
  finance2 = await t.login('jl-finance-2');
}, 120_000);
afterAll(async () => t?.close());

const caseOf = async (id: string) => (await t.app.inject({ method: 'GET', url: `${CASES}/${id}`, headers: handler })).json();
const grantsOf = (caseId: string) => queryRows<{ amount_fen: number; lifted_on: string | null }>(t.db.db, sql`select amount_fen, lifted_on::text from grants where case_id = ${caseId}`);

describe('payment (A16)', () => {
  it('builds, approves by a second finance user, exports, settles one paid and one failed, re-issues after correction', async () => {
    const reviewer = await t.login('jl-reviewer');
    const [a, b, c] = [await approvedCase(1, handler, reviewer), await approvedCase(2, handler, reviewer), await approvedCase(3, handler, reviewer)];
    const published = await t.app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/notices', headers: handler, payload: { regionCode: '220100' } });
    expect(published.statusCode, published.body).toBe(201);
    // The notice ran its days: moved into the past, so that the end-of-notice job passes the cases today and
    // every later step (dated today) follows it.
    const yesterday = addDays(todayInShanghai(), -1);
    await t.db.db.execute(sql`update notice_batches set starts_on = ${yesterday}, ends_on = ${yesterday} where id = ${published.json().id}`);
    expect(await t.app.get(NoticesService).closeEnded(todayInShanghai())).toMatchObject({ passed: 3 });

    // C's contribution record was corrected after the decision: 30 of its 40 months were in fact not paid.
    const corrected = await post('contributions', months(0, 30, 'owed', c.idNumber));
    expect(corrected.statusCode, corrected.body).toBe(200);

    // Only finance builds (A16).
    expect((await t.app.inject({ method: 'POST', url: BATCHES, headers: handler, payload: { regionCode: '220100' } })).statusCode).toBe(403);
    const build = () => t.app.inject({ method: 'POST', url: BATCHES, headers: { ...finance, 'idempotency-key': 'build-1' }, payload: { regionCode: '220100' } });
    const built = await build();
    expect(built.statusCode, built.body).toBe(201);
    const batch = built.json();
    expect(batch.status).toBe('draft');
    expect(batch.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([a.caseId, b.caseId].sort());
    expect(batch.totalFen).toBe(a.amountFen + b.amountFen);
    expect(batch.skipped).toEqual([expect.objectContaining({ caseId: c.caseId, code: 'NOT_ELIGIBLE_ON_RECHECK' })]);
    // A16: the 7-working-day deadline started at the end of the notice is shown on each item.
    for (const i of batch.items) expect(i.paymentDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(built.body).not.toContain(ACCOUNT);

    // The same key answers the same batch; another build finds nothing left to pay.
    const replay = await build();
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(batch.id);
    const again = await t.app.inject({ method: 'POST', url: BATCHES, headers: finance, payload: { regionCode: '220100' } });
    expect(again.statusCode, again.body).toBe(409);
    expect(await queryRows(t.db.db, sql`select id from payment_batches`)).toHaveLength(1);

    // D1: the maker never approves; the database refuses it as well.
    const byMaker = await t.app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/approve`, headers: finance, payload: {} });
    expect(byMaker.statusCode, byMaker.body).toBe(403);
    await expect(t.db.db.execute(sql`update payment_batches set approved_by = created_by where id = ${batch.id}`)).rejects.toThrow();
    // Not exportable before approval.
    expect((await t.app.inject({ method: 'GET', url: `${BATCHES}/${batch.id}/bank-file`, headers: finance2 })).statusCode).toBe(409);
    const approved = await t.app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/approve`, headers: finance2, payload: {} });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().status).toBe('approved');
    expect((await caseOf(a.caseId)).status).toBe('paying');
    expect((await t.app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/approve`, headers: finance2, payload: {} })).statusCode).toBe(409);

    // The bank file: documented layout, accounts in clear only here; the export is audited.
    const file = await t.app.inject({ method: 'GET', url: `${BATCHES}/${batch.id}/bank-file`, headers: finance });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    const lines = file.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFF序号,业务参考号,收款人姓名,收款账号,开户银行,金额（元）,用途');
    expect(lines.filter(Boolean)).toHaveLength(3);
    const refOf = (caseId: string) => batch.items.find((i: { caseId: string }) => i.caseId === caseId).reference as string;
    const lineA = lines.find((l) => l.includes(refOf(a.caseId)))!;
    expect(lineA.split(',')).toEqual(['1', refOf(a.caseId), '发放1号', ACCOUNT, '吉林银行', (a.amountFen / 100).toFixed(2), '技能提升补贴'].map((v, i) => (i === 0 ? lineA.split(',')[0]! : v)));
    const exports = await queryRows(t.db.db, sql`select id from audit_entries where action = 'payment_batch.export' and entity_id = ${batch.id}`);
    expect(exports).toHaveLength(1);

    // The bank's result: A paid, B failed (account closed).
    const upload = (id: string, body: string) => t.app.inject({ method: 'POST', url: `${BATCHES}/${id}/bank-result`, headers: { ...finance, 'content-type': 'text/csv' }, payload: body });
    const result = resultCsv([[refOf(a.caseId), '成功', ''], [refOf(b.caseId), '失败', '账户已销户']]);
    const imported = await upload(batch.id, result);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ status: 'closed', paid: [refOf(a.caseId)], failed: [{ reference: refOf(b.caseId), reason: '账户已销户' }], problems: [], errors: [] });
    expect((await upload(batch.id, result)).json()).toMatchObject({ replayed: true });
    expect((await caseOf(a.caseId)).status).toBe('paid');
    expect((await caseOf(b.caseId)).status).toBe('payment_failed');
    expect(await grantsOf(a.caseId)).toEqual([{ amount_fen: a.amountFen, lifted_on: null }]);
    expect(await grantsOf(b.caseId)).toEqual([]);

    // Re-issue to the same account is refused until the payee is corrected (by a handler, not finance).
    const uncorrected = await t.app.inject({ method: 'POST', url: BATCHES, headers: finance, payload: { regionCode: '220100' } });
    expect(uncorrected.statusCode, uncorrected.body).toBe(409);
    const skipped = (uncorrected.json().skipped as { caseId: string; code: string }[]).map((x) => `${x.caseId} ${x.code}`).sort();
    expect(skipped).toEqual([`${b.caseId} PAYEE_NOT_CORRECTED`, `${c.caseId} NOT_ELIGIBLE_ON_RECHECK`].sort());
    const newPayee = { payee: { kind: 'social_security_card', accountNo: '6217000011112222333', bankName: '吉林银行' }, reason: '原账户已销户，改为社会保障卡' };
    expect((await t.app.inject({ method: 'POST', url: `${CASES}/${b.caseId}/payee`, headers: finance, payload: newPayee })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `${CASES}/${a.caseId}/payee`, headers: handler, payload: newPayee })).statusCode).toBe(409);
    const fixed = await t.app.inject({ method: 'POST', url: `${CASES}/${b.caseId}/payee`, headers: handler, payload: newPayee });
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.json().payee).toMatchObject({ kind: 'social_security_card', bankName: '吉林银行' });
    expect(fixed.body).not.toContain('6217000011112222333');

    const reissue = await t.app.inject({ method: 'POST', url: BATCHES, headers: finance, payload: { regionCode: '220100' } });
    expect(reissue.statusCode, reissue.body).toBe(201);
    const batch2 = reissue.json();
    expect(batch2.items).toHaveLength(1);
    expect(batch2.items[0]).toMatchObject({ caseId: b.caseId, amountFen: b.amountFen, reissueOf: batch.items.find((i: { caseId: string }) => i.caseId === b.caseId).id });
    expect((await t.app.inject({ method: 'POST', url: `${BATCHES}/${batch2.id}/approve`, headers: finance2, payload: {} })).statusCode).toBe(201);
    const file2 = await t.app.inject({ method: 'GET', url: `${BATCHES}/${batch2.id}/bank-file`, headers: finance2 });
    expect(file2.body).toContain('6217000011112222333');
    expect(file2.body).not.toContain(ACCOUNT);
    const imported2 = await upload(batch2.id, resultCsv([[batch2.items[0].reference, '成功', '']]));
    expect(imported2.json()).toMatchObject({ status: 'closed', paid: [batch2.items[0].reference] });
    expect((await caseOf(b.caseId)).status).toBe('paid');
    expect(await grantsOf(b.caseId)).toEqual([{ amount_fen: b.amountFen, lifted_on: null }]);
    // Money moved once per case: one paid item each.
    const paidItems = await queryRows<{ case_id: string; n: number }>(t.db.db, sql`select case_id, count(*)::int as n from payment_items where status = 'paid' group by case_id`);
    expect(paidItems.map((r) => r.n)).toEqual([1, 1]);

    // Region scope: another region's finance user sees no such batch.
    expect((await t.app.inject({ method: 'GET', url: `${BATCHES}/${batch.id}`, headers: await t.login('sd-finance') })).statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: `${BATCHES}?regionCode=220100`, headers: await t.login('auditor') });
    expect(list.json()).toHaveLength(2);

    paidCase = a;
    reissuedCase = b;
    const verify = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.login('auditor') });
    expect(verify.json()).toMatchObject({ valid: true });
  });
});

describe('recovery (A17)', () => {
  it('opens an order on a paid case, records repayments and lifts the grant when fully recovered', async () => {
    const { caseId, amountFen } = paidCase;
    const open = (headers: Record<string, string>, payload: object) => t.app.inject({ method: 'POST', url: `${CASES}/${caseId}/recovery-orders`, headers, payload });
    const order = { reason: '经举报核查，申请人申领时未在参保单位就业', dueOn: '2099-12-31' };
    expect((await open(finance, order)).statusCode).toBe(403);
    // D1: the handler approved this case, so another person opens the clawback.
    expect((await open(handler, order)).statusCode).toBe(403);
    const head = await t.login('jl-head');
    expect((await open(head, { ...order, amountFen: amountFen + 1 })).statusCode).toBe(422);
    expect((await open(head, { ...order, dueOn: '2020-01-01' })).statusCode).toBe(422);
    const opened = await open(head, order);
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ status: 'open', amountFen, outstandingFen: amountFen });
    expect((await caseOf(caseId)).status).toBe('clawback_pending');
    expect((await open(head, order)).statusCode).toBe(409);

    const repay = (headers: Record<string, string>, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/recovery-orders/${opened.json().id}/repayments`, headers, payload });
    const paidOn = todayInShanghai();
    expect((await repay(head, { amountFen: 100, paidOn, reference: 'R-1' })).statusCode).toBe(403);
    const first = await repay(finance, { amountFen: 100, paidOn, reference: 'R-1' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'partially_repaid', repaidFen: 100, outstandingFen: amountFen - 100 });
    expect((await repay(finance, { amountFen: 100, paidOn, reference: 'R-1' })).statusCode).toBe(409);
    expect((await repay(finance, { amountFen, paidOn, reference: 'R-2' })).statusCode).toBe(422);
    expect((await caseOf(caseId)).status).toBe('clawback_pending');
    expect((await grantsOf(caseId))[0]!.lifted_on).toBeNull();

    const last = await repay(finance2, { amountFen: amountFen - 100, paidOn, reference: 'R-2' });
    expect(last.statusCode, last.body).toBe(201);
    expect(last.json()).toMatchObject({ status: 'recovered', outstandingFen: 0 });
    expect((await caseOf(caseId)).status).toBe('recovered');
    expect((await grantsOf(caseId))[0]!.lifted_on).not.toBeNull();
    expect((await repay(finance, { amountFen: 1, paidOn, reference: 'R-3' })).statusCode).toBe(409);

    const verify = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.login('auditor') });
    expect(verify.json()).toMatchObject({ valid: true });
  });
});

/** The office suite's converter, when this machine has one (the issue's acceptance: the .xlsx opens in it). */
async function officeConverter(): Promise<string | null> {
  for (const name of ['libreoffice', 'soffice']) {
    try {
      await promisify(execFile)(name, ['--version'], { timeout: 30_000 });
      return name;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

describe('statistics (A18) and the transfer certificate (A11)', () => {
  it('totals 附件4 from the paid cases, as JSON and as an .xlsx in the form layout', async () => {
    const month = todayInShanghai().slice(0, 7);
    const paid = await queryRows<{ n: number; fen: number }>(
      t.db.db,
      sql`select count(*)::int as n, coalesce(sum(i.amount_fen), 0)::int as fen from payment_items i join cases c on c.id = i.case_id
          where i.status = 'paid' and c.region_code like '2201%' and to_char(i.paid_on, 'YYYY-MM') = ${month}`,
    );
    expect(paid[0]!.n).toBe(2);
    const url = `/api/v1/skill-subsidy/statistics/monthly?regionCode=220100&month=${month}`;
    const res = await t.app.inject({ method: 'GET', url, headers: finance });
    expect(res.statusCode, res.body).toBe(200);
    const table = res.json();
    const total = table.rows[2];
    expect(total.label).toBe('合计');
    expect(total.total.persons).toBe(paid[0]!.n);
    expect(total.total.amountFen).toBe(paid[0]!.fen);
    // The approved cases here are level-3 vocational qualifications: all in one cell, which is the total.
    expect(table.rows[0].byLevel['3']).toEqual(total.total);
    expect(table.rows[1].total.persons).toBe(0);
    // Another month, another region outside the caller's scope.
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/statistics/monthly?regionCode=220100&month=2020-01`, headers: finance })).json().rows[2].total.persons).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/statistics/monthly?regionCode=370100&month=${month}`, headers: finance })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/statistics/monthly?regionCode=220100&month=2026-13`, headers: finance })).statusCode).toBe(400);

    const xlsx = await t.app.inject({ method: 'GET', url: `${url}&format=xlsx`, headers: finance });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = book.getWorksheet('附件4')!;
    expect(String(ws.getCell('A1').value)).toContain('吉林省参保企业职工技能提升补贴发放情况统计表');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('B3').value).toBe('人数');
    expect(ws.getCell('F3').value).toBe('金额');
    expect(ws.getCell('A7').value).toBe('合计');
    expect(ws.getCell('B7').value).toBe(paid[0]!.n);
    expect(ws.getCell('F7').value).toBeCloseTo(paid[0]!.fen / 1_000_000, 4);

    const converter = await officeConverter();
    if (!converter) {
      console.info('statistics: no office suite on this machine, the PDF conversion of the .xlsx is not checked here');
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'annex4-'));
    try {
      await writeFile(join(dir, 'annex4.xlsx'), xlsx.rawPayload);
      await promisify(execFile)(converter, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'annex4.xlsx')], { timeout: 120_000 });
      expect((await readFile(join(dir, 'annex4.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('lists the published notice as 附件2 and gives the quarterly figures', async () => {
    const month = todayInShanghai().slice(0, 7);
    // The notice of this file was moved to yesterday: at the start of a month that is the month before.
    const noticeMonth = addDays(todayInShanghai(), -1).slice(0, 7);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/statistics/notice-list?regionCode=220100&month=${noticeMonth}`, headers: handler });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().rows).toHaveLength(3);
    expect(list.json().rows[0].idNumber).toMatch(/\*/);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/statistics/notice-list?regionCode=220100&month=${noticeMonth}&format=xlsx`, headers: handler });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = book.getWorksheet('附件2')!;
    expect(ws.getCell('A3').value).toBe('序号');
    expect(ws.getCell('A6').value).toBe(3);

    const year = Number(month.slice(0, 4));
    const quarter = Math.ceil(Number(month.slice(5, 7)) / 3);
    const q = await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/statistics/quarterly?regionCode=220100&year=${year}&quarter=${quarter}`, headers: finance });
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json()).toMatchObject({ applicationsReceived: 3, approved: 3, rejected: 0, paidPersons: 2, paidAmountFen: paidCase.amountFen + reissuedCase.amountFen });
  });

  it('certifies per occupation × level whether the subsidy was received, as JSON and printable HTML (A11)', async () => {
    const personOf = async (caseId: string) => (await queryRows<{ person_id: string }>(t.db.db, sql`select person_id from cases where id = ${caseId}`))[0]!.person_id;
    const received = await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/persons/${await personOf(reissuedCase.caseId)}/grant-record`, headers: handler });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json().items).toEqual([
      expect.objectContaining({ occupation: '电工', level: 3, received: true, grant: expect.objectContaining({ amountFen: reissuedCase.amountFen, regionCode: '220100', grantedOn: todayInShanghai() }) }),
    ]);
    // The clawed-back case: the mark was lifted (A17), so the occupation × level is not received any more.
    const recovered = await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/persons/${await personOf(paidCase.caseId)}/grant-record?format=html`, headers: handler });
    expect(recovered.statusCode).toBe(200);
    expect(recovered.headers['content-type']).toContain('text/html');
    expect(recovered.body).toContain('@page { size: A4');
    expect(recovered.body).toContain('未享受');
    expect(recovered.body).toContain('已全额追回');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/persons/${await personOf(paidCase.caseId)}/grant-record`, headers: await t.login('sd-handler') })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/persons/${await personOf(paidCase.caseId)}/grant-record`, headers: finance })).statusCode).toBe(403);
  });
});
