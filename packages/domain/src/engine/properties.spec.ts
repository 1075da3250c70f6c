import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../dates/index.js';
import { nationalJobStabilizationPack, nationalSkillSubsidyPack } from '../policies/national/index.js';
import { POLICY_PACKS } from '../policies/packs.js';
import { createPolicyRegistry } from '../policies/registry.js';
import type { AnyPolicyPack } from '../policies/schema.js';
import { addMonthsFast } from './fast-dates.js';
import { evaluateJobStabilization } from './job-stabilization.js';
import type { JobStabilizationEvaluationInput, SkillSubsidyEvaluationInput, UnemploymentBenefitEvaluationInput } from './requests.js';
import { evaluateSkillSubsidy } from './skill-subsidy.js';
import { evaluateUnemploymentBenefit } from './unemployment-benefit.js';

const date = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const occupation = fc.constantFrom('焊工', '电工', '模具工', '钳工');
const level = fc.integer({ min: 1, max: 5 });

const skillCase: fc.Arbitrary<SkillSubsidyEvaluationInput> = fc
  .record({
    region: fc.constantFrom('220100', '230100', '150100', '220000', '110000'),
    issueDate: date('2016-06-01', '2028-12-31'),
    delay: fc.integer({ min: 0, max: 500 }),
    months: fc.integer({ min: 0, max: 80 }),
    inArrears: fc.boolean(),
    deepPovertyArea: fc.boolean(),
    status: fc.constantFrom('employed' as const, 'receiving_benefit' as const),
    level,
    occupation,
    priorGrants: fc.array(fc.record({ occupation, level, grantedOn: date('2017-01-01', '2028-12-31') }), { maxLength: 4 }),
    heldCertificates: fc.array(fc.record({ occupation, level }), { maxLength: 3 }),
  })
  .map((f) => ({
    regionCode: f.region,
    applicationDate: addDays(f.issueDate, f.delay),
    applicant: { contributionMonths: f.months, inArrears: f.inArrears, deepPovertyArea: f.deepPovertyArea, status: f.status },
    certificate: { kind: 'skill_level' as const, level: f.level, occupation: f.occupation, issueDate: f.issueDate },
    priorGrants: f.priorGrants,
    heldCertificates: f.heldCertificates,
  }));

/** Ways to make a case worse: each adds a failed condition (or keeps it failed). */
const worsen: ((r: SkillSubsidyEvaluationInput) => SkillSubsidyEvaluationInput)[] = [
  (r) => ({ ...r, applicant: { ...r.applicant, contributionMonths: Math.min(r.applicant.contributionMonths, 5) } }),
  (r) => ({ ...r, applicant: { ...r.applicant, inArrears: true } }),
  (r) => ({ ...r, certificate: { ...r.certificate, level: 2 } }),
  (r) => ({ ...r, applicationDate: addMonths(r.certificate.issueDate, 30) }),
  (r) => ({ ...r, priorGrants: [...(r.priorGrants ?? []), { occupation: r.certificate.occupation, level: r.certificate.level }] }),
  (r) => ({ ...r, priorGrants: [...(r.priorGrants ?? []), { occupation: r.certificate.occupation, level: 3, grantedOn: r.applicationDate }] }),
  (r) => ({ ...r, heldCertificates: [...(r.heldCertificates ?? []), { occupation: r.certificate.occupation, level: 3 }] }),
  (r) => ({
    ...r,
    priorGrants: [...(r.priorGrants ?? []), ...[1, 2, 3].map((i) => ({ occupation: `其他${i}`, level: 5, grantedOn: r.applicationDate }))],
  }),
];

describe('properties of the skills subsidy', () => {
  it('amount is 0 exactly when not eligible; reasons empty exactly when eligible', () => {
    fc.assert(
      fc.property(skillCase, fc.boolean(), (req, trace) => {
        const r = evaluateSkillSubsidy(req, { trace });
        expect(r.amountFen === 0).toBe(!r.eligible);
        expect(r.reasons.length === 0).toBe(r.eligible);
        expect(r.reasons).toEqual(r.checks.filter((c) => !c.passed).map((c) => c.code));
      }),
      { numRuns: 2000 },
    );
  });

  it('adding a failed condition never makes a case eligible', () => {
    fc.assert(
      fc.property(skillCase, fc.integer({ min: 0, max: worsen.length - 1 }), (req, i) => {
        const worse = evaluateSkillSubsidy(worsen[i]!(req));
        if (worse.eligible) expect(evaluateSkillSubsidy(req).eligible).toBe(true);
        // Every mutation here adds a failure the rule set can see; months ≤ 5 always fails, level 2 always fails.
        if (i === 0 || i === 2) expect(worse.eligible).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('trace off decides exactly as trace on, without messages', () => {
    fc.assert(
      fc.property(skillCase, (req) => {
        const on = evaluateSkillSubsidy(req);
        const off = evaluateSkillSubsidy(req, { trace: false });
        expect({ ...off, checks: off.checks.map((c) => ({ ...c, message: '' })) }).toEqual({ ...on, checks: on.checks.map((c) => ({ ...c, message: '' })) });
        expect(off.checks.every((c) => c.message === '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('adding a later notice never changes a decision dated before it', () => {
    fc.assert(
      fc.property(skillCase, date('2027-01-01', '2031-12-31'), fc.option(date('2027-01-01', '2033-12-31')), fc.integer({ min: 0, max: 60 }), (req, from, to, months) => {
        const before = evaluateSkillSubsidy(req);
        const basisDate = before.policy?.basisDate ?? req.certificate.issueDate;
        fc.pre(from > basisDate && from > req.applicationDate && (to === null || to >= from));
        const packs = POLICY_PACKS.map((p) =>
          p.id !== nationalSkillSubsidyPack.id
            ? p
            : ({
                ...nationalSkillSubsidyPack,
                layers: [
                  ...nationalSkillSubsidyPack.layers,
                  {
                    id: 'cn-skill-later',
                    kind: 'notice',
                    effectiveFrom: from,
                    effectiveTo: to,
                    documentNo: '后来的通知',
                    title: '后来的通知',
                    issuedOn: null,
                    mark: 'partial',
                    params: { minContributionMonths: months, yearlyLimit: 1, noLowerLevelAfterHigher: 'subsidised_or_held', coveredStatuses: ['employed', 'receiving_benefit'] },
                  },
                ],
              } as AnyPolicyPack),
        );
        expect(evaluateSkillSubsidy(req, { registry: createPolicyRegistry(packs) })).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties of the refund and the benefit', () => {
  const jsCase: fc.Arbitrary<JobStabilizationEvaluationInput> = fc.record({
    regionCode: fc.constantFrom('371500', '370000', '220100'),
    year: fc.integer({ min: 2013, max: 2029 }),
    enterprise: fc.record({
      size: fc.constantFrom('sme' as const, 'large' as const),
      insuredHeadcountStartOfYear: fc.integer({ min: 1, max: 500 }),
      layoffs: fc.integer({ min: 0, max: 40 }),
      contributionsLastYearFen: fc.integer({ min: 0, max: 1e10 }),
      inArrears: fc.boolean(),
      dishonest: fc.boolean(),
      zombie: fc.boolean(),
    }),
    region: fc.record({
      fundBalanceFen: fc.integer({ min: 0, max: 1e12 }),
      annualPayoutFen: fc.integer({ min: 0, max: 1e12 }),
      registeredUnemploymentRatePct: fc.double({ min: 0, max: 10, noNaN: true }),
    }),
  });

  it('refund amount is 0 when not eligible, and never above the contributions', () => {
    fc.assert(
      fc.property(jsCase, (req) => {
        const r = evaluateJobStabilization(req);
        if (!r.eligible) expect(r.amountFen).toBe(0);
        expect(r.amountFen).toBeLessThanOrEqual(req.enterprise.contributionsLastYearFen);
        expect(r.reasons.length === 0).toBe(r.eligible);
      }),
      { numRuns: 1000 },
    );
  });

  it('adding a later notice never changes a refund decided before it', () => {
    fc.assert(
      fc.property(jsCase, fc.integer({ min: 2027, max: 2035 }), (req, year) => {
        fc.pre(req.year < year);
        const packs = POLICY_PACKS.map((p) =>
          p.id !== nationalJobStabilizationPack.id
            ? p
            : ({
                ...nationalJobStabilizationPack,
                layers: [
                  ...nationalJobStabilizationPack.layers,
                  {
                    id: 'cn-js-later',
                    kind: 'notice',
                    effectiveFrom: `${year}-01-01`,
                    effectiveTo: `${year}-12-31`,
                    documentNo: '后来的通知',
                    title: '后来的通知',
                    issuedOn: null,
                    mark: 'confirmed',
                    params: { refundPctSme: 10, refundPctLarge: 5 },
                  },
                ],
              } as AnyPolicyPack),
        );
        expect(evaluateJobStabilization(req, { registry: createPolicyRegistry(packs) })).toEqual(evaluateJobStabilization(req));
      }),
      { numRuns: 100 },
    );
  });

  const ubCase = fc.record({
    birthDate: date('1955-01-01', '2000-12-31'),
    applicationDate: date('2021-10-01', '2027-12-31'),
    sex: fc.constantFrom('male' as const, 'female' as const),
    femaleRetirementAge: fc.constantFrom(50 as const, 55 as const),
    months: fc.integer({ min: 0, max: 400 }),
    more: fc.integer({ min: 0, max: 200 }),
  });
  type UbFacts = { birthDate: string; applicationDate: string; sex: 'male' | 'female'; femaleRetirementAge: 50 | 55 };
  const ubReq = (f: UbFacts, months: number): UnemploymentBenefitEvaluationInput => ({
    regionCode: '371500',
    applicationDate: f.applicationDate,
    applicant: {
      birthDate: f.birthDate,
      sex: f.sex,
      femaleRetirementAge: f.femaleRetirementAge,
      contributionMonths: months,
      separationDate: f.applicationDate,
      separationReason: 'involuntary',
    },
  });

  it('more contribution months never shorten a benefit', () => {
    fc.assert(
      fc.property(ubCase, (f) => {
        const a = evaluateUnemploymentBenefit(ubReq(f, f.months));
        const b = evaluateUnemploymentBenefit(ubReq(f, f.months + f.more));
        expect(b.durationMonths).toBeGreaterThanOrEqual(a.durationMonths);
        if (a.eligible) {
          expect(b.eligible).toBe(true);
          expect(b.benefitEndDate! >= a.benefitEndDate!).toBe(true);
        }
        expect(a.monthlyAmountFen === 0).toBe(!a.eligible);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fast date arithmetic', () => {
  it('addMonthsFast agrees with addMonths', () => {
    fc.assert(
      fc.property(date('1900-01-01', '2200-12-31'), fc.integer({ min: -600, max: 600 }), (d, n) => {
        expect(addMonthsFast(d, n)).toBe(addMonths(d, n));
      }),
      { numRuns: 5000 },
    );
  });
});
