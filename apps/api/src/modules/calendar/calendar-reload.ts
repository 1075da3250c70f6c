import { Injectable } from '@nestjs/common';
import type { Database } from '@huimin/db';
import type { WorkingDayCalendar } from '@huimin/domain';

/**
 * What a module does when a year's holiday schedule is loaded or replaced: API.md "Working-day calendar" —
 * replacing a loaded year recomputes open deadlines (D6, E5). Called inside the calendar's transaction with
 * its `tx` (only that object may be used) and the calendar as it will be after the commit; answers how many
 * records it changed, for the one audit entry of the reload.
 */
export type CalendarReloadListener = (event: { year: number; calendar: WorkingDayCalendar; db: Database }) => Promise<{ entity: string; recomputed: number; ids: string[] }>;

/**
 * The calendar module cannot import the modules whose deadlines depend on it (they import it), so they
 * subscribe here when they start and the calendar calls them back: no module cycle.
 */
@Injectable()
export class CalendarReloadListeners {
  readonly #listeners: CalendarReloadListener[] = [];

  subscribe(listener: CalendarReloadListener): void {
    this.#listeners.push(listener);
  }

  get all(): readonly CalendarReloadListener[] {
    return this.#listeners;
  }
}
