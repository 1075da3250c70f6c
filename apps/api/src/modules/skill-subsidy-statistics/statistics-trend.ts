import { formatIsoDate, regionLevel, type RegionLevel } from '@huimin/domain';

/** The longest period one trend answer covers: three years of months keeps the answer and its query small. */
export const TREND_MAX_MONTHS = 36;

/** Every `YYYY-MM` from `from` to `to`, both included (the caller has checked from ≤ to). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function monthCount(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return formatIsoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

/**
 * How the figures of a region are split (D5 "province-wide views"): the nation by province, a province by city,
 * a city by the regions under it (its counties, and the city itself for the cases filed at city level — the
 * usual pooling region), a county as itself.
 */
export type TrendGrouping = 'province' | 'city' | 'region';

export function trendGrouping(regionCode: string): TrendGrouping {
  const level: RegionLevel = regionLevel(regionCode);
  if (level === 'national') return 'province';
  if (level === 'province') return 'city';
  return 'region';
}

/** The region of `grouping` a record of `code` falls in (the same rule the SQL applies). */
export function groupOf(code: string, grouping: TrendGrouping): string {
  if (grouping === 'province') return `${code.slice(0, 2)}0000`;
  if (grouping === 'city') return code.slice(2, 4) === '00' ? code : `${code.slice(0, 4)}00`;
  return code;
}

export type TrendFigure = 'submitted' | 'approved' | 'refused' | 'paid' | 'overdue';

/** One aggregate the repository reads: a figure of one month in one region. */
export interface TrendFact {
  figure: TrendFigure;
  month: string;
  regionCode: string;
  count: number;
  /** Only for `paid`: the amount granted, in fen. */
  amountFen: number;
}

export interface TrendRow {
  month: string;
  regionCode: string;
  /** Applications received in the month (by application date). */
  submitted: number;
  /** Cases whose final review decision (an appeal's, if any) was an approval made in the month. */
  approved: number;
  /** … a refusal made in the month. */
  refused: number;
  /** Grants paid in the month (the bank confirmed the payment, A16), and their amount in fen. */
  paidCount: number;
  paidFen: number;
  /** Open cases past a running deadline at the month's end (or today, for the month under way). */
  overdue: number;
}

export interface TrendRegion {
  code: string;
  name: string;
}

/**
 * The dense month × region grid (zeros included, so that a chart shows a quiet month and a city with no cases
 * as such) from the sparse facts. Regions: the known ones under the requested region, plus any a fact names
 * (a division the reference table does not list yet); when there is none, the region itself.
 */
export function assembleTrend(input: {
  months: readonly string[];
  known: readonly TrendRegion[];
  facts: readonly TrendFact[];
  self: TrendRegion;
  nameOf: (code: string) => string;
}): { regions: TrendRegion[]; rows: TrendRow[] } {
  const regions = new Map<string, TrendRegion>(input.known.map((r) => [r.code, r]));
  for (const f of input.facts) if (!regions.has(f.regionCode)) regions.set(f.regionCode, { code: f.regionCode, name: input.nameOf(f.regionCode) });
  if (regions.size === 0) regions.set(input.self.code, input.self);
  const ordered = [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const key = (month: string, region: string) => `${month}|${region}`;
  const grid = new Map<string, TrendRow>();
  for (const month of input.months) {
    for (const r of ordered) {
      grid.set(key(month, r.code), { month, regionCode: r.code, submitted: 0, approved: 0, refused: 0, paidCount: 0, paidFen: 0, overdue: 0 });
    }
  }
  for (const f of input.facts) {
    const row = grid.get(key(f.month, f.regionCode));
    if (!row) continue;
    if (f.figure === 'paid') {
      row.paidCount += f.count;
      row.paidFen += f.amountFen;
    } else {
      row[f.figure] += f.count;
    }
  }
  return { regions: ordered, rows: [...grid.values()] };
}
