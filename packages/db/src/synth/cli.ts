import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { todayInShanghai } from '@huimin/domain';
import cliProgress from 'cli-progress';
import { createDb, dbConfigFromEnv, migrateDb } from '../client.js';
import { keyRingFromEnv } from '../crypto/index.js';
import { generateProvince } from './generate.js';
import { SynthRefusedError } from './load.js';
import { pgliteTarget } from './target.js';

/*
 * pnpm --filter @huimin/db synth -- --persons 1000000 --seed 42 [--as-of 2026-11-20] [--chunk-size 10000]
 *   [--jobs 2] [--cases 0.7] [--force]
 * --cases: skills-subsidy applications per person, in every status (0 = the registry only).
 * Writes a synthetic province into DATABASE_URL (or the embedded database), encrypted with the keys of
 * HUIMIN_DATA_KEYS / HUIMIN_INDEX_KEY (the published demo keys when neither is set: synthetic data is made up).
 * Run it again with the same options to finish an interrupted load.
 */
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    persons: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string' },
    'chunk-size': { type: 'string', default: '10000' },
    jobs: { type: 'string' },
    cases: { type: 'string', default: '0' },
    force: { type: 'boolean', default: false },
  },
});
if (!values.persons) {
  console.error('用法: synth -- --persons N [--seed S] [--as-of YYYY-MM-DD] [--chunk-size 10000] [--jobs 2] [--cases 0.7] [--force]');
  process.exit(2);
}
const persons = Number(values.persons);
const seed = Number(values.seed);
const chunkSize = Number(values['chunk-size']);
const asOf = values['as-of'] ?? todayInShanghai();
const ring = keyRingFromEnv({ HUIMIN_DATA_KEYS: process.env['HUIMIN_DATA_KEYS'], HUIMIN_INDEX_KEY: process.env['HUIMIN_INDEX_KEY'] }, { allowDemo: true });
const config = dbConfigFromEnv();
const handle = await createDb(config);
await migrateDb(handle);
console.info(
  `synthetic province: ${persons.toLocaleString('en-US')} persons, seed ${seed}, as of ${asOf}, into ${handle.kind}` +
    `${ring.demo ? ' (demo keys: HUIMIN_DATA_KEYS not set)' : ` (data key ${ring.currentKeyId})`}` +
    (asOf === values['as-of'] ? '' : ' — pass --as-of to resume on another day with the same histories'),
);
// One worker per core by default: encryption in JavaScript is CPU-bound and the server uses the rest.
const jobs = handle.kind === 'postgres' ? Number(values.jobs ?? Math.max(1, availableParallelism())) : 0;
const bar = new cliProgress.SingleBar(
  { format: '{bar} {percentage}% | {value}/{total} persons | {pps} persons/s | {cps} contribution rows/s | ETA {eta_formatted}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
bar.start(persons, 0, { pps: 0, cps: 0 });
const started = Date.now();
let done = 0;
let loadedPersons = 0;
let contributions = 0;
let exitCode = 0;
try {
  const client = handle.kind === 'pglite' ? (handle.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client : undefined;
  const result = await generateProvince(
    config.databaseUrl ? { url: config.databaseUrl } : { target: pgliteTarget(client!) },
    ring,
    {
      seed,
      persons,
      chunkSize,
      asOf,
      cases: Number(values.cases),
      jobs,
      force: values.force,
      onChunk: (e) => {
        done += e.counts.persons;
        if (e.loaded) {
          loadedPersons += e.counts.persons;
          contributions += e.counts.contributions;
        }
        const s = (Date.now() - started) / 1000 || 1;
        bar.update(done, { pps: Math.round(loadedPersons / s), cps: Math.round(contributions / s) });
      },
    },
  );
  bar.stop();
  const rate = (n: number) => Math.round(n / result.seconds).toLocaleString('en-US');
  console.info(
    `loaded ${result.loaded} chunk(s), skipped ${result.skipped} already present; ${result.persons.toLocaleString('en-US')} persons, ` +
      `${result.employers.toLocaleString('en-US')} employers, ${result.contributions.toLocaleString('en-US')} contribution months, ` +
      `${result.certificates.toLocaleString('en-US')} certificates, ${result.cases.toLocaleString('en-US')} cases in ${result.seconds.toFixed(1)} s — ${rate(result.persons)} persons/s, ` +
      `${rate(result.contributions)} contribution rows/s (${jobs || 1} generator thread(s))`,
  );
} catch (error) {
  bar.stop();
  if (error instanceof SynthRefusedError || error instanceof RangeError) {
    console.error(error.message);
    exitCode = 1;
  } else throw error;
} finally {
  await handle.close();
}
process.exitCode = exitCode;
