import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type CaseDetail } from '../../api';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import CasePrintView from './CasePrintView.vue';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

/** A Jilin case approved by the handler and the reviewer (two steps, no head) and put into the notice. */
const CASE: CaseDetail = {
  id: '6f0c1c9e-3f7a-4d7e-9a51-2b8e1f0c7d11',
  status: 'in_notice',
  statusLabel: '公示中',
  channel: 'counter',
  regionCode: '220100',
  applicantName: '张三',
  idNumberMasked: '220102********1234',
  certificateNo: 'S2026001',
  certificateKind: 'skill_level',
  occupation: '焊工',
  level: 4,
  amountFen: 150000,
  applicationDate: '2026-11-02',
  dueKind: null,
  dueOn: null,
  overdue: false,
  createdAt: '2026-11-02T01:00:00Z',
  basisDate: '2026-09-01',
  ruleSetId: 'jl-2025',
  pendingApprovalStep: null,
  phoneMasked: '139****5678',
  proxy: null,
  evaluation: {
    eligible: true,
    amountFen: 150000,
    applicationDeadline: '2027-09-01',
    policy: {
      id: 'jl',
      source: '吉人社联字〔2017〕67号',
      basis: 'certificate_issue_date',
      basisDate: '2026-09-01',
      ruleSetId: 'jl-2025',
      sources: [],
      layers: [],
      marks: {},
    },
    reasons: [],
    warnings: [],
    checks: [
      { rule: 'A1', passed: true, message: '累计缴纳失业保险费48个月，满足36个月要求' },
      { rule: 'A4', passed: true, message: '证书等级中级（四级）在补贴范围内' },
    ],
  },
  facts: {
    request: {
      regionCode: '220100',
      applicationDate: '2026-11-02',
      applicant: { contributionMonths: 48, inArrears: false, deepPovertyArea: false, status: 'employed' },
      certificate: { kind: 'skill_level', occupation: '焊工', level: 4, issueDate: '2026-09-01' },
      priorGrants: [],
      heldCertificates: [],
    },
    person: { idNumberMasked: '220102********1234', name: '张三', sex: 'male', birthDate: '1985-03-15', regionCode: '220100', address: null },
    employer: { creditCode: '91220101000000077X', name: '长春机械有限公司', industry: '制造业', address: null },
    contributions: { paidMonths: 48, inArrears: false, latestCreditCode: '91220101000000077X', latestMonth: '2026-10' },
    certificate: {
      certificateNo: 'S2026001',
      kind: 'skill_level',
      occupation: '焊工',
      level: 4,
      issueDate: '2026-09-01',
      issuer: '吉林省职业技能鉴定中心',
      source: '本系统证书库（由证书登记数据导入）',
    },
    sources: { certificate: '本系统证书库（由证书登记数据导入）' },
  },
  deadlines: [],
  payee: { kind: 'bank_account', accountNoMasked: '6222***********0128', bankName: '中国工商银行长春分行' },
  steps: [
    { seq: 1, event: 'submit', from: null, to: 'submitted', on: '2026-11-02', actorKind: 'staff', actorName: '长春经办人', role: 'handler', round: 1, approvalStep: null, reason: null },
    { seq: 2, event: 'approve', from: 'submitted', to: 'reviewing', on: '2026-11-03', actorKind: 'staff', actorName: '长春经办人', role: 'handler', round: 1, approvalStep: 'handler', reason: null },
    { seq: 3, event: 'approve', from: 'reviewing', to: 'approved', on: '2026-11-04', actorKind: 'staff', actorName: '长春复核人', role: 'reviewer', round: 1, approvalStep: 'reviewer', reason: '材料齐全' },
    { seq: 4, event: 'publish_notice', from: 'approved', to: 'in_notice', on: '2026-11-05', actorKind: 'staff', actorName: '长春经办人', role: 'handler', round: 1, approvalStep: null, reason: null },
  ],
  allowedActions: [],
};

async function mountPrint(api = fakeApi({ getCase: async () => CASE })) {
  const ctx = setup(api);
  ctx.session.signIn('t', HANDLER);
  await ctx.router.push(`/skill-subsidy/cases/${CASE.id}/print`);
  const wrapper = mount(CasePrintView, { global: ctx.global, attachTo: document.body });
  await flushPromises();
  return { ...ctx, wrapper };
}

const text = (wrapper: Awaited<ReturnType<typeof mountPrint>>['wrapper'], test: string) =>
  wrapper.find(`[data-test="${test}"]`).text().replace(/\s+/g, ' ').trim();

describe('CasePrintView', () => {
  it('is a page of its own, outside the console layout (no menu or header on the paper)', async () => {
    const { router } = await mountPrint();
    const matched = router.currentRoute.value.matched;
    expect(router.currentRoute.value.name).toBe('case-print');
    expect(matched).toHaveLength(1);
  });

  it('prints the applicant, the certificate and the amount in 大写 and in figures', async () => {
    const { wrapper, api } = await mountPrint();
    expect(api.cases.get).toHaveBeenCalledWith(CASE.id);
    expect(wrapper.find('.sheet__title').text()).toBe('吉林省参保职工技能提升补贴申领审批表');
    expect(text(wrapper, 'print-name')).toBe('张三');
    // The ID number as the API gives it: masked.
    expect(text(wrapper, 'print-id-number')).toBe('220102********1234');
    expect(text(wrapper, 'print-employer')).toBe('长春机械有限公司');
    expect(text(wrapper, 'print-occupation')).toBe('焊工');
    expect(text(wrapper, 'print-level')).toBe('中级（四级）');
    expect(text(wrapper, 'print-certificate-no')).toBe('S2026001');
    expect(text(wrapper, 'print-issue-date')).toBe('2026-09-01');
    expect(wrapper.findAll('[data-test="print-certificate-kind"] .sheet__choice').map((c) => c.text())).toEqual(['☐ 职业资格证书', '☑ 职业技能等级证书']);
    expect(text(wrapper, 'print-amount-upper')).toBe('大写：壹仟伍佰元整');
    expect(text(wrapper, 'print-amount-figures')).toBe('小写：¥1,500.00');
    expect(text(wrapper, 'print-notice')).toBe('2026-11-05起公示');
    expect(wrapper.findAll('[data-test="print-checks"] li')).toHaveLength(2);
  });

  it('fills the sign-off blocks from the timeline and leaves the head block blank in Jilin', async () => {
    const { wrapper } = await mountPrint();
    const block = (step: string, field: string) => wrapper.find(`[data-test="print-signoff-${step}"] [data-test="print-signoff-${field}"]`).text();
    expect(block('handler', 'name')).toBe('长春经办人');
    expect(block('handler', 'date')).toBe('2026-11-03');
    expect(block('handler', 'opinion')).toBe('审核通过');
    expect(block('reviewer', 'name')).toBe('长春复核人');
    expect(block('reviewer', 'date')).toBe('2026-11-04');
    expect(block('reviewer', 'opinion')).toBe('审核通过。材料齐全');
    expect(block('head', 'name')).toBe('');
    expect(block('head', 'opinion')).toBe('');
  });

  it('prints with the browser’s dialog from the button', async () => {
    const printSpy = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { wrapper } = await mountPrint();
    await wrapper.find('[data-test="print-button"]').trigger('click');
    expect(printSpy).toHaveBeenCalledTimes(1);
  });

  it('says so when the case cannot be read, and prints nothing', async () => {
    const { wrapper } = await mountPrint(
      fakeApi({
        getCase: async () => {
          throw new ApiError({ status: 404, detail: '未找到该案件' });
        },
      }),
    );
    expect(wrapper.find('[data-test="print-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="print-error"]').text()).toContain('未找到该案件');
    expect(wrapper.find('[data-test="print-button"]').attributes('disabled')).toBeDefined();
  });
});
