import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/**
 * Writes `x.js.gz` and `x.js.br` beside each script and stylesheet of the build. On a phone's slow link the
 * portal's first load is bound by bytes: compressed, its scripts are about a third of their size
 * (docs/portal-performance.md). A server or static host that serves precompressed files (e.g. a static
 * file server's `preCompressed` option, nginx `gzip_static` / `brotli_static`) then sends them without
 * compressing on every request; one that does not simply ignores them.
 */
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function precompress(): Plugin {
  return {
    name: 'huimin-precompress',
    apply: 'build',
    // After writing, not in generateBundle: Vite's own plugins still rewrite the chunks' code until then.
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.values(bundle).filter((file) => /\.(js|css|html|svg)$/.test(file.fileName));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file.fileName);
          const source = await readFile(path);
          // Below about 1 KB the headers outweigh what compression saves.
          if (source.length < 1024) return;
          await writeFile(`${path}.gz`, await gzipAsync(source, { level: 9 }));
          await writeFile(`${path}.br`, await brotliAsync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }),
      );
    },
  };
}

// The API serves this build at the site root; the admin console lives under /admin/.
export default defineConfig({
  base: '/',
  plugins: [vue(), precompress()],
  define: {
    // Name vue-i18n's feature flags so the bundler drops the legacy API and devtools code.
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { target: 'es2022', sourcemap: true },
});
