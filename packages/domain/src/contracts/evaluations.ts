import { z } from 'zod';
import { JOB_STABILIZATION_REASON_CODES, SKILL_SUBSIDY_REASON_CODES, UNEMPLOYMENT_BENEFIT_REASON_CODES } from '../engine/reason-codes.js';
import { RULE_SET_BASES } from '../policies/schema.js';
import { contract, fen, isoDate } from './common.js';
import { parameterMarkContract, ruleLayerContract } from './policies.js';

/** Which rule set decided (API.md `policy`). */
export const evaluationPolicyContract = contract(
  'EvaluationPolicy',
  z.strictObject({
    id: z.string(),
    source: z.string(),
    basis: z.enum(RULE_SET_BASES),
    basisDate: isoDate,
    ruleSetId: z.string(),
    sources: z.array(z.string()),
    layers: z.array(ruleLayerContract),
    marks: z.record(z.string(), parameterMarkContract),
  }),
);

/** One rule checked; `code` is sent only when the check failed. */
function check<C extends readonly [string, ...string[]]>(codes: C) {
  return z.strictObject({ rule: z.string(), passed: z.boolean(), message: z.string(), code: z.enum(codes).optional() });
}

export const skillSubsidyCheckContract = contract('SkillSubsidyCheck', check(SKILL_SUBSIDY_REASON_CODES));
export const unemploymentBenefitCheckContract = contract('UnemploymentBenefitCheck', check(UNEMPLOYMENT_BENEFIT_REASON_CODES));
export const jobStabilizationCheckContract = contract('JobStabilizationCheck', check(JOB_STABILIZATION_REASON_CODES));

/** `POST /api/v1/evaluations/skill-upgrade-subsidy`, and the evaluation frozen with a case. */
export const skillSubsidyEvaluationContract = contract(
  'SkillSubsidyEvaluation',
  z.strictObject({
    eligible: z.boolean(),
    amountFen: fen,
    /** The last day to apply; null when no rule set covers the region. */
    applicationDeadline: isoDate.nullable(),
    policy: evaluationPolicyContract.nullable(),
    checks: z.array(skillSubsidyCheckContract),
    reasons: z.array(z.enum(SKILL_SUBSIDY_REASON_CODES)),
    warnings: z.array(z.string()),
  }),
);

/** `POST /api/v1/evaluations/unemployment-benefit`. */
export const unemploymentBenefitEvaluationContract = contract(
  'UnemploymentBenefitEvaluation',
  z.strictObject({
    eligible: z.boolean(),
    durationMonths: z.int().min(0),
    monthlyAmountFen: fen,
    benefitStartDate: isoDate.nullable(),
    benefitEndDate: isoDate.nullable(),
    legalRetirementDate: isoDate.nullable(),
    extendedToRetirement: z.boolean(),
    policy: evaluationPolicyContract.nullable(),
    checks: z.array(unemploymentBenefitCheckContract),
    reasons: z.array(z.enum(UNEMPLOYMENT_BENEFIT_REASON_CODES)),
    warnings: z.array(z.string()),
  }),
);

/** `POST /api/v1/evaluations/job-stabilization`. */
export const jobStabilizationEvaluationContract = contract(
  'JobStabilizationEvaluation',
  z.strictObject({
    eligible: z.boolean(),
    amountFen: fen,
    refundPct: z.number().min(0),
    layoffRatePct: z.number().min(0),
    policy: evaluationPolicyContract.nullable(),
    checks: z.array(jobStabilizationCheckContract),
    reasons: z.array(z.enum(JOB_STABILIZATION_REASON_CODES)),
    warnings: z.array(z.string()),
  }),
);
