import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DbHandle } from '@huimin/db';
import { AppModule } from './app.module.js';
import type { SmsSender } from './modules/auth/sms.js';
import { createLogger, PinoNestLogger } from './common/logger.js';
import { UPLOAD_MIMES } from './modules/registry-import/registry-files.js';
import { ProblemException } from './common/problem.js';
import { ProblemFilter } from './common/problem.filter.js';
import { ResponseContractInterceptor } from './common/response-contract.interceptor.js';
import { SECURITY_HEADERS } from './common/security-headers.js';
import type { Env } from './config/env.js';
import { openDatabase } from './modules/database/database.module.js';
import { setUpOpenApi } from './openapi.js';
import { findWebApps, serveWebApps } from './web.js';

export interface CreateAppOptions {
  /** An already open database (tests); otherwise the one the environment names is opened and migrated. */
  handle?: DbHandle;
  /** Serve the built web apps (off in most tests). */
  serveWeb?: boolean;
  /** Where one-time codes go (tests record them); otherwise the environment decides. */
  smsSender?: SmsSender;
}

/** Route groups with their own request budget per client address and minute (issue 4: edge protection). */
export function rateLimitGroup(url: string): 'login' | 'otp' | 'evaluation' | undefined {
  const path = url.split('?')[0] ?? '';
  if (path === '/api/v1/applicant-auth/otp' || path === '/api/v1/applicant-auth/employer-otp') return 'otp';
  if (path === '/api/v1/auth/login' || path === '/api/v1/auth/refresh' || path.startsWith('/api/v1/applicant-auth/')) return 'login';
  if (path.startsWith('/api/v1/evaluations/')) return 'evaluation';
  return undefined;
}

/** Routes that take bulk data (API.md registry imports, up to 10,000 rows) get the larger body limit. */
const BULK_ROUTES = new Set(
  [
    ...['employers', 'persons', 'contributions', 'certificates'].map((r) => `POST /api/v1/registry/${r}`),
    'POST /api/v1/registry/imports/:kind',
  ],
);
/**
 * The only routes that take a file body (CSV or Excel exported by a core system, the bank's result CSV, an
 * employer's batch application sheet, online or filed at the counter). The batch sheet keeps the small body
 * limit: it is capped at 500 rows.
 */
const UPLOAD_ROUTES = new Set([
  '/api/v1/registry/imports/:kind',
  '/api/v1/skill-subsidy/payment-batches/:id/bank-result',
  '/api/v1/skill-subsidy/employer-batches',
  '/api/v1/skill-subsidy/counter-batches',
]);

/** Builds the whole API, configured exactly as in production, without listening; tests use `app.inject`. */
export async function createApp(env: Env, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger(env.LOG_LEVEL);
  const nestLogger = new PinoNestLogger(logger);
  const handle = options.handle ?? (await openDatabase(env, nestLogger as never));
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // The largest any route accepts; each route gets its own limit below.
    bodyLimit: Math.max(env.BODY_LIMIT_BYTES, env.BODY_LIMIT_IMPORT_BYTES),
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, handle, { smsSender: options.smsSender }), adapter, {
    logger: nestLogger,
    bufferLogs: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  if (env.HUIMIN_CHECK_RESPONSES === 'on') app.useGlobalInterceptors(new ResponseContractInterceptor());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  // Small bodies everywhere but the bulk imports: a 20 MB body on a login route is only an attack.
  fastify.addHook('onRoute', (route) => {
    if (route.bodyLimit === undefined) {
      const methods = ([] as string[]).concat(route.method);
      const bulk = methods.some((m) => BULK_ROUTES.has(`${m} ${route.url}`));
      route.bodyLimit = bulk ? env.BODY_LIMIT_IMPORT_BYTES : env.BODY_LIMIT_BYTES;
    }
  });
  // JSON only (API.md): a text/plain body would reach the handlers as a string; refuse it as 415 instead.
  fastify.removeContentTypeParser('text/plain');
  // CSV and Excel bodies only where a route takes a file; anywhere else they stay 415 like any non-JSON body.
  fastify.addContentTypeParser([...UPLOAD_MIMES], { parseAs: 'buffer' }, (request, body, done) => {
    if (!UPLOAD_ROUTES.has(request.routeOptions.url ?? '')) {
      done(new ProblemException(415, '此接口只接受JSON（application/json）'), undefined);
      return;
    }
    done(null, body);
  });
  // The security headers (computed once: src/common/security-headers.ts) and the request id, on every answer, before
  // any other hook can answer (a 429 of the rate limiter carries them too).
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('x-request-id', request.id);
    done();
  });
  // The web apps are served from the API's own origin; other origins only when the province lists them.
  if (env.CORS_ORIGINS.length > 0) {
    app.enableCors({ origin: env.CORS_ORIGINS, credentials: false, exposedHeaders: ['x-request-id'], maxAge: 600 });
  }
  const limits = {
    login: env.RATE_LIMIT_LOGIN_PER_MINUTE,
    otp: env.RATE_LIMIT_OTP_PER_MINUTE,
    evaluation: env.RATE_LIMIT_EVALUATION_PER_MINUTE,
  };
  // In memory, per instance: behind N instances a client gets up to N times the budget; the account
  // lockout and the one-time-code limits are in the database and hold across instances.
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    allowList: (request) => rateLimitGroup(request.url) === undefined,
    max: (request) => limits[rateLimitGroup(request.url) ?? 'login'],
    keyGenerator: (request) => `${rateLimitGroup(request.url) ?? 'other'}:${request.ip}`,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'HUIMIN_RATE_LIMITED',
      message: `请求过于频繁，请${Math.ceil(context.ttl / 1000)}秒后再试`,
    }),
  });
  setUpOpenApi(app);
  if (options.serveWeb) await serveWebApps(app, findWebApps(env.HUIMIN_WEB_ROOT));
  return app;
}
