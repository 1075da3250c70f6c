import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { isoMonthSchema, isRegionCode, isWithinRegion, parseCreditCode, parseIdNumber, regionCodeSchema, type RegionCode } from '@huimin/domain';
import type { PersonalDataCipher } from '../crypto/index.js';
import { CONTRIBUTION_STATUSES } from '../schema/registry.js';
import { batchTransaction, postgresTarget, type LoadTarget } from '../synth/target.js';
import { appendAudit } from './audit.js';
import { CsvStreamParser, type CsvRecord } from './csv.js';
import { SeenKeys, type PersonHash } from './seen-keys.js';

/*
 * The registry import of a province's contribution file (issue 8: a million rows and more), set-based, one slice
 * of records per transaction. The file is read as a stream; while the database writes one slice, the next is read
 * and checked (two cores at work, not one after the other).
 *
 * For each record, in JavaScript:
 *   - the fields are checked with the domain's rules (ID number GB 11643, credit code GB 32100, region code,
 *     month, the same as the API's import), and the ID number turned into its blind index (no plain ID number
 *     reaches the database);
 *   - a row outside the operator's region is marked (the API's scope rule, with the domain's region hierarchy);
 *   - a filter of the keys seen so far (seen-keys.ts) marks the rare row whose person-month may have come before.
 *
 * For each slice, in one transaction:
 *   1. the records are COPYed into the run's staging table with their line number and, for a bad one, the field
 *      and the Chinese reason;
 *   2. a marked row is refused when an earlier line of the file has the same person and month (as the API refuses
 *      a key repeated in one request): the first line counts, over the whole file, whatever slice it was in;
 *   3. the refused lines are kept in `registry_import_rejects` (line, field, reason; no personal data);
 *   4. the rest go in by INSERT … ON CONFLICT (person_key, month) DO UPDATE; a row equal to the stored one is left
 *      alone (counted unchanged);
 *   5. the counts and the line reached are written to the run.
 *
 * Every line of the file is accounted for: inserted + updated + unchanged + rejected = records. The run is keyed by
 * the file's SHA-256: a run killed at any point continues after its last committed slice when started again, and
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
    phase text NOT NULL DEFAULT 'importing',
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
 * The upsert sorts its slice by person and month; with the server's default work_mem (4 MB) the sort spills to
 * disk. The slice's transaction may use more, as a province's nightly jobs do (only for it; PGlite accepts it too).
 * The transaction also has JIT off (batchTransaction): the repeat check's correlated probe is costed high, so the
 * server compiled it with LLVM in every slice, 0.2 s each time, to run it for a few dozen rows.
 */
const SLICE_MEMORY = `SELECT set_config('work_mem', '256MB', true)`;

export interface RegistryImportOptions {
  /** The operator (audit actor). */
  actor: string;
  /** The operator's region: rows of other regions are refused (the API's data_admin scope). Absent: no limit. */
  scope?: string;
  /** Records per transaction (default: an eighth of the file, from 10,000 to 100,000). */
  sliceRows?: number;
  /** `importing`: bytes of the file read and committed; then `done`. */
  onProgress?: (p: { phase: 'importing' | 'done'; done: number; total: number }) => void;
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

const STAGE_COLUMNS = ['line', 'person_key', 'credit_code', 'region_code', 'month', 'status', 'field', 'reason', 'maybe_repeat'] as const;

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
  readonly #inScope = new Map<string, boolean>();
  readonly #months = new Map<string, string | null>();
  readonly #creditCodes = new Map<string, { ok: true; value: string } | { ok: false; message: string }>();
  readonly #ids = new Map<string, { ok: true; key: string; hash: PersonHash } | { ok: false; message: string }>();
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly scope: RegionCode | null,
  ) {}

  region(value: string): string | null {
    let r = this.#regions.get(value);
    if (r === undefined) {
      const p = regionCodeSchema.safeParse(value);
      r = p.success ? null : p.error.issues[0]!.message;
      if (this.#regions.size < 10_000) this.#regions.set(value, r);
    }
    return r;
  }

  /** Whether a valid region code is within the operator's region (always, without a scope). */
  inScope(value: string): boolean {
    if (this.scope === null) return true;
    let r = this.#inScope.get(value);
    if (r === undefined) {
      r = isWithinRegion(value, this.scope);
      if (this.#inScope.size < 10_000) this.#inScope.set(value, r);
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

  /** The ID number's checks (GB 11643) and, when it passes, its blind index and that index's hash pair. */
  person(idNumber: string) {
    let r = this.#ids.get(idNumber);
    if (r === undefined) {
      const p = parseIdNumber(idNumber);
      if (p.ok) {
        const key = this.cipher.personKey(p.value.idNumber);
        r = { ok: true, key, hash: SeenKeys.personHash(key) };
      } else r = { ok: false, message: p.message };
      if (this.#ids.size >= 200_000) this.#ids.clear();
      this.#ids.set(idNumber, r);
    }
    return r;
  }
}

/** What a record came to in JavaScript: accepted so far, refused, or accepted so far but maybe a repeat. */
const enum Staged {
  Accepted,
  Refused,
  MaybeRepeat,
}

/**
 * One staging line (COPY text) for a record of the file, appended to `out`. A row outside the scope keeps its key:
 * a later line with the same person and month is still its repeat, whichever region each names.
 */
function stageLine(
  record: CsvRecord,
  index: Readonly<Record<(typeof CONTRIBUTION_FILE_COLUMNS)[number], number>>,
  check: RowChecker,
  seen: SeenKeys,
  out: CopyBuffer | null,
): Staged {
  if (record.unterminated) {
    out?.add(`${record.line}\t\\N\t\\N\t\\N\t\\N\t\\N\tfile\t${UNTERMINATED}\tf\n`);
    return Staged.Refused;
  }
  const cell = (name: (typeof CONTRIBUTION_FILE_COLUMNS)[number]) => (record.fields[index[name]] ?? '').trim();
  const errors: [string, string][] = [];
  let person: { key: string; hash: PersonHash } | null = null;
  let creditCode: string | null = null;
  let region: string | null = null;
  let month: string | null = null;
  let status: string | null = null;

  const id = cell('idNumber');
  if (id === '') errors.push(['idNumber', REQUIRED]);
  else {
    const r = check.person(id);
    if (r.ok) person = r;
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
    out?.add(`${record.line}\t\\N\t\\N\t\\N\t\\N\t\\N\t${copyText(field)}\t${copyText(reason)}\tf\n`);
    return Staged.Refused;
  }
  const maybeRepeat = seen.add(person!.hash, month!);
  const inScope = check.inScope(region!);
  out?.add(
    `${record.line}\t${person!.key}\t${creditCode}\t${region}\t${month}\t${status}\t` +
      (inScope ? '\\N\t\\N' : `regionCode\t${OUT_OF_SCOPE}`) +
      (maybeRepeat ? '\tt\n' : '\tf\n'),
  );
  return maybeRepeat ? Staged.MaybeRepeat : inScope ? Staged.Accepted : Staged.Refused;
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

/** Lets pending socket reads and writes run (setImmediate comes after the poll phase of the event loop). */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `{ url }` for PostgreSQL, or a ready target (PGlite in the tests; the caller keeps it open). */
export type ImportTarget = { url: string } | { target: LoadTarget };

/**
 * Imports a contribution file (see the module comment). Throws RegistryImportError for a file that cannot be
 * read as one (no header, a column missing) before anything is written.
 */
export async function importContributionFile(where: ImportTarget, cipher: PersonalDataCipher, path: string, options: RegistryImportOptions): Promise<RegistryImportResult> {
  const started = process.hrtime.bigint();
  if (options.scope !== undefined && !isRegionCode(options.scope)) throw new RegistryImportError(`管辖地区代码无效：${options.scope}`);
  const own = 'url' in where ? await postgresTarget(where.url) : undefined;
  const target = own ?? (where as { target: LoadTarget }).target;
  let slices = 0;
  const interrupted = () => options.maxSlices !== undefined && slices >= options.maxSlices;
  try {
    const sha = await fileSha256(path);
    for (const ddl of REGISTRY_IMPORT_DDL) await target.query(ddl);
    const scope = options.scope ?? null;
    await target.query(
      `INSERT INTO registry_import_runs (kind, file_sha256, file_name, scope, actor, phase) VALUES ('contributions', $1, $2, $3, $4, 'importing')
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
      // The staging table is UNLOGGED (written once, read by the slice's own transaction and by the repeat checks of
      // later slices): a server crash empties it, which the row count tells. The file is then staged again from its
      // first line, and the slices already applied are only staged, not applied or counted again.
      // The key columns compare bytewise (COLLATE "C"), several times cheaper than the locale's rules on hex digits.
      // A hash index finds a person's earlier lines for the repeat check; the line index, a slice's rows.
      // A run left by an earlier version (which staged the whole file before applying any of it) has another
      // staging table: it is made again, and the run goes on in slices.
      const earlierVersion = run.phase !== 'importing';
      if (earlierVersion) await target.query(`DROP TABLE IF EXISTS ${stage}`);
      await target.query(
        `CREATE UNLOGGED TABLE IF NOT EXISTS ${stage} (line integer NOT NULL, person_key text COLLATE "C", credit_code text, region_code text,
           month text COLLATE "C", status text, field text, reason text, maybe_repeat boolean NOT NULL)`,
      );
      await target.query(`CREATE INDEX IF NOT EXISTS ${stage}_line ON ${stage} (line)`);
      await target.query(`CREATE INDEX IF NOT EXISTS ${stage}_person ON ${stage} USING hash (person_key)`);
      const [{ n } = { n: '0' }] = await target.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${stage}`);
      if (earlierVersion || Number(n) !== run.staged_rows) {
        // Stage again from the first line; the rejected lines are found and counted again. The slices applied
        // before (up to applied_through) are not applied or counted again.
        await target.query(`TRUNCATE ${stage}`);
        await target.query('DELETE FROM registry_import_rejects WHERE run_id = $1', [runId]);
        await target.query(`UPDATE registry_import_runs SET phase = 'importing', staged_through = 0, staged_rows = 0, rejected = 0, updated_at = now() WHERE id = $1`, [runId]);
        await reload();
      }

      const size = (await stat(path)).size;
      // About 60 bytes a line in a core system's file: the filter and the slices only need the order of magnitude.
      const expectedLines = Math.ceil(size / 60);
      // A smaller file gets smaller slices (at least eight), so that reading one overlaps writing another.
      const sliceSize = options.sliceRows ?? Math.max(10_000, Math.min(100_000, Math.ceil(expectedLines / 8)));
      let bytes = 0;
      let header: Record<(typeof CONTRIBUTION_FILE_COLUMNS)[number], number> | undefined;
      const check = new RowChecker(cipher, scope);
      const seen = new SeenKeys(expectedLines);
      const text = new CopyBuffer();
      let inSlice = 0;
      let refusedInSlice = 0;
      let maybeRepeatsInSlice = 0;
      let lastLine = run.staged_through;
      let rows = run.staged_rows;
      const appliedThrough = run.applied_through;
      // One slice is written while the next is read and checked: the database's work and the JavaScript's overlap
      // (two cores). A failed slice is kept and thrown at the next wait.
      let committing: Promise<void> = Promise.resolve();
      let failure: unknown;
      const commit = async (lines: Buffer[], slice: { count: number; from: number; to: number; refused: number; maybeRepeats: number }) => {
        const { count, from, to } = slice;
        await batchTransaction(target, async () => {
          await target.query(SLICE_MEMORY);
          await target.copy(stage, STAGE_COLUMNS, lines);
          if (slice.maybeRepeats > 0) {
            // The subquery stays correlated (LIMIT 1): one probe of the hash index per marked row, never a scan of
            // the staging table. An earlier line counts whatever became of it (refused for its region, or itself a
            // repeat): the first line of a person-month is the one that stands.
            await target.query(
              `UPDATE ${stage} s SET field = 'month', reason = $3
                WHERE s.line > $1 AND s.line <= $2 AND s.maybe_repeat
                  AND (SELECT 1 FROM ${stage} p WHERE p.person_key = s.person_key AND p.month = s.month AND p.line < s.line LIMIT 1) IS NOT NULL`,
              [from, to, DUPLICATE_IN_FILE],
            );
          }
          let rejected = 0;
          if (slice.refused > 0 || slice.maybeRepeats > 0) {
            // ON CONFLICT: lines staged again after a lost staging table were already kept (and counted).
            const [r] = await target.query<{ n: string }>(
              `WITH kept AS (
                 INSERT INTO registry_import_rejects (run_id, line, field, reason)
                 SELECT $1, line, field, reason FROM ${stage} WHERE line > $2 AND line <= $3 AND reason IS NOT NULL
                 ON CONFLICT DO NOTHING RETURNING 1
               ) SELECT count(*)::text AS n FROM kept`,
              [runId, from, to],
            );
            rejected = Number(r!.n);
          }
          let inserted = 0;
          let updated = 0;
          let unchanged = 0;
          const applyFrom = Math.max(from, appliedThrough);
          if (applyFrom < to) {
            // The rows go from the staging table into the upsert in key order (the index pages are then written
            // in order), and its answer is counted in the same statement.
            const [c] = await target.query<{ inserted: string; updated: string; accepted: string }>(
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
               SELECT (count(*) FILTER (WHERE inserted))::text AS inserted, (count(*) FILTER (WHERE NOT inserted))::text AS updated,
                      (SELECT count(*) FROM ${stage} WHERE line > $1 AND line <= $2 AND reason IS NULL)::text AS accepted
                 FROM up`,
              [applyFrom, to],
            );
            inserted = Number(c!.inserted);
            updated = Number(c!.updated);
            unchanged = Number(c!.accepted) - inserted - updated;
          }
          await target.query(
            `UPDATE registry_import_runs SET staged_through = $2, staged_rows = $3, applied_through = greatest(applied_through, $2),
                    inserted = inserted + $4, updated = updated + $5, unchanged = unchanged + $6, rejected = rejected + $7, updated_at = now()
              WHERE id = $1`,
            [runId, to, rows + count, inserted, updated, unchanged, rejected],
          );
        });
        rows += count;
        slices++;
        options.onProgress?.({ phase: 'importing', done: bytes, total: size });
      };
      const settle = async () => {
        await committing;
        if (failure !== undefined) throw failure;
      };
      const stopped = async () => {
        await reload();
        return result(false, false);
      };
      let sliceFrom = lastLine;
      const flush = () => {
        const lines = text.take();
        if (inSlice > 0) {
          const s = { count: inSlice, from: sliceFrom, to: lastLine, refused: refusedInSlice, maybeRepeats: maybeRepeatsInSlice };
          committing = commit(lines, s).catch((error: unknown) => void (failure = error));
        }
        sliceFrom = lastLine;
        inSlice = 0;
        refusedInSlice = 0;
        maybeRepeatsInSlice = 0;
      };
      for await (const batch of records(path, (b) => (bytes += b))) {
        for (const record of batch) {
          // The slice being written needs the event loop to send its COPY data and read each answer: while a
          // megabyte of records is checked in one go, the database would sit waiting for up to 0.1 s at every step.
          if ((record.line & 1023) === 0) await yieldToIo();
          if (!header) {
            header = headerIndex(record);
            continue;
          }
          if (record.line <= run.staged_through) {
            // Committed before: only its key goes into the filter, for the repeat checks of the lines after it.
            stageLine(record, header, check, seen, null);
            continue;
          }
          const staged = stageLine(record, header, check, seen, text);
          if (staged === Staged.Refused) refusedInSlice++;
          else if (staged === Staged.MaybeRepeat) maybeRepeatsInSlice++;
          lastLine = record.line;
          if (++inSlice >= sliceSize) {
            await settle();
            if (interrupted()) return stopped();
            flush();
          }
        }
      }
      await settle();
      if (!header) throw new RegistryImportError('文件第一行应为字段名');
      if (interrupted()) return stopped();
      flush();
      await settle();
      await reload();
      if (interrupted()) return result(false, false);
      // Done: the audit entry (counts only: the rows are personal data) and the end of the run, together.
      if (run.inserted + run.updated + run.unchanged + run.rejected !== run.staged_rows) {
        throw new Error(`导入批次 ${runId} 计数不一致：${run.inserted}+${run.updated}+${run.unchanged}+${run.rejected} ≠ ${run.staged_rows}`);
      }
      await batchTransaction(target, async () => {
        await appendAudit(target, [
          {
            actor: options.actor,
            action: 'registry.import.contributions',
            entity: 'registry',
            after: { source: 'csv-batch', file: basename(path), sha256: sha, rows: run.staged_rows, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, errors: run.rejected },
          },
        ]);
        await target.query(`UPDATE registry_import_runs SET phase = 'done', finished_at = now(), updated_at = now() WHERE id = $1`, [runId]);
      });
      await target.query(`DROP TABLE IF EXISTS ${stage}`);
      await reload();
      options.onProgress?.({ phase: 'done', done: 1, total: 1 });
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
