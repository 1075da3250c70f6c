import { z } from 'zod';
import { PROGRAM_IDS, type ProgramId } from '@huimin/domain';

/**
 * The only place the API reads process.env (STYLE.md). Every variable is validated once at start-up and a bad
 * value stops the process with one clear line per variable, instead of failing later on first use.
 */
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

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
  SESSION_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`环境变量无效 (invalid environment):\n${lines.join('\n')}`);
  }
  return parsed.data;
}
