import { flushPromises, mount } from '@vue/test-utils';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import type { PolicyInForce } from '../../api/policies';
import { fakePortalApi, info, setup } from '../../test-utils';
import ServiceView from './ServiceView.vue';

/** The Jilin skills-subsidy pack as the API serves it for 220100 (trimmed to what the guide reads). */
export const JILIN: PolicyInForce = {
  program: 'skill-subsidy',
  programName: '技能提升补贴',
  regionCode: '220100',
  date: '2026-11-23',
  basis: 'certificate_issue_date',
  id: 'jl-2017-67',
  source: '吉人社联字〔2017〕67号',
  ruleSetId: 'cn-skill-2017-40+cn-skill-2026-39+jl-2017-67',
  sources: ['人社部发〔2017〕40号', '人社部发〔2026〕39号', '吉人社联字〔2017〕67号'],
  packIds: ['national-skill-subsidy', 'jilin-skill-subsidy'],
  layers: [
    { id: 'cn-skill-2017-40', packId: 'national-skill-subsidy', regionCode: '000000', kind: 'baseline', documentNo: '人社部发〔2017〕40号', title: '基准', mark: 'confirmed', effectiveFrom: '2017-01-01', effectiveTo: null, notes: [] },
    { id: 'cn-skill-2026-39', packId: 'national-skill-subsidy', regionCode: '000000', kind: 'notice', documentNo: '人社部发〔2026〕39号', title: '2026年通知', mark: 'partial', effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31', notes: [] },
  ],
  params: {
    minContributionMonths: 12,
    arrearsRule: 'no_arrears',
    levelsCovered: [5, 4, 3],
    amountsFen: { '3': 200000, '4': 150000, '5': 100000 },
    shortage: { documentNo: '吉人社联字〔2017〕67号 附件3', occupations: ['焊工', '模具工'], amountsFen: { '3': 260000, '4': 195000, '5': 130000 }, upliftPct: null, capPct: null },
    applicationWindowMonths: 12,
    coveredStatuses: ['employed', 'receiving_benefit'],
    reviewWorkingDays: 5,
    noticeMinWorkingDays: 5,
    paymentWorkingDays: 7,
  },
  paramLayers: { minContributionMonths: 'cn-skill-2026-39', amountsFen: 'jl-2017-67', shortage: 'jl-2017-67', coveredStatuses: 'cn-skill-2026-39' },
  marks: { minContributionMonths: 'partial', amountsFen: 'confirmed', shortage: 'confirmed', coveredStatuses: 'unconfirmed' },
  parameterLabels: {},
  warnings: ['没有国家通知覆盖该日期，本决定适用基准规则'],
};

beforeEach(() => localStorage.clear());
// Vant's NavBar measures itself again 100–300 ms after mounting (safe-area insets); let those timers
// run while jsdom still exists instead of failing the run after the last test.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

async function mountService(program: string, enabled: string[], api = fakePortalApi()) {
  const ctx = setup(async () => info(enabled), api);
  await ctx.systemInfo.refresh();
  const wrapper = mount(ServiceView, { props: { program }, global: ctx.global });
  await flushPromises();
  return { ...ctx, wrapper };
}

describe('ServiceView', () => {
  it('builds the guide from the pack in force: amounts by level, shortage amounts, deadlines, documents', async () => {
    const api = fakePortalApi({ policies: async () => [JILIN] });
    const { wrapper } = await mountService('skill-subsidy', ['skill-subsidy'], api);
    expect(api.policies).toHaveBeenCalledWith('220100');
    const page = wrapper.find('[data-test="service-page"]');
    expect(page.find('h1').text()).toBe('技能提升补贴');
    expect(page.text()).toContain('办事指南');
    const level4 = wrapper.find('[data-test="amount-level-4"]').text();
    expect(level4).toContain('中级（四级）');
    expect(level4).toContain('1500元');
    expect(level4).toContain('1950元');
    expect(wrapper.find('[data-test="guide-shortage"]').text()).toContain('焊工、模具工');
    const deadlines = wrapper.find('[data-test="guide-deadlines"]').text();
    expect(deadlines).toContain('5个工作日内审核完毕');
    expect(deadlines).toContain('7个工作日内发放');
    expect(wrapper.find('[data-test="guide-documents"]').text()).toContain('人社部发〔2026〕39号');
    expect(wrapper.find('[data-test="guide-warnings"]').text()).toContain('适用基准规则');
  });

  it('draws the steps as an ordered list with the working-day limits in text', async () => {
    const { wrapper } = await mountService('skill-subsidy', ['skill-subsidy'], fakePortalApi({ policies: async () => [JILIN] }));
    const steps = wrapper.findAll('[data-test="flow-chart"] li').map((li) => li.text());
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('提交申请');
    expect(steps[1]).toContain('审核');
    expect(steps[1]).toContain('5个工作日内');
    expect(steps[2]).toContain('公示');
    expect(steps[3]).toContain('发放');
  });

  it('flags a parameter that is not confirmed next to it, and explains the mark', async () => {
    const { wrapper } = await mountService('skill-subsidy', ['skill-subsidy'], fakePortalApi({ policies: async () => [JILIN] }));
    const who = wrapper.find('[data-test="guide-who"]');
    const months = who.findAll('li').find((li) => li.text().includes('12个月'));
    expect(months?.find('[data-test="badge-partial"]').text()).toBe('部分核实');
    const covered = who.findAll('li').find((li) => li.text().includes('适用人群'));
    expect(covered?.find('[data-test="badge-unconfirmed"]').text()).toBe('未核实');
    // A confirmed amount carries no badge.
    expect(wrapper.find('[data-test="guide-amounts"] li [data-test^="badge-"]').exists()).toBe(false);
    const legend = wrapper.find('[data-test="guide-marks"]').text();
    expect(legend).toContain('还没有在文件原文中核对');
    expect(legend).toContain('暂未找到文件依据');
    expect(months?.find('[data-test="badge-partial"]').attributes('aria-describedby')).toBe('mark-help-partial');
  });

  it('says plainly when the region has no pack for the program', async () => {
    const { wrapper } = await mountService('skill-subsidy', ['skill-subsidy']);
    expect(wrapper.find('[data-test="guide-none"]').text()).toContain('本地区暂未配置此项政策');
    expect(wrapper.find('[data-test="guide"]').exists()).toBe(false);
  });

  it('shows a load failure with a retry that asks again', async () => {
    const policies = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(503, '系统维护中'))
      .mockResolvedValueOnce([JILIN]);
    const { wrapper } = await mountService('skill-subsidy', ['skill-subsidy'], fakePortalApi({ policies }));
    expect(wrapper.find('[data-test="guide-error"]').text()).toContain('系统维护中');
    await wrapper.find('[data-test="guide-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="amount-level-4"]').exists()).toBe(true);
  });

  it('follows the region the visitor picks and remembers it', async () => {
    const api = fakePortalApi({ policies: async () => [] });
    const { wrapper } = await mountService('skill-subsidy', ['skill-subsidy'], api);
    expect(wrapper.find('[data-test="region-current"]').text()).toContain('默认地区');
    await wrapper.find('[data-test="region-province"]').setValue('230000');
    await wrapper.find('[data-test="region-city"]').setValue('230100');
    await flushPromises();
    expect(api.policies).toHaveBeenLastCalledWith('230100');
    expect(localStorage.getItem('huimin.portal.region')).toBe('230100');
    expect(wrapper.find('[data-test="region-current"]').text()).toContain('黑龙江省 哈尔滨市');
    expect(wrapper.find('[data-test="region-current"]').text()).not.toContain('默认地区');
  });

  it('does not show a service the deployment has off', async () => {
    const { wrapper } = await mountService('job-stabilization', ['skill-subsidy']);
    expect(wrapper.find('[data-test="service-page"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('本地区暂未开通此项服务');
    expect(wrapper.text()).not.toContain('稳岗返还');
  });

  it('does not show an unknown program', async () => {
    const { wrapper } = await mountService('pension', ['skill-subsidy']);
    expect(wrapper.find('[data-test="service-page"]').exists()).toBe(false);
  });
});
