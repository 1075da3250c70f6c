import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import { ApiError, type NoticeBatch, type NoticeItem, type PublishedNotice } from '../../api';
import { fakeApi, HANDLER, HEAD, setup } from '../../test-utils';
import NoticeView from './NoticeView.vue';

beforeEach(() => sessionStorage.clear());

const ITEM: NoticeItem = {
  itemId: 'i1', name: '张*三', sex: '男', idNumber: '2201**********1234', employerName: '长春机械', occupation: '焊工', level: 4, levelName: '四级/中级工',
  certificateKind: 'skill_level', certificateKindName: '职业技能等级证书', certificateNo: 'S1', issueDate: '2026-09-01', amountFen: 150000, amountYuan: '1500.00',
};
const BATCH: NoticeBatch = { id: 'n1', regionCode: '220100', startsOn: '2026-12-01', endsOn: '2026-12-07', items: [ITEM] };
const OBJECTION = '0b9f5a5e-3c1d-4e7a-9a49-6f1f0c2d8e11';

async function mountNotices(api: ReturnType<typeof fakeApi>, user = HANDLER) {
  const ctx = setup(api);
  ctx.session.signIn('t', user);
  await ctx.router.push('/skill-subsidy/notices');
  const wrapper = mount(NoticeView, { global: ctx.global, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

function type(selector: string, value: string): void {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

describe('NoticeView', () => {
  it('lists the open batches of the region with masked rows', async () => {
    const api = fakeApi({ listNotices: async () => [BATCH] });
    const wrapper = await mountNotices(api);
    expect(api.notices.list).toHaveBeenCalledWith('220100');
    expect(wrapper.find('[data-test="notice-batch-n1"]').text()).toContain('2026-12-01 至 2026-12-07');
    expect(wrapper.find('[data-test="notice-item"]').text()).toContain('2201**********1234');
    wrapper.unmount();
  });

  it('shows the empty and the error state', async () => {
    const empty = await mountNotices(fakeApi({ listNotices: async () => [] }));
    expect(empty.find('[data-test="notice-empty"]').exists()).toBe(true);
    empty.unmount();
    const failing = await mountNotices(fakeApi({ listNotices: async () => { throw new ApiError({ status: 503, detail: '服务暂不可用' }); } }));
    expect(failing.find('[data-test="notice-error"]').text()).toContain('服务暂不可用');
    failing.unmount();
  });

  it('publishes once on a double click and shows the period the API computed', async () => {
    let resolve: (n: PublishedNotice) => void = () => {};
    const api = fakeApi({ listNotices: async () => [], publishNotice: () => new Promise((r) => (resolve = r)) });
    const wrapper = await mountNotices(api);
    const button = wrapper.find('[data-test="notice-publish-submit"]');
    await button.trigger('click');
    await button.trigger('click');
    resolve({ id: 'n1', regionCode: '220100', startsOn: '2026-12-01', endsOn: '2026-12-07', schedule: '长春市人社局网站', items: [ITEM] });
    await flushPromises();
    expect(api.notices.publish).toHaveBeenCalledTimes(1);
    expect(wrapper.find('[data-test="notice-published"]').text()).toContain('公示期 2026-12-01 至 2026-12-07');
    wrapper.unmount();
  });

  it('shows the 409 when nothing is approved, and hides publishing from a head', async () => {
    const api = fakeApi({ listNotices: async () => [], publishNotice: async () => { throw new ApiError({ status: 409, detail: '没有审核通过待公示的申请' }); } });
    const wrapper = await mountNotices(api);
    await wrapper.find('[data-test="notice-publish-submit"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="notice-publish-failure"]').text()).toContain('没有审核通过待公示的申请');
    wrapper.unmount();
    const head = await mountNotices(fakeApi({ listNotices: async () => [] }), HEAD);
    expect(head.find('[data-test="notice-publish"]').exists()).toBe(false);
    head.unmount();
  });

  it('checks the decision before sending, then shows the API 403 (D1)', async () => {
    const api = fakeApi({
      listNotices: async () => [],
      decideObjection: async () => { throw new ApiError({ status: 403, detail: '您已办理过该申请的审核步骤，不能处理其异议' }); },
    });
    const wrapper = await mountNotices(api, HEAD);
    await wrapper.find('[data-test="objection-form"]').trigger('submit');
    await flushPromises();
    expect(api.notices.decideObjection).not.toHaveBeenCalled();
    // The messages sit on the fields (Element Plus shows them under each field).
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toEqual(['请填写异议受理编号', '请选择核查结论', '请填写核查结论']);
    type('input[name="objectionId"]', OBJECTION);
    type('textarea[name="reason"]', '经核查证书真实');
    await wrapper.find('[data-test="objection-dismiss"] input').setValue(true);
    await wrapper.find('[data-test="objection-form"]').trigger('submit');
    await flushPromises();
    expect(api.notices.decideObjection).toHaveBeenCalledWith(OBJECTION, { decision: 'dismiss', reason: '经核查证书真实' });
    expect(wrapper.find('[data-test="objection-failure"]').text()).toContain('不能处理其异议');
    wrapper.unmount();
  });
});
