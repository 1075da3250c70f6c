export * from './codes.js';
export * from './names.js';
