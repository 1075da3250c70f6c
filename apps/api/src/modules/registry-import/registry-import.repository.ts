import { Inject, Injectable } from '@nestjs/common';
import { inArray, sql } from 'drizzle-orm';
import { certificates, contributions, employers, persons, PersonalDataCipher, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';
import type { CertificateImportRow, ContributionImportRow, EmployerImportRow, PersonImportRow } from './registry-import.types.js';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table (8 columns). */
const CHUNK = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** `xmax = 0` holds for a row the statement inserted and not for one it updated (PostgreSQL's MVCC). */
const wasInserted = sql<boolean>`(xmax = 0)`;

function count(rows: readonly { inserted: boolean }[]): { inserted: number; updated: number } {
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

/**
 * Set-based upserts of the registry (one multi-row INSERT … ON CONFLICT per chunk). Personal data is encrypted
 * and the blind index computed here, so no plain ID number or phone ever reaches a statement.
 */
@Injectable()
export class RegistryImportRepository {
  constructor(
    @Inject(DB) private readonly handle: DbHandle,
    private readonly cipher: PersonalDataCipher,
  ) {}

  get db(): Database {
    return this.handle.db;
  }

  personKey(idNumber: string): string {
    return this.cipher.personKey(idNumber);
  }

  async employerRegions(creditCodes: readonly string[], db: Database): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(creditCodes)) {
      const rows = await db.select({ k: employers.creditCode, r: employers.regionCode }).from(employers).where(inArray(employers.creditCode, part));
      for (const r of rows) out.set(r.k, r.r);
    }
    return out;
  }

  async personRegions(personKeys: readonly string[], db: Database): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(personKeys)) {
      const rows = await db.select({ k: persons.personKey, r: persons.regionCode }).from(persons).where(inArray(persons.personKey, part));
      for (const r of rows) out.set(r.k, r.r);
    }
    return out;
  }

  /** Holders (person keys) of existing certificates, to keep a certificate from moving between regions' people. */
  async certificateHolders(certificateNos: readonly string[], db: Database): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(certificateNos)) {
      const rows = await db.select({ k: certificates.certificateNo, p: certificates.personKey }).from(certificates).where(inArray(certificates.certificateNo, part));
      for (const r of rows) out.set(r.k, r.p);
    }
    return out;
  }

  async upsertEmployers(rows: readonly EmployerImportRow[], db: Database) {
    const result = [];
    for (const part of chunks(rows)) {
      result.push(
        ...(await db
          .insert(employers)
          .values(part.map((r) => ({ creditCode: r.creditCode, name: r.name, regionCode: r.regionCode, industry: r.industry, size: r.size, address: r.address ?? null })))
          .onConflictDoUpdate({
            target: employers.creditCode,
            set: {
              name: sql`excluded.name`,
              regionCode: sql`excluded.region_code`,
              industry: sql`excluded.industry`,
              size: sql`excluded.size`,
              address: sql`coalesce(excluded.address, ${employers.address})`,
              updatedAt: sql`now()`,
            },
          })
          .returning({ inserted: wasInserted })),
      );
    }
    return count(result);
  }

  async upsertPersons(rows: readonly PersonImportRow[], db: Database) {
    const result = [];
    for (const part of chunks(rows)) {
      result.push(
        ...(await db
          .insert(persons)
          .values(
            part.map((r) => ({
              personKey: this.cipher.personKey(r.idNumber),
              idNumberEnc: this.cipher.encrypt(r.idNumber),
              name: r.name,
              sex: r.sex,
              birthDate: r.birthDate,
              phoneEnc: this.cipher.encryptOptional(r.phone),
              regionCode: r.regionCode,
              address: r.address ?? null,
            })),
          )
          .onConflictDoUpdate({
            target: persons.personKey,
            set: {
              name: sql`excluded.name`,
              sex: sql`excluded.sex`,
              birthDate: sql`excluded.birth_date`,
              // A row without a phone keeps the one on record (the one-time codes of applicant login go there).
              phoneEnc: sql`coalesce(excluded.phone_enc, ${persons.phoneEnc})`,
              regionCode: sql`excluded.region_code`,
              address: sql`coalesce(excluded.address, ${persons.address})`,
              updatedAt: sql`now()`,
            },
          })
          .returning({ inserted: wasInserted })),
      );
    }
    return count(result);
  }

  async upsertContributions(rows: readonly ContributionImportRow[], db: Database) {
    const result = [];
    for (const part of chunks(rows)) {
      result.push(
        ...(await db
          .insert(contributions)
          .values(part.map((r) => ({ personKey: this.cipher.personKey(r.idNumber), month: r.month, creditCode: r.creditCode, regionCode: r.regionCode, status: r.status })))
          .onConflictDoUpdate({
            target: [contributions.personKey, contributions.month],
            set: { creditCode: sql`excluded.credit_code`, regionCode: sql`excluded.region_code`, status: sql`excluded.status` },
          })
          .returning({ inserted: wasInserted })),
      );
    }
    return count(result);
  }

  async upsertCertificates(rows: readonly CertificateImportRow[], db: Database) {
    const result = [];
    for (const part of chunks(rows)) {
      result.push(
        ...(await db
          .insert(certificates)
          .values(
            part.map((r) => ({
              certificateNo: r.certificateNo,
              personKey: this.cipher.personKey(r.idNumber),
              kind: r.kind,
              level: r.level,
              occupation: r.occupation,
              issueDate: r.issueDate,
              issuer: r.issuer,
            })),
          )
          .onConflictDoUpdate({
            target: certificates.certificateNo,
            set: {
              personKey: sql`excluded.person_key`,
              kind: sql`excluded.kind`,
              level: sql`excluded.level`,
              occupation: sql`excluded.occupation`,
              issueDate: sql`excluded.issue_date`,
              issuer: sql`excluded.issuer`,
            },
          })
          .returning({ inserted: wasInserted })),
      );
    }
    return count(result);
  }
}
