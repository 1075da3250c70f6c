import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import { ApiError, type CaseDetail } from '../../api';
import type { CounterPreview } from '../../api/counter';
import { HTTP_KEY } from '../../composables/useHttp';
import { fakeHttp, problem, type FakeRoutes } from '../../test-http';
import { fakeApi, HANDLER, setup, WAIT } from '../../test-utils';
import CounterView from './CounterView.vue';

beforeEach(() => sessionStorage.clear());

const ID = '220102198001011234';

const check = (rule: string, passed: boolean, message: string) => ({ rule, passed, message });

const PREVIEW: CounterPreview = {
  person: { id: 'p1', name: '张三', idNumberMasked: '220102********1234', sex: 'male', regionCode: '220100', phoneMasked: '139****5678' },
  employer: { creditCode: '91220101MA1234567X', name: '长春市机械制造有限公司' },
  contributions: { paidMonths: 40, inArrears: false, latestMonth: '2026-10' },
  certificates: [
    {
      certificateNo: 'S1', kind: 'skill_level', kindLabel: '职业技能等级证书', occupation: '电工', level: 3, issueDate: '2026-09-01',
      issuer: '吉林省职业技能鉴定中心', source: '证书库',
      evaluation: { eligible: true, amountFen: 200000, applicationDeadline: '2027-09-01', reasons: [], warnings: [], policy: null, checks: [check('A1', true, '累计缴纳失业保险费40个月'), check('A3', true, '在证书发证之日起12个月内申领')] },
      existingCase: null,
    },
    {
      certificateNo: 'S2', kind: 'skill_level', kindLabel: '职业技能等级证书', occupation: '焊工', level: 4, issueDate: '2024-01-10',
      issuer: '吉林省职业技能鉴定中心', source: '证书库',
      evaluation: { eligible: false, amountFen: 0, applicationDeadline: '2025-01-10', reasons: ['APPLICATION_WINDOW_CLOSED'], warnings: [], policy: null, checks: [check('A3', false, '证书发证已超过12个月，超过申领期限')] },
      existingCase: null,
    },
    {
      certificateNo: 'S3', kind: 'vocational_qualification', kindLabel: '职业资格证书', occupation: '车工', level: 4, issueDate: '2026-08-01',
      issuer: '吉林省职业技能鉴定中心', source: '证书库',
      evaluation: { eligible: true, amountFen: 150000, applicationDeadline: '2027-08-01', reasons: [], warnings: [], policy: null, checks: [check('A7', true, '未享受过同职业同等级补贴')] },
      existingCase: { id: 'c9', status: 'submitted', statusLabel: '已提交', regionCode: '220100' },
    },
  ],
  cases: [{ id: 'c9', status: 'submitted', statusLabel: '已提交', regionCode: '220100', certificateNo: 'S3', occupation: '车工', level: 4, createdAt: '2026-11-20T02:00:00.000Z' }],
};

async function mountCounter(routes: FakeRoutes, api = fakeApi()) {
  const { http, requests } = fakeHttp(routes);
  const ctx = setup(api);
  ctx.session.signIn('t', HANDLER);
  await ctx.router.push('/skill-subsidy/cases/new');
  const wrapper = mount(CounterView, { global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } }, attachTo: document.body });
  await flushPromises();
  return { ...ctx, api, wrapper, requests };
}

async function previewFor(wrapper: Awaited<ReturnType<typeof mountCounter>>['wrapper'], idNumber = ID): Promise<void> {
  await wrapper.find('input[name="idNumber"]').setValue(idNumber);
  await wrapper.find('[data-test="counter-lookup"]').trigger('submit');
  await flushPromises();
}

const previewRoute = { 'POST /api/v1/skill-subsidy/counter-preview': () => PREVIEW };

describe('CounterView: the preview (A12)', () => {
  it('shows the person masked, the employer, the months, and every certificate with its evaluation and checks', async () => {
    const { wrapper, requests } = await mountCounter(previewRoute);
    await previewFor(wrapper, ID.toLowerCase());
    // The ID number goes in the body (never the URL) and is sent as the schema normalises it.
    expect(requests).toEqual([expect.objectContaining({ method: 'POST', path: '/api/v1/skill-subsidy/counter-preview', body: { idNumber: ID } })]);
    const person = wrapper.find('[data-test="counter-person"]').text();
    expect(person).toContain('张三');
    expect(person).toContain('220102********1234');
    expect(person).not.toContain(ID);
    expect(wrapper.find('[data-test="counter-employer"]').text()).toContain('长春市机械制造有限公司');
    expect(wrapper.find('[data-test="counter-contributions"]').text()).toContain('40个月');

    const eligible = wrapper.find('[data-test="counter-certificate-S1"]').text();
    expect(eligible).toContain('符合条件');
    expect(eligible).toContain('2,000.00');
    expect(eligible).toContain('累计缴纳失业保险费40个月');
    expect(eligible).toContain('A3');
    const ineligible = wrapper.find('[data-test="counter-certificate-S2"]').text();
    expect(ineligible).toContain('不符合条件');
    expect(ineligible).toContain('✗');
    expect(ineligible).toContain('超过申领期限');
    wrapper.unmount();
  });

  it('links the case already open for a certificate, which cannot be picked', async () => {
    const { wrapper } = await mountCounter(previewRoute);
    await previewFor(wrapper);
    const blocked = wrapper.find('[data-test="counter-certificate-S3"]');
    expect(blocked.find('[data-test="counter-existing-case"]').text()).toContain('已提交');
    expect(blocked.find('a').attributes('href')).toBe('/skill-subsidy/cases/c9');
    expect(blocked.find('input[type="radio"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('refuses a malformed ID number in Chinese without asking the API, and shows the API’s 404', async () => {
    const { wrapper, requests } = await mountCounter({ 'POST /api/v1/skill-subsidy/counter-preview': () => problem(404, '未找到该参保人员') });
    await previewFor(wrapper, '22010219800101123');
    expect(requests).toHaveLength(0);
    expect(wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === 'counter-id')?.props('error')).toContain('18位');
    await previewFor(wrapper, ID);
    expect(requests).toHaveLength(1);
    expect(wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === 'counter-id')?.props('error')).toBe('未找到该参保人员');
    expect(wrapper.find('[data-test="counter-person"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('hides the preview when another ID number is typed', async () => {
    const { wrapper } = await mountCounter(previewRoute);
    await previewFor(wrapper);
    expect(wrapper.find('[data-test="counter-person"]').exists()).toBe(true);
    await wrapper.find('input[name="idNumber"]').setValue('11010519491231002X');
    expect(wrapper.find('[data-test="counter-person"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="counter-picked-none"]').exists()).toBe(true);
    wrapper.unmount();
  });
});

describe('CounterView: the application', () => {
  it('pre-fills the eligible certificate, warns about an ineligible pick, and submits once with one Idempotency-Key', async () => {
    let resolve: (value: CaseDetail) => void = () => {};
    const api = fakeApi({ createCase: () => new Promise<CaseDetail>((r) => (resolve = r)) });
    const ctx = await mountCounter(previewRoute, api);
    const { wrapper } = ctx;
    await previewFor(wrapper);
    expect(wrapper.find('[data-test="counter-picked"]').text()).toContain('S1');
    expect(wrapper.find('[data-test="counter-ineligible"]').exists()).toBe(false);

    await wrapper.find('[data-test="counter-certificate-S2"] input[type="radio"]').trigger('change');
    expect(wrapper.find('[data-test="counter-picked"]').text()).toContain('S2');
    expect(wrapper.find('[data-test="counter-ineligible"]').exists()).toBe(true);
    await wrapper.find('[data-test="counter-certificate-S1"] input[type="radio"]').trigger('change');
    expect(wrapper.find('[data-test="counter-ineligible"]').exists()).toBe(false);

    await wrapper.find('input[name="accountNo"]').setValue('6222 0212 3456 7890 128');
    await wrapper.find('input[name="bankName"]').setValue('中国工商银行长春分行');
    await wrapper.find('[data-test="counter-form"]').trigger('submit');
    await wrapper.find('[data-test="counter-form"]').trigger('submit');
    await flushPromises();
    expect(api.cases.create).toHaveBeenCalledTimes(1);
    const [body, key] = api.cases.create.mock.calls[0]!;
    expect(body).toEqual({
      idNumber: ID,
      certificateNo: 'S1',
      channel: 'counter',
      payee: { kind: 'social_security_card', accountNo: '6222021234567890128', bankName: '中国工商银行长春分行' },
    });
    expect(key).toMatch(/^counter-/);
    resolve({ id: 'c1' } as CaseDetail);
    // The case page is a lazy route: its first import may take a moment.
    await vi.waitFor(() => expect(ctx.router.currentRoute.value.fullPath).toBe('/skill-subsidy/cases/c1'), WAIT);
    wrapper.unmount();
  });

  it('asks for the preview and a certificate before submitting, and puts the API 400 field errors beside their fields', async () => {
    const api = fakeApi({
      createCase: async () => {
        throw new ApiError({ status: 400, errors: [{ path: 'certificateNo', message: '证书库中未找到申请人名下的该证书' }] });
      },
    });
    const { wrapper } = await mountCounter(previewRoute, api);
    await wrapper.find('[data-test="counter-form"]').trigger('submit');
    expect(api.cases.create).not.toHaveBeenCalled();
    expect(wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === 'counter-id')?.props('error')).toBe('请先查找申请人');

    await previewFor(wrapper);
    await wrapper.find('input[name="accountNo"]').setValue('6222021234567890128');
    await wrapper.find('input[name="bankName"]').setValue('工行');
    await wrapper.find('[data-test="counter-form"]').trigger('submit');
    await flushPromises();
    expect(api.cases.create).toHaveBeenCalledTimes(1);
    const picked = wrapper.findAllComponents(ElFormItem).find((i) => i.props('label') === '申请补贴的证书');
    expect(picked?.props('error')).toBe('证书库中未找到申请人名下的该证书');
    wrapper.unmount();
  });

  it('sends a proxy application with the proxy’s name and ID number', async () => {
    const api = fakeApi({ createCase: async () => ({ id: 'c2' }) as CaseDetail });
    const { wrapper } = await mountCounter(previewRoute, api);
    await previewFor(wrapper);
    await wrapper.find('input[name="accountNo"]').setValue('6222021234567890128');
    await wrapper.find('input[name="bankName"]').setValue('工行');
    await wrapper.find('[data-test="counter-by-proxy"] input').setValue(true);
    await wrapper.find('input[name="proxyName"]').setValue('李四');
    await wrapper.find('input[name="proxyIdNumber"]').setValue('11010519491231002X');
    await wrapper.find('[data-test="counter-form"]').trigger('submit');
    await flushPromises();
    expect(api.cases.create.mock.calls[0]![0]).toMatchObject({ channel: 'proxy', proxy: { name: '李四', idNumber: '11010519491231002X' } });
    wrapper.unmount();
  });
});

describe('CounterView: tabs', () => {
  it('keeps the employer tab in the address', async () => {
    const { wrapper, router } = await mountCounter({});
    expect(wrapper.find('[data-test="counter-batch"]').exists()).toBe(false);
    await router.push('/skill-subsidy/cases/new?tab=employer');
    await flushPromises();
    expect(wrapper.find('[data-test="counter-batch"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
