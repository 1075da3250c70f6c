import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    // Element Plus's per-component style entries import .css files, which only Vite (not Node) can
    // load; processing the package through Vite turns them into no-ops under test.
    server: { deps: { inline: ['element-plus'] } },
  },
});
