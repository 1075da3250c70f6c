import { flushPromises, mount } from '@vue/test-utils';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { SkillSubsidyEvaluationBody, SkillSubsidyEvaluation } from '../../api/policies';
import { fakePortalApi, info, setup } from '../../test-utils';
import PrecheckView from './PrecheckView.vue';
import { mapApiErrors, nextSteps, validatePrecheck, emptyPrecheckForm } from './precheck';

beforeEach(() => localStorage.clear());
// Vant's NavBar measures itself again 100–300 ms after mounting (safe-area insets); let those timers
// run while jsdom still exists instead of failing the run after the last test.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

const REFUSED: SkillSubsidyEvaluation = {
  eligible: false,
  amountFen: 0,
  applicationDeadline: '2019-06-01',
  policy: { id: 'jl-2017-67', source: '吉人社联字〔2017〕67号', basis: 'certificate_issue_date', basisDate: '2026-06-01', ruleSetId: 'cn-skill-2017-40+jl-2017-67', sources: ['人社部发〔2017〕40号', '吉人社联字〔2017〕67号'], layers: [], marks: {} },
  checks: [
    { rule: 'A1', passed: false, message: '累计缴纳失业保险费35个月，不足36个月', code: 'CONTRIBUTION_MONTHS_SHORT' },
    { rule: 'A2', passed: true, message: '未欠缴失业保险费' },
  ],
  reasons: ['CONTRIBUTION_MONTHS_SHORT'],
  warnings: [],
};

const GRANTED: SkillSubsidyEvaluation = {
  eligible: true,
  amountFen: 195000,
  applicationDeadline: '2027-06-01',
  policy: { id: 'jl-2017-67', source: '吉人社联字〔2017〕67号', basis: 'certificate_issue_date', basisDate: '2026-06-01', ruleSetId: 'cn-skill-2017-40+jl-2017-67', sources: ['人社部发〔2017〕40号', '吉人社联字〔2017〕67号'], layers: [], marks: {} },
  checks: [{ rule: 'A1', passed: true, message: '累计缴纳失业保险费40个月，满足12个月要求' }],
  reasons: [],
  warnings: ['本决定所用参数「累计缴费月数」标记为部分确认（partial）。'],
};

async function mountCheck(api = fakePortalApi()) {
  const ctx = setup(async () => info(['skill-subsidy']), api);
  await ctx.systemInfo.refresh();
  const wrapper = mount(PrecheckView, { global: ctx.global, attachTo: document.body });
  await flushPromises();
  return { ...ctx, wrapper };
}

async function fill(wrapper: Awaited<ReturnType<typeof mountCheck>>['wrapper'], months: string) {
  await wrapper.find('input[name="contributionMonths"]').setValue(months);
  await wrapper.find('input[name="inArrears"][value="no"]').setValue(true);
  await wrapper.find('input[name="status"][value="employed"]').setValue(true);
  await wrapper.find('input[name="kind"][value="vocational_qualification"]').setValue(true);
  await wrapper.find('select[name="level"]').setValue('4');
  await wrapper.find('input[name="occupation"]').setValue(' 焊工 ');
  await wrapper.find('input[name="issueDate"]').setValue('2018-06-01');
}

describe('PrecheckView', () => {
  it('sends the facts for the chosen region and today, and explains each check with ✓/✗', async () => {
    const api = fakePortalApi({ checkSkillSubsidy: async () => REFUSED });
    const { wrapper } = await mountCheck(api);
    await fill(wrapper, '35');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const sent = api.checkSkillSubsidy.mock.calls[0]?.[0] as SkillSubsidyEvaluationBody;
    expect(sent.regionCode).toBe('220100');
    expect(sent.applicationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.applicant).toEqual({ contributionMonths: 35, inArrears: false, status: 'employed' });
    expect(sent.certificate).toEqual({ kind: 'vocational_qualification', level: 4, occupation: '焊工', issueDate: '2018-06-01' });

    const result = wrapper.find('[data-test="precheck-result"]');
    expect(result.find('h2').text()).toBe('暂不符合条件');
    const items = result.findAll('[data-test="precheck-checks"] li');
    expect(items[0]?.text()).toContain('✗');
    expect(items[0]?.text()).toContain('不符合：');
    expect(items[0]?.text()).toContain('35个月，不足36个月');
    expect(items[1]?.text()).toContain('✓');
    expect(result.find('[data-test="precheck-next"]').text()).toContain('继续参保缴费');
    expect(result.find('[data-test="precheck-deadline"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the amount, the deadline and the warnings of an eligible answer', async () => {
    const { wrapper } = await mountCheck(fakePortalApi({ checkSkillSubsidy: async () => GRANTED }));
    await fill(wrapper, '40');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const result = wrapper.find('[data-test="precheck-result"]');
    expect(result.find('h2').text()).toBe('符合条件，可领取1950元');
    expect(result.find('[data-test="precheck-deadline"]').text()).toContain('2027-06-01');
    expect(result.find('[data-test="precheck-warnings"]').text()).toContain('部分确认');
    expect(result.find('[data-test="precheck-next"]').text()).toContain('2027-06-01前提出申请');
    wrapper.unmount();
  });

  it('checks the fields in Chinese before calling the calculator', async () => {
    const api = fakePortalApi();
    const { wrapper } = await mountCheck(api);
    await wrapper.find('input[name="contributionMonths"]').setValue('3.5');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.checkSkillSubsidy).not.toHaveBeenCalled();
    expect(wrapper.find('#precheck-contributionMonths-error').text()).toBe('请填写0到1200之间的整数月数');
    expect(wrapper.find('#precheck-occupation-error').text()).toContain('职业（工种）');
    expect(wrapper.find('input[name="contributionMonths"]').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });

  it('puts the API’s 400 field errors beside the right fields', async () => {
    const api = fakePortalApi({
      checkSkillSubsidy: async () => {
        throw new ApiError(400, '请求参数有误，请按提示修改后重试', [
          { path: 'certificate.occupation', message: '职业（工种）不能超过100个字' },
          { path: 'regionCode', message: '行政区划代码应为6位数字' },
        ]);
      },
    });
    const { wrapper } = await mountCheck(api);
    await fill(wrapper, '40');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#precheck-occupation-error').text()).toBe('职业（工种）不能超过100个字');
    const failure = wrapper.find('[data-test="precheck-failure"]').text();
    expect(failure).toContain('请求参数有误');
    expect(failure).toContain('行政区划代码应为6位数字');
    expect(wrapper.find('[data-test="precheck-result"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('asks once however often the form is submitted while waiting', async () => {
    let answer: (value: SkillSubsidyEvaluation) => void = () => undefined;
    const api = fakePortalApi({ checkSkillSubsidy: () => new Promise((resolve) => (answer = resolve)) });
    const { wrapper } = await mountCheck(api);
    await fill(wrapper, '40');
    await wrapper.find('form').trigger('submit');
    await wrapper.find('form').trigger('submit');
    expect(api.checkSkillSubsidy).toHaveBeenCalledTimes(1);
    answer(GRANTED);
    await flushPromises();
    expect(wrapper.find('[data-test="precheck-result"]').exists()).toBe(true);
    wrapper.unmount();
  });
});

describe('validatePrecheck', () => {
  it('refuses an issue date after today and an impossible date', () => {
    const form = { ...emptyPrecheckForm(), contributionMonths: '12', inArrears: 'no', status: 'employed', kind: 'skill_level', level: '5', occupation: '电工' } as const;
    const later = validatePrecheck({ ...form, issueDate: '2026-12-01' }, '220100', '2026-11-23');
    expect(later.ok ? '' : later.errors.issueDate).toBe('证书核发日期不能晚于今天');
    const impossible = validatePrecheck({ ...form, issueDate: '2026-02-30' }, '220100', '2026-11-23');
    expect(impossible.ok ? '' : impossible.errors.issueDate).toContain('真实的日期');
    const fine = validatePrecheck({ ...form, issueDate: '2026-02-28' }, '220100', '2026-11-23');
    expect(fine.ok && fine.request.applicant.status).toBe('employed');
  });
});

describe('mapApiErrors and nextSteps', () => {
  it('maps the calculator’s paths to the form fields', () => {
    expect(mapApiErrors([{ path: 'applicationDate', message: '申请日期不能早于证书核发日期' }]).fields.issueDate).toBe(
      '申请日期不能早于证书核发日期',
    );
  });

  it('gives one next step per refusal reason', () => {
    const steps = nextSteps({ eligible: false, reasons: ['CONTRIBUTION_ARREARS', 'YEARLY_LIMIT_REACHED'], applicationDeadline: null });
    expect(steps).toHaveLength(2);
    expect(steps[0]).toContain('补缴');
    expect(steps[1]).toContain('下一年度');
  });
});
