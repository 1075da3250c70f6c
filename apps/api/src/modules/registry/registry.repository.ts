import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import {
  applicantAccounts,
  certificates,
  employers,
  persons,
  type ApplicantAccountRow,
  type Database,
  type DbHandle,
  type PersonRow,
} from '@huimin/db';
import { DB } from '../database/database.module.js';

/** All SQL of reading the registry (persons, certificates, employers) and of employer accounts. */
@Injectable()
export class RegistryRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  async listPersons(regionPattern: string, page: number, pageSize: number): Promise<{ rows: PersonRow[]; total: number }> {
    const where = like(persons.regionCode, regionPattern);
    const rows = await this.handle.db
      .select()
      .from(persons)
      .where(where)
      .orderBy(asc(persons.regionCode), asc(persons.name), asc(persons.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [count] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(persons).where(where);
    return { rows, total: Number(count?.n ?? 0) };
  }

  /** Inside a transaction pass its `db`: on the embedded database a query outside it would wait for it forever. */
  async findPersonById(id: string, db: Database = this.handle.db): Promise<PersonRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.select().from(persons).where(eq(persons.id, id)).limit(1);
    return row;
  }

  async findPersonByKey(personKey: string): Promise<PersonRow | undefined> {
    const [row] = await this.handle.db.select().from(persons).where(eq(persons.personKey, personKey)).limit(1);
    return row;
  }

  async updatePerson(id: string, values: Partial<Pick<PersonRow, 'name' | 'phoneEnc' | 'address'>>, db: Database): Promise<PersonRow> {
    const [row] = await db.update(persons).set(values).where(eq(persons.id, id)).returning();
    return row!;
  }

  async certificatesOf(personKey: string) {
    return this.handle.db
      .select()
      .from(certificates)
      .where(eq(certificates.personKey, personKey))
      .orderBy(asc(certificates.issueDate), asc(certificates.certificateNo));
  }

  /** A certificate only if it belongs to this person: ownership is part of the query, not a check after it. */
  async certificateOf(personKey: string, certificateNo: string) {
    const [row] = await this.handle.db
      .select()
      .from(certificates)
      .where(and(eq(certificates.personKey, personKey), eq(certificates.certificateNo, certificateNo)))
      .limit(1);
    return row;
  }

  async findEmployer(creditCode: string) {
    const [row] = await this.handle.db.select().from(employers).where(eq(employers.creditCode, creditCode)).limit(1);
    return row;
  }

  async insertEmployerAccount(
    values: { creditCode: string; regionCode: string; contactName: string; contactPhoneEnc: string; createdBy: string },
    db: Database,
  ): Promise<ApplicantAccountRow | undefined> {
    const [row] = await db
      .insert(applicantAccounts)
      .values({ kind: 'employer', ...values })
      .onConflictDoNothing({ target: applicantAccounts.creditCode })
      .returning();
    return row;
  }
}
