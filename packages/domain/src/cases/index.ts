// Case machinery shared by the programs (POLICY.md A11–A17, D1, D4, D6): workflow machine, deadlines, and the
// skills-subsidy case with API.md's status strings.
export * from './types.js';
export * from './deadlines.js';
export * from './machine.js';
export * from './skill-subsidy.js';
