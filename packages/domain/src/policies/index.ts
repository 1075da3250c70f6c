// Policy packs as data (POLICY.md A–C, E): schema, national rule sets, province packs, registry, resolution.
export * from './schema.js';
export * from './labels.js';
export * from './registry.js';
export * from './packs.js';
export * from './national/index.js';
export * from './jilin/pack.js';
export * from './heilongjiang/pack.js';
export * from './inner-mongolia/pack.js';
export * from './shandong/pack.js';
export * from './shandong/liaocheng.js';
