import { z } from 'zod';
import { CERTIFICATE_KINDS } from '../engine/index.js';
import { isoDateSchema, type IsoDate } from '../dates/index.js';
import { fenSchema } from '../money/index.js';
import { regionCodeSchema } from '../region/index.js';

/**
 * What statistics are built from (A18, D5): one fact per paid case, read from the cases and payment items by
 * the database half. Statistics are pure aggregations of these facts: the same facts always give the same table.
 */
export const paidGrantFactSchema = z.object({
  caseId: z.string().min(1),
  /** The person's key (e.g. the ID number's blind index): counts distinct persons. */
  personId: z.string().min(1),
  /** The pooling region of the case. */
  regionCode: regionCodeSchema,
  /** Date the bank confirmed the payment (the month it is reported in). */
  paidOn: isoDateSchema,
  certificateKind: z.enum(CERTIFICATE_KINDS),
  /** A4: levels 5 初级, 4 中级, 3 高级. */
  level: z.union([z.literal(5), z.literal(4), z.literal(3)], { error: '补贴等级应为5、4或3' }),
  occupation: z.string().min(1),
  amountFen: fenSchema.positive({ error: '发放金额应大于0' }),
});
export type PaidGrantFact = z.infer<typeof paidGrantFactSchema>;

/** An application for the quarterly figures (HLJ reports 申领 as well as 发放). */
export const applicationFactSchema = z.object({
  caseId: z.string().min(1),
  regionCode: regionCodeSchema,
  submittedOn: isoDateSchema,
  /** The final decision of review (after an appeal, the appeal's), if any. */
  decision: z.object({ outcome: z.enum(['approved', 'rejected']), on: isoDateSchema }).nullable(),
});
export type ApplicationFact = z.infer<typeof applicationFactSchema>;

/** 万元 with 4 decimals (1 yuan): fen are summed exactly, then rounded half up once. 195000 → "0.1950". */
export function fenToWanYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`金额应为非负整数（分）：${fen}`);
  const yuan = Math.floor((fen + 50) / 100);
  return `${Math.floor(yuan / 10_000)}.${String(yuan % 10_000).padStart(4, '0')}`;
}

export interface ReportPeriod {
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

/** `2026年3月1日` as the forms print dates. */
export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** Validates facts at the boundary; throws a RangeError naming the first bad fact. */
export function parseFacts<T>(schema: z.ZodType<T>, facts: readonly unknown[], what: string): T[] {
  return facts.map((f, i) => {
    const r = schema.safeParse(f);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new RangeError(`第${i + 1}条${what}无效：${issue.path.join('.')} ${issue.message}`);
    }
    return r.data;
  });
}
