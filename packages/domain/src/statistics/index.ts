// Statistics (POLICY.md A18, D5) and the grant ledger (A7, A16, A17, E1): pure aggregations of paid-case facts
// into the forms of 002 附件4 and 附件2, Heilongjiang's quarterly figures, reporting periods.
export * from './facts.js';
export * from './annex4.js';
export * from './annex2.js';
export * from './periods.js';
export * from './quarterly.js';
export * from './ledger.js';
