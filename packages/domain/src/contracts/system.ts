import { z } from 'zod';
import { PROGRAM_IDS } from '../programs/index.js';
import { contract } from './common.js';

/** `GET /api/v1/system/info`: what this deployment offers. */
export const systemInfoContract = contract(
  'SystemInfo',
  z.strictObject({ programs: z.array(z.enum(PROGRAM_IDS)), demo: z.boolean(), version: z.string() }),
);

/** `GET /api/health`. */
export const healthContract = contract('Health', z.strictObject({ status: z.literal('ok') }));
