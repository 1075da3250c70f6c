import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema sources and committed as reviewed SQL; the app applies them
// with drizzle's migrate() at start, never with `push`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
