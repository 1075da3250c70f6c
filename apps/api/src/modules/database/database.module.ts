import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import {
  createDb,
  dbConfigFromEnv,
  migrateDb,
  PersonalDataCipher,
  persons,
  seedDemo,
  seedReference,
  type DbHandle,
} from '@huimin/db';
import { hashPassword } from '../auth/passwords.js';
import type { Env } from '../../config/env.js';

export const DB = Symbol('DB');

/** Opens the database the environment names, applies the committed migrations and loads reference data. */
export async function openDatabase(env: Env, logger = new Logger('Database')): Promise<DbHandle> {
  const handle = await createDb(
    dbConfigFromEnv({ DATABASE_URL: env.DATABASE_URL, HUIMIN_DATA_DIR: env.HUIMIN_DATA_DIR }),
  );
  try {
    await migrateDb(handle);
    await seedReference(handle);
    const cipher = new PersonalDataCipher(env.keyRing);
    await checkKeys(handle, cipher);
    if (env.HUIMIN_DEMO) await seedDemo(handle, { hashPassword, cipher });
  } catch (err) {
    await handle.close();
    throw err;
  }
  if (env.keyRing.demo) logger.warn('personal data is encrypted with the published DEMO keys: never load real data into this database');
  logger.log(`database ready (${handle.kind}${env.HUIMIN_DEMO ? ', demo data' : ''})`);
  return handle;
}

/**
 * Refuses to start when the configured keys cannot read the data already stored (a missing retired key, a
 * changed index key, the demo keys against a production database): better no service than a service that
 * finds nobody and fails on every record.
 */
export async function checkKeys(handle: DbHandle, cipher: PersonalDataCipher): Promise<void> {
  const [sample] = await handle.db
    .select({ personKey: persons.personKey, idNumberEnc: persons.idNumberEnc })
    .from(persons)
    .orderBy(sql`random()`)
    .limit(1);
  if (!sample) return;
  let idNumber: string;
  try {
    idNumber = cipher.decrypt(sample.idNumberEnc);
  } catch (err) {
    throw new Error(`个人数据密钥与数据库不符：${err instanceof Error ? err.message : String(err)}`);
  }
  if (cipher.personKey(idNumber) !== sample.personKey) {
    throw new Error('个人数据密钥与数据库不符：HUIMIN_INDEX_KEY 与写入数据时使用的索引密钥不同');
  }
}

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}
  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /** The handle is opened before Nest starts, so a broken database stops start-up with its own error. */
  static forHandle(handle: DbHandle): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DB, useValue: handle }, DatabaseLifecycle],
      exports: [DB],
    };
  }
}
