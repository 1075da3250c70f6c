import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.js';

// The public calculator through HTTP (API.md "Evaluation"; POLICY.md A, B, C, E). The rule tables themselves
// are tested in @huimin/domain; these tests hold the wire shapes, the reason codes and the Chinese messages.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

interface Evaluation {
  eligible: boolean;
  amountFen: number;
  applicationDeadline?: string | null;
  policy: { id: string; source: string; basis: string } | null;
  checks: { rule: string; passed: boolean; message: string }[];
  reasons: string[];
  warnings: string[];
}

const skill = (body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/evaluations/skill-upgrade-subsidy', payload: body as object });

const jilin2018 = {
  regionCode: '220100',
  applicationDate: '2018-03-01',
  applicant: { contributionMonths: 40, inArrears: false, deepPovertyArea: false },
  certificate: { kind: 'vocational_qualification', level: 4, occupation: '焊工', issueDate: '2017-06-01' },
  priorGrants: [{ occupation: '焊工', level: 5 }],
};

describe('skills-upgrade subsidy calculator', () => {
  it('answers the API.md example exactly', async () => {
    const res = await skill(jilin2018);
    expect(res.statusCode).toBe(200);
    const body = res.json<Evaluation>();
    expect(body).toMatchObject({
      eligible: true,
      amountFen: 195000, // A9: Jilin shortage occupation, level 4 → 1950 yuan
      applicationDeadline: '2018-06-01', // A6: 12 months from issue
      policy: { id: 'jl-2017-67', source: '吉人社联字〔2017〕67号', basis: 'certificate_issue_date' },
      reasons: [],
    });
    expect(body.checks.find((c) => c.rule === 'A1')?.message).toBe('累计缴纳失业保险费40个月，满足36个月要求');
  });

  it('refuses 35 months with the numbers in Chinese (A1 boundary)', async () => {
    const body = (await skill({ ...jilin2018, applicant: { contributionMonths: 35 } })).json<Evaluation>();
    expect(body.eligible).toBe(false);
    expect(body.amountFen).toBe(0);
    expect(body.reasons).toEqual(['CONTRIBUTION_MONTHS_SHORT']);
    expect(body.checks.find((c) => c.rule === 'A1')).toMatchObject({ passed: false });
    expect(body.checks.find((c) => c.rule === 'A1')?.message).toContain('35个月');
    expect(body.checks.find((c) => c.rule === 'A1')?.message).toContain('36个月');
  });

  it('lists every failed reason, not just the first', async () => {
    const body = (
      await skill({
        regionCode: '220100',
        applicationDate: '2018-03-01',
        applicant: { contributionMonths: 20, inArrears: true },
        certificate: { kind: 'skill_level', level: 2, occupation: '电工', issueDate: '2016-12-31' },
        priorGrants: [],
      })
    ).json<Evaluation>();
    expect(body.eligible).toBe(false);
    expect(body.reasons).toEqual(
      expect.arrayContaining([
        'CONTRIBUTION_MONTHS_SHORT',
        'CONTRIBUTION_ARREARS',
        'CERTIFICATE_TOO_EARLY',
        'LEVEL_NOT_COVERED',
        'APPLICATION_WINDOW_CLOSED',
      ]),
    );
  });

  it('decides a 2025 certificate by the 2025 notice: 12 months suffice (E1)', async () => {
    const body = (
      await skill({
        regionCode: '220100',
        applicationDate: '2025-06-01',
        applicant: { contributionMonths: 14 },
        certificate: { kind: 'skill_level', level: 4, occupation: '电工', issueDate: '2025-05-01' },
      })
    ).json<Evaluation>();
    expect(body.eligible).toBe(true);
    expect(body.amountFen).toBe(150000);
    expect(body.policy?.basis).toBe('certificate_issue_date');
  });

  it('covers people receiving the benefit from 2022 only (E1 STATUS_NOT_COVERED)', async () => {
    const base = {
      regionCode: '220100',
      applicant: { contributionMonths: 24, status: 'receiving_benefit' },
    };
    const in2021 = await skill({
      ...base,
      applicationDate: '2021-12-01',
      certificate: { kind: 'skill_level', level: 5, occupation: '育婴员', issueDate: '2021-11-30' },
    });
    const in2022 = await skill({
      ...base,
      applicationDate: '2022-02-01',
      certificate: { kind: 'skill_level', level: 5, occupation: '育婴员', issueDate: '2022-01-10' },
    });
    expect(in2021.json<Evaluation>().reasons).toContain('STATUS_NOT_COVERED');
    expect(in2022.json<Evaluation>()).toMatchObject({ eligible: true, amountFen: 100000 });
  });

  it('falls back to the 2017 baseline with a warning past the last known notice (2027)', async () => {
    const body = (
      await skill({
        regionCode: '220100',
        applicationDate: '2027-02-01',
        applicant: { contributionMonths: 14 },
        certificate: { kind: 'skill_level', level: 4, occupation: '电工', issueDate: '2027-01-10' },
      })
    ).json<Evaluation>();
    expect(body.eligible).toBe(false);
    expect(body.reasons).toEqual(['CONTRIBUTION_MONTHS_SHORT']);
    expect(body.warnings.join('\n')).toMatch(/基准|2017/);
  });

  it('answers 400 naming each bad field', async () => {
    const res = await skill({
      regionCode: '22',
      applicationDate: '2018-02-30',
      applicant: { contributionMonths: -1 },
      certificate: { kind: 'diploma', level: 'x', occupation: '焊工', issueDate: '2017-06-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = res.json<{ errors: { path: string; message: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'regionCode',
        'applicationDate',
        'applicant.contributionMonths',
        'certificate.kind',
        'certificate.level',
      ]),
    );
  });

  it('says REGION_NOT_COVERED for a region without a policy', async () => {
    const body = (await skill({ ...jilin2018, regionCode: '990100' })).json<Evaluation>();
    expect(body.eligible).toBe(false);
    expect(body.reasons).toContain('REGION_NOT_COVERED');
  });
});

describe('unemployment benefit calculator', () => {
  it('answers the API.md example with duration, amount and retirement date', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/evaluations/unemployment-benefit',
      payload: {
        regionCode: '371500',
        applicationDate: '2024-03-01',
        applicant: {
          birthDate: '1980-05-01',
          sex: 'male',
          contributionMonths: 70,
          separationDate: '2024-02-10',
          separationReason: 'involuntary',
          receivingPension: false,
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Evaluation & Record<string, unknown>>();
    expect(body).toMatchObject({
      eligible: true,
      durationMonths: 18, // C4: 5–10 years → 18 months (national table for Shandong, E3)
      extendedToRetirement: false,
      reasons: [],
    });
    // E4: a man born 1980-05 retires at 63 (delay capped at 36 months) → 2043-05.
    expect(String(body.legalRetirementDate)).toMatch(/^2043-05/);
    expect(body.monthlyAmountFen).toBeGreaterThan(0);
    // Liaocheng's standard is unconfirmed: the answer must say so (E3).
    expect(body.warnings.length).toBeGreaterThan(0);
  });

  it('refuses a voluntary quit with less than a year of contributions, listing both', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/evaluations/unemployment-benefit',
      payload: {
        regionCode: '371500',
        applicationDate: '2024-03-01',
        applicant: {
          birthDate: '1990-05-01',
          sex: 'female',
          femaleRetirementAge: 55,
          contributionMonths: 11,
          separationDate: '2024-02-10',
          separationReason: 'voluntary',
          receivingPension: false,
        },
      },
    });
    const body = res.json<Evaluation>();
    expect(body.eligible).toBe(false);
    expect(body.reasons).toEqual(expect.arrayContaining(['CONTRIBUTION_TOO_SHORT', 'VOLUNTARY_SEPARATION']));
  });
});

describe('job-stabilization calculator', () => {
  const payload = {
    regionCode: '371500',
    year: 2020,
    enterprise: {
      size: 'sme',
      insuredHeadcountStartOfYear: 120,
      layoffs: 2,
      contributionsLastYearFen: 48000000,
      inArrears: false,
      dishonest: false,
      zombie: false,
    },
    region: { fundBalanceFen: 900000000000, annualPayoutFen: 600000000000, registeredUnemploymentRatePct: 3.5 },
  };

  it('refunds an eligible SME a share of last year’s contributions', async () => {
    const body = (
      await t.app.inject({ method: 'POST', url: '/api/v1/evaluations/job-stabilization', payload })
    ).json<Evaluation>();
    expect(body.eligible).toBe(true);
    expect(body.amountFen).toBeGreaterThan(0);
    expect(body.amountFen).toBeLessThanOrEqual(48000000);
  });

  it('lists every exclusion (B1, B2)', async () => {
    const body = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/evaluations/job-stabilization',
        payload: {
          ...payload,
          enterprise: { ...payload.enterprise, inArrears: true, dishonest: true, zombie: true },
          region: { ...payload.region, fundBalanceFen: 100 },
        },
      })
    ).json<Evaluation>();
    expect(body.amountFen).toBe(0);
    expect(body.reasons).toEqual(
      expect.arrayContaining(['REGION_FUND_INSUFFICIENT', 'CONTRIBUTION_ARREARS', 'DISHONEST_ENTITY', 'ZOMBIE_ENTERPRISE']),
    );
  });
});

describe('policies in force', () => {
  it('lists the packs of a region on a date with sources and marks', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/policies?regionCode=220100&date=2018-03-01' });
    expect(res.statusCode).toBe(200);
    const list = res.json<{ program: string; id: string; source: string; marks: Record<string, string> }[]>();
    const skillPack = list.find((p) => p.program === 'skill-subsidy');
    expect(skillPack).toMatchObject({ id: 'jl-2017-67', source: '吉人社联字〔2017〕67号' });
    expect(Object.values(skillPack!.marks).every((m) => ['confirmed', 'partial', 'unconfirmed'].includes(m))).toBe(true);
  });

  it('validates its query', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/policies?regionCode=abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('regionCode');
  });
});

describe('a program that is off has no routes', () => {
  it('answers 404 for the calculator of a program the deployment turned off', async () => {
    const only = await startTestApp({ HUIMIN_PROGRAMS: 'skill-subsidy' });
    try {
      const off = await only.app.inject({ method: 'POST', url: '/api/v1/evaluations/unemployment-benefit', payload: {} });
      expect(off.statusCode).toBe(404);
      const on = await only.app.inject({ method: 'POST', url: '/api/v1/evaluations/skill-upgrade-subsidy', payload: jilin2018 });
      expect(on.statusCode).toBe(200);
      const info = await only.app.inject({ method: 'GET', url: '/api/v1/system/info' });
      expect(info.json<{ programs: string[] }>().programs).toEqual(['skill-subsidy']);
      const policies = await only.app.inject({ method: 'GET', url: '/api/v1/policies?regionCode=371500&date=2024-03-01' });
      expect(policies.json<{ program: string }[]>().map((p) => p.program)).toEqual([]);
    } finally {
      await only.close();
    }
  });
});
