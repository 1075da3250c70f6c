import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../jobs/job-registry.js';
import { CalendarService } from './calendar.service.js';

/**
 * Checks daily whether next year's holiday schedule is due (E5) and logs a warning for operators; administrators
 * see the same warning in the console through `GET /calendar/status`. Runs as the `calendar.check` job, so one
 * instance logs it once a day rather than every instance.
 */
@Injectable()
export class CalendarWatch implements OnModuleInit {
  private readonly logger = new Logger('Calendar');

  constructor(
    private readonly calendar: CalendarService,
    private readonly jobs: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'calendar.check', cadence: 'daily', run: async (today) => ({ warning: await this.check(today) }) });
  }

  async check(today?: string): Promise<string | null> {
    const { warning } = await this.calendar.status(today);
    if (warning) this.logger.warn(warning);
    return warning;
  }
}
