// The API under load (issue 8), part of `pnpm bench` (`--quick` in a few seconds per figure):
//
//   GET  /api/v1/skill-subsidy/applications/:id      a case page, as a city handler (jl-handler, 220100)
//   GET  /api/v1/skill-subsidy/applications?page=…   a worklist page of the same user
//   POST /api/v1/evaluations/skill-upgrade-subsidy   the public calculator
//
// each with autocannon on loopback against the built API (`node dist/main.js`, a child process) and against a
// bare Fastify + pg server running the same SQL (bench/bare-server.mjs) in the same run: requests/s, p99 and the
// ratio, and the peak RSS of both processes. The database is a synthetic province with cases: the one named by
// HUIMIN_BENCH_PROVINCE_URL (full mode; the benchmark adds the demo accounts and a session there), else a throwaway
// database on DATABASE_URL's server (or the local default) filled by the db package's generator and dropped at the
// end. Without a PostgreSQL server the benchmark says so and skips (the API would run on the embedded database,
// the baseline could not).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const quick = process.argv.includes('--quick');
const here = dirname(fileURLToPath(import.meta.url));
const dbEntry = import.meta.resolve('@huimin/db');
const pg = createRequire(dbEntry)('pg');
const synthCli = fileURLToPath(new URL('./synth/cli.js', dbEntry));
const DURATION = quick ? 5 : 30;
const CONNECTIONS = 10;
const CALC_REQUESTS = quick ? 10_000 : 90_000;
const PERSONS = quick ? 4_000 : 100_000;
const AS_OF = '2026-11-20';
const USERNAME = 'jl-handler';
const PASSWORD = 'Huimin@2026';

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const line = (label, value) => console.log(`${label.padEnd(58)} ${value}`);

async function reachable(url) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}
async function admin(url, statement) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}
function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts a server process and waits until `probe` answers; resolves with the child. */
async function start(args, env, probe) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr.slice(-2000)}`);
    try {
      const r = await fetch(probe);
      if (r.status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`server did not start: ${stderr.slice(-2000)}`);
}

/** Peak resident set of a process (Linux VmHWM), in MiB; null elsewhere. */
function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/**
 * autocannon with a request built per call (paths and bodies rotate over the sample). The result carries `rate`:
 * responses per second between the first and the last response. autocannon's own figures have a resolution of
 * one second (it checks for the end of a run on a one-second tick), too coarse for a fixed count of fast requests:
 * 90,000 calculator requests in 7 or 8 s would read as 12,857 or 11,250 req/s.
 */
function load(url, { method = 'GET', headers = {}, paths, body, amount }) {
  let i = 0;
  let first;
  let last;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        ...(amount ? { amount } : { duration: DURATION }),
        requests: [
          {
            method,
            headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
            setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length], ...(body ? { body: JSON.stringify(body(i)) } : {}) }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ ...result, rate: (result.requests.total - 1) / ((last - first) / 1000) })),
    );
    instance.on('response', () => {
      last = performance.now();
      first ??= last;
    });
  });
}

const requested = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
const external = !quick && process.env.HUIMIN_BENCH_PROVINCE_URL?.trim();
if (!external && !(await reachable(requested))) {
  console.log('API load benchmark: no PostgreSQL server reachable — skipped (the bare baseline needs one).');
  process.exit(0);
}
console.log(`API load benchmark${quick ? ' (--quick)' : ''} — autocannon, ${CONNECTIONS} connections × ${DURATION} s per figure, loopback`);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);

let dbUrl = external;
let drop = async () => {};
if (!dbUrl) {
  const name = `huimin_bench_api_${randomBytes(4).toString('hex')}`;
  await admin(requested, `CREATE DATABASE "${name}"`);
  const u = new URL(requested);
  u.pathname = `/${name}`;
  dbUrl = u.toString();
  drop = () => admin(requested, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

const children = [];
let failed = false;
try {
  const db = new pg.Client({ connectionString: dbUrl });
  if (!external) {
    const t0 = Date.now();
    await run(process.execPath, [synthCli, '--persons', String(PERSONS), '--seed', '20261120', '--as-of', AS_OF, '--cases', '1', '--chunk-size', '2000'], { DATABASE_URL: dbUrl });
    console.log(`synthetic province: ${fmt(PERSONS)} persons with cases, generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  await db.connect();
  const [{ n: cases }] = (await db.query('SELECT count(*)::int AS n FROM cases')).rows;
  // The database as a live server has it: the work lists' counts folded by the daily job
  // `cases.status-counts.compact` (the generator leaves one delta row per statement), then what autovacuum keeps
  // up: the visibility map (a fresh load has none, so the lists' index-only walks read the table for every row:
  // page 50 took 9.5 ms instead of under 5) and the planner's statistics.
  await db.query('SELECT compact_case_status_counts()');
  await db.query('VACUUM (ANALYZE)');

  const apiPort = 3900 + Math.floor(Math.random() * 50);
  const barePort = apiPort + 50;
  // Demo mode: the demo keys (the synthetic data is encrypted with them) and the demo accounts; jobs off, so only
  // the requests of the benchmark run; the calculator's per-address limit raised above the load.
  // Started as `pnpm --filter @huimin/api start` starts it (package.json): with the V8 old-space cap of 256 MB,
  // without which V8 lets request garbage pile up to 300+ MB under load before a full collection.
  const startScript = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).scripts.start.split(' ');
  const api = await start(
    [...startScript.slice(1, -1), join(here, '..', 'dist', 'main.js')],
    {
      DATABASE_URL: dbUrl,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      HUIMIN_DEMO: '1',
      HUIMIN_JOBS: 'off',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_EVALUATION_PER_MINUTE: '100000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    },
    `http://127.0.0.1:${apiPort}/api/health`,
  );
  children.push(api);
  const bare = await start([join(here, 'bare-server.mjs')], { DATABASE_URL: dbUrl, PORT: String(barePort) }, `http://127.0.0.1:${barePort}/case/x`);
  children.push(bare);

  const login = await fetch(`http://127.0.0.1:${apiPort}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { accessToken, user } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  const ids = (await db.query("SELECT id FROM cases WHERE region_code LIKE '2201%' ORDER BY md5(id::text) LIMIT 2000")).rows.map((r) => r.id);
  const [{ n: visible }] = (await db.query("SELECT count(*)::int AS n FROM cases WHERE region_code LIKE '2201%'")).rows;
  const pages = Math.max(1, Math.min(50, Math.floor(visible / 20)));
  const check = await fetch(`http://127.0.0.1:${apiPort}/api/v1/skill-subsidy/applications/${ids[0]}`, { headers: auth });
  if (check.status !== 200) throw new Error(`case page answered ${check.status}: ${(await check.text()).slice(0, 500)}`);
  const calcBody = (i) => ({
    regionCode: '220100',
    applicationDate: '2026-10-01',
    applicant: { contributionMonths: 12 + (i % 40), inArrears: i % 17 === 0, deepPovertyArea: false },
    certificate: { kind: 'skill_level', level: 3 + (i % 3), occupation: ['焊工', '电工', '育婴员'][i % 3], issueDate: '2026-05-01' },
    priorGrants: [],
  });
  console.log(`database: ${fmt(cases)} cases; user ${USERNAME} (${user.regionCode}) sees ${fmt(visible)}; case sample ${ids.length}, worklist pages 1–${pages}`);

  const figures = [
    {
      label: 'case page GET /applications/:id',
      api: { url: `http://127.0.0.1:${apiPort}`, headers: auth, paths: ids.map((id) => `/api/v1/skill-subsidy/applications/${id}`) },
      bare: { url: `http://127.0.0.1:${barePort}`, headers: auth, paths: ids.map((id) => `/case/${id}`) },
    },
    {
      label: 'worklist GET /applications?page=…',
      api: { url: `http://127.0.0.1:${apiPort}`, headers: auth, paths: Array.from({ length: pages }, (_, p) => `/api/v1/skill-subsidy/applications?page=${p + 1}`) },
      bare: { url: `http://127.0.0.1:${barePort}`, headers: auth, paths: Array.from({ length: pages }, (_, p) => `/worklist?page=${p + 1}`) },
    },
    {
      label: 'calculator POST /evaluations/skill-upgrade-subsidy',
      // A fixed number of requests, under the per-address limit of a minute (at most 100,000): past it the API
      // would answer 429 and the figure would measure the limiter.
      api: { url: `http://127.0.0.1:${apiPort}`, method: 'POST', paths: ['/api/v1/evaluations/skill-upgrade-subsidy'], body: calcBody, amount: CALC_REQUESTS },
      bare: { url: `http://127.0.0.1:${barePort}`, method: 'POST', paths: ['/calculator'], body: calcBody, amount: CALC_REQUESTS },
    },
  ];
  for (const f of figures) {
    const a = await load(f.api.url, f.api);
    const b = await load(f.bare.url, f.bare);
    const bad = a.non2xx + a.errors + b.non2xx + b.errors;
    console.log(`\n${f.label}`);
    line('API requests/s, p99 latency', `${fmt(a.rate)}  p99 ${a.latency.p99} ms`);
    line('bare Fastify + pg, same SQL: requests/s, p99', `${fmt(b.rate)}  p99 ${b.latency.p99} ms`);
    line('ratio API ÷ bare (requests/s)', `${((a.rate / b.rate) * 100).toFixed(0)} %`);
    if (bad > 0) {
      line('non-2xx answers or errors (API / bare)', `${a.non2xx + a.errors} / ${b.non2xx + b.errors}`);
      failed = true;
    }
  }
  console.log('');
  line('peak RSS of the API process', `${peakRss(api.pid)?.toFixed(0) ?? '?'} MiB`);
  line('peak RSS of the bare server', `${peakRss(bare.pid)?.toFixed(0) ?? '?'} MiB`);
  await db.end();
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const c of children) await stop(c);
  await drop();
}
if (failed) process.exitCode = 1;
