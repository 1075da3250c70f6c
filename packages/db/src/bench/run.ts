/**
 * Database benchmarks (issue 8): `pnpm --filter @huimin/db bench` (after a build), `--quick` for the small
 * province CI runs. Each figure is printed with a ratio against a baseline measured in the same run on the
 * same machine, because absolute rates say more about the machine than about the code:
 *   (a) synthetic load — persons/s and contribution rows/s of the generator (generation, SM4 encryption,
 *       blind index, COPY) vs a raw COPY of the same pre-built rows into an identical empty database;
 *   (b) eligibility screening — certificates/s (SQL facts + engine in batch mode + checkpoints) vs one plain
 *       SQL aggregate over the same certificates and contribution months;
 *   (c) the proposed index for the screening cursor — screening with it vs without it;
 *   (d) registry import of a contribution file (quick 100,000 rows, full 1,000,000) vs a raw COPY of the file;
 *   (e) payment batches (quick 1,000 items, full 100,000) + approval + bank files vs COPY (SELECT …) TO STDOUT,
 *       on a synthetic province with cases (full: HUIMIN_BENCH_PROVINCE_URL names an existing one, which the
 *       benchmark changes — it builds, approves and exports batches there; else one is generated).
 * Runs in throwaway databases on DATABASE_URL's server (else the local default); without a server, on PGlite.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus, totalmem } from 'node:os';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createDb, migrateDb, queryRows, type DbHandle } from '../client.js';
import { demoKeyRing, PersonalDataCipher } from '../crypto/index.js';
import { screenSkillSubsidy, windowStart } from '../screening/screen.js';
import { generateProvince } from '../synth/generate.js';
import { benchPayments, benchRegistryImport, type BenchDb } from './batch-bench.js';
import { buildChunk, chunkCount, COPY_COLUMNS, type ChunkRows, type ProvinceOptions } from '../synth/province.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from '../synth/target.js';

const quick = process.argv.includes('--quick');
const PERSONS = quick ? 20_000 : 1_000_000;
const CHUNK = quick ? 2_000 : 10_000;
// The raw-COPY baseline holds its rows in memory: in full mode it copies the first 200,000 persons.
const BASELINE_PERSONS = Math.min(PERSONS, 200_000);
const AS_OF = '2026-11-20';
const SEED = 20_261_120;
const JOBS = Math.max(1, Math.min(2, availableParallelism()));
const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const IMPORT_ROWS = quick ? 100_000 : 1_000_000;
const PAYMENT_ITEMS = quick ? 1_000 : 100_000;
// Persons of the generated province for (e): about a quarter of the cases are payable at the as-of date.
const PAYMENT_PERSONS = quick ? 6_000 : 420_000;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

interface Database {
  handle: DbHandle;
  url?: string;
  drop(): Promise<void>;
}

async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function throwaway(serverUrl: string | undefined, label: string): Promise<Database> {
  if (!serverUrl) {
    const handle = await createDb({ memory: true });
    await migrateDb(handle);
    return { handle, drop: () => handle.close() };
  }
  const name = `huimin_bench_${label}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: url.toString() });
  const drop = async () => {
    await handle.close();
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    await migrateDb(handle);
  } catch (error) {
    await drop();
    throw error;
  }
  return { handle, url: url.toString(), drop };
}

function pgliteOf(handle: DbHandle): PGlite {
  return (handle.db as unknown as { $client: PGlite }).$client;
}

async function targetOf(db: Database): Promise<LoadTarget> {
  return db.url ? postgresTarget(db.url) : pgliteTarget(pgliteOf(db.handle));
}

const requested = process.env['DATABASE_URL']?.trim() || DEFAULT_SERVER;
const server = (await serverReachable(requested)) ? requested : undefined;
const where = server ? `PostgreSQL (${(await (async () => {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  const v = (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  await c.end();
  return v;
})())}, throwaway databases)` : 'PGlite in memory — no PostgreSQL server reachable, figures are not comparable with PostgreSQL';

console.log(`Database benchmarks${quick ? ' (--quick)' : ''} — ${fmt(PERSONS)} persons; ${where}`);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; ${JOBS} generator thread(s)`);

const ring = demoKeyRing();
const cipher = new PersonalDataCipher(ring);
const options: ProvinceOptions = { seed: SEED, persons: PERSONS, chunkSize: CHUNK, asOf: AS_OF };
const main = await throwaway(server, 'gen');
const raw = await throwaway(server, 'raw');
let failed = false;
try {
  // (a) Synthetic load vs raw COPY of the same rows.
  const t0 = process.hrtime.bigint();
  const generated = await generateProvince(main.url ? { url: main.url } : { target: pgliteTarget(pgliteOf(main.handle)) }, ring, {
    ...options,
    jobs: main.url ? JOBS : 0,
  });
  const genSeconds = seconds(t0);
  const genPersons = generated.persons / genSeconds;
  const genRows = generated.contributions / genSeconds;

  const baselineChunks = chunkCount({ persons: BASELINE_PERSONS, chunkSize: CHUNK });
  const prebuilt: ChunkRows[] = [];
  for (let k = 0; k < baselineChunks; k++) prebuilt.push(buildChunk(options, k, cipher));
  const targets = await Promise.all(Array.from({ length: raw.url ? JOBS : 1 }, () => targetOf(raw)));
  const queue = [...prebuilt];
  const t1 = process.hrtime.bigint();
  await Promise.all(
    targets.map(async (target) => {
      for (let rows = queue.shift(); rows; rows = queue.shift()) {
        await target.query('BEGIN');
        for (const table of ['employers', 'persons', 'contributions', 'certificates'] as const) await target.copy(table, COPY_COLUMNS[table], rows[table]);
        await target.query('COMMIT');
      }
    }),
  );
  const rawSeconds = seconds(t1);
  await Promise.all(targets.map((t) => t.close()));
  const rawPersons = prebuilt.reduce((s, c) => s + c.counts.persons, 0) / rawSeconds;
  const rawRows = prebuilt.reduce((s, c) => s + c.counts.contributions, 0) / rawSeconds;
  prebuilt.length = 0;

  console.log('\n(a) synthetic load');
  line(`generator: ${fmt(generated.persons)} persons, ${fmt(generated.contributions)} contribution months`, `${genSeconds.toFixed(1)} s`);
  line('generator persons/s', fmt(genPersons));
  line('generator contribution rows/s', fmt(genRows));
  line(`baseline: raw COPY of the same pre-built rows (${fmt(BASELINE_PERSONS)} persons)`, `${rawSeconds.toFixed(1)} s`);
  line('baseline persons/s', fmt(rawPersons));
  line('baseline contribution rows/s', fmt(rawRows));
  line('ratio generator ÷ raw COPY (persons/s)', `${((genPersons / rawPersons) * 100).toFixed(0)} %`);

  // (b) Screening vs a plain aggregate over the same rows.
  const db = main.handle.db;
  await db.execute(sql`ANALYZE`);
  const from = windowStart(AS_OF);
  const month = AS_OF.slice(0, 7);
  const t2 = process.hrtime.bigint();
  const aggregate = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (
          SELECT c.certificate_no, count(*) FILTER (WHERE x.status = 'paid') AS paid, bool_or(x.status = 'owed') AS owed
            FROM certificates c JOIN contributions x ON x.person_key = c.person_key AND x.month <= ${month}
           WHERE c.issue_date >= ${from} AND c.issue_date <= ${AS_OF}
           GROUP BY c.certificate_no) a`,
  );
  const aggSeconds = seconds(t2);
  const aggRate = aggregate[0]!.n / aggSeconds;

  const withoutIndex = await screenSkillSubsidy(db, { basisDate: AS_OF, runId: 'bench-no-index', restart: true });
  // (c) The index proposed in docs/performance.md, created only in this throwaway database.
  await db.execute(sql`CREATE INDEX certificates_screening_idx ON certificates (person_key, certificate_no) INCLUDE (issue_date)`);
  await db.execute(sql`ANALYZE certificates`);
  const withIndex = await screenSkillSubsidy(db, { basisDate: AS_OF, runId: 'bench-index', restart: true });
  if (withIndex.eligible !== withoutIndex.eligible || withIndex.amountFen !== withoutIndex.amountFen) {
    console.error('screening with and without the index disagree');
    failed = true;
  }
  const screenRate = withIndex.screened / withIndex.seconds;
  const screenRateNoIndex = withoutIndex.screened / withoutIndex.seconds;

  console.log('\n(b) skills-subsidy screening (certificates of the last 12 months, basis date ' + AS_OF + ')');
  line(`screened ${fmt(withIndex.screened)}: ${fmt(withIndex.eligible)} eligible, ${fmt(withIndex.ineligible)} not, ${fmt(withIndex.notInRegistry)} unknown holder`, `¥${fmt(withIndex.amountFen / 100)}`);
  line('refusal reasons', Object.entries(withIndex.reasons).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${fmt(n)}`).join(', '));
  line(`prior grants checked (grant ledger present)`, withIndex.priorGrantsChecked ? 'yes' : 'no');
  line('screening rows/s (facts in SQL + engine, trace off, checkpoints)', fmt(screenRate));
  line('baseline: plain SQL aggregate over the same rows, rows/s', fmt(aggRate));
  line('ratio screening ÷ plain aggregate', `${((screenRate / aggRate) * 100).toFixed(0)} %  (target ≥ 50 %)`);

  console.log('\n(c) proposed index certificates (person_key, certificate_no) INCLUDE (issue_date)');
  line('screening rows/s without the index', fmt(screenRateNoIndex));
  line('ratio with ÷ without', `${(screenRate / screenRateNoIndex).toFixed(2)}×`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await main.drop();
  await raw.drop();
}

const benchDb = async (label: string): Promise<BenchDb> => {
  const db = await throwaway(server, label);
  return db.url ? { url: db.url, drop: db.drop } : { pglite: pgliteOf(db.handle), drop: db.drop };
};

try {
  // (d) Registry import vs raw COPY of the same file.
  const imp = await benchRegistryImport(benchDb, cipher, IMPORT_ROWS);
  console.log(`\n(d) registry import of a contribution file (${fmt(imp.rows)} records, ${fmt(imp.rejected)} rejected with line and reason)`);
  line('import: stream + checks + blind index + COPY + repeat check + upsert, per slice', `${imp.importSeconds.toFixed(1)} s`);
  line('import rows/s', fmt(imp.importRate));
  line('the same rows again in a new file (every row unchanged)', `${imp.rerunSeconds.toFixed(1)} s, ${fmt(imp.rows / imp.rerunSeconds)} rows/s`);
  line('baseline: raw COPY of the file into a plain table, rows/s', `${fmt(imp.rawRate)} (${imp.rawSeconds.toFixed(1)} s)`);
  line('ratio import ÷ raw COPY', `${((imp.importRate / imp.rawRate) * 100).toFixed(1)} %  (target ≥ 50 %)`);
  const keyedRate = (imp.rows - imp.rejected) / imp.keyedCopySeconds;
  line('baseline: raw COPY of the same rows, keyed, into a table like contributions, rows/s', `${fmt(keyedRate)} (${imp.keyedCopySeconds.toFixed(1)} s)`);
  line('ratio import ÷ keyed COPY into the table', `${((imp.importRate / keyedRate) * 100).toFixed(1)} %`);

  // (e) Payment batches + bank files vs COPY … TO STDOUT of the same rows.
  const external = !quick && process.env['HUIMIN_BENCH_PROVINCE_URL']?.trim();
  let province: BenchDb;
  let generatedSeconds = 0;
  if (external) province = { url: external, drop: async () => {} };
  else {
    province = await benchDb('pay');
    const t = process.hrtime.bigint();
    await generateProvince(province.url ? { url: province.url } : { target: pgliteTarget(province.pglite!) }, ring, {
      seed: SEED,
      persons: PAYMENT_PERSONS,
      chunkSize: CHUNK,
      asOf: AS_OF,
      cases: 1,
      jobs: province.url ? JOBS : 0,
    });
    generatedSeconds = seconds(t);
  }
  try {
    const pay = await benchPayments(province, cipher, PAYMENT_ITEMS, AS_OF);
    const total = pay.buildSeconds + pay.fileSeconds;
    console.log(`\n(e) payment batches: ${fmt(pay.items)} items in ${pay.batches} batch(es) over Jilin's pooling regions` + (external ? ' (existing province)' : ` (province of ${fmt(PAYMENT_PERSONS)} persons generated in ${generatedSeconds.toFixed(0)} s)`));
    line('build (candidates + re-check + domain + INSERT … SELECT), items/s', `${fmt(pay.items / pay.buildSeconds)} (${pay.buildSeconds.toFixed(1)} s)`);
    line('approve (second person; every case → paying), items/s', `${fmt(pay.items / pay.approveSeconds)} (${pay.approveSeconds.toFixed(1)} s)`);
    line('bank files (cursor + decrypt + domain layout), items/s', `${fmt(pay.items / pay.fileSeconds)} (${pay.fileSeconds.toFixed(1)} s)`);
    line('build + bank files, items/s', `${fmt(pay.items / total)} (${total.toFixed(1)} s)`);
    line('baseline: COPY (SELECT the same rows) TO STDOUT, rows/s', `${fmt(pay.items / pay.baselineSeconds)} (${pay.baselineSeconds.toFixed(2)} s)`);
    line('ratio build + bank files ÷ COPY TO STDOUT', `${((pay.baselineSeconds / total) * 100).toFixed(1)} %`);
  } finally {
    await province.drop();
  }
} catch (error) {
  failed = true;
  console.error(error);
}
if (failed) process.exitCode = 1;
