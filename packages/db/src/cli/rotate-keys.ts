import { createDbFromEnv, migrateDb } from '../client.js';
import { keyRingFromEnv, PersonalDataCipher, rotatePersonalDataKeys } from '../crypto/index.js';

// Key rotation (docs/security.md): re-encrypts every stored personal value under the first key of
// HUIMIN_DATA_KEYS; with --reindex, also recomputes the person keys after HUIMIN_INDEX_KEY changed.
// Run with the API stopped when re-indexing (a login in between would look a person up by the old key).
const reindex = process.argv.includes('--reindex');
const cipher = new PersonalDataCipher(
  keyRingFromEnv(
    { HUIMIN_DATA_KEYS: process.env['HUIMIN_DATA_KEYS'], HUIMIN_INDEX_KEY: process.env['HUIMIN_INDEX_KEY'] },
    { allowDemo: process.env['HUIMIN_DEMO'] === '1' },
  ),
);
const handle = await createDbFromEnv();
try {
  await migrateDb(handle);
  const started = Date.now();
  const result = await rotatePersonalDataKeys(handle, cipher, { reindex });
  console.info(
    `keys rotated (${handle.kind}) in ${Date.now() - started} ms: ${result.reencrypted} values re-encrypted under “${cipher.currentKeyId}”` +
      (reindex ? `, ${result.reindexed} persons re-indexed, ${result.orphans} records without a person left on the old index` : ''),
  );
} finally {
  await handle.close();
}
