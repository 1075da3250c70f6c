import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CalendarService } from './calendar.service.js';

const DAY_MS = 24 * 3_600_000;

/**
 * Checks once at start-up and then daily whether next year's holiday schedule is due (E5) and logs a warning
 * for operators; administrators see the same warning in the console through `GET /calendar/status`.
 */
@Injectable()
export class CalendarWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Calendar');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly calendar: CalendarService) {}

  onApplicationBootstrap(): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async check(): Promise<string | null> {
    try {
      const { warning } = await this.calendar.status();
      if (warning) this.logger.warn(warning);
      return warning;
    } catch (err) {
      this.logger.error({ err }, 'calendar status check failed');
      return null;
    }
  }
}
