import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import { certificates, contributions, employers, grants, persons, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

/*
 * The external systems a case reads its facts from (issue 5): the certificate registry (national or provincial
 * look-up) and the contribution records of the core system. The built-in implementations read the registry
 * tables the imports fill; a province plugs its real services in by providing these tokens with its own
 * classes (same interfaces), without touching the case service.
 */

export interface CertificateRecord {
  certificateNo: string;
  personKey: string;
  kind: 'vocational_qualification' | 'skill_level';
  level: number;
  occupation: string;
  issueDate: string;
  issuer: string;
  /** Which registry answered (A14: the form records where the certificate was checked). */
  source: string;
}

export interface CertificateRegistry {
  find(certificateNo: string, db?: Database): Promise<CertificateRecord | undefined>;
  heldBy(personKey: string, db?: Database): Promise<CertificateRecord[]>;
}

export interface ContributionSummary {
  /** Months with a paid contribution up to and including `upTo`'s month (A1). */
  paidMonths: number;
  /** Any month owed (A2). */
  inArrears: boolean;
  /** The employer of the latest month on record, or null. */
  latestCreditCode: string | null;
  latestMonth: string | null;
}

export interface ContributionRecords {
  summary(personKey: string, upTo: string, db?: Database): Promise<ContributionSummary>;
}

export const CERTIFICATE_REGISTRY = Symbol('CertificateRegistry');
export const CONTRIBUTION_RECORDS = Symbol('ContributionRecords');

@Injectable()
export class BuiltinCertificateRegistry implements CertificateRegistry {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  async find(certificateNo: string, db: Database = this.handle.db) {
    const [row] = await db.select().from(certificates).where(eq(certificates.certificateNo, certificateNo)).limit(1);
    return row ? { ...row, source: '本系统证书库（由证书登记数据导入）' } : undefined;
  }

  async heldBy(personKey: string, db: Database = this.handle.db) {
    const rows = await db.select().from(certificates).where(eq(certificates.personKey, personKey)).orderBy(asc(certificates.issueDate));
    return rows.map((r) => ({ ...r, source: '本系统证书库（由证书登记数据导入）' }));
  }
}

@Injectable()
export class BuiltinContributionRecords implements ContributionRecords {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  async summary(personKey: string, upTo: string, db: Database = this.handle.db): Promise<ContributionSummary> {
    const month = upTo.slice(0, 7);
    const rows = await db
      .select({ month: contributions.month, status: contributions.status, creditCode: contributions.creditCode })
      .from(contributions)
      .where(and(eq(contributions.personKey, personKey), lte(contributions.month, month)))
      .orderBy(desc(contributions.month));
    return {
      paidMonths: rows.filter((r) => r.status === 'paid').length,
      inArrears: rows.some((r) => r.status === 'owed'),
      latestCreditCode: rows[0]?.creditCode ?? null,
      latestMonth: rows[0]?.month ?? null,
    };
  }
}

/** Reads of the registry and the ledger that every channel's submission needs. */
@Injectable()
export class CaseFactsRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  async person(personKey: string, db: Database = this.handle.db) {
    const [row] = await db.select().from(persons).where(eq(persons.personKey, personKey)).limit(1);
    return row;
  }

  async employer(creditCode: string, db: Database = this.handle.db) {
    const [row] = await db.select().from(employers).where(eq(employers.creditCode, creditCode)).limit(1);
    return row;
  }

  /** The live grants of the ledger (A7), in every region: the evaluator's priorGrants. */
  async liveGrants(personKey: string, db: Database = this.handle.db) {
    return db
      .select({ occupation: grants.occupation, level: grants.level, grantedOn: grants.grantedOn, regionCode: grants.regionCode })
      .from(grants)
      .where(and(eq(grants.personKey, personKey), isNull(grants.liftedOn)));
  }
}
