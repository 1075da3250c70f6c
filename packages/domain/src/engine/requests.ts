import { z } from 'zod';
import { isoDateSchema } from '../dates/index.js';
import { regionCodeSchema } from '../region/index.js';

/**
 * Request schemas of the three calculators (API.md "Evaluation"), with API.md's defaults and Chinese
 * messages. Parse at the trust boundary; the evaluators take the parsed (or an equivalent typed) value.
 */

const months = z
  .int({ error: '月数应为整数' })
  .min(0, { error: '月数不能为负数' })
  .max(1200, { error: '月数不能超过1200' });
const flag = (name: string) => z.boolean({ error: `${name}应为true或false` }).default(false);
const occupation = z
  .string({ error: '职业（工种）应为文字' })
  .trim()
  .min(1, { error: '职业（工种）不能为空' })
  .max(100, { error: '职业（工种）不能超过100个字' });
const level = z
  .int({ error: '等级应为1—5的整数（5初级……1高级技师）' })
  .min(1, { error: '等级应为1—5（5初级……1高级技师）' })
  .max(5, { error: '等级应为1—5（5初级……1高级技师）' });
const fen = z.int({ error: '金额应为以分为单位的整数' }).min(0, { error: '金额不能为负数' });

export const CERTIFICATE_KINDS = ['vocational_qualification', 'skill_level'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const skillSubsidyEvaluationRequestSchema = z
  .object({
    regionCode: regionCodeSchema,
    applicationDate: isoDateSchema,
    applicant: z.object(
      {
        contributionMonths: months,
        inArrears: flag('是否欠费'),
        deepPovertyArea: flag('是否深度贫困地区'),
        status: z
          .enum(['employed', 'receiving_benefit'], { error: '身份应为employed（在职）或receiving_benefit（领取失业保险金）' })
          .default('employed'),
      },
      { error: '缺少申请人信息' },
    ),
    certificate: z.object(
      {
        kind: z.enum(CERTIFICATE_KINDS, {
          error: '证书类别应为vocational_qualification（职业资格证书）或skill_level（职业技能等级证书）',
        }),
        level,
        occupation,
        issueDate: isoDateSchema,
      },
      { error: '缺少证书信息' },
    ),
    priorGrants: z
      .array(z.object({ occupation, level, grantedOn: isoDateSchema.optional() }), { error: '已享受补贴应为列表' })
      .max(200, { error: '已享受补贴最多200条' })
      .default([]),
    heldCertificates: z
      .array(z.object({ occupation, level }), { error: '已持有证书应为列表' })
      .max(200, { error: '已持有证书最多200条' })
      .default([]),
  })
  .superRefine((r, ctx) => {
    if (r.applicationDate < r.certificate.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['applicationDate'], message: '申请日期不能早于证书核发日期' });
    }
  });

export type SkillSubsidyEvaluationRequest = z.output<typeof skillSubsidyEvaluationRequestSchema>;
/** What a caller may send: the defaults of API.md (flags false, status 'employed', empty lists) may be left out. */
export type SkillSubsidyEvaluationInput = z.input<typeof skillSubsidyEvaluationRequestSchema>;

export const unemploymentBenefitEvaluationRequestSchema = z
  .object({
    regionCode: regionCodeSchema,
    applicationDate: isoDateSchema,
    applicant: z.object(
      {
        birthDate: isoDateSchema,
        sex: z.enum(['male', 'female'], { error: '性别应为male或female' }),
        femaleRetirementAge: z
          .union([z.literal(50), z.literal(55)], { error: '原法定退休年龄应为50或55' })
          .optional(),
        contributionMonths: months,
        separationDate: isoDateSchema,
        separationReason: z.enum(['involuntary', 'voluntary'], {
          error: '离职原因应为involuntary（非本人意愿）或voluntary（本人意愿）',
        }),
        receivingPension: flag('是否领取基本养老金'),
        /** E3: months left from an earlier benefit period, carried over after re-employment. */
        carriedOverMonths: months.default(0),
      },
      { error: '缺少申请人信息' },
    ),
  })
  .superRefine((r, ctx) => {
    if (r.applicant.sex === 'female' && r.applicant.femaleRetirementAge === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicant', 'femaleRetirementAge'],
        message: '女性须填写原法定退休年龄（50或55），按岗位类别确定',
      });
    }
    if (r.applicant.separationDate > r.applicationDate) {
      ctx.addIssue({ code: 'custom', path: ['applicant', 'separationDate'], message: '离职日期不能晚于申请日期' });
    }
    if (r.applicant.birthDate >= r.applicant.separationDate) {
      ctx.addIssue({ code: 'custom', path: ['applicant', 'birthDate'], message: '出生日期应早于离职日期' });
    }
  });

export type UnemploymentBenefitEvaluationRequest = z.output<typeof unemploymentBenefitEvaluationRequestSchema>;
export type UnemploymentBenefitEvaluationInput = z.input<typeof unemploymentBenefitEvaluationRequestSchema>;

export const ENTITY_TYPES = [
  'enterprise',
  'social_organisation',
  'foundation',
  'social_service_body',
  'law_firm',
  'accounting_firm',
  'individual_business',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const jobStabilizationEvaluationRequestSchema = z.object({
  regionCode: regionCodeSchema,
  year: z.int({ error: '年度应为整数' }).min(2000, { error: '年度不早于2000' }).max(2100, { error: '年度不晚于2100' }),
  enterprise: z.object(
    {
      size: z.enum(['sme', 'large'], { error: '企业规模应为sme（中小微）或large（大型）' }),
      /** E2: social organisations etc. get the SME or the large rate per province; default an enterprise. */
      entityType: z.enum(ENTITY_TYPES, { error: '单位类型不正确' }).default('enterprise'),
      insuredHeadcountStartOfYear: z
        .int({ error: '参保人数应为整数' })
        .min(1, { error: '参保人数至少为1' }),
      layoffs: z.int({ error: '裁员人数应为整数' }).min(0, { error: '裁员人数不能为负数' }),
      contributionsLastYearFen: fen,
      inArrears: flag('是否欠费'),
      dishonest: flag('是否严重失信主体'),
      zombie: flag('是否僵尸企业'),
      /** E2 2019/2024: months of fully paid contributions; left out = not checked, with a warning. */
      fullyPaidMonths: months.optional(),
    },
    { error: '缺少企业信息' },
  ),
  region: z.object(
    {
      fundBalanceFen: fen,
      annualPayoutFen: fen,
      registeredUnemploymentRatePct: z
        .number({ error: '登记失业率应为数字' })
        .min(0, { error: '登记失业率不能为负数' })
        .max(100, { error: '登记失业率不能超过100' }),
    },
    { error: '缺少地区信息' },
  ),
});

export type JobStabilizationEvaluationRequest = z.output<typeof jobStabilizationEvaluationRequestSchema>;
export type JobStabilizationEvaluationInput = z.input<typeof jobStabilizationEvaluationRequestSchema>;
