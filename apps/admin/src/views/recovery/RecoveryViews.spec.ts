import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import type { RecoveryOrderDetail, RecoveryOrderRow } from '../../api/recovery';
import { mountScreen, problem } from '../../test-http';
import { FINANCE, HEAD } from '../../test-utils';
import { listFromQuery, listToQuery, orderActions } from './recovery';
import RecoveryListView from './RecoveryListView.vue';
import RecoveryOrderView from './RecoveryOrderView.vue';

const AUDITOR: SessionUser = { id: 'u7', username: 'auditor', displayName: '内控审计员', roles: ['auditor'], regionCode: '000000' };
const ID = '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const ROW: RecoveryOrderRow = {
  id: ID,
  caseId: 'c1',
  regionCode: '220100',
  applicantName: '张*三',
  occupation: '电工',
  level: 3,
  status: 'partially_repaid',
  statusLabel: '部分追回',
  amountFen: 200000,
  repaidFen: 50000,
  outstandingFen: 150000,
  reason: '经举报核查，申领时未在参保单位就业',
  dueOn: '2026-11-30',
  overdue: true,
  createdBy: '长春负责人',
  createdAt: '2026-10-09T02:00:00.000Z',
};
const DETAIL: RecoveryOrderDetail = { ...ROW, repayments: [{ on: '2026-10-20', amountFen: 50000, reference: 'R-1' }], writeOff: null };

beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T02:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('recovery list state and steps', () => {
  it('reads the status and page from the URL and writes back only what differs', () => {
    expect(listFromQuery({ status: 'written_off', page: '2' })).toEqual({ status: 'written_off', page: 2, pageSize: 20 });
    expect(listFromQuery({ status: 'lost' }).status).toBe('');
    expect(listToQuery({ status: '', page: 1, pageSize: 20 }, '220100', '220100')).toEqual({});
  });

  it('offers repayments to finance and the write-off to the head, on open orders only (A17)', () => {
    expect(orderActions(ROW, ['finance'])).toEqual({ repay: true, writeOff: false });
    expect(orderActions(ROW, ['head'])).toEqual({ repay: false, writeOff: true });
    expect(orderActions(ROW, ['auditor', 'handler'])).toEqual({ repay: false, writeOff: false });
    expect(orderActions({ status: 'recovered' }, ['finance', 'head'])).toEqual({ repay: false, writeOff: false });
    expect(orderActions({ status: 'written_off' }, ['head'])).toEqual({ repay: false, writeOff: false });
  });
});

describe('RecoveryListView', () => {
  it('lists the orders of the region with the amounts in yuan to the fen and the overdue ones marked', async () => {
    const { wrapper, requests } = await mountScreen(RecoveryListView, '/skill-subsidy/recovery-orders', FINANCE, {
      'GET /api/v1/skill-subsidy/recovery-orders': () => ({ items: [ROW], total: 1, page: 1, pageSize: 20 }),
    });
    expect(Object.fromEntries(requests[0]!.query)).toEqual({ regionCode: '220100', page: '1', pageSize: '20' });
    const row = wrapper.find(`[data-test="recovery-row-${ID}"]`);
    expect(row.text()).toContain('2,000.00');
    expect(row.text()).toContain('500.00');
    expect(row.text()).toContain('1,500.00');
    expect(row.classes()).toContain('page__row--overdue');
    expect(wrapper.find(`[data-test="recovery-overdue-${ID}"]`).exists()).toBe(true);
    expect(wrapper.find(`[data-test="recovery-open-${ID}"]`).attributes('href')).toBe(`/skill-subsidy/recovery-orders/${ID}`);
    wrapper.unmount();
  });

  it('filters by status and shows the empty and the error state', async () => {
    const empty = await mountScreen(RecoveryListView, '/skill-subsidy/recovery-orders?status=written_off', HEAD, {
      'GET /api/v1/skill-subsidy/recovery-orders': () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
    });
    expect(empty.requests[0]!.query.get('status')).toBe('written_off');
    expect(empty.wrapper.find('[data-test="recovery-empty"]').exists()).toBe(true);
    empty.wrapper.unmount();
    const failing = await mountScreen(RecoveryListView, '/skill-subsidy/recovery-orders', HEAD, {
      'GET /api/v1/skill-subsidy/recovery-orders': () => problem(503, '服务暂不可用'),
    });
    expect(failing.wrapper.find('[data-test="recovery-error"]').text()).toContain('服务暂不可用');
    failing.wrapper.unmount();
  });
});

describe('RecoveryOrderView', () => {
  const at = `/skill-subsidy/recovery-orders/${ID}`;

  it('shows the order, its repayments, and records a repayment typed in yuan as fen (finance)', async () => {
    let detail = DETAIL;
    const { wrapper, requests } = await mountScreen(RecoveryOrderView, at, FINANCE, {
      [`GET /api/v1/skill-subsidy/recovery-orders/${ID}`]: () => detail,
      [`POST /api/v1/skill-subsidy/recovery-orders/${ID}/repayments`]: () => {
        detail = { ...DETAIL, repaidFen: 60050, outstandingFen: 139950, repayments: [...DETAIL.repayments, { on: '2026-11-23', amountFen: 10050, reference: 'R-2' }] };
        return detail;
      },
    });
    expect(wrapper.find('[data-test="recovery-order-outstanding"]').text()).toBe('1,500.00');
    expect(wrapper.find('[data-test="recovery-repayments"]').text()).toContain('R-1');
    expect(wrapper.find('[data-test="write-off"]').exists()).toBe(false);
    await wrapper.find('input[name="amountYuan"]').setValue('100.5');
    await wrapper.find('input[name="reference"]').setValue('R-2');
    await wrapper.find('[data-test="repayment-form"]').trigger('submit');
    await flushPromises();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.body).toEqual({ amountFen: 10050, paidOn: '2026-11-23', reference: 'R-2' });
    expect(wrapper.find('[data-test="recovery-order-done"]').text()).toContain('100.50');
    expect(wrapper.find('[data-test="recovery-order-outstanding"]').text()).toBe('1,399.50');
    wrapper.unmount();
  });

  it('refuses more than is outstanding before sending, and shows the API’s 409', async () => {
    const { wrapper, requests } = await mountScreen(RecoveryOrderView, at, FINANCE, {
      [`GET /api/v1/skill-subsidy/recovery-orders/${ID}`]: () => DETAIL,
      [`POST /api/v1/skill-subsidy/recovery-orders/${ID}/repayments`]: () => problem(409, '还款凭证号R-1缺失或已登记'),
    });
    await wrapper.find('input[name="amountYuan"]').setValue('1500.01');
    await wrapper.find('input[name="reference"]').setValue('R-1');
    await wrapper.find('[data-test="repayment-form"]').trigger('submit');
    await flushPromises();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toContain('还款金额不能超过待追回的 1,500.00 元');
    await wrapper.find('input[name="amountYuan"]').setValue('10');
    await wrapper.find('[data-test="repayment-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="repayment-failure"]').text()).toContain('已登记');
    wrapper.unmount();
  });

  it('lets the head write the order off with a reason, and shows the write-off', async () => {
    let detail = DETAIL;
    const { wrapper, requests } = await mountScreen(RecoveryOrderView, at, HEAD, {
      [`GET /api/v1/skill-subsidy/recovery-orders/${ID}`]: () => detail,
      [`POST /api/v1/skill-subsidy/recovery-orders/${ID}/write-off`]: (req) => {
        detail = { ...DETAIL, status: 'written_off', statusLabel: '已核销', writeOff: { on: '2026-11-23', reason: (req.body as { reason: string }).reason, by: '长春负责人' } };
        return detail;
      },
    });
    expect(wrapper.find('[data-test="repayment-form"]').exists()).toBe(false);
    await wrapper.find('[data-test="write-off-form"]').trigger('submit');
    await flushPromises();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toContain('请填写核销原因');
    await wrapper.find('textarea[name="reason"]').setValue('当事人已死亡，无遗产可供执行');
    await wrapper.find('[data-test="write-off-form"]').trigger('submit');
    await flushPromises();
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ reason: '当事人已死亡，无遗产可供执行' });
    expect(wrapper.find('[data-test="recovery-order-status"]').text()).toBe('已核销');
    expect(wrapper.find('[data-test="recovery-order-write-off"]').text()).toContain('当事人已死亡');
    // A written-off order takes no further step.
    expect(wrapper.find('[data-test="write-off-form"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('lets internal control read an order without any step, and says when it is not found', async () => {
    const read = await mountScreen(RecoveryOrderView, at, AUDITOR, { [`GET /api/v1/skill-subsidy/recovery-orders/${ID}`]: () => DETAIL });
    expect(read.wrapper.find('[data-test="recovery-order-summary"]').exists()).toBe(true);
    expect(read.wrapper.find('[data-test="repayment-form"]').exists()).toBe(false);
    expect(read.wrapper.find('[data-test="write-off"]').exists()).toBe(false);
    read.wrapper.unmount();
    const missing = await mountScreen(RecoveryOrderView, at, HEAD, { [`GET /api/v1/skill-subsidy/recovery-orders/${ID}`]: () => problem(404, '未找到该追回单') });
    expect(missing.wrapper.find('[data-test="recovery-order-not-found"]').exists()).toBe(true);
    missing.wrapper.unmount();
  });
});
