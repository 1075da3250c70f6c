import { z } from 'zod';
import { contract, isoDate, isoDateTime } from './common.js';

const year = z.int().min(2000).max(2100);

/** `GET /api/v1/calendar/years`: a loaded year of the working-day calendar. */
export const calendarYearSummaryContract = contract(
  'CalendarYearSummary',
  z.strictObject({ year, documentNo: z.string(), source: z.string() }),
);

export const calendarYearSummariesContract = z.array(calendarYearSummaryContract);

/** `GET` and `PUT /api/v1/calendar/years/:year`: the year as loaded, with who loaded it and when. */
export const loadedCalendarYearContract = contract(
  'LoadedCalendarYear',
  z.strictObject({
    year,
    documentNo: z.string(),
    source: z.string(),
    /** Every official day off, weekend days inside a holiday included. */
    daysOff: z.array(isoDate),
    /** Saturdays and Sundays that are working days by the notice. */
    workdays: z.array(isoDate),
    loadedAt: isoDateTime,
    loadedBy: z.string(),
  }),
);

/** `GET /api/v1/calendar/status` (E5). */
export const calendarStatusContract = contract(
  'CalendarStatus',
  z.strictObject({
    today: isoDate,
    lastLoadedYear: year.nullable(),
    currentYearLoaded: z.boolean(),
    nextYearLoaded: z.boolean(),
    /** What an administrator must do, or null when nothing is due. */
    warning: z.string().nullable(),
  }),
);

/** `GET /api/v1/calendar/add-working-days` (D6). */
export const workingDaysResultContract = contract(
  'WorkingDaysResult',
  z.strictObject({ from: isoDate, days: z.int().min(0), date: isoDate }),
);
