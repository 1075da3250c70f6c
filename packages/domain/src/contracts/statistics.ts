import { z } from 'zod';
import { CERTIFICATE_KINDS } from '../engine/requests.js';
import { certificateLevel, contract, count, fen, isoDate, isoDateTime, regionCode, uuid } from './common.js';

const period = { periodStart: isoDate, periodEnd: isoDate };
/** 万元 with 4 decimals, as an exact decimal string. */
const wanYuan = z.string().regex(/^\d+\.\d{4}$/);

export const annex4CellContract = contract('Annex4Cell', z.strictObject({ persons: count, amountFen: fen, amountWanYuan: wanYuan }));

export const annex4RowContract = contract(
  'Annex4Row',
  z.strictObject({
    kind: z.enum([...CERTIFICATE_KINDS, 'total']),
    label: z.string(),
    total: annex4CellContract,
    byLevel: z.strictObject({ '5': annex4CellContract, '4': annex4CellContract, '3': annex4CellContract }),
  }),
);

/** `GET …/statistics/monthly?format=json`: 002 附件4 as data (A18). */
export const monthlyStatisticsContract = contract(
  'MonthlyStatistics',
  z.strictObject({
    regionCode,
    ...period,
    /** 职业资格证书, 职业技能等级证书, 合计 — in the form's order. */
    rows: z.array(annex4RowContract),
    /** Distinct persons paid in the period (not on the form). */
    distinctPersons: count,
    /** Cases counted, for drilling down from a cell to the cases (D5). */
    caseIds: z.array(uuid),
  }),
);

/** `GET …/statistics/monthly/filed`: 附件4 as the monthly job filed it (A18), never rewritten after filing. */
export const filedMonthlyStatisticsContract = contract(
  'FiledMonthlyStatistics',
  z.strictObject({
    regionCode,
    /** The month reported, `YYYY-MM`. */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    filedAt: isoDateTime,
    /** Who filed it: the job (`job:statistics-monthly`). */
    filedBy: z.string(),
    table: monthlyStatisticsContract,
  }),
);

/** One row of 002 附件2 as published (masked). */
export const noticeListRowContract = contract(
  'NoticeListRow',
  z.strictObject({
    no: z.int().min(1),
    name: z.string(),
    sex: z.enum(['男', '女']),
    idNumber: z.string(),
    employerName: z.string(),
    /** e.g. 中级（四级）职业资格证书 */
    levelOrKind: z.string(),
    certificateNo: z.string(),
    issueDate: isoDate,
    amountFen: fen,
    /** 元, "1950.00" */
    amount: z.string(),
    /** The published rows carry no case id, so the list has none to give. */
    caseId: uuid.optional(),
  }),
);

/** `GET …/statistics/notice-list?format=json`: 002 附件2 for the notices that started in the month. */
export const noticeListStatisticsContract = contract(
  'NoticeListStatistics',
  z.strictObject({ regionCode, ...period, rows: z.array(noticeListRowContract), totalFen: fen }),
);

const paidFigure = z.strictObject({ persons: count, amountFen: fen });

/** `GET …/statistics/quarterly`: Heilongjiang's quarterly figures (A18). */
export const quarterlyStatisticsContract = contract(
  'QuarterlyStatistics',
  z.strictObject({
    kind: z.enum(['monthly', 'quarterly']),
    /** '2026-Q1' */
    label: z.string(),
    ...period,
    dueDate: isoDate,
    regionCode,
    applicationsReceived: count,
    approved: count,
    rejected: count,
    paidPersons: count,
    paidAmountFen: fen,
    paidAmountWanYuan: wanYuan,
    paidByLevel: z.strictObject({ '5': paidFigure, '4': paidFigure, '3': paidFigure }),
    paidByKind: z.strictObject({ vocational_qualification: paidFigure, skill_level: paidFigure }),
  }),
);

/** `GET …/persons/:personId/grant-record?format=json`: A11, whether the person received the subsidy per occupation × level. */
export const grantRecordContract = contract(
  'GrantRecord',
  z.strictObject({
    person: z.strictObject({ id: uuid, name: z.string(), regionCode, regionName: z.string() }),
    issuedOn: isoDate,
    issuedBy: z.string(),
    items: z.array(
      z.strictObject({
        occupation: z.string(),
        level: certificateLevel,
        levelLabel: z.string(),
        certificates: z.array(
          z.strictObject({ certificateNo: z.string(), kind: z.enum(CERTIFICATE_KINDS), kindLabel: z.string(), issueDate: isoDate }),
        ),
        received: z.boolean(),
        /** The grant in force, or null. */
        grant: z
          .strictObject({ caseId: uuid, grantedOn: isoDate, amountFen: fen, amountYuan: z.string(), regionCode, regionName: z.string() })
          .nullable(),
        /** Grants lifted by a full recovery (A17). */
        recovered: z.array(
          z.strictObject({ caseId: uuid, grantedOn: isoDate, liftedOn: isoDate, amountFen: fen, regionCode, reason: z.string().nullable() }),
        ),
      }),
    ),
  }),
);

const yearMonth = z.string().regex(/^\d{4}-\d{2}$/);

export const trendRegionContract = contract('TrendRegion', z.strictObject({ code: regionCode, name: z.string() }));

/** One month of one region in the trend; money in fen. */
export const trendRowContract = contract(
  'TrendRow',
  z.strictObject({
    month: yearMonth,
    regionCode,
    /** Applications received in the month (by application date). */
    submitted: count,
    /** Final review decisions (an appeal's, if any) made in the month: approvals and refusals. */
    approved: count,
    refused: count,
    /** Grants the bank confirmed paid in the month (A16), and their amount. */
    paidCount: count,
    paidFen: fen,
    /** Open cases past a running deadline at the month's end (or on `asOf`, for the month under way). */
    overdue: count,
  }),
);

/** `GET …/statistics/trend`: month × region figures for the dashboard's charts (D5), zeros included. */
export const statisticsTrendContract = contract(
  'StatisticsTrend',
  z.strictObject({
    regionCode,
    regionName: z.string(),
    from: yearMonth,
    to: yearMonth,
    /** The day the figures were read. */
    asOf: isoDate,
    months: z.array(yearMonth),
    /** The regions directly under the asked one (a province's cities), or the region itself. */
    regions: z.array(trendRegionContract),
    rows: z.array(trendRowContract),
  }),
);
