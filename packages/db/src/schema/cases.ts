import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  SKILL_SUBSIDY_CASE_STATUSES,
  SKILL_SUBSIDY_GRANTED_STATUSES,
  SKILL_SUBSIDY_OPEN_STATUSES,
  type SkillSubsidyCaseStatus,
} from '@huimin/domain';
import { persons } from './registry.js';
import { caseStatusPosition } from './case-list-order.js';
import { blindIndexCheck, ciphertextCheck, sqlList } from './shared.js';

/*
 * Cases (DESIGN.md "The flow of a case"). A case freezes the facts read from the registry at submission,
 * the evaluation and the id of the rule set that produced it, so a decision stays reproducible after the
 * registry or the policy packs change. Its status moves only along the pairs of the domain's workflow
 * (`skillSubsidyCaseMachine.transitionPairs()`), enforced by a trigger of the migration; its history is
 * `case_steps`, one row per step, unique by (case, seq) so that two concurrent decisions on one step collide.
 */

export const CASE_CHANNELS = ['online', 'counter', 'employer_batch', 'proxy'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export const CASE_PROGRAMS = ['skill-subsidy'] as const;
export const PAYEE_KIND_VALUES = ['social_security_card', 'bank_account'] as const;
export const STEP_ACTOR_KINDS = ['staff', 'applicant', 'employer', 'system'] as const;

/** A11/A7: a person holds at most one open or granted case per occupation × level, in any region. */
const BLOCKING_STATUSES = [...SKILL_SUBSIDY_OPEN_STATUSES, ...SKILL_SUBSIDY_GRANTED_STATUSES];

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    program: text('program').notNull().default('skill-subsidy'),
    /** The region that handles the case: the person's pooling region at submission. */
    regionCode: text('region_code').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The subject's blind index: the A7 uniqueness and the grant ledger are per person across regions. */
    personKey: text('person_key').notNull(),
    /** Name at submission (public notice, statistics); the ID number stays encrypted in the registry. */
    applicantName: text('applicant_name').notNull(),
    channel: text('channel').$type<CaseChannel>().notNull(),
    certificateNo: text('certificate_no').notNull(),
    certificateKind: text('certificate_kind').notNull(),
    occupation: text('occupation').notNull(),
    level: smallint('level').notNull(),
    /** The facts read from the registry at submission (A12), frozen: never updated. */
    facts: jsonb('facts').notNull(),
    /** The engine's answer on those facts (checks with POLICY ids, warnings, amount), frozen. */
    evaluation: jsonb('evaluation').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    /** The case rules of that rule set (approval steps, working days, appeals), frozen with it. */
    rules: jsonb('rules').notNull(),
    /** The date that chose the rule set (certificate issue date or application date, E1). */
    basisDate: date('basis_date', { mode: 'string' }).notNull(),
    applicationDate: date('application_date', { mode: 'string' }).notNull(),
    amountFen: integer('amount_fen').notNull(),
    status: text('status').$type<SkillSubsidyCaseStatus>().notNull().default('submitted'),
    /** Every deadline started on the case, as computed when its step started (WorkflowDeadline + stoppedOn). */
    deadlines: jsonb('deadlines').notNull().default(sql`'[]'::jsonb`),
    /** The deadline running now (one at a time in this workflow) — indexed for the overdue lists. */
    dueKind: text('due_kind'),
    dueOn: date('due_on', { mode: 'string' }),
    overdue: boolean('overdue').notNull().default(false),
    /** Who submitted: `staff:<user id>`, `applicant:<person id>`, `employer:<credit code>`. */
    createdBy: text('created_by').notNull(),
    employerCreditCode: text('employer_credit_code'),
    /** A11 代办: the proxy's name and ID number (encrypted). */
    proxyName: text('proxy_name'),
    proxyIdNumberEnc: text('proxy_id_number_enc'),
    phoneEnc: text('phone_enc'),
    /** Payee at submission (A12); a payment item snapshots it again when the batch is built. */
    payeeKind: text('payee_kind').notNull(),
    payeeAccountEnc: text('payee_account_enc').notNull(),
    payeeBankName: text('payee_bank_name'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check('cases_status_check', sql`${t.status} IN (${sqlList(SKILL_SUBSIDY_CASE_STATUSES)})`),
    check('cases_program_check', sql`${t.program} IN (${sqlList(CASE_PROGRAMS)})`),
    check('cases_channel_check', sql`${t.channel} IN (${sqlList(CASE_CHANNELS)})`),
    check('cases_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    check('cases_person_key_check', blindIndexCheck(t.personKey)),
    check('cases_level_check', sql`${t.level} BETWEEN 1 AND 5`),
    check('cases_amount_fen_check', sql`${t.amountFen} >= 0`),
    check('cases_payee_kind_check', sql`${t.payeeKind} IN (${sqlList(PAYEE_KIND_VALUES)})`),
    check('cases_payee_account_enc_check', ciphertextCheck(t.payeeAccountEnc)),
    check('cases_proxy_id_number_enc_check', ciphertextCheck(t.proxyIdNumberEnc)),
    check('cases_phone_enc_check', ciphertextCheck(t.phoneEnc)),
    // A proxy application records both the proxy's name and ID number (A11 代办).
    check(
      'cases_proxy_check',
      sql`(${t.channel} = 'proxy') = (${t.proxyName} IS NOT NULL AND ${t.proxyIdNumberEnc} IS NOT NULL)`,
    ),
    uniqueIndex('cases_one_open_per_person_occupation_level')
      .on(t.program, t.personKey, t.occupation, t.level)
      .where(sql`${t.status} IN (${sqlList(BLOCKING_STATUSES)})`),
    index('cases_region_status_idx').on(t.regionCode, t.status),
    // An applicant's and an employer's own lists, newest first (the order of the work lists, below).
    index('cases_person_id_created_idx').on(t.personId, t.createdAt.desc().nullsFirst(), t.id),
    index('cases_due_on_idx').on(t.dueOn),
    index('cases_employer_created_idx').on(t.employerCreditCode, t.createdAt.desc().nullsFirst(), t.id),
    // The work lists page newest first (docs/performance.md: page 1 at 1,000,000 cases from a sort of the whole
    // region to an index walk), and the counter reads a person's cases in every region (A11).
    // Each sort's index ends with the region code, after the id: it changes no order (the id is unique), and a
    // page's ids are found by an index-only walk that checks the region scope in the index (caseListPage, issue 8:
    // deep pages at 1,000,000 cases).
    index('cases_created_at_id_idx').on(t.createdAt.desc().nullsFirst(), t.id, t.regionCode),
    index('cases_person_key_idx').on(t.personKey),
    // The other sorts and filters of the work lists at 1,000,000 cases (issue 8, docs/performance.md "After
    // migration 0009"): each sort walks its own index, the filters read their rows and counts from an index.
    index('cases_status_created_id_idx').on(t.status, t.createdAt.desc().nullsFirst(), t.id, t.regionCode),
    index('cases_due_desc_id_idx').on(t.dueOn.desc().nullsLast(), t.id.desc().nullsFirst(), t.regionCode),
    index('cases_amount_id_idx').on(t.amountFen, t.id, t.regionCode),
    index('cases_status_position_id_idx').on(caseStatusPosition(t.status), t.id, t.regionCode),
    index('cases_occupation_level_date_idx').on(t.occupation, t.level, t.applicationDate, t.regionCode, t.status),
    index('cases_channel_region_status_idx').on(t.channel, t.regionCode, t.status),
    index('cases_region_due_status_idx').on(t.regionCode, t.dueOn, t.status).where(sql`${t.dueOn} IS NOT NULL`),
  ],
);

export const caseSteps = pgTable(
  'case_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role'),
    /** The actor's display name at the time (sign-off on the printed form, A14). */
    actorName: text('actor_name'),
    round: integer('round').notNull(),
    approvalStep: text('approval_step'),
    reason: text('reason'),
    separated: boolean('separated').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_steps_case_seq_unique').on(t.caseId, t.seq),
    check('case_steps_seq_check', sql`${t.seq} >= 1`),
    check('case_steps_actor_kind_check', sql`${t.actorKind} IN (${sqlList(STEP_ACTOR_KINDS)})`),
  ],
);

/**
 * API.md: a POST with an Idempotency-Key replays its first answer. The key is scoped by the caller and the
 * route, so two callers cannot collide; the request's hash tells a reused key with another body (422).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('idempotency_keys_scope_key_unique').on(t.scope, t.key)],
);

/** 好差评 (D3): one rating per case by its applicant. */
export const serviceRatings = pgTable(
  'service_ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id)
      .unique(),
    score: smallint('score').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('service_ratings_score_check', sql`${t.score} BETWEEN 1 AND 5`)],
);

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseStepRow = typeof caseSteps.$inferSelect;
export type NewCaseStepRow = typeof caseSteps.$inferInsert;
export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
