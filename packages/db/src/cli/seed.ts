import { createDbFromEnv, migrateDb } from '../client.js';
import { keyRingFromEnv, PersonalDataCipher } from '../crypto/index.js';
import { seedDemo, seedReference } from '../seed/index.js';

// Reference data always; the demo accounts and registry only with HUIMIN_DEMO=1 (API.md: a production
// start never creates the demo accounts).
const demo = process.env['HUIMIN_DEMO'] === '1';

// The API verifies passwords with argon2id; the demo hashes must be the same kind. The module is loaded
// by name only in demo mode, so that a production install of this package needs no native module.
async function argon2Hasher(): Promise<(plain: string) => Promise<string>> {
  const moduleName = '@node-rs/argon2';
  try {
    const argon2 = (await import(moduleName)) as { hash(plain: string): Promise<string> };
    return (plain) => argon2.hash(plain);
  } catch {
    throw new Error(`HUIMIN_DEMO=1 needs ${moduleName} to hash the demo passwords; install it next to @huimin/db`);
  }
}

// Resolve the hasher before touching the database, so a missing module fails before anything is written.
const hashPassword = demo ? await argon2Hasher() : undefined;
// The same keys as the API (HUIMIN_DATA_KEYS, HUIMIN_INDEX_KEY); the published demo keys only in demo mode.
const cipher = demo
  ? new PersonalDataCipher(
      keyRingFromEnv({ HUIMIN_DATA_KEYS: process.env['HUIMIN_DATA_KEYS'], HUIMIN_INDEX_KEY: process.env['HUIMIN_INDEX_KEY'] }, { allowDemo: true }),
    )
  : undefined;
const handle = await createDbFromEnv();
try {
  await migrateDb(handle);
  const started = Date.now();
  const reference = await seedReference(handle);
  console.info(`reference data (${handle.kind}): ${reference.regions} regions, ${reference.calendarYears} calendar years added`);
  if (hashPassword && cipher) {
    const result = await seedDemo(handle, { hashPassword, cipher });
    console.info(
      `demo data: ${result.users} accounts, ${result.employers} employers, ${result.persons} persons, ` +
        `${result.contributions} contribution months, ${result.certificates} certificates added`,
    );
  }
  console.info(`seeded in ${Date.now() - started} ms`);
} finally {
  await handle.close();
}
