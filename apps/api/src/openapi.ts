import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { createDb } from '@huimin/db';
import { responseComponentSchemas } from './common/zod.js';
import { loadEnv } from './config/env.js';
import { API_VERSION } from './version.js';

/**
 * The OpenAPI document, generated from the controllers and their zod schemas: requests from `ApiZodBody` /
 * `ApiZodQuery`, answers from `ApiZodResponse` with the named contracts of @huimin/domain as components. The web
 * apps' typed client (@huimin/api-client) is generated from it.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('惠民 Huimin API')
    .setDescription('失业保险技能提升补贴、失业保险金、稳岗返还经办平台接口。金额单位为分，日期为 YYYY-MM-DD（北京时间）。')
    .setVersion(API_VERSION)
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = { ...(document.components?.schemas ?? {}), ...responseComponentSchemas() } as NonNullable<OpenAPIObject['components']>['schemas'];
  document.components = { ...document.components, schemas };
  return document;
}

/** Serves the document at /api/docs and /api/docs-json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}

/** Keys sorted at every level except a schema's `properties`, which keep the order the contract declares. */
function sortKeys(value: unknown, keepOrder = false): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (!keepOrder) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v, k === 'properties' && !keepOrder)]));
}

/** The document as committed in packages/api-client/openapi.json: stable key order, two-space indent, final newline. */
export function stableOpenApiText(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

/**
 * The document of the whole API, whatever this machine's environment says: every program on (a deployment
 * with fewer programs serves a subset of it), on an empty in-memory database that is never queried, without
 * listening. What the published client is generated from (`pnpm --filter @huimin/api openapi`).
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  // Imported here: the app factory imports this module for setUpOpenApi.
  const { createApp } = await import('./app.factory.js');
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HUIMIN_JOBS: 'off' });
  const handle = await createDb({ memory: true });
  const app = await createApp(env, { handle });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
    await handle.close();
  }
}
