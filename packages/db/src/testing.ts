import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createDb, migrateDb, queryRows, type DatabaseKind, type DbHandle } from './client.js';
import { demoKeyRing, PersonalDataCipher } from './crypto/index.js';

export interface TestDb extends DbHandle {
  /** Close the connection and, on PostgreSQL, drop the throwaway database. */
  drop(): Promise<void>;
  /** The throwaway database's connection string (PostgreSQL only), e.g. for pg_dump. */
  url?: string;
}

/** A cipher with the published demo keys, as demo mode and tests use. */
export function testCipher(): PersonalDataCipher {
  return new PersonalDataCipher(demoKeyRing());
}

export type TestEnv = Record<string, string | undefined>;

/** Which database `createTestDb` will use, so that a test run can say which one it tested. */
export function describeDatabase(env: TestEnv = process.env): DatabaseKind {
  return env['DATABASE_URL']?.trim() ? 'postgres' : 'pglite';
}

/**
 * A migrated, empty database for one test file. With `DATABASE_URL` set, a fresh database named
 * `huimin_t_<random>` is created on that server (so test files never see each other's rows and the
 * server's own database is untouched); otherwise an in-memory PGlite.
 */
export async function createTestDb(env: TestEnv = process.env): Promise<TestDb> {
  const serverUrl = env['DATABASE_URL']?.trim();
  if (!serverUrl) {
    const handle = await createDb({ memory: true });
    await migrateDb(handle);
    return { ...handle, drop: () => handle.close() };
  }

  const name = `huimin_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let handle: DbHandle;
  try {
    handle = await createDb({ databaseUrl: url.toString() });
    await migrateDb(handle);
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  let dropped = false;
  return {
    ...handle,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Everything the database holds, as text an attacker with a copy would read: `pg_dump` of the whole
 * database on PostgreSQL (schema and data, as a backup would be taken); on PGlite, which has no pg_dump,
 * every row of every table of the public schema as JSON.
 */
export async function dumpDatabase(t: TestDb): Promise<string> {
  if (t.kind === 'postgres' && t.url) {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', t.url], { maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  }
  const tables = await queryRows<{ table_name: string }>(
    t.db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await queryRows<{ row: unknown }>(t.db, sql`SELECT row_to_json(x)::text AS row FROM ${sql.identifier(table_name)} x`);
    parts.push(`-- ${table_name}`, ...rows.map((r) => String(r.row)));
  }
  return parts.join('\n');
}
