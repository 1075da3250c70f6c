import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import type { ObjectionItem, ObjectionPage } from '../../api/objections';
import { mountScreen, problem, typeInto, type FakeRequest } from '../../test-http';
import { HANDLER, HEAD } from '../../test-utils';
import { canDecide, inboxFromQuery, inboxToQuery } from './objections';
import ObjectionsView from './ObjectionsView.vue';

const AUDITOR: SessionUser = { id: 'u7', username: 'auditor', displayName: '内控审计员', roles: ['auditor'], regionCode: '000000' };
const ID = '0b9f5a5e-3c1d-4e7a-9a49-6f1f0c2d8e11';

const OPEN: ObjectionItem = {
  id: ID,
  status: 'open',
  statusLabel: '待处理',
  caseId: 'c1',
  regionCode: '220100',
  noticeBatchId: 'n1',
  noticeEndsOn: '2026-12-07',
  applicantName: '张*三',
  occupation: '焊工',
  level: 4,
  certificateNo: 'S1',
  content: '该人员并未在本单位参保，证书系借用。',
  contactName: '李四',
  contactPhoneMasked: '139****0009',
  createdAt: '2026-12-02T01:30:00.000Z',
  decidedBy: null,
  decisionReason: null,
  decidedAt: null,
};
const DISMISSED: ObjectionItem = { ...OPEN, id: 'o2', status: 'dismissed', statusLabel: '异议不成立', decidedBy: '长春负责人', decisionReason: '经核查参保记录真实', decidedAt: '2026-12-03T02:00:00.000Z' };

const pageOf = (items: ObjectionItem[]): ObjectionPage => ({ items, total: items.length, page: 1, pageSize: 20, counts: { open: 1, upheld: 0, dismissed: 3, closed: 2 } });
const listFor = (req: FakeRequest) => pageOf(req.query.get('status') === 'dismissed' ? [DISMISSED] : req.query.get('status') === 'open' ? [OPEN] : [OPEN, DISMISSED]);

beforeEach(() => sessionStorage.clear());

describe('objections inbox state', () => {
  it('opens on the open objections and keeps other filters in the URL', () => {
    expect(inboxFromQuery({})).toEqual({ status: 'open', page: 1, pageSize: 20 });
    expect(inboxFromQuery({ status: 'all' }).status).toBe('');
    expect(inboxFromQuery({ status: 'nonsense' }).status).toBe('open');
    expect(inboxToQuery({ status: 'open', page: 1, pageSize: 20 }, '220100', '220100')).toEqual({});
    expect(inboxToQuery({ status: '', page: 3, pageSize: 50 }, '220200', '220000')).toEqual({ region: '220200', status: 'all', page: '3', pageSize: '50' });
  });

  it('lets handlers and heads decide open objections only', () => {
    expect(canDecide(OPEN, ['head'])).toBe(true);
    expect(canDecide(OPEN, ['reviewer', 'auditor'])).toBe(false);
    expect(canDecide(DISMISSED, ['handler'])).toBe(false);
  });
});

describe('ObjectionsView', () => {
  it('lists the open objections of the region with the count of each status', async () => {
    const { wrapper, requests } = await mountScreen(ObjectionsView, '/skill-subsidy/objections', HEAD, { 'GET /api/v1/skill-subsidy/objections': listFor });
    expect(Object.fromEntries(requests[0]!.query)).toEqual({ regionCode: '220100', status: 'open', page: '1', pageSize: '20' });
    expect(wrapper.find('[data-test="objection-tab-open"]').text()).toBe('待处理1');
    expect(wrapper.find('[data-test="objection-tab-dismissed"]').text()).toBe('异议不成立3');
    expect(wrapper.find('[data-test="objection-tab-all"]').text()).toBe('全部6');
    const row = wrapper.find(`[data-test="objection-row-${ID}"]`).text();
    expect(row).toContain('证书系借用');
    expect(row).toContain('139****0009');
    expect(row).toContain('2026-12-02 09:30');
    wrapper.unmount();
  });

  it('switches status by the tabs and shows the decision taken', async () => {
    const { wrapper, requests, router } = await mountScreen(ObjectionsView, '/skill-subsidy/objections?status=dismissed', HEAD, { 'GET /api/v1/skill-subsidy/objections': listFor });
    expect(requests.at(-1)!.query.get('status')).toBe('dismissed');
    expect(wrapper.find('[data-test="objection-row-o2"]').text()).toContain('经核查参保记录真实');
    expect(wrapper.find('[data-test="objection-decide-o2"]').exists()).toBe(false);
    await router.push('/skill-subsidy/objections?status=all');
    await flushPromises();
    expect(requests.at(-1)!.query.has('status')).toBe(false);
    wrapper.unmount();
  });

  it('asks for a conclusion and a reason before sending, then sends the decision', async () => {
    const { wrapper, requests } = await mountScreen(ObjectionsView, '/skill-subsidy/objections', HANDLER, {
      'GET /api/v1/skill-subsidy/objections': listFor,
      [`POST /api/v1/skill-subsidy/objections/${ID}/decisions`]: () => ({ id: ID, status: 'dismissed', caseId: 'c1' }),
    });
    await wrapper.find(`[data-test="objection-decide-${ID}"]`).trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-test="objection-confirm"]')!.click();
    await flushPromises();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toEqual(expect.arrayContaining(['请选择核查结论', '请填写核查结论']));
    document.querySelector<HTMLInputElement>('[data-test="verdict-dismiss"] input')!.click();
    typeInto('textarea[name="reason"]', '  经核查，该人员在本单位连续参保 ');
    document.querySelector<HTMLButtonElement>('[data-test="objection-confirm"]')!.click();
    await flushPromises();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe(`/api/v1/skill-subsidy/objections/${ID}/decisions`);
    expect(post.body).toEqual({ decision: 'dismiss', reason: '经核查，该人员在本单位连续参保' });
    expect(wrapper.find('[data-test="objection-done"]').text()).toContain('继续公示');
    // The list is read again after the decision.
    expect(requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(1);
    wrapper.unmount();
  });

  it('shows the API’s refusal in the dialog (D1: the user took a step of this case)', async () => {
    const { wrapper } = await mountScreen(ObjectionsView, '/skill-subsidy/objections', HANDLER, {
      'GET /api/v1/skill-subsidy/objections': listFor,
      [`POST /api/v1/skill-subsidy/objections/${ID}/decisions`]: () => problem(403, '您已办理过该申请的审核步骤，不能处理其异议'),
    });
    await wrapper.find(`[data-test="objection-decide-${ID}"]`).trigger('click');
    await flushPromises();
    document.querySelector<HTMLInputElement>('[data-test="verdict-uphold"] input')!.click();
    await flushPromises();
    expect(document.body.textContent).toContain('不能撤销');
    typeInto('textarea[name="reason"]', '证书系借用，经当事人确认');
    document.querySelector<HTMLButtonElement>('[data-test="objection-confirm"]')!.click();
    await flushPromises();
    expect(document.querySelector('[data-test="objection-decide-failure"]')!.textContent).toContain('不能处理其异议');
    wrapper.unmount();
  });

  it('lets internal control read the inbox without deciding', async () => {
    const { wrapper } = await mountScreen(ObjectionsView, '/skill-subsidy/objections', AUDITOR, { 'GET /api/v1/skill-subsidy/objections': listFor });
    expect(wrapper.find(`[data-test="objection-row-${ID}"]`).exists()).toBe(true);
    expect(wrapper.find(`[data-test="objection-decide-${ID}"]`).exists()).toBe(false);
    // The case pages are for case staff: no link to them either.
    expect(wrapper.find(`[data-test="objection-case-${ID}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the empty and the error state', async () => {
    const empty = await mountScreen(ObjectionsView, '/skill-subsidy/objections', HEAD, { 'GET /api/v1/skill-subsidy/objections': () => pageOf([]) });
    expect(empty.wrapper.find('[data-test="objections-empty"]').text()).toContain('没有待处理的异议');
    empty.wrapper.unmount();
    const failing = await mountScreen(ObjectionsView, '/skill-subsidy/objections', HEAD, { 'GET /api/v1/skill-subsidy/objections': () => problem(500, '') });
    expect(failing.wrapper.find('[data-test="objections-error"]').text()).toContain('HTTP 500');
    failing.wrapper.unmount();
  });
});
