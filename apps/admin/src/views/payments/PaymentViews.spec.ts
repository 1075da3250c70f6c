import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type PaymentBatch } from '../../api';
import { fakeApi, FINANCE, setup } from '../../test-utils';
import PaymentBatchView from './PaymentBatchView.vue';
import PaymentListView from './PaymentListView.vue';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

const BATCH: PaymentBatch = {
  id: 'b1', batchNo: 'P220100-20261210-abc123', regionCode: '220100', status: 'draft', statusLabel: '待审批', createdBy: FINANCE.id, approvedBy: null,
  itemCount: 1, totalFen: 150000, createdAt: '2026-12-10T02:00:00.000Z', steps: [], bankFileLayoutId: null,
  items: [{
    id: 'i1', line: 1, reference: 'P220100-20261210-abc123-0001', caseId: 'c1', caseStatus: 'paying', amountFen: 150000,
    payee: { name: '张三', kind: 'bank_account', accountNoMasked: '6222***********0128', bankName: '工行' },
    status: 'pending', failureReason: null, paidOn: null, reissueOf: null, paymentDueOn: '2026-12-09', paymentOverdue: true,
  }],
};

async function mountAt(path: string, component: typeof PaymentListView | typeof PaymentBatchView, api: ReturnType<typeof fakeApi>) {
  const ctx = setup(api);
  ctx.session.signIn('t', FINANCE);
  await ctx.router.push(path);
  const wrapper = mount(component, { global: ctx.global, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('PaymentListView', () => {
  it('shows the empty list, and a 409 "nothing payable" with the skipped cases', async () => {
    const api = fakeApi({
      listBatches: async () => [],
      buildBatch: async () => {
        throw new ApiError({ status: 409, detail: '没有可以列入发放批次的案件', body: { skipped: [{ caseId: 'c9', code: 'RECHECK_FAILED', message: '复核不通过：存在欠费' }] } });
      },
    });
    const wrapper = await mountAt('/skill-subsidy/payments', PaymentListView, api);
    expect(wrapper.find('[data-test="payment-empty"]').exists()).toBe(true);
    await wrapper.find('[data-test="payment-build-submit"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="payment-build-failure"]').text()).toContain('没有可以列入发放批次的案件');
    expect(wrapper.find('[data-test="payment-skipped"]').text()).toContain('复核不通过：存在欠费');
    wrapper.unmount();
  });

  it('sends one build per click, each click with its own Idempotency-Key, and shows the items', async () => {
    const api = fakeApi({ listBatches: async () => [], buildBatch: async () => ({ ...BATCH, skipped: [] }) });
    const wrapper = await mountAt('/skill-subsidy/payments', PaymentListView, api);
    await wrapper.find('[data-test="payment-build-submit"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="payment-build-submit"]').trigger('click');
    await flushPromises();
    const keys = api.payments.build.mock.calls.map((call) => call[1]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
    expect(api.payments.build.mock.calls[0]![0]).toBe('220100');
    expect(wrapper.find('[data-test="payment-built"]').text()).toContain('1笔');
    expect(wrapper.find('[data-test="payment-items"]').text()).toContain('6222***********0128');
    expect(wrapper.find('[data-test="payment-items"]').text()).toContain('已超期');
    wrapper.unmount();
  });

  it('shows the error state of the list', async () => {
    const wrapper = await mountAt('/skill-subsidy/payments', PaymentListView, fakeApi({ listBatches: async () => { throw new ApiError({ status: 500 }); } }));
    expect(wrapper.find('[data-test="payment-error"]').text()).toContain('HTTP 500');
    wrapper.unmount();
  });
});

describe('PaymentBatchView', () => {
  it('shows the API 403 when the maker approves their own batch', async () => {
    const api = fakeApi({ getBatch: async () => BATCH, approveBatch: async () => { throw new ApiError({ status: 403, detail: '组批人不能审批本人组建的批次' }); } });
    const wrapper = await mountAt('/skill-subsidy/payments/b1', PaymentBatchView, api);
    expect(wrapper.find('[data-test="payment-built-by-me"]').exists()).toBe(true);
    await wrapper.find('[data-test="payment-approve"]').trigger('click');
    await flushPromises();
    expect(api.payments.approve).toHaveBeenCalledWith('b1');
    expect(wrapper.find('[data-test="payment-failure"]').text()).toContain('组批人不能审批本人组建的批次');
    wrapper.unmount();
  });

  it('downloads the bank file as a blob with the name the API gave', async () => {
    const blob = new Blob(['reference,amount\n'], { type: 'text/csv' });
    const api = fakeApi({ getBatch: async () => ({ ...BATCH, status: 'approved' }), bankFile: async () => ({ blob, filename: 'P1.csv' }) });
    const created = vi.fn(() => 'blob:bank');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const wrapper = await mountAt('/skill-subsidy/payments/b1', PaymentBatchView, api);
    await wrapper.find('[data-test="payment-download"]').trigger('click');
    await flushPromises();
    expect(created).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual(['P1.csv']);
    expect(wrapper.find('[data-test="payment-done"]').text()).toContain('P1.csv');
    wrapper.unmount();
  });

  it('uploads the result file as text and shows paid and failed counts with reasons', async () => {
    const api = fakeApi({
      getBatch: async () => ({ ...BATCH, status: 'exported' }),
      importResult: async () => ({
        batchId: 'b1', status: 'result_imported', paid: ['R1'], failed: [{ reference: 'R2', reason: '账户已销户' }], unchanged: [], pending: [], problems: [], errors: [], replayed: false,
      }),
    });
    const wrapper = await mountAt('/skill-subsidy/payments/b1', PaymentBatchView, api);
    const input = wrapper.find('[data-test="payment-upload-input"]');
    const file = new File(['reference,status,reason\nR1,paid,\nR2,failed,账户已销户\n'], 'result.csv', { type: 'text/csv' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await flushPromises();
    expect(api.payments.importResult).toHaveBeenCalledWith('b1', 'reference,status,reason\nR1,paid,\nR2,failed,账户已销户\n');
    expect(wrapper.find('[data-test="payment-result"]').text()).toContain('发放成功 1 笔，发放失败 1 笔');
    expect(wrapper.find('[data-test="payment-result-failures"]').text()).toContain('账户已销户');
    wrapper.unmount();
  });
});
