import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '@huimin/db';
import { DB } from '../database/database.module.js';
import { JobRegistry } from '../jobs/job-registry.js';

/**
 * The work lists read their counts per status from `case_status_counts`, which every statement on `cases` appends
 * its deltas to (migration 0008 of @huimin/db). Once a day the deltas are folded into one row per region and
 * status, so a count sums a few hundred rows plus one day's decisions.
 */
@Injectable()
export class CaseStatusCountsCompaction implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    @Inject(DB) private readonly handle: DbHandle,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'cases.status-counts.compact', cadence: 'daily', run: () => this.compact() });
  }

  async compact(): Promise<{ folded: number }> {
    const [row] = await queryRows<{ folded: number }>(this.handle.db, sql`SELECT compact_case_status_counts() AS folded`);
    return { folded: Number(row?.folded ?? 0) };
  }
}
