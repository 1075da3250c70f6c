import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ElSelect } from '../adapter/element-plus';
import { createAppI18n } from '../modules/i18n';
import ListPagination from './ListPagination.vue';

function mountPagination() {
  return mount(ListPagination, {
    props: { total: 120, currentPage: 2, pageSize: 20, pageSizes: [20, 50, 100] },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  });
}

describe('ListPagination', () => {
  it('names its page-size choice, which the built-in one does not', () => {
    const wrapper = mountPagination();
    const input = wrapper.find('.list-pagination__sizes input');
    expect(input.attributes('aria-label')).toBe('每页条数');
    expect(wrapper.text()).toContain('120');
    wrapper.unmount();
  });

  it('reports a new page size and a new page', async () => {
    const wrapper = mountPagination();
    wrapper.findComponent(ElSelect).vm.$emit('change', 50);
    await wrapper.find('.btn-next').trigger('click');
    expect(wrapper.emitted('size-change')).toEqual([[50]]);
    expect(wrapper.emitted('current-change')).toEqual([[3]]);
    wrapper.unmount();
  });
});
