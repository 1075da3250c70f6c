import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDb, dbConfigFromEnv, migrateDb, seedDemo, seedReference, type DbHandle } from '@huimin/db';
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
    if (env.HUIMIN_DEMO) await seedDemo(handle, { hashPassword });
  } catch (err) {
    await handle.close();
    throw err;
  }
  logger.log(`database ready (${handle.kind}${env.HUIMIN_DEMO ? ', demo data' : ''})`);
  return handle;
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
