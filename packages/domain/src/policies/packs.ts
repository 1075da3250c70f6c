import type { IsoDate } from '../dates/index.js';
import type { ProgramId } from '../programs/index.js';
import { heilongjiangSkillSubsidyPack } from './heilongjiang/pack.js';
import { innerMongoliaSkillSubsidyPack } from './inner-mongolia/pack.js';
import { jilinSkillSubsidyPack } from './jilin/pack.js';
import { nationalJobStabilizationPack } from './national/job-stabilization.js';
import { nationalSkillSubsidyPack } from './national/skill-subsidy.js';
import { nationalUnemploymentBenefitPack } from './national/unemployment-benefit.js';
import { PolicyRegistry, policiesInForce, type PolicyInForce, type ResolvedRuleSet } from './registry.js';
import type { AnyPolicyPack } from './schema.js';
import { liaochengUnemploymentBenefitPack } from './shandong/liaocheng.js';
import { shandongJobStabilizationPack, shandongUnemploymentBenefitPack } from './shandong/pack.js';

/**
 * Every pack the platform ships. Adding a province: a folder `src/policies/<province>/` with its pack and
 * tests, and one line here (docs/adding-a-province.md).
 */
export const POLICY_PACKS: readonly AnyPolicyPack[] = [
  nationalSkillSubsidyPack,
  nationalUnemploymentBenefitPack,
  nationalJobStabilizationPack,
  jilinSkillSubsidyPack,
  heilongjiangSkillSubsidyPack,
  innerMongoliaSkillSubsidyPack,
  shandongUnemploymentBenefitPack,
  shandongJobStabilizationPack,
  liaochengUnemploymentBenefitPack,
];

let defaultRegistry: PolicyRegistry | undefined;

/** The registry of the shipped packs, validated on first use (a broken pack fails loudly, never silently). */
export function defaultPolicyRegistry(): PolicyRegistry {
  defaultRegistry ??= new PolicyRegistry(POLICY_PACKS);
  return defaultRegistry;
}

/** The rule set in force: city → province → national, then the dated layers in force on `basisDate`. */
export function resolveRuleSet<G extends ProgramId>(
  program: G,
  regionCode: string,
  basisDate: IsoDate,
  registry: PolicyRegistry = defaultPolicyRegistry(),
): ResolvedRuleSet<G> | null {
  return registry.resolve(program, regionCode, basisDate);
}

/** `GET /api/v1/policies?regionCode=…&date=…`: the packs in force there that day, JSON-serialisable. */
export function listPoliciesInForce(
  regionCode: string,
  date: IsoDate,
  registry: PolicyRegistry = defaultPolicyRegistry(),
): PolicyInForce[] {
  return policiesInForce(registry, regionCode, date);
}
