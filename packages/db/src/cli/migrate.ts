import { createDbFromEnv, migrateDb } from '../client.js';

// Applies the committed migrations to the database named by DATABASE_URL, or to the embedded one in
// HUIMIN_DATA_DIR (default: .data/ at the repository root).
const handle = await createDbFromEnv();
try {
  const started = Date.now();
  await migrateDb(handle);
  console.info(`migrations applied (${handle.kind}) in ${Date.now() - started} ms`);
} finally {
  await handle.close();
}
