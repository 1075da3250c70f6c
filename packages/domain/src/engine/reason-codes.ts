/** Reason codes of failed checks (API.md "Evaluation"). Keep the strings exactly: other systems rely on them. */
export const SKILL_SUBSIDY_REASON_CODES = [
  'REGION_NOT_COVERED',
  'CONTRIBUTION_MONTHS_SHORT',
  'CONTRIBUTION_ARREARS',
  'CERTIFICATE_TOO_EARLY',
  'LEVEL_NOT_COVERED',
  'APPLICATION_WINDOW_CLOSED',
  'ALREADY_GRANTED',
  'LOWER_LEVEL_AFTER_HIGHER',
  'YEARLY_LIMIT_REACHED',
  'STATUS_NOT_COVERED',
] as const;

export const UNEMPLOYMENT_BENEFIT_REASON_CODES = [
  'REGION_NOT_COVERED',
  'CONTRIBUTION_TOO_SHORT',
  'VOLUNTARY_SEPARATION',
  'RECEIVING_PENSION',
  /** Added in API.md's style: past legal retirement age where the region pays no benefit then (C9 not in force). */
  'OVER_RETIREMENT_AGE',
] as const;

export const JOB_STABILIZATION_REASON_CODES = [
  'REGION_NOT_COVERED',
  'REGION_FUND_INSUFFICIENT',
  'LAYOFF_RATE_TOO_HIGH',
  'CONTRIBUTION_ARREARS',
  'DISHONEST_ENTITY',
  'ZOMBIE_ENTERPRISE',
  /** Added in API.md's style: contributions fully paid for fewer months than the year requires (E2 2019, 2024). */
  'CONTRIBUTION_MONTHS_SHORT',
] as const;

export type SkillSubsidyReasonCode = (typeof SKILL_SUBSIDY_REASON_CODES)[number];
export type UnemploymentBenefitReasonCode = (typeof UNEMPLOYMENT_BENEFIT_REASON_CODES)[number];
export type JobStabilizationReasonCode = (typeof JOB_STABILIZATION_REASON_CODES)[number];
export type ReasonCode = SkillSubsidyReasonCode | UnemploymentBenefitReasonCode | JobStabilizationReasonCode;

/** Every code, each once, as a constant object (`REASON_CODES.ALREADY_GRANTED`). */
export const REASON_CODES = Object.freeze(
  Object.fromEntries(
    [...SKILL_SUBSIDY_REASON_CODES, ...UNEMPLOYMENT_BENEFIT_REASON_CODES, ...JOB_STABILIZATION_REASON_CODES].map((c) => [c, c]),
  ) as { readonly [C in ReasonCode]: C },
);
