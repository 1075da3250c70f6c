import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, queryRows, type DbHandle } from '@huimin/db';
import { describeDatabase } from '@huimin/db/testing';
import { addDays, todayInShanghai } from '@huimin/domain';
import { JobScheduler } from '../../src/modules/jobs/job-scheduler.js';
import { startInstance, startTestApp, type AppInstance, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff, loginPerson } from '../support/fixtures.js';
import { bankResultCsv, BATCHES, CASES, decide, registerEligibleWorker, submitAtCounter } from '../support/skill-subsidy.js';

/*
 * Issue 5's acceptance, through HTTP on whichever database the run uses:
 * - every path of a skills-subsidy case — approve, refuse, appeal, objection upheld, objection dismissed, paid,
 *   payment failed and re-issued, clawed back — over three cases (one case cannot be both cancelled and paid),
 *   and the audit chain verifies afterwards;
 * - an API instance dying in the middle of building a payment batch, another started on the same database
 *   building again with the same Idempotency-Key: the batch exists exactly once, and no item is paid twice.
 *
 * The only steps not taken through a route are the end of the public notice, which is a scheduled job: the
 * notice is moved into the past with SQL (it ran its days) and the due jobs are run as the scheduler would.
 */
type Headers = Record<string, string>;
const ACCOUNT = '62220202009988776';

/** Publishes the region's approved cases, answers the notice and its public items by certificate number. */
async function publishNotice(app: AppInstance['app'], handler: Headers) {
  const published = await app.inject({ method: 'POST', url: '/api/v1/skill-subsidy/notices', headers: handler, payload: { regionCode: '220100' } });
  expect(published.statusCode, published.body).toBe(201);
  const pub = await app.inject({ method: 'GET', url: '/api/v1/public/skill-subsidy/notices?regionCode=220100' });
  expect(pub.statusCode).toBe(200);
  const items = pub.json()[0].items as { itemId: string; certificateNo: string }[];
  return { id: published.json().id as string, itemOf: (certificateNo: string) => items.find((i) => i.certificateNo === certificateNo)!.itemId };
}

/** The notice ran its days: moved to end yesterday with SQL, then the scheduled jobs due today run (they close it). */
async function endNotice(t: TestApp, noticeId: string) {
  const yesterday = addDays(todayInShanghai(), -1);
  await t.db.db.execute(sql`update notice_batches set starts_on = ${yesterday}, ends_on = ${yesterday} where id = ${noticeId}`);
  const outcomes = await t.app.get(JobScheduler).runDue(todayInShanghai());
  return outcomes['notices.close-ended'];
}

describe('one case through every path (issue 5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    console.info(`skill-subsidy lifecycle on ${describeDatabase()}`);
    t = await startTestApp();
  }, 120_000);
  afterAll(async () => t?.close());

  it('approves, refuses, takes an appeal, upholds and dismisses objections, pays, fails and re-issues, claws back; the audit chain verifies', async () => {
    const { app } = t;
    const data = await t.login('jl-data');
    const creditCode = (await employersOf(t, '220100', 1))[0]!.creditCode;
    const handler = await t.login('jl-handler');
    const reviewer = await t.login('jl-reviewer');
    const head = await t.login('jl-head');
    await insertStaff(t, 'jl-handler-2', ['handler'], '220100');
    await insertStaff(t, 'jl-head-2', ['head'], '220100');
    await insertStaff(t, 'jl-finance-2', ['finance'], '220100');
    const handler2 = await t.login('jl-handler-2');
    const head2 = await t.login('jl-head-2');
    const finance = await t.login('jl-finance');
    const finance2 = await t.login('jl-finance-2');
    const caseOf = async (id: string) => (await app.inject({ method: 'GET', url: `${CASES}/${id}`, headers: handler })).json();

    // A: approved → objection dismissed → paid → clawed back. B: refused → appeal → approved → objection upheld.
    // C: approved → payment failed → payee corrected → re-issued → paid.
    const [wA, wB, wC] = [await registerEligibleWorker(app, data, creditCode, 1), await registerEligibleWorker(app, data, creditCode, 2), await registerEligibleWorker(app, data, creditCode, 3)];
    const a = await submitAtCounter(app, handler, wA, ACCOUNT);
    const b = await submitAtCounter(app, handler, wB, ACCOUNT);
    const c = await submitAtCounter(app, handler, wC, ACCOUNT);

    // Approve: handler → reviewer (Jilin's two steps).
    expect((await decide(app, handler, a.caseId, { decision: 'approve' })).status).toBe('reviewing');
    expect((await decide(app, reviewer, a.caseId, { decision: 'approve' })).status).toBe('approved');
    await decide(app, handler, c.caseId, { decision: 'approve' });
    expect((await decide(app, reviewer, c.caseId, { decision: 'approve' })).status).toBe('approved');

    // Refuse with a reason; the applicant appeals once; other staff review again (D1) and approve.
    expect((await decide(app, handler, b.caseId, { decision: 'reject', reason: '证书信息与证书库不符' })).status).toBe('rejected');
    const applicantB = await loginPerson(t, { ...wB, id: '', personKey: '' });
    const appeal = await app.inject({ method: 'POST', url: `${CASES}/${b.caseId}/appeal`, headers: applicantB, payload: { reason: '证书真实有效，请复核' } });
    expect(appeal.statusCode, appeal.body).toBe(201);
    expect(appeal.json().status).toBe('appealed');
    expect((await app.inject({ method: 'POST', url: `${CASES}/${b.caseId}/appeal`, headers: applicantB, payload: { reason: '再次复核' } })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: `${CASES}/${b.caseId}/decisions`, headers: handler, payload: { decision: 'approve' } })).statusCode).toBe(403);
    await decide(app, handler2, b.caseId, { decision: 'approve' });
    expect((await decide(app, reviewer, b.caseId, { decision: 'approve' })).status).toBe('approved');

    // Public notice; objections from the public on A and B.
    const notice = await publishNotice(app, handler);
    for (const x of [a, b, c]) expect((await caseOf(x.caseId)).status).toBe('in_notice');
    const object = (certificateNo: string) =>
      app.inject({ method: 'POST', url: `/api/v1/public/skill-subsidy/notices/items/${notice.itemOf(certificateNo)}/objections`, payload: { contactName: '群众乙', contactPhone: '13912340000', content: '该人员证书系他人代考取得' } });
    const objectionA = await object(wA.certificateNo);
    const objectionB = await object(wB.certificateNo);
    expect(objectionA.statusCode, objectionA.body).toBe(201);
    expect(objectionB.statusCode, objectionB.body).toBe(201);
    const decideObjection = (headers: Headers, id: string, decision: 'uphold' | 'dismiss', reason: string) =>
      app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/objections/${id}/decisions`, headers, payload: { decision, reason } });
    const upheld = await decideObjection(head, objectionB.json().id, 'uphold', '经发证机构核查，证书系代考取得');
    expect(upheld.statusCode, upheld.body).toBe(201);
    expect((await caseOf(b.caseId)).status).toBe('cancelled');
    const dismissed = await decideObjection(head2, objectionA.json().id, 'dismiss', '经核查证书真实有效');
    expect(dismissed.statusCode, dismissed.body).toBe(201);

    // The end of the notice passes A and C (no upheld objection).
    expect(await endNotice(t, notice.id)).toMatchObject({ ran: true, result: { passed: 2 } });
    expect((await caseOf(a.caseId)).status).toBe('notice_passed');
    expect((await caseOf(c.caseId)).status).toBe('notice_passed');

    // Payment: built by one finance user, approved by another, the bank pays A and refuses C.
    const built = await app.inject({ method: 'POST', url: BATCHES, headers: { ...finance, 'idempotency-key': 'lifecycle-1' }, payload: { regionCode: '220100' } });
    expect(built.statusCode, built.body).toBe(201);
    const batch = built.json();
    expect(batch.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([a.caseId, c.caseId].sort());
    const refOf = (items: { caseId: string; reference: string }[], caseId: string) => items.find((i) => i.caseId === caseId)!.reference;
    expect((await app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/approve`, headers: finance2, payload: {} })).statusCode).toBe(201);
    expect((await app.inject({ method: 'GET', url: `${BATCHES}/${batch.id}/bank-file`, headers: finance })).statusCode).toBe(200);
    const upload = (id: string, body: string) => app.inject({ method: 'POST', url: `${BATCHES}/${id}/bank-result`, headers: { ...finance, 'content-type': 'text/csv' }, payload: body });
    const settled = await upload(batch.id, bankResultCsv([[refOf(batch.items, a.caseId), '成功', ''], [refOf(batch.items, c.caseId), '失败', '账户已冻结']]));
    expect(settled.statusCode, settled.body).toBe(201);
    expect(settled.json()).toMatchObject({ status: 'closed', problems: [], errors: [] });
    expect((await caseOf(a.caseId)).status).toBe('paid');
    expect((await caseOf(c.caseId)).status).toBe('payment_failed');

    // Re-issue: the payee corrected by a handler, a new batch with C alone, paid.
    const corrected = await app.inject({
      method: 'POST',
      url: `${CASES}/${c.caseId}/payee`,
      headers: handler,
      payload: { payee: { kind: 'social_security_card', accountNo: '6217000099998888777', bankName: '吉林银行' }, reason: '原账户已冻结，改为社会保障卡' },
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const rebuilt = await app.inject({ method: 'POST', url: BATCHES, headers: finance, payload: { regionCode: '220100' } });
    expect(rebuilt.statusCode, rebuilt.body).toBe(201);
    const batch2 = rebuilt.json();
    expect(batch2.items).toEqual([expect.objectContaining({ caseId: c.caseId, reissueOf: batch.items.find((i: { caseId: string }) => i.caseId === c.caseId).id })]);
    expect((await app.inject({ method: 'POST', url: `${BATCHES}/${batch2.id}/approve`, headers: finance2, payload: {} })).statusCode).toBe(201);
    expect((await app.inject({ method: 'GET', url: `${BATCHES}/${batch2.id}/bank-file`, headers: finance2 })).statusCode).toBe(200);
    expect((await upload(batch2.id, bankResultCsv([[batch2.items[0].reference, '成功', '']]))).json()).toMatchObject({ status: 'closed', paid: [batch2.items[0].reference] });
    expect((await caseOf(c.caseId)).status).toBe('paid');

    // Clawback of A: an order opened by the head (not the handler who approved it, D1), repaid in full by finance.
    const order = await app.inject({ method: 'POST', url: `${CASES}/${a.caseId}/recovery-orders`, headers: head, payload: { reason: '经核查，申领时未在参保单位就业', dueOn: '2099-12-31' } });
    expect(order.statusCode, order.body).toBe(201);
    expect((await caseOf(a.caseId)).status).toBe('clawback_pending');
    const repaid = await app.inject({
      method: 'POST',
      url: `/api/v1/skill-subsidy/recovery-orders/${order.json().id}/repayments`,
      headers: finance,
      payload: { amountFen: a.amountFen, paidOn: todayInShanghai(), reference: 'ZH-1' },
    });
    expect(repaid.statusCode, repaid.body).toBe(201);
    expect(repaid.json()).toMatchObject({ status: 'recovered', outstandingFen: 0 });

    // Where each case ended, by which steps.
    const events = async (id: string) => ((await caseOf(id)).steps as { event: string }[]).map((s) => s.event);
    expect((await caseOf(a.caseId)).status).toBe('recovered');
    expect(await events(a.caseId)).toEqual(['submit', 'approve', 'approve', 'publish_notice', 'dismiss_objection', 'pass_notice', 'start_payment', 'confirm_paid', 'open_clawback', 'confirm_recovered']);
    expect((await caseOf(b.caseId)).status).toBe('cancelled');
    expect(await events(b.caseId)).toEqual(['submit', 'reject', 'appeal', 'approve', 'approve', 'publish_notice', 'uphold_objection']);
    expect((await caseOf(c.caseId)).status).toBe('paid');
    expect(await events(c.caseId)).toEqual(['submit', 'approve', 'approve', 'publish_notice', 'pass_notice', 'start_payment', 'fail_payment', 'start_payment', 'confirm_paid']);
    // Money moved once per paid case; A's grant is lifted by the recovery, C's stands.
    const paidItems = await queryRows<{ case_id: string; n: number }>(t.db.db, sql`select case_id, count(*)::int as n from payment_items where status = 'paid' group by case_id order by case_id`);
    expect(paidItems).toEqual([a.caseId, c.caseId].sort().map((id) => ({ case_id: id, n: 1 })));
    const grants = await queryRows<{ case_id: string; lifted: boolean }>(t.db.db, sql`select case_id, lifted_on is not null as lifted from grants`);
    expect(grants.sort((x, y) => x.case_id.localeCompare(y.case_id))).toEqual([{ case_id: a.caseId, lifted: true }, { case_id: c.caseId, lifted: false }].sort((x, y) => x.case_id.localeCompare(y.case_id)));

    const verify = await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.login('auditor') });
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ valid: true, firstBrokenAt: null });
  });
});

describe('an API instance killed while building a payment batch (issue 5)', () => {
  let t: TestApp;
  const cases: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    const data = await t.login('jl-data');
    const creditCode = (await employersOf(t, '220100', 1))[0]!.creditCode;
    const handler = await t.login('jl-handler');
    const reviewer = await t.login('jl-reviewer');
    await insertStaff(t, 'jl-finance-2', ['finance'], '220100');
    for (const seq of [11, 12, 13]) {
      const w = await registerEligibleWorker(t.app, data, creditCode, seq, '198808');
      const { caseId } = await submitAtCounter(t.app, handler, w, ACCOUNT);
      await decide(t.app, handler, caseId, { decision: 'approve' });
      await decide(t.app, reviewer, caseId, { decision: 'approve' });
      cases.push(caseId);
    }
    const notice = await publishNotice(t.app, handler);
    expect(await endNotice(t, notice.id)).toMatchObject({ ran: true, result: { passed: 3 } });
  }, 180_000);
  afterAll(async () => t?.close());

  const count = async (table: 'payment_batches' | 'payment_items') => (await queryRows<{ n: number }>(t.db.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
  const build = (app: AppInstance['app'], finance: Headers) =>
    app.inject({ method: 'POST', url: BATCHES, headers: { ...finance, 'idempotency-key': 'crash-build-1' }, payload: { regionCode: '220100' } });

  it('builds the batch exactly once after a restart, and pays no item twice', async () => {
    let victim: AppInstance;
    if (t.db.kind === 'postgres') {
      // A second API instance with its own connection pool, as a separate server process would have.
      victim = await startInstance(await createDb({ databaseUrl: t.db.url! }));
      const victimFinance = await victim.login('jl-finance');
      // Another session holds the audit table, so the build blocks on its audit entry: the last write of its
      // transaction, after the batch and its items were inserted. Then its server process is terminated.
      const holder = await createDb({ databaseUrl: t.db.url! });
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holding = holder.db.transaction(async (tx) => {
        await tx.execute(sql`lock table audit_entries in exclusive mode`);
        locked();
        await released;
      });
      try {
        await isLocked;
        const inflight = build(victim.app, victimFinance);
        let pid: number | undefined;
        for (let i = 0; i < 200 && pid === undefined; i++) {
          const rows = await queryRows<{ pid: number }>(
            holder.db,
            sql`select a.pid from pg_stat_activity a
                 where a.datname = current_database() and a.wait_event_type = 'Lock' and a.query not ilike '%lock table%'
                   and exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation where l.pid = a.pid and l.granted and c.relname = 'payment_items')`,
          );
          pid = rows[0]?.pid;
          if (pid === undefined) await new Promise((r) => setTimeout(r, 50));
        }
        expect(pid, 'the build never reached its audit entry with items written').toBeDefined();
        await holder.db.execute(sql`select pg_terminate_backend(${pid})`);
        const died = await inflight;
        expect(died.statusCode, died.body).toBeGreaterThanOrEqual(500);
      } finally {
        release();
        await holding;
        await holder.close();
      }
    } else {
      // PGlite runs inside this process on one connection: no server process to kill, and closing it would lose
      // the in-memory database. The build is made to fail at the same point instead — a trigger installed here
      // (not in the schema) raises on the build's audit entry, after the batch and items were inserted — on an
      // instance sharing the connection, which is then closed.
      console.info('skill-subsidy lifecycle: PGlite has no server process to kill; the build fails mid-transaction by a test trigger instead');
      const shared: DbHandle = { ...t.db, close: async () => {} };
      victim = await startInstance(shared);
      await t.db.db.execute(
        sql.raw(`create function test_crash_in_build() returns trigger language plpgsql as $$
          begin
            if new.action = 'payment_batch.build' and exists (select 1 from payment_items i where i.batch_id::text = new.entity_id) then
              raise exception 'simulated crash: batch and items written, transaction not committed';
            end if;
            return new;
          end $$`),
      );
      await t.db.db.execute(sql.raw('create trigger test_crash_in_build before insert on audit_entries for each row execute function test_crash_in_build()'));
      try {
        const died = await build(victim.app, await victim.login('jl-finance'));
        expect(died.statusCode, died.body).toBeGreaterThanOrEqual(500);
      } finally {
        await t.db.db.execute(sql.raw('drop trigger test_crash_in_build on audit_entries'));
        await t.db.db.execute(sql.raw('drop function test_crash_in_build()'));
      }
    }
    await victim.close();

    // Nothing of the half-built batch survived; the cases wait to be paid.
    expect(await count('payment_batches')).toBe(0);
    expect(await count('payment_items')).toBe(0);
    const statuses = await queryRows<{ status: string }>(t.db.db, sql`select status from cases`);
    expect(statuses.map((s) => s.status)).toEqual(['notice_passed', 'notice_passed', 'notice_passed']);

    // The API started again (a new instance, its own connection on PostgreSQL); the client retries with its key.
    const restarted = await startInstance(t.db.kind === 'postgres' ? await createDb({ databaseUrl: t.db.url! }) : { ...t.db, close: async () => {} });
    try {
      const { app } = restarted;
      const finance = await restarted.login('jl-finance');
      const finance2 = await restarted.login('jl-finance-2');
      const built = await build(app, finance);
      expect(built.statusCode, built.body).toBe(201);
      expect(built.headers['idempotent-replayed']).toBeUndefined();
      const batch = built.json();
      expect(batch.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([...cases].sort());
      const replay = await build(app, finance);
      expect(replay.statusCode).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.json().id).toBe(batch.id);
      expect(await count('payment_batches')).toBe(1);
      const perCase = await queryRows<{ n: number }>(t.db.db, sql`select count(*)::int as n from payment_items group by case_id`);
      expect(perCase.map((r) => r.n)).toEqual([1, 1, 1]);

      // Paid once: the bank's result imported twice (the second a replay), then another file for the closed batch.
      expect((await app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/approve`, headers: finance2, payload: {} })).statusCode).toBe(201);
      expect((await app.inject({ method: 'GET', url: `${BATCHES}/${batch.id}/bank-file`, headers: finance })).statusCode).toBe(200);
      const refs = (batch.items as { reference: string }[]).map((i) => i.reference);
      const result = bankResultCsv(refs.map((r) => [r, '成功', '']));
      const upload = (body: string) => app.inject({ method: 'POST', url: `${BATCHES}/${batch.id}/bank-result`, headers: { ...finance, 'content-type': 'text/csv' }, payload: body });
      const first = await upload(result);
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({ status: 'closed', replayed: false });
      expect(first.json().paid.sort()).toEqual([...refs].sort());
      const second = await upload(result);
      expect(second.statusCode).toBe(201);
      expect(second.json()).toMatchObject({ replayed: true });
      const other = await upload(bankResultCsv([...refs].reverse().map((r) => [r, '成功', ''])));
      expect(other.statusCode, other.body).toBe(409);

      const paid = await queryRows<{ case_id: string; n: number }>(t.db.db, sql`select case_id, count(*)::int as n from payment_items where status = 'paid' group by case_id`);
      expect(paid.map((r) => r.case_id).sort()).toEqual([...cases].sort());
      expect(paid.every((r) => r.n === 1)).toBe(true);
      const grants = await queryRows<{ n: number }>(t.db.db, sql`select count(*)::int as n from grants group by case_id`);
      expect(grants.map((r) => r.n)).toEqual([1, 1, 1]);
      const builds = await queryRows(t.db.db, sql`select id from audit_entries where action = 'payment_batch.build'`);
      expect(builds).toHaveLength(1);

      const verify = await app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: await restarted.login('auditor') });
      expect(verify.json()).toMatchObject({ valid: true });
    } finally {
      await restarted.close();
    }
  });
});
