import { describe, expect, it } from 'vitest';
import { nationalSkillSubsidyPack } from './national/skill-subsidy.js';
import { listPoliciesInForce, POLICY_PACKS, resolveRuleSet } from './packs.js';
import { createPolicyRegistry, PolicyPackError } from './registry.js';
import { policyPackSchema, type AnyPolicyPack } from './schema.js';

describe('policy packs', () => {
  it.each(POLICY_PACKS.map((p) => [p.id, p] as const))('%s is a valid pack with dated, sourced layers', (_id, pack) => {
    expect(policyPackSchema.safeParse(pack).success).toBe(true);
  });

  // POLICY.md E1, every row: what the national pack says on a date inside it.
  const e1: [string, number, string[], number | null, string][] = [
    ['2017-06-01', 36, ['employed'], null, 'none'],
    ['2018-12-31', 36, ['employed'], null, 'none'],
    ['2019-01-01', 12, ['employed'], null, 'none'],
    ['2020-12-31', 12, ['employed'], null, 'none'],
    ['2021-06-01', 12, ['employed'], null, 'none'],
    ['2022-06-01', 12, ['employed', 'receiving_benefit'], 3, 'none'],
    ['2023-06-01', 12, ['employed', 'receiving_benefit'], 3, 'subsidised'],
    ['2024-06-01', 12, ['employed', 'receiving_benefit'], 3, 'subsidised'],
    ['2025-06-01', 12, ['employed', 'receiving_benefit'], 1, 'subsidised_or_held'],
    ['2026-06-01', 12, ['employed', 'receiving_benefit'], 1, 'subsidised_or_held'],
    ['2027-01-01', 36, ['employed'], null, 'none'],
  ];
  it.each(e1)('E1 on %s: %i months, %j, %s a year, lower-level rule %s', (date, months, who, yearly, lower) => {
    const rs = resolveRuleSet('skill-subsidy', '220000', date)!;
    expect(rs.params).toMatchObject({ minContributionMonths: months, coveredStatuses: who, yearlyLimit: yearly, noLowerLevelAfterHigher: lower });
    expect(rs.baselineFallback).toBe(date >= '2027-01-01');
  });

  it('a city inherits its province; a county its city', () => {
    expect(resolveRuleSet('skill-subsidy', '220100', '2018-01-01')!.id).toBe('jl-2017-67');
    expect(resolveRuleSet('skill-subsidy', '220102', '2018-01-01')!.id).toBe('jl-2017-67');
    expect(resolveRuleSet('unemployment-benefit', '371502', '2024-01-01')!.packIds).toEqual([
      'national-unemployment-benefit',
      'shandong-unemployment-benefit',
      'liaocheng-unemployment-benefit',
    ]);
  });

  it('the national pack alone covers no region', () => {
    expect(resolveRuleSet('skill-subsidy', '110000', '2024-01-01')).toBeNull();
    expect(resolveRuleSet('skill-subsidy', '370100', '2024-01-01')).toBeNull();
  });

  it('lists the packs in force, JSON-serialisable, with sources and marks', () => {
    const list = listPoliciesInForce('220100', '2018-03-01');
    expect(list.map((p) => p.program)).toEqual(['skill-subsidy']);
    const [skill] = list;
    expect(skill).toMatchObject({ id: 'jl-2017-67', source: '吉人社联字〔2017〕67号', basis: 'certificate_issue_date' });
    expect(skill!.params.amountsFen).toEqual({ '5': 100000, '4': 150000, '3': 200000 });
    expect(skill!.marks.minContributionMonths).toBe('confirmed');
    // Each parameter names the layer (document) that set it: Jilin's shortage catalogue, the national amounts.
    expect(skill!.paramLayers.shortage).toBe('jl-2017-67');
    expect(skill!.paramLayers.amountsFen).toBe('cn-skill-2017-40');
    expect(skill!.paramLayers.minContributionMonths).toBe('cn-skill-2017-40');
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
    expect(listPoliciesInForce('371500', '2024-03-01').map((p) => p.program)).toEqual(['unemployment-benefit', 'job-stabilization']);
  });

  function withNationalLayers(extra: AnyPolicyPack['layers'][number][]): AnyPolicyPack[] {
    return POLICY_PACKS.map((p) =>
      p.id === nationalSkillSubsidyPack.id ? ({ ...nationalSkillSubsidyPack, layers: [...nationalSkillSubsidyPack.layers, ...extra] } as AnyPolicyPack) : p,
    );
  }

  it('refuses two national notices in force on the same day', () => {
    expect(() =>
      createPolicyRegistry(
        withNationalLayers([
          { id: 'cn-skill-overlap', kind: 'notice', effectiveFrom: '2026-12-01', effectiveTo: '2027-12-31', documentNo: 'X', title: 'X', issuedOn: null, mark: 'confirmed', params: {} },
        ]),
      ),
    ).toThrow(/有效期重叠/);
  });

  it('refuses a layer without a document number and an unknown parameter', () => {
    expect(() =>
      createPolicyRegistry(
        withNationalLayers([
          { id: 'cn-skill-2027', kind: 'notice', effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31', documentNo: '', title: 'X', issuedOn: null, mark: 'confirmed', params: {} },
        ]),
      ),
    ).toThrow(PolicyPackError);
    expect(() =>
      createPolicyRegistry(
        withNationalLayers([
          {
            id: 'cn-skill-2027',
            kind: 'notice',
            effectiveFrom: '2027-01-01',
            effectiveTo: '2027-12-31',
            documentNo: 'X',
            title: 'X',
            issuedOn: null,
            mark: 'confirmed',
            params: { monthsRequired: 6 } as never,
          },
        ]),
      ),
    ).toThrow(PolicyPackError);
  });

  it('refuses a level without an amount', () => {
    expect(() =>
      createPolicyRegistry(
        withNationalLayers([
          { id: 'cn-skill-2027', kind: 'notice', effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31', documentNo: 'X', title: 'X', issuedOn: null, mark: 'confirmed', params: { levelsCovered: [5, 4, 3, 2] } },
        ]),
      ),
    ).toThrow(/补贴等级2没有补贴标准/);
  });

  it('a next-year notice is data: 2027 then decides by it, without the baseline warning', () => {
    const registry = createPolicyRegistry(
      withNationalLayers([
        { id: 'cn-skill-2027', kind: 'notice', effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31', documentNo: '人社部发〔2027〕1号', title: '测试', issuedOn: null, mark: 'confirmed', params: { minContributionMonths: 24 } },
      ]),
    );
    const rs = registry.resolve('skill-subsidy', '220100', '2027-05-01')!;
    expect(rs.params.minContributionMonths).toBe(24);
    expect(rs.baselineFallback).toBe(false);
    expect(registry.resolve('skill-subsidy', '220100', '2028-01-01')!.baselineFallback).toBe(true);
  });
});
