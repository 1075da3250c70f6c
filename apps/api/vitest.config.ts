import { defineConfig } from 'vitest/config';

// Decorator metadata for Nest's injection comes from tsconfig.json beside this file
// (experimentalDecorators + emitDecoratorMetadata), which Vite's transform reads.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file boots its own database; two at a time fit two cores.
    maxWorkers: 2,
  },
});
