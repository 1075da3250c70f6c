import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client.js';
import { contributions, persons } from '../schema/index.js';
import { buildDemoRegistry, seedDemo } from '../seed/index.js';
import { createTestDb, describeDatabase, type TestDb } from '../testing.js';
import { PersonalDataCipher } from './cipher.js';
import { DEMO_KEY_ID, demoKeyRing, type KeyRing } from './keys.js';
import { rotatePersonalDataKeys } from './rotate.js';

const TODAY = '2026-11-20';
const demo = demoKeyRing();
const before = new PersonalDataCipher(demo);
let t: TestDb;

beforeAll(async () => {
  console.info(`key rotation: testing against ${describeDatabase()}`);
  t = await createTestDb();
  await seedDemo(t, { today: TODAY, hashPassword: async (p) => `test$${p}`, cipher: before });
});
afterAll(async () => t?.drop());

describe('rotating the personal-data keys', () => {
  it('moves every value to the new data key and every person to the new index key, keeping the links', async () => {
    const ring: KeyRing = {
      currentKeyId: 'k2027',
      dataKeys: new Map([
        ['k2027', randomBytes(32)],
        [DEMO_KEY_ID, demo.dataKeys.get(DEMO_KEY_ID)!],
      ]),
      indexKey: randomBytes(32),
      demo: false,
    };
    const after = new PersonalDataCipher(ring);
    const [sample] = buildDemoRegistry({ today: TODAY }).persons;
    const monthsBefore = await t.db.select().from(contributions).where(eq(contributions.personKey, before.personKey(sample!.idNumber)));
    expect(monthsBefore.length).toBeGreaterThan(0);

    const result = await rotatePersonalDataKeys(t, after, { reindex: true });
    const count = (await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM persons`))[0]!.n;
    expect(result).toMatchObject({ reindexed: Number(count), orphans: 0 });
    expect(result.reencrypted).toBe(Number(count) * 2);

    const rows = await t.db.select().from(persons);
    expect(rows.every((p) => after.keyIdOf(p.idNumberEnc) === 'k2027' && after.keyIdOf(p.phoneEnc!) === 'k2027')).toBe(true);
    // Readable without the retired key now, and found by the new index.
    const withoutDemo = new PersonalDataCipher({ ...ring, dataKeys: new Map([['k2027', ring.dataKeys.get('k2027')!]]) });
    const [found] = await t.db.select().from(persons).where(eq(persons.personKey, withoutDemo.personKey(sample!.idNumber)));
    expect(withoutDemo.decrypt(found!.idNumberEnc)).toBe(sample!.idNumber);
    const monthsAfter = await t.db.select().from(contributions).where(eq(contributions.personKey, found!.personKey));
    expect(monthsAfter.map((m) => m.month)).toEqual(monthsBefore.map((m) => m.month));

    // Running it again finds nothing left to do.
    expect(await rotatePersonalDataKeys(t, after, { reindex: true })).toEqual({ reencrypted: 0, reindexed: 0, orphans: 0 });
  });
});
