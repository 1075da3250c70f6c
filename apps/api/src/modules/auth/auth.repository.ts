import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { applicantAccounts, applicantSessions, sessions, users, type Database, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** All SQL of staff and applicant sessions. */
@Injectable()
export class AuthRepository {
  // Every authenticated staff request starts with this read: prepared once (issue 8), so drizzle builds its SQL
  // once and PostgreSQL parses it once per connection.
  readonly #liveSessionWithUser;

  constructor(@Inject(DB) private readonly handle: DbHandle) {
    this.#liveSessionWithUser = handle.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, sql.placeholder('tokenHash')), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql.placeholder('now'))))
      .limit(1)
      .prepare('live_session_with_user');
  }

  get db(): Database {
    return this.handle.db;
  }

  async findUserByUsername(username: string): Promise<UserRow | undefined> {
    const [row] = await this.handle.db.select().from(users).where(eq(users.username, username)).limit(1);
    return row;
  }

  async findUserById(id: string): Promise<UserRow | undefined> {
    const [row] = await this.handle.db.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  }

  /** Counts a failure atomically and locks the account once the limit is reached; returns the new state. */
  async recordFailure(userId: string, limit: number, lockMinutes: number) {
    const [row] = await this.handle.db
      .update(users)
      .set({
        failedLogins: sql`${users.failedLogins} + 1`,
        lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${limit} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, userId))
      .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
    return row;
  }

  async recordSuccess(userId: string): Promise<void> {
    await this.handle.db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
  }

  async createSession(
    values: { tokenHash: string; refreshHash: string; userId: string; expiresAt: Date; refreshExpiresAt: Date },
    db: Database = this.handle.db,
  ): Promise<void> {
    await db.insert(sessions).values({
      id: values.tokenHash,
      userId: values.userId,
      expiresAt: values.expiresAt,
      refreshHash: values.refreshHash,
      refreshExpiresAt: values.refreshExpiresAt,
    });
  }

  /** A live session with its user, in one statement: every authenticated staff request starts with it. */
  async findLiveSessionWithUser(tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const now = new Date();
    const [row] = await this.#liveSessionWithUser.execute({ tokenHash, now });
    // Sessions from before refresh tokens have no hard end; every newer one has.
    if (row?.session.refreshExpiresAt && row.session.refreshExpiresAt <= now) return undefined;
    return row;
  }

  async findSessionByRefresh(refreshHash: string): Promise<SessionRow | undefined> {
    const [row] = await this.handle.db.select().from(sessions).where(eq(sessions.refreshHash, refreshHash)).limit(1);
    return row;
  }

  /** Sliding expiry: a use of a session pushes its end forward (idle timeout; AuthService writes it once a minute at most). */
  async touchSession(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.handle.db.update(sessions).set({ expiresAt }).where(eq(sessions.id, tokenHash));
  }

  /** Revokes one session; true when it was live (a refresh token is used at most once). */
  async revokeSession(tokenHash: string, db: Database = this.handle.db): Promise<boolean> {
    const rows = await db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.id, tokenHash), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    return rows.length > 0;
  }

  async revokeAllSessions(userId: string, db: Database = this.handle.db): Promise<number> {
    const rows = await db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    return rows.length;
  }

  async setPassword(userId: string, passwordHash: string, db: Database = this.handle.db): Promise<void> {
    await db
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), mustChangePassword: false, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, userId));
  }

  // Applicant sessions.

  async createApplicantSession(tokenHash: string, accountId: string, expiresAt: Date, db: Database = this.handle.db): Promise<void> {
    await db.insert(applicantSessions).values({ id: tokenHash, accountId, expiresAt });
  }

  async findLiveApplicantSession(tokenHash: string) {
    const [row] = await this.handle.db
      .select({ session: applicantSessions, account: applicantAccounts })
      .from(applicantSessions)
      .innerJoin(applicantAccounts, eq(applicantAccounts.id, applicantSessions.accountId))
      .where(
        and(eq(applicantSessions.id, tokenHash), isNull(applicantSessions.revokedAt), gt(applicantSessions.expiresAt, new Date())),
      )
      .limit(1);
    return row;
  }

  async touchApplicantSession(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.handle.db.update(applicantSessions).set({ expiresAt }).where(eq(applicantSessions.id, tokenHash));
  }

  async revokeApplicantSession(tokenHash: string): Promise<void> {
    await this.handle.db.update(applicantSessions).set({ revokedAt: new Date() }).where(eq(applicantSessions.id, tokenHash));
  }
}
