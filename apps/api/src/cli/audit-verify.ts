import { pathToFileURL } from 'node:url';
import { createDb, dbConfigFromEnv, type DbHandle } from '@huimin/db';
import { EnvError, loadDatabaseEnv } from '../config/env.js';
import { AuditRepository } from '../modules/audit/audit.repository.js';
import { AuditService, type AuditVerification } from '../modules/audit/audit.service.js';

/**
 * Offline verification of the audit chain (issue 4): recomputes every link straight from the database, with
 * the same code as `GET /api/v1/audit/verify` but without the API running, so an auditor can check a backup
 * restored on a separate machine. Prints the result as JSON; exit code 0 when valid, 2 when broken.
 */
export async function verifyAuditChain(handle: DbHandle): Promise<AuditVerification> {
  return new AuditService(new AuditRepository(handle)).verify();
}

async function main(): Promise<number> {
  let env;
  try {
    env = loadDatabaseEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      return 78;
    }
    throw err;
  }
  const handle = await createDb(dbConfigFromEnv({ DATABASE_URL: env.DATABASE_URL, HUIMIN_DATA_DIR: env.HUIMIN_DATA_DIR }));
  try {
    const result = await verifyAuditChain(handle);
    console.log(JSON.stringify(result));
    console.error(
      result.valid
        ? `审计日志完整：共 ${result.entries} 条，哈希链校验通过`
        : `审计日志被篡改：第 ${result.firstBrokenAt} 号记录的哈希或链接不符（已校验 ${result.entries} 条）`,
    );
    return result.valid ? 0 : 2;
  } finally {
    await handle.close();
  }
}

// Run only as a program, not when a test imports verifyAuditChain.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('审计日志校验失败：', err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
