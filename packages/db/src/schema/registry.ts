import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { blindIndexCheck, ciphertextCheck } from './shared.js';

/*
 * Records copied from the social-insurance core system and the certificate registry (API.md "Registry
 * import"). Each source is imported on its own schedule, so the tables do not reference each other: a
 * contribution may arrive before its person, a certificate may belong to someone insured elsewhere. The
 * services check the links when they read facts for a case. The CHECKs hold the shapes only; the
 * checksums (POLICY.md E6) are verified by @huimin/domain before a row is written.
 *
 * Personal data at rest: no table holds a plain ID number or phone. A person is keyed by `person_key`, the
 * blind index of the ID number (HMAC-SM3 under HUIMIN_INDEX_KEY, see src/crypto), which every table uses to
 * link records of the same person; the number itself is kept only SM4-encrypted (`*_enc` columns, the form
 * `sm4$<keyId>$…`). The same ID number always gives the same key, so an import upserts by it as before.
 */


export const EMPLOYER_SIZES = ['large', 'sme', 'micro'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];
export const CONTRIBUTION_STATUSES = ['paid', 'owed'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export const CERTIFICATE_KINDS = ['vocational_qualification', 'skill_level'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const employers = pgTable(
  'employers',
  {
    creditCode: text('credit_code').primaryKey(),
    name: text('name').notNull(),
    regionCode: text('region_code').notNull(),
    industry: text('industry').notNull(),
    size: text('size').$type<EmployerSize>().notNull(),
    address: text('address'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // GB 32100 alphabet: digits and capitals without I, O, Z, S, V (POLICY.md E6).
    check('employers_credit_code_check', sql`${t.creditCode} ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`),
    check('employers_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    check('employers_size_check', sql`${t.size} IN ('large', 'sme', 'micro')`),
    index('employers_region_code_idx').on(t.regionCode),
  ],
);

export const persons = pgTable(
  'persons',
  {
    /** Stable surrogate for URLs and for records that point at the person (cases); never derived from the ID number. */
    id: uuid('id').primaryKey().defaultRandom(),
    /** Blind index of the ID number: the import key and the link to contributions and certificates. */
    personKey: text('person_key').notNull().unique(),
    /** The ID number, SM4-encrypted. */
    idNumberEnc: text('id_number_enc').notNull(),
    name: text('name').notNull(),
    sex: text('sex').$type<Sex>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    /** The phone on record (the one-time codes of applicant login go there), SM4-encrypted. */
    phoneEnc: text('phone_enc'),
    regionCode: text('region_code').notNull(),
    address: text('address'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check('persons_person_key_check', blindIndexCheck(t.personKey)),
    check('persons_id_number_enc_check', ciphertextCheck(t.idNumberEnc)),
    check('persons_phone_enc_check', ciphertextCheck(t.phoneEnc)),
    check('persons_sex_check', sql`${t.sex} IN ('male', 'female')`),
    check('persons_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    index('persons_region_code_idx').on(t.regionCode),
  ],
);

export const contributions = pgTable(
  'contributions',
  {
    /** The person's blind index (persons.person_key); the person may be imported later. */
    personKey: text('person_key').notNull(),
    /** `YYYY-MM`, the month the contribution is for. */
    month: text('month').notNull(),
    creditCode: text('credit_code').notNull(),
    regionCode: text('region_code').notNull(),
    status: text('status').$type<ContributionStatus>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'contributions_pkey', columns: [t.personKey, t.month] }),
    check('contributions_person_key_check', blindIndexCheck(t.personKey)),
    check('contributions_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('contributions_status_check', sql`${t.status} IN ('paid', 'owed')`),
    check('contributions_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    // Screening for the job-stabilization refund reads an employer's contributions (POLICY.md B4).
    index('contributions_credit_code_idx').on(t.creditCode, t.month),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    certificateNo: text('certificate_no').primaryKey(),
    /** The holder's blind index (persons.person_key). */
    personKey: text('person_key').notNull(),
    kind: text('kind').$type<CertificateKind>().notNull(),
    /** National level number: 5 初级 … 1 高级技师 (API.md). */
    level: smallint('level').notNull(),
    occupation: text('occupation').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
  },
  (t) => [
    check('certificates_kind_check', sql`${t.kind} IN ('vocational_qualification', 'skill_level')`),
    check('certificates_level_check', sql`${t.level} BETWEEN 1 AND 5`),
    check('certificates_person_key_check', blindIndexCheck(t.personKey)),
    index('certificates_person_key_idx').on(t.personKey),
  ],
);

export type EmployerRow = typeof employers.$inferSelect;
export type NewEmployerRow = typeof employers.$inferInsert;
export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;
export type ContributionRow = typeof contributions.$inferSelect;
export type NewContributionRow = typeof contributions.$inferInsert;
export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;
