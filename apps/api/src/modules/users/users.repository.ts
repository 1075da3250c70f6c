import { Inject, Injectable } from '@nestjs/common';
import { asc, eq, like, sql } from 'drizzle-orm';
import { users, type Database, type DbHandle, type NewUserRow, type UserRow } from '@huimin/db';
import { DB } from '../database/database.module.js';

/** All SQL of user administration. */
@Injectable()
export class UsersRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  get db(): Database {
    return this.handle.db;
  }

  async list(regionPattern: string, page: number, pageSize: number): Promise<{ rows: UserRow[]; total: number }> {
    const where = like(users.regionCode, regionPattern);
    const rows = await this.handle.db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [count] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
    return { rows, total: Number(count?.n ?? 0) };
  }

  async findById(id: string): Promise<UserRow | undefined> {
    const [row] = await this.handle.db.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  }

  async findByUsername(username: string): Promise<UserRow | undefined> {
    const [row] = await this.handle.db.select().from(users).where(eq(users.username, username)).limit(1);
    return row;
  }

  async insert(values: NewUserRow, db: Database): Promise<UserRow> {
    const [row] = await db.insert(users).values(values).returning();
    return row!;
  }

  async update(id: string, values: Partial<NewUserRow>, db: Database): Promise<UserRow> {
    const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
    return row!;
  }
}
