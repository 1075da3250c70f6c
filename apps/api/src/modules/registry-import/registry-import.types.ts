import { z } from 'zod';
import {
  creditCodeSchema,
  idNumberSchema,
  isoDateSchema,
  isoMonthSchema,
  mobilePhoneSchema,
  regionCodeSchema,
} from '@huimin/domain';

/**
 * Rows of the registry imports (API.md "Registry import"). Each row is validated on its own: a bad row becomes
 * `{ index, path, message }` and is skipped, the rest are stored.
 */
export const MAX_IMPORT_ROWS = 10_000;

const text = (label: string, max = 200) =>
  z.string({ error: `${label}应为文本` }).trim().min(1, `请填写${label}`).max(max, `${label}过长`);

export const employerRowSchema = z.object({
  creditCode: creditCodeSchema,
  name: text('单位名称'),
  regionCode: regionCodeSchema,
  industry: text('行业', 100),
  size: z.enum(['large', 'sme', 'micro'], { error: '企业规模应为 large、sme 或 micro' }),
  address: text('地址').optional(),
});

export const personRowSchema = z
  .object({
    idNumber: idNumberSchema,
    name: text('姓名', 50),
    sex: z.enum(['male', 'female'], { error: '性别应为 male 或 female' }),
    birthDate: isoDateSchema,
    phone: mobilePhoneSchema.optional(),
    regionCode: regionCodeSchema,
    address: text('地址').optional(),
  })
  .superRefine((row, ctx) => {
    // The ID number carries the birth date and sex (GB 11643): a row that disagrees is a data error upstream.
    const birth = `${row.idNumber.slice(6, 10)}-${row.idNumber.slice(10, 12)}-${row.idNumber.slice(12, 14)}`;
    if (birth !== row.birthDate) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `出生日期与身份证号不一致（${birth}）` });
    const sex = Number(row.idNumber[16]) % 2 === 1 ? 'male' : 'female';
    if (sex !== row.sex) ctx.addIssue({ code: 'custom', path: ['sex'], message: '性别与身份证号不一致' });
  });

export const contributionRowSchema = z.object({
  idNumber: idNumberSchema,
  creditCode: creditCodeSchema,
  regionCode: regionCodeSchema,
  month: isoMonthSchema,
  status: z.enum(['paid', 'owed'], { error: '缴费状态应为 paid 或 owed' }),
});

export const certificateRowSchema = z.object({
  certificateNo: z.string({ error: '证书编号应为文本' }).trim().regex(/^[0-9A-Za-z-]{4,40}$/, '证书编号应为4～40位字母、数字或连字符'),
  idNumber: idNumberSchema,
  kind: z.enum(['vocational_qualification', 'skill_level'], { error: '证书类型应为 vocational_qualification 或 skill_level' }),
  level: z.coerce.number({ error: '等级应为数字' }).int('等级应为整数').min(1, '等级应为1～5').max(5, '等级应为1～5'),
  occupation: text('职业（工种）', 100),
  issueDate: isoDateSchema,
  issuer: text('发证机构'),
});

export type EmployerImportRow = z.output<typeof employerRowSchema>;
export type PersonImportRow = z.output<typeof personRowSchema>;
export type ContributionImportRow = z.output<typeof contributionRowSchema>;
export type CertificateImportRow = z.output<typeof certificateRowSchema>;

export const REGISTRY_KINDS = ['employers', 'persons', 'contributions', 'certificates'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const ROW_SCHEMAS = {
  employers: employerRowSchema,
  persons: personRowSchema,
  contributions: contributionRowSchema,
  certificates: certificateRowSchema,
} as const satisfies Record<RegistryKind, z.ZodType>;

/** The body: an array of up to 10,000 rows (each row is checked on its own, so the items are `unknown` here). */
export const importBodySchema = z
  .array(z.unknown(), { error: '请求体应为记录数组' })
  .min(1, '至少提交一条记录')
  .max(MAX_IMPORT_ROWS, `一次最多导入${MAX_IMPORT_ROWS}条记录`);

export interface RowError {
  index: number;
  path: string;
  message: string;
}

export interface ImportResult {
  inserted: number;
  updated: number;
  errors: RowError[];
}
