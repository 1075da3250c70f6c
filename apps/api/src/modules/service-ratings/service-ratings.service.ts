import { Injectable } from '@nestjs/common';
import { maskName } from '@huimin/domain';
import { assertInScope, scopePattern } from '../access/region-scope.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { ServiceRatingsRepository } from './service-ratings.repository.js';

/**
 * 好差评 for the office (issue 7): what applicants said of finished cases in the caller's regions, with the
 * distribution and average. Names are masked: a rating is read for the service, not to find the person.
 */
@Injectable()
export class ServiceRatingsService {
  constructor(private readonly repo: ServiceRatingsRepository) {}

  async list(user: AuthenticatedUser, q: { regionCode?: string | undefined; score?: number | undefined; page: number; pageSize: number }) {
    if (q.regionCode) assertInScope(user.regionCode, q.regionCode, '未找到该地区的记录');
    const { rows, total, byScore } = await this.repo.list(scopePattern(q.regionCode ?? user.regionCode), q.score, q.page, q.pageSize);
    const counts: Record<'1' | '2' | '3' | '4' | '5', number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    let sum = 0;
    let count = 0;
    for (const b of byScore) {
      counts[String(b.score) as keyof typeof counts] = Number(b.n);
      sum += b.score * Number(b.n);
      count += Number(b.n);
    }
    return {
      items: rows.map((r) => ({ ...r, applicantName: maskName(r.applicantName), createdAt: r.createdAt.toISOString() })),
      total,
      page: q.page,
      pageSize: q.pageSize,
      // The average to two decimals; null when nobody has rated yet (not 0, which would read as a bad score).
      summary: { count, average: count === 0 ? null : Math.round((sum / count) * 100) / 100, byScore: counts },
    };
  }
}
