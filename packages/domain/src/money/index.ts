export * from './fen.js';
export * from './chinese-upper.js';
