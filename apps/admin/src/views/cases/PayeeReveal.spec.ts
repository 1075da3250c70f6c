import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import { HTTP_KEY } from '../../composables/useHttp';
import { fakeHttp, problem, typeInto, type FakeRoutes } from '../../test-http';
import { FINANCE, fakeApi, HANDLER, setup } from '../../test-utils';
import PayeeReveal from './PayeeReveal.vue';
import { canRevealPayee, checkRevealReason, groupAccount, REVEAL_SECONDS } from './payee-reveal';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.useRealTimers());

const PAYEE = { kind: 'bank_account' as const, accountNoMasked: '6222***********3445', bankName: '吉林银行' };
const REVEAL = 'POST /api/v1/skill-subsidy/applications/c1/payee-reveal';
const REVIEWER: SessionUser = { ...HANDLER, id: 'u2', username: 'jl-reviewer', roles: ['reviewer'] };

async function mountReveal(user: SessionUser, routes: FakeRoutes) {
  const { http, requests } = fakeHttp(routes);
  const ctx = setup(fakeApi());
  ctx.session.signIn('t', user);
  const wrapper = mount(PayeeReveal, {
    props: { caseId: 'c1', payee: PAYEE },
    global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, requests };
}

const reasonError = (wrapper: VueWrapper) => wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === 'payee-reveal-reason')?.props('error');

function confirmButton(): HTMLButtonElement {
  return document.querySelector<HTMLButtonElement>('[data-test="payee-reveal-confirm"]')!;
}

describe('payee reveal rules', () => {
  it('is for handlers, finance and heads only, with a reason of at most 200 characters', () => {
    expect(['handler', 'reviewer', 'head', 'finance', 'auditor'].filter((r) => canRevealPayee([r]))).toEqual(['handler', 'head', 'finance']);
    expect(checkRevealReason('  ')).toEqual({ ok: false, message: '请填写查看原因' });
    expect(checkRevealReason('核'.repeat(201))).toEqual({ ok: false, message: '查看原因不能超过200个字' });
    expect(checkRevealReason(' 申请人来电核对 ')).toEqual({ ok: true, value: '申请人来电核对' });
    expect(groupAccount('6222020200112233445')).toBe('6222 0202 0011 2233 445');
  });
});

describe('PayeeReveal', () => {
  it('asks for a reason, shows the account for 60 seconds, says the view is recorded, then masks it again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { wrapper, requests } = await mountReveal(FINANCE, {
      [REVEAL]: () => ({ caseId: 'c1', payee: { kind: 'bank_account', accountNo: '6222020200112233445', bankName: '吉林银行' } }),
    });
    expect(wrapper.find('[data-test="case-payee-account"]').text()).toBe('6222***********3445');
    await wrapper.find('[data-test="payee-reveal"]').trigger('click');
    await flushPromises();
    confirmButton().click();
    await flushPromises();
    expect(requests).toHaveLength(0);
    expect(reasonError(wrapper)).toBe('请填写查看原因');

    typeInto('textarea[name="revealReason"]', ' 发放失败，与申请人核对收款账户 ');
    confirmButton().click();
    await flushPromises();
    expect(requests).toEqual([expect.objectContaining({ method: 'POST', path: '/api/v1/skill-subsidy/applications/c1/payee-reveal', body: { reason: '发放失败，与申请人核对收款账户' } })]);
    expect(wrapper.find('[data-test="case-payee-account"]').text()).toBe('6222 0202 0011 2233 445');
    expect(wrapper.find('[data-test="payee-revealed"]').text()).toContain('审计日志');
    expect(wrapper.find('[data-test="payee-revealed"]').text()).toContain(`${REVEAL_SECONDS}秒`);
    expect(wrapper.find('[data-test="payee-reveal"]').exists()).toBe(false);

    await vi.advanceTimersByTimeAsync((REVEAL_SECONDS - 1) * 1000);
    expect(wrapper.find('[data-test="payee-revealed"]').text()).toContain('1秒');
    await vi.advanceTimersByTimeAsync(1000);
    expect(wrapper.find('[data-test="case-payee-account"]').text()).toBe('6222***********3445');
    expect(wrapper.find('[data-test="payee-revealed"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="payee-reveal"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('hides the account at once on request', async () => {
    const { wrapper } = await mountReveal(HANDLER, {
      [REVEAL]: () => ({ caseId: 'c1', payee: { kind: 'bank_account', accountNo: '6222020200112233445', bankName: '吉林银行' } }),
    });
    await wrapper.find('[data-test="payee-reveal"]').trigger('click');
    await flushPromises();
    typeInto('textarea[name="revealReason"]', '核对');
    confirmButton().click();
    await flushPromises();
    await wrapper.find('[data-test="payee-hide"]').trigger('click');
    expect(wrapper.find('[data-test="case-payee-account"]').text()).toBe('6222***********3445');
    wrapper.unmount();
  });

  it('puts the API’s reason error beside the field and its refusal in the dialog', async () => {
    let reply = problem(400, '请求参数有误', [{ path: 'reason', message: '查看原因不能超过200个字' }]);
    const { wrapper } = await mountReveal(HANDLER, { [REVEAL]: () => reply });
    await wrapper.find('[data-test="payee-reveal"]').trigger('click');
    await flushPromises();
    typeInto('textarea[name="revealReason"]', '核对');
    confirmButton().click();
    await flushPromises();
    expect(reasonError(wrapper)).toBe('查看原因不能超过200个字');
    reply = problem(404, '未找到该申请');
    confirmButton().click();
    await flushPromises();
    expect(document.querySelector('[data-test="payee-reveal-failure"]')?.textContent).toContain('未找到该申请');
    expect(wrapper.find('[data-test="case-payee-account"]').text()).toBe('6222***********3445');
    wrapper.unmount();
  });

  it('offers no reveal to a reviewer', async () => {
    const { wrapper } = await mountReveal(REVIEWER, {});
    expect(wrapper.find('[data-test="case-payee"]').text()).toContain('6222***********3445');
    expect(wrapper.find('[data-test="payee-reveal"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
