import { Injectable, type OnModuleInit } from '@nestjs/common';
import { buildAnnex4Table } from '@huimin/domain';
import { JobRegistry, type ReportProgress } from '../jobs/job-registry.js';
import { StatisticsRepository } from './statistics.repository.js';
import { MONTHLY_ANNEX4, StatisticsSnapshotsRepository } from './statistics-snapshots.repository.js';
import { monthPeriod } from './statistics.service.js';

/** The month before the one `today` falls in, `YYYY-MM`. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * A18 / 002 附件4 is reported monthly: early each month (once across instances) the job files every reporting
 * region's table of the month just ended, as the forms' figures stood on that day. The live table stays
 * available on demand; the filed one is what was reported.
 */
@Injectable()
export class StatisticsJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly facts: StatisticsRepository,
    private readonly snapshots: StatisticsSnapshotsRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'skill-subsidy.statistics.monthly', cadence: 'monthly', run: (today, progress) => this.fileMonthly(previousMonth(today), progress) });
  }

  async fileMonthly(month: string, progress: ReportProgress = async () => undefined) {
    const period = monthPeriod(month);
    const regions = await this.snapshots.reportingRegions();
    let filed = 0;
    for (const [i, regionCode] of regions.entries()) {
      const table = buildAnnex4Table(await this.facts.paidGrants(regionCode, period.periodStart, period.periodEnd), { regionCode, ...period });
      if (await this.snapshots.file({ kind: MONTHLY_ANNEX4, regionCode, period: month, data: table, createdBy: 'job:statistics-monthly' })) filed++;
      await progress({ done: i + 1, total: regions.length, unit: '地区' });
    }
    return { month, regions: regions.length, filed };
  }
}
