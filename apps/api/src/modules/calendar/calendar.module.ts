import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { CalendarReloadListeners } from './calendar-reload.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';
import { CalendarWatch } from './calendar.watch.js';

@Module({
  imports: [JobsModule],
  controllers: [CalendarController],
  providers: [CalendarRepository, CalendarService, CalendarWatch, CalendarReloadListeners],
  exports: [CalendarService, CalendarReloadListeners, CalendarWatch],
})
export class CalendarModule {}
