import { describe, expect, it } from 'vitest';
import type { PolicyInForce } from '../../api';
import { formatParameter, formatPeriod, parameterRows } from './format';
import { regionGroupsFor } from './regions';

describe('formatParameter', () => {
  it('shows fen as yuan by level, highest level number (初级) first', () => {
    expect(formatParameter('amountsFen', { '3': 200000, '4': 150000, '5': 100000 })).toBe(
      '初级（五级）1,000.00元；中级（四级）1,500.00元；高级（三级）2,000.00元',
    );
    expect(formatParameter('monthlyStandardFen', 198900)).toBe('1,989.00元');
  });

  it('says months, working days, percentages and counts in words', () => {
    expect(formatParameter('minContributionMonths', 12)).toBe('12个月');
    expect(formatParameter('reviewWorkingDays', 5)).toBe('5个工作日');
    expect(formatParameter('claimDeadlineDays', 60)).toBe('60日');
    expect(formatParameter('refundPctSme', 60)).toBe('60%');
    expect(formatParameter('yearlyLimit', 1)).toBe('1次');
  });

  it('turns lists and codes into Chinese', () => {
    expect(formatParameter('levelsCovered', [5, 4, 3])).toBe('初级（五级）、中级（四级）、高级（三级）');
    expect(formatParameter('coveredStatuses', ['employed', 'receiving_benefit'])).toBe('在职参保职工、领取失业保险金人员');
    expect(formatParameter('approvalSteps', ['handler', 'reviewer', 'head'])).toBe('经办人 → 复核人 → 负责人');
    expect(formatParameter('arrearsRule', 'no_arrears')).toBe('不得欠缴失业保险费');
    expect(formatParameter('oncePerOccupationLevel', true)).toBe('是');
    expect(formatParameter('windowExtension', null)).toBe('无');
  });

  it('describes the shortage catalogue with its document, occupations and amounts', () => {
    const text = formatParameter('shortage', {
      documentNo: '吉人社联字〔2017〕67号 附件3',
      occupations: ['焊工', '模具工'],
      amountsFen: { '3': 260000, '4': 195000, '5': 130000 },
      upliftPct: null,
      capPct: null,
    });
    expect(text).toContain('吉人社联字〔2017〕67号 附件3');
    expect(text).toContain('2个职业（焊工、模具工）');
    expect(text).toContain('中级（四级）1,950.00元');
    expect(formatParameter('shortage', { documentNo: 'X', occupations: [], amountsFen: null, upliftPct: null, capPct: 20 })).toContain(
      '目录中的职业尚未载入；提高幅度不超过20%',
    );
  });

  it('words the stabilization tests', () => {
    expect(formatParameter('layoffTestSme', { kind: 'national_target', thresholdPct: 5.5 })).toContain('5.5%');
    expect(formatParameter('layoffTestLarge', { kind: 'registered_rate' })).toContain('登记失业率');
  });
});

describe('parameterRows', () => {
  const policy = {
    layers: [{ id: 'cn-2026', documentNo: '人社部发〔2026〕39号' }],
    params: { minContributionMonths: 12, amountsFen: { '4': 150000 }, extra: 'x' },
    marks: { minContributionMonths: 'partial', amountsFen: 'confirmed' },
    parameterLabels: { amountsFen: '补贴标准', minContributionMonths: '累计缴费月数', missing: '不在参数中' },
  } as unknown as PolicyInForce;

  it('keeps the label order, skips labels without a value, and treats an unmarked parameter as unconfirmed', () => {
    const rows = parameterRows(policy);
    expect(rows.map((r) => r.key)).toEqual(['amountsFen', 'minContributionMonths', 'extra']);
    expect(rows[1]).toMatchObject({ label: '累计缴费月数', value: '12个月', mark: 'partial', sourceDocument: null });
    expect(rows[2]).toMatchObject({ label: 'extra', mark: 'unconfirmed' });
  });

  it('names the source document when the API says which layer set the value', () => {
    const rows = parameterRows({ ...policy, paramLayers: { minContributionMonths: 'cn-2026' } });
    expect(rows.find((r) => r.key === 'minContributionMonths')?.sourceDocument).toBe('人社部发〔2026〕39号');
  });
});

describe('formatPeriod and regionGroupsFor', () => {
  it('words open-ended and closed periods', () => {
    expect(formatPeriod('2017-01-01', null)).toBe('2017-01-01 起长期有效');
    expect(formatPeriod('2026-01-01', '2026-12-31')).toBe('2026-01-01 至 2026-12-31');
  });

  it('lets a city user see only their city, a province admin the province and its cities, a national user all', () => {
    expect(regionGroupsFor('220100').flatMap((g) => g.options.map((o) => o.code))).toEqual(['220100']);
    const province = regionGroupsFor('220000').flatMap((g) => g.options.map((o) => o.code));
    expect(province[0]).toBe('220000');
    expect(province).toContain('222400');
    expect(province.every((c) => c.startsWith('22'))).toBe(true);
    const national = regionGroupsFor('000000');
    expect(national.length).toBeGreaterThanOrEqual(31);
    expect(national.flatMap((g) => g.options.map((o) => o.code))).toContain('371500');
  });
});
