import type { ResolvedRuleSet } from '../policies/index.js';
import type { EvaluationCheck, EvaluationPolicy } from './types.js';

/** Records one rule's check; a failed check also lists its reason code (API.md: every failed reason, not the first). */
export function addCheck<C extends string>(
  checks: EvaluationCheck<C>[],
  reasons: C[],
  rule: string,
  passed: boolean,
  code: C,
  message: string,
): void {
  checks.push({ rule, passed, message, code: passed ? undefined : code });
  if (!passed) reasons.push(code);
}

/** The `policy` block of an answer: which rule set decided, on which basis date, from which documents. */
export function policyOf(rs: ResolvedRuleSet, basisDate: string): EvaluationPolicy {
  return {
    id: rs.id,
    source: rs.source,
    basis: rs.basis,
    basisDate,
    ruleSetId: rs.ruleSetId,
    sources: rs.sources,
    layers: rs.layers,
    marks: rs.marks,
  };
}
