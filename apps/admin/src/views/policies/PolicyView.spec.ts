import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type PolicyInForce } from '../../api';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import PolicyView from './PolicyView.vue';

beforeEach(() => sessionStorage.clear());

const POLICY: PolicyInForce = {
  program: 'skill-subsidy',
  programName: '技能提升补贴',
  regionCode: '220100',
  date: '2027-03-01',
  basis: 'certificate_issue_date',
  id: 'jl-2017-67',
  source: '吉人社联字〔2017〕67号',
  ruleSetId: 'cn-skill-2017-40+jl-2017-67',
  sources: ['人社部发〔2017〕40号', '吉人社联字〔2017〕67号'],
  packIds: ['national-skill-subsidy', 'jilin-skill-subsidy'],
  layers: [
    { id: 'cn-skill-2017-40', packId: 'national-skill-subsidy', regionCode: '000000', kind: 'baseline', documentNo: '人社部发〔2017〕40号', title: '基准通知', mark: 'confirmed', effectiveFrom: '2017-01-01', effectiveTo: null, notes: ['说明一'] },
    { id: 'jl-2017-67', packId: 'jilin-skill-subsidy', regionCode: '220000', kind: 'provincial', documentNo: '吉人社联字〔2017〕67号', title: '吉林通知', mark: 'confirmed', effectiveFrom: '2017-01-01', effectiveTo: null, notes: [] },
  ],
  params: { minContributionMonths: 36, amountsFen: { '3': 200000, '4': 150000, '5': 100000 }, reviewWorkingDays: 5 },
  paramLayers: { minContributionMonths: 'cn-skill-2017-40', amountsFen: 'jl-2017-67', reviewWorkingDays: 'jl-2017-67' },
  marks: { minContributionMonths: 'confirmed', amountsFen: 'partial', reviewWorkingDays: 'unconfirmed' },
  parameterLabels: { minContributionMonths: '累计缴费月数', amountsFen: '补贴标准', reviewWorkingDays: '审核时限（工作日）' },
  warnings: ['没有国家通知覆盖该日期：本决定适用基准规则人社部发〔2017〕40号'],
};

async function mountPolicies(api = fakeApi(), regionCode = '220100') {
  const ctx = setup(api);
  ctx.session.signIn('t', { ...HANDLER, regionCode });
  await ctx.router.push('/policies');
  const wrapper = mount(PolicyView, { global: ctx.global });
  await flushPromises();
  return { ...ctx, wrapper };
}

describe('PolicyView', () => {
  it('asks for the user’s region and today, and shows warnings, documents, layers and marked parameters', async () => {
    const api = fakeApi({ policies: async () => [POLICY] });
    const { wrapper } = await mountPolicies(api);
    const [region, date] = api.policies.inForce.mock.calls[0] as [string, string];
    expect(region).toBe('220100');
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(wrapper.find('[data-test="policies-region"]').text()).toContain('长春市');

    const card = wrapper.find('[data-test="policy-skill-subsidy"]');
    expect(card.find('[data-test="policy-warnings"]').text()).toContain('适用基准规则');
    expect(card.find('[data-test="policy-rule-set"]').text()).toBe('cn-skill-2017-40+jl-2017-67');
    expect(card.text()).toContain('按证书核发日期确定适用的规则');
    const layers = card.findAll('[data-test="policy-layer"]');
    expect(layers).toHaveLength(2);
    expect(layers[0]?.text()).toContain('国家基准');
    expect(layers[0]?.text()).toContain('说明一');
    expect(layers[1]?.text()).toContain('吉林省');

    const amounts = card.find('[data-test="param-amountsFen"]');
    expect(amounts.text()).toContain('中级（四级）1,500.00元');
    expect(amounts.find('[data-test="mark-partial"]').text()).toBe('部分核实');
    expect(card.find('[data-test="param-minContributionMonths"] [data-test="mark-confirmed"]').text()).toBe('已核实');
    const review = card.find('[data-test="param-reviewWorkingDays"] [data-test="mark-unconfirmed"]');
    expect(review.text()).toBe('未核实');
    expect(review.attributes('aria-label')).toContain('未找到文件依据');
  });

  it('says when nothing applies, and asks again when the date changes', async () => {
    const api = fakeApi({ policies: async () => [] });
    const { wrapper } = await mountPolicies(api);
    expect(wrapper.find('[data-test="policies-empty"]').text()).toContain('没有本部署开通业务的政策包');
    await wrapper.find('input#policies-date').setValue('2018-03-01');
    await flushPromises();
    expect(api.policies.inForce).toHaveBeenLastCalledWith('220100', '2018-03-01');
  });

  it('shows a failure with a retry', async () => {
    const inForce = vi
      .fn()
      .mockRejectedValueOnce(new ApiError({ status: 503, detail: '服务暂不可用' }))
      .mockResolvedValueOnce([POLICY]);
    const { wrapper } = await mountPolicies(fakeApi({ policies: inForce }));
    expect(wrapper.find('[data-test="policies-error"]').text()).toContain('服务暂不可用');
    await wrapper.find('[data-test="policies-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="policy-skill-subsidy"]').exists()).toBe(true);
  });

  it('lets a province admin choose among the province and its cities', async () => {
    const { wrapper } = await mountPolicies(fakeApi(), '220000');
    expect(wrapper.find('[data-test="policies-region"]').classes()).toContain('el-select');
  });
});
