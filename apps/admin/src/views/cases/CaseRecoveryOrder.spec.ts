import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import type { RecoveryOrderDetail, RecoveryOrderRow, RecoveryPage, RecoveryQuery } from '../../api/recovery';
import { HTTP_KEY } from '../../composables/useHttp';
import { fakeHttp, problem, typeInto, type FakeRoutes } from '../../test-http';
import { fakeApi, HANDLER, HEAD, setup } from '../../test-utils';
import CaseRecoveryOrder from './CaseRecoveryOrder.vue';
import { findOpenOrder } from './case-recovery';

beforeEach(() => sessionStorage.clear());

const row = (id: string, caseId: string, over: Partial<RecoveryOrderRow> = {}): RecoveryOrderRow => ({
  id, caseId, regionCode: '220100', applicantName: '张三', occupation: '电工', level: 3, status: 'open', statusLabel: '待追回',
  amountFen: 200000, repaidFen: 0, outstandingFen: 200000, reason: '申请时已不在参保单位就业', dueOn: '2026-12-31', overdue: false,
  createdBy: 'jl-head', createdAt: '2026-11-20T02:00:00.000Z', ...over,
});
const ORDER: RecoveryOrderDetail = { ...row('o1', 'c1', { status: 'partially_repaid', statusLabel: '部分追回', repaidFen: 10000, outstandingFen: 190000 }), repayments: [{ on: '2026-11-21', amountFen: 10000, reference: 'HK-001' }], writeOff: null };

describe('findOpenOrder', () => {
  it('asks the list for the case’s orders and takes the one still open or partly repaid', async () => {
    const list = vi.fn(async (_q: RecoveryQuery): Promise<RecoveryPage> => ({
      items: [row('old', 'c1', { status: 'written_off', statusLabel: '已核销' }), row('o1', 'c1', { status: 'partially_repaid', statusLabel: '部分追回' })],
      total: 2,
      page: 1,
      pageSize: 100,
    }));
    expect(await findOpenOrder({ list }, 'c1', '220100')).toMatchObject({ id: 'o1' });
    expect(list.mock.calls.map(([q]) => q)).toEqual([{ regionCode: '220100', caseId: 'c1', page: 1, pageSize: 100 }]);
  });

  it('answers null when the case has no open order', async () => {
    const list = vi.fn(async (): Promise<RecoveryPage> => ({ items: [row('r', 'c1', { status: 'recovered', statusLabel: '已追回' })], total: 1, page: 1, pageSize: 100 }));
    expect(await findOpenOrder({ list }, 'c1', '220100')).toBeNull();
  });
});

const ROUTES: FakeRoutes = {
  'GET /api/v1/skill-subsidy/recovery-orders': (req) =>
    req.query.get('caseId') === 'c1' ? { items: [row('o1', 'c1', { status: 'partially_repaid', statusLabel: '部分追回' })], total: 1, page: 1, pageSize: 100 } : { items: [], total: 0, page: 1, pageSize: 100 },
  'GET /api/v1/skill-subsidy/recovery-orders/o1': () => ORDER,
};

async function mountOrder(user: SessionUser, routes: FakeRoutes, orderId: string | null = null) {
  const { http, requests } = fakeHttp(routes);
  const ctx = setup(fakeApi());
  ctx.session.signIn('t', user);
  const wrapper = mount(CaseRecoveryOrder, {
    props: { caseId: 'c1', regionCode: '220100', orderId },
    global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, requests };
}

const reasonError = (wrapper: VueWrapper) => wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === 'case-write-off-reason')?.props('error');
const confirm = () => document.querySelector<HTMLButtonElement>('[data-test="case-write-off-confirm"]')!.click();

describe('CaseRecoveryOrder (A17)', () => {
  it('shows the case’s open order, and lets the head write it off with a reason', async () => {
    let writtenOff = false;
    const { wrapper, requests } = await mountOrder(HEAD, {
      ...ROUTES,
      'POST /api/v1/skill-subsidy/recovery-orders/o1/write-off': () => {
        writtenOff = true;
        return { ...ORDER, status: 'written_off' };
      },
    });
    expect(wrapper.find('[data-test="case-recovery-link"]').attributes('href')).toBe('/skill-subsidy/recovery-orders/o1');
    expect(wrapper.find('[data-test="case-recovery-outstanding"]').text()).toBe('1,900.00');
    await wrapper.find('[data-test="case-write-off"]').trigger('click');
    await flushPromises();
    expect(document.querySelector('[data-test="case-write-off-dialog"]')?.textContent).toContain('1,900.00');
    confirm();
    await flushPromises();
    expect(writtenOff).toBe(false);
    expect(reasonError(wrapper)).toBe('请填写核销原因');

    typeInto('textarea[name="writeOffReason"]', ' 当事人已死亡且无遗产可供追偿 ');
    confirm();
    await flushPromises();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({ path: '/api/v1/skill-subsidy/recovery-orders/o1/write-off', body: { reason: '当事人已死亡且无遗产可供追偿' } });
    expect(wrapper.emitted('writtenOff')).toHaveLength(1);
    wrapper.unmount();
  });

  it('shows the API’s refusal of a write-off in the dialog', async () => {
    const { wrapper } = await mountOrder(HEAD, { ...ROUTES, 'POST /api/v1/skill-subsidy/recovery-orders/o1/write-off': () => problem(409, '追回单已核销') });
    await wrapper.find('[data-test="case-write-off"]').trigger('click');
    await flushPromises();
    typeInto('textarea[name="writeOffReason"]', '无力偿还');
    confirm();
    await flushPromises();
    expect(document.querySelector('[data-test="case-write-off-failure"]')?.textContent).toContain('追回单已核销');
    expect(wrapper.emitted('writtenOff')).toBeUndefined();
    wrapper.unmount();
  });

  it('offers no write-off to a handler', async () => {
    const { wrapper } = await mountOrder(HANDLER, ROUTES);
    expect(wrapper.find('[data-test="case-recovery-link"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="case-write-off"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('reads the order it is given without searching, and says when none is found', async () => {
    const given = await mountOrder(HEAD, ROUTES, 'o1');
    expect(given.requests.map((r) => r.path)).toEqual(['/api/v1/skill-subsidy/recovery-orders/o1']);
    given.wrapper.unmount();
    const none = await mountOrder(HEAD, { 'GET /api/v1/skill-subsidy/recovery-orders': () => ({ items: [], total: 0, page: 1, pageSize: 100 }) });
    expect(none.wrapper.find('[data-test="case-recovery-missing"]').text()).toContain('没有找到');
    expect(none.wrapper.find('[data-test="case-recovery-missing"] a').attributes('href')).toBe('/skill-subsidy/recovery-orders');
    none.wrapper.unmount();
  });
});
