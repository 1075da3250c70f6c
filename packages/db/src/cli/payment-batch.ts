import { parseArgs } from 'node:util';
import { todayInShanghai } from '@huimin/domain';
import cliProgress from 'cli-progress';
import { createDb, dbConfigFromEnv, migrateDb } from '../client.js';
import { keyRingFromEnv, PersonalDataCipher } from '../crypto/index.js';
import { approvePaymentBatch, buildPaymentBatches, exportBankFile, PaymentBatchError, type FinanceUser } from '../batch/payment-batch.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from '../synth/target.js';

/*
 * Payment batches at province scale, set-based (the rules of the API's build, approval and export):
 *   pnpm --filter @huimin/db payment-batch -- build --region 220100 --by jl-finance --run 2026-11-payroll [--max-items 100000]
 *   pnpm --filter @huimin/db payment-batch -- approve --batch <id> --by <a second finance user>
 *   pnpm --filter @huimin/db payment-batch -- bank-file --batch <id> --by jl-finance --out P220100-….csv
 * A build run killed half-way is continued by the same command (same --run); approval and export are one
 * transaction each and are simply run again. Keys: HUIMIN_DATA_KEYS / HUIMIN_INDEX_KEY as for the API.
 */
const [command, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
const { values } = parseArgs({
  args: rest,
  options: {
    region: { type: 'string' },
    by: { type: 'string' },
    run: { type: 'string' },
    'max-items': { type: 'string' },
    batch: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
  },
});
const usage = () => {
  console.error(
    '用法: payment-batch -- build --region 行政区划代码 --by 财务用户名 --run 批次运行标识 [--max-items N]\n' +
      '      payment-batch -- approve --batch 批次ID --by 另一财务用户名\n' +
      '      payment-batch -- bank-file --batch 批次ID --by 财务用户名 --out 文件名.csv',
  );
  process.exit(2);
};
if (!command || !values.by) usage();
const ring = keyRingFromEnv(
  { HUIMIN_DATA_KEYS: process.env['HUIMIN_DATA_KEYS'], HUIMIN_INDEX_KEY: process.env['HUIMIN_INDEX_KEY'] },
  { allowDemo: process.env['HUIMIN_DEMO'] === '1' },
);
const cipher = new PersonalDataCipher(ring);
const config = dbConfigFromEnv();
const handle = await createDb(config);
await migrateDb(handle);
const target: LoadTarget = config.databaseUrl
  ? await postgresTarget(config.databaseUrl)
  : pgliteTarget((handle.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client);
const today = values.today ?? todayInShanghai();
const fmt = (n: number) => n.toLocaleString('en-US');
let exitCode = 0;
try {
  const [row] = await target.query<{ id: string; username: string; display_name: string; roles: string[]; region_code: string; disabled: boolean }>(
    'SELECT id::text AS id, username, display_name, roles, region_code, disabled FROM users WHERE username = $1',
    [values.by],
  );
  if (!row || row.disabled) throw new PaymentBatchError(`未找到可用的用户：${values.by}`, 'NOT_FOUND');
  const user: FinanceUser = { id: row.id, username: row.username, displayName: row.display_name, roles: row.roles, regionCode: row.region_code };
  if (command === 'build') {
    if (!values.region || !values.run) usage();
    const bar = new cliProgress.SingleBar({ format: '组批 {bar} {value}/{total} 笔 | {batch}', hideCursor: true }, cliProgress.Presets.shades_classic);
    const max = values['max-items'] ? Number(values['max-items']) : undefined;
    bar.start(max ?? 0, 0, { batch: '' });
    const result = await buildPaymentBatches({ target }, cipher, {
      region: values.region!,
      maker: user,
      runKey: values.run!,
      today,
      ...(max ? { maxItems: max } : {}),
      onProgress: (p) => {
        if (!max) bar.setTotal(p.items);
        bar.update(p.items, { batch: p.batchNo });
      },
    });
    bar.stop();
    for (const b of result.batches) {
      console.info(`${b.replayed ? '已有' : '新建'} ${b.batchNo}（${b.id}）${b.regionCode}：${fmt(b.items)} 笔，¥${(b.totalFen / 100).toFixed(2)}，跳过 ${fmt(b.skipped.length)} 件`);
    }
    for (const n of result.nothingToPay) console.info(`${n.regionCode}：没有可以列入发放批次的案件（跳过 ${fmt(n.skipped.length)} 件，如收款信息未更正）`);
    console.info(`共 ${result.batches.length} 个批次、${fmt(result.items)} 笔、¥${(result.totalFen / 100).toFixed(2)}（${result.seconds.toFixed(1)} 秒）`);
  } else if (command === 'approve') {
    if (!values.batch) usage();
    const r = await approvePaymentBatch({ target }, { batchId: values.batch!, approver: user, today });
    console.info(`批次已审批：${fmt(r.cases)} 件案件转为发放中（${r.seconds.toFixed(1)} 秒）`);
  } else if (command === 'bank-file') {
    if (!values.batch || !values.out) usage();
    const bar = new cliProgress.SingleBar({ format: '银行文件 {bar} {value}/{total} 笔', hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(0, 0);
    const r = await exportBankFile({ target }, cipher, {
      batchId: values.batch!,
      user,
      today,
      file: values.out!,
      onProgress: (p) => {
        bar.setTotal(p.total);
        bar.update(p.items);
      },
    });
    bar.stop();
    console.info(`银行文件 ${values.out}：${fmt(r.items)} 笔，格式 ${r.layout}，SHA-256 ${r.sha256}（${r.seconds.toFixed(1)} 秒）`);
  } else usage();
} catch (error) {
  if (error instanceof PaymentBatchError) {
    console.error(error.message);
    exitCode = 1;
  } else throw error;
} finally {
  await target.close();
  await handle.close();
}
process.exitCode = exitCode;
