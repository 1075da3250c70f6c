export * from './keys.js';
export * from './cipher.js';
