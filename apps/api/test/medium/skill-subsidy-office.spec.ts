import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { addDays, DEFAULT_BANK_FILE_LAYOUT, maskName, todayInShanghai } from '@huimin/domain';
import { JobScheduler } from '../../src/modules/jobs/job-scheduler.js';
import { NoticesService } from '../../src/modules/notices/notices.service.js';
import { StatisticsJobs } from '../../src/modules/skill-subsidy-statistics/statistics.jobs.js';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff, loginPerson, userId } from '../support/fixtures.js';
import { BATCHES, CASES, decide, registerEligibleWorker, submitAtCounter } from '../support/skill-subsidy.js';

/*
 * The office's lists and the steps around them (issue 5), through HTTP: the objections inbox (A15), a draft
 * payment batch discarded and rebuilt (D1), a region's own bank-file layout used for the file and its result
 * (A16, D2), recovery orders listed and one written off by the head (A17), the ratings the office reads
 * (好差评), and the monthly statistics filed by the scheduled job once (A18), with its progress on the job list.
 */
type Headers = Record<string, string>;
let t: TestApp;
let handler: Headers;
let reviewer: Headers;
let head: Headers;
let finance: Headers;
let finance2: Headers;
const cases: { caseId: string; amountFen: number; worker: Awaited<ReturnType<typeof registerEligibleWorker>> }[] = [];
const PHONE = '13912345678';
let data: Headers;
let creditCode: string;

beforeAll(async () => {
  console.info(`skill-subsidy office lists on ${describeDatabase()}`);
  t = await startTestApp();
  data = await t.login('jl-data');
  creditCode = (await employersOf(t, '220100', 1))[0]!.creditCode;
  handler = await t.login('jl-handler');
  reviewer = await t.login('jl-reviewer');
  head = await t.login('jl-head');
  finance = await t.login('jl-finance');
  await insertStaff(t, 'office-finance-2', ['finance'], '220100');
  finance2 = await t.login('office-finance-2');
  for (let seq = 1; seq <= 4; seq++) {
    const worker = await registerEligibleWorker(t.app, data, creditCode, seq, '198808');
    const c = await submitAtCounter(t.app, handler, worker, '6222020200112233445');
    await decide(t.app, handler, c.caseId, { decision: 'approve' });
    await decide(t.app, reviewer, c.caseId, { decision: 'approve' });
    cases.push({ ...c, worker });
  }
}, 180_000);
afterAll(async () => t?.close());

const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'POST', url, headers, payload });
const statusOf = async (caseId: string) => (await get(`${CASES}/${caseId}`, handler)).json().status as string;

describe('the objections inbox (A15)', () => {
  it('lists a region’s objections with counts per status, masked phones, and follows the decisions', async () => {
    const published = await post('/api/v1/skill-subsidy/notices', handler, { regionCode: '220100' });
    expect(published.statusCode, published.body).toBe(201);
    const items = published.json().items as { itemId: string }[];
    expect(items).toHaveLength(4);
    const object = (itemId: string, content: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/public/skill-subsidy/notices/items/${itemId}/objections`, payload: { contactName: '群众甲', contactPhone: PHONE, content } });
    expect((await object(items[0]!.itemId, '该人员证书系他人代考取得')).statusCode).toBe(201);
    expect((await object(items[1]!.itemId, '该人员申领时已离职')).statusCode).toBe(201);

    const inbox = await get('/api/v1/skill-subsidy/objections?regionCode=220100', head);
    expect(inbox.statusCode, inbox.body).toBe(200);
    const list = inbox.json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 20, counts: { open: 2, upheld: 0, dismissed: 0, closed: 0 } });
    expect(list.items[0]).toMatchObject({ status: 'open', statusLabel: expect.any(String), regionCode: '220100', occupation: '电工', level: 3, contactName: '群众甲', decidedBy: null });
    expect(list.items[0].contactPhoneMasked).not.toBe(PHONE);
    expect(inbox.body).not.toContain(PHONE);
    expect(list.items[0].noticeEndsOn).toBe(published.json().endsOn);

    // Another region's staff see none of it; a bad filter is a 400 naming the field.
    expect((await get('/api/v1/skill-subsidy/objections?regionCode=220100', await t.login('hlj-handler'))).statusCode).toBe(404);
    expect((await get('/api/v1/skill-subsidy/objections', await t.login('hlj-handler'))).json().total).toBe(0);
    const bad = await get('/api/v1/skill-subsidy/objections?status=maybe&pageSize=500', head);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['pageSize', 'status']);

    // The head decides both (the handler approved these cases, D1): one upheld, one dismissed.
    const [upheld, dismissed] = list.items as { id: string; caseId: string }[];
    expect((await post(`/api/v1/skill-subsidy/objections/${upheld!.id}/decisions`, head, { decision: 'uphold', reason: '经发证机构核查，证书系代考取得' })).statusCode).toBe(201);
    expect((await post(`/api/v1/skill-subsidy/objections/${dismissed!.id}/decisions`, head, { decision: 'dismiss', reason: '经核查仍在职' })).statusCode).toBe(201);
    const after = (await get('/api/v1/skill-subsidy/objections?status=upheld', head)).json();
    expect(after).toMatchObject({ total: 1, counts: { open: 0, upheld: 1, dismissed: 1 } });
    expect(after.items[0]).toMatchObject({ id: upheld!.id, decidedBy: 'jl-head', decisionReason: '经发证机构核查，证书系代考取得', decidedAt: expect.any(String) });
    expect(await statusOf(upheld!.caseId)).toBe('cancelled');

    // The notice ran its days; the three without an upheld objection pass.
    const yesterday = addDays(todayInShanghai(), -1);
    await t.db.db.execute(sql`update notice_batches set starts_on = ${yesterday}, ends_on = ${yesterday} where id = ${published.json().id}`);
    expect(await t.app.get(NoticesService).closeEnded(todayInShanghai())).toMatchObject({ passed: 3 });
  });
});

describe('payment batches: a discarded draft and a region’s own bank-file layout (A16, D1, D2)', () => {
  const pipeLayout = {
    ...DEFAULT_BANK_FILE_LAYOUT,
    id: 'jl-bank-pipe',
    name: '吉林银行代发（竖线分隔，金额以分计）',
    encoding: 'utf-8',
    delimiter: '|',
    lineEnding: 'lf',
    amountUnit: 'fen',
    file: { header: false, columns: [{ field: 'reference', title: '业务参考号' }, { field: 'account_no', title: '账号' }, { field: 'payee_name', title: '户名' }, { field: 'amount', title: '金额' }] },
    result: { header: false, columns: ['reference', 'status', 'reason'], paidValues: ['S'], failedValues: ['F'] },
  };

  it('sets the layout as validated data, audited, and only within the caller’s regions', async () => {
    const invalid = await t.app.inject({ method: 'PUT', url: '/api/v1/skill-subsidy/bank-file-layouts/220100', headers: finance, payload: { ...pipeLayout, file: { header: false, columns: [{ field: 'amount', title: '金额' }] } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].message).toMatch(/银行文件须包含/);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/skill-subsidy/bank-file-layouts/230100', headers: finance, payload: pipeLayout })).statusCode).toBe(404);
    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/skill-subsidy/bank-file-layouts/220100', headers: finance, payload: pipeLayout });
    expect(saved.statusCode, saved.body).toBe(200);
    const listed = (await get('/api/v1/skill-subsidy/bank-file-layouts', finance)).json();
    expect(listed.default.id).toBe(DEFAULT_BANK_FILE_LAYOUT.id);
    expect(listed.regions).toEqual([expect.objectContaining({ regionCode: '220100', updatedBy: 'jl-finance', layout: expect.objectContaining({ id: 'jl-bank-pipe' }) })]);
    expect(await queryRows(t.db.db, sql`select entity_id from audit_entries where action = 'bank_file_layout.save'`)).toEqual([{ entity_id: '220100' }]);
  });

  it('discards a draft with a reason (its cases free again), then pays a rebuilt batch in the region’s layout', async () => {
    const built = await post(BATCHES, finance, { regionCode: '220100' });
    expect(built.statusCode, built.body).toBe(201);
    const draft = built.json();
    expect(draft.items).toHaveLength(3);
    expect((await post(`${BATCHES}/${draft.id}/discard`, finance, {})).statusCode).toBe(400);
    expect((await post(`${BATCHES}/${draft.id}/discard`, handler, { reason: '组批有误' })).statusCode).toBe(403);
    const discarded = await post(`${BATCHES}/${draft.id}/discard`, finance2, { reason: '组批时漏核一名人员的账户，重新组批' });
    expect(discarded.statusCode, discarded.body).toBe(201);
    expect(discarded.json()).toMatchObject({ status: 'discarded', statusLabel: '已作废' });
    expect(discarded.json().steps.at(-1)).toMatchObject({ event: 'discard', reason: '组批时漏核一名人员的账户，重新组批' });
    expect(discarded.json().items.map((i: { status: string }) => i.status)).toEqual(['discarded', 'discarded', 'discarded']);
    expect((await post(`${BATCHES}/${draft.id}/approve`, finance2, {})).statusCode).toBe(409);
    expect((await post(`${BATCHES}/${draft.id}/discard`, finance2, { reason: '再次作废' })).statusCode).toBe(409);

    const rebuilt = await post(BATCHES, finance, { regionCode: '220100' });
    expect(rebuilt.statusCode, rebuilt.body).toBe(201);
    const batch = rebuilt.json();
    expect(batch.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual(draft.items.map((i: { caseId: string }) => i.caseId).sort());
    expect((await post(`${BATCHES}/${batch.id}/approve`, finance2, {})).statusCode).toBe(201);
    const file = await get(`${BATCHES}/${batch.id}/bank-file`, finance);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body.startsWith('\uFEFF')).toBe(false);
    const lines = file.body.split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    const first = batch.items[0] as { reference: string; amountFen: number; payee: { name: string } };
    expect(lines[0]).toBe(`${first.reference}|6222020200112233445|${first.payee.name}|${first.amountFen}`);

    // The region changes its layout after the export: the batch's result is still read in the layout it was sent in.
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/skill-subsidy/bank-file-layouts/220100', headers: finance, payload: { ...pipeLayout, id: 'jl-bank-v2', delimiter: ',' } })).statusCode).toBe(200);
    expect((await get(`${BATCHES}/${batch.id}`, finance)).json().bankFileLayoutId).toBe('jl-bank-pipe');
    const refs = batch.items.map((i: { reference: string }) => i.reference) as string[];
    const result = `${refs[0]}|S|\n${refs[1]}|S|\n${refs[2]}|F|账户冻结\n`;
    const imported = await t.app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/bank-result`, headers: { ...finance, 'content-type': 'text/csv' }, payload: result });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ paid: [refs[0], refs[1]], failed: [{ reference: refs[2], reason: '账户冻结' }], errors: [] });
  });
});

describe('recovery orders (A17)', () => {
  it('lists orders with what is owed and lets only the head write one off, keeping the grant', async () => {
    const paid = [];
    for (const c of cases) if ((await statusOf(c.caseId)) === 'paid') paid.push(c);
    expect(paid).toHaveLength(2);
    // D1: the head decided the dismissed objection of one of them, so the clawback is opened on the other.
    const decided = (await queryRows<{ case_id: string }>(t.db.db, sql`select case_id from case_steps where event = 'dismiss_objection'`)).map((r) => r.case_id);
    const target = paid.find((c) => !decided.includes(c.caseId))!;
    const opened = await post(`${CASES}/${target.caseId}/recovery-orders`, head, { reason: '经举报核查，申请时已不在参保单位就业', dueOn: addDays(todayInShanghai(), 30) });
    expect(opened.statusCode, opened.body).toBe(201);
    const orderId = opened.json().id as string;
    expect((await post(`/api/v1/skill-subsidy/recovery-orders/${orderId}/repayments`, finance, { amountFen: 10000, paidOn: todayInShanghai(), reference: 'HK-001' })).statusCode).toBe(201);

    const list = (await get('/api/v1/skill-subsidy/recovery-orders?regionCode=220100', finance)).json();
    expect(list).toMatchObject({ total: 1, page: 1 });
    expect(list.items[0]).toMatchObject({ id: orderId, caseId: target.caseId, status: 'partially_repaid', amountFen: target.amountFen, repaidFen: 10000, outstandingFen: target.amountFen - 10000, overdue: false, applicantName: target.worker.name });
    expect((await get('/api/v1/skill-subsidy/recovery-orders?status=recovered', finance)).json().total).toBe(0);
    // The case page finds its order by case.
    expect((await get(`/api/v1/skill-subsidy/recovery-orders?caseId=${target.caseId}`, handler)).json().items.map((o: { id: string }) => o.id)).toEqual([orderId]);
    expect((await get(`/api/v1/skill-subsidy/recovery-orders?caseId=${paid.find((c) => c !== target)!.caseId}`, handler)).json().total).toBe(0);
    expect((await get('/api/v1/skill-subsidy/recovery-orders?caseId=not-a-case', handler)).statusCode).toBe(400);
    expect((await get(`/api/v1/skill-subsidy/recovery-orders/${orderId}`, await t.login('hlj-handler'))).statusCode).toBe(404);

    const writeOff = (headers: Headers, payload: object) => post(`/api/v1/skill-subsidy/recovery-orders/${orderId}/write-off`, headers, payload);
    expect((await writeOff(finance, { reason: '无力偿还' })).statusCode).toBe(403);
    expect((await writeOff(head, { reason: ' ' })).statusCode).toBe(400);
    const written = await writeOff(head, { reason: '当事人已死亡且无遗产可供追偿，经集体研究予以核销' });
    expect(written.statusCode, written.body).toBe(201);
    expect(written.json()).toMatchObject({ status: 'written_off', outstandingFen: 0, repaidFen: 10000, writeOff: { on: todayInShanghai(), reason: '当事人已死亡且无遗产可供追偿，经集体研究予以核销', by: 'jl-head' } });
    expect((await writeOff(head, { reason: '重复核销' })).statusCode).toBe(409);
    // The money stayed with the person: the case is paid again and the grant mark stays (A7).
    expect(await statusOf(target.caseId)).toBe('paid');
    expect(await queryRows(t.db.db, sql`select lifted_on from grants where case_id = ${target.caseId}`)).toEqual([{ lifted_on: null }]);
    const detail = (await get(`/api/v1/skill-subsidy/recovery-orders/${orderId}`, handler)).json();
    expect(detail.repayments).toEqual([{ on: todayInShanghai(), amountFen: 10000, reference: 'HK-001' }]);
    const steps = (await get(`${CASES}/${target.caseId}`, handler)).json().steps as { event: string; reason: string | null }[];
    expect(steps.at(-1)).toMatchObject({ event: 'write_off_clawback', reason: '当事人已死亡且无遗产可供追偿，经集体研究予以核销' });
  });
});

describe('ratings the office reads (好差评)', () => {
  it('lists the ratings of the region with names masked and the distribution', async () => {
    const ratedCases: typeof cases = [];
    let rated = 0;
    for (const c of cases) {
      if ((await statusOf(c.caseId)) !== 'paid') continue;
      ratedCases.push(c);
      const person = await loginPerson(t, { ...c.worker, id: '', personKey: '' });
      const r = await post(`${CASES}/${c.caseId}/rating`, person, rated === 0 ? { score: 5, comment: '办理很快' } : { score: 2 });
      expect(r.statusCode, r.body).toBe(201);
      rated++;
    }
    expect(rated).toBe(2);
    const list = (await get('/api/v1/skill-subsidy/ratings?regionCode=220100', head)).json();
    expect(list).toMatchObject({ total: 2, summary: { count: 2, average: 3.5, byScore: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 1 } } });
    // Names masked: each rated worker appears, but never under the full name.
    const names = list.items.map((i: { applicantName: string }) => i.applicantName) as string[];
    for (const c of ratedCases) {
      expect(names).not.toContain(c.worker.name);
      expect(names).toContain(maskName(c.worker.name));
    }
    expect((await get('/api/v1/skill-subsidy/ratings?score=5', head)).json()).toMatchObject({ total: 1, items: [{ score: 5, comment: '办理很快', occupation: '电工' }], summary: { count: 2 } });
    expect((await get('/api/v1/skill-subsidy/ratings?score=6', head)).statusCode).toBe(400);
    expect((await get('/api/v1/skill-subsidy/ratings', finance)).statusCode).toBe(403);
    expect((await get('/api/v1/skill-subsidy/ratings', await t.login('hlj-handler'))).json()).toMatchObject({ total: 0, summary: { count: 0, average: null } });
  });
});

describe('monthly statistics filed by the scheduled job (A18)', () => {
  it('files each reporting region’s table once, equal to the live table, with progress on the job list', async () => {
    const month = todayInShanghai().slice(0, 7);
    const live = (await get(`/api/v1/skill-subsidy/statistics/monthly?regionCode=220100&month=${month}`, finance)).json();
    expect(live.rows[2].total.persons).toBe(2);
    expect((await get(`/api/v1/skill-subsidy/statistics/monthly/filed?regionCode=220100&month=${month}`, finance)).statusCode).toBe(404);

    const jobs = t.app.get(StatisticsJobs);
    const first = await jobs.fileMonthly(month);
    expect(first.regions).toBeGreaterThanOrEqual(2);
    expect(first.filed).toBe(first.regions);
    const filed = await get(`/api/v1/skill-subsidy/statistics/monthly/filed?regionCode=220100&month=${month}`, finance);
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ regionCode: '220100', month, filedBy: 'job:statistics-monthly', table: live });
    // The province's table sums its cities.
    await insertStaff(t, 'office-province', ['province_admin'], '220000');
    const province = await get(`/api/v1/skill-subsidy/statistics/monthly/filed?regionCode=220000&month=${month}`, await t.login('office-province'));
    expect(province.statusCode, province.body).toBe(200);
    expect(province.json().table.rows[2].total).toEqual(live.rows[2].total);
    // A rerun files nothing new: what was reported stays as reported.
    expect((await jobs.fileMonthly(month)).filed).toBe(0);

    // Through the scheduler: next month's run files this month, once across instances, and shows its progress.
    const nextMonthDay = `${month === `${month.slice(0, 4)}-12` ? Number(month.slice(0, 4)) + 1 : month.slice(0, 4)}-${month.endsWith('-12') ? '01' : String(Number(month.slice(5, 7)) + 1).padStart(2, '0')}-02`;
    const outcomes = await t.app.get(JobScheduler).runDue(nextMonthDay);
    expect(outcomes['skill-subsidy.statistics.monthly']).toMatchObject({ ran: true, result: { month, filed: 0 } });
    expect((await t.app.get(JobScheduler).runDue(nextMonthDay))['skill-subsidy.statistics.monthly']).toMatchObject({ ran: false, reason: 'claimed-elsewhere' });
    const runs = await get('/api/v1/jobs?job=skill-subsidy.statistics.monthly', await t.login('sys-admin'));
    expect(runs.statusCode, runs.body).toBe(200);
    expect(runs.json().jobs).toEqual(expect.arrayContaining([{ name: 'skill-subsidy.statistics.monthly', cadence: 'monthly' }, { name: 'notices.close-ended', cadence: 'daily' }]));
    expect(runs.json().runs).toEqual([
      expect.objectContaining({ job: 'skill-subsidy.statistics.monthly', period: nextMonthDay.slice(0, 7), outcome: 'done', progress: { done: first.regions, total: first.regions, unit: '地区' } }),
    ]);
    expect((await get('/api/v1/jobs', handler)).statusCode).toBe(403);

    const verify = await get('/api/v1/audit/verify', await t.login('auditor'));
    expect(verify.json()).toMatchObject({ valid: true });
  });
});

describe('the counter preview and the audited payee reveal (issue 6, A12, D2)', () => {
  it('shows a walk-in applicant’s certificates with the evaluation and the case already open for each', async () => {
    const worker = cases[3]!.worker;
    const bad = await post('/api/v1/skill-subsidy/counter-preview', handler, { idNumber: '220102198808140041' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('idNumber');
    const res = await post('/api/v1/skill-subsidy/counter-preview', handler, { idNumber: worker.idNumber });
    expect(res.statusCode, res.body).toBe(201);
    const preview = res.json();
    expect(preview.person).toMatchObject({ name: worker.name, regionCode: '220100' });
    expect(preview.person.idNumberMasked).not.toBe(worker.idNumber);
    expect(res.body).not.toContain(worker.idNumber);
    expect(preview.contributions).toMatchObject({ paidMonths: 40, inArrears: false });
    expect(preview.employer).toMatchObject({ creditCode: expect.any(String), name: expect.any(String) });
    expect(preview.certificates).toEqual([
      expect.objectContaining({
        certificateNo: worker.certificateNo,
        occupation: '电工',
        level: 3,
        evaluation: expect.objectContaining({ eligible: expect.any(Boolean), checks: expect.any(Array) }),
        existingCase: expect.objectContaining({ id: cases[3]!.caseId }),
      }),
    ]);
    expect(preview.cases.map((c: { id: string }) => c.id)).toEqual([cases[3]!.caseId]);
    expect((await post('/api/v1/skill-subsidy/counter-preview', await t.login('hlj-handler'), { idNumber: worker.idNumber })).statusCode).toBe(404);
    expect((await post('/api/v1/skill-subsidy/counter-preview', reviewer, { idNumber: worker.idNumber })).statusCode).toBe(403);
    expect(await queryRows(t.db.db, sql`select actor from audit_entries where action = 'person.lookup' and after->>'purpose' = 'counter-preview'`)).toEqual([{ actor: 'jl-handler' }]);
  });

  it('reveals the payee account only with a reason, to permitted staff of the region, and records each reveal', async () => {
    const url = `${CASES}/${cases[0]!.caseId}/payee-reveal`;
    expect((await post(url, handler, {})).statusCode).toBe(400);
    expect((await post(url, reviewer, { reason: '核对' })).statusCode).toBe(403);
    expect((await post(url, await t.login('hlj-handler'), { reason: '核对' })).statusCode).toBe(404);
    const shown = await post(url, finance, { reason: '申请人来电核对收款账户' });
    expect(shown.statusCode, shown.body).toBe(201);
    expect(shown.json()).toEqual({ caseId: cases[0]!.caseId, payee: { kind: 'bank_account', accountNo: '6222020200112233445', bankName: '吉林银行' } });
    const audit = await queryRows<{ actor: string; reason: string }>(t.db.db, sql`select actor, after->>'reason' as reason from audit_entries where action = 'case.reveal_payee'`);
    expect(audit).toEqual([{ actor: 'jl-finance', reason: '申请人来电核对收款账户' }]);
    // The case page itself keeps the account masked.
    expect((await get(`${CASES}/${cases[0]!.caseId}`, finance)).body).not.toContain('6222020200112233445');
  });
});

describe('an employer’s sheet filed at the counter (issue 6, A11)', () => {
  it('previews row errors, then creates the good rows as the employer’s collective applications taken by the handler', async () => {
    const worker = await registerEligibleWorker(t.app, data, creditCode, 5, '198808');
    const csv = `\uFEFFidNumber,certificateNo,payeeKind,accountNo,bankName,phone\r\n${worker.idNumber},${worker.certificateNo},银行卡,6222020200112233445,吉林银行,\r\n220102198802100000,X1,银行卡,6222020200112233445,吉林银行,\r\n`;
    const upload = (headers: Headers, dryRun: boolean, code = creditCode) =>
      t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/counter-batches?creditCode=${code}${dryRun ? '&dryRun=1' : ''}`, headers: { ...headers, 'content-type': 'text/csv', 'idempotency-key': 'counter-sheet-1' }, payload: csv });
    const count = async () => Number((await queryRows<{ n: number }>(t.db.db, sql`select count(*)::int as n from cases`))[0]!.n);
    const before = await count();
    const preview = await upload(handler, true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, total: 2, created: [], accepted: [{ index: 0, applicantName: worker.name }] });
    expect(preview.json().errors.map((e: { index: number; path: string }) => [e.index, e.path])).toEqual([[1, 'idNumber']]);
    expect(await count()).toBe(before);

    expect((await upload(await t.login('hlj-handler'), true)).statusCode).toBe(404);
    expect((await upload(reviewer, true)).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/counter-batches?creditCode=123', headers: { ...handler, 'content-type': 'text/csv' }, payload: csv });
    expect(bad.statusCode).toBe(400);

    const res = await upload(handler, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toHaveLength(1);
    expect((await upload(handler, false)).headers['idempotent-replayed']).toBe('true');
    expect(await count()).toBe(before + 1);
    const created = await get(`${CASES}/${res.json().created[0].caseId}`, handler);
    expect(created.json()).toMatchObject({ channel: 'employer_batch', status: 'submitted' });
    expect(await queryRows(t.db.db, sql`select created_by from cases where id = ${res.json().created[0].caseId}`)).toEqual([{ created_by: `staff:${await userId(t, 'jl-handler')}` }]);
  });
});
