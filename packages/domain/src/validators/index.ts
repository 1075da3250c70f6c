export * from './id-number.js';
export * from './credit-code.js';
export * from './bank-card.js';
export * from './phone.js';
