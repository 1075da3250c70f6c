import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import { info, setup } from '../../test-utils';
import HomeView from './HomeView.vue';

describe('HomeView', () => {
  it('shows a skeleton while the list loads, then only the services that are on', async () => {
    let resolve: (value: ReturnType<typeof info>) => void = () => undefined;
    const ctx = setup(() => new Promise((r) => (resolve = r)));
    void ctx.systemInfo.refresh();
    const wrapper = mount(HomeView, { global: ctx.global });
    expect(wrapper.find('[data-test="services-loading"]').exists()).toBe(true);

    resolve(info(['skill-subsidy', 'job-stabilization']));
    await flushPromises();
    expect(wrapper.find('[data-test="services-loading"]').exists()).toBe(false);
    const list = wrapper.find('[data-test="services"]');
    expect(list.text()).toContain('技能提升补贴');
    expect(list.text()).toContain('稳岗返还');
    expect(list.text()).not.toContain('失业保险金');
    const link = wrapper.find('[data-test="service-skill-subsidy"]');
    expect(link.element.tagName).toBe('A');
    expect(link.attributes('href')).toBe('/services/skill-subsidy');
  });

  it('shows the one-line description of each service', async () => {
    const ctx = setup(async () => info(['unemployment-benefit']));
    await ctx.systemInfo.refresh();
    const wrapper = mount(HomeView, { global: ctx.global });
    expect(wrapper.find('[data-test="service-unemployment-benefit"]').text()).toContain('非本人意愿中断就业');
  });

  it('says so when a deployment has no service on', async () => {
    const ctx = setup(async () => info([]));
    await ctx.systemInfo.refresh();
    const wrapper = mount(HomeView, { global: ctx.global });
    expect(wrapper.text()).toContain('本地区暂未开通网上服务');
    expect(wrapper.find('[data-test="services"]').exists()).toBe(false);
  });

  it('shows the error with a retry that loads the list again', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(503, '系统维护中'))
      .mockResolvedValueOnce(info(['skill-subsidy']));
    const ctx = setup(load);
    await ctx.systemInfo.refresh();
    const wrapper = mount(HomeView, { global: ctx.global });
    const error = wrapper.find('[data-test="services-error"]');
    expect(error.text()).toContain('服务列表加载失败');
    expect(error.text()).toContain('系统维护中');

    await error.find('button').trigger('click');
    await flushPromises();
    expect(load).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[data-test="services"]').text()).toContain('技能提升补贴');
  });

  it('words a network failure plainly', async () => {
    const ctx = setup(async () => {
      throw new ApiError(0);
    });
    await ctx.systemInfo.refresh();
    const wrapper = mount(HomeView, { global: ctx.global });
    expect(wrapper.find('[data-test="services-error"]').text()).toContain('无法连接服务器');
  });
});
