// Response contracts of the API (issue 6): one file per area, see common.ts.
export { apiContracts, rowErrorContract } from './common.js';
export * from './auth.js';
export * from './users.js';
export * from './system.js';
export * from './policies.js';
export * from './evaluations.js';
export * from './calendar.js';
export * from './registry.js';
export * from './change-requests.js';
export * from './audit.js';
export * from './skill-subsidy.js';
export * from './notices.js';
export * from './payments.js';
export * from './statistics.js';
export * from './jobs.js';
