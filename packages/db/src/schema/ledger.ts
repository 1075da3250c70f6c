import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { blindIndexCheck } from './shared.js';

/*
 * The grant ledger (POLICY.md A7, A16, A17): a paid case marks person × occupation × level as granted, in every
 * region; a fully repaid recovery order lifts the mark. The evaluator reads it as `priorGrants` (with the
 * grant date for the per-year limits of E1).
 */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id)
      .unique(),
    personKey: text('person_key').notNull(),
    regionCode: text('region_code').notNull(),
    occupation: text('occupation').notNull(),
    level: smallint('level').notNull(),
    certificateKind: text('certificate_kind').notNull(),
    amountFen: integer('amount_fen').notNull(),
    grantedOn: date('granted_on', { mode: 'string' }).notNull(),
    liftedOn: date('lifted_on', { mode: 'string' }),
    liftedReason: text('lifted_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('grants_person_key_check', blindIndexCheck(t.personKey)),
    uniqueIndex('grants_one_live_per_person_occupation_level')
      .on(t.personKey, t.occupation, t.level)
      .where(sql`${t.liftedOn} IS NULL`),
  ],
);

export type GrantRow = typeof grants.$inferSelect;
