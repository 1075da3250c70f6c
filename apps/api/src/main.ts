import { loadEnv, EnvError } from './config/env.js';
import { createApp } from './app.factory.js';
import { routesWithoutRule } from './modules/access/routes.js';
import { findWebApps } from './web.js';

async function main(): Promise<void> {
  let env;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const app = await createApp(env, { serveWeb: true });
  await app.init();
  // A route without a permission rule answers 403 to everyone; say so at start rather than at first use.
  for (const key of routesWithoutRule(app)) console.error(`未声明访问权限的接口（已关闭）：${key}`);
  await app.listen({ port: env.PORT, host: env.HOST });
  const base = `http://localhost:${env.PORT}`;
  const apps = findWebApps(env.HUIMIN_WEB_ROOT).map((a) => a.name);
  const lines = [
    `惠民 Huimin API ready${env.HUIMIN_DEMO ? ' (demo mode: demo accounts, password Huimin@2026)' : ''}`,
    apps.includes('portal') ? `  portal (applicants):  ${base}/` : undefined,
    apps.includes('admin') ? `  admin console:        ${base}/admin/` : undefined,
    `  API docs:             ${base}/api/docs`,
    `  health:               ${base}/api/health`,
  ].filter(Boolean);
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error('启动失败 (start-up failed):', err instanceof Error ? err.message : err);
  process.exit(1);
});
