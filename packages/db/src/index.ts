// The package's public surface: the client factory, the schema, personal-data crypto and the seeds. Tests of
// other packages import `@huimin/db/testing` for a throwaway database.
export * from './client.js';
export * from './schema/index.js';
export * from './crypto/index.js';
export * from './audit-chain.js';
export * from './seed/index.js';
