import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../jobs/job-registry.js';
import { NoticesService } from './notices.service.js';

/** A15: at the end of a notice, cases without an upheld or open objection pass — daily, once across instances. */
@Injectable()
export class NoticeJobs implements OnModuleInit {
  constructor(
    private readonly notices: NoticesService,
    private readonly jobs: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'notices.close-ended', cadence: 'daily', run: (today) => this.notices.closeEnded(today) });
  }
}
