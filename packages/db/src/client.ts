import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

export { schema };
export type Schema = typeof schema;

/** One type for both drivers, so repositories never know which database they run on. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'postgres' | 'pglite';

export interface DbHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface DbConfig {
  /** A PostgreSQL connection string; when set, the other options are ignored. */
  databaseUrl?: string;
  /** Folder for the embedded database's files (its `pglite/` subfolder); defaults to `defaultDataDir()`. */
  dataDir?: string;
  /** An embedded database that lives only as long as the handle (tests, previews). */
  memory?: boolean;
}

/** The committed SQL migrations; they ship next to `dist/` in the package. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/** The folder holding pnpm-workspace.yaml at or above `from`, or undefined outside the repository. */
export function findRepositoryRoot(from: string = process.cwd()): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * `.data/` at the repository root, so that the API, the CLIs and the scripts started from any package
 * folder share one database; outside a checkout, `.data/` in the working directory.
 */
export function defaultDataDir(from: string = process.cwd()): string {
  return join(findRepositoryRoot(from) ?? resolve(from), '.data');
}

/**
 * The embedded database gets its own subfolder so that the data folder can also hold other files
 * (exports, bank files) without PGlite mistaking them for its own.
 */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

// Remembers, per database object, the matching driver's migrator so that migrateDb works on any handle
// that carries a db from createDb (also one spread into a bigger object) without widening the public type.
const migrators = new WeakMap<Database, () => Promise<void>>();

export async function createDb(config: DbConfig = {}): Promise<DbHandle> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // An idle client's error (server restart) would otherwise crash the process; the next query reconnects.
    pool.on('error', () => {});
    // A connection lost while checked out (a transaction in flight when the server restarts, fails over or ends the
    // backend) emits 'error' on its client, which the pool only listens to while the client is idle: unheard, it
    // would crash the process. The query in flight is rejected with the same error, so the caller still sees it.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db: NodePgDatabase<Schema> = drizzleNodePg({ client: pool, schema });
    let closed = false;
    const handle: DbHandle = {
      db,
      kind: 'postgres',
      close: async () => {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
    migrators.set(db, () => migratePostgres(pool));
    return handle;
  }

  let client: PGlite;
  if (config.memory) {
    client = new PGlite();
  } else {
    const dir = pgliteDir(config.dataDir ?? defaultDataDir());
    mkdirSync(dir, { recursive: true });
    client = new PGlite(dir);
  }
  await client.waitReady;
  const db: PgliteDatabase<Schema> = drizzlePglite({ client, schema });
  let closed = false;
  const handle: DbHandle = {
    db,
    kind: 'pglite',
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
  migrators.set(db, () => migratePglite(db, { migrationsFolder }));
  return handle;
}

// Several API instances may start at once against one server: a session-level advisory lock on one
// connection makes them apply the migrations one after the other (the second finds nothing to do).
const MIGRATION_LOCK_KEY = 7_240_000_001;

async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** Apply the committed migrations that are not applied yet; safe to run at every start. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  const run = migrators.get(handle.db);
  if (!run) throw new Error('migrateDb needs a handle returned by createDb');
  await run();
}

export type DbEnv = Record<string, string | undefined>;

/**
 * `DATABASE_URL` → PostgreSQL; otherwise PGlite in `HUIMIN_DATA_DIR` (a relative path is taken from the
 * repository root, like the default `.data/`, so every package's scripts agree on it).
 */
export function dbConfigFromEnv(env: DbEnv = process.env): DbConfig {
  const databaseUrl = env['DATABASE_URL']?.trim();
  if (databaseUrl) return { databaseUrl };
  const dataDir = env['HUIMIN_DATA_DIR']?.trim();
  if (!dataDir) return { dataDir: defaultDataDir() };
  if (isAbsolute(dataDir)) return { dataDir };
  return { dataDir: resolve(findRepositoryRoot() ?? process.cwd(), dataDir) };
}

export function createDbFromEnv(env: DbEnv = process.env): Promise<DbHandle> {
  return createDb(dbConfigFromEnv(env));
}

/**
 * The SQLSTATE of a database error (e.g. `23505` unique violation, `23514` check violation), whichever
 * driver raised it and however drizzle wrapped it; undefined for anything else.
 */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns PostgreSQL's JIT compilation off for the current transaction (PGlite has no JIT and accepts it). A batch
 * path's statement over a chunk of thousands of rows is costed above jit_above_cost, so the server compiled it
 * with LLVM every time: 0.45 s for each chunk of the screening, which then ran in 2.7 s, and 0.2 s for each slice of
 * the registry import (issue 8, docs/performance.md). Interactive queries stay below the threshold anyway.
 */
export const JIT_OFF_FOR_TRANSACTION = "SELECT set_config('jit', 'off', true)";

/**
 * Rows of a raw SQL statement. `db.execute()` on the shared Database type is typed `unknown`, because the
 * two drivers return different result objects; both carry `rows`, which is all a caller needs.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows?: T[] };
  if (!Array.isArray(result.rows)) throw new Error('the database driver returned no rows array');
  return result.rows;
}

/**
 * Runs a built query as a named prepared statement, named after its SQL text. The work lists build their SQL
 * from the filters of each request, so it cannot be prepared once at start-up; but a few shapes serve nearly all
 * requests, and under a name PostgreSQL parses and plans each shape once per connection instead of on every request
 * (planning a page of `cases`, a table with 15 indexes, cost as much as running it: issue 8, docs/benchmarks.md).
 * The SQL is built twice, once for the name: cheaper than planning it again, and a name derived from anything but
 * the text itself could give two different statements one name, which the driver refuses.
 */
export async function executeNamed<T>(query: { toSQL(): { sql: string }; prepare(name: string): { execute(): Promise<T> } }): Promise<T> {
  const name = `q_${createHash('sha256').update(query.toSQL().sql).digest('hex').slice(0, 24)}`;
  return query.prepare(name).execute();
}
