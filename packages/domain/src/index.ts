// Public surface of @huimin/domain. Each feature folder owns its own barrel.
export * from './validators/index.js';
export * from './privacy/index.js';
export * from './region/index.js';
export * from './money/index.js';
export * from './dates/index.js';
export * from './calendar/index.js';
export * from './programs/index.js';
export * from './roles/index.js';
export * from './policies/index.js';
export * from './engine/index.js';
export * from './cases/index.js';
export * from './notices/index.js';
export * from './payments/index.js';
export * from './statistics/index.js';
export * from './contracts/index.js';
