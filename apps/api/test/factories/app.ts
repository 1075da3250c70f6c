import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemo, seedReference } from '@huimin/db';
import { createTestDb } from '@huimin/db/testing';
import { createApp } from '../../src/app.factory.js';
import { loadEnv } from '../../src/config/env.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';

export interface TestApp {
  app: NestFastifyApplication;
  close(): Promise<void>;
  /** Logs a demo account in and returns its bearer header. */
  login(username: string, password?: string): Promise<{ authorization: string }>;
}

/**
 * The whole API on a fresh database (PGlite, or a throwaway PostgreSQL database when DATABASE_URL is set),
 * with reference and demo data, answering through `app.inject`.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  await seedReference(testDb);
  await seedDemo(testDb, { hashPassword });
  const app = await createApp(loadEnv({ LOG_LEVEL: 'silent', HUIMIN_DEMO: '1', ...env }), { handle: testDb });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    async close() {
      await app.close();
      await testDb.drop();
    },
    async login(username, password = 'Huimin@2026') {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return { authorization: `Bearer ${res.json<{ accessToken: string }>().accessToken}` };
    },
  };
}
