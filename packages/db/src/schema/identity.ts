import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Staff roles of API.md "Staff login". Kept here as the CHECK constraint's list; the domain owns their meaning. */
export const STAFF_ROLES = [
  'handler',
  'reviewer',
  'head',
  'finance',
  'auditor',
  'data_admin',
  'province_admin',
  'system_admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const rolesList = sql.raw(STAFF_ROLES.map((r) => `'${r}'`).join(', '));

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
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
