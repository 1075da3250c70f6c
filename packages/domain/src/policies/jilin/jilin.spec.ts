import { describe, expect, it } from 'vitest';
import { evaluateSkillSubsidy } from '../../engine/index.js';
import { compareSkillCase, type SkillCase } from '../../engine/testing.js';

/**
 * Jilin (吉人社联字〔2017〕67号, POLICY.md A1–A10) and the national rule sets it inherits (E1), as data.
 * Region 220100 (长春市) inherits the province's pack. Defaults: 40 months, 中级 电工, issued 2017-06-01,
 * applied the same day.
 */
const cases: SkillCase[] = [
  // A1
  { name: 'A1 40 months', facts: {}, eligible: true, amountFen: 150_000, reasons: [], noWarnings: true },
  { name: 'A1 35 months: short', facts: { months: 35 }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_MONTHS_SHORT'] },
  { name: 'A1 36 months: enough (含36)', facts: { months: 36 }, eligible: true, amountFen: 150_000, reasons: [] },
  {
    name: 'A1 deep-poverty flag does not lower Jilin’s 36 in 2017',
    facts: { months: 12, deepPovertyArea: true },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT'],
  },
  // A2
  { name: 'A2 arrears refused in Jilin', facts: { inArrears: true }, eligible: false, amountFen: 0, reasons: ['CONTRIBUTION_ARREARS'] },
  // A3
  {
    name: 'A3 certificate of 2016-12-31: too early',
    facts: { issueDate: '2016-12-31', applicationDate: '2017-03-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['CERTIFICATE_TOO_EARLY'],
  },
  {
    name: 'A3 certificate of 2017-01-01: in',
    facts: { issueDate: '2017-01-01', applicationDate: '2017-03-01' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  // A4 / A8
  { name: 'A8 level 5: 1000', facts: { level: 5 }, eligible: true, amountFen: 100_000, reasons: [] },
  { name: 'A8 level 4: 1500', facts: { level: 4 }, eligible: true, amountFen: 150_000, reasons: [] },
  { name: 'A8 level 3: 2000', facts: { level: 3 }, eligible: true, amountFen: 200_000, reasons: [] },
  { name: 'A4 level 2 (技师) not covered', facts: { level: 2 }, eligible: false, amountFen: 0, reasons: ['LEVEL_NOT_COVERED'] },
  { name: 'A4 level 1 (高级技师) not covered', facts: { level: 1 }, eligible: false, amountFen: 0, reasons: ['LEVEL_NOT_COVERED'] },
  // A9 Jilin's catalogue
  { name: 'A9 焊工 level 5: 1300', facts: { occupation: '焊工', level: 5 }, eligible: true, amountFen: 130_000, reasons: [] },
  { name: 'A9 焊工 level 4: 1950', facts: { occupation: '焊工', level: 4 }, eligible: true, amountFen: 195_000, reasons: [] },
  { name: 'A9 模具工 level 3: 2600', facts: { occupation: '模具工', level: 3 }, eligible: true, amountFen: 260_000, reasons: [] },
  {
    name: 'A9 多工序数控机床操作调整工 level 4: 1950',
    facts: { occupation: '多工序数控机床操作调整工', level: 4 },
    eligible: true,
    amountFen: 195_000,
    reasons: [],
  },
  { name: 'A9 焊工 level 2: still not covered', facts: { occupation: '焊工', level: 2 }, eligible: false, amountFen: 0, reasons: ['LEVEL_NOT_COVERED'] },
  // A6 window: 12 months from issue, both sides
  {
    name: 'A6 last day of the window',
    facts: { issueDate: '2017-06-01', applicationDate: '2018-06-01' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    applicationDeadline: '2018-06-01',
  },
  {
    name: 'A6 the day after the window',
    facts: { issueDate: '2017-06-01', applicationDate: '2018-06-02' },
    eligible: false,
    amountFen: 0,
    reasons: ['APPLICATION_WINDOW_CLOSED'],
    applicationDeadline: '2018-06-01',
  },
  // A7
  {
    name: 'API example: 焊工 level 4 after a level-5 grant',
    facts: { occupation: '焊工', level: 4, applicationDate: '2018-03-01', priorGrants: [{ occupation: '焊工', level: 5 }] },
    eligible: true,
    amountFen: 195_000,
    reasons: [],
    applicationDeadline: '2018-06-01',
  },
  {
    name: 'A7 same occupation, same level: already granted',
    facts: { priorGrants: [{ occupation: '电工', level: 4 }] },
    eligible: false,
    amountFen: 0,
    reasons: ['ALREADY_GRANTED'],
  },
  {
    name: 'A7 other occupation, same level: fine',
    facts: { priorGrants: [{ occupation: '焊工', level: 4 }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: '2017: a lower level after a higher grant is not barred yet',
    facts: { level: 4, priorGrants: [{ occupation: '电工', level: 3 }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  // Every failed check is reported, not just the first.
  {
    name: 'all failures at once',
    facts: { months: 20, inArrears: true, level: 2, issueDate: '2017-06-01', applicationDate: '2018-07-01', status: 'receiving_benefit' },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT', 'CONTRIBUTION_ARREARS', 'LEVEL_NOT_COVERED', 'APPLICATION_WINDOW_CLOSED', 'STATUS_NOT_COVERED'],
  },
  // E1 timeline (basis: certificate issue date), boundaries on 31 December / 1 January
  {
    name: 'E1 2018-12-31 certificate: baseline 36 months',
    facts: { months: 12, issueDate: '2018-12-31', applicationDate: '2019-01-05' },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT'],
  },
  {
    name: 'E1 2019-01-01 certificate: 12 months',
    facts: { months: 12, issueDate: '2019-01-01', applicationDate: '2019-01-05' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    warning: /国发〔2018〕39号.*部分确认/,
  },
  {
    name: 'E1 2019: 11 months short',
    facts: { months: 11, issueDate: '2019-06-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT'],
  },
  { name: 'E1 2020-12-31: 12 months', facts: { months: 12, issueDate: '2020-12-31' }, eligible: true, amountFen: 150_000, reasons: [] },
  { name: 'E1 2021-01-01: 12 months', facts: { months: 12, issueDate: '2021-01-01' }, eligible: true, amountFen: 150_000, reasons: [] },
  {
    name: 'E1 2021-12-31: benefit recipient not covered',
    facts: { months: 12, issueDate: '2021-12-31', status: 'receiving_benefit' },
    eligible: false,
    amountFen: 0,
    reasons: ['STATUS_NOT_COVERED'],
  },
  {
    name: 'E1 2022-01-01: benefit recipient covered',
    facts: { months: 12, issueDate: '2022-01-01', status: 'receiving_benefit' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'E1 2022: three grants this year → limit reached',
    facts: {
      months: 12,
      issueDate: '2022-10-01',
      applicationDate: '2022-11-01',
      priorGrants: [
        { occupation: '焊工', level: 5, grantedOn: '2022-02-01' },
        { occupation: '钳工', level: 5, grantedOn: '2022-05-01' },
        { occupation: '车工', level: 5, grantedOn: '2022-08-01' },
      ],
    },
    eligible: false,
    amountFen: 0,
    reasons: ['YEARLY_LIMIT_REACHED'],
  },
  {
    name: 'E1 2022: three grants across two years → fine',
    facts: {
      months: 12,
      issueDate: '2022-10-01',
      applicationDate: '2022-11-01',
      priorGrants: [
        { occupation: '焊工', level: 5, grantedOn: '2021-12-31' },
        { occupation: '钳工', level: 5, grantedOn: '2022-05-01' },
        { occupation: '车工', level: 5, grantedOn: '2022-08-01' },
      ],
    },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'E1 2022: lower level after a higher grant still allowed',
    facts: { months: 12, issueDate: '2022-06-01', priorGrants: [{ occupation: '电工', level: 3, grantedOn: '2021-03-01' }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'E1 2023: lower level after a higher grant barred',
    facts: { months: 12, issueDate: '2023-06-01', priorGrants: [{ occupation: '电工', level: 3, grantedOn: '2022-03-01' }] },
    eligible: false,
    amountFen: 0,
    reasons: ['LOWER_LEVEL_AFTER_HIGHER'],
  },
  {
    name: 'E1 2023: a higher grant of another occupation does not bar',
    facts: { months: 12, issueDate: '2023-06-01', priorGrants: [{ occupation: '焊工', level: 3, grantedOn: '2022-03-01' }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'E1 2024: holding (not paid for) a higher level does not bar',
    facts: { months: 12, issueDate: '2024-06-01', heldCertificates: [{ occupation: '电工', level: 3 }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    noWarnings: true,
  },
  {
    name: 'E1 2024: having been paid for a higher level bars',
    facts: { months: 12, issueDate: '2024-06-01', priorGrants: [{ occupation: '电工', level: 3, grantedOn: '2023-02-01' }] },
    eligible: false,
    amountFen: 0,
    reasons: ['LOWER_LEVEL_AFTER_HIGHER'],
  },
  {
    name: 'E1 2024: higher level number (5) after 4 is not "lower after higher"',
    facts: { months: 12, level: 3, issueDate: '2024-06-01', priorGrants: [{ occupation: '电工', level: 4, grantedOn: '2023-02-01' }] },
    eligible: true,
    amountFen: 200_000,
    reasons: [],
  },
  {
    name: 'E1 2025: holding a higher level bars',
    facts: { months: 12, issueDate: '2025-06-01', heldCertificates: [{ occupation: '电工', level: 3 }] },
    eligible: false,
    amountFen: 0,
    reasons: ['LOWER_LEVEL_AFTER_HIGHER'],
    warning: /人社部发〔2025〕18号.*部分确认/,
  },
  {
    name: 'E1 2025: having been paid for a higher level bars',
    facts: { months: 12, issueDate: '2025-06-01', priorGrants: [{ occupation: '电工', level: 3, grantedOn: '2023-02-01' }] },
    eligible: false,
    amountFen: 0,
    reasons: ['LOWER_LEVEL_AFTER_HIGHER'],
  },
  {
    name: 'E1 2024-12-31 certificate: 3 a year, one grant this year → fine',
    facts: { months: 12, issueDate: '2024-12-31', applicationDate: '2025-02-01', priorGrants: [{ occupation: '焊工', level: 5, grantedOn: '2025-01-15' }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'E1 2025-01-01 certificate: 1 a year, one grant this year → limit reached',
    facts: { months: 12, issueDate: '2025-01-01', applicationDate: '2025-02-01', priorGrants: [{ occupation: '焊工', level: 5, grantedOn: '2025-01-15' }] },
    eligible: false,
    amountFen: 0,
    reasons: ['YEARLY_LIMIT_REACHED'],
  },
  {
    name: 'E1 2025: last year’s grant does not count',
    facts: { months: 12, issueDate: '2025-03-01', priorGrants: [{ occupation: '焊工', level: 5, grantedOn: '2024-12-31' }] },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
  },
  {
    name: 'E1 2025: shortage amounts still Jilin’s',
    facts: { months: 12, occupation: '焊工', level: 3, issueDate: '2025-03-01' },
    eligible: true,
    amountFen: 260_000,
    reasons: [],
  },
  {
    name: 'E1 2026-12-31: 12 months, with the unconfirmed-scope warning',
    facts: { months: 12, issueDate: '2026-12-31' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    warning: /收窄证书范围.*未确认/,
  },
  {
    name: 'E1 2027-01-01: no notice → baseline 36 months, with a warning',
    facts: { months: 12, issueDate: '2027-01-01' },
    eligible: false,
    amountFen: 0,
    reasons: ['CONTRIBUTION_MONTHS_SHORT'],
    warning: /没有国家通知覆盖该日期.*基准规则人社部发〔2017〕40号/,
  },
  {
    name: 'E1 2027: baseline 36 months met, benefit recipient not covered again',
    facts: { months: 36, issueDate: '2027-03-01', status: 'receiving_benefit' },
    eligible: false,
    amountFen: 0,
    reasons: ['STATUS_NOT_COVERED'],
    warning: /没有国家通知覆盖该日期/,
  },
  {
    name: 'E1 2027: baseline, eligible, still warned',
    facts: { months: 36, issueDate: '2027-03-01' },
    eligible: true,
    amountFen: 150_000,
    reasons: [],
    warning: /没有国家通知覆盖该日期/,
  },
];

describe('Jilin skills-upgrade subsidy (002 + E1)', () => {
  it.each(cases)('$name', (c) => {
    const { actual, expected } = compareSkillCase(c, (req) => evaluateSkillSubsidy(req));
    expect(actual).toEqual(expected);
  });

  it('reports the rule set as API.md shows it', () => {
    const r = evaluateSkillSubsidy({
      regionCode: '220100',
      applicationDate: '2018-03-01',
      applicant: { contributionMonths: 40, inArrears: false, deepPovertyArea: false },
      certificate: { kind: 'vocational_qualification', level: 4, occupation: '焊工', issueDate: '2017-06-01' },
      priorGrants: [{ occupation: '焊工', level: 5 }],
    });
    expect(r).toMatchObject({
      eligible: true,
      amountFen: 195000,
      applicationDeadline: '2018-06-01',
      policy: { id: 'jl-2017-67', source: '吉人社联字〔2017〕67号', basis: 'certificate_issue_date', basisDate: '2017-06-01' },
      reasons: [],
      warnings: [],
    });
    expect(r.checks[0]).toEqual({ rule: 'A1', passed: true, message: '累计缴纳失业保险费40个月，满足36个月要求', code: undefined });
    expect(r.checks.find((c) => c.rule === 'A9')!.message).toContain('1950元');
  });

  it('names the Jilin 2024 layer and the national notice in the rule set', () => {
    const r = evaluateSkillSubsidy({
      regionCode: '220200',
      applicationDate: '2024-07-01',
      applicant: { contributionMonths: 12 },
      certificate: { kind: 'skill_level', level: 5, occupation: '焊工', issueDate: '2024-06-01' },
    });
    expect(r.policy?.id).toBe('jl-2024-43');
    expect(r.policy?.ruleSetId).toBe('cn-skill-2017-40+cn-skill-2024-40+jl-2017-67+jl-2024-43');
    expect(r.amountFen).toBe(130_000);
  });

  it('says in Chinese, with the numbers, why a case fails', () => {
    const r = evaluateSkillSubsidy({
      regionCode: '220100',
      applicationDate: '2017-08-01',
      applicant: { contributionMonths: 35 },
      certificate: { kind: 'skill_level', level: 4, occupation: '电工', issueDate: '2017-06-01' },
    });
    expect(r.checks.find((c) => c.rule === 'A1')).toEqual({
      rule: 'A1',
      passed: false,
      message: '累计缴纳失业保险费35个月，不足36个月',
      code: 'CONTRIBUTION_MONTHS_SHORT',
    });
  });
});
