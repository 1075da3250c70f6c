import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import { cases, serviceRatings, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';

/** All SQL of the staff's view of service ratings (好差评): ratings joined to their cases, by region. */
@Injectable()
export class ServiceRatingsRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  async list(regionPattern: string, score: number | undefined, page: number, pageSize: number) {
    const region = like(cases.regionCode, regionPattern);
    const where = and(region, ...(score !== undefined ? [eq(serviceRatings.score, score)] : []));
    const rows = await this.handle.db
      .select({
        caseId: cases.id,
        regionCode: cases.regionCode,
        applicantName: cases.applicantName,
        channel: cases.channel,
        occupation: cases.occupation,
        level: cases.level,
        score: serviceRatings.score,
        comment: serviceRatings.comment,
        createdAt: serviceRatings.createdAt,
      })
      .from(serviceRatings)
      .innerJoin(cases, eq(cases.id, serviceRatings.caseId))
      .where(where)
      .orderBy(desc(serviceRatings.createdAt), asc(serviceRatings.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [total] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(serviceRatings).innerJoin(cases, eq(cases.id, serviceRatings.caseId)).where(where);
    // The summary is over the region whatever the score filter: the distribution is what a head reads.
    const byScore = await this.handle.db
      .select({ score: serviceRatings.score, n: sql<number>`count(*)::int` })
      .from(serviceRatings)
      .innerJoin(cases, eq(cases.id, serviceRatings.caseId))
      .where(region)
      .groupBy(serviceRatings.score);
    return { rows, total: Number(total?.n ?? 0), byScore };
  }
}
