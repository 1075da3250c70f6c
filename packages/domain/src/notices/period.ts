import type { WorkingDayCalendar } from '../calendar/index.js';
import { addDays, compareDates, parseIsoDate, type IsoDate } from '../dates/index.js';

/**
 * The notice period (A15): on the department's website for at least 5 working days (the pack's
 * `noticeMinWorkingDays`). The day of publication is not counted (民法典第二百零一条: 开始的当日不计入), so a list
 * published on Friday 2026-02-13 runs to 2026-02-27 over the Spring Festival. Objections are taken up to and
 * including `endsOn`; the close job passes cases from `closesOn`, the day after.
 */
export interface NoticeWindow {
  publishedOn: IsoDate;
  endsOn: IsoDate;
  /** First day on which cases without an upheld or open objection become notice_passed. */
  closesOn: IsoDate;
  minWorkingDays: number;
}

export type NoticeWindowResult = { ok: true; window: NoticeWindow } | { ok: false; code: 'NOTICE_TOO_SHORT'; message: string };

/** The earliest end of a notice published on `publishedOn`. Throws `CalendarYearMissingError` (API 422): a notice is never published without a known end. */
export function noticeEndDate(publishedOn: IsoDate, minWorkingDays: number, calendar: WorkingDayCalendar): IsoDate {
  if (!Number.isSafeInteger(minWorkingDays) || minWorkingDays <= 0) throw new RangeError(`公示期应为正整数个工作日：${minWorkingDays}`);
  return calendar.addWorkingDays(publishedOn, minWorkingDays);
}

/**
 * Plans a notice window. `endsOn` may be given to publish longer than the minimum (a province may); a shorter
 * one is refused (NOTICE_TOO_SHORT).
 */
export function planNoticeWindow(input: {
  publishedOn: IsoDate;
  minWorkingDays: number;
  calendar: WorkingDayCalendar;
  endsOn?: IsoDate;
}): NoticeWindowResult {
  parseIsoDate(input.publishedOn);
  const earliest = noticeEndDate(input.publishedOn, input.minWorkingDays, input.calendar);
  const endsOn = input.endsOn ?? earliest;
  parseIsoDate(endsOn);
  if (compareDates(endsOn, earliest) < 0) {
    return {
      ok: false,
      code: 'NOTICE_TOO_SHORT',
      message: `公示时间不少于${input.minWorkingDays}个工作日（A15）：${input.publishedOn}发布的公示最早应于${earliest}结束`,
    };
  }
  return { ok: true, window: { publishedOn: input.publishedOn, endsOn, closesOn: addDays(endsOn, 1), minWorkingDays: input.minWorkingDays } };
}

/** Objections are accepted from publication to the end date, inclusive. */
export function isNoticeOpen(window: Pick<NoticeWindow, 'publishedOn' | 'endsOn'>, today: IsoDate): boolean {
  return compareDates(window.publishedOn, today) <= 0 && compareDates(today, window.endsOn) <= 0;
}

/** The notice has run its course: the close job may act. */
export function noticeHasEnded(window: Pick<NoticeWindow, 'endsOn'>, today: IsoDate): boolean {
  return compareDates(today, window.endsOn) > 0;
}
