import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, migrateDb, type DatabaseKind, type DbHandle } from './client.js';

export interface TestDb extends DbHandle {
  /** Close the connection and, on PostgreSQL, drop the throwaway database. */
  drop(): Promise<void>;
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
