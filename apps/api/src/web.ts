import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface WebApp {
  name: 'portal' | 'admin';
  prefix: string;
  root: string;
}

/** The built apps: HUIMIN_WEB_ROOT/{portal,admin}, or the repository's apps/{portal,admin}/dist. */
export function findWebApps(webRoot?: string): WebApp[] {
  const base = webRoot ?? fileURLToPath(new URL('../../', import.meta.url));
  const candidates: WebApp[] = [
    { name: 'admin', prefix: '/admin/', root: webRoot ? join(base, 'admin') : join(base, 'admin', 'dist') },
    { name: 'portal', prefix: '/', root: webRoot ? join(base, 'portal') : join(base, 'portal', 'dist') },
  ];
  return candidates.filter((app) => existsSync(join(app.root, 'index.html')));
}

/**
 * Serves the built portal at `/` and the admin console at `/admin/` from the API's origin (a small deployment
 * needs one process). Unknown paths under an app get its index.html so that client-side routes survive a
 * reload; unknown paths under /api stay JSON 404s.
 */
export async function serveWebApps(app: NestFastifyApplication, apps: WebApp[]): Promise<void> {
  for (const [i, web] of apps.entries()) {
    await app.register(fastifyStatic, {
      root: web.root,
      prefix: web.prefix,
      wildcard: false,
      decorateReply: i === 0,
      index: ['index.html'],
      // The portal's build writes .br and .gz beside each script and stylesheet: a phone on a slow link gets the
      // compressed file when it accepts one (docs/portal-performance.md); without them the plain file is sent.
      preCompressed: true,
      // Hashed assets never change; index.html must be revalidated so a new release is picked up.
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const fastify = app.getHttpAdapter().getInstance();
  for (const web of apps) {
    const route = web.prefix === '/' ? '/*' : `${web.prefix}*`;
    fastify.get(route, (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') {
        return reply
          .status(404)
          .header('content-type', 'application/problem+json; charset=utf-8')
          .send({ type: 'about:blank', title: '未找到', status: 404, detail: `未找到 GET ${request.url.split('?')[0]}` });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', web.root);
    });
  }
}
