import { builtinCalendarYears, parentRegion, REGIONS, regionLevel } from '@huimin/domain';
import type { DbHandle } from '../client.js';
import { calendarYears, regions, type NewCalendarYearRow, type NewRegionRow } from '../schema/index.js';
import { chunks } from './insert.js';

/** `loaded_by` of the calendar years shipped with the product. */
export const BUILTIN_LOADER = 'builtin';

export interface ReferenceSeedResult {
  regions: number;
  calendarYears: number;
}

/**
 * Data every installation needs, demo or not: the region names and the built-in working-day calendar
 * (POLICY.md D6, E5). Only what is missing is inserted: a region renamed or a calendar year loaded by an
 * administrator (a corrected notice) is never overwritten by a restart.
 */
export async function seedReference(handle: DbHandle): Promise<ReferenceSeedResult> {
  const regionRows: NewRegionRow[] = Object.entries(REGIONS).map(([code, name]) => ({
    code,
    name,
    level: regionLevel(code),
    parentCode: parentRegion(code),
  }));
  const yearRows: NewCalendarYearRow[] = builtinCalendarYears().map((y) => ({
    year: y.year,
    documentNo: y.documentNo,
    source: y.source,
    daysOff: y.daysOff,
    workdays: y.workdays,
    loadedBy: BUILTIN_LOADER,
  }));

  return handle.db.transaction(async (tx) => {
    let regionCount = 0;
    for (const chunk of chunks(regionRows)) {
      const inserted = await tx.insert(regions).values(chunk).onConflictDoNothing().returning({ code: regions.code });
      regionCount += inserted.length;
    }
    const years = await tx
      .insert(calendarYears)
      .values(yearRows)
      .onConflictDoNothing({ target: calendarYears.year })
      .returning({ year: calendarYears.year });
    return { regions: regionCount, calendarYears: years.length };
  });
}
