import { z } from 'zod';
import { PROGRAM_IDS, type ProgramId } from '@huimin/domain';
import { KeyConfigError, keyRingFromEnv, type KeyRing } from '@huimin/db';

/**
 * The only place the API reads process.env (STYLE.md). Every variable is validated once at start-up and a bad
 * value stops the process with one clear line per variable, instead of failing later on first use.
 */
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const perMinute = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

const originList = z
  .string()
  .optional()
  .transform((v, ctx): string[] => {
    const origins = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const origin of origins) {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        url = undefined;
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
        ctx.addIssue({ code: 'custom', message: `“${origin}”不是来源（应形如 https://hrss.example.gov.cn，无路径和结尾斜杠）` });
      }
    }
    return origins;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: '必须是 postgres:// 或 postgresql:// 开头的连接串' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HUIMIN_DATA_DIR: z.string().min(1).optional(),
  HUIMIN_DEMO: booleanFlag,
  HUIMIN_PROGRAMS: z
    .string()
    .optional()
    .transform((v, ctx): ProgramId[] => {
      if (!v || v.trim() === '') return [...PROGRAM_IDS];
      const ids = v.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = ids.filter((id) => !(PROGRAM_IDS as readonly string[]).includes(id));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `未知的业务：${unknown.join('、')}；可选 ${PROGRAM_IDS.join(',')}` });
        return z.NEVER;
      }
      return [...new Set(ids)] as ProgramId[];
    }),
  /** Folder holding the built web apps (`portal/`, `admin/`); when unset, the repository's built apps are used if present. */
  HUIMIN_WEB_ROOT: z.string().min(1).optional(),
  /** Idle timeout of a staff or applicant session: each request pushes the end this far forward. */
  SESSION_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** Hard end of a staff login, however often it is refreshed (a working day plus a margin). */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(10),
  /**
   * Personal-data keys (see docs/security.md): `HUIMIN_DATA_KEYS` is `id:64hex,…` (first encrypts, all decrypt),
   * `HUIMIN_INDEX_KEY` is 64 hex digits for the blind index. Unset only in demo mode and tests.
   */
  HUIMIN_DATA_KEYS: z.string().optional(),
  HUIMIN_INDEX_KEY: z.string().optional(),
  /** Origins allowed to call the API from a browser (comma-separated); none by default, the apps are same-origin. */
  CORS_ORIGINS: originList,
  /** Requests per minute and client address, per group of routes (edge protection). */
  RATE_LIMIT_LOGIN_PER_MINUTE: perMinute(20),
  RATE_LIMIT_OTP_PER_MINUTE: perMinute(5),
  RATE_LIMIT_EVALUATION_PER_MINUTE: perMinute(120),
  /** Largest JSON body in bytes; the registry import routes take up to 10,000 rows and get BODY_LIMIT_IMPORT_BYTES. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  BODY_LIMIT_IMPORT_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  /**
   * Where one-time codes go: `log` writes them to the server log (demo and tests only); `webhook` posts
   * `{ phone, message }` to HUIMIN_SMS_WEBHOOK_URL, the province's SMS gateway.
   */
  HUIMIN_SMS_PROVIDER: z.enum(['log', 'webhook']).optional(),
  HUIMIN_SMS_WEBHOOK_URL: z.url({ message: '应为短信网关的 URL' }).optional(),
  /**
   * Scheduled jobs (close ended notices, overdue flags, the calendar check): `on` on every instance by default —
   * the job table lets one instance run each period (docs/architecture.md "Scheduled jobs"); `off` for tests and
   * for instances that should only answer requests.
   */
  HUIMIN_JOBS: z.enum(['on', 'off'], { message: '应为 on 或 off' }).default('on'),
  /**
   * `on`: every JSON answer of a route with a declared contract is checked against it, and a mismatch becomes a
   * 500 naming the bad paths (the tests run this way, so the published OpenAPI document cannot drift from what
   * the API sends). Off by default: it costs a parse of every answer.
   */
  HUIMIN_CHECK_RESPONSES: z.enum(['on', 'off'], { message: '应为 on 或 off' }).default('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Cross-variable rules: the key ring (demo keys only in demo mode or tests, never in production), and the
 * SMS provider (the log provider would show codes to whoever reads the log, so production may not use it).
 */
const checkedEnvSchema = envSchema.transform((env, ctx) => {
  const relaxed = env.HUIMIN_DEMO || env.NODE_ENV === 'test';
  let keyRing: KeyRing;
  try {
    keyRing = keyRingFromEnv(env, { allowDemo: relaxed });
  } catch (err) {
    if (!(err instanceof KeyConfigError)) throw err;
    ctx.addIssue({ code: 'custom', path: ['HUIMIN_DATA_KEYS'], message: err.message });
    return z.NEVER;
  }
  const smsProvider = env.HUIMIN_SMS_PROVIDER ?? (relaxed ? 'log' : undefined);
  if (smsProvider === 'log' && !relaxed) {
    ctx.addIssue({ code: 'custom', path: ['HUIMIN_SMS_PROVIDER'], message: 'log 会把验证码写入日志，只能在演示模式使用' });
  }
  if (smsProvider === 'webhook' && !env.HUIMIN_SMS_WEBHOOK_URL) {
    ctx.addIssue({ code: 'custom', path: ['HUIMIN_SMS_WEBHOOK_URL'], message: 'HUIMIN_SMS_PROVIDER=webhook 需要短信网关地址' });
  }
  return { ...env, keyRing, smsProvider };
});

export type Env = z.output<typeof checkedEnvSchema>;

export class EnvError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = checkedEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`环境变量无效 (invalid environment):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Only the database location, for the offline CLIs that need no keys (audit verification). */
export function loadDatabaseEnv(source: NodeJS.ProcessEnv = process.env): Pick<Env, 'DATABASE_URL' | 'HUIMIN_DATA_DIR'> {
  const parsed = envSchema.pick({ DATABASE_URL: true, HUIMIN_DATA_DIR: true }).safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`环境变量无效 (invalid environment):\n${lines.join('\n')}`);
  }
  return parsed.data;
}
