// The database schema, one file per aggregate (DESIGN.md "Pieces and where they live").
export * from './regions.js';
export * from './identity.js';
export * from './registry.js';
export * from './calendar.js';
export * from './audit.js';
export * from './cases.js';
export * from './notices.js';
export * from './payments.js';
export * from './ledger.js';
export * from './case-transitions.js';
export * from './jobs.js';
export * from './statistics.js';
export * from './case-counts.js';
export * from './case-list-order.js';
export * from './case-list-page.js';
