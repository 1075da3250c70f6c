import { z } from 'zod';
import { STAFF_ROLES } from '../roles/index.js';
import { contract, isoDateTime, regionCode, uuid } from './common.js';

/** `GET /api/v1/auth/me`, and the user of a staff login. */
export const sessionUserContract = contract(
  'SessionUser',
  z.strictObject({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(STAFF_ROLES)),
    /** The region the user works for; the user sees it and every region under it. */
    regionCode,
  }),
);

/** `POST /api/v1/auth/login` and `/refresh`: the token pair and the user. */
export const staffLoginContract = contract(
  'StaffLogin',
  z.strictObject({
    accessToken: z.string(),
    /** Exchanged once at `POST /api/v1/auth/refresh` for a new pair, until `refreshExpiresAt`. */
    refreshToken: z.string(),
    /** When the access token expires if unused (idle timeout); each request pushes it forward. */
    expiresAt: isoDateTime,
    refreshExpiresAt: isoDateTime,
    /** After an administrator reset the password only the password change is open until it is done. */
    mustChangePassword: z.boolean(),
    user: sessionUserContract,
  }),
);

/** `POST /api/v1/applicant-auth/otp` and `/employer-otp`: the same answer whether or not a code was sent. */
export const otpAnswerContract = contract(
  'OtpAnswer',
  z.strictObject({ message: z.string(), expiresInSeconds: z.int().min(1), resendAfterSeconds: z.int().min(0) }),
);

/** `POST /api/v1/applicant-auth/login`: a person after real-name login. */
export const personLoginContract = contract(
  'PersonLogin',
  z.strictObject({
    accessToken: z.string(),
    expiresAt: isoDateTime,
    applicant: z.strictObject({ kind: z.literal('person'), name: z.string(), idNumberMasked: z.string(), regionCode }),
  }),
);

/** `POST /api/v1/applicant-auth/employer-login`: an employer account. */
export const employerLoginContract = contract(
  'EmployerLogin',
  z.strictObject({
    accessToken: z.string(),
    expiresAt: isoDateTime,
    applicant: z.strictObject({
      kind: z.literal('employer'),
      creditCode: z.string(),
      /** null when the employer is not (or no longer) in the registry. */
      name: z.string().nullable(),
      contactName: z.string().nullable(),
      regionCode,
    }),
  }),
);

/** `GET /api/v1/me`: who the applicant session is. */
export const applicantSelfContract = contract(
  'ApplicantSelf',
  z.strictObject({ kind: z.enum(['person', 'employer']), regionCode, creditCode: z.string().nullable() }),
);
