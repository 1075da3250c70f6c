import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildOpenApiDocument, stableOpenApiText } from '../openapi.js';

/**
 * Writes the API's OpenAPI document to packages/api-client/openapi.json (or the path given), the source of the
 * web apps' typed client. Run after changing a route, a request schema or a response contract:
 *   pnpm --filter @huimin/api openapi && pnpm --filter @huimin/api-client generate
 * The medium test test/medium/openapi.spec.ts fails while the committed document is out of date.
 */
export const COMMITTED_DOCUMENT = fileURLToPath(new URL('../../../../packages/api-client/openapi.json', import.meta.url));

async function main(): Promise<void> {
  const target = process.argv[2] ?? COMMITTED_DOCUMENT;
  const document = await buildOpenApiDocument();
  await writeFile(target, stableOpenApiText(document), 'utf8');
  console.log(`OpenAPI 文档已写入 ${target}（${Object.keys(document.paths).length} 个路径）`);
}

// Run only as a program, not when a test imports COMMITTED_DOCUMENT.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error('生成 OpenAPI 文档失败：', err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
