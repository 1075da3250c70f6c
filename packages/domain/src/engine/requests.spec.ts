import { describe, expect, it } from 'vitest';
import {
  jobStabilizationEvaluationRequestSchema,
  skillSubsidyEvaluationRequestSchema,
  unemploymentBenefitEvaluationRequestSchema,
} from './requests.js';

describe('request schemas (API.md "Evaluation")', () => {
  it('fills API.md defaults', () => {
    const r = skillSubsidyEvaluationRequestSchema.parse({
      regionCode: '220100',
      applicationDate: '2018-03-01',
      applicant: { contributionMonths: 40 },
      certificate: { kind: 'vocational_qualification', level: 4, occupation: '焊工', issueDate: '2017-06-01' },
    });
    expect(r.applicant).toEqual({ contributionMonths: 40, inArrears: false, deepPovertyArea: false, status: 'employed' });
    expect(r.priorGrants).toEqual([]);
    expect(r.heldCertificates).toEqual([]);
  });

  it('reports every bad field with a Chinese message', () => {
    const r = skillSubsidyEvaluationRequestSchema.safeParse({
      regionCode: '22010',
      applicationDate: '2018-02-30',
      applicant: { contributionMonths: -1 },
      certificate: { kind: 'diploma', level: 6, occupation: '', issueDate: '2017-06-01' },
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(
      ['applicant.contributionMonths', 'applicationDate', 'certificate.kind', 'certificate.level', 'certificate.occupation', 'regionCode'].sort(),
    );
    for (const i of r.error!.issues) expect(i.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses an application before the certificate', () => {
    const r = skillSubsidyEvaluationRequestSchema.safeParse({
      regionCode: '220100',
      applicationDate: '2017-05-01',
      applicant: { contributionMonths: 40 },
      certificate: { kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2017-06-01' },
    });
    expect(r.error?.issues[0]).toMatchObject({ path: ['applicationDate'], message: '申请日期不能早于证书核发日期' });
  });

  it('needs a woman’s original retirement age', () => {
    const r = unemploymentBenefitEvaluationRequestSchema.safeParse({
      regionCode: '371500',
      applicationDate: '2024-03-01',
      applicant: { birthDate: '1980-05-01', sex: 'female', contributionMonths: 70, separationDate: '2024-02-10', separationReason: 'involuntary' },
    });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['applicant.femaleRetirementAge']);
  });

  it('parses the API.md refund example', () => {
    const r = jobStabilizationEvaluationRequestSchema.parse({
      regionCode: '371500',
      year: 2020,
      enterprise: { size: 'sme', insuredHeadcountStartOfYear: 120, layoffs: 2, contributionsLastYearFen: 48000000, inArrears: false, dishonest: false, zombie: false },
      region: { fundBalanceFen: 900000000000, annualPayoutFen: 600000000000, registeredUnemploymentRatePct: 3.5 },
    });
    expect(r.enterprise.entityType).toBe('enterprise');
  });
});
