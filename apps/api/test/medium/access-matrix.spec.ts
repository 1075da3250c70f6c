import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@huimin/db';
import { buildAnnex4Table } from '@huimin/domain';
import { describeDatabase } from '@huimin/db/testing';
import { ROUTE_PERMISSIONS, routeKey, type RouteRule } from '../../src/modules/access/route-permissions.js';
import { routesWithoutRule, servedRoutes, type ServedRoute } from '../../src/modules/access/routes.js';
import type { StaffRole } from '../../src/modules/auth/auth.types.js';
import { AuthService } from '../../src/modules/auth/auth.service.js';
import { startTestApp, type TestApp } from '../factories/app.js';
import { employersOf, insertStaff, loginEmployer, loginPerson, personsOf, userId } from '../support/fixtures.js';

/*
 * The route × role × region matrix of issue 4, generated from the routes the application serves: every
 * route is called by an anonymous client, one staff account per role (all in Jilin, so that Shandong is
 * "another region"), a person and an employer, against a record of the caller's own region and one of
 * another region. What each call must answer follows from the route's rule in ROUTE_PERMISSIONS alone:
 * 401 without login, 403 for a role the rule does not name, 404 for another region's record (never 403),
 * and for everything allowed an answer that is none of those. A route without a rule, or a parameterised
 * route without a probe here, fails this file.
 */

type Side = 'own' | 'other';
type Kind = 'anonymous' | 'staff' | 'person' | 'employer';

interface Caller {
  name: string;
  kind: Kind;
  roles: StaffRole[];
  regionCode: string;
  headers: Record<string, string>;
  /** A new session of the same caller, for the calls that end one (logout). */
  fresh: () => Promise<Record<string, string>>;
}

interface Probe {
  url: string;
  payload?: unknown;
}

let t: TestApp;
let routes: ServedRoute[];
const callers: Caller[] = [];
const probes: Record<string, (side: Side) => Probe> = {};

beforeAll(async () => {
  console.info(`route matrix tests on ${describeDatabase()}`);
  t = await startTestApp();
  routes = servedRoutes(t.app);

  const [jlPerson, jlOther] = await personsOf(t, '220100', 2);
  const [sdPerson] = await personsOf(t, '371500', 1);
  const [jlEmployer, jlEmployer2] = await employersOf(t, '220100', 2);
  const [sdEmployer] = await employersOf(t, '371500', 1);
  if (!jlPerson || !jlOther || !sdPerson || !jlEmployer || !jlEmployer2 || !sdEmployer) throw new Error('demo data missing');
  expect(jlPerson.certificateNos.length).toBeGreaterThan(0);
  expect(jlOther.certificateNos.length).toBeGreaterThan(0);

  await insertStaff(t, 'jl-province', ['province_admin'], '220000');
  const staff: [string, StaffRole[], string][] = [
    ['jl-handler', ['handler'], '220100'],
    ['jl-reviewer', ['reviewer'], '220100'],
    ['jl-head', ['head'], '220100'],
    ['jl-finance', ['finance'], '220100'],
    ['jl-data', ['data_admin'], '220000'],
    ['jl-province', ['province_admin'], '220000'],
    ['auditor', ['auditor'], '000000'],
    ['sys-admin', ['system_admin'], '000000'],
  ];
  callers.push({ name: 'anonymous', kind: 'anonymous', roles: [], regionCode: '', headers: {}, fresh: async () => ({}) });
  for (const [username, roles, regionCode] of staff) {
    callers.push({ name: username, kind: 'staff', roles, regionCode, headers: await t.login(username), fresh: () => t.login(username) });
  }
  const jlData = await t.login('jl-data');
  const auth = t.app.get(AuthService);
  const applicantSession = async (headers: Record<string, string>) => {
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    const accountId = (await auth.authenticateApplicant(headers['authorization']!.slice('Bearer '.length)))!.accountId;
    expect(me.statusCode).toBe(200);
    return async () => ({ authorization: `Bearer ${(await auth.createApplicantSession(accountId)).accessToken}` });
  };
  const personHeaders = await loginPerson(t, jlPerson);
  callers.push({ name: 'person', kind: 'person', roles: [], regionCode: '220100', headers: personHeaders, fresh: await applicantSession(personHeaders) });
  const employerHeaders = await loginEmployer(t, jlEmployer.creditCode, jlData);
  callers.push({ name: 'employer', kind: 'employer', roles: [], regionCode: '220100', headers: employerHeaders, fresh: await applicantSession(employerHeaders) });

  // Change requests of both regions, proposed by each region's handler.
  const propose = async (username: string, personId: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/change-requests',
      headers: await t.login(username),
      payload: { entity: 'person', entityId: personId, changes: { address: '测试地址1号' }, reason: '矩阵测试' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const changeRequest = { own: await propose('jl-handler', jlPerson.id), other: await propose('sd-handler', sdPerson.id) };
  const person = { own: jlPerson, other: sdPerson };
  const someUser = await userId(t, 'jl-handler');

  // Cases: Jilin's belongs to the matrix's person and is withdrawn, so every step on it is refused by its state
  // (409) and the matrix stays a test of access; Shandong's is "another region" (and another person's).
  const submit = async (headers: Record<string, string>, p: { idNumber: string; certificateNos: string[] }) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/skill-subsidy/applications',
      headers,
      payload: { idNumber: p.idNumber, certificateNo: p.certificateNos[0], channel: 'counter', payee: { kind: 'bank_account', accountNo: '6222020200112233445', bankName: '工商银行' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  // Shandong pays no skills subsidy under its packs: Heilongjiang's case is the other region's.
  const [hljPerson] = await personsOf(t, '230100', 1);
  expect(hljPerson?.certificateNos.length).toBeGreaterThan(0);
  const ownCase = await submit(await t.login('jl-handler'), jlPerson);
  const withdrawn = await t.app.inject({ method: 'POST', url: `/api/v1/skill-subsidy/applications/${ownCase}/withdraw`, headers: personHeaders, payload: {} });
  expect(withdrawn.statusCode, withdrawn.body).toBe(201);
  const caseOf = { own: ownCase, other: await submit(await t.login('hlj-handler'), hljPerson!) };

  // Payment batches and recovery orders of both regions, written directly: the matrix tests access, the flow
  // itself is skill-subsidy-payments.spec.ts. The batches are exported (so the bank file can be taken again and
  // every other step is refused by state, 409); the orders are recovered (a repayment is refused by state).
  const paymentFixture = async (side: Side, regionCode: string) => {
    const [batch] = await queryRows<{ id: string }>(
      t.db.db,
      sql`insert into payment_batches (batch_no, region_code, status, created_by, approved_by, item_count, total_fen)
          values (${`MATRIX-${side}`}, ${regionCode}, 'exported', 'matrix-maker', 'matrix-approver', 1, 100) returning id`,
    );
    await t.db.db.execute(sql`insert into payment_items (batch_id, case_id, line, reference, amount_fen, payee_name, payee_kind, payee_account_enc, payee_bank_name)
      select ${batch!.id}, id, 1, ${`MATRIX-${side}-00001`}, 100, applicant_name, payee_kind, payee_account_enc, payee_bank_name from cases where id = ${caseOf[side]}`);
    const [order] = await queryRows<{ id: string }>(
      t.db.db,
      sql`insert into recovery_orders (case_id, amount_fen, reason, due_on, status, created_by) values (${caseOf[side]}, 100, '矩阵测试', '2099-01-01', 'recovered', 'matrix') returning id`,
    );
    return { batch: batch!.id, order: order!.id };
  };
  const payment = { own: await paymentFixture('own', '220100'), other: await paymentFixture('other', '230100') };
  const regionOf = { own: '220100', other: '230100' };
  // A filed monthly table in each region (what the monthly job writes), so reading it answers 200 where allowed.
  for (const regionCode of new Set([person.own.regionCode, person.other.regionCode])) {
    const table = buildAnnex4Table([], { regionCode, periodStart: '2026-10-01', periodEnd: '2026-10-31' });
    await t.db.db.execute(sql`insert into statistics_snapshots (program, kind, region_code, period, data, created_by)
      values ('skill-subsidy', 'monthly-annex4', ${regionCode}, '2026-10', ${JSON.stringify(table)}::jsonb, 'matrix')`);
  }

  const by = <T>(own: T, other: T) => (side: Side) => (side === 'own' ? own : other);
  const personOf = by(jlPerson, sdPerson);
  Object.assign(probes, {
    'GET /api/v1/registry/persons': (s: Side) => ({ url: `/api/v1/registry/persons?regionCode=${person[s].regionCode}` }),
    'GET /api/v1/registry/persons/:id': (s: Side) => ({ url: `/api/v1/registry/persons/${personOf(s).id}` }),
    'GET /api/v1/skill-subsidy/persons/:personId/grant-record': (s: Side) => ({ url: `/api/v1/skill-subsidy/persons/${personOf(s).id}/grant-record` }),
    'GET /api/v1/skill-subsidy/statistics/monthly': (s: Side) => ({ url: `/api/v1/skill-subsidy/statistics/monthly?regionCode=${person[s].regionCode}&month=2026-11` }),
    'GET /api/v1/skill-subsidy/statistics/notice-list': (s: Side) => ({ url: `/api/v1/skill-subsidy/statistics/notice-list?regionCode=${person[s].regionCode}&month=2026-11` }),
    'GET /api/v1/skill-subsidy/statistics/monthly/filed': (s: Side) => ({ url: `/api/v1/skill-subsidy/statistics/monthly/filed?regionCode=${person[s].regionCode}&month=2026-10` }),
    'GET /api/v1/skill-subsidy/statistics/quarterly': (s: Side) => ({ url: `/api/v1/skill-subsidy/statistics/quarterly?regionCode=${person[s].regionCode}&year=2026&quarter=4` }),
    'GET /api/v1/skill-subsidy/statistics/trend': (s: Side) => ({ url: `/api/v1/skill-subsidy/statistics/trend?regionCode=${person[s].regionCode}&from=2026-01&to=2026-03` }),
    'POST /api/v1/registry/persons/lookup': (s: Side) => ({ url: '/api/v1/registry/persons/lookup', payload: { idNumber: personOf(s).idNumber } }),
    'POST /api/v1/employer-accounts': (s: Side) => ({
      url: '/api/v1/employer-accounts',
      payload: { creditCode: (s === 'own' ? jlEmployer2 : sdEmployer).creditCode, contactName: '李出纳', contactPhone: '13900000002' },
    }),
    'GET /api/v1/change-requests': (s: Side) => ({ url: `/api/v1/change-requests?regionCode=${person[s].regionCode}` }),
    'GET /api/v1/change-requests/:id': (s: Side) => ({ url: `/api/v1/change-requests/${changeRequest[s]}` }),
    'POST /api/v1/change-requests': (s: Side) => ({
      url: '/api/v1/change-requests',
      payload: { entity: 'person', entityId: personOf(s).id, changes: { address: '测试地址2号' }, reason: '矩阵测试' },
    }),
    'POST /api/v1/change-requests/:id/decisions': (s: Side) => ({
      url: `/api/v1/change-requests/${changeRequest[s]}/decisions`,
      payload: { decision: 'reject', reason: '矩阵测试' },
    }),
    'GET /api/v1/users/:id': () => ({ url: `/api/v1/users/${someUser}` }),
    'PATCH /api/v1/users/:id': () => ({ url: `/api/v1/users/${someUser}`, payload: {} }),
    'POST /api/v1/users/:id/password-reset': () => ({ url: `/api/v1/users/${someUser}/password-reset`, payload: {} }),
    'GET /api/v1/skill-subsidy/applications': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications?regionCode=${person[s].regionCode}` }),
    'GET /api/v1/skill-subsidy/applications/:id': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications/${caseOf[s]}` }),
    'POST /api/v1/skill-subsidy/applications/:id/decisions': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/decisions`, payload: { decision: 'approve' } }),
    'POST /api/v1/skill-subsidy/applications/:id/appeal': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/appeal`, payload: { reason: '矩阵测试' } }),
    'POST /api/v1/skill-subsidy/applications/:id/withdraw': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/withdraw`, payload: {} }),
    // A valid rating: ownership is decided in the service, after validation, so an invalid body would hide the 404.
    // The own case is withdrawn (finished), so the person's one call rates it; the flow is skill-subsidy-portal.spec.ts.
    'POST /api/v1/skill-subsidy/applications/:id/rating': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/rating`, payload: { score: 5 } }),
    'POST /api/v1/skill-subsidy/notices': (s: Side) => ({ url: '/api/v1/skill-subsidy/notices', payload: { regionCode: s === 'own' ? '220100' : '230100' } }),
    'POST /api/v1/public/skill-subsidy/notices/items/:itemId/objections': () => ({
      url: '/api/v1/public/skill-subsidy/notices/items/00000000-0000-0000-0000-000000000000/objections',
      payload: { contactName: '群众', contactPhone: '13900000009', content: '矩阵测试异议内容' },
    }),
    'POST /api/v1/skill-subsidy/objections/:id/decisions': () => ({
      url: '/api/v1/skill-subsidy/objections/00000000-0000-0000-0000-000000000000/decisions',
      // Without a reason: refused by validation before any record is read (the region test is elsewhere).
      payload: { decision: 'dismiss' },
    }),
    // A JSON body instead of a sheet: refused (400/415) after the employer's region check (404 outside).
    'POST /api/v1/skill-subsidy/counter-batches': (s: Side) => ({ url: `/api/v1/skill-subsidy/counter-batches?dryRun=1&creditCode=${(s === 'own' ? jlEmployer2 : sdEmployer).creditCode}`, payload: {} }),
    'POST /api/v1/skill-subsidy/counter-preview': (s: Side) => ({ url: '/api/v1/skill-subsidy/counter-preview', payload: { idNumber: personOf(s).idNumber } }),
    'POST /api/v1/skill-subsidy/applications/:id/payee-reveal': (s: Side) => ({ url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/payee-reveal`, payload: { reason: '矩阵测试' } }),
    'GET /api/v1/skill-subsidy/objections': (s: Side) => ({ url: `/api/v1/skill-subsidy/objections?regionCode=${regionOf[s]}` }),
    'GET /api/v1/skill-subsidy/ratings': (s: Side) => ({ url: `/api/v1/skill-subsidy/ratings?regionCode=${regionOf[s]}` }),
    'POST /api/v1/skill-subsidy/payment-batches/:id/discard': (s: Side) => ({ url: `/api/v1/skill-subsidy/payment-batches/${payment[s].batch}/discard`, payload: { reason: '矩阵测试' } }),
    'GET /api/v1/skill-subsidy/bank-file-layouts': () => ({ url: '/api/v1/skill-subsidy/bank-file-layouts' }),
    // An invalid layout: refused by validation after the region check (404 outside, 400 inside: nothing is saved).
    'PUT /api/v1/skill-subsidy/bank-file-layouts/:regionCode': (s: Side) => ({ url: `/api/v1/skill-subsidy/bank-file-layouts/${regionOf[s]}`, payload: { id: '矩阵' } }),
    'GET /api/v1/skill-subsidy/recovery-orders': (s: Side) => ({ url: `/api/v1/skill-subsidy/recovery-orders?regionCode=${regionOf[s]}` }),
    'GET /api/v1/skill-subsidy/recovery-orders/:id': (s: Side) => ({ url: `/api/v1/skill-subsidy/recovery-orders/${payment[s].order}` }),
    'POST /api/v1/skill-subsidy/recovery-orders/:id/write-off': (s: Side) => ({ url: `/api/v1/skill-subsidy/recovery-orders/${payment[s].order}/write-off`, payload: { reason: '矩阵测试' } }),
    'POST /api/v1/skill-subsidy/applications/:id/payee': (s: Side) => ({
      url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/payee`,
      payload: { payee: { kind: 'bank_account', accountNo: '6222020200112233446', bankName: '工商银行' }, reason: '矩阵测试' },
    }),
    'POST /api/v1/skill-subsidy/payment-batches': (s: Side) => ({ url: '/api/v1/skill-subsidy/payment-batches', payload: { regionCode: regionOf[s] } }),
    'GET /api/v1/skill-subsidy/payment-batches': (s: Side) => ({ url: `/api/v1/skill-subsidy/payment-batches?regionCode=${regionOf[s]}` }),
    'GET /api/v1/skill-subsidy/payment-batches/:id': (s: Side) => ({ url: `/api/v1/skill-subsidy/payment-batches/${payment[s].batch}` }),
    'POST /api/v1/skill-subsidy/payment-batches/:id/approve': (s: Side) => ({ url: `/api/v1/skill-subsidy/payment-batches/${payment[s].batch}/approve`, payload: {} }),
    'GET /api/v1/skill-subsidy/payment-batches/:id/bank-file': (s: Side) => ({ url: `/api/v1/skill-subsidy/payment-batches/${payment[s].batch}/bank-file` }),
    'POST /api/v1/skill-subsidy/payment-batches/:id/bank-result': (s: Side) => ({ url: `/api/v1/skill-subsidy/payment-batches/${payment[s].batch}/bank-result`, payload: {} }),
    'POST /api/v1/skill-subsidy/applications/:id/recovery-orders': (s: Side) => ({
      url: `/api/v1/skill-subsidy/applications/${caseOf[s]}/recovery-orders`,
      payload: { reason: '矩阵测试', dueOn: '2099-01-01' },
    }),
    'POST /api/v1/skill-subsidy/recovery-orders/:id/repayments': (s: Side) => ({
      url: `/api/v1/skill-subsidy/recovery-orders/${payment[s].order}/repayments`,
      payload: { amountFen: 1, paidOn: '2026-01-05', reference: 'MATRIX-1' },
    }),
    'POST /api/v1/registry/imports/:kind': () => ({ url: '/api/v1/registry/imports/persons', payload: {} }),
    'PUT /api/v1/calendar/years/:year': () => ({ url: '/api/v1/calendar/years/2031', payload: {} }),
    'GET /api/v1/calendar/years/:year': () => ({ url: '/api/v1/calendar/years/2026' }),
    'GET /api/v1/me/certificates/:certificateNo': (s: Side) => ({
      url: `/api/v1/me/certificates/${encodeURIComponent(s === 'own' ? jlPerson.certificateNos[0]! : jlOther.certificateNos[0]!)}`,
    }),
  });
});

afterAll(async () => t?.close());

type Expectation = 'allowed' | 'open' | 401 | 403 | 404;

function expectation(rule: RouteRule, caller: Caller, side: Side): Expectation {
  if (rule.access === 'public') return 'open';
  if (caller.kind === 'anonymous') return 401;
  if (rule.access === 'staff' && rule.applicants && caller.kind !== 'staff') {
    if (!rule.applicants.kinds.includes(caller.kind)) return 403;
    return rule.applicants.owner && side === 'other' ? 404 : 'allowed';
  }
  if (rule.access === 'applicant') {
    if (caller.kind === 'staff' || !rule.kinds.includes(caller.kind)) return 403;
    return rule.owner && side === 'other' ? 404 : 'allowed';
  }
  if (caller.kind !== 'staff') return 403;
  if (rule.roles !== 'any' && !rule.roles.some((r) => caller.roles.includes(r))) return 403;
  if (rule.scope === 'region' && side === 'other' && caller.regionCode !== '000000') return 404;
  return 'allowed';
}

function probeFor(route: ServedRoute, side: Side): Probe {
  const key = routeKey(route.method, route.path);
  const probe = probes[key];
  if (probe) return probe(side);
  if (route.path.includes(':')) throw new Error(`no probe for ${key}: add one to access-matrix.spec.ts`);
  return { url: route.path, ...(route.method === 'GET' ? {} : { payload: {} }) };
}

// Logging out ends the caller's session: those calls get a session of their own.
const ends = (r: ServedRoute) => r.path.endsWith('/logout');

describe('the route list', () => {
  it('has a rule for every route the application serves', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routesWithoutRule(t.app)).toEqual([]);
  });

  it('has no rule for a route that does not exist (stale rules hide mistakes)', () => {
    const served = new Set(routes.map((r) => routeKey(r.method, r.path)));
    expect(Object.keys(ROUTE_PERMISSIONS).filter((k) => !served.has(k))).toEqual([]);
  });

  it('agrees with the @Public() and @Roles() written beside the handlers', () => {
    for (const route of routes) {
      const key = routeKey(route.method, route.path);
      const rule = ROUTE_PERMISSIONS[key]!;
      expect(route.declaredPublic, key).toBe(rule.access === 'public');
      if (route.declaredRoles) {
        expect(rule.access, key).toBe('staff');
        if (rule.access === 'staff') expect([...route.declaredRoles].sort(), key).toEqual([...(rule.roles as StaffRole[])].sort());
      }
    }
  });

  it('lets the auditor read everything it may read and change nothing (POLICY.md D1)', () => {
    for (const [key, rule] of Object.entries(ROUTE_PERMISSIONS)) {
      if (rule.access !== 'staff' || rule.roles === 'any') continue;
      expect(rule.roles.includes('auditor'), key).toBe(rule.read);
    }
  });
});

describe('route × caller × region', () => {
  it('answers every call as the route’s rule says', async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const route of routes) {
      const key = routeKey(route.method, route.path);
      const rule = ROUTE_PERMISSIONS[key]!;
      const sided =
        (rule.access === 'staff' && (rule.scope === 'region' || rule.applicants?.owner === true)) || (rule.access === 'applicant' && rule.owner);
      for (const side of sided ? (['own', 'other'] as const) : (['own'] as const)) {
        for (const caller of callers) {
          const probe = probeFor(route, side);
          const res = await t.app.inject({
            method: route.method as 'GET',
            url: probe.url,
            headers: ends(route) ? await caller.fresh() : caller.headers,
            ...(probe.payload === undefined ? {} : { payload: probe.payload as object }),
          });
          calls++;
          const want = expectation(rule, caller, side);
          const got = res.statusCode;
          const ok =
            want === 'open'
              ? got !== 401 && got !== 403 && got < 500
              : want === 'allowed'
                ? ![401, 403, 404].includes(got) && got < 500 && (route.method !== 'GET' || got === 200)
                : got === want;
          if (ok && typeof want === 'number' && !String(res.headers['content-type'] ?? '').includes('problem+json')) {
            failures.push(`${key} as ${caller.name} (${side}): ${got} without problem+json`);
          }
          if (!ok) failures.push(`${key} as ${caller.name} (${side}): expected ${String(want)}, got ${got} ${res.body.slice(0, 160)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    console.info(`route matrix: ${routes.length} routes, ${calls} calls`);
  });
});
