import type { IsoDate } from '../dates/index.js';
import type { LayerSummary, ParameterMark, PolicyRegistry, RuleSetBasis } from '../policies/index.js';
import type { JobStabilizationReasonCode, SkillSubsidyReasonCode, UnemploymentBenefitReasonCode } from './reason-codes.js';

export interface EvaluationOptions {
  /**
   * true (default): every check carries a plain Chinese message with the numbers. false: messages are '' —
   * for screening jobs that only need decisions, amounts and codes.
   */
  trace?: boolean;
  /** The packs to decide with; default: the shipped packs. */
  registry?: PolicyRegistry;
}

/** One rule of POLICY.md, checked (API.md `checks[]`). `code` is set when the check failed. */
export interface EvaluationCheck<C extends string = string> {
  rule: string;
  passed: boolean;
  message: string;
  code?: C | undefined;
}

/** Which rule set decided (API.md `policy`). */
export interface EvaluationPolicy {
  /** The most specific layer applied, e.g. 'jl-2017-67'. */
  id: string;
  /** Its document number, e.g. '吉人社联字〔2017〕67号'. */
  source: string;
  basis: RuleSetBasis;
  basisDate: IsoDate;
  /** Every layer applied, '+'-joined: what a case freezes to reproduce the decision. */
  ruleSetId: string;
  sources: readonly string[];
  layers: readonly LayerSummary[];
  /** Mark of every parameter of the rule set. */
  marks: Readonly<Record<string, ParameterMark>>;
}

export interface SkillSubsidyEvaluation {
  eligible: boolean;
  amountFen: number;
  /** issueDate + the window (12 months), or Heilongjiang's 2018-12-31 when the extension applies; null if not covered. */
  applicationDeadline: IsoDate | null;
  policy: EvaluationPolicy | null;
  checks: EvaluationCheck<SkillSubsidyReasonCode>[];
  reasons: SkillSubsidyReasonCode[];
  warnings: readonly string[];
}

export interface UnemploymentBenefitEvaluation {
  eligible: boolean;
  durationMonths: number;
  monthlyAmountFen: number;
  benefitStartDate: IsoDate | null;
  /** Last day paid; the day before legal retirement when extended (C8). */
  benefitEndDate: IsoDate | null;
  legalRetirementDate: IsoDate | null;
  extendedToRetirement: boolean;
  policy: EvaluationPolicy | null;
  checks: EvaluationCheck<UnemploymentBenefitReasonCode>[];
  reasons: UnemploymentBenefitReasonCode[];
  warnings: readonly string[];
}

export interface JobStabilizationEvaluation {
  eligible: boolean;
  amountFen: number;
  /** Refund rate applied, percent of last year's contributions (0 when not eligible). */
  refundPct: number;
  /** Layoff rate in percent, as tested. */
  layoffRatePct: number;
  policy: EvaluationPolicy | null;
  checks: EvaluationCheck<JobStabilizationReasonCode>[];
  reasons: JobStabilizationReasonCode[];
  warnings: readonly string[];
}
