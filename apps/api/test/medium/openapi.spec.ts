import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMMITTED_DOCUMENT } from '../../src/cli/openapi.js';
import { buildOpenApiDocument, stableOpenApiText } from '../../src/openapi.js';

/*
 * Issue 6: the web apps' typed client is generated from packages/api-client/openapi.json. A route, request schema
 * or response contract changed without regenerating it would leave the apps typed against an API that no longer
 * exists, so the committed document must be the one the app generates now.
 */

const REGENERATE = 'pnpm --filter @huimin/api openapi && pnpm --filter @huimin/api-client generate';

describe('the committed OpenAPI document', () => {
  it('is the document the API generates now', async () => {
    const generated = stableOpenApiText(await buildOpenApiDocument());
    const committed = await readFile(COMMITTED_DOCUMENT, 'utf8');
    if (committed !== generated) {
      const now = JSON.parse(generated) as { paths: Record<string, object>; components: { schemas: Record<string, unknown> } };
      const before = JSON.parse(committed) as typeof now;
      const changed = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      const paths = changed(now.paths, before.paths);
      const schemas = changed(now.components.schemas, before.components.schemas);
      expect.fail(
        `packages/api-client/openapi.json is out of date (paths: ${paths.join(', ') || '—'}; schemas: ${schemas.join(', ') || '—'}). ` +
          `Regenerate it with: ${REGENERATE}. (Still different afterwards? A controller parameter typed with a zod ` +
          `type is emitted differently by tsc and by the test's compiler: type it string or number.)`,
      );
    }
  });

  it('documents the answer of every route the web apps read', async () => {
    const document = await buildOpenApiDocument();
    const answer = (path: string, method: 'get' | 'post' | 'put', status: string) =>
      (document.paths[path]?.[method]?.responses[status] as { content?: Record<string, unknown> } | undefined)?.content?.['application/json'];
    for (const [path, method, status] of [
      ['/api/v1/auth/me', 'get', '200'],
      ['/api/v1/auth/login', 'post', '200'],
      ['/api/v1/system/info', 'get', '200'],
      ['/api/v1/policies', 'get', '200'],
      ['/api/v1/calendar/status', 'get', '200'],
      ['/api/v1/calendar/years/{year}', 'put', '200'],
      ['/api/v1/skill-subsidy/applications', 'get', '200'],
      ['/api/v1/skill-subsidy/applications', 'post', '201'],
      ['/api/v1/skill-subsidy/applications/{id}', 'get', '200'],
      ['/api/v1/skill-subsidy/applications/{id}/decisions', 'post', '201'],
      ['/api/v1/me/person', 'get', '200'],
      ['/api/v1/applicant-auth/otp', 'post', '202'],
      ['/api/v1/evaluations/skill-upgrade-subsidy', 'post', '200'],
      // The console's office screens (issue 6: no hand-written answer types in the apps).
      ['/api/v1/skill-subsidy/counter-preview', 'post', '201'],
      ['/api/v1/skill-subsidy/counter-batches', 'post', '200'],
      ['/api/v1/skill-subsidy/applications/{id}/payee-reveal', 'post', '201'],
      ['/api/v1/skill-subsidy/objections', 'get', '200'],
      ['/api/v1/skill-subsidy/ratings', 'get', '200'],
      ['/api/v1/skill-subsidy/statistics/trend', 'get', '200'],
      ['/api/v1/skill-subsidy/statistics/monthly/filed', 'get', '200'],
      ['/api/v1/skill-subsidy/bank-file-layouts', 'get', '200'],
      ['/api/v1/skill-subsidy/bank-file-layouts/{regionCode}', 'put', '200'],
      ['/api/v1/skill-subsidy/payment-batches/{id}/discard', 'post', '201'],
      ['/api/v1/skill-subsidy/recovery-orders', 'get', '200'],
      ['/api/v1/skill-subsidy/recovery-orders/{id}', 'get', '200'],
      ['/api/v1/skill-subsidy/recovery-orders/{id}/write-off', 'post', '201'],
      ['/api/v1/jobs', 'get', '200'],
    ] as const) {
      expect(answer(path, method, status), `${method.toUpperCase()} ${path} ${status}`).toBeDefined();
    }
    // The bodies the console sends that no ZodPipe documents: the layout, and the sheet's bytes.
    const body = (path: string, method: 'post' | 'put') => (document.paths[path]?.[method]?.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
    expect(body('/api/v1/skill-subsidy/bank-file-layouts/{regionCode}', 'put')?.['application/json']?.schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['id', 'file', 'result']) });
    expect(body('/api/v1/skill-subsidy/counter-batches', 'post')?.['text/csv']?.schema).toEqual({ type: 'string', format: 'binary' });
    // The list's order is a documented whitelist, so the client can only ask for what the API takes.
    const sort = document.paths['/api/v1/skill-subsidy/applications']?.get?.parameters?.find((p) => 'name' in p && p.name === 'sort');
    expect(sort).toMatchObject({ in: 'query', required: false, schema: { enum: expect.arrayContaining(['submittedAt', '-dueOn', 'amountFen']) } });
  });
});
