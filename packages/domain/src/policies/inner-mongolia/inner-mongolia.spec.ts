import { describe, expect, it } from 'vitest';
import { evaluateSkillSubsidy } from '../../engine/index.js';
import { compareSkillCase, type SkillCase } from '../../engine/testing.js';
import { POLICY_PACKS } from '../packs.js';
import { createPolicyRegistry, PolicyPackError } from '../registry.js';
import type { AnyPolicyPack, ShortageCatalogue } from '../schema.js';
import { innerMongoliaSkillSubsidyPack } from './pack.js';

/** Inner Mongolia (内人社办发〔2017〕255号, POLICY.md A1, A2, A9) over the national rule sets (E1). Region 150100. */
const R = '150100';
const cases: SkillCase[] = [
  { name: 'A1 36 months', facts: { region: R, months: 36 }, eligible: true, amountFen: 150_000, reasons: [] },
  { name: 'A1 35 months: short', facts: { region: R, months: 35 }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_MONTHS_SHORT'] },
  { name: 'A2 not contributing normally', facts: { region: R, inArrears: true }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_ARREARS'] },
  {
    name: 'A9 catalogue not loaded: base amount, with the unconfirmed warning',
    facts: { region: R, occupation: '焊工', level: 3 },
    eligible: true,
    amountFen: 200_000,
    reasons: [],
    warning: /紧缺急需职业目录.*未确认/,
  },
  { name: 'A4 level 2', facts: { region: R, level: 2 }, eligible: false, amountFen: 0, reasons: ['LEVEL_NOT_COVERED'] },
  {
    name: 'E1 2023: 12 months, lower after higher barred',
    facts: { region: R, months: 12, issueDate: '2023-04-01', priorGrants: [{ occupation: '电工', level: 3, grantedOn: '2023-01-10' }] },
    eligible: false,
    amountFen: 0,
    reasons: ['LOWER_LEVEL_AFTER_HIGHER'],
  },
];

function withCatalogue(shortage: ShortageCatalogue): AnyPolicyPack[] {
  const nmg: AnyPolicyPack = {
    ...innerMongoliaSkillSubsidyPack,
    layers: [
      ...innerMongoliaSkillSubsidyPack.layers,
      {
        id: 'nmg-catalogue-test',
        kind: 'provincial',
        effectiveFrom: '2018-01-01',
        effectiveTo: null,
        documentNo: '测试目录',
        title: '测试用紧缺目录',
        issuedOn: null,
        mark: 'confirmed',
        params: { shortage },
      },
    ],
  };
  return POLICY_PACKS.map((p) => (p.id === nmg.id ? nmg : p));
}

describe('Inner Mongolia skills-upgrade subsidy (001 + E1)', () => {
  it.each(cases)('$name', (c) => {
    const { actual, expected } = compareSkillCase(c, (req) => evaluateSkillSubsidy(req));
    expect(actual).toEqual(expected);
  });

  it('A9 a loaded catalogue with a 20 % uplift pays 1200 / 1800 / 2400', () => {
    const registry = createPolicyRegistry(
      withCatalogue({ documentNo: '测试目录', occupations: ['焊工'], amountsFen: null, upliftPct: 20, capPct: 20 }),
    );
    const amounts = [5, 4, 3].map(
      (level) =>
        evaluateSkillSubsidy(
          {
            regionCode: R,
            applicationDate: '2018-05-01',
            applicant: { contributionMonths: 40 },
            certificate: { kind: 'skill_level', level, occupation: '焊工', issueDate: '2018-04-01' },
          },
          { registry },
        ).amountFen,
    );
    expect(amounts).toEqual([120_000, 180_000, 240_000]);
  });

  it('A9 the ≤ 20 % cap refuses a catalogue that pays more', () => {
    expect(() =>
      createPolicyRegistry(withCatalogue({ documentNo: '测试目录', occupations: ['焊工'], amountsFen: null, upliftPct: 25, capPct: 20 })),
    ).toThrow(PolicyPackError);
    expect(() =>
      createPolicyRegistry(
        withCatalogue({
          documentNo: '测试目录',
          occupations: ['焊工'],
          amountsFen: { '5': 130_000, '4': 180_000, '3': 240_000 },
          upliftPct: null,
          capPct: 20,
        }),
      ),
    ).toThrow(/1300元超过基础标准上浮20%的上限1200元/);
  });
});
