import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PersonalDataCipher, seedDemo, seedReference, type DbHandle } from '@huimin/db';
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

/** The environment of every test app: quiet, demo data, rate limits out of the way, jobs only when a test runs them. */
function testEnv(env: Record<string, string>): Env {
  return loadEnv({
    LOG_LEVEL: 'silent',
    HUIMIN_DEMO: '1',
    RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    RATE_LIMIT_OTP_PER_MINUTE: '10000',
    RATE_LIMIT_EVALUATION_PER_MINUTE: '10000',
    // Jobs run only when a test runs them (JobScheduler.runDue), never on a timer behind its back.
    HUIMIN_JOBS: 'off',
    // Every answer a test receives is checked against its route's contract: a drift is a 500 in the test.
    HUIMIN_CHECK_RESPONSES: 'on',
    ...env,
  });
}

async function bootApp(loaded: Env, handle: DbHandle, sms: RecordingSms): Promise<NestFastifyApplication> {
  const app = await createApp(loaded, { handle, smsSender: sms });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

function loginWith(app: NestFastifyApplication) {
  return async (username: string, password = 'Huimin@2026') => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return { authorization: `Bearer ${res.json<{ accessToken: string }>().accessToken}` };
  };
}

/**
 * The whole API on a fresh database (PGlite, or a throwaway PostgreSQL database when DATABASE_URL is set),
 * with reference and demo data, answering through `app.inject`. Rate limits are raised out of the way unless
 * a test sets them (edge tests do).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const loaded = testEnv(env);
  const cipher = new PersonalDataCipher(loaded.keyRing);
  await seedReference(testDb);
  await seedDemo(testDb, { hashPassword, cipher });
  const sms = new RecordingSms();
  const app = await bootApp(loaded, testDb, sms);
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
    login: loginWith(app),
  };
}

export interface AppInstance {
  app: NestFastifyApplication;
  /** Closes the app, and with it the database handle it was given. */
  close(): Promise<void>;
  login(username: string, password?: string): Promise<{ authorization: string }>;
}

/**
 * Another API instance on a database a test app already prepared (as a second server, or the same server
 * started again, would be): nothing is migrated or seeded. Closing it closes `handle`, so give it its own
 * connection, or a handle whose close does nothing when the connection is shared.
 */
export async function startInstance(handle: DbHandle, env: Record<string, string> = {}): Promise<AppInstance> {
  const app = await bootApp(testEnv(env), handle, new RecordingSms());
  return { app, close: () => app.close(), login: loginWith(app) };
}
