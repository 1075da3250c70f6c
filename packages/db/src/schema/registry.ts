import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * Records copied from the social-insurance core system and the certificate registry (API.md "Registry
 * import"). Each source is imported on its own schedule, so the tables do not reference each other: a
 * contribution may arrive before its person, a certificate may belong to someone insured elsewhere. The
 * services check the links when they read facts for a case. The CHECKs hold the shapes only; the
 * checksums (POLICY.md E6) are verified by @huimin/domain before a row is written.
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
    idNumber: text('id_number').primaryKey(),
    name: text('name').notNull(),
    sex: text('sex').$type<Sex>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: text('phone'),
    regionCode: text('region_code').notNull(),
    address: text('address'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // GB 11643: 17 digits and a digit or X (POLICY.md E6); always stored in upper case.
    check('persons_id_number_check', sql`${t.idNumber} ~ '^[0-9]{17}[0-9X]$'`),
    check('persons_sex_check', sql`${t.sex} IN ('male', 'female')`),
    check('persons_region_code_check', sql`${t.regionCode} ~ '^[0-9]{6}$'`),
    index('persons_region_code_idx').on(t.regionCode),
  ],
);

export const contributions = pgTable(
  'contributions',
  {
    idNumber: text('id_number').notNull(),
    /** `YYYY-MM`, the month the contribution is for. */
    month: text('month').notNull(),
    creditCode: text('credit_code').notNull(),
    regionCode: text('region_code').notNull(),
    status: text('status').$type<ContributionStatus>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'contributions_pkey', columns: [t.idNumber, t.month] }),
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
    idNumber: text('id_number').notNull(),
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
    index('certificates_id_number_idx').on(t.idNumber),
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
