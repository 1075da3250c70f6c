import { defineConfig } from 'vitest/config';

// Database tests: one database per file (PGlite needs seconds to start), files one after another so that
// PGlite instances and PostgreSQL test databases do not compete for the two cores.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
