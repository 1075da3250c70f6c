import { flushPromises, mount } from '@vue/test-utils';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, RatingBody } from '../../api/applicant';
import { ApiError } from '../../api/http';
import { fakeApplicantApi, info, setup } from '../../test-utils';
import CaseView from './CaseView.vue';
import RatingForm from './RatingForm.vue';
import { RATING_LABELS, validateRating } from './rating';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
// Vant's NavBar measures itself again shortly after mounting; let those timers run while jsdom still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

const FINISHED: CaseDetail = {
  id: '11111111-1111-1111-1111-111111111111',
  status: 'withdrawn',
  statusLabel: '已撤回',
  channel: 'online',
  regionCode: '220100',
  applicantName: '张三',
  idNumberMasked: '2201**********1234',
  certificateNo: 'S1',
  certificateKind: 'skill_level',
  occupation: '焊工',
  level: 4,
  amountFen: 150000,
  applicationDate: '2026-11-02',
  dueKind: null,
  dueOn: null,
  overdue: false,
  createdAt: '2026-11-02T01:00:00.000Z',
  basisDate: '2026-09-01',
  ruleSetId: 'cn-skill-2017-40+jl-2017-67',
  evaluation: { eligible: true, amountFen: 150000, applicationDeadline: null, policy: null, checks: [], reasons: [], warnings: [] },
  facts: {
    request: {
      regionCode: '220100',
      applicationDate: '2026-11-02',
      applicant: { contributionMonths: 40, inArrears: false, deepPovertyArea: false, status: 'employed' },
      certificate: { kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-09-01' },
      priorGrants: [],
      heldCertificates: [],
    },
    person: { idNumberMasked: '2201**********1234', name: '张三', sex: 'male', birthDate: '1985-03-15', regionCode: '220100', address: null },
    employer: null,
    contributions: { paidMonths: 40, inArrears: false, latestCreditCode: null, latestMonth: null },
    certificate: { certificateNo: 'S1', kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-09-01', issuer: '吉林省职业技能鉴定中心', source: '本系统证书库' },
    sources: { certificate: '本系统证书库' },
  },
  deadlines: [],
  payee: { kind: 'bank_account', accountNoMasked: '6222****3445', bankName: '中国工商银行' },
  phoneMasked: null,
  proxy: null,
  pendingApprovalStep: null,
  steps: [],
  allowedActions: [],
  rating: null,
  canRate: true,
};

describe('validateRating', () => {
  it('asks for a level, sends the comment trimmed and only when there is one', () => {
    expect(validateRating({ score: null, comment: '' })).toEqual({ ok: false, errors: { score: '请选择评价等级' } });
    expect(validateRating({ score: 6, comment: '' }).ok).toBe(false);
    expect(validateRating({ score: 3, comment: '字'.repeat(501) })).toEqual({ ok: false, errors: { comment: '评价内容不能超过500个字' } });
    expect(validateRating({ score: 5, comment: '   ' })).toEqual({ ok: true, request: { score: 5 } });
    expect(validateRating({ score: 2, comment: ' 等得太久 ' })).toEqual({ ok: true, request: { score: 2, comment: '等得太久' } });
  });

  it('names all five levels from 非常不满意 to 非常满意', () => {
    expect([1, 2, 3, 4, 5].map((s) => RATING_LABELS[s])).toEqual(['非常不满意', '不满意', '基本满意', '满意', '非常满意']);
  });
});

async function mountForm(rate: (id: string, body: RatingBody) => Promise<CaseDetail>) {
  const applicant = fakeApplicantApi({ rate });
  const ctx = setup(async () => info(['skill-subsidy']), undefined, applicant);
  const wrapper = mount(RatingForm, { props: { caseId: FINISHED.id }, global: ctx.global, attachTo: document.body });
  return { wrapper, applicant };
}

describe('RatingForm', () => {
  it('shows five labelled stars, refuses an empty choice, and submits once', async () => {
    let release!: (d: CaseDetail) => void;
    const { wrapper, applicant } = await mountForm(() => new Promise((resolve) => (release = resolve)));
    const labels = wrapper.findAll('.rating__star').map((l) => l.text());
    expect(labels).toEqual(['★非常不满意', '★不满意', '★基本满意', '★满意', '★非常满意']);

    await wrapper.find('form').trigger('submit');
    expect(wrapper.text()).toContain('请选择评价等级');
    expect(applicant.rate).not.toHaveBeenCalled();

    await wrapper.find('[data-test="rating-score-4"]').setValue(true);
    expect(wrapper.find('[data-test="rating-chosen"]').text()).toBe('您选择了：满意');
    expect(wrapper.findAll('.rating__star--on')).toHaveLength(4);
    await wrapper.find('[data-test="rating-comment"]').setValue('办理很快');
    await wrapper.find('form').trigger('submit');
    await wrapper.find('form').trigger('submit');
    expect(applicant.rate).toHaveBeenCalledTimes(1);
    expect(applicant.rate).toHaveBeenCalledWith(FINISHED.id, { score: 4, comment: '办理很快' });

    const rated = { ...FINISHED, canRate: false, rating: { score: 4, comment: '办理很快', createdAt: '2026-11-23T00:00:00.000Z' } };
    release(rated);
    await flushPromises();
    expect(wrapper.emitted('rated')).toEqual([[rated]]);
    wrapper.unmount();
  });

  it('says why the server refused (already rated)', async () => {
    const { wrapper } = await mountForm(async () => {
      throw new ApiError(409, '该申请已评价过，每个申请只能评价一次');
    });
    await wrapper.find('[data-test="rating-score-1"]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="rating-failure"]').text()).toBe('该申请已评价过，每个申请只能评价一次');
    wrapper.unmount();
  });
});

describe('the case page', () => {
  async function mountCase(detail: CaseDetail, rate?: (id: string, body: RatingBody) => Promise<CaseDetail>) {
    sessionStorage.setItem('huimin.portal.session', JSON.stringify({ token: 't', name: '张三', idNumberMasked: '', expiresAt: '2999-01-01T00:00:00Z' }));
    const applicant = fakeApplicantApi({ case: async () => detail, ...(rate ? { rate } : {}) });
    const ctx = setup(async () => info(['skill-subsidy']), undefined, applicant);
    await ctx.router.push(`/me/cases/${detail.id}`);
    const wrapper = mount(CaseView, { props: { id: detail.id }, global: ctx.global, attachTo: document.body });
    await flushPromises();
    return wrapper;
  }

  it('offers the rating on a finished case and shows it once given', async () => {
    const rated = { ...FINISHED, canRate: false, rating: { score: 5, comment: null, createdAt: '2026-11-23T00:00:00.000Z' } };
    const wrapper = await mountCase(FINISHED, async () => rated);
    expect(wrapper.find('[data-test="rating-form"]').exists()).toBe(true);
    await wrapper.find('[data-test="rating-score-5"]').setValue(true);
    await wrapper.find('form[data-test="rating-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="rating-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="case-rated"]').text()).toContain('非常满意（5星）');
    wrapper.unmount();
  });

  it('shows no rating form while the case is under way', async () => {
    const wrapper = await mountCase({ ...FINISHED, status: 'submitted', statusLabel: '已提交', canRate: false });
    expect(wrapper.find('[data-test="case-rating"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
