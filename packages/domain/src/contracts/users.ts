import { z } from 'zod';
import { STAFF_ROLES } from '../roles/index.js';
import { contract, isoDateTime, page, regionCode, uuid } from './common.js';

/** A staff account as user administration shows it (never the password hash). */
export const staffAccountContract = contract(
  'StaffAccount',
  z.strictObject({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(STAFF_ROLES)),
    regionCode,
    disabled: z.boolean(),
    /** Set only while the lock lasts. */
    lockedUntil: isoDateTime.nullable(),
    mustChangePassword: z.boolean(),
    passwordChangedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
  }),
);

export const staffAccountPageContract = contract('StaffAccountPage', page(staffAccountContract));
