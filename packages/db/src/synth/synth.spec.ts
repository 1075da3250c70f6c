import type { PGlite } from '@electric-sql/pglite';
import { isValidCreditCode, parseIdNumber, SKILL_SUBSIDY_CASE_STATUSES } from '@huimin/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client.js';
import { demoKeyRing, PersonalDataCipher } from '../crypto/index.js';
import { createTestDb, describeDatabase, type TestDb } from '../testing.js';
import { generateProvince } from './generate.js';
import { buildChunk, type ProvinceOptions } from './province.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from './target.js';

const ring = demoKeyRing();
const cipher = new PersonalDataCipher(ring);
const options: ProvinceOptions = { seed: 42, persons: 300, chunkSize: 100, asOf: '2026-11-20' };

let t: TestDb;
let target: LoadTarget;
beforeAll(async () => {
  console.info(`synthetic province: testing against ${describeDatabase()}`);
  t = await createTestDb();
  target = t.url ? await postgresTarget(t.url) : pgliteTarget((t.db as unknown as { $client: PGlite }).$client);
});
afterAll(async () => {
  await target?.close();
  await t?.drop();
});

const counts = async () =>
  (
    await queryRows<Record<string, number>>(
      t.db,
      sql`SELECT (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM employers)::int AS employers,
                 (SELECT count(*) FROM contributions)::int AS contributions, (SELECT count(*) FROM certificates)::int AS certificates`,
    )
  )[0]!;

describe('the synthetic province generator', () => {
  it('is deterministic for a seed, and another seed gives another province', () => {
    const a = buildChunk(options, 1, cipher, true);
    const b = buildChunk(options, 1, cipher, true);
    expect(b.plain).toEqual(a.plain);
    expect(b.contributions).toBe(a.contributions);
    expect(b.certificates).toBe(a.certificates);
    expect(b.employers).toBe(a.employers);
    const other = buildChunk({ ...options, seed: 43 }, 1, cipher, true);
    expect(other.plain!.map((p) => p.idNumber)).not.toEqual(a.plain!.map((p) => p.idNumber));
  });

  it('loads an interrupted run, and a re-run completes it without adding anything twice', async () => {
    const first = await generateProvince({ target }, ring, { ...options, maxChunks: 2 });
    expect(first).toMatchObject({ loaded: 2, complete: false, persons: 200 });
    const second = await generateProvince({ target }, ring, options);
    expect(second).toMatchObject({ loaded: 1, skipped: 2, complete: true, persons: 100 });
    const after = await counts();
    expect(after.persons).toBe(300);
    const again = await generateProvince({ target }, ring, options);
    expect(again).toMatchObject({ loaded: 0, skipped: 3, persons: 0, contributions: 0 });
    expect(await counts()).toEqual(after);
    // The rows are the ones the chunks describe: same person keys, same number of contribution months.
    const built = [0, 1, 2].map((k) => buildChunk(options, k, cipher, true));
    const keys = await queryRows<{ person_key: string }>(t.db, sql`SELECT person_key FROM persons ORDER BY person_key`);
    expect(keys.map((k) => k.person_key)).toEqual(built.flatMap((c) => c.plain!.map((p) => p.personKey)).sort());
    expect(after.contributions).toBe(built.reduce((s, c) => s + c.counts.contributions, 0));
    expect(after.certificates).toBeGreaterThan(0);
  });

  it('writes only valid, decryptable ID numbers, phones and credit codes, linked by the blind index', async () => {
    const rows = await queryRows<{ person_key: string; id_number_enc: string; phone_enc: string; sex: string; birth_date: string }>(
      t.db,
      sql`SELECT person_key, id_number_enc, phone_enc, sex, birth_date::text AS birth_date FROM persons`,
    );
    const ids = new Set<string>();
    for (const r of rows) {
      const idNumber = cipher.decrypt(r.id_number_enc);
      const parsed = parseIdNumber(idNumber);
      expect(parsed.ok, idNumber).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthDate).toBe(r.birth_date);
      expect(parsed.value.sex).toBe(r.sex);
      expect(parsed.value.regionCode.startsWith('22')).toBe(true);
      expect(cipher.personKey(idNumber)).toBe(r.person_key);
      expect(cipher.decrypt(r.phone_enc)).toMatch(/^1[3-9]\d{9}$/);
      ids.add(idNumber);
    }
    expect(ids.size).toBe(rows.length);
    const codes = await queryRows<{ credit_code: string }>(t.db, sql`SELECT credit_code FROM employers`);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => isValidCreditCode(c.credit_code))).toBe(true);
    // Every contribution names a known employer and person; some months are owed (A2), some people stopped.
    const [links] = await queryRows<{ orphans: number; owed: number }>(
      t.db,
      sql`SELECT count(*) FILTER (WHERE e.credit_code IS NULL OR p.person_key IS NULL)::int AS orphans, count(*) FILTER (WHERE x.status = 'owed')::int AS owed
            FROM contributions x LEFT JOIN employers e USING (credit_code) LEFT JOIN persons p USING (person_key)`,
    );
    expect(links).toMatchObject({ orphans: 0 });
    expect(links!.owed).toBeGreaterThan(0);
  });

  it('refuses a database with non-synthetic rows unless forced, and a resumption with another seed', async () => {
    await expect(generateProvince({ target }, ring, { ...options, seed: 7 })).rejects.toThrow(/seed 42/);
    await t.db.execute(
      sql`INSERT INTO employers (credit_code, name, region_code, industry, size) VALUES ('91220101MA0000000X', '真实单位', '220100', '制造业', 'sme')`,
    );
    await expect(generateProvince({ target }, ring, { ...options, persons: 400 })).rejects.toThrow(/非合成数据/);
    const forced = await generateProvince({ target }, ring, { ...options, persons: 400, force: true });
    expect(forced).toMatchObject({ loaded: 1, persons: 100, complete: true });
    expect((await counts()).persons).toBe(400);
  });
});

describe('the synthetic province with cases', () => {
  it('has applications in every status, each with a history the case machine took and the payment rows of its status', async () => {
    const db = await createTestDb();
    const own = db.url ? await postgresTarget(db.url) : pgliteTarget((db.db as unknown as { $client: PGlite }).$client);
    try {
      const province = { seed: 5, persons: 1200, chunkSize: 400, asOf: '2026-11-20', cases: 1 };
      const result = await generateProvince({ target: own }, ring, province);
      expect(result.cases).toBeGreaterThan(1000);
      const byStatus = await own.query<{ status: string; n: string }>('SELECT status, count(*)::text AS n FROM cases GROUP BY status');
      expect(byStatus.map((r) => r.status).sort()).toEqual([...SKILL_SUBSIDY_CASE_STATUSES].sort());
      // The last step of each case leads to its status, with no gap in the sequence.
      const [bad] = await own.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM cases c
           JOIN LATERAL (SELECT max(seq) AS last, count(*) AS n, (array_agg(to_status ORDER BY seq DESC))[1] AS to_status FROM case_steps s WHERE s.case_id = c.id) h ON true
          WHERE h.to_status <> c.status OR h.last <> h.n`,
      );
      expect(bad!.n).toBe('0');
      const [links] = await own.query<Record<string, string>>(
        `SELECT count(*) FILTER (WHERE c.status = 'paid' AND NOT EXISTS (SELECT 1 FROM payment_items i WHERE i.case_id = c.id AND i.status = 'paid')
                                   AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.case_id = c.id AND g.lifted_on IS NULL))::text AS paid_without,
                count(*) FILTER (WHERE c.status = 'payment_failed' AND NOT EXISTS (SELECT 1 FROM payment_items i WHERE i.case_id = c.id AND i.status = 'failed'))::text AS failed_without,
                count(*) FILTER (WHERE c.status = 'paying' AND NOT EXISTS (SELECT 1 FROM payment_items i JOIN payment_batches b ON b.id = i.batch_id
                                   WHERE i.case_id = c.id AND i.status = 'pending' AND b.status = 'exported'))::text AS paying_without,
                count(*) FILTER (WHERE c.status = 'recovered' AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.case_id = c.id AND g.lifted_on IS NOT NULL))::text AS recovered_without,
                count(*) FILTER (WHERE c.status = 'notice_passed' AND EXISTS (SELECT 1 FROM payment_items i WHERE i.case_id = c.id))::text AS passed_with_items
           FROM cases c`,
      );
      expect(links).toEqual({ paid_without: '0', failed_without: '0', paying_without: '0', recovered_without: '0', passed_with_items: '0' });
      // The certificate applied with is in the registry, under the applicant.
      const [orphans] = await own.query<{ n: string }>('SELECT count(*)::text AS n FROM cases c LEFT JOIN certificates x ON x.certificate_no = c.certificate_no AND x.person_key = c.person_key WHERE x.certificate_no IS NULL');
      expect(orphans!.n).toBe('0');
      await expect(generateProvince({ target: own }, ring, { ...province, cases: 0.5 })).rejects.toThrow(/每人 1 件申请/);
    } finally {
      await own.close();
      await db.drop();
    }
  });
});
