import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller.js';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';
import { CalendarWatch } from './calendar.watch.js';

@Module({
  controllers: [CalendarController],
  providers: [CalendarRepository, CalendarService, CalendarWatch],
  exports: [CalendarService],
})
export class CalendarModule {}
