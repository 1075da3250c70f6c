export { seedReference, BUILTIN_LOADER, type ReferenceSeedResult } from './reference.js';
export {
  seedDemo,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type DemoAccount,
  type DemoSeedOptions,
  type DemoSeedResult,
} from './demo.js';
export {
  buildDemoRegistry,
  DEMO_REGION_CODES,
  type DemoCertificate,
  type DemoContribution,
  type DemoPerson,
  type DemoRegistry,
  type DemoRegistryOptions,
} from './demo-data.js';
