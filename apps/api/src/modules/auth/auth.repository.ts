import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { sessions, users, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

export type UserRow = typeof users.$inferSelect;

/** All SQL of staff identity. */
@Injectable()
export class AuthRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

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

  async createSession(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
    await this.handle.db.insert(sessions).values({ id: tokenHash, userId, expiresAt });
  }

  async findLiveSession(tokenHash: string) {
    const [row] = await this.handle.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
      .limit(1);
    return row;
  }

  /** Sliding expiry: each use of a session pushes its end forward (idle timeout). */
  async touchSession(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.handle.db.update(sessions).set({ expiresAt }).where(eq(sessions.id, tokenHash));
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await this.handle.db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, tokenHash));
  }
}
