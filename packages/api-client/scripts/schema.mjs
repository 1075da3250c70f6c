// Generates src/schema.ts (the TypeScript types of every path, request and answer) from openapi.json, the
// document the API writes (`pnpm --filter @huimin/api openapi`). Run as `pnpm --filter @huimin/api-client
// generate`; src/schema.spec.ts fails while the committed file differs from what this produces.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const DOCUMENT_PATH = fileURLToPath(new URL('../openapi.json', import.meta.url));
export const SCHEMA_PATH = fileURLToPath(new URL('../src/schema.ts', import.meta.url));

const BANNER = `/**
 * Generated from openapi.json by openapi-typescript: do not edit. After changing the API, run
 *   pnpm --filter @huimin/api openapi && pnpm --filter @huimin/api-client generate
 */

`;

/**
 * The source of src/schema.ts for an OpenAPI document's text.
 * @param {string} documentText
 * @returns {Promise<string>}
 */
export async function schemaSource(documentText) {
  const ast = await openapiTS(JSON.parse(documentText), { silent: true });
  return BANNER + astToString(ast);
}

async function main() {
  const source = await schemaSource(await readFile(DOCUMENT_PATH, 'utf8'));
  await writeFile(SCHEMA_PATH, source, 'utf8');
  console.log(`已生成 ${SCHEMA_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error('生成接口类型失败：', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
