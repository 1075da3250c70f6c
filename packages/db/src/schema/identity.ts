import { sql } from 'drizzle-orm';
import { BUSINESS_ROLES, STAFF_ROLES } from '@huimin/domain';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Staff roles are defined once in the domain; the CHECK constraints below list them.
export { BUSINESS_ROLES, STAFF_ROLES, type StaffRole } from '@huimin/domain';

const rolesList = sql.raw(STAFF_ROLES.map((r) => `'${r}'`).join(', '));

/** Roles that decide cases (POLICY.md D1): never on the same account as `finance`. */
const businessList = sql.raw(BUSINESS_ROLES.map((r) => `'${r}'`).join(', '));

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** A PHC string (argon2id in the API); the database never sees a plain password. */
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    /** The user sees the regions at or under this code; `000000` means all (API.md). */
    regionCode: text('region_code').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }),
    /** Set when an administrator reset the password: the user must choose a new one before doing anything else. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check('users_roles_check', sql`${t.roles} <@ ARRAY[${rolesList}]::text[]`),
    check('users_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    check('users_failed_logins_check', sql`${t.failedLogins} >= 0`),
    // D1 in the database itself, so that no code path (nor ad-hoc SQL through the API) can give one account
    // the power to approve a payment and to pay it; the auditor changes nothing, so holds no other role.
    check(
      'users_roles_separation_check',
      sql`NOT (${t.roles} && ARRAY[${businessList}]::text[] AND 'finance' = ANY(${t.roles})) AND (NOT 'auditor' = ANY(${t.roles}) OR cardinality(${t.roles}) = 1)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** Chosen by the API (e.g. the hash of an opaque token); a random UUID when it does not choose. */
    id: text('id').primaryKey().default(sql`gen_random_uuid()::text`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** End of the access token: pushed forward by each use (idle timeout). */
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Hash of the refresh token that replaces this session with a new one; used once. */
    refreshHash: text('refresh_hash').unique(),
    /** Hard end of the login, carried over by every refresh: a stolen refresh token does not live forever. */
    refreshExpiresAt: timestamp('refresh_expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const APPLICANT_KINDS = ['person', 'employer'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/**
 * Accounts of the people and employers who apply (the portal). A person's account is created at the first
 * real-name login (ID number + name + a one-time code to the phone on record) and is tied to the person's
 * blind index; an employer's account is opened by staff for one credit code, with a contact phone for the
 * one-time codes (one account per credit code, for batch work).
 */
export const applicantAccounts = pgTable(
  'applicant_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ApplicantKind>().notNull(),
    personKey: text('person_key').unique(),
    creditCode: text('credit_code').unique(),
    regionCode: text('region_code').notNull(),
    contactName: text('contact_name'),
    /** Employer accounts: the contact's mobile, SM4-encrypted. */
    contactPhoneEnc: text('contact_phone_enc'),
    disabled: boolean('disabled').notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check('applicant_accounts_kind_check', sql`${t.kind} IN ('person', 'employer')`),
    check(
      'applicant_accounts_subject_check',
      sql`(${t.kind} = 'person' AND ${t.personKey} IS NOT NULL AND ${t.creditCode} IS NULL) OR (${t.kind} = 'employer' AND ${t.creditCode} IS NOT NULL AND ${t.personKey} IS NULL AND ${t.contactPhoneEnc} IS NOT NULL)`,
    ),
    check('applicant_accounts_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
  ],
);

export const applicantSessions = pgTable(
  'applicant_sessions',
  {
    /** Hash of the opaque token. */
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => applicantAccounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('applicant_sessions_account_id_idx').on(t.accountId)],
);

export const OTP_PURPOSES = ['person_login', 'employer_login'] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];

/**
 * One-time codes sent by SMS. Only a hash of the code is stored; a challenge dies after its expiry, its first
 * successful use, or five wrong codes.
 */
export const otpChallenges = pgTable(
  'otp_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').$type<OtpPurpose>().notNull(),
    /** person_key for a person, the credit code for an employer. */
    subjectKey: text('subject_key').notNull(),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    consumedAt: timestamp('consumed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check('otp_challenges_purpose_check', sql`${t.purpose} IN ('person_login', 'employer_login')`),
    index('otp_challenges_subject_idx').on(t.purpose, t.subjectKey, t.createdAt),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
export type ApplicantAccountRow = typeof applicantAccounts.$inferSelect;
export type OtpChallengeRow = typeof otpChallenges.$inferSelect;
