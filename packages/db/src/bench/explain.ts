/**
 * EXPLAIN (ANALYZE, BUFFERS) of every query a staff worklist page and a case page run (issue 8), on a database
 * filled by the synthetic generator with cases (`synth -- --persons 1000000 --cases 1`):
 *
 *   DATABASE_URL=postgres://…/huimin_synth node dist/bench/explain.js [--region 220100] [--markdown]
 *
 * The queries are built with the same drizzle expressions as the API's cases repository (list: page, total, counts
 * per status, for each filter of the list; case page: the case, its steps, its rating) and the auth guard's
 * session-and-user look-up that every staff request makes. Each is run twice and the second (warm) plan is
 * printed with its execution time. Nothing is written: every statement runs in a transaction rolled back.
 */
import { parseArgs } from 'node:util';
import { and, asc, eq, gt, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { caseListPage, caseStatusCounts, regionScopeSql, caseSteps, cases, serviceRatings, sessions, users, type CaseListSort } from '../schema/index.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { region: { type: 'string', default: '220100' }, markdown: { type: 'boolean', default: false } },
});
const url = process.env['DATABASE_URL']?.trim();
if (!url) {
  console.error('请设置 DATABASE_URL（PostgreSQL；EXPLAIN 的计划只在 PostgreSQL 上有意义）');
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
const db = drizzle(client);

const region = values.region!;
const province = `${region.slice(0, 2)}0000`;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const pick = async <T>(text: string, params: unknown[] = []): Promise<T> => (await client.query(text, params)).rows[0] as T;
const sample = await pick<{ id: string; person_id: string; occupation: string; level: number } | undefined>(
  `SELECT id, person_id, occupation, level FROM cases WHERE region_code = $1 ORDER BY id LIMIT 1`,
  [region],
);
if (!sample) {
  console.error(`数据库中没有 ${region} 的案件：请先用 synth --cases 生成带申请的合成数据`);
  process.exit(2);
}
const employer = await pick<{ employer_credit_code: string } | undefined>(
  `SELECT employer_credit_code FROM cases WHERE employer_credit_code IS NOT NULL AND region_code = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  [region],
);
const [{ count: total }] = (await client.query<{ count: string }>('SELECT count(*) FROM cases')).rows as [{ count: string }];

interface ListQuery {
  status?: string;
  channel?: string;
  occupation?: string;
  level?: number;
  from?: string;
  to?: string;
  overdue?: boolean;
  /** The list's `sort` (the API's CASE_LIST_SORTS); absent = newest submission first. */
  sort?: CaseListSort;
  page: number;
  pageSize: number;
}

/** The list's WHERE, exactly as CasesRepository#where builds it. */
function where(scope: { regionCode?: string; personId?: string; employerCreditCode?: string }, q: ListQuery): SQL[] {
  const w: SQL[] = [];
  if (scope.regionCode) w.push(regionScopeSql(cases.regionCode, scope.regionCode));
  if (scope.personId) w.push(eq(cases.personId, scope.personId));
  if (scope.employerCreditCode) w.push(eq(cases.employerCreditCode, scope.employerCreditCode));
  if (q.channel) w.push(eq(cases.channel, q.channel as 'online'));
  if (q.occupation) w.push(eq(cases.occupation, q.occupation));
  if (q.level) w.push(eq(cases.level, q.level));
  if (q.from) w.push(gte(cases.applicationDate, q.from));
  if (q.to) w.push(lte(cases.applicationDate, q.to));
  if (q.overdue !== undefined) {
    const late = sql`(${cases.dueOn} IS NOT NULL AND ${cases.dueOn} < ${today})`;
    w.push(q.overdue ? late : sql`NOT ${late}`);
  }
  return w;
}

type Built = { toSQL(): { sql: string; params: unknown[] } };
const queries: { name: string; query: Built }[] = [];
function list(label: string, scope: Parameters<typeof where>[0], q: ListQuery) {
  const base = where(scope, q);
  const filtered = and(...base, ...(q.status ? [eq(cases.status, q.status as 'submitted')] : []));
  queries.push({
    name: `${label}: page ${q.page}`,
    query: caseListPage(db, filtered, q.sort, q.page, q.pageSize),
  });
  // The counts per status (the total is their sum, no query of its own): a region's list without other filters
  // reads the maintained counts, any other list counts its cases, as the cases repository does.
  const onlyRegion = scope.regionCode !== undefined && !scope.personId && !scope.employerCreditCode && base.length === 1;
  const range = scope.regionCode ? regionScopeSql(caseStatusCounts.regionCode, scope.regionCode) : undefined;
  queries.push(
    onlyRegion
      ? {
          name: `${label}: counts per status (maintained)`,
          query: db
            .select({ status: caseStatusCounts.status, n: sql<number>`sum(${caseStatusCounts.n})::int` })
            .from(caseStatusCounts)
            .where(and(eq(caseStatusCounts.program, 'skill-subsidy'), range))
            .groupBy(caseStatusCounts.status),
        }
      : { name: `${label}: counts per status`, query: db.select({ status: cases.status, n: sql<number>`count(*)::int` }).from(cases).where(and(...base)).groupBy(cases.status) },
  );
}

const city = { regionCode: region };
list(`worklist ${region} (city staff), no filter`, city, { page: 1, pageSize: 20 });
list(`worklist ${region}, status submitted`, city, { status: 'submitted', page: 1, pageSize: 20 });
list(`worklist ${region}, status notice_passed, page 200`, city, { status: 'notice_passed', page: 200, pageSize: 20 });
list(`worklist ${region}, overdue`, city, { overdue: true, page: 1, pageSize: 20 });
list(`worklist ${region}, occupation + level + dates`, city, { occupation: sample.occupation, level: sample.level, from: '2026-01-01', to: '2026-06-30', page: 1, pageSize: 20 });
list(`worklist ${region}, channel proxy`, city, { channel: 'proxy', page: 1, pageSize: 20 });
for (const sort of ['submittedAt', 'dueOn', '-dueOn', 'amountFen', '-amountFen', 'status', '-status'] as const) {
  const name = `worklist ${region}, sort ${sort}: page 1`;
  const q: ListQuery = { sort, page: 1, pageSize: 20 };
  queries.push({ name, query: caseListPage(db, and(...where(city, q)), sort, 1, 20) });
}
list(`worklist ${province} (province staff), no filter`, { regionCode: province }, { page: 1, pageSize: 20 });
list('applicant (person) list', { personId: sample.person_id }, { page: 1, pageSize: 20 });
if (employer) list('employer list', { employerCreditCode: employer.employer_credit_code }, { page: 1, pageSize: 20 });

const token = 'f'.repeat(64);
const now = new Date();
queries.push({
  name: 'auth: live session with its user',
  query: db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, token), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1),
});
queries.push({ name: 'auth: sliding expiry (at most once a minute per session)', query: db.update(sessions).set({ expiresAt: now }).where(eq(sessions.id, token)) });
queries.push({ name: 'case page: the case', query: db.select().from(cases).where(eq(cases.id, sample.id)).limit(1) });
queries.push({ name: 'case page: steps', query: db.select().from(caseSteps).where(eq(caseSteps.caseId, sample.id)).orderBy(asc(caseSteps.seq)) });
queries.push({ name: 'case page: rating (applicant view)', query: db.select().from(serviceRatings).where(eq(serviceRatings.caseId, sample.id)).limit(1) });

const version = await pick<{ v: string }>("SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb");
console.log(`EXPLAIN (ANALYZE, BUFFERS) — PostgreSQL ${version.v}, ${Number(total).toLocaleString('en-US')} cases, region ${region}, ${new Date().toISOString()}`);
const summary: { name: string; ms: number; top: string }[] = [];
for (const { name, query } of queries) {
  const { sql: text, params } = query.toSQL();
  let plan: string[] = [];
  await client.query('BEGIN');
  try {
    for (let run = 0; run < 2; run++) {
      plan = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params)).rows.map((r) => r['QUERY PLAN']);
    }
  } finally {
    await client.query('ROLLBACK');
  }
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? NaN);
  const top = plan.map((l) => l.trim().replace(/^->\s*/, '')).filter((l) => /Scan|Sort|Aggregate|Limit|Join|Update|Gather/.test(l)).slice(0, 3).map((l) => l.replace(/\s+\(cost.*$/, '')).join(' ← ');
  summary.push({ name, ms, top });
  if (values.markdown) console.log(`\n#### ${name} — ${ms.toFixed(2)} ms\n\n\`\`\`sql\n${text}\n\`\`\`\n\n\`\`\`\n${plan.join('\n')}\n\`\`\``);
  else console.log(`\n── ${name} (${ms.toFixed(1)} ms)\n${text}\n${plan.join('\n')}`);
}
console.log('\nSummary (warm execution time; top plan nodes):');
for (const s of summary) console.log(`${s.ms.toFixed(2).padStart(10)} ms  ${s.name}  [${s.top}]`);
await client.end();
