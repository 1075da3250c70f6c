import { asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Database, DbHandle } from '../client.js';
import { applicantAccounts, certificates, changeRequests, contributions, persons } from '../schema/index.js';
import type { PersonalDataCipher } from './cipher.js';

export interface RotationResult {
  /** Values re-encrypted under the current data key. */
  reencrypted: number;
  /** Persons whose blind index changed (index key rotation). */
  reindexed: number;
  /** Contributions and certificates whose person is not in the registry: their key could not be recomputed. */
  orphans: number;
}

const BATCH = 500;

/**
 * Key rotation (docs/security.md). Moves every stored ciphertext to the current data key (the first of
 * HUIMIN_DATA_KEYS), so that a retired key can then be dropped from the ring — except for the audit log,
 * which is append-only and keeps the ciphertexts it was written with: keep retired keys for as long as the
 * audit history must be readable. With `reindex` (after HUIMIN_INDEX_KEY changed), also recomputes every
 * person key from the decrypted ID number, in persons and in everything linked by it.
 * Idempotent and batch-wise, so it can be stopped and run again.
 */
export async function rotatePersonalDataKeys(
  handle: DbHandle,
  cipher: PersonalDataCipher,
  options: { reindex?: boolean } = {},
): Promise<RotationResult> {
  const result: RotationResult = { reencrypted: 0, reindexed: 0, orphans: 0 };
  const stale = (value: string | null) => value !== null && cipher.keyIdOf(value) !== cipher.currentKeyId;

  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await handle.db.select().from(persons).where(gt(persons.id, after)).orderBy(asc(persons.id)).limit(BATCH);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    await handle.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      for (const p of rows) {
        const idNumber = cipher.decrypt(p.idNumberEnc);
        const newKey = options.reindex ? cipher.personKey(idNumber) : p.personKey;
        const values: Partial<typeof persons.$inferInsert> = {};
        if (stale(p.idNumberEnc)) values.idNumberEnc = cipher.encrypt(idNumber);
        if (stale(p.phoneEnc)) values.phoneEnc = cipher.reencrypt(p.phoneEnc!);
        result.reencrypted += Object.keys(values).length;
        if (newKey !== p.personKey) {
          values.personKey = newKey;
          await db.update(contributions).set({ personKey: newKey }).where(eq(contributions.personKey, p.personKey));
          await db.update(certificates).set({ personKey: newKey }).where(eq(certificates.personKey, p.personKey));
          await db.update(applicantAccounts).set({ personKey: newKey }).where(eq(applicantAccounts.personKey, p.personKey));
          result.reindexed++;
        }
        if (Object.keys(values).length > 0) await db.update(persons).set(values).where(eq(persons.id, p.id));
      }
    });
  }

  const accounts = await handle.db
    .select({ id: applicantAccounts.id, enc: applicantAccounts.contactPhoneEnc })
    .from(applicantAccounts)
    .where(isNotNull(applicantAccounts.contactPhoneEnc));
  for (const a of accounts) {
    if (!stale(a.enc)) continue;
    await handle.db.update(applicantAccounts).set({ contactPhoneEnc: cipher.reencrypt(a.enc!) }).where(eq(applicantAccounts.id, a.id));
    result.reencrypted++;
  }
  const requests = await handle.db.select({ id: changeRequests.id, enc: changeRequests.changesEnc }).from(changeRequests);
  for (const r of requests) {
    if (!stale(r.enc)) continue;
    await handle.db.update(changeRequests).set({ changesEnc: cipher.reencrypt(r.enc) }).where(eq(changeRequests.id, r.id));
    result.reencrypted++;
  }

  if (options.reindex) {
    const [row] = await handle.db.execute(sql`
      SELECT (SELECT count(*) FROM contributions c WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.person_key = c.person_key))
           + (SELECT count(*) FROM certificates c WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.person_key = c.person_key)) AS n`)
      .then((r) => (r as unknown as { rows: { n: number | string }[] }).rows);
    result.orphans = Number(row?.n ?? 0);
    // Pending one-time codes are keyed by the old index: drop them, people ask for a new code.
    await handle.db.execute(sql`DELETE FROM otp_challenges`);
  }
  return result;
}
