import { describe, expect, it } from 'vitest';
import { ApiError, type BankResultSummary } from '../../api';
import { batchActions, checkRecoveryForm, checkRepaymentForm, itemTagType, newBuildKey, resultCounts, skippedOf } from './payment-form';

const ORDER = '5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';

describe('batchActions', () => {
  it('offers approval only on a draft, and knows when the user built it', () => {
    expect(batchActions({ status: 'draft', createdBy: 'u5' }, 'u5')).toEqual({ approve: true, download: false, upload: false, builtByMe: true });
    expect(batchActions({ status: 'draft', createdBy: 'u5' }, 'u6').builtByMe).toBe(false);
  });

  it('offers the bank file once approved (again after export) and the result file once exported', () => {
    expect(batchActions({ status: 'approved', createdBy: 'u5' }, 'u6')).toMatchObject({ approve: false, download: true, upload: false });
    expect(batchActions({ status: 'exported', createdBy: 'u5' }, 'u6')).toMatchObject({ download: true, upload: true });
    expect(batchActions({ status: 'result_imported', createdBy: 'u5' }, 'u6')).toMatchObject({ download: false, upload: true });
    expect(batchActions({ status: 'closed', createdBy: 'u5' }, 'u6')).toMatchObject({ approve: false, download: false, upload: false });
  });
});

describe('item and result mapping', () => {
  it('maps item statuses to tag colours', () => {
    expect([itemTagType('paid'), itemTagType('failed'), itemTagType('pending')]).toEqual(['success', 'danger', 'info']);
  });

  it('counts paid, failed and unmatched lines of a bank result', () => {
    const summary: BankResultSummary = {
      batchId: 'b', status: 'result_imported', paid: ['R1', 'R2'], failed: [{ reference: 'R3', reason: '户名不符' }], unchanged: [], pending: [],
      problems: [{ reference: 'R9', line: 5, message: '未找到该业务参考号' }], errors: [{ line: 7, message: '状态无法识别' }], replayed: false,
    };
    expect(resultCounts(summary)).toEqual({ paid: 2, failed: 1, problems: 2 });
  });

  it('reads the skipped cases from a built batch and from a 409 problem, ignoring junk', () => {
    const skip = { caseId: 'c1', code: 'NOT_PAYABLE', message: '案件状态不允许发放' };
    expect(skippedOf({ skipped: [skip] })).toEqual([skip]);
    const error = new ApiError({ status: 409, detail: '没有可以列入发放批次的案件', body: { skipped: [skip, { caseId: 3 }] } });
    expect(skippedOf(error)).toEqual([skip]);
    expect(skippedOf(new ApiError({ status: 500 }))).toEqual([]);
  });

  it('makes a new key for each build click', () => {
    let n = 0;
    const random = () => `k${++n}`;
    expect([newBuildKey(random), newBuildKey(random)]).toEqual(['payment-build-k1', 'payment-build-k2']);
  });
});

describe('checkRecoveryForm', () => {
  it('sends fen, and leaves the amount out when empty (the API recovers all that was paid)', () => {
    expect(checkRecoveryForm({ amountYuan: '500.5', reason: ' 证书撤销 ', dueOn: '2026-12-31' }, 150000, '2026-12-01')).toEqual({
      ok: true, body: { amountFen: 50050, reason: '证书撤销', dueOn: '2026-12-31' },
    });
    expect(checkRecoveryForm({ amountYuan: '', reason: '证书撤销', dueOn: '2026-12-31' }, 150000, '2026-12-01')).toEqual({
      ok: true, body: { reason: '证书撤销', dueOn: '2026-12-31' },
    });
  });

  it('refuses more than was paid, a missing reason and a past or malformed due date', () => {
    const result = checkRecoveryForm({ amountYuan: '1500.01', reason: '', dueOn: '2026-11-30' }, 150000, '2026-12-01');
    expect(!result.ok && result.errors).toEqual({ amountYuan: '追回金额不能超过已发放金额', reason: '请填写追回原因', dueOn: '追回期限不能早于今天' });
    const bad = checkRecoveryForm({ amountYuan: '1.234', reason: 'x', dueOn: '2026-02-30' }, 150000, '2026-01-01');
    expect(!bad.ok && bad.errors).toEqual({ amountYuan: '金额格式不正确，最多两位小数', dueOn: '请选择追回期限（YYYY-MM-DD）' });
  });
});

describe('checkRepaymentForm', () => {
  it('builds the repayment with a trimmed receipt reference', () => {
    expect(checkRepaymentForm({ orderId: ORDER.toUpperCase(), amountYuan: '1,500', paidOn: '2026-12-01', reference: ' HK-001 ' }, '2026-12-01')).toEqual({
      ok: true, orderId: ORDER, body: { amountFen: 150000, paidOn: '2026-12-01', reference: 'HK-001' },
    });
  });

  it('names every bad field', () => {
    const result = checkRepaymentForm({ orderId: 'x', amountYuan: '0', paidOn: '2026-12-02', reference: '' }, '2026-12-01');
    expect(!result.ok && result.errors).toEqual({
      orderId: '追回单号格式不正确', amountYuan: '金额应大于0', paidOn: '还款日期不能晚于今天', reference: '请填写还款凭证号',
    });
  });
});
