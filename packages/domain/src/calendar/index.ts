export * from './calendar-year.js';
export * from './working-day-calendar.js';
export {
  CHINESE_DAYS_SOURCE,
  builtinCalendarYears,
  builtinWorkingDayCalendar,
  calendarYearFromNotice,
  officialNotice2026,
  type OfficialNotice,
} from './builtin.js';
