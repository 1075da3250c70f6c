// Public notice (公示, POLICY.md A15): list schedule per region, notice period in working days, masking for
// public lists, objections and the end-of-notice rule.
export * from './schedule.js';
export * from './period.js';
export * from './masking.js';
export * from './objections.js';
export * from './close.js';
export * from './rows.js';
