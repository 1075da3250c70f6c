// The database schema, one file per aggregate (DESIGN.md "Pieces and where they live").
export * from './regions.js';
export * from './identity.js';
export * from './registry.js';
export * from './calendar.js';
export * from './audit.js';
