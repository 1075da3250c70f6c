import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeDatabase } from '@huimin/db/testing';
import { creditCodeCheckChar, idNumberCheckDigit, todayInShanghai } from '@huimin/domain';
import { NoticesService } from '../../src/modules/notices/notices.service.js';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff } from '../support/fixtures.js';

/*
 * The dashboard's trend figures (D5, A18) through HTTP, against cases made here in two Jilin cities over three
 * months of 2026. The API's clock is moved month by month (only `Date`), so each case is submitted, decided,
 * published and paid on its own day by the real routes, and the figures are checked case by case:
 *
 *   长春 220100  A submitted and approved 03-10, noticed 04-01, paid 04-14;  B submitted and refused 04-14
 *   吉林 220200  C submitted 03-10 and left waiting (review due 03-17: overdue from March on)
 *               D submitted and approved 05-12
 */
const TREND = '/api/v1/skill-subsidy/statistics/trend';
const CASES = '/api/v1/skill-subsidy/applications';

let t: TestApp;
let data: Record<string, string>;
const employerOf: Record<string, string> = {};

/** A moment of a Shanghai working day at 10:00. */
const at = (day: string) => new Date(`${day}T02:00:00.000Z`);

function idNumber(area: string, seq: number): string {
  const first17 = `${area}19870403${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}

const post = (kind: string, rows: unknown[]) => t.app.inject({ method: 'POST', url: `/api/v1/registry/${kind}`, headers: data, payload: rows });

/** A worker of `regionCode` with 40 paid months before 2026 and a level-4 certificate issued in January 2026. */
async function worker(regionCode: string, seq: number) {
  const id = idNumber(regionCode === '220100' ? '220102' : '220202', seq);
  const person = await post('persons', [{ idNumber: id, name: `统计${seq}号`, sex: Number(id[16]) % 2 ? 'male' : 'female', birthDate: '1987-04-03', regionCode }]);
  expect(person.statusCode, person.body).toBe(200);
  const months = Array.from({ length: 40 }, (_, i) => ({
    idNumber: id,
    creditCode: employerOf[regionCode],
    regionCode,
    month: new Date(Date.UTC(2022, 8 + i, 1)).toISOString().slice(0, 7),
    status: 'paid',
  }));
  expect((await post('contributions', months)).json()).toMatchObject({ inserted: 40, errors: [] });
  const certificateNo = `TJ2026${regionCode.slice(2, 4)}${String(seq).padStart(4, '0')}`;
  const cert = await post('certificates', [{ certificateNo, idNumber: id, kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-01-15', issuer: '吉林省职业技能鉴定中心' }]);
  expect(cert.json()).toMatchObject({ inserted: 1, errors: [] });
  return { idNumber: id, certificateNo };
}

async function submit(handler: Record<string, string>, w: { idNumber: string; certificateNo: string }) {
  const res = await t.app.inject({
    method: 'POST',
    url: CASES,
    headers: handler,
    payload: { idNumber: w.idNumber, certificateNo: w.certificateNo, channel: 'counter', payee: { kind: 'bank_account', accountNo: '6222020200112233445', bankName: '吉林银行' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; amountFen: number }>();
}

async function decide(caseId: string, headers: Record<string, string>, decision: 'approve' | 'reject', reason?: string) {
  const res = await t.app.inject({ method: 'POST', url: `${CASES}/${caseId}/decisions`, headers, payload: { decision, ...(reason ? { reason } : {}) } });
  expect(res.statusCode, res.body).toBe(201);
}

/** The staff who take the steps, logged in at the clock's current time. */
async function staff() {
  const login = (u: string) => t.login(u);
  return {
    jlHandler: await login('jl-handler'),
    jlReviewer: await login('jl-reviewer'),
    jcHandler: await login('jc-handler'),
    jcReviewer: await login('jc-reviewer'),
  };
}

/** Moves the API's clock forward to a day; sessions are dated by that clock, so everyone logs in again. */
async function dayOf(day: string) {
  vi.setSystemTime(at(day));
  expect(todayInShanghai()).toBe(day);
  return staff();
}

interface TrendRow {
  month: string;
  regionCode: string;
  submitted: number;
  approved: number;
  refused: number;
  paidCount: number;
  paidFen: number;
  overdue: number;
}

const trend = (headers: Record<string, string>, query: string) => t.app.inject({ method: 'GET', url: `${TREND}?${query}`, headers });
const cell = (rows: TrendRow[], month: string, regionCode: string) => rows.find((r) => r.month === month && r.regionCode === regionCode);
const zero = { submitted: 0, approved: 0, refused: 0, paidCount: 0, paidFen: 0, overdue: 0 };

let amountA = 0;
let caseC = '';

beforeAll(async () => {
  console.info(`skill-subsidy statistics trend on ${describeDatabase()}`);
  // Only `Date` is faked, and it keeps running from where it is set: timers and the HTTP stack run as usual. It
  // is set before the database starts and only ever moved forward, so the embedded database's own timers never
  // see time go back.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(at('2026-03-02'));
  t = await startTestApp();
  data = await t.login('jl-data');
  await insertStaff(t, 'jl-province', ['province_admin'], '220000');
  await insertStaff(t, 'jc-handler', ['handler'], '220200');
  await insertStaff(t, 'jc-reviewer', ['reviewer'], '220200');
  await insertStaff(t, 'jl-finance-2', ['finance'], '220100');
  employerOf['220100'] = (await employersOf(t, '220100', 1))[0]!.creditCode;
  // 吉林市 has no demo employer: one is registered for its workers' contributions.
  const first17 = '91220200MA0TJ0001';
  employerOf['220200'] = first17 + creditCodeCheckChar(first17);
  const employer = await post('employers', [{ creditCode: employerOf['220200'], name: '吉林市统计测试机械厂', regionCode: '220200', industry: '制造业', size: 'sme' }]);
  expect(employer.statusCode, employer.body).toBe(200);
  const workers = { a: await worker('220100', 1), b: await worker('220100', 2), c: await worker('220200', 3), d: await worker('220200', 4) };


  let s = await dayOf('2026-03-10');
  const a = await submit(s.jlHandler, workers.a);
  await decide(a.id, s.jlHandler, 'approve');
  await decide(a.id, s.jlReviewer, 'approve');
  amountA = a.amountFen;
  expect(amountA).toBeGreaterThan(0);
  caseC = (await submit(s.jcHandler, workers.c)).id;

  s = await dayOf('2026-04-01');
  const notice = await t.app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/notices', headers: s.jlHandler, payload: { regionCode: '220100' } });
  expect(notice.statusCode, notice.body).toBe(201);

  s = await dayOf('2026-04-14');
  expect(await t.app.get(NoticesService).closeEnded('2026-04-14')).toMatchObject({ passed: 1 });
  const finance = await t.login('jl-finance');
  const finance2 = await t.login('jl-finance-2');
  const built = await t.app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/payment-batches', headers: finance, payload: { regionCode: '220100' } });
  expect(built.statusCode, built.body).toBe(201);
  const batch = built.json<{ id: string; items: { reference: string }[] }>();
  expect((await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/payment-batches/${batch.id}/approve`, headers: finance2, payload: {} })).statusCode).toBe(201);
  expect((await t.app.inject({ method: 'GET', url: `/api/v1/skill-subsidy/payment-batches/${batch.id}/bank-file`, headers: finance })).statusCode).toBe(200);
  const result = `\uFEFF业务参考号,处理结果,失败原因\r\n${batch.items[0]!.reference},成功,\r\n`;
  const imported = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/payment-batches/${batch.id}/bank-result`, headers: { ...finance, 'content-type': 'text/csv' }, payload: result });
  expect(imported.statusCode, imported.body).toBe(201);
  const b = await submit(s.jlHandler, workers.b);
  await decide(b.id, s.jlHandler, 'reject', '证书与申报职业不符');

  s = await dayOf('2026-05-12');
  const d = await submit(s.jcHandler, workers.d);
  await decide(d.id, s.jcHandler, 'approve');
  await decide(d.id, s.jcReviewer, 'approve');
}, 240_000);

afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('statistics trend (D5)', () => {
  it('gives a province every city side by side, month by month, with the figures of the cases made here', async () => {
    const res = await trend(await t.login('jl-province'), 'regionCode=220000&from=2026-03&to=2026-05');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ regionName: string; asOf: string; months: string[]; regions: { code: string; name: string }[]; rows: TrendRow[] }>();
    expect(body).toMatchObject({ regionName: '吉林省', asOf: '2026-05-12', months: ['2026-03', '2026-04', '2026-05'] });
    // Every city of the province, those without a case too, so that a quiet city shows as such.
    expect(body.regions.map((r) => r.code)).toEqual(['220100', '220200', '220300', '220400', '220500', '220600', '220700', '220800', '222400']);
    expect(body.regions[1]).toEqual({ code: '220200', name: '吉林市' });
    expect(body.rows).toHaveLength(3 * 9);

    expect(cell(body.rows, '2026-03', '220100')).toMatchObject({ ...zero, submitted: 1, approved: 1 });
    expect(cell(body.rows, '2026-04', '220100')).toMatchObject({ ...zero, submitted: 1, refused: 1, paidCount: 1, paidFen: amountA });
    // B is refused and its refusal notice runs, but a refused case is not open: not counted overdue.
    expect(cell(body.rows, '2026-05', '220100')).toMatchObject(zero);
    // C waits from March: past its review deadline at the end of March, of April, and today.
    expect(cell(body.rows, '2026-03', '220200')).toMatchObject({ ...zero, submitted: 1, overdue: 1 });
    expect(cell(body.rows, '2026-04', '220200')).toMatchObject({ ...zero, overdue: 1 });
    expect(cell(body.rows, '2026-05', '220200')).toMatchObject({ ...zero, submitted: 1, approved: 1, overdue: 1 });
    expect(cell(body.rows, '2026-04', '220300')).toMatchObject(zero);
  });

  it('adds up to the quarterly figures of the same region', async () => {
    const headers = await t.login('jl-province');
    const rows = (await trend(headers, 'regionCode=220000&from=2026-03&to=2026-05')).json<{ rows: TrendRow[] }>().rows;
    const sum = (months: string[], key: keyof typeof zero) => rows.filter((r) => months.includes(r.month)).reduce((n, r) => n + r[key], 0);
    const q2 = (await t.app.inject({ method: 'GET', url: '/api/v1/skill-subsidy/statistics/quarterly?regionCode=220000&year=2026&quarter=2', headers })).json();
    expect(q2).toMatchObject({
      applicationsReceived: sum(['2026-04', '2026-05'], 'submitted'),
      approved: sum(['2026-04', '2026-05'], 'approved'),
      rejected: sum(['2026-04', '2026-05'], 'refused'),
      paidPersons: sum(['2026-04', '2026-05'], 'paidCount'),
      paidAmountFen: sum(['2026-04', '2026-05'], 'paidFen'),
    });
    expect(q2).toMatchObject({ applicationsReceived: 2, approved: 1, rejected: 1, paidPersons: 1, paidAmountFen: amountA });
  });

  it('gives a city its own figures, the nation one row per province, and nothing outside the caller’s regions', async () => {
    const handler = await t.login('jl-handler');
    const city = (await trend(handler, 'regionCode=220100&from=2026-03&to=2026-04')).json<{ regions: unknown[]; rows: TrendRow[] }>();
    expect(city.regions).toEqual([{ code: '220100', name: '长春市' }]);
    expect(city.rows).toEqual([
      { month: '2026-03', regionCode: '220100', ...zero, submitted: 1, approved: 1 },
      { month: '2026-04', regionCode: '220100', ...zero, submitted: 1, refused: 1, paidCount: 1, paidFen: amountA },
    ]);
    expect((await trend(handler, 'regionCode=220200&from=2026-03&to=2026-04')).statusCode).toBe(404);
    expect((await trend(handler, 'regionCode=220000&from=2026-03&to=2026-04')).statusCode).toBe(404);
    expect((await trend(await t.login('jl-data'), 'regionCode=220100&from=2026-03&to=2026-04')).statusCode).toBe(403);

    const nation = (await trend(await t.login('auditor'), 'regionCode=000000&from=2026-03&to=2026-03')).json<{ regions: { code: string }[]; rows: TrendRow[] }>();
    expect(nation.regions.map((r) => r.code)).toContain('370000');
    expect(cell(nation.rows, '2026-03', '220000')).toMatchObject({ ...zero, submitted: 2, approved: 1, overdue: 1 });
    expect(cell(nation.rows, '2026-03', '230000')).toMatchObject(zero);
  });

  it('keeps a past month as it was when a case moves on', async () => {
    const s = await staff();
    await decide(caseC, s.jcHandler, 'approve');
    await decide(caseC, s.jcReviewer, 'approve');
    const rows = (await trend(await t.login('jl-province'), 'regionCode=220000&from=2026-03&to=2026-05')).json<{ rows: TrendRow[] }>().rows;
    expect(cell(rows, '2026-03', '220200')?.overdue).toBe(1);
    expect(cell(rows, '2026-04', '220200')?.overdue).toBe(1);
    // Decided today: no deadline runs any more, and both approvals of the month are counted.
    expect(cell(rows, '2026-05', '220200')).toMatchObject({ ...zero, submitted: 1, approved: 2, overdue: 0 });
  });

  it('refuses a period it cannot answer, in Chinese, naming the field', async () => {
    const headers = await t.login('jl-province');
    const refused = async (query: string) => {
      const res = await trend(headers, query);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('problem+json');
      return res.json<{ errors: { path: string; message: string }[] }>().errors;
    };
    expect(await refused('regionCode=220000&from=2026-05&to=2026-03')).toEqual([{ path: 'to', message: '结束月份不能早于起始月份' }]);
    expect(await refused('regionCode=220000&from=2026-03&to=2026-06')).toEqual([{ path: 'to', message: '结束月份不能晚于本月' }]);
    expect(await refused('regionCode=220000&from=2023-01&to=2026-05')).toEqual([{ path: 'to', message: '统计区间不能超过36个月' }]);
    expect(await refused('regionCode=220000&from=2026-13&to=2026-05')).toEqual([{ path: 'from', message: '起始月份应形如 2026-11' }]);
    const missing = await refused('regionCode=220000');
    expect(missing.map((e) => e.path).sort()).toEqual(['from', 'to']);
    expect(missing.every((e) => /请填写/.test(e.message))).toBe(true);
  });
});
