import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/problem.js';
import { assertInScope } from '../access/region-scope.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { MONTHLY_ANNEX4, StatisticsSnapshotsRepository } from './statistics-snapshots.repository.js';

/** The monthly table as the job filed it (A18), beside the live one the statistics service computes on demand. */
@Injectable()
export class FiledStatisticsService {
  constructor(private readonly snapshots: StatisticsSnapshotsRepository) {}

  async monthly(user: AuthenticatedUser, regionCode: string, month: string) {
    assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const row = await this.snapshots.find(MONTHLY_ANNEX4, regionCode, month);
    if (!row) throw notFound(`${month}的统计表尚未报送（每月初自动生成上月统计表）`);
    return { regionCode, month, filedAt: row.createdAt.toISOString(), filedBy: row.createdBy, table: row.data };
  }
}
