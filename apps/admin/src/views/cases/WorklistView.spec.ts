import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElTable } from '../../adapter/element-plus';
import type { CaseList, CaseListQuery, CaseSummary } from '../../api';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import WorklistView from './WorklistView.vue';

beforeEach(() => sessionStorage.clear());

const ROW: CaseSummary = {
  id: 'c1', status: 'submitted', statusLabel: '已提交', channel: 'counter', regionCode: '220100', applicantName: '张三',
  idNumberMasked: '2201**********1234', certificateNo: 'S1', certificateKind: 'skill_level', occupation: '焊工', level: 4,
  amountFen: 150000, applicationDate: '2026-11-23', dueKind: 'review', dueOn: null, overdue: false, createdAt: '2026-11-23T01:00:00.000Z',
};

function page(items: CaseSummary[]): CaseList {
  const counts = { submitted: items.length, reviewing: 0, approved: 0, rejected: 0, appealed: 0, in_notice: 0, notice_passed: 0, cancelled: 0, paying: 0, paid: 0, payment_failed: 0, clawback_pending: 0, recovered: 0, withdrawn: 0 };
  return { items, total: items.length, page: 1, pageSize: 20, counts };
}

async function mountWorklist(path: string) {
  const asked: CaseListQuery[] = [];
  const api = fakeApi({
    listCases: async (query) => {
      asked.push(query);
      return page([ROW, { ...ROW, id: 'c2', applicantName: '李四', amountFen: 200000 }]);
    },
  });
  const ctx = setup(api);
  ctx.session.signIn('t', HANDLER);
  await ctx.router.push(path);
  const wrapper = mount(WorklistView, { global: ctx.global, attachTo: document.body });
  await flushPromises();
  return { ...ctx, wrapper, asked };
}

describe('WorklistView sorting', () => {
  it("asks the API for the order of a header's sort-change and keeps it in the address", async () => {
    const { wrapper, router, asked } = await mountWorklist('/skill-subsidy/cases?view=all&page=3');
    expect(asked.at(-1)).toEqual({ page: 3, pageSize: 20 });
    expect(wrapper.find('[data-test="case-row-c2"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="worklist-caption"]').text()).toContain('按提交时间由新到旧排列');

    wrapper.findComponent(ElTable).vm.$emit('sort-change', { column: null, prop: 'dueOn', order: 'ascending' });
    await flushPromises();
    // A new order starts again at the first page: page 3 of another order is a different set of cases.
    expect(router.currentRoute.value.query).toEqual({ view: 'all', sort: 'dueOn' });
    expect(asked.at(-1)).toEqual({ sort: 'dueOn', page: 1, pageSize: 20 });
    expect(wrapper.find('[data-test="worklist-caption"]').text()).toContain('按办理期限由近到远排列');

    wrapper.findComponent(ElTable).vm.$emit('sort-change', { column: null, prop: 'amountFen', order: 'descending' });
    await flushPromises();
    expect(asked.at(-1)).toEqual({ sort: '-amountFen', page: 1, pageSize: 20 });

    // The third click clears the order: the API's default again, nothing in the address.
    wrapper.findComponent(ElTable).vm.$emit('sort-change', { column: null, prop: 'amountFen', order: null });
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ view: 'all' });
    expect(asked.at(-1)).toEqual({ page: 1, pageSize: 20 });
    wrapper.unmount();
  });

  it('changes the order from the keyboard too: the header names are buttons with the same cycle', async () => {
    const { wrapper, router, asked } = await mountWorklist('/skill-subsidy/cases?view=all');
    await wrapper.find('[data-test="sort-dueOn"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ view: 'all', sort: 'dueOn' });
    await wrapper.find('[data-test="sort-dueOn"]').trigger('click');
    await flushPromises();
    expect(asked.at(-1)).toEqual({ sort: '-dueOn', page: 1, pageSize: 20 });
    await wrapper.find('[data-test="sort-dueOn"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ view: 'all' });
    await wrapper.find('[data-test="sort-applicationDate"]').trigger('click');
    await flushPromises();
    expect(asked.at(-1)).toEqual({ sort: 'submittedAt', page: 1, pageSize: 20 });
    wrapper.unmount();
  });

  it('opens on the order in the address, with the header showing it', async () => {
    const { wrapper, asked } = await mountWorklist('/skill-subsidy/cases?sort=-status');
    expect(asked.at(-1)).toEqual({ status: 'submitted', sort: '-status', page: 1, pageSize: 20 });
    expect((wrapper.findComponent(ElTable).props() as { defaultSort?: unknown }).defaultSort).toEqual({ prop: 'status', order: 'descending' });
    expect(wrapper.find('[data-test="worklist-caption"]').text()).toContain('按办理环节倒序排列');
    wrapper.unmount();
  });
});
