import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDb,
  databaseErrorCode,
  dbConfigFromEnv,
  defaultDataDir,
  findRepositoryRoot,
  migrateDb,
  migrationsFolder,
  pgliteDir,
  queryRows,
} from './client.js';
import { regions } from './schema/index.js';
import { createTestDb, describeDatabase, type TestDb } from './testing.js';

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

let t: TestDb;

beforeAll(async () => {
  console.info(`client and migrations: testing against ${describeDatabase()}`);
  t = await createTestDb();
});

afterAll(async () => {
  await t?.drop();
});

describe('migrations', () => {
  it('apply again without error and without recording anything twice', async () => {
    await migrateDb(t);
    await migrateDb(t);
    const [applied] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    expect(Number(applied?.n)).toBe(journal.entries.length);
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
  });

  it('create every table of the schema', async () => {
    const tables = await queryRows<{ table_name: string }>(
      t.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((r) => r.table_name)).toEqual([
      'applicant_accounts',
      'applicant_sessions',
      'audit_entries',
      'bank_file_layouts',
      'bank_results',
      'calendar_years',
      'case_status_counts',
      'case_steps',
      'cases',
      'certificates',
      'change_requests',
      'contributions',
      'employers',
      'grants',
      'idempotency_keys',
      'job_runs',
      'notice_batches',
      'notice_items',
      'objections',
      'otp_challenges',
      'payment_batches',
      'payment_items',
      'persons',
      'recovery_orders',
      'regions',
      'repayments',
      'service_ratings',
      'sessions',
      'statistics_snapshots',
      'users',
    ]);
  });

  it('use the kind of database the environment asked for', () => {
    expect(t.kind).toBe(describeDatabase());
  });

  it('leave errors readable: a duplicate key is SQLSTATE 23505 whatever the driver', async () => {
    await t.db.insert(regions).values({ code: '220100', name: '长春市', level: 'city', parentCode: '220000' });
    let error: unknown;
    try {
      await t.db.insert(regions).values({ code: '220100', name: '长春市', level: 'city' });
    } catch (e) {
      error = e;
    }
    expect(databaseErrorCode(error)).toBe('23505');
    expect(databaseErrorCode(new Error('not from the database'))).toBeUndefined();
  });

  it('return raw rows the same way on both drivers', async () => {
    const rows = await queryRows<{ answer: number; day: string }>(t.db, sql`SELECT 42 AS answer, '2026-02-14'::date::text AS day`);
    expect(rows).toEqual([{ answer: 42, day: '2026-02-14' }]);
  });
});

describe('migrating a database created before personal data was encrypted', () => {
  it('applies on top of it and leaves no plain ID number or phone behind', async () => {
    // A database at migration 0001, holding registry rows in plain text as the first releases wrote them.
    const old = mkdtempSync(join(tmpdir(), 'huimin-migrations-'));
    try {
      cpSync(migrationsFolder, old, { recursive: true });
      const oldJournal = { ...journal, entries: journal.entries.slice(0, 2) };
      writeFileSync(join(old, 'meta', '_journal.json'), JSON.stringify(oldJournal));
      const handle = await createDb({ memory: true });
      try {
        await migrate(drizzle({ client: (handle.db as unknown as { $client: never }).$client }), { migrationsFolder: old });
        await handle.db.execute(sql`INSERT INTO persons (id_number, name, sex, birth_date, phone, region_code) VALUES ('11010519491231002X', '旧数据', 'female', '1949-12-31', '13812345678', '110100')`);
        await handle.db.execute(sql`INSERT INTO contributions (id_number, month, credit_code, region_code, status) VALUES ('11010519491231002X', '2024-01', '91350100M000100Y43', '110100', 'paid')`);
        await migrateDb(handle);
        const columns = await queryRows<{ column_name: string }>(
          handle.db,
          sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'persons' ORDER BY column_name`,
        );
        expect(columns.map((c) => c.column_name)).toEqual(
          expect.arrayContaining(['id', 'person_key', 'id_number_enc', 'phone_enc']),
        );
        expect(columns.map((c) => c.column_name)).not.toContain('id_number');
        const [left] = await queryRows<{ n: number }>(handle.db, sql`SELECT (SELECT count(*) FROM persons) + (SELECT count(*) FROM contributions) AS n`);
        expect(Number(left?.n)).toBe(0);
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});

describe('embedded PGlite in a data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'huimin-db-'));

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across close and reopen', async () => {
    const first = await createDb({ dataDir });
    expect(first.kind).toBe('pglite');
    await migrateDb(first);
    await first.db.insert(regions).values({ code: '371500', name: '聊城市', level: 'city', parentCode: '370000' });
    await first.close();
    expect(existsSync(pgliteDir(dataDir))).toBe(true);

    const second = await createDb({ dataDir });
    try {
      await migrateDb(second);
      const rows = await second.db.select().from(regions).where(eq(regions.code, '371500'));
      expect(rows).toEqual([{ code: '371500', name: '聊城市', level: 'city', parentCode: '370000' }]);
    } finally {
      await second.close();
    }
  });
});

describe('configuration', () => {
  const root = findRepositoryRoot();

  it('finds the repository root from any folder inside it', () => {
    expect(root).toBeDefined();
    expect(existsSync(join(root!, 'pnpm-workspace.yaml'))).toBe(true);
    expect(findRepositoryRoot(join(root!, 'packages', 'db', 'src'))).toBe(root);
    expect(defaultDataDir(join(root!, 'apps'))).toBe(join(root!, '.data'));
  });

  it('falls back to .data in the given folder outside a repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'huimin-outside-'));
    try {
      expect(defaultDataDir(outside)).toBe(join(outside, '.data'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads DATABASE_URL first, then HUIMIN_DATA_DIR, then the default', () => {
    expect(dbConfigFromEnv({ DATABASE_URL: 'postgres://db/huimin', HUIMIN_DATA_DIR: '/x' })).toEqual({
      databaseUrl: 'postgres://db/huimin',
    });
    expect(dbConfigFromEnv({ HUIMIN_DATA_DIR: '/srv/huimin' })).toEqual({ dataDir: '/srv/huimin' });
    expect(dbConfigFromEnv({ HUIMIN_DATA_DIR: 'var/data' })).toEqual({ dataDir: resolve(root!, 'var/data') });
    expect(dbConfigFromEnv({ DATABASE_URL: '  ' })).toEqual({ dataDir: join(root!, '.data') });
  });

  it('refuses to migrate a handle it did not create', async () => {
    await expect(migrateDb({ ...t, db: {} as TestDb['db'] })).rejects.toThrow(/createDb/);
  });
});
