// Payment (拨付, POLICY.md A16, D1, D2) and recovery (追回, A17): items copied from cases, the batch workflow,
// bank-file layouts with a writer and a result parser, recovery orders.
export * from './items.js';
export * from './batch.js';
export * from './bank-file.js';
export * from './recovery.js';
