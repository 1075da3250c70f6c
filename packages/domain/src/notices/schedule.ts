import { z } from 'zod';
import { addDays, compareDates, formatIsoDate, parseIsoDate, type IsoDate } from '../dates/index.js';
import { parameterMarkSchema, type ParameterMark } from '../policies/index.js';
import { regionChain, regionCodeSchema } from '../region/index.js';

/**
 * When approved cases are compiled into a public-notice list (A15). The policy-pack schema has no parameter for
 * it (its params are strict), so the schedule is a config keyed by region, each entry citing its source; a
 * city inherits its province's entry, and a region without one falls back to the national default.
 *
 * `cutoffDays` are days of the month by which a list is compiled and reported ("每月15日、30日前"). A case
 * approved before a cutoff date goes into that cutoff's list; one approved on the cutoff day goes into the next.
 * A day past the month's end means its last day (Jilin's "30日" in February is the 28th/29th).
 */
export const NAME_MASKING_STYLES = ['first_and_last', 'surname_only'] as const;
export type NameMaskingStyle = (typeof NAME_MASKING_STYLES)[number];

export const noticeScheduleSchema = z.object({
  regionCode: regionCodeSchema,
  cutoffDays: z
    .array(z.int().min(1, { error: '日期应为1—31' }).max(31, { error: '日期应为1—31' }))
    .min(1, { error: '至少一个截止日' })
    .refine((days) => days.every((d, i) => i === 0 || d > days[i - 1]!), { error: '截止日应按升序排列且不重复' }),
  /** How names are masked in the public list (the ID number is always masked, issue 4). */
  nameMasking: z.enum(NAME_MASKING_STYLES),
  /** Document and clause the schedule comes from. */
  source: z.string().min(1),
  mark: parameterMarkSchema,
  label: z.string().min(1),
});
export type NoticeSchedule = z.infer<typeof noticeScheduleSchema> & { mark: ParameterMark };

/** The shipped schedules. Adding a province's schedule is one entry here (with its source) and a test. */
export const NOTICE_SCHEDULES: readonly NoticeSchedule[] = Object.freeze([
  {
    regionCode: '220000',
    cutoffDays: [15, 30],
    nameMasking: 'first_and_last',
    source: '吉人社联字〔2017〕67号 三(二)：社保经办机构在每月15日、30日前将审核通过的申请人员公示备案情况表（附件2）报同级人社部门',
    mark: 'confirmed',
    label: '每月15日、30日前报送公示名单',
  },
  {
    regionCode: '150000',
    cutoffDays: [1],
    nameMasking: 'first_and_last',
    source: '内人社办发〔2017〕255号 四(三)：经办机构按月依照规定程序审核通过后……进行公示',
    mark: 'confirmed',
    label: '按月公示（每月1日前报送上月名单）',
  },
  {
    regionCode: '000000',
    cutoffDays: [1],
    nameMasking: 'first_and_last',
    source: 'POLICY.md A15：来源只规定公示不少于5个工作日，未规定批次日程；默认按月，省份可另行配置',
    mark: 'unconfirmed',
    label: '按月公示（默认）',
  },
] satisfies NoticeSchedule[]);

/** The schedule for a region: its own entry, else its city's, province's, the national default. */
export function noticeScheduleFor(regionCode: string, schedules: readonly NoticeSchedule[] = NOTICE_SCHEDULES): NoticeSchedule {
  for (const code of regionChain(regionCode)) {
    const s = schedules.find((x) => x.regionCode === code);
    if (s) return s;
  }
  throw new RangeError(`没有${regionCode}适用的公示日程（缺少全国默认配置）`);
}

/** A notice list: the cases approved in [periodStart, periodEnd], compiled and reported by `compileBy`. */
export interface NoticeListPeriod {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  compileBy: IsoDate;
}

function cutoffsOfMonth(days: readonly number[], year: number, month: number): IsoDate[] {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [...new Set(days.map((d) => Math.min(d, last)))].sort((a, b) => a - b).map((d) => formatIsoDate(year, month, d));
}

/** The cutoff date after `date` (strictly). */
function nextCutoff(days: readonly number[], date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  for (let i = 0; i < 3; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    const found = cutoffsOfMonth(days, y, m).find((c) => compareDates(c, date) > 0);
    if (found) return found;
  }
  throw new RangeError('公示日程无截止日');
}

/** The cutoff date on or before `date`. */
function previousCutoff(days: readonly number[], date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  for (let i = 0; i < 3; i++) {
    const total = year * 12 + (month - 1) - i;
    const found = cutoffsOfMonth(days, Math.floor(total / 12), (total % 12) + 1)
      .reverse()
      .find((c) => compareDates(c, date) <= 0);
    if (found) return found;
  }
  throw new RangeError('公示日程无截止日');
}

/** The list a case approved on `approvedOn` belongs to (A15; Jilin: approved 02-14 → the list due by 02-15). */
export function noticeListPeriod(schedule: Pick<NoticeSchedule, 'cutoffDays'>, approvedOn: IsoDate): NoticeListPeriod {
  const compileBy = nextCutoff(schedule.cutoffDays, approvedOn);
  const periodStart = previousCutoff(schedule.cutoffDays, approvedOn);
  return { periodStart, periodEnd: addDays(compileBy, -1), compileBy };
}

/** Every list whose compile-by date falls in [from, to], in order (for a job that compiles lists on time). */
export function noticeListPeriodsBetween(schedule: Pick<NoticeSchedule, 'cutoffDays'>, from: IsoDate, to: IsoDate): NoticeListPeriod[] {
  const out: NoticeListPeriod[] = [];
  for (let c = nextCutoff(schedule.cutoffDays, addDays(from, -1)); compareDates(c, to) <= 0; c = nextCutoff(schedule.cutoffDays, c)) {
    out.push(noticeListPeriod(schedule, addDays(c, -1)));
  }
  return out;
}
