import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    // Element Plus's per-component style entries import .css files, which Node cannot load when the
    // package is run outside Vite; jsdom does no layout anyway, so they become empty modules.
    alias: [
      {
        find: /^element-plus\/es\/components\/[\w-]+\/style\/css$/,
        replacement: fileURLToPath(new URL('./test/empty-style.ts', import.meta.url)),
      },
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    // The first navigation of a test file imports its lazy route and Element Plus cold; on a busy
    // machine (turbo runs several packages at once) that alone can take longer than the 5 s default.
    testTimeout: 20_000,
  },
});
