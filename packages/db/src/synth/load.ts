import { PersonalDataCipher, type KeyRing } from '../crypto/index.js';
import { CASE_COPY_COLUMNS, CASE_TABLES } from './cases.js';
import { buildChunk, COPY_COLUMNS, type ChunkRows, type ProvinceOptions, type SynthTable } from './province.js';
import type { LoadTarget } from './target.js';

/*
 * Bookkeeping of the synthetic province: one row per loaded chunk, written in the chunk's own transaction, so
 * a chunk is either fully in the database and recorded or not there at all. A re-run skips recorded chunks
 * (idempotent, resumable after a crash or Ctrl-C); the sums tell synthetic rows from real ones, which is how
 * the generator refuses to mix itself into a database with real data.
 */
export const SYNTH_CHUNKS_DDL = `CREATE TABLE IF NOT EXISTS synth_chunks (
  chunk_no integer PRIMARY KEY,
  seed bigint NOT NULL,
  chunk_size integer NOT NULL,
  as_of date NOT NULL,
  index_check text NOT NULL,
  employers integer NOT NULL,
  persons integer NOT NULL,
  contributions integer NOT NULL,
  certificates integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
)`;
/** Added with the synthetic cases: databases generated before them get the columns (zero cases) on the next run. */
export const SYNTH_CHUNKS_CASES_DDL = `ALTER TABLE synth_chunks ADD COLUMN IF NOT EXISTS case_rate real NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS cases integer NOT NULL DEFAULT 0`;

const TABLES: readonly SynthTable[] = ['employers', 'persons', 'contributions', 'certificates'];
// Advisory-lock namespace of the generator, so two runs against one database never load the same chunk twice.
const LOCK_NAMESPACE = 7_240_008;

export class SynthRefusedError extends Error {}

/**
 * A fingerprint of the index key: the blind index of a fixed marker. It tells whether a resumed run uses the
 * keys of the first one (otherwise its person keys would not link to the earlier chunks); it reveals nothing
 * about any person.
 */
export function indexCheck(cipher: PersonalDataCipher): string {
  return cipher.blindIndex('id_number', 'huimin-synthetic-province').slice(0, 16);
}

export interface TargetState {
  /** Chunk numbers already loaded. */
  loaded: Set<number>;
  synthetic: Record<SynthTable, number>;
  total: Record<SynthTable, number>;
}

export async function inspectTarget(
  target: LoadTarget,
): Promise<TargetState & { runs: { seed: string; chunk_size: number; as_of: string; index_check: string; case_rate: number }[]; cases: { total: number; synthetic: number } }> {
  await target.query(SYNTH_CHUNKS_DDL);
  await target.query(SYNTH_CHUNKS_CASES_DDL);
  const [sums] = await target.query<Record<string, string | null>>(
    `SELECT coalesce(sum(employers), 0)::text AS employers, coalesce(sum(persons), 0)::text AS persons,
            coalesce(sum(contributions), 0)::text AS contributions, coalesce(sum(certificates), 0)::text AS certificates,
            coalesce(sum(cases), 0)::text AS cases
       FROM synth_chunks`,
  );
  const total = {} as Record<SynthTable, number>;
  const synthetic = {} as Record<SynthTable, number>;
  for (const t of TABLES) {
    // An exact count: the check guards real data, an estimate from pg_class could miss a small table.
    const [row] = await target.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${t}`);
    total[t] = Number(row!.n);
    synthetic[t] = Number(sums![t] ?? 0);
  }
  const [cases] = await target.query<{ n: string }>('SELECT count(*)::text AS n FROM cases');
  const casesTotal = Number(cases!.n);
  const casesSynthetic = Number(sums!['cases'] ?? 0);
  const chunks = await target.query<{ chunk_no: number }>('SELECT chunk_no FROM synth_chunks');
  const runs = await target.query<{ seed: string; chunk_size: number; as_of: string; index_check: string; case_rate: number }>(
    'SELECT DISTINCT seed::text AS seed, chunk_size, as_of::text AS as_of, index_check, case_rate FROM synth_chunks',
  );
  return { loaded: new Set(chunks.map((c) => c.chunk_no)), synthetic, total, runs, cases: { total: casesTotal, synthetic: casesSynthetic } };
}

/**
 * Refuses a database that holds rows the generator did not write (real registry data, the demo seed) unless
 * forced, and a resumption with other options or keys than the chunks already there.
 */
export function checkTarget(
  state: Awaited<ReturnType<typeof inspectTarget>>,
  options: ProvinceOptions,
  check: string,
  force: boolean,
): { foreignRows: boolean } {
  const foreign: string[] = TABLES.filter((t) => state.total[t] > state.synthetic[t]);
  const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, state.total[t] - state.synthetic[t]]));
  if (state.cases.total > state.cases.synthetic) {
    foreign.push('cases');
    counts['cases'] = state.cases.total - state.cases.synthetic;
  }
  if (foreign.length > 0 && !force) {
    throw new SynthRefusedError(
      `目标数据库已有非合成数据（${foreign.map((t) => `${t} ${counts[t]} 行`).join('，')}），拒绝写入合成数据。` +
        '请使用空数据库；确需混入时加 --force（冲突的行将被跳过）。' +
        ` The target database holds non-synthetic rows (${foreign.join(', ')}); refusing to write. Use an empty database or --force.`,
    );
  }
  for (const run of state.runs) {
    const sameRate = Math.abs(Number(run.case_rate) - (options.cases ?? 0)) < 1e-6;
    if (Number(run.seed) !== options.seed || run.chunk_size !== options.chunkSize || run.as_of !== options.asOf || run.index_check !== check || !sameRate) {
      throw new SynthRefusedError(
        `数据库中已有另一批合成数据（seed ${run.seed}，每块 ${run.chunk_size} 人，截至 ${run.as_of}，每人 ${Number(run.case_rate)} 件申请${run.index_check !== check ? '，索引密钥不同' : ''}），` +
          '续跑须使用相同参数和密钥，或换一个空数据库。' +
          ` The database holds a province generated with other options or keys (seed ${run.seed}); resume with the same ones or use an empty database.`,
      );
    }
  }
  return { foreignRows: foreign.length > 0 };
}

/**
 * Loads one chunk in one transaction. Direct COPY into the tables when the database holds only synthetic
 * data (the fast path); through temporary staging tables and INSERT … ON CONFLICT DO NOTHING when forced
 * into a database with other rows, so that a colliding key skips a row instead of failing the chunk.
 * Returns false when the chunk was already there (another run loaded it).
 */
export async function loadChunk(target: LoadTarget, rows: ChunkRows, options: ProvinceOptions, check: string, staging: boolean): Promise<boolean> {
  await target.query('BEGIN');
  try {
    await target.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, rows.chunkNo]);
    const existing = await target.query('SELECT 1 FROM synth_chunks WHERE chunk_no = $1', [rows.chunkNo]);
    if (existing.length > 0) {
      await target.query('ROLLBACK');
      return false;
    }
    for (const table of TABLES) {
      const columns = COPY_COLUMNS[table];
      if (!staging) {
        await target.copy(table, columns, rows[table]);
        continue;
      }
      const stage = `synth_stage_${table}`;
      await target.query(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (LIKE ${table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
      await target.copy(stage, columns, rows[table]);
      await target.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${stage} ON CONFLICT DO NOTHING`);
    }
    if (rows.caseRows) {
      for (const table of CASE_TABLES) {
        const columns = CASE_COPY_COLUMNS[table];
        if (!staging) {
          await target.copy(table, columns, rows.caseRows[table]);
          continue;
        }
        // Forced into a database with other rows: a case whose person collided (and was skipped) is skipped
        // too, and so is everything that hangs on a skipped case or batch.
        const stage = `synth_stage_${table}`;
        await target.query(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (LIKE ${table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
        await target.copy(stage, columns, rows.caseRows[table]);
        const parent = {
          cases: 'EXISTS (SELECT 1 FROM persons p WHERE p.id = s.person_id AND p.person_key = s.person_key)',
          case_steps: 'EXISTS (SELECT 1 FROM cases c WHERE c.id = s.case_id)',
          payment_batches: 'true',
          payment_items: 'EXISTS (SELECT 1 FROM cases c WHERE c.id = s.case_id) AND EXISTS (SELECT 1 FROM payment_batches b WHERE b.id = s.batch_id)',
          grants: 'EXISTS (SELECT 1 FROM cases c WHERE c.id = s.case_id)',
        }[table];
        await target.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${stage} s WHERE ${parent} ON CONFLICT DO NOTHING`);
      }
    }
    await target.query(
      `INSERT INTO synth_chunks (chunk_no, seed, chunk_size, as_of, index_check, employers, persons, contributions, certificates, case_rate, cases)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        rows.chunkNo, options.seed, options.chunkSize, options.asOf, check, rows.counts.employers, rows.counts.persons, rows.counts.contributions,
        rows.counts.certificates, options.cases ?? 0, rows.counts.cases,
      ],
    );
    await target.query('COMMIT');
    return true;
  } catch (error) {
    await target.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Generates and loads one chunk; the unit of work of both the inline loop and the worker threads. */
export async function generateAndLoad(
  target: LoadTarget,
  ring: KeyRing,
  options: ProvinceOptions,
  chunkNo: number,
  staging: boolean,
  cipher: PersonalDataCipher = new PersonalDataCipher(ring),
): Promise<{ loaded: boolean; counts: ChunkRows['counts'] }> {
  const rows = buildChunk(options, chunkNo, cipher);
  const loaded = await loadChunk(target, rows, options, indexCheck(cipher), staging);
  return { loaded, counts: rows.counts };
}

/** A key ring as plain values, to hand to a worker thread (Buffers and Maps as hex and pairs). */
export interface SerialKeyRing {
  currentKeyId: string;
  dataKeys: [string, string][];
  indexKey: string;
  demo: boolean;
}
export function serializeKeyRing(ring: KeyRing): SerialKeyRing {
  return {
    currentKeyId: ring.currentKeyId,
    dataKeys: [...ring.dataKeys].map(([id, key]) => [id, key.toString('hex')]),
    indexKey: ring.indexKey.toString('hex'),
    demo: ring.demo,
  };
}
export function deserializeKeyRing(s: SerialKeyRing): KeyRing {
  return {
    currentKeyId: s.currentKeyId,
    dataKeys: new Map(s.dataKeys.map(([id, hex]) => [id, Buffer.from(hex, 'hex')])),
    indexKey: Buffer.from(s.indexKey, 'hex'),
    demo: s.demo,
  };
}
