import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import {
  applicantAccounts,
  employers,
  otpChallenges,
  persons,
  type ApplicantAccountRow,
  type Database,
  type DbHandle,
  type OtpPurpose,
} from '@huimin/db';
import { DB } from '../database/database.module.js';

/** All SQL of applicant login: the person or employer on record, one-time codes, applicant accounts. */
@Injectable()
export class ApplicantAuthRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  async findPerson(personKey: string) {
    const [row] = await this.handle.db
      .select({ personKey: persons.personKey, name: persons.name, phoneEnc: persons.phoneEnc, regionCode: persons.regionCode, idNumberEnc: persons.idNumberEnc })
      .from(persons)
      .where(eq(persons.personKey, personKey))
      .limit(1);
    return row;
  }

  async findEmployerAccount(creditCode: string) {
    const [row] = await this.handle.db
      .select({ account: applicantAccounts, employerName: employers.name })
      .from(applicantAccounts)
      .leftJoin(employers, eq(employers.creditCode, applicantAccounts.creditCode))
      .where(and(eq(applicantAccounts.kind, 'employer'), eq(applicantAccounts.creditCode, creditCode)))
      .limit(1);
    return row;
  }

  async latestChallenge(purpose: OtpPurpose, subjectKey: string) {
    const [row] = await this.handle.db
      .select()
      .from(otpChallenges)
      .where(and(eq(otpChallenges.purpose, purpose), eq(otpChallenges.subjectKey, subjectKey)))
      .orderBy(desc(otpChallenges.createdAt))
      .limit(1);
    return row;
  }

  async countChallengesSince(purpose: OtpPurpose, subjectKey: string, since: Date): Promise<number> {
    const [row] = await this.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(otpChallenges)
      .where(and(eq(otpChallenges.purpose, purpose), eq(otpChallenges.subjectKey, subjectKey), gt(otpChallenges.createdAt, since)))
      .limit(1);
    return Number(row?.n ?? 0);
  }

  async createChallenge(values: { purpose: OtpPurpose; subjectKey: string; codeHash: string; expiresAt: Date }) {
    const [row] = await this.handle.db.insert(otpChallenges).values(values).returning({ id: otpChallenges.id });
    return row!;
  }

  /** The live challenge (not used, not expired, attempts left) for a subject. */
  async liveChallenge(purpose: OtpPurpose, subjectKey: string, maxAttempts: number) {
    const [row] = await this.handle.db
      .select()
      .from(otpChallenges)
      .where(
        and(
          eq(otpChallenges.purpose, purpose),
          eq(otpChallenges.subjectKey, subjectKey),
          isNull(otpChallenges.consumedAt),
          gt(otpChallenges.expiresAt, new Date()),
          sql`${otpChallenges.attempts} < ${maxAttempts}`,
        ),
      )
      .orderBy(desc(otpChallenges.createdAt))
      .limit(1);
    return row;
  }

  async countAttempt(id: string): Promise<void> {
    await this.handle.db.update(otpChallenges).set({ attempts: sql`${otpChallenges.attempts} + 1` }).where(eq(otpChallenges.id, id));
  }

  /** Marks the challenge used; false when a concurrent request used it first. */
  async consume(id: string, db: Database): Promise<boolean> {
    const rows = await db
      .update(otpChallenges)
      .set({ consumedAt: new Date() })
      .where(and(eq(otpChallenges.id, id), isNull(otpChallenges.consumedAt)))
      .returning({ id: otpChallenges.id });
    return rows.length > 0;
  }

  /** The person's account, created at the first real-name login. */
  async upsertPersonAccount(personKey: string, regionCode: string, db: Database): Promise<ApplicantAccountRow> {
    const [row] = await db
      .insert(applicantAccounts)
      .values({ kind: 'person', personKey, regionCode, createdBy: 'self', lastLoginAt: new Date() })
      .onConflictDoUpdate({ target: applicantAccounts.personKey, set: { lastLoginAt: new Date(), regionCode } })
      .returning();
    return row!;
  }

  async touchAccount(id: string, db: Database): Promise<void> {
    await db.update(applicantAccounts).set({ lastLoginAt: new Date() }).where(eq(applicantAccounts.id, id));
  }
}
