import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseStep, SessionUser } from '../../api';
import { HTTP_KEY } from '../../composables/useHttp';
import { fakeHttp } from '../../test-http';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import CaseView from './CaseView.vue';
import { appealContext } from './appeal';

beforeEach(() => sessionStorage.clear());

const step = (seq: number, over: Partial<CaseStep>): CaseStep => ({
  seq, event: 'submit', from: null, to: 'submitted', on: '2026-11-23', actorKind: 'staff', actorName: null, role: null, round: 1, approvalStep: null, reason: null, ...over,
});

const STEPS: CaseStep[] = [
  step(1, { actorName: '长春经办甲', role: 'handler' }),
  step(2, { event: 'approve', from: 'submitted', to: 'reviewing', actorName: '长春经办甲', role: 'handler', approvalStep: 'handler' }),
  step(3, { event: 'reject', from: 'reviewing', to: 'rejected', on: '2026-11-25', actorName: '长春复核乙', role: 'reviewer', approvalStep: 'reviewer', reason: '证书发证日期已超过12个月' }),
  step(4, { event: 'notify_refusal', from: 'rejected', to: 'rejected', on: '2026-11-26', actorKind: 'system' }),
  step(5, { event: 'appeal', from: 'rejected', to: 'appealed', on: '2026-11-28', actorKind: 'applicant', round: 2, reason: '证书补发，原证书发证日期在期限内' }),
];

const CASE: CaseDetail = {
  id: 'c1', status: 'appealed', statusLabel: '复核中', channel: 'counter', regionCode: '220100', applicantName: '张三',
  idNumberMasked: '2201**********1234', certificateNo: 'S1', certificateKind: 'skill_level', occupation: '焊工', level: 4,
  amountFen: 150000, applicationDate: '2026-11-23', dueKind: 'review', dueOn: '2026-12-10', overdue: false, createdAt: '2026-11-23T01:00:00.000Z',
  basisDate: '2026-09-01', ruleSetId: 'jl-2025', pendingApprovalStep: 'handler', phoneMasked: null, proxy: null,
  evaluation: {
    eligible: true, amountFen: 150000, applicationDeadline: '2027-09-01', reasons: [], warnings: [],
    policy: { id: 'jl', source: '吉人社〔2025〕1号', basis: 'certificate_issue_date', basisDate: '2026-09-01', ruleSetId: 'jl-2025', sources: ['吉人社〔2025〕1号'], layers: [], marks: {} },
    checks: [{ rule: 'A1', passed: true, message: '累计缴纳失业保险费48个月' }],
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
  steps: STEPS,
  allowedActions: [{ event: 'approve', label: '审核通过', reasonRequired: false }, { event: 'reject', label: '审核不通过', reasonRequired: true }],
};

describe('appealContext (A13, D1)', () => {
  it('gives the refused round’s refusals, the appeal and the first-round reviewers while the case is appealed', () => {
    const context = appealContext(CASE);
    expect(context?.appeal.reason).toBe('证书补发，原证书发证日期在期限内');
    expect(context?.refusals.map((s) => s.reason)).toEqual(['证书发证日期已超过12个月']);
    expect(context?.firstRoundStaff).toEqual(['长春经办甲', '长春复核乙']);
  });

  it('is null for any other status, or without an appeal step', () => {
    expect(appealContext({ ...CASE, status: 'rejected' })).toBeNull();
    expect(appealContext({ ...CASE, steps: STEPS.slice(0, 4) })).toBeNull();
  });
});

async function mountCase(user: SessionUser, detail: CaseDetail) {
  const ctx = setup(fakeApi({ getCase: async () => detail }));
  ctx.session.signIn('t', user);
  await ctx.router.push('/skill-subsidy/cases/c1');
  const { http } = fakeHttp({});
  const wrapper = mount(CaseView, { global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('CaseView of an appealed case', () => {
  it('says it is a re-review by other staff, with the refusal and appeal reasons above the actions and the decision form', async () => {
    const wrapper = await mountCase({ ...HANDLER, id: 'u9', displayName: '长春经办丙' }, CASE);
    const actions = wrapper.find('[data-test="case-actions"]');
    const summary = actions.find('[data-test="case-appeal"]');
    expect(summary.text()).toContain('复核');
    expect(summary.text()).toContain('未参与首轮审核');
    expect(summary.find('[data-test="case-appeal-staff"]').text()).toContain('长春经办甲、长春复核乙');
    expect(summary.find('[data-test="case-appeal-refusal"]').text()).toContain('证书发证日期已超过12个月');
    expect(summary.find('[data-test="case-appeal-refusal"]').text()).toContain('复核人');
    expect(summary.find('[data-test="case-appeal-reason"]').text()).toContain('证书补发，原证书发证日期在期限内');
    expect(actions.find('[data-test="case-action-approve"]').text()).toBe('复核通过');
    expect(actions.find('[data-test="case-action-reject"]').text()).toBe('复核不通过');

    await actions.find('[data-test="case-action-reject"]').trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[data-test="case-dialog"]')!;
    expect(dialog.textContent).toContain('证书补发，原证书发证日期在期限内');
    expect(dialog.textContent).toContain('证书发证日期已超过12个月');
    wrapper.unmount();
  });

  it('shows no re-review panel on a case that is not appealed', async () => {
    const wrapper = await mountCase(HANDLER, { ...CASE, status: 'submitted', statusLabel: '已提交', steps: STEPS.slice(0, 1) });
    expect(wrapper.find('[data-test="case-appeal"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="case-action-approve"]').text()).toBe('审核通过');
    wrapper.unmount();
  });
});
