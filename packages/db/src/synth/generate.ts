import { Worker } from 'node:worker_threads';
import { PersonalDataCipher, type KeyRing } from '../crypto/index.js';
import { checkTarget, generateAndLoad, indexCheck, inspectTarget, serializeKeyRing } from './load.js';
import { chunkCount, MAX_PERSONS, personsInChunk, type ChunkRows, type ProvinceOptions } from './province.js';
import { postgresTarget, type LoadTarget } from './target.js';

export interface GenerateOptions extends ProvinceOptions {
  /** Write into a database that already holds non-synthetic rows (through staging tables, skipping conflicts). */
  force?: boolean;
  /**
   * Worker threads, each with its own connection (PostgreSQL only; needs the built package). 0 = generate in
   * this thread, which is what PGlite (one connection) and the tests use.
   */
  jobs?: number;
  /** Called after each chunk, loaded or skipped. */
  onChunk?: (event: ChunkEvent) => void;
  /** Stop after this many chunks were loaded (an interruption, for tests and for loading in slices). */
  maxChunks?: number;
}

export interface ChunkEvent {
  chunkNo: number;
  loaded: boolean;
  counts: ChunkRows['counts'];
}

export interface GenerateResult {
  chunks: number;
  loaded: number;
  skipped: number;
  employers: number;
  persons: number;
  contributions: number;
  certificates: number;
  cases: number;
  seconds: number;
  /** True when every chunk of the province is in the database. */
  complete: boolean;
}

/** `{ url }` for PostgreSQL (worker threads possible), or a ready LoadTarget (PGlite, or a test's connection). */
export type GenerateTarget = { url: string } | { target: LoadTarget };

/**
 * Generates the synthetic province into the target database: every chunk not yet there, in chunk order,
 * inline or by `jobs` worker threads. Safe to interrupt and run again with the same options.
 */
export async function generateProvince(where: GenerateTarget, ring: KeyRing, options: GenerateOptions): Promise<GenerateResult> {
  if (!Number.isInteger(options.persons) || options.persons < 1 || options.persons > MAX_PERSONS) {
    throw new RangeError(`--persons 应为 1—${MAX_PERSONS} 的整数`);
  }
  if (!Number.isInteger(options.chunkSize) || options.chunkSize < 1) throw new RangeError('--chunk-size 应为正整数');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new RangeError('--as-of 应为 YYYY-MM-DD');
  if (options.cases !== undefined && !(Number.isFinite(options.cases) && options.cases >= 0 && options.cases <= 4)) throw new RangeError('--cases 应为 0—4 之间的数（每人申请件数）');
  const province: ProvinceOptions = { seed: options.seed, persons: options.persons, chunkSize: options.chunkSize, asOf: options.asOf, ...(options.cases ? { cases: options.cases } : {}) };
  const cipher = new PersonalDataCipher(ring);
  const check = indexCheck(cipher);
  const own = 'url' in where ? await postgresTarget(where.url) : undefined;
  const target = own ?? (where as { target: LoadTarget }).target;
  const started = process.hrtime.bigint();
  const result: GenerateResult = { chunks: chunkCount(province), loaded: 0, skipped: 0, employers: 0, persons: 0, contributions: 0, certificates: 0, cases: 0, seconds: 0, complete: false };
  try {
    const state = await inspectTarget(target);
    const { foreignRows } = checkTarget(state, province, check, options.force === true);
    // A short last chunk recorded by a smaller run cannot grow: say so instead of leaving a hole.
    const [last] = await target.query<{ chunk_no: number; persons: number }>('SELECT chunk_no, persons FROM synth_chunks ORDER BY chunk_no DESC LIMIT 1');
    if (last && last.persons < personsInChunk(province, last.chunk_no)) {
      throw new RangeError(`第 ${last.chunk_no} 块只有 ${last.persons} 人（上次 --persons 较小且不是块大小的整数倍），无法扩展；请换空数据库。`);
    }
    const todo: number[] = [];
    for (let k = 0; k < result.chunks; k++) {
      if (state.loaded.has(k)) {
        result.skipped++;
        options.onChunk?.({ chunkNo: k, loaded: false, counts: { employers: 0, persons: personsInChunk(province, k), contributions: 0, certificates: 0, cases: 0 } });
      } else todo.push(k);
    }
    const limit = options.maxChunks ?? Infinity;
    const record = (event: ChunkEvent) => {
      if (event.loaded) {
        result.loaded++;
        result.employers += event.counts.employers;
        result.persons += event.counts.persons;
        result.contributions += event.counts.contributions;
        result.certificates += event.counts.certificates;
        result.cases += event.counts.cases;
      } else result.skipped++;
      options.onChunk?.(event);
    };
    const jobs = options.jobs ?? 0;
    if (jobs > 0 && 'url' in where) {
      await runWorkers(where.url, ring, province, foreignRows, jobs, todo.slice(0, Number.isFinite(limit) ? limit : undefined), record);
    } else {
      for (const k of todo) {
        if (result.loaded >= limit) break;
        const { loaded, counts } = await generateAndLoad(target, ring, province, k, foreignRows, cipher);
        record({ chunkNo: k, loaded, counts });
      }
    }
    const [done] = await target.query<{ n: string }>('SELECT count(*)::text AS n FROM synth_chunks WHERE chunk_no < $1', [result.chunks]);
    result.complete = Number(done!.n) === result.chunks;
  } finally {
    await own?.close();
  }
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return result;
}

async function runWorkers(
  url: string,
  ring: KeyRing,
  options: ProvinceOptions,
  staging: boolean,
  jobs: number,
  todo: number[],
  record: (event: ChunkEvent) => void,
): Promise<void> {
  const queue = [...todo];
  const workers: Worker[] = [];
  let failure: Error | undefined;
  await new Promise<void>((resolve) => {
    let active = 0;
    const finish = (worker: Worker) => {
      worker.postMessage({ stop: true });
      if (--active === 0) resolve();
    };
    const next = (worker: Worker) => {
      const chunkNo = failure ? undefined : queue.shift();
      if (chunkNo === undefined) finish(worker);
      else worker.postMessage({ chunkNo });
    };
    for (let w = 0; w < Math.min(jobs, Math.max(1, queue.length)); w++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { url, ring: serializeKeyRing(ring), options, staging },
      });
      workers.push(worker);
      active++;
      worker.on('message', (m: { ready?: true; chunkNo?: number; loaded?: boolean; counts?: ChunkEvent['counts']; error?: string }) => {
        if (m.ready) return next(worker);
        if (m.error !== undefined) failure ??= new Error(`chunk ${m.chunkNo}: ${m.error}`);
        else record({ chunkNo: m.chunkNo!, loaded: m.loaded!, counts: m.counts! });
        next(worker);
      });
      worker.on('error', (error) => {
        failure ??= error;
        if (--active === 0) resolve();
      });
    }
  });
  await Promise.all(workers.map((w) => new Promise((r) => (w.threadId === -1 ? r(null) : w.once('exit', r)))));
  if (failure) throw failure;
}
