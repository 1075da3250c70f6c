import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseErrorCode } from '../client.js';
import { createTestDb, describeDatabase, testCipher, type TestDb } from '../testing.js';
import { auditEntries, calendarYears, certificates, persons, sessions, users } from './index.js';

const CHECK_VIOLATION = '23514';
const cipher = testCipher();
const KEY = cipher.personKey('11010519491231002X');
const ENC = cipher.encrypt('11010519491231002X');

let t: TestDb;

beforeAll(async () => {
  console.info(`schema constraints: testing against ${describeDatabase()}`);
  t = await createTestDb();
});

afterAll(async () => {
  await t?.drop();
});

async function codeOf(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    return databaseErrorCode(error) ?? `not a database error: ${String(error)}`;
  }
  return undefined;
}

describe('CHECK constraints on enumerations and formats', () => {
  it.each([
    ['employer size', sql`INSERT INTO employers (credit_code, name, region_code, industry, size) VALUES ('91350100M000100Y43', 'x', '220100', '制造业', 'huge')`],
    ['employer credit code alphabet', sql`INSERT INTO employers (credit_code, name, region_code, industry, size) VALUES ('91350100M000100I43', 'x', '220100', '制造业', 'sme')`],
    ['person sex', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES (${KEY}, ${ENC}, 'x', 'other', '1949-12-31', '110100')`],
    // A plain value where a ciphertext belongs: the database itself refuses to hold it.
    ['person ID number stored in plain text', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES (${KEY}, '11010519491231002X', 'x', 'female', '1949-12-31', '110100')`],
    ['person phone stored in plain text', sql`INSERT INTO persons (person_key, id_number_enc, phone_enc, name, sex, birth_date, region_code) VALUES (${KEY}, ${ENC}, '13812345678', 'x', 'female', '1949-12-31', '110100')`],
    ['person key that is the ID number itself', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES ('11010519491231002X', ${ENC}, 'x', 'female', '1949-12-31', '110100')`],
    ['person key in upper-case hex', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES (${KEY.toUpperCase()}, ${ENC}, 'x', 'female', '1949-12-31', '110100')`],
    ['person key one digit short', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES (${KEY.slice(1)}, ${ENC}, 'x', 'female', '1949-12-31', '110100')`],
    ['ciphertext with a short IV', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES (${KEY}, ${ENC.replace(/^(sm4\$[^$]+\$)[0-9a-f]/, '$1')}, 'x', 'female', '1949-12-31', '110100')`],
    ['ciphertext with a MAC one digit long', sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code) VALUES (${KEY}, ${`${ENC}0`}, 'x', 'female', '1949-12-31', '110100')`],
    ['contribution keyed by a plain ID number', sql`INSERT INTO contributions (person_key, month, credit_code, region_code, status) VALUES ('11010519491231002X', '2024-01', '91350100M000100Y43', '220100', 'paid')`],
    ['contribution status', sql`INSERT INTO contributions (person_key, month, credit_code, region_code, status) VALUES (${KEY}, '2024-01', '91350100M000100Y43', '220100', 'late')`],
    ['contribution month', sql`INSERT INTO contributions (person_key, month, credit_code, region_code, status) VALUES (${KEY}, '2024-13', '91350100M000100Y43', '220100', 'paid')`],
    ['certificate kind', sql`INSERT INTO certificates (certificate_no, person_key, kind, level, occupation, issue_date, issuer) VALUES ('C-1', ${KEY}, 'diploma', 4, '焊工', '2024-01-01', 'x')`],
    ['certificate level 6', sql`INSERT INTO certificates (certificate_no, person_key, kind, level, occupation, issue_date, issuer) VALUES ('C-2', ${KEY}, 'skill_level', 6, '焊工', '2024-01-01', 'x')`],
    ['certificate level 0', sql`INSERT INTO certificates (certificate_no, person_key, kind, level, occupation, issue_date, issuer) VALUES ('C-3', ${KEY}, 'skill_level', 0, '焊工', '2024-01-01', 'x')`],
    ['user role', sql`INSERT INTO users (username, display_name, password_hash, roles, region_code) VALUES ('u1', 'x', 'h', ARRAY['handler', 'root'], '220100')`],
    ['user region code', sql`INSERT INTO users (username, display_name, password_hash, roles, region_code) VALUES ('u2', 'x', 'h', ARRAY['handler'], '2201')`],
    ['region level', sql`INSERT INTO regions (code, name, level) VALUES ('220199', 'x', 'district')`],
  ])('refuses a bad %s', async (_what, statement) => {
    expect(await codeOf(t.db.execute(statement))).toBe(CHECK_VIOLATION);
  });

  it('accepts the same rows with valid values, and returns dates as YYYY-MM-DD strings', async () => {
    await t.db.execute(
      sql`INSERT INTO employers (credit_code, name, region_code, industry, size) VALUES ('91350100M000100Y43', 'x', '220100', '制造业', 'micro')`,
    );
    await t.db.insert(persons).values({
      personKey: KEY,
      idNumberEnc: ENC,
      phoneEnc: cipher.encrypt('13812345678'),
      name: '测试',
      sex: 'female',
      birthDate: '1949-12-31',
      regionCode: '110100',
    });
    await t.db.execute(
      sql`INSERT INTO contributions (person_key, month, credit_code, region_code, status) VALUES (${KEY}, '2024-12', '91350100M000100Y43', '220100', 'owed')`,
    );
    for (const level of [1, 5]) {
      await t.db.insert(certificates).values({
        certificateNo: `OK-${level}`,
        personKey: KEY,
        kind: 'vocational_qualification',
        level,
        occupation: '焊工',
        issueDate: '2024-02-29',
        issuer: 'x',
      });
    }
    await t.db.insert(users).values({
      username: 'ok',
      displayName: 'x',
      passwordHash: 'h',
      roles: ['handler', 'reviewer'],
      regionCode: '000000',
    });
    await t.db.insert(calendarYears).values({
      year: 2030,
      documentNo: 'test',
      source: 'test',
      daysOff: ['2030-01-01'],
      workdays: ['2030-01-05'],
      loadedBy: 'sys-admin',
    });

    const [person] = await t.db.select().from(persons).where(sql`${persons.personKey} = ${KEY}`);
    expect(person?.birthDate).toBe('1949-12-31');
    expect(cipher.decrypt(person!.idNumberEnc)).toBe('11010519491231002X');
    const [certificate] = await t.db.select().from(certificates).where(sql`${certificates.certificateNo} = 'OK-5'`);
    expect(certificate?.issueDate).toBe('2024-02-29');
    const [year] = await t.db.select().from(calendarYears).where(sql`${calendarYears.year} = 2030`);
    expect(year?.daysOff).toEqual(['2030-01-01']);
    expect(year?.workdays).toEqual(['2030-01-05']);
  });

  it('refuses a second contribution for the same person and month', async () => {
    const code = await codeOf(
      t.db.execute(
        sql`INSERT INTO contributions (person_key, month, credit_code, region_code, status) VALUES (${KEY}, '2024-12', '91350100M000100Y43', '220100', 'paid')`,
      ),
    );
    expect(code).toBe('23505');
  });

  it.each([
    ['handler and finance', ['handler', 'finance']],
    ['head and finance', ['head', 'finance']],
    ['auditor and data_admin', ['auditor', 'data_admin']],
  ])('refuses an account holding %s (POLICY.md D1)', async (_what, roles) => {
    const list = sql.join(roles.map((r) => sql`${r}`), sql`, `);
    expect(
      await codeOf(t.db.execute(sql`INSERT INTO users (username, display_name, password_hash, roles, region_code) VALUES (${`d1-${roles.join('-')}`}, 'x', 'h', ARRAY[${list}]::text[], '220100')`)),
    ).toBe(CHECK_VIOLATION);
  });

  it('refuses a change request decided by the person who asked for it (POLICY.md D1)', async () => {
    const [user] = await t.db
      .insert(users)
      .values({ username: 'maker', displayName: 'x', passwordHash: 'h', roles: ['handler'], regionCode: '220100' })
      .returning();
    const id = user!.id;
    const code = await codeOf(
      t.db.execute(sql`INSERT INTO change_requests (entity, entity_id, region_code, changes_enc, summary, reason, status, requested_by_id, requested_by, decided_by_id, decided_by, decided_at)
        VALUES ('person', 'p', '220100', 'x', '{}'::jsonb, 'r', 'approved', ${id}, 'maker', ${id}, 'maker', now())`),
    );
    expect(code).toBe(CHECK_VIOLATION);
  });

  it('removes a user’s sessions with the user', async () => {
    const [user] = await t.db
      .insert(users)
      .values({ username: 'gone', displayName: 'x', passwordHash: 'h', roles: [], regionCode: '220100' })
      .returning();
    await t.db.insert(sessions).values({ userId: user!.id, expiresAt: new Date(Date.now() + 3_600_000) });
    await t.db.delete(users).where(sql`${users.id} = ${user!.id}`);
    const left = await t.db.select().from(sessions).where(sql`${sessions.userId} = ${user!.id}`);
    expect(left).toEqual([]);
  });
});

describe('audit_entries is append-only', () => {
  const FORBIDDEN = '42501';

  beforeAll(async () => {
    await t.db.insert(auditEntries).values([
      { actor: 'jl-handler', action: 'create', entity: 'case', entityId: '1', after: { status: 'submitted' }, hash: 'h1' },
      { actor: 'jl-reviewer', action: 'approve', entity: 'case', entityId: '1', prevHash: 'h1', hash: 'h2' },
    ]);
  });

  it('accepts new entries', async () => {
    const rows = await t.db.select().from(auditEntries).orderBy(auditEntries.id);
    expect(rows.map((r) => r.hash)).toEqual(['h1', 'h2']);
    expect(rows[0]?.after).toEqual({ status: 'submitted' });
  });

  it('refuses UPDATE', async () => {
    expect(await codeOf(t.db.update(auditEntries).set({ actor: 'someone-else' }))).toBe(FORBIDDEN);
  });

  it('refuses DELETE', async () => {
    expect(await codeOf(t.db.delete(auditEntries))).toBe(FORBIDDEN);
  });

  it('refuses TRUNCATE', async () => {
    expect(await codeOf(t.db.execute(sql`TRUNCATE audit_entries`))).toBe(FORBIDDEN);
  });

  it('still holds every entry unchanged', async () => {
    const rows = await t.db.select().from(auditEntries).orderBy(auditEntries.id);
    expect(rows.map((r) => [r.actor, r.hash])).toEqual([
      ['jl-handler', 'h1'],
      ['jl-reviewer', 'h2'],
    ]);
  });
});
