import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PersonalDataCipher, seedDemo, seedReference } from '@huimin/db';
import { createTestDb, type TestDb } from '@huimin/db/testing';
import { createApp } from '../../src/app.factory.js';
import { loadEnv, type Env } from '../../src/config/env.js';
import type { SmsSender } from '../../src/modules/auth/sms.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';

/** Records the one-time codes the API sends, in place of an SMS gateway. */
export class RecordingSms implements SmsSender {
  readonly available = true;
  readonly sent: { phone: string; message: string }[] = [];

  async send(phone: string, message: string): Promise<void> {
    this.sent.push({ phone, message });
  }

  /** The code of the last message to this phone. */
  lastCode(phone: string): string {
    const message = this.sent.filter((m) => m.phone === phone).at(-1)?.message;
    const code = message?.match(/(\d{6})/)?.[1];
    if (!code) throw new Error(`no code was sent to ${phone}`);
    return code;
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDb;
  env: Env;
  cipher: PersonalDataCipher;
  sms: RecordingSms;
  close(): Promise<void>;
  /** Logs a demo account in and returns its bearer header. */
  login(username: string, password?: string): Promise<{ authorization: string }>;
}

/**
 * The whole API on a fresh database (PGlite, or a throwaway PostgreSQL database when DATABASE_URL is set),
 * with reference and demo data, answering through `app.inject`. Rate limits are raised out of the way unless
 * a test sets them (edge tests do).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const loaded = loadEnv({
    LOG_LEVEL: 'silent',
    HUIMIN_DEMO: '1',
    RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    RATE_LIMIT_OTP_PER_MINUTE: '10000',
    RATE_LIMIT_EVALUATION_PER_MINUTE: '10000',
    // Jobs run only when a test runs them (JobScheduler.runDue), never on a timer behind its back.
    HUIMIN_JOBS: 'off',
    ...env,
  });
  const cipher = new PersonalDataCipher(loaded.keyRing);
  await seedReference(testDb);
  await seedDemo(testDb, { hashPassword, cipher });
  const sms = new RecordingSms();
  const app = await createApp(loaded, { handle: testDb, smsSender: sms });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    db: testDb,
    env: loaded,
    cipher,
    sms,
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
