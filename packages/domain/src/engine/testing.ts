import type { SkillSubsidyEvaluationInput } from './requests.js';

/**
 * Builders for policy test tables (used by the specs beside each pack). A case is facts → expected decision;
 * the builder fills the facts a row does not care about with ordinary values.
 */
export interface SkillCaseFacts {
  region?: string;
  applicationDate?: string;
  months?: number;
  inArrears?: boolean;
  deepPovertyArea?: boolean;
  status?: 'employed' | 'receiving_benefit';
  kind?: 'vocational_qualification' | 'skill_level';
  level?: number;
  occupation?: string;
  issueDate?: string;
  priorGrants?: { occupation: string; level: number; grantedOn?: string }[];
  heldCertificates?: { occupation: string; level: number }[];
}

export function skillRequest(f: SkillCaseFacts): SkillSubsidyEvaluationInput {
  const issueDate = f.issueDate ?? '2017-06-01';
  return {
    regionCode: f.region ?? '220100',
    applicationDate: f.applicationDate ?? issueDate,
    applicant: {
      contributionMonths: f.months ?? 40,
      inArrears: f.inArrears ?? false,
      deepPovertyArea: f.deepPovertyArea ?? false,
      status: f.status ?? 'employed',
    },
    certificate: { kind: f.kind ?? 'vocational_qualification', level: f.level ?? 4, occupation: f.occupation ?? '电工', issueDate },
    priorGrants: f.priorGrants ?? [],
    heldCertificates: f.heldCertificates ?? [],
  };
}

/** One row of a skills-subsidy table. `warning` must match one of the decision's warnings when given. */
export interface SkillCase {
  name: string;
  facts: SkillCaseFacts;
  eligible: boolean;
  amountFen: number;
  reasons: string[];
  applicationDeadline?: string;
  warning?: RegExp;
  noWarnings?: boolean;
}

/** Actual vs expected of one row, in one comparable shape (reasons sorted; warnings reduced to the expectation). */
export function compareSkillCase(
  c: SkillCase,
  evaluate: (req: SkillSubsidyEvaluationInput) => {
    eligible: boolean;
    amountFen: number;
    reasons: readonly string[];
    applicationDeadline: string | null;
    warnings: readonly string[];
  },
): { actual: unknown; expected: unknown } {
  const r = evaluate(skillRequest(c.facts));
  const pick = (x: { eligible: boolean; amountFen: number; reasons: readonly string[] }) => ({
    eligible: x.eligible,
    amountFen: x.amountFen,
    reasons: [...x.reasons].sort(),
  });
  const actual: Record<string, unknown> = pick(r);
  const expected: Record<string, unknown> = pick(c);
  if (c.applicationDeadline !== undefined) {
    actual.applicationDeadline = r.applicationDeadline;
    expected.applicationDeadline = c.applicationDeadline;
  }
  if (c.warning !== undefined) {
    actual.warned = r.warnings.some((w) => c.warning!.test(w));
    expected.warned = true;
  }
  if (c.noWarnings) {
    actual.warnings = r.warnings;
    expected.warnings = [];
  }
  return { actual, expected };
}
