// The policy engine (POLICY.md A–C, E): request schemas, evaluators, reason codes, legal retirement age.
export * from './reason-codes.js';
export * from './requests.js';
export * from './types.js';
export * from './retirement.js';
export * from './skill-subsidy.js';
export * from './unemployment-benefit.js';
export * from './job-stabilization.js';
// The national level names (5 初级（五级）… 1 高级技师（一级）), for forms that print a certificate's level.
export { LEVEL_NAMES, levelName } from './text.js';
