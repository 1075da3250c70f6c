import { flushPromises, mount } from '@vue/test-utils';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmployerBatchResult, EmployerApi } from '../../api/employer';
import { fakeEmployerApi, info, setup } from '../../test-utils';
import EmployerBatchView from './EmployerBatchView.vue';
import EmployerLoginView from './EmployerLoginView.vue';
import { batchTemplateCsv, emptyEmployerLoginForm, errorsByLine, uploadTypeOf, validateCreditCode, validateEmployerLogin } from './employer';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
// Vant's NavBar measures itself again shortly after mounting; let those timers run while jsdom still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

// A credit code with a correct check character (GB 32100-2015).
const CREDIT_CODE = '91220101MA0Y2YGR2G';

describe('employer login form', () => {
  it('checks the credit code’s check character before a code is sent, and asks for six digits', () => {
    expect(validateCreditCode(emptyEmployerLoginForm())).toEqual({ ok: false, errors: { creditCode: '请填写统一社会信用代码' } });
    const typo = validateCreditCode({ creditCode: `${CREDIT_CODE.slice(0, 17)}0`, code: '' });
    expect(typo.ok ? '' : typo.errors.creditCode).toBe('统一社会信用代码校验位不正确');
    expect(validateCreditCode({ creditCode: ` ${CREDIT_CODE.toLowerCase()} `, code: '' })).toEqual({ ok: true, creditCode: CREDIT_CODE });
    const short = validateEmployerLogin({ creditCode: CREDIT_CODE, code: '123' });
    expect(short.ok ? {} : short.errors).toEqual({ code: '验证码为6位数字' });
    expect(validateEmployerLogin({ creditCode: CREDIT_CODE, code: '123456' })).toEqual({ ok: true, creditCode: CREDIT_CODE, code: '123456' });
  });

  it('logs in with the code and opens the batch page in the employer’s own session', async () => {
    const employer = fakeEmployerApi({
      requestCode: async () => ({ message: '验证码已发送至单位联系人手机', expiresInSeconds: 300, resendAfterSeconds: 60 }),
      login: async () => ({
        accessToken: 'employer-token',
        expiresAt: '2999-01-01T00:00:00.000Z',
        applicant: { kind: 'employer', creditCode: CREDIT_CODE, name: '长春测试机械有限公司', contactName: '王会计', regionCode: '220100' },
      }),
    });
    const ctx = setup(async () => info(['skill-subsidy']), undefined, undefined, employer);
    await ctx.router.push('/employer/batch');
    expect(ctx.router.currentRoute.value.name).toBe('employer-login');
    const wrapper = mount(EmployerLoginView, { global: ctx.global, attachTo: document.body });
    await wrapper.find('#employer-creditCode').setValue(CREDIT_CODE);
    await wrapper.find('[data-test="employer-send"]').trigger('click');
    await flushPromises();
    expect(employer.requestCode).toHaveBeenCalledWith({ creditCode: CREDIT_CODE });
    expect(wrapper.find('[data-test="employer-sent"]').text()).toContain('验证码已发送');
    await wrapper.find('#employer-code').setValue('654321');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(employer.login).toHaveBeenCalledWith({ creditCode: CREDIT_CODE, code: '654321' });
    expect(ctx.router.currentRoute.value.fullPath).toBe('/employer/batch');
    // The person's login is untouched: the two sessions never stand in for each other.
    expect(sessionStorage.getItem('huimin.portal.session')).toBeNull();
    expect(JSON.parse(sessionStorage.getItem('huimin.portal.employer-session') ?? '{}').token).toBe('employer-token');
    wrapper.unmount();
  });
});

describe('batch sheet helpers', () => {
  it('gives a template whose header row is what the API reads, with a BOM for Excel', () => {
    const [header, example] = batchTemplateCsv().split('\r\n');
    expect(header).toBe('\uFEFFidNumber,certificateNo,payeeKind,accountNo,bankName,phone');
    // The example leaves the ID number blank, so a forgotten example row is an error, not an application.
    expect(example!.startsWith(',')).toBe(true);
  });

  it('takes .csv and .xlsx files only', () => {
    expect(uploadTypeOf({ name: '职工.CSV', type: '' })).toBe('text/csv');
    expect(uploadTypeOf({ name: '职工.xlsx', type: '' })).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(uploadTypeOf({ name: '职工.xls', type: 'application/vnd.ms-excel' })).toBeNull();
  });

  it('says each row error by its sheet line and column title', () => {
    expect(
      errorsByLine([
        { index: 2, path: 'accountNo', message: '收款账号应为8～30位数字' },
        { index: 0, path: 'idNumber', message: '该人员不是本单位参保职工' },
        { index: 2, path: 'payeeKind', message: '收款方式无效' },
        { index: 3, path: '', message: '没有适用的政策' },
      ]),
    ).toEqual([
      { line: 2, items: [{ column: '身份证号', message: '该人员不是本单位参保职工' }] },
      { line: 4, items: [{ column: '收款账号', message: '收款账号应为8～30位数字' }, { column: '收款方式', message: '收款方式无效' }] },
      { line: 5, items: [{ column: '整行', message: '没有适用的政策' }] },
    ]);
  });
});

describe('the batch page', () => {
  const preview: EmployerBatchResult = {
    dryRun: true,
    total: 2,
    created: [],
    accepted: [{ index: 0, applicantName: '张三', occupation: '焊工', level: 4, amountFen: 150000, eligible: true }],
    errors: [{ index: 1, path: 'idNumber', message: '该人员不是本单位参保职工，不能由本单位集中申请' }],
  };
  const created: EmployerBatchResult = {
    dryRun: false,
    total: 2,
    created: [{ index: 0, caseId: 'c-1', applicantName: '张三', occupation: '焊工', level: 4, amountFen: 150000, eligible: true }],
    errors: preview.errors,
  };

  it('checks the sheet, shows row-by-row errors, then submits once with one key and shows the cases', async () => {
    sessionStorage.setItem('huimin.portal.employer-session', JSON.stringify({ token: 'e', name: '长春测试机械有限公司', idNumberMasked: '', expiresAt: '2999-01-01T00:00:00Z' }));
    const batch = async (_file: Blob, _type: string, options: { dryRun: boolean }) => (options.dryRun ? preview : created);
    const employer = fakeEmployerApi({ batch: batch as EmployerApi['batch'] });
    const ctx = setup(async () => info(['skill-subsidy']), undefined, undefined, employer);
    await ctx.router.push('/employer/batch');
    expect(ctx.router.currentRoute.value.name).toBe('employer-batch');
    const wrapper = mount(EmployerBatchView, { global: ctx.global, attachTo: document.body });
    expect(wrapper.text()).toContain('长春测试机械有限公司，您好。');
    expect(wrapper.find('[data-test="batch-template"]').attributes('href')).toContain('data:text/csv');

    // Nothing chosen yet: nothing is sent.
    await wrapper.find('[data-test="batch-check"]').trigger('click');
    expect(wrapper.text()).toContain('请先选择要上传的表格');
    expect(employer.batch).not.toHaveBeenCalled();

    const input = wrapper.find('[data-test="batch-file"]');
    const file = new File(['idNumber,certificateNo\r\n'], '职工.csv', { type: 'text/csv' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await wrapper.find('[data-test="batch-check"]').trigger('click');
    await flushPromises();
    expect(employer.batch).toHaveBeenLastCalledWith(file, 'text/csv', { dryRun: true });
    expect(wrapper.find('[data-test="batch-ok"]').text()).toContain('第2行 张三：焊工');
    expect(wrapper.find('[data-test="batch-error"]').text()).toBe('✗ 第3行（身份证号）：该人员不是本单位参保职工，不能由本单位集中申请');

    await wrapper.find('[data-test="batch-submit"]').trigger('click');
    await flushPromises();
    const [, , options] = employer.batch.mock.calls[1]!;
    expect(options.dryRun).toBe(false);
    expect(options.idempotencyKey).toMatch(/.{8,}/);
    expect(wrapper.findAll('[data-test="batch-created"]').map((c) => c.text())).toEqual([expect.stringContaining('张三')]);
    expect(wrapper.find('[data-test="batch-result"]').text()).toContain('已为1名职工提交申请');
    expect(wrapper.find('[data-test="batch-preview"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
