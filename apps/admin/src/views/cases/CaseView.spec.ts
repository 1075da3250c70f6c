import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import { ApiError, type CaseDetail } from '../../api';
import { HTTP_KEY } from '../../composables/useHttp';
import { fakeHttp } from '../../test-http';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import CaseView from './CaseView.vue';

beforeEach(() => sessionStorage.clear());

const CASE: CaseDetail = {
  id: 'c1', status: 'submitted', statusLabel: '已提交', channel: 'counter', regionCode: '220100', applicantName: '张三',
  idNumberMasked: '2201**********1234', certificateNo: 'S1', certificateKind: 'skill_level', occupation: '焊工', level: 4,
  amountFen: 150000, applicationDate: '2026-11-23', dueKind: 'review', dueOn: '2026-11-30', overdue: false, createdAt: '2026-11-23T01:00:00.000Z',
  basisDate: '2026-09-01', ruleSetId: 'jl-2025', pendingApprovalStep: 'handler', phoneMasked: null, proxy: null,
  evaluation: {
    eligible: true, amountFen: 150000, applicationDeadline: '2027-09-01', reasons: [], warnings: [],
    policy: { id: 'jl', source: '吉人社〔2025〕1号', basis: 'certificate_issue_date', basisDate: '2026-09-01', ruleSetId: 'jl-2025', sources: ['吉人社〔2025〕1号'], layers: [], marks: {} },
    checks: [{ rule: 'A1', passed: true, message: '累计缴纳失业保险费48个月' }, { rule: 'A4', passed: false, message: '等级不在范围', code: 'LEVEL_NOT_COVERED' }],
  },
  facts: {
    request: {
      regionCode: '220100', applicationDate: '2026-11-23',
      applicant: { contributionMonths: 48, inArrears: false, deepPovertyArea: false, status: 'employed' },
      certificate: { kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-09-01' }, priorGrants: [], heldCertificates: [],
    },
    person: { idNumberMasked: '2201**********1234', name: '张三', sex: 'male', birthDate: '1985-03-15', regionCode: '220100', address: null },
    employer: null, contributions: { paidMonths: 48, inArrears: false, latestCreditCode: null, latestMonth: null },
    certificate: { certificateNo: 'S1', kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-09-01', issuer: '吉林省职业技能鉴定中心', source: '本系统证书库' },
    sources: { certificate: '本系统证书库' },
  },
  deadlines: [], payee: { kind: 'bank_account', accountNoMasked: '6222***********0128', bankName: '工行' },
  steps: [{ seq: 1, event: 'submit', from: null, to: 'submitted', on: '2026-11-23', actorKind: 'staff', actorName: '长春经办人', role: 'handler', round: 1, approvalStep: null, reason: null }],
  allowedActions: [{ event: 'approve', label: '审核通过', reasonRequired: false }, { event: 'reject', label: '审核不通过', reasonRequired: true }],
};

async function mountCase(api = fakeApi({ getCase: async () => CASE })) {
  const ctx = setup(api);
  ctx.session.signIn('t', HANDLER);
  await ctx.router.push('/skill-subsidy/cases/c1');
  // The payee reveal calls the API through its own file: none of these tests reaches it.
  const { http } = fakeHttp({});
  const wrapper = mount(CaseView, { global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } }, attachTo: document.body });
  await flushPromises();
  return { ...ctx, wrapper };
}

describe('CaseView', () => {
  it('shows every check with ✓/✗ and its rule, the amount in 大写, and the allowed actions only', async () => {
    const { wrapper } = await mountCase();
    const checks = wrapper.find('[data-test="case-checks"]').text();
    expect(checks).toContain('✓');
    expect(checks).toContain('✗');
    expect(checks).toContain('A4');
    expect(wrapper.find('[data-test="case-amount"]').text()).toContain('壹仟伍佰元整');
    expect(wrapper.find('[data-test="case-action-approve"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="case-action-reject"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('offers nothing when the API allows nothing', async () => {
    const { wrapper } = await mountCase(fakeApi({ getCase: async () => ({ ...CASE, allowedActions: [] }) }));
    expect(wrapper.find('[data-test="case-action-approve"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="case-no-actions"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('requires a reason to refuse, and shows the API 409 detail', async () => {
    const api = fakeApi({
      getCase: async () => CASE,
      decideCase: async () => {
        throw new ApiError({ status: 409, detail: '该申请已被他人处理，请刷新后重试' });
      },
    });
    const { wrapper } = await mountCase(api);
    await wrapper.find('[data-test="case-action-reject"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-test="case-dialog-confirm"]')!.click();
    await flushPromises();
    expect(api.cases.decide).not.toHaveBeenCalled();
    // The message sits on the reason field (Element Plus shows it under the field).
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toContain('审核不通过须填写理由');
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
    textarea.value = '证书不符';
    textarea.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-test="case-dialog-confirm"]')!.click();
    await flushPromises();
    expect(api.cases.decide).toHaveBeenCalledWith('c1', { decision: 'reject', reason: '证书不符' });
    expect(document.body.textContent).toContain('该申请已被他人处理');
    wrapper.unmount();
  });
});
