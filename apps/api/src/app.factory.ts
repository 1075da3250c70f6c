import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DbHandle } from '@huimin/db';
import { AppModule } from './app.module.js';
import { createLogger, PinoNestLogger } from './common/logger.js';
import { ProblemFilter } from './common/problem.filter.js';
import type { Env } from './config/env.js';
import { openDatabase } from './modules/database/database.module.js';
import { setUpOpenApi } from './openapi.js';
import { findWebApps, serveWebApps } from './web.js';

export interface CreateAppOptions {
  /** An already open database (tests); otherwise the one the environment names is opened and migrated. */
  handle?: DbHandle;
  /** Serve the built web apps (off in most tests). */
  serveWeb?: boolean;
}

/** Builds the whole API, configured exactly as in production, without listening; tests use `app.inject`. */
export async function createApp(env: Env, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger(env.LOG_LEVEL);
  const nestLogger = new PinoNestLogger(logger);
  const handle = options.handle ?? (await openDatabase(env, nestLogger as never));
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, handle), adapter, {
    logger: nestLogger,
    bufferLogs: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  app.enableCors({ origin: true, credentials: false, exposedHeaders: ['x-request-id'] });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Element Plus and Vant set inline styles; no inline script is needed by either app.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  setUpOpenApi(app);
  if (options.serveWeb) await serveWebApps(app, findWebApps(env.HUIMIN_WEB_ROOT));
  return app;
}
