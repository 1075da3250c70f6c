import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '@huimin/db/testing';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf } from '../support/fixtures.js';
import { CASES, decide, jilinIdNumber, submitAtCounter } from '../support/skill-subsidy.js';

/*
 * Issue 6: the work list sorts on the server (`sort`), from a whitelist, with the case id as the tiebreak so that
 * pages never overlap; without `sort` the order is the one before (newest submission first).
 */

let t: TestApp;
let handler: { authorization: string };
const OCCUPATION = '排序测试工';

interface Made {
  id: string;
  amountFen: number;
  dueOn: string | null;
  status: string;
}
const made: Made[] = [];

/** A Changchun worker with 40 paid months and a certificate of the level given, registered through the imports. */
async function worker(dataAdmin: { authorization: string }, creditCode: string, seq: number, level: number) {
  const idNumber = jilinIdNumber(seq, '197903');
  const post = async (kind: string, rows: unknown[]) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/registry/${kind}`, headers: dataAdmin, payload: rows as object[] });
    expect(res.json().errors, res.body).toEqual([]);
  };
  const sex = Number(idNumber[16]) % 2 ? 'male' : 'female';
  await post('persons', [{ idNumber, name: `排序${seq}号`, sex, birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, regionCode: '220100' }]);
  await post(
    'contributions',
    Array.from({ length: 40 }, (_, i) => ({ idNumber, creditCode, regionCode: '220100', month: new Date(Date.UTC(2023, 6 + i, 1)).toISOString().slice(0, 7), status: 'paid' })),
  );
  const certificateNo = `PX197903${String(seq).padStart(3, '0')}`;
  await post('certificates', [{ certificateNo, idNumber, kind: 'skill_level', level, occupation: OCCUPATION, issueDate: '2026-03-01', issuer: '吉林省职业技能鉴定中心' }]);
  return { idNumber, certificateNo };
}

async function list(query: string) {
  const res = await t.app.inject({ method: 'GET', url: `${CASES}?occupation=${encodeURIComponent(OCCUPATION)}&pageSize=100&${query}`, headers: handler });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string }[] }>().items.map((i) => i.id);
}

/**
 * The ids ordered by a key, ties by id in the same direction (what the API promises: one index then serves both
 * directions), nulls last.
 */
function expected(key: (m: Made) => number | string | null, direction: 1 | -1): string[] {
  return [...made]
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const byId = (a.id < b.id ? -1 : 1) * direction;
      if (x === null || y === null) return x === y ? byId : x === null ? 1 : -1;
      if (x !== y) return (x < y ? -1 : 1) * direction;
      return byId;
    })
    .map((m) => m.id);
}

const STATUS_ORDER = ['submitted', 'reviewing', 'approved', 'rejected'];

beforeAll(async () => {
  console.info(`case list sorting on ${describeDatabase()}`);
  t = await startTestApp();
  handler = await t.login('jl-handler');
  const dataAdmin = await t.login('jl-data');
  const creditCode = (await employersOf(t, '220100', 1))[0]!.creditCode;
  // Levels 5, 4, 3 give three amounts; two level-4 cases tie on the amount.
  for (const [seq, level] of [
    [1, 5],
    [2, 4],
    [3, 3],
    [4, 4],
    [5, 5],
  ] as const) {
    const w = await worker(dataAdmin, creditCode, seq, level);
    const { caseId, amountFen } = await submitAtCounter(t.app, handler, w, `62220202001122${String(seq).padStart(5, '0')}`);
    made.push({ id: caseId, amountFen, dueOn: null, status: 'submitted' });
  }
  // Statuses: the handler's sign-off sends one to the reviewer, a refusal another.
  made[1]!.status = (await decide(t.app, handler, made[1]!.id, { decision: 'approve' })).status;
  made[2]!.status = (await decide(t.app, handler, made[2]!.id, { decision: 'reject', reason: '材料不全' })).status;
  // Due dates, set directly: cases opened on one day share one; one without a running deadline, two that tie.
  const dues = ['2026-12-01', '2026-11-20', null, '2026-11-20', '2026-12-15'];
  for (const [i, m] of made.entries()) {
    m.dueOn = dues[i]!;
    await t.db.db.execute(sql`update cases set due_on = ${m.dueOn} where id = ${m.id}`);
  }
}, 180_000);

afterAll(async () => t?.close());

describe('GET /api/v1/skill-subsidy/applications?sort=', () => {
  it('keeps the newest submission first without a sort, and with -submittedAt', async () => {
    const newestFirst = [...made].reverse().map((m) => m.id);
    expect(await list('')).toEqual(newestFirst);
    expect(await list('sort=-submittedAt')).toEqual(newestFirst);
    expect(await list('sort=submittedAt')).toEqual(made.map((m) => m.id));
  });

  it('sorts by amount either way, ties by case id in the same direction', async () => {
    expect(new Set(made.map((m) => m.amountFen)).size).toBe(3);
    expect(await list('sort=amountFen')).toEqual(expected((m) => m.amountFen, 1));
    expect(await list('sort=-amountFen')).toEqual(expected((m) => m.amountFen, -1));
  });

  it('sorts by due date either way, cases with nothing due last', async () => {
    const ascending = await list('sort=dueOn');
    expect(ascending).toEqual(expected((m) => m.dueOn, 1));
    expect(ascending.at(-1)).toBe(made[2]!.id);
    const descending = await list('sort=-dueOn');
    expect(descending).toEqual(expected((m) => m.dueOn, -1));
    expect(descending.at(-1)).toBe(made[2]!.id);
  });

  it('sorts by status in the order of the workflow, not the alphabet', async () => {
    expect(made.map((m) => m.status).sort()).toEqual(['rejected', 'reviewing', 'submitted', 'submitted', 'submitted']);
    expect(await list('sort=status')).toEqual(expected((m) => STATUS_ORDER.indexOf(m.status), 1));
    expect(await list('sort=-status')).toEqual(expected((m) => STATUS_ORDER.indexOf(m.status), -1));
  });

  it('pages a sorted list without overlap or gap', async () => {
    const all = await list('sort=amountFen');
    const pages: string[] = [];
    for (const page of [1, 2, 3]) {
      const res = await t.app.inject({ method: 'GET', url: `${CASES}?occupation=${encodeURIComponent(OCCUPATION)}&sort=amountFen&pageSize=2&page=${page}`, headers: handler });
      pages.push(...res.json<{ items: { id: string }[] }>().items.map((i) => i.id));
    }
    expect(pages).toEqual(all);
  });

  it('refuses any other order with a 400 naming the choices', async () => {
    for (const sort of ['createdAt', 'amountFen;drop table cases', '+amountFen', 'AMOUNTFEN']) {
      const res = await t.app.inject({ method: 'GET', url: `${CASES}?sort=${encodeURIComponent(sort)}`, headers: handler });
      expect(res.statusCode, sort).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'sort', message: expect.stringContaining('排序方式无效') }]);
      expect(res.json().errors[0].message).toContain('-amountFen');
    }
  });
});
