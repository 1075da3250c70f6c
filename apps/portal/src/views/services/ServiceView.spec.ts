import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { info, setup } from '../../test-utils';
import ServiceView from './ServiceView.vue';

async function mountService(program: string, enabled: string[]) {
  const ctx = setup(async () => info(enabled));
  await ctx.systemInfo.refresh();
  return mount(ServiceView, { props: { program }, global: ctx.global });
}

describe('ServiceView', () => {
  it('shows the service title and says the guide comes from the policy pack', async () => {
    const wrapper = await mountService('skill-subsidy', ['skill-subsidy']);
    const page = wrapper.find('[data-test="service-page"]');
    expect(page.find('h1').text()).toBe('技能提升补贴');
    expect(page.text()).toContain('办事指南将依据本地区政策包发布');
  });

  it('does not show a service the deployment has off', async () => {
    const wrapper = await mountService('job-stabilization', ['skill-subsidy']);
    expect(wrapper.find('[data-test="service-page"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('本地区暂未开通此项服务');
    expect(wrapper.text()).not.toContain('稳岗返还');
  });

  it('does not show an unknown program', async () => {
    const wrapper = await mountService('pension', ['skill-subsidy']);
    expect(wrapper.find('[data-test="service-page"]').exists()).toBe(false);
  });
});
