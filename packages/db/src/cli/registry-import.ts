import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createDb, dbConfigFromEnv, migrateDb } from '../client.js';
import { keyRingFromEnv, PersonalDataCipher } from '../crypto/index.js';
import { importContributionFile, RegistryImportError, rejectedLines } from '../batch/registry-file-import.js';
import { pgliteTarget, postgresTarget } from '../synth/target.js';

/*
 * pnpm --filter @huimin/db registry-import -- --file contributions.csv --actor jl-data [--scope 220000]
 *   [--rejects rejects.csv] [--slice 100000]
 * Imports a contribution file of the core system (header idNumber,creditCode,regionCode,month,status) into
 * DATABASE_URL (or the embedded database), set-based. Run the same command again after an interruption: the
 * import continues where it stopped; after it finished, it prints the first run's result and writes nothing.
 * The keys are HUIMIN_DATA_KEYS / HUIMIN_INDEX_KEY, as for the API (the demo keys only with HUIMIN_DEMO=1).
 */
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    file: { type: 'string' },
    actor: { type: 'string' },
    scope: { type: 'string' },
    rejects: { type: 'string' },
    slice: { type: 'string', default: '100000' },
  },
});
if (!values.file || !values.actor) {
  console.error('用法: registry-import -- --file 缴费记录.csv --actor 操作人用户名 [--scope 行政区划代码] [--rejects 错误报告.csv] [--slice 100000]');
  process.exit(2);
}
const ring = keyRingFromEnv(
  { HUIMIN_DATA_KEYS: process.env['HUIMIN_DATA_KEYS'], HUIMIN_INDEX_KEY: process.env['HUIMIN_INDEX_KEY'] },
  { allowDemo: process.env['HUIMIN_DEMO'] === '1' },
);
const config = dbConfigFromEnv();
const handle = await createDb(config);
await migrateDb(handle);
const target = config.databaseUrl
  ? await postgresTarget(config.databaseUrl)
  : pgliteTarget((handle.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client);

const bar = new cliProgress.SingleBar({ format: '{phase} {bar} {percentage}% | {value}/{total} {unit} | ETA {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic);
let phase = '';
const labels = { importing: '校验并写入', done: '完成' } as const;
let exitCode = 0;
try {
  const result = await importContributionFile({ target }, new PersonalDataCipher(ring), values.file, {
    actor: values.actor,
    ...(values.scope ? { scope: values.scope } : {}),
    sliceRows: Number(values.slice),
    onProgress: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        if (p.phase !== 'done') bar.start(p.total, p.done, { phase: labels[p.phase], unit: 'bytes' });
        return;
      }
      bar.update(p.done);
    },
  });
  bar.stop();
  const fmt = (n: number) => n.toLocaleString('en-US');
  console.info(
    `${result.replayed ? '该文件已导入过（未重复写入）' : result.finished ? '导入完成' : '导入中断，可重跑续传'}：批次 ${result.runId}，` +
      `${fmt(result.records)} 条记录 — 新增 ${fmt(result.inserted)}，更新 ${fmt(result.updated)}，未变 ${fmt(result.unchanged)}，拒绝 ${fmt(result.rejected)}` +
      `（${result.seconds.toFixed(1)} 秒，${fmt(Math.round(result.records / result.seconds))} 条/秒）`,
  );
  if (values.rejects && result.finished) {
    const out = createWriteStream(values.rejects);
    out.write('\uFEFFline,field,reason\r\n');
    for (const r of await rejectedLines(target, result.runId)) {
      if (!out.write(`${r.line},"${r.field}","${r.reason.replaceAll('"', '""')}"\r\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    console.info(`拒绝的行（行号、字段、原因）已写入 ${values.rejects}`);
  }
} catch (error) {
  bar.stop();
  if (error instanceof RegistryImportError) {
    console.error(error.message);
    exitCode = 1;
  } else throw error;
} finally {
  await target.close();
  await handle.close();
}
process.exitCode = exitCode;
