import { describe, expect, it } from 'vitest';
import { evaluateSkillSubsidy } from '../../engine/index.js';
import { compareSkillCase, type SkillCase } from '../../engine/testing.js';

/** Heilongjiang (黑人社办发〔2018〕159号, POLICY.md A1, A2, A6, A9) over the national rule sets (E1). Region 230100. */
const R = '230100';
const cases: SkillCase[] = [
  { name: 'A1 36 months', facts: { region: R, months: 36 }, eligible: true, amountFen: 150_000, reasons: [] },
  { name: 'A1 35 months: short', facts: { region: R, months: 35 }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_MONTHS_SHORT'] },
  {
    name: 'A1 deep-poverty area: 12 months enough',
    facts: { region: R, months: 12, deepPovertyArea: true, issueDate: '2018-03-01' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'A1 deep-poverty area: 11 months short',
    facts: { region: R, months: 11, deepPovertyArea: true, issueDate: '2018-03-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT'],
  },
  {
    name: 'A1 not a deep-poverty area: 12 months short in 2018',
    facts: { region: R, months: 12, issueDate: '2018-03-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT'],
  },
  { name: 'A2 arrears must not refuse', facts: { region: R, inArrears: true }, eligible: true, amountFen: 150_000, reasons: [] },
  {
    name: 'A2 arrears still not a refusal in 2024',
    facts: { region: R, inArrears: true, months: 12, issueDate: '2024-05-01' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'A6 a 2017 certificate applying in 2018: the deadline is the extended one',
    facts: { region: R, issueDate: '2017-03-01', applicationDate: '2018-03-02' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    applicationDeadline: '2018-12-31',
  },
  {
    name: 'A6 extension: a 2017 certificate applying on 2018-12-31',
    facts: { region: R, issueDate: '2017-03-01', applicationDate: '2018-12-31' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    applicationDeadline: '2018-12-31',
  },
  {
    name: 'A6 extension ends: applying on 2019-01-01',
    facts: { region: R, issueDate: '2017-03-01', applicationDate: '2019-01-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['APPLICATION_WINDOW_CLOSED'],
    applicationDeadline: '2018-03-01',
  },
  {
    name: 'A6 a 2018 certificate keeps its own later deadline',
    facts: { region: R, issueDate: '2018-02-01', applicationDate: '2019-02-01' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    applicationDeadline: '2019-02-01',
  },
  {
    name: 'A6 … and closes the day after',
    facts: { region: R, issueDate: '2018-02-01', applicationDate: '2019-02-02' },
    eligible: false,
    amountFen: 0,
    reasons: ['APPLICATION_WINDOW_CLOSED'],
  },
  {
    name: 'A3 the extension does not reach 2016 certificates',
    facts: { region: R, issueDate: '2016-12-31', applicationDate: '2018-06-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['CERTIFICATE_TOO_EARLY'],
  },
  {
    name: 'A9 no uplift until a catalogue is loaded (焊工 is Jilin’s, not Heilongjiang’s)',
    facts: { region: R, occupation: '焊工', level: 3 },
    eligible: true,
    amountFen: 200_000,
    reasons: [],
  },
  { name: 'E1 2019: 12 months', facts: { region: R, months: 12, issueDate: '2019-05-01' }, eligible: true, amountFen: 150_000, reasons: [] },
  {
    name: 'A7 once per occupation × level',
    facts: { region: R, priorGrants: [{ occupation: '电工', level: 4 }] },
    eligible: false,
    amountFen: 0,
    reasons: ['ALREADY_GRANTED'],
  },
];

describe('Heilongjiang skills-upgrade subsidy (000 + E1)', () => {
  it.each(cases)('$name', (c) => {
    const { actual, expected } = compareSkillCase(c, (req) => evaluateSkillSubsidy(req));
    expect(actual).toEqual(expected);
  });

  it('explains the arrears rule with its document', () => {
    const r = evaluateSkillSubsidy({
      regionCode: R,
      applicationDate: '2018-09-01',
      applicant: { contributionMonths: 40, inArrears: true },
      certificate: { kind: 'skill_level', level: 4, occupation: '电工', issueDate: '2018-06-01' },
    });
    expect(r.policy?.id).toBe('hlj-2018-159');
    expect(r.checks.find((c) => c.rule === 'A2')?.message).toBe('存在欠费，但按黑人社办发〔2018〕159号不得以欠费限制申领');
  });
});

describe('Heilongjiang without the 2018 extension', () => {
  it('the same 2017 certificate applying on 2018-03-02 in Jilin is out of time', () => {
    const r = evaluateSkillSubsidy({
      regionCode: '220100',
      applicationDate: '2018-03-02',
      applicant: { contributionMonths: 40 },
      certificate: { kind: 'skill_level', level: 4, occupation: '电工', issueDate: '2017-03-01' },
    });
    expect(r.reasons).toEqual(['APPLICATION_WINDOW_CLOSED']);
    expect(r.applicationDeadline).toBe('2018-03-01');
  });
});
