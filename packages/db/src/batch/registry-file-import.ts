import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { isoMonthSchema, isRegionCode, isWithinRegion, parseCreditCode, parseIdNumber, regionCodeSchema } from '@huimin/domain';
import type { PersonalDataCipher } from '../crypto/index.js';
import { CONTRIBUTION_STATUSES } from '../schema/registry.js';
import { postgresTarget, type LoadTarget } from '../synth/target.js';
import { appendAudit } from './audit.js';
import { CsvStreamParser, type CsvRecord } from './csv.js';

/*
 * The registry import of a province's contribution file (issue 8: a million rows and more), set-based:
 *
 *   1. stage   — the file is read as a stream; each record is checked field by field with the domain's rules
 *                (ID number GB 11643, credit code GB 32100, region code, month — the same as the API's import),
 *                the ID number turned into its blind index (no plain ID number reaches the database), and the
 *                records are COPYed into a staging table of the run with their line number and, for a bad one,
 *                the field and the Chinese reason. One transaction per slice, with the line reached.
 *   2. validate — in SQL, over the whole file: a (person, month) repeated in the file is refused after its first
 *                line (as the API refuses a key repeated in one request), then rows outside the operator's region
 *                (the API's scope rule, with the domain's region hierarchy).
 *   3. apply   — INSERT … ON CONFLICT (person_key, month) DO UPDATE, one slice of lines per transaction with the
 *                counts and the line reached; a row equal to the stored one is left alone (counted unchanged).
 *
 * Every line of the file is accounted for: inserted + updated + unchanged + rejected = records. Rejected lines stay
 * in `registry_import_rejects` (line, field, reason; no personal data) after the run. The run is keyed by the
 * file's SHA-256: a run killed at any point continues where its last transaction ended when started again, and
 * the same file imported again after it finished returns the first run's result without writing anything.
 */

export const REGISTRY_IMPORT_DDL = [
  `CREATE TABLE IF NOT EXISTS registry_import_runs (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    file_sha256 text NOT NULL,
    file_name text NOT NULL,
    scope text,
    actor text NOT NULL,
    phase text NOT NULL DEFAULT 'staging',
    staged_through integer NOT NULL DEFAULT 0,
    staged_rows integer NOT NULL DEFAULT 0,
    applied_through integer NOT NULL DEFAULT 0,
    inserted integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0,
    unchanged integer NOT NULL DEFAULT 0,
    rejected integer NOT NULL DEFAULT 0,
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    UNIQUE (kind, file_sha256, scope)
  )`,
  `CREATE TABLE IF NOT EXISTS registry_import_rejects (
    run_id bigint NOT NULL REFERENCES registry_import_runs (id),
    line integer NOT NULL,
    field text NOT NULL,
    reason text NOT NULL,
    PRIMARY KEY (run_id, line)
  )`,
];

export const OUT_OF_SCOPE = '该记录所属地区不在您的管辖范围内';
export const DUPLICATE_IN_FILE = '与本次导入的前一条记录重复，已跳过';
const REQUIRED = '必填项';
const STATUS_MESSAGE = '缴费状态应为 paid 或 owed';
const UNTERMINATED = 'CSV文件的引号未闭合';
/** The columns of a contribution file (the field names of the API's import, first row of the file). */
export const CONTRIBUTION_FILE_COLUMNS = ['idNumber', 'creditCode', 'regionCode', 'month', 'status'] as const;

export class RegistryImportError extends Error {}

/**
 * The validation and the apply sort the whole file (or a slice of 100,000 lines) by person and month. With the
 * server's default work_mem (4 MB) those sorts spill to disk; the batch transactions may use more, as a
 * province's nightly jobs do. Only for the transaction (SET LOCAL); PGlite accepts it too.
 */
const BATCH_MEMORY = `SET LOCAL work_mem = '256MB'`;

export interface RegistryImportOptions {
  /** The operator (audit actor). */
  actor: string;
  /** The operator's region: rows of other regions are refused (the API's data_admin scope). Absent: no limit. */
  scope?: string;
  /** Records per staging transaction and lines per apply transaction. */
  sliceRows?: number;
  onProgress?: (p: { phase: 'staging' | 'validating' | 'applying' | 'done'; done: number; total: number }) => void;
  /** Stop after this many transactions (an interruption, for tests): the run stays open and a later call resumes it. */
  maxSlices?: number;
}

export interface RegistryImportResult {
  runId: number;
  fileSha256: string;
  finished: boolean;
  /** True when the run had already finished before this call (nothing was written). */
  replayed: boolean;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  seconds: number;
}

export interface RejectedLine {
  line: number;
  field: string;
  reason: string;
}

interface RunRow {
  id: string;
  phase: string;
  staged_through: number;
  staged_rows: number;
  applied_through: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  finished_at: unknown;
}

const STAGE_COLUMNS = ['line', 'person_key', 'credit_code', 'region_code', 'month', 'status', 'field', 'reason'] as const;

function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  const s = String(value);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Field checks of one record, with the domain's rules and messages. A contribution file lists each person for many
 * months and each employer for many persons, so every distinct value is checked once (and the ID number turned
 * into its blind index once); the caches are bounded for files of tens of millions of lines.
 */
class RowChecker {
  readonly #regions = new Map<string, string | null>();
  readonly #months = new Map<string, string | null>();
  readonly #creditCodes = new Map<string, { ok: true; value: string } | { ok: false; message: string }>();
  readonly #ids = new Map<string, { ok: true; key: string } | { ok: false; message: string }>();
  constructor(private readonly cipher: PersonalDataCipher) {}

  region(value: string): string | null {
    let r = this.#regions.get(value);
    if (r === undefined) {
      const p = regionCodeSchema.safeParse(value);
      r = p.success ? null : p.error.issues[0]!.message;
      if (this.#regions.size < 10_000) this.#regions.set(value, r);
    }
    return r;
  }

  month(value: string): string | null {
    let r = this.#months.get(value);
    if (r === undefined) {
      const p = isoMonthSchema.safeParse(value);
      r = p.success ? null : p.error.issues[0]!.message;
      if (this.#months.size < 10_000) this.#months.set(value, r);
    }
    return r;
  }

  creditCode(value: string) {
    let r = this.#creditCodes.get(value);
    if (r === undefined) {
      const p = parseCreditCode(value);
      r = p.ok ? { ok: true, value: p.value } : { ok: false, message: p.message };
      if (this.#creditCodes.size >= 200_000) this.#creditCodes.clear();
      this.#creditCodes.set(value, r);
    }
    return r;
  }

  /** The ID number's checks (GB 11643) and, when it passes, its blind index. */
  person(idNumber: string) {
    let r = this.#ids.get(idNumber);
    if (r === undefined) {
      const p = parseIdNumber(idNumber);
      r = p.ok ? { ok: true, key: this.cipher.personKey(p.value.idNumber) } : { ok: false, message: p.message };
      if (this.#ids.size >= 200_000) this.#ids.clear();
      this.#ids.set(idNumber, r);
    }
    return r;
  }
}

/** One staging line (COPY text) for a record of the file. */
function stageLine(record: CsvRecord, index: Readonly<Record<(typeof CONTRIBUTION_FILE_COLUMNS)[number], number>>, check: RowChecker): string {
  if (record.unterminated) return `${record.line}\t\\N\t\\N\t\\N\t\\N\t\\N\tfile\t${UNTERMINATED}\n`;
  const cell = (name: (typeof CONTRIBUTION_FILE_COLUMNS)[number]) => (record.fields[index[name]] ?? '').trim();
  const errors: [string, string][] = [];
  let personKey: string | null = null;
  let creditCode: string | null = null;
  let region: string | null = null;
  let month: string | null = null;
  let status: string | null = null;

  const id = cell('idNumber');
  if (id === '') errors.push(['idNumber', REQUIRED]);
  else {
    const r = check.person(id);
    if (r.ok) personKey = r.key;
    else errors.push(['idNumber', r.message]);
  }
  const cc = cell('creditCode');
  if (cc === '') errors.push(['creditCode', REQUIRED]);
  else {
    const r = check.creditCode(cc);
    if (r.ok) creditCode = r.value;
    else errors.push(['creditCode', r.message]);
  }
  const rc = cell('regionCode');
  if (rc === '') errors.push(['regionCode', REQUIRED]);
  else {
    const problem = check.region(rc);
    if (problem) errors.push(['regionCode', problem]);
    else region = rc;
  }
  const m = cell('month');
  if (m === '') errors.push(['month', REQUIRED]);
  else {
    const problem = check.month(m);
    if (problem) errors.push(['month', problem]);
    else month = m;
  }
  const st = cell('status');
  if (st === '') errors.push(['status', REQUIRED]);
  else if ((CONTRIBUTION_STATUSES as readonly string[]).includes(st)) status = st;
  else errors.push(['status', STATUS_MESSAGE]);

  if (errors.length > 0) {
    const field = errors.map((e) => e[0]).join(',');
    const reason = errors.map((e) => `${e[0]}：${e[1]}`).join('；');
    return `${record.line}\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(field)}\t${copyText(reason)}\n`;
  }
  return `${record.line}\t${personKey}\t${creditCode}\t${region}\t${month}\t${status}\t\\N\t\\N\n`;
}

function headerIndex(record: CsvRecord | undefined): Record<(typeof CONTRIBUTION_FILE_COLUMNS)[number], number> {
  if (!record || record.fields.every((h) => h.trim() === '')) throw new RegistryImportError('文件第一行应为字段名');
  const names = record.fields.map((h) => h.trim());
  const missing = CONTRIBUTION_FILE_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new RegistryImportError(`文件第一行缺少字段：${missing.join('、')}（应为 ${CONTRIBUTION_FILE_COLUMNS.join(',')}）`);
  return Object.fromEntries(CONTRIBUTION_FILE_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof CONTRIBUTION_FILE_COLUMNS)[number], number>;
}

/** The file's records, the ones of each megabyte read together (one await per megabyte, not per record). */
async function* records(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvStreamParser();
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    onBytes?.((chunk as Buffer).length);
    yield parser.push(decoder.write(chunk as Buffer));
  }
  yield [...parser.push(decoder.end()), ...parser.end()];
}

/**
 * The COPY text of a slice, written line by line into buffers of a megabyte. One string of 100,000 lines built by
 * `+=` kept every line alive until the slice was sent and was then flattened whole: a third of the import's time
 * went to the garbage collector and that copy (issue 8).
 */
class CopyBuffer {
  static readonly SIZE = 1 << 20;
  #pieces: Buffer[] = [];
  #buffer = Buffer.allocUnsafe(CopyBuffer.SIZE);
  #used = 0;

  add(line: string): void {
    // A UTF-16 unit takes at most three bytes in UTF-8: room for that many means the line fits.
    if (this.#used + line.length * 3 > this.#buffer.length) {
      this.#seal();
      if (line.length * 3 > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(line.length * 3);
    }
    this.#used += this.#buffer.write(line, this.#used, 'utf8');
  }

  /** The pieces so far, and a fresh buffer for the next slice. */
  take(): Buffer[] {
    this.#seal();
    const pieces = this.#pieces;
    this.#pieces = [];
    return pieces;
  }

  #seal(): void {
    if (this.#used === 0) return;
    this.#pieces.push(this.#buffer.subarray(0, this.#used));
    this.#buffer = Buffer.allocUnsafe(CopyBuffer.SIZE);
    this.#used = 0;
  }
}

/** `{ url }` for PostgreSQL, or a ready target (PGlite in the tests; the caller keeps it open). */
export type ImportTarget = { url: string } | { target: LoadTarget };

/**
 * Imports a contribution file (see the module comment). Throws RegistryImportError for a file that cannot be
 * read as one (no header, a column missing) before anything is written.
 */
export async function importContributionFile(where: ImportTarget, cipher: PersonalDataCipher, path: string, options: RegistryImportOptions): Promise<RegistryImportResult> {
  const started = process.hrtime.bigint();
  if (options.scope !== undefined && !isRegionCode(options.scope)) throw new RegistryImportError(`管辖地区代码无效：${options.scope}`);
  const slice = options.sliceRows ?? 100_000;
  const own = 'url' in where ? await postgresTarget(where.url) : undefined;
  const target = own ?? (where as { target: LoadTarget }).target;
  let slices = 0;
  const interrupted = () => options.maxSlices !== undefined && slices >= options.maxSlices;
  try {
    const sha = await fileSha256(path);
    for (const ddl of REGISTRY_IMPORT_DDL) await target.query(ddl);
    const scope = options.scope ?? null;
    await target.query(
      `INSERT INTO registry_import_runs (kind, file_sha256, file_name, scope, actor) VALUES ('contributions', $1, $2, $3, $4)
       ON CONFLICT (kind, file_sha256, scope) DO NOTHING`,
      [sha, basename(path), scope ?? '', options.actor],
    );
    const [found] = await target.query<RunRow>(
      `SELECT id::text AS id, phase, staged_through, staged_rows, applied_through, inserted, updated, unchanged, rejected, finished_at
         FROM registry_import_runs WHERE kind = 'contributions' AND file_sha256 = $1 AND scope = $2`,
      [sha, scope ?? ''],
    );
    let run = found!;
    const runId = Number(run.id);
    const stage = `registry_import_stage_${runId}`;
    const result = (finished: boolean, replayed: boolean): RegistryImportResult => ({
      runId,
      fileSha256: sha,
      finished,
      replayed,
      records: run.staged_rows,
      inserted: run.inserted,
      updated: run.updated,
      unchanged: run.unchanged,
      rejected: run.rejected,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    });
    if (run.finished_at) return result(true, true);
    // Two imports of one file at once would count twice: the second waits for nothing and stops here.
    const [lock] = await target.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(7240081, $1) AS ok', [runId]);
    if (!lock!.ok) throw new RegistryImportError(`该文件（批次 ${runId}）正在由另一进程导入，请稍后再试`);
    try {
      const reload = async () => {
        const [r] = await target.query<RunRow>(
          `SELECT id::text AS id, phase, staged_through, staged_rows, applied_through, inserted, updated, unchanged, rejected, finished_at FROM registry_import_runs WHERE id = $1`,
          [runId],
        );
        run = r!;
      };
      // The staging table is UNLOGGED (written once, read twice): a server crash empties it, which the row count
      // tells, and the file is then staged again (applied slices are not repeated: the upsert is idempotent anyway).
      // The key columns compare bytewise (COLLATE "C"): the validation and the apply sort the file by person and
      // month, and a byte comparison is several times cheaper than the database's locale rules on hex digits.
      await target.query(
        `CREATE UNLOGGED TABLE IF NOT EXISTS ${stage} (line integer NOT NULL, person_key text COLLATE "C", credit_code text, region_code text, month text COLLATE "C", status text, field text, reason text)`,
      );
      if (run.phase !== 'done') {
        const [{ n } = { n: '0' }] = await target.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${stage}`);
        if (Number(n) !== run.staged_rows) {
          await target.query(`TRUNCATE ${stage}`);
          await target.query(`UPDATE registry_import_runs SET phase = 'staging', staged_through = 0, staged_rows = 0, updated_at = now() WHERE id = $1`, [runId]);
          await reload();
        }
      }

      // 1. stage
      if (run.phase === 'staging') {
        const size = (await stat(path)).size;
        let bytes = 0;
        let header: Record<(typeof CONTRIBUTION_FILE_COLUMNS)[number], number> | undefined;
        const check = new RowChecker(cipher);
        const text = new CopyBuffer();
        let inSlice = 0;
        let lastLine = run.staged_through;
        let rows = run.staged_rows;
        // One slice is committed while the next is parsed and checked: the database's work on the COPY and the
        // JavaScript's on the file overlap (two cores). A failed commit is kept and thrown at the next wait.
        let committing: Promise<void> = Promise.resolve();
        let failure: unknown;
        const commit = async (lines: Buffer[], count: number, through: number) => {
          await target.query('BEGIN');
          try {
            await target.copy(stage, STAGE_COLUMNS, lines);
            await target.query(`UPDATE registry_import_runs SET staged_through = $2, staged_rows = $3, updated_at = now() WHERE id = $1`, [runId, through, rows + count]);
            await target.query('COMMIT');
          } catch (error) {
            await target.query('ROLLBACK').catch(() => {});
            throw error;
          }
          rows += count;
          slices++;
          options.onProgress?.({ phase: 'staging', done: bytes, total: size });
        };
        const settle = async () => {
          await committing;
          if (failure !== undefined) throw failure;
        };
        const flush = () => {
          const lines = text.take();
          if (inSlice > 0) committing = commit(lines, inSlice, lastLine).catch((error: unknown) => void (failure = error));
          inSlice = 0;
        };
        for await (const batch of records(path, (b) => (bytes += b))) {
          for (const record of batch) {
            if (!header) {
              header = headerIndex(record);
              continue;
            }
            if (record.line <= run.staged_through) continue;
            text.add(stageLine(record, header, check));
            lastLine = record.line;
            if (++inSlice >= slice) {
              await settle();
              if (interrupted()) return result(false, false);
              flush();
            }
          }
        }
        await settle();
        if (!header) throw new RegistryImportError('文件第一行应为字段名');
        if (interrupted()) return result(false, false);
        flush();
        await settle();
        if (interrupted()) return result(false, false);
        await target.query(`UPDATE registry_import_runs SET phase = 'validating', updated_at = now() WHERE id = $1`, [runId]);
        await reload();
      }

      // 2. validate, set-based, in one transaction (repeatable: it only marks rows that have no reason yet).
      if (run.phase === 'validating') {
        options.onProgress?.({ phase: 'validating', done: 0, total: 1 });
        await target.query('BEGIN');
        await target.query(BATCH_MEMORY);
        try {
          await target.query(
            `UPDATE ${stage} s SET field = 'month', reason = $1
               FROM (SELECT line, row_number() OVER (PARTITION BY person_key, month ORDER BY line) AS n FROM ${stage} WHERE reason IS NULL) d
              WHERE d.line = s.line AND d.n > 1`,
            [DUPLICATE_IN_FILE],
          );
          if (scope) {
            const regions = await target.query<{ region_code: string }>(`SELECT DISTINCT region_code FROM ${stage} WHERE reason IS NULL`);
            const outside = regions.map((r) => r.region_code).filter((code) => !isWithinRegion(code, scope));
            if (outside.length > 0) {
              await target.query(`UPDATE ${stage} SET field = 'regionCode', reason = $1 WHERE reason IS NULL AND region_code = ANY($2::text[])`, [OUT_OF_SCOPE, outside]);
            }
          }
          await target.query(`CREATE INDEX IF NOT EXISTS ${stage}_line ON ${stage} (line)`);
          await target.query(`INSERT INTO registry_import_rejects (run_id, line, field, reason) SELECT $1, line, field, reason FROM ${stage} WHERE reason IS NOT NULL ON CONFLICT DO NOTHING`, [runId]);
          await target.query(
            `UPDATE registry_import_runs SET phase = 'applying', rejected = (SELECT count(*) FROM registry_import_rejects WHERE run_id = $1), updated_at = now() WHERE id = $1`,
            [runId],
          );
          await target.query('COMMIT');
        } catch (error) {
          await target.query('ROLLBACK').catch(() => {});
          throw error;
        }
        slices++;
        await reload();
        if (interrupted()) return result(false, false);
      }

      // 3. apply, one slice of lines per transaction.
      if (run.phase === 'applying') {
        const [{ last } = { last: 0 }] = await target.query<{ last: number | null }>(`SELECT max(line) AS last FROM ${stage}`);
        const lastLine = Number(last ?? 0);
        let from = run.applied_through;
        // Slices by line number: a file is about one line per record, so `slice` lines ≈ `slice` rows.
        while (from < lastLine) {
          const to = Math.min(lastLine, from + slice);
          await target.query('BEGIN');
          await target.query(BATCH_MEMORY);
          try {
            // The slice's rows go straight from the staging table into the upsert, and its answer is counted in one
            // pass: a CTE read twice (the rows, then their count) was materialised, a quarter of the apply's time.
            const [c] = await target.query<{ inserted: string; updated: string }>(
              `WITH up AS (
                 INSERT INTO contributions (person_key, month, credit_code, region_code, status)
                 SELECT person_key, month, credit_code, region_code, status FROM ${stage}
                  WHERE line > $1 AND line <= $2 AND reason IS NULL
                  ORDER BY person_key, month
                 ON CONFLICT (person_key, month) DO UPDATE
                    SET credit_code = excluded.credit_code, region_code = excluded.region_code, status = excluded.status
                  WHERE (contributions.credit_code, contributions.region_code, contributions.status)
                        IS DISTINCT FROM (excluded.credit_code, excluded.region_code, excluded.status)
                 RETURNING (xmax = 0) AS inserted
               )
               SELECT (count(*) FILTER (WHERE inserted))::text AS inserted, (count(*) FILTER (WHERE NOT inserted))::text AS updated FROM up`,
              [from, to],
            );
            const [a] = await target.query<{ accepted: string }>(`SELECT count(*)::text AS accepted FROM ${stage} WHERE line > $1 AND line <= $2 AND reason IS NULL`, [from, to]);
            const inserted = Number(c!.inserted);
            const updated = Number(c!.updated);
            const unchanged = Number(a!.accepted) - inserted - updated;
            await target.query(
              `UPDATE registry_import_runs SET applied_through = $2, inserted = inserted + $3, updated = updated + $4, unchanged = unchanged + $5, updated_at = now() WHERE id = $1`,
              [runId, to, inserted, updated, unchanged],
            );
            await target.query('COMMIT');
          } catch (error) {
            await target.query('ROLLBACK').catch(() => {});
            throw error;
          }
          from = to;
          slices++;
          options.onProgress?.({ phase: 'applying', done: to, total: lastLine });
          if (interrupted() && from < lastLine) {
            await reload();
            return result(false, false);
          }
        }
        // Done: the audit entry (counts only: the rows are personal data) and the end of the run, together.
        await reload();
        if (run.inserted + run.updated + run.unchanged + run.rejected !== run.staged_rows) {
          throw new Error(`导入批次 ${runId} 计数不一致：${run.inserted}+${run.updated}+${run.unchanged}+${run.rejected} ≠ ${run.staged_rows}`);
        }
        await target.query('BEGIN');
        try {
          await appendAudit(target, [
            {
              actor: options.actor,
              action: 'registry.import.contributions',
              entity: 'registry',
              after: { source: 'csv-batch', file: basename(path), sha256: sha, rows: run.staged_rows, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, errors: run.rejected },
            },
          ]);
          await target.query(`UPDATE registry_import_runs SET phase = 'done', finished_at = now(), updated_at = now() WHERE id = $1`, [runId]);
          await target.query('COMMIT');
        } catch (error) {
          await target.query('ROLLBACK').catch(() => {});
          throw error;
        }
        await target.query(`DROP TABLE IF EXISTS ${stage}`);
        await reload();
        options.onProgress?.({ phase: 'done', done: 1, total: 1 });
      }
      return result(run.phase === 'done', false);
    } finally {
      await target.query('SELECT pg_advisory_unlock(7240081, $1)', [runId]).catch(() => {});
    }
  } finally {
    await own?.close();
  }
}

/** The rejected lines of a run, in line order (the report an operator corrects the file from). */
export async function rejectedLines(where: LoadTarget, runId: number): Promise<RejectedLine[]> {
  return where.query<RejectedLine>('SELECT line, field, reason FROM registry_import_rejects WHERE run_id = $1 ORDER BY line', [runId]);
}
