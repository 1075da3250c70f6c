import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { idNumberCheckDigit } from '@huimin/domain';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { PersonalDataCipher } from '../crypto/index.js';
import { approvePaymentBatch, buildPaymentBatches, exportBankFile, type FinanceUser } from '../batch/payment-batch.js';
import { importContributionFile } from '../batch/registry-file-import.js';
import { synthCreditCode } from '../synth/province.js';
import { SYNTH_DISTRICTS } from '../synth/reference.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from '../synth/target.js';

/*
 * The batch-path benchmarks of issue 8, each against a baseline measured in the same run:
 *   (d) registry import of a contribution file (stream, domain checks, blind index, then per slice COPY to staging,
 *       the check for repeated person-months, INSERT … ON CONFLICT) vs a raw COPY of the same file into a plain table, and vs a raw COPY
 *       of the same rows, keyed, into a table with the contributions table's keys, indexes and checks;
 *   (e) payment batches of N items + approval + bank files vs COPY (SELECT the same rows) TO STDOUT.
 */

export interface BenchDb {
  url?: string;
  pglite?: PGlite;
  drop(): Promise<void>;
}

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

async function targetOf(db: BenchDb): Promise<LoadTarget> {
  return db.url ? postgresTarget(db.url) : pgliteTarget(db.pglite!);
}

/**
 * A contribution file of `rows` records in the core system's layout: persons × 12 months, with faulty lines
 * a province's file has (a wrong check digit, a bad month, an unknown status, a repeated person-month) at
 * fixed places, about 0.4 % of the lines.
 */
export async function writeContributionFile(path: string, rows: number): Promise<{ faulty: number }> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('\uFEFFidNumber,creditCode,regionCode,month,status\r\n');
  const employers = Array.from({ length: 500 }, (_, i) => {
    const d = SYNTH_DISTRICTS[i % SYNTH_DISTRICTS.length]!;
    return { code: synthCreditCode(i, d.code, 99), city: d.city };
  });
  let faulty = 0;
  let buf = '';
  for (let k = 0; k < rows; k++) {
    const p = Math.floor(k / 12);
    const m = k % 12;
    const d = SYNTH_DISTRICTS[p % SYNTH_DISTRICTS.length]!;
    const day = p % 10_000;
    const birth = new Date(Date.UTC(1970, 0, 1 + day)).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `${d.code}${birth}${String(Math.floor(p / 10_000) % 100).padStart(2, '0')}${p % 10}`;
    let id = first17 + idNumberCheckDigit(first17);
    const e = employers[p % employers.length]!;
    let month = `2026-${String(m + 1).padStart(2, '0')}`;
    let status = m === 11 && p % 13 === 0 ? 'owed' : 'paid';
    if (k % 1000 === 17) {
      id = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
      faulty++;
    } else if (k % 1000 === 517) {
      month = '2026-13';
      faulty++;
    } else if (k % 2000 === 999) {
      status = '已缴';
      faulty++;
    }
    buf += `${id},${e.code},${e.city},${month},${status}\r\n`;
    if (k % 2500 === 1234 && m > 0) {
      // The same person and month twice (the second is refused).
      buf += `${id},${e.code},${e.city},${month},${status}\r\n`;
      faulty++;
    }
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  out.end();
  await once(out, 'finish');
  return { faulty };
}

export interface ImportBench {
  rows: number;
  importSeconds: number;
  importRate: number;
  rejected: number;
  rerunSeconds: number;
  rawSeconds: number;
  rawRate: number;
  /**
   * The second baseline: a raw COPY of the same rows, already keyed, into an empty table with the contributions
   * table's keys, indexes and checks: what putting these rows into that table costs the database without any of
   * the import's work (reading and checking the file, the blind index, staging, refusing repeats, the upsert).
   */
  keyedCopySeconds: number;
}

/**
 * The keyed baseline of (d): the imported rows written out as a CSV file, then COPYed from it into an empty table
 * made LIKE contributions (its primary key, index and checks) in the same database. Only the COPY is timed.
 */
async function keyedCopy(db: BenchDb, file: string): Promise<number> {
  const columns = 'person_key, month, credit_code, region_code, status';
  if (db.url) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await pipeline(client.query(copyTo(`COPY (SELECT ${columns} FROM contributions ORDER BY ctid) TO STDOUT (FORMAT csv)`)), createWriteStream(file));
      await client.query('CREATE TABLE contributions_keyed_copy (LIKE contributions INCLUDING ALL)');
      const t0 = process.hrtime.bigint();
      await pipeline(createReadStream(file), client.query(copyFrom(`COPY contributions_keyed_copy (${columns}) FROM STDIN (FORMAT csv)`)));
      return seconds(t0);
    } finally {
      await client.end();
    }
  }
  const { readFile } = await import('node:fs/promises');
  const out = await db.pglite!.query(`COPY (SELECT ${columns} FROM contributions ORDER BY ctid) TO '/dev/blob' (FORMAT csv)`);
  await writeFile(file, Buffer.from(await out.blob!.arrayBuffer()));
  await db.pglite!.query('CREATE TABLE contributions_keyed_copy (LIKE contributions INCLUDING ALL)');
  const t0 = process.hrtime.bigint();
  await db.pglite!.query(`COPY contributions_keyed_copy (${columns}) FROM '/dev/blob' (FORMAT csv)`, [], { blob: new Blob([await readFile(file)]) });
  return seconds(t0);
}

/** (d) in two throwaway databases made by `make`: the import into one, the raw COPY into the other. */
export async function benchRegistryImport(make: (label: string) => Promise<BenchDb>, cipher: PersonalDataCipher, rows: number): Promise<ImportBench> {
  const dir = await mkdtemp(join(tmpdir(), 'huimin-bench-import-'));
  const file = join(dir, 'contributions.csv');
  const again = join(dir, 'contributions-again.csv');
  const db = await make('imp');
  const raw = await make('rawimp');
  try {
    await writeContributionFile(file, rows);
    const target = await targetOf(db);
    let imported;
    let rerun;
    try {
      imported = await importContributionFile({ target }, cipher, file, { actor: 'bench' });
      // The same rows again in a new file (another header order, so another run): every row unchanged.
      const text = createReadStream(file, 'utf8');
      const w = createWriteStream(again);
      let first = true;
      for await (const chunk of text) {
        let s = chunk as string;
        if (first) {
          s = s.replace('\uFEFFidNumber,creditCode,regionCode,month,status', 'idNumber,creditCode,regionCode,month,status,remark');
          first = false;
        }
        if (!w.write(s)) await once(w, 'drain');
      }
      w.end();
      await once(w, 'finish');
      rerun = await importContributionFile({ target }, cipher, again, { actor: 'bench' });
    } finally {
      await target.close();
    }
    if (imported.inserted + imported.rejected !== imported.records) throw new Error('import bench: counts do not add up');
    if (rerun.unchanged !== imported.inserted) throw new Error('import bench: the re-run changed rows');

    // Baseline: the same file straight into a plain table with COPY (no checks, no index, no upsert).
    const t0 = process.hrtime.bigint();
    if (raw.url) {
      const client = new pg.Client({ connectionString: raw.url });
      await client.connect();
      try {
        await client.query('CREATE TABLE raw_contributions (id_number text, credit_code text, region_code text, month text, status text)');
        await pipeline(createReadStream(file), client.query(copyFrom('COPY raw_contributions FROM STDIN (FORMAT csv, HEADER true)')));
      } finally {
        await client.end();
      }
    } else {
      await raw.pglite!.query('CREATE TABLE raw_contributions (id_number text, credit_code text, region_code text, month text, status text)');
      const { readFile } = await import('node:fs/promises');
      await raw.pglite!.query(`COPY raw_contributions FROM '/dev/blob' (FORMAT csv, HEADER true)`, [], { blob: new Blob([await readFile(file)]) });
    }
    const rawSeconds = seconds(t0);
    const keyedCopySeconds = await keyedCopy(db, join(dir, 'keyed.csv'));
    return {
      rows: imported.records,
      importSeconds: imported.seconds,
      importRate: imported.records / imported.seconds,
      rejected: imported.rejected,
      rerunSeconds: rerun.seconds,
      rawSeconds,
      rawRate: imported.records / rawSeconds,
      keyedCopySeconds,
    };
  } finally {
    await db.drop();
    await raw.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

export interface PaymentBench {
  items: number;
  batches: number;
  buildSeconds: number;
  approveSeconds: number;
  fileSeconds: number;
  baselineSeconds: number;
}

const maker: FinanceUser = { id: 'be0c0000-0000-4000-8000-000000000001', username: 'bench-finance', displayName: '基准财务甲', roles: ['finance'], regionCode: '220000' };
const approver: FinanceUser = { id: 'be0c0000-0000-4000-8000-000000000002', username: 'bench-finance-2', displayName: '基准财务乙', roles: ['finance'], regionCode: '220000' };

/** (e) on a synthetic province with cases: build up to `items` items (every pooling region of Jilin), approve, export. */
export async function benchPayments(db: BenchDb, cipher: PersonalDataCipher, items: number, today: string): Promise<PaymentBench> {
  const dir = await mkdtemp(join(tmpdir(), 'huimin-bench-pay-'));
  const target = await targetOf(db);
  try {
    await target.query('ANALYZE');
    const run = `bench-${Date.now()}`;
    const t0 = process.hrtime.bigint();
    const built = await buildPaymentBatches({ target }, cipher, { region: '220000', maker, runKey: run, maxItems: items, today });
    const buildSeconds = seconds(t0);
    const t1 = process.hrtime.bigint();
    for (const b of built.batches) await approvePaymentBatch({ target }, { batchId: b.id, approver, today });
    const approveSeconds = seconds(t1);
    const t2 = process.hrtime.bigint();
    for (const b of built.batches) await exportBankFile({ target }, cipher, { batchId: b.id, user: maker, today, file: join(dir, `${b.batchNo}.csv`) });
    const fileSeconds = seconds(t2);

    // Baseline: the same rows (the items' cases with their payee) copied out as they are, in line order.
    const ids = built.batches.map((b) => b.id);
    const query = `COPY (SELECT c.id, c.amount_fen, c.applicant_name, c.payee_kind, c.payee_account_enc, c.payee_bank_name
                          FROM payment_items i JOIN cases c ON c.id = i.case_id
                         WHERE i.batch_id IN (${ids.map((id) => `'${id}'`).join(', ') || 'NULL'}) ORDER BY i.batch_id, i.line) TO`;
    const t3 = process.hrtime.bigint();
    if (db.url) {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await pipeline(client.query(copyTo(`${query} STDOUT`)), new Writable({ write: (_c, _e, cb) => cb() }));
      } finally {
        await client.end();
      }
    } else {
      await db.pglite!.query(`${query} '/dev/blob'`);
    }
    const baselineSeconds = seconds(t3);
    return { items: built.items, batches: built.batches.length, buildSeconds, approveSeconds, fileSeconds, baselineSeconds };
  } finally {
    await target.close();
    await rm(dir, { recursive: true, force: true });
  }
}
