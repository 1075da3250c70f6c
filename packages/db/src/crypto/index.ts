export * from './keys.js';
export * from './cipher.js';
export * from './rotate.js';
