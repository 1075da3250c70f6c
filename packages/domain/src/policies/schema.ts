import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../dates/index.js';
import type { ProgramId } from '../programs/index.js';
import { regionCodeSchema } from '../region/index.js';

/**
 * Policy packs are data (STYLE.md "Our layout"): every parameter lives in a dated layer that carries the
 * number of the document it comes from and a mark saying how sure we are of it (POLICY.md E).
 *
 *   pack   = one program × one region (national '000000', a province '220000' or a city '371500')
 *   layer  = one document's parameters, in force from effectiveFrom to effectiveTo (inclusive, null = open)
 *
 * A decision merges, in this order: the national layers in force on the basis date (the permanent baseline,
 * then the temporary notice covering that date), then the province's layers in force, then the city's.
 * A later layer replaces a parameter as a whole (objects are not merged field by field).
 */

/** POLICY.md E: confirmed = read in the document itself; partial = official secondary text; unconfirmed = not found. */
export const PARAMETER_MARKS = ['confirmed', 'partial', 'unconfirmed'] as const;
export type ParameterMark = (typeof PARAMETER_MARKS)[number];
export const parameterMarkSchema = z.enum(PARAMETER_MARKS, { error: '标记应为confirmed、partial或unconfirmed' });

/** Which date chose the rule set (API.md "Evaluation"; POLICY.md E1 "Which rule set decides"). */
export const RULE_SET_BASES = ['certificate_issue_date', 'application_date', 'refund_year'] as const;
export type RuleSetBasis = (typeof RULE_SET_BASES)[number];
export const ruleSetBasisSchema = z.enum(RULE_SET_BASES);

export const LAYER_KINDS = ['baseline', 'notice', 'provincial', 'city'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

const fen = z.int({ error: '金额应为以分为单位的整数' }).nonnegative({ error: '金额不能为负数' });
const pct = z.number({ error: '比例应为数字' }).min(0, { error: '比例不能为负数' }).max(100, { error: '比例不能超过100' });
const months = z.int({ error: '月数应为整数' }).nonnegative({ error: '月数不能为负数' });

/** Amount per covered level, keyed by the national level number ('5' 初级, '4' 中级, '3' 高级). */
export const levelAmountsSchema = z.object({ '5': fen, '4': fen, '3': fen });
export type LevelAmountsFen = z.infer<typeof levelAmountsSchema>;

export const APPROVAL_STEPS = ['handler', 'reviewer', 'head'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];
const approvalStepsSchema = z.array(z.enum(APPROVAL_STEPS)).min(1, { error: '至少一个审批环节' });

// ---------------------------------------------------------------------------------------------------------
// Skills-upgrade subsidy (技能提升补贴), POLICY.md A and E1
// ---------------------------------------------------------------------------------------------------------

/** A2: how contribution arrears (欠费) count. */
export const ARREARS_RULES = [
  /** National texts set no arrears condition. */
  'not_a_condition',
  /** Heilongjiang (000): arrears must not be used to refuse. */
  'must_not_refuse',
  /** Inner Mongolia (001): contributing normally during the application (申请期间正常缴费). */
  'normal_contribution_required',
  /** Jilin (002): must not owe contributions (不欠缴失业保险费). */
  'no_arrears',
] as const;
export type ArrearsRule = (typeof ARREARS_RULES)[number];

export const APPLICANT_STATUSES = ['employed', 'receiving_benefit'] as const;
export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

export const shortageCatalogueSchema = z.object({
  /** Document that holds the catalogue (e.g. 吉人社联字〔2017〕67号 附件3). */
  documentNo: z.string().min(1),
  /** Occupation (职业/工种) names exactly as on the certificate. Empty = catalogue not loaded. */
  occupations: z.array(z.string().min(1)),
  /** Fixed shortage amounts (Jilin 1300/1950/2600), or null to use upliftPct. */
  amountsFen: levelAmountsSchema.nullable(),
  /** Uplift over the base amount in percent, when no fixed amounts are given. */
  upliftPct: pct.nullable(),
  /** Cap on the uplift in percent of the base (Inner Mongolia: ≤ 20 %). Enforced when the pack is loaded. */
  capPct: pct.nullable(),
});
export type ShortageCatalogue = z.infer<typeof shortageCatalogueSchema>;

export const skillSubsidyParamsSchema = z.object({
  /** A1 / E1: cumulative contribution months required (含本数). */
  minContributionMonths: months,
  /** A1: deep-poverty areas (人社部发〔2018〕35号), null = no variant. */
  deepPovertyMinContributionMonths: months.nullable(),
  /** A2 */
  arrearsRule: z.enum(ARREARS_RULES),
  /** A3: certificate obtained on or after. */
  earliestCertificateDate: isoDateSchema,
  /** A4: national level numbers covered (5 初级, 4 中级, 3 高级). */
  levelsCovered: z.array(z.int().min(1).max(5)).min(1),
  /** A8 */
  amountsFen: levelAmountsSchema,
  /** A9: null = no shortage uplift. */
  shortage: shortageCatalogueSchema.nullable(),
  /** A6: months from the issue date. */
  applicationWindowMonths: z.int().positive(),
  /** A6 Heilongjiang: certificates issued before `certificatesIssuedBefore` may apply until `applicationsUntil` (keyed on the application date). */
  windowExtension: z
    .object({ certificatesIssuedBefore: isoDateSchema, applicationsUntil: isoDateSchema, documentNo: z.string().min(1) })
    .nullable(),
  /** A7 */
  oncePerOccupationLevel: z.boolean(),
  /** E1 "who": employed; receiving_benefit from 2022. */
  coveredStatuses: z.array(z.enum(APPLICANT_STATUSES)).min(1),
  /** E1: grants per calendar year (counted over priorGrants[].grantedOn), null = no limit. */
  yearlyLimit: z.int().positive().nullable(),
  /** E1 2025: extra grants a year for shortage-occupation certificates (a province option, national default 0). */
  shortageExtraGrantsPerYear: z.int().nonnegative(),
  /** E1 2023/2024: no lower level after a higher one was subsidised; 2025 on: or is held. */
  noLowerLevelAfterHigher: z.enum(['none', 'subsidised', 'subsidised_or_held']),
  /** A13 */
  reviewWorkingDays: z.int().positive(),
  /** A15 */
  noticeMinWorkingDays: z.int().positive(),
  /** A16 */
  paymentWorkingDays: z.int().positive(),
  /** A14 sign-offs, in order. */
  approvalSteps: approvalStepsSchema,
  /** A18 */
  statistics: z.object({ period: z.enum(['monthly', 'quarterly']), dueDayOfFollowingMonth: z.int().min(1).max(28) }),
});
export type SkillSubsidyParams = z.infer<typeof skillSubsidyParamsSchema>;

// ---------------------------------------------------------------------------------------------------------
// Unemployment benefit (失业保险金), POLICY.md C and E3
// ---------------------------------------------------------------------------------------------------------

export const durationTierSchema = z.object({
  fromMonths: months,
  /** Exclusive; null = no upper bound. */
  toMonths: months.nullable(),
  durationMonths: months,
});
export type DurationTier = z.infer<typeof durationTierSchema>;

export const unemploymentBenefitParamsSchema = z.object({
  /** C3 */
  minContributionMonths: months,
  /** C4 */
  durationTiers: z.array(durationTierSchema).min(1),
  /** C4: what the table is, shown in every decision (E3: Shandong ships the national table labelled as such). */
  durationTableLabel: z.string().min(1),
  /** E3: carried-over months plus the new entitlement are capped. */
  maxTotalDurationMonths: months,
  /** C5: the standard in force on the application date; null = not loaded (→ REGION_NOT_COVERED). */
  monthlyStandardFen: fen.nullable(),
  /** C5: where the standard comes from (a demo value says so). */
  monthlyStandardLabel: z.string().nullable(),
  /** C8: months before legal retirement within which the benefit runs on to retirement; null = no extension. */
  extensionToRetirementWithinMonths: months.nullable(),
  /** C9 */
  payPastRetirementWithoutPension: z.boolean(),
  /** C6: days after which a claim is late — never a reason to refuse (informational). */
  claimDeadlineDays: z.int().positive(),
});
export type UnemploymentBenefitParams = z.infer<typeof unemploymentBenefitParamsSchema>;

// ---------------------------------------------------------------------------------------------------------
// Job-stabilization refund (稳岗返还), POLICY.md B and E2
// ---------------------------------------------------------------------------------------------------------

export const layoffTestSchema = z.discriminatedUnion('kind', [
  /** The pooling region's registered urban unemployment rate (2014, 2019). */
  z.object({ kind: z.literal('registered_rate') }),
  /** A fixed national threshold: the previous year's national surveyed-unemployment target (2020 SMEs, 2021 on). */
  z.object({ kind: z.literal('national_target'), thresholdPct: pct }),
]);
export type LayoffTest = z.infer<typeof layoffTestSchema>;

export const ENTITY_RATE_CLASSES = ['by_size', 'sme', 'large'] as const;

export const jobStabilizationParamsSchema = z.object({
  /** B1: region fund balance must cover this many months of payouts. */
  minFundMonths: months,
  /** B3 / E2 */
  layoffTestLarge: layoffTestSchema,
  layoffTestSme: layoffTestSchema,
  /** E2 from 2020: enterprises with ≤ maxInsuredStaff insured staff may lay off up to maxLayoffPct. */
  smallEnterprise: z.object({ maxInsuredStaff: z.int().positive(), maxLayoffPct: pct }).nullable(),
  /** E2: refund in percent of last year's contributions. */
  refundPctLarge: pct,
  refundPctSme: pct,
  /** E2 2025 add-on (国办发〔2025〕25号): raised rates a region whose fund covered ≥ 1 year may apply. */
  addOn: z.object({ refundPctLarge: pct, refundPctSme: pct, documentNo: z.string().min(1) }).nullable(),
  /** Province option: apply the add-on. */
  applyAddOn: z.boolean(),
  /** E2 2019/2024: contributions fully paid for at least this many months; null = no such condition. */
  minFullyPaidMonths: months.nullable(),
  /** B2 */
  excludeDishonest: z.boolean(),
  excludeZombie: z.boolean(),
  /** E2: social organisations, foundations, law and accounting firms … get the SME rate, the large rate, or by size. */
  nonEnterpriseRateClass: z.enum(ENTITY_RATE_CLASSES),
  /** B4 */
  screening: z.enum(['application', 'silent_screening']),
  /** B5 */
  paymentModes: z.array(z.enum(['pay_as_verified', 'pre_allocate_commit_settle'])).min(1),
});
export type JobStabilizationParams = z.infer<typeof jobStabilizationParamsSchema>;

// ---------------------------------------------------------------------------------------------------------
// Layers and packs
// ---------------------------------------------------------------------------------------------------------

export interface ProgramParams {
  'skill-subsidy': SkillSubsidyParams;
  'unemployment-benefit': UnemploymentBenefitParams;
  'job-stabilization': JobStabilizationParams;
}

export const PROGRAM_PARAM_SCHEMAS = {
  'skill-subsidy': skillSubsidyParamsSchema,
  'unemployment-benefit': unemploymentBenefitParamsSchema,
  'job-stabilization': jobStabilizationParamsSchema,
} as const;

export interface RuleLayer<P> {
  /** Unique across all packs, e.g. 'jl-2017-67'. */
  id: string;
  kind: LayerKind;
  effectiveFrom: IsoDate;
  /** Inclusive; null = open-ended. */
  effectiveTo: IsoDate | null;
  documentNo: string;
  title: string;
  issuedOn: IsoDate | null;
  /** Mark of every parameter this layer sets, unless paramMarks says otherwise. */
  mark: ParameterMark;
  paramMarks?: Partial<Record<keyof P & string, ParameterMark>>;
  params: Partial<P>;
  /** Why the layer says what it says, especially where the sources are silent. */
  notes?: string[];
  /** Sentences that every decision using this layer must carry in `warnings`. */
  decisionWarnings?: string[];
}

export interface PolicyPack<G extends ProgramId = ProgramId> {
  id: string;
  program: G;
  regionCode: string;
  level: 'national' | 'province' | 'city';
  name: string;
  /** Which date chooses the rule set (per province; the most specific pack that sets it wins). */
  basis?: RuleSetBasis;
  /** The region is decided by the platform from this date (inclusive) to effectiveTo; national packs never cover on their own. */
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  layers: RuleLayer<ProgramParams[G]>[];
  notes?: string[];
}

export type AnyPolicyPack = { [G in ProgramId]: PolicyPack<G> }[ProgramId];

function layerSchema<S extends z.ZodObject>(params: S) {
  const keys = Object.keys(params.shape) as [string, ...string[]];
  return z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '层标识只能含小写字母、数字和连字符' }),
      kind: z.enum(LAYER_KINDS),
      effectiveFrom: isoDateSchema,
      effectiveTo: isoDateSchema.nullable(),
      documentNo: z.string().min(1, { error: '须注明文号' }),
      title: z.string().min(1),
      issuedOn: isoDateSchema.nullable(),
      mark: parameterMarkSchema,
      paramMarks: z.partialRecord(z.enum(keys), parameterMarkSchema).optional(),
      params: params.partial().strict(),
      notes: z.array(z.string()).optional(),
      decisionWarnings: z.array(z.string()).optional(),
    })
    .refine((l) => l.effectiveTo === null || l.effectiveTo >= l.effectiveFrom, {
      error: '失效日期不能早于生效日期',
      path: ['effectiveTo'],
    });
}

function packSchema<G extends ProgramId, S extends z.ZodObject>(program: G, params: S) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '政策包标识只能含小写字母、数字和连字符' }),
      program: z.literal(program),
      regionCode: regionCodeSchema,
      level: z.enum(['national', 'province', 'city']),
      name: z.string().min(1),
      basis: ruleSetBasisSchema.optional(),
      effectiveFrom: isoDateSchema,
      effectiveTo: isoDateSchema.nullable(),
      layers: z.array(layerSchema(params)).min(1, { error: '政策包至少要有一个参数层' }),
      notes: z.array(z.string()).optional(),
    })
    .superRefine((p, ctx) => {
      const expected =
        p.regionCode === '000000' ? 'national' : p.regionCode.endsWith('0000') ? 'province' : 'city';
      if (p.level !== expected) {
        ctx.addIssue({ code: 'custom', path: ['level'], message: `地区${p.regionCode}的政策包级别应为${expected}` });
      }
      // Two temporary notices of the same pack may not be in force on the same day: which would decide?
      const notices = p.layers.filter((l) => l.kind === 'notice');
      for (let i = 0; i < notices.length; i++) {
        for (let j = i + 1; j < notices.length; j++) {
          const a = notices[i]!;
          const b = notices[j]!;
          const overlap =
            (a.effectiveTo === null || a.effectiveTo >= b.effectiveFrom) &&
            (b.effectiveTo === null || b.effectiveTo >= a.effectiveFrom);
          if (overlap) {
            ctx.addIssue({ code: 'custom', path: ['layers'], message: `通知${a.id}与${b.id}的有效期重叠` });
          }
        }
      }
    });
}

export const skillSubsidyPackSchema = packSchema('skill-subsidy', skillSubsidyParamsSchema);
export const unemploymentBenefitPackSchema = packSchema('unemployment-benefit', unemploymentBenefitParamsSchema);
export const jobStabilizationPackSchema = packSchema('job-stabilization', jobStabilizationParamsSchema);

/** Validates the shape of one pack; cross-layer rules (e.g. the shortage cap) are checked when a registry is built. */
export const policyPackSchema = z.discriminatedUnion('program', [
  skillSubsidyPackSchema,
  unemploymentBenefitPackSchema,
  jobStabilizationPackSchema,
]);
