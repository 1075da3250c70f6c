import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PATH, SCHEMA_PATH, schemaSource } from '../scripts/schema.mjs';

describe('the generated types', () => {
  it('are what openapi-typescript makes of the committed openapi.json', async () => {
    const expected = await schemaSource(await readFile(DOCUMENT_PATH, 'utf8'));
    const committed = await readFile(SCHEMA_PATH, 'utf8');
    // Not toBe: a 4,000-line diff helps nobody; the message says what to run.
    expect(committed === expected, 'src/schema.ts is out of date: run `pnpm --filter @huimin/api-client generate`').toBe(true);
  });

  it('come from a document that names the answers of the routes the web apps call', async () => {
    const document = JSON.parse(await readFile(DOCUMENT_PATH, 'utf8')) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const answer = (path: string, method: string, status: string) => document.paths[path]?.[method]?.responses[status]?.content?.['application/json'];
    expect(answer('/api/v1/auth/me', 'get', '200')).toEqual({ schema: { $ref: '#/components/schemas/SessionUser' } });
    expect(answer('/api/v1/skill-subsidy/applications/{id}', 'get', '200')).toEqual({ schema: { $ref: '#/components/schemas/CaseDetail' } });
    expect(answer('/api/v1/skill-subsidy/applications', 'post', '201')).toEqual({ schema: { $ref: '#/components/schemas/CaseDetail' } });
  });
});
