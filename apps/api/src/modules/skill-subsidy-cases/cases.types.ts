import { z } from 'zod';
import { idNumberSchema, isoDateSchema, mobilePhoneSchema, SKILL_SUBSIDY_CASE_STATUSES } from '@huimin/domain';
import { CASE_LIST_SORTS, type CaseListSort } from '@huimin/db';

export const CHANNELS = ['online', 'counter', 'employer_batch', 'proxy'] as const;

/** API.md payee: the applicant's own social-security card or personal bank account (A16). */
export const payeeInputSchema = z.object({
  kind: z.enum(['social_security_card', 'bank_account'], { error: '收款方式应为 social_security_card 或 bank_account' }),
  accountNo: z
    .string({ error: '请填写收款账号' })
    .transform((s) => s.replace(/[\s\u3000-]+/g, ''))
    .pipe(z.string().regex(/^\d{8,30}$/, { error: '收款账号应为8～30位数字' })),
  bankName: z.string({ error: '请填写开户银行' }).trim().min(1, '请填写开户银行').max(100, '开户银行名称过长'),
});

export const applicationSchema = z
  .object({
    idNumber: idNumberSchema.optional(),
    certificateNo: z.string({ error: '请填写证书编号' }).trim().min(1, '请填写证书编号').max(40, '证书编号过长'),
    channel: z.enum(CHANNELS, { error: '申请渠道应为 online、counter、employer_batch 或 proxy' }),
    payee: payeeInputSchema,
    phone: mobilePhoneSchema.optional(),
    proxy: z
      .object({
        name: z.string({ error: '请填写代办人姓名' }).trim().min(1, '请填写代办人姓名').max(50, '姓名过长'),
        idNumber: idNumberSchema,
      })
      .optional(),
  })
  .superRefine((r, ctx) => {
    // A11 代办: both ID cards are recorded; other channels carry no proxy.
    if (r.channel === 'proxy' && !r.proxy) ctx.addIssue({ code: 'custom', path: ['proxy'], message: '代办申请须填写代办人姓名和身份证号' });
    if (r.channel !== 'proxy' && r.proxy) ctx.addIssue({ code: 'custom', path: ['proxy'], message: '只有代办申请填写代办人' });
    if (r.proxy && r.idNumber && r.proxy.idNumber === r.idNumber) {
      ctx.addIssue({ code: 'custom', path: ['proxy', 'idNumber'], message: '代办人不能是申请人本人' });
    }
  });
export type ApplicationInput = z.output<typeof applicationSchema>;

/** A16: the corrected payee of a case whose payment failed (or before it is paid), with why. */
export const payeeCorrectionSchema = z.object({
  payee: payeeInputSchema,
  reason: z.string({ error: '请填写更正原因' }).trim().min(1, '请填写更正原因').max(500, '更正原因不能超过500个字'),
});

export const decisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: '审核结论应为 approve 或 reject' }),
    reason: z.string({ error: '理由应为文本' }).trim().max(500, '理由不能超过500个字').optional(),
  })
  .superRefine((r, ctx) => {
    // D4: a refusal always says why.
    if (r.decision === 'reject' && !r.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '审核不通过须填写理由' });
  });

export const reasonSchema = z.object({
  reason: z.string({ error: '请填写理由' }).trim().min(1, '请填写理由').max(500, '理由不能超过500个字'),
});
export const optionalReasonSchema = z.object({
  reason: z.string({ error: '理由应为文本' }).trim().max(500, '理由不能超过500个字').optional(),
});

/**
 * Orders of a case list (`sort`): a field, descending with a leading minus. Only these, each backed by a column;
 * without one the newest submission comes first. Ties are broken by the case id, so pages never overlap.
 */
// The sorts and their ORDER BY live with the indexes that serve them (@huimin/db, case-list-order.ts).
export { CASE_LIST_SORTS, type CaseListSort };

export const listQuery = z
  .object({
    status: z.enum(SKILL_SUBSIDY_CASE_STATUSES, { error: '状态取值无效' }).optional(),
    channel: z.enum(CHANNELS, { error: '渠道取值无效' }).optional(),
    occupation: z.string().trim().max(100).optional(),
    level: z.coerce.number().int().min(1).max(5).optional(),
    regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字').optional(),
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    sort: z.enum(CASE_LIST_SORTS, { error: `排序方式无效，可选：${CASE_LIST_SORTS.join('、')}` }).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });
export type ListQuery = z.output<typeof listQuery>;

/** 好差评 (issue 7): one rating per finished case, 1 (非常不满意) to 5 (非常满意), with an optional comment. */
export const ratingSchema = z.object({
  score: z.number({ error: '评分应为1～5的整数' }).int('评分应为1～5的整数').min(1, '评分应为1～5的整数').max(5, '评分应为1～5的整数'),
  comment: z
    .string({ error: '评价内容应为文本' })
    .trim()
    .max(500, '评价内容不能超过500个字')
    .optional()
    .transform((s) => (s === '' ? undefined : s)),
});
export type RatingInput = z.output<typeof ratingSchema>;

/** The columns of the employer's batch sheet (first row of the CSV or the first sheet), in template order. */
export const BATCH_COLUMNS = ['idNumber', 'certificateNo', 'payeeKind', 'accountNo', 'bankName', 'phone'] as const;
/**
 * Rows per sheet: each row reads the registry and evaluates the rules in the request, so a sheet is capped to
 * keep one request within a few seconds; a larger workforce uploads several sheets.
 */
export const BATCH_MAX_ROWS = 500;
/** Employers fill the sheet by hand, so the payee kind may be written in Chinese as well as by its code. */
export const PAYEE_KIND_WORDS: Readonly<Record<string, 'social_security_card' | 'bank_account'>> = {
  social_security_card: 'social_security_card',
  bank_account: 'bank_account',
  社保卡: 'social_security_card',
  社会保障卡: 'social_security_card',
  银行卡: 'bank_account',
  银行账户: 'bank_account',
};

export const batchQuery = z.object({
  dryRun: z
    .enum(['0', '1', 'true', 'false'], { error: 'dryRun 应为 1 或 0' })
    .transform((v) => v === '1' || v === 'true')
    .default(false),
});
