import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    // Vant's per-component style entries import .css files, which Node cannot load outside Vite.
    alias: [
      {
        find: /^vant\/es\/[\w-]+\/style\/index$/,
        replacement: fileURLToPath(new URL('./test/empty-style.ts', import.meta.url)),
      },
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
  },
});
