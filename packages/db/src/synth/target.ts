import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { JIT_OFF_FOR_TRANSACTION } from '../client.js';

/*
 * Where the generator writes: one connection to PostgreSQL (COPY FROM STDIN through pg-copy-streams, the
 * fastest way in) or an embedded PGlite (COPY FROM '/dev/blob', its way of feeding COPY without a socket).
 * Both run the same SQL, so the chunk logic does not care which database it fills.
 */
export interface LoadTarget {
  readonly kind: 'postgres' | 'pglite';
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** COPY text-format rows into `table (columns)`: one string, or the rows already encoded in pieces. */
  copy(table: string, columns: readonly string[], text: string | readonly Buffer[]): Promise<void>;
  close(): Promise<void>;
}

export async function postgresTarget(url: string): Promise<LoadTarget> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    kind: 'postgres',
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async copy(table, columns, text) {
      if (text.length === 0) return;
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(typeof text === 'string' ? [Buffer.from(text)] : text), stream);
    },
    close: () => client.end(),
  };
}

/** PGlite is single-connection: the caller keeps ownership and closes it. */
export function pgliteTarget(client: PGlite): LoadTarget {
  return {
    kind: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    async copy(table, columns, text) {
      if (text.length === 0) return;
      await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob(typeof text === 'string' ? [text] : [...text]) });
    },
    close: async () => {},
  };
}

/**
 * Runs `fn` in a transaction of a batch path: JIT off for it (JIT_OFF_FOR_TRANSACTION), committed when `fn`
 * resolves, rolled back when it throws.
 */
export async function batchTransaction<T>(t: LoadTarget, fn: () => Promise<T>): Promise<T> {
  await t.query('BEGIN');
  try {
    await t.query(JIT_OFF_FOR_TRANSACTION);
    const out = await fn();
    await t.query('COMMIT');
    return out;
  } catch (error) {
    await t.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
