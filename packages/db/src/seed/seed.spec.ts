import { addDays, parseCreditCode, parseIdNumber } from '@huimin/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client.js';
import { calendarYears, certificates, employers, persons, regions, users } from '../schema/index.js';
import { createTestDb, describeDatabase, dumpDatabase, testCipher, type TestDb } from '../testing.js';
import {
  buildDemoRegistry,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_REGION_CODES,
  seedDemo,
  seedReference,
  type DemoSeedResult,
  type ReferenceSeedResult,
} from './index.js';

const TODAY = '2026-11-20';
const fakeHash = async (plain: string) => `test$${plain}`;
const cipher = testCipher();

let t: TestDb;
let reference: ReferenceSeedResult;
let demo: DemoSeedResult;
let hashed = 0;

async function counts() {
  const one = async (table: 'users' | 'employers' | 'persons' | 'contributions' | 'certificates' | 'regions' | 'calendar_years') => {
    const [row] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
    return Number(row?.n);
  };
  return {
    users: await one('users'),
    employers: await one('employers'),
    persons: await one('persons'),
    contributions: await one('contributions'),
    certificates: await one('certificates'),
    regions: await one('regions'),
    calendarYears: await one('calendar_years'),
  };
}

beforeAll(async () => {
  console.info(`seeds: testing against ${describeDatabase()}`);
  t = await createTestDb();
  const started = Date.now();
  reference = await seedReference(t);
  demo = await seedDemo(t, {
    today: TODAY,
    cipher,
    hashPassword: async (plain) => {
      hashed++;
      return fakeHash(plain);
    },
  });
  console.info(`seeds: reference + demo took ${Date.now() - started} ms on ${t.kind}`);
});

afterAll(async () => {
  await t?.drop();
});

describe('seeding', () => {
  it('inserts the reference data and a few hundred demo persons', async () => {
    expect(reference.regions).toBeGreaterThan(60);
    expect(reference.calendarYears).toBeGreaterThanOrEqual(23);
    expect(demo.users).toBe(DEMO_ACCOUNTS.length);
    expect(demo.persons).toBeGreaterThanOrEqual(300);
    expect(demo.employers).toBeGreaterThanOrEqual(40);
    expect(demo.contributions).toBeGreaterThan(demo.persons * 24);
    expect(demo.certificates).toBeGreaterThan(demo.persons / 2);
    const now = await counts();
    expect(now).toMatchObject({
      users: demo.users,
      employers: demo.employers,
      persons: demo.persons,
      contributions: demo.contributions,
      certificates: demo.certificates,
      regions: reference.regions,
      calendarYears: reference.calendarYears,
    });
  });

  it('is idempotent: running both seeds again inserts nothing and hashes nothing', async () => {
    const before = await counts();
    const hashedBefore = hashed;
    // A later day must not append months to the existing histories either.
    const again = await seedDemo(t, { today: addDays(TODAY, 45), hashPassword: fakeHash, cipher });
    expect(await seedReference(t)).toEqual({ regions: 0, calendarYears: 0 });
    expect(again).toEqual({ users: 0, employers: 0, persons: 0, contributions: 0, certificates: 0 });
    expect(hashed).toBe(hashedBefore);
    expect(await counts()).toEqual(before);
  });

  it('never overwrites a calendar year an administrator loaded, and restores a missing built-in year', async () => {
    await t.db
      .update(calendarYears)
      .set({ documentNo: '国办发明电〔2025〕99号', daysOff: ['2026-01-01'], loadedBy: 'sys-admin' })
      .where(eq(calendarYears.year, 2026));
    await t.db.delete(calendarYears).where(eq(calendarYears.year, 2025));
    expect(await seedReference(t)).toEqual({ regions: 0, calendarYears: 1 });
    const [y2026] = await t.db.select().from(calendarYears).where(eq(calendarYears.year, 2026));
    expect(y2026).toMatchObject({ documentNo: '国办发明电〔2025〕99号', daysOff: ['2026-01-01'], loadedBy: 'sys-admin' });
    const [y2025] = await t.db.select().from(calendarYears).where(eq(calendarYears.year, 2025));
    expect(y2025?.loadedBy).toBe('builtin');
    expect(y2025?.daysOff).toContain('2025-01-01');
  });

  it('loads regions with their level and parent', async () => {
    const [changchun] = await t.db.select().from(regions).where(eq(regions.code, '220100'));
    expect(changchun).toEqual({ code: '220100', name: '长春市', level: 'city', parentCode: '220000' });
    const [nation] = await t.db.select().from(regions).where(eq(regions.code, '000000'));
    expect(nation).toMatchObject({ level: 'national', parentCode: null });
  });
});

describe('demo accounts', () => {
  it('are the accounts of API.md with the demo password hashed by the injected function', async () => {
    const rows = await t.db.select().from(users);
    const byName = new Map(rows.map((u) => [u.username, u]));
    expect([...byName.keys()].sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(byName.get('jl-finance')).toMatchObject({ roles: ['finance'], regionCode: '220100', disabled: false });
    expect(byName.get('sd-data')).toMatchObject({ roles: ['data_admin'], regionCode: '370000' });
    expect(byName.get('sys-admin')).toMatchObject({ roles: ['system_admin'], regionCode: '000000' });
    for (const u of rows) expect(u.passwordHash).toBe(`test$${DEMO_PASSWORD}`);
  });
});

describe('demo registry', () => {
  it('has only valid ID numbers whose birth date, sex and region agree with the person (POLICY.md E6)', async () => {
    const rows = await t.db.select().from(persons);
    for (const p of rows) {
      const idNumber = cipher.decrypt(p.idNumberEnc);
      expect(p.personKey).toBe(cipher.personKey(idNumber));
      const parsed = parseIdNumber(idNumber);
      expect(parsed.ok, idNumber).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthDate).toBe(p.birthDate);
      expect(parsed.value.sex).toBe(p.sex);
      expect(parsed.value.regionCode.slice(0, 4)).toBe(p.regionCode.slice(0, 4));
      expect(p.birthDate >= '1966-01-01' && p.birthDate <= '2002-12-31', p.birthDate).toBe(true);
      expect(cipher.decryptOptional(p.phoneEnc)).toMatch(/^1[3-9]\d{9}$/);
      expect(p.name).toMatch(/^\p{Script=Han}{2,3}$/u);
    }
    expect(new Set(rows.map((p) => p.regionCode))).toEqual(new Set(DEMO_REGION_CODES));
    expect(new Set(rows.map((p) => p.sex))).toEqual(new Set(['male', 'female']));
  });

  it('has only valid unified social credit codes of the demo regions (POLICY.md E6)', async () => {
    const rows = await t.db.select().from(employers);
    for (const e of rows) {
      expect(parseCreditCode(e.creditCode).ok, e.creditCode).toBe(true);
      expect(e.creditCode.slice(2, 6)).toBe(e.regionCode.slice(0, 4));
    }
    expect(new Set(rows.map((e) => e.size))).toEqual(new Set(['large', 'sme', 'micro']));
    expect(new Set(rows.map((e) => e.regionCode))).toEqual(new Set(DEMO_REGION_CODES));
  });

  it('has contribution histories with the edge cases the rules turn on', async () => {
    const histories = await queryRows<{ person_key: string; paid: number; owed: number; last: string }>(t.db, sql`
      SELECT person_key,
             count(*) FILTER (WHERE status = 'paid')::int AS paid,
             count(*) FILTER (WHERE status = 'owed')::int AS owed,
             max(month) AS last
      FROM contributions GROUP BY person_key`);
    const paid = histories.map((h) => Number(h.paid));
    for (const n of [11, 12, 35, 36]) expect(paid.filter((p) => p === n).length, `${n} months`).toBeGreaterThanOrEqual(4);
    expect(histories.filter((h) => Number(h.owed) > 0).length).toBeGreaterThanOrEqual(5);
    // Histories end last month; some people stopped contributing earlier (unemployment benefit cases).
    expect(histories.every((h) => h.last <= '2026-10')).toBe(true);
    expect(histories.filter((h) => h.last < '2026-10').length).toBeGreaterThanOrEqual(20);
    expect(histories.length).toBe(demo.persons);

    const orphans = await queryRows(t.db, sql`
      SELECT 1 FROM contributions c
      LEFT JOIN employers e ON e.credit_code = c.credit_code AND e.region_code = c.region_code
      LEFT JOIN persons p ON p.person_key = c.person_key AND p.region_code = c.region_code
      WHERE e.credit_code IS NULL OR p.person_key IS NULL`);
    expect(orphans).toEqual([]);
  });

  it('has certificates of every covered level, a few level 2, and many inside the last 12 months', async () => {
    const rows = await t.db.select().from(certificates);
    const levels = rows.map((c) => c.level);
    for (const l of [5, 4, 3]) expect(levels.filter((x) => x === l).length).toBeGreaterThanOrEqual(20);
    expect(levels.filter((x) => x === 2).length).toBeGreaterThanOrEqual(3);
    expect(levels.every((x) => x >= 2 && x <= 5)).toBe(true);
    const occupations = new Set(rows.map((c) => c.occupation));
    for (const o of ['焊工', '化学分析工', '模具工', '电工', '育婴员', '中式烹调师', '汽车维修工', '保育员', '健康管理师']) {
      expect(occupations, o).toContain(o);
    }
    expect(rows.every((c) => c.issueDate >= '2017-01-01' && c.issueDate < TODAY)).toBe(true);
    const recent = rows.filter((c) => c.issueDate >= addDays(TODAY, -365));
    expect(recent.length / rows.length).toBeGreaterThan(0.3);
    expect(new Set(rows.map((c) => c.kind))).toEqual(new Set(['vocational_qualification', 'skill_level']));
    const regionOf = new Map(
      (await t.db.select({ id: persons.personKey, region: persons.regionCode }).from(persons)).map((p) => [p.id, p.region]),
    );
    expect(rows.every((c) => regionOf.has(c.personKey))).toBe(true);
    const jlShortage = rows.filter(
      (c) => regionOf.get(c.personKey) === '220100' && ['焊工', '化学分析工', '模具工'].includes(c.occupation),
    );
    expect(jlShortage.length).toBeGreaterThanOrEqual(10);
  });

  it('is deterministic, and who the people are does not depend on the day', () => {
    const a = buildDemoRegistry({ today: TODAY });
    const b = buildDemoRegistry({ today: TODAY });
    expect(b).toEqual(a);
    const later = buildDemoRegistry({ today: '2027-03-02' });
    expect(later.persons).toEqual(a.persons);
    expect(later.employers).toEqual(a.employers);
    expect(new Set(a.certificates.map((c) => c.certificateNo)).size).toBe(a.certificates.length);
  });
});

describe('personal data at rest', () => {
  it('a dump of the database contains no plain ID number or phone of the seeded persons', async () => {
    const registry = buildDemoRegistry({ today: TODAY });
    const dump = await dumpDatabase(t);
    // The dump is real: it holds the seeded rows (names are not encrypted), so a miss below means encryption.
    expect(dump).toContain(registry.persons[0]!.name);
    expect(dump.length).toBeGreaterThan(100_000);
    for (const p of registry.persons) {
      expect(dump.includes(p.idNumber), `ID number of ${p.name} in the dump`).toBe(false);
      expect(dump.includes(p.phone), `phone of ${p.name} in the dump`).toBe(false);
      // Nor the 17 digits before the check digit, nor a lower-case x.
      expect(dump.includes(p.idNumber.slice(0, 17))).toBe(false);
    }
  });
});
