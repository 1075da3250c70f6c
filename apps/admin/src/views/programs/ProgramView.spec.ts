import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type SystemInfo } from '../../api';
import { fakeApi, HANDLER, setup, WAIT } from '../../test-utils';
import ProgramView from './ProgramView.vue';

beforeEach(() => sessionStorage.clear());

async function mountProgram(path: string, info: () => Promise<SystemInfo>) {
  const ctx = setup(fakeApi({ info }));
  ctx.session.signIn('t', HANDLER);
  await ctx.router.push(path);
  const wrapper = mount(ProgramView, { global: ctx.global });
  await flushPromises();
  return { ...ctx, wrapper };
}

const unavailable = () => Promise.reject(new ApiError({ status: 503, detail: '服务暂不可用' }));

describe('ProgramView', () => {
  it('shows an enabled program with its name and what is still to come', async () => {
    const { wrapper } = await mountProgram('/programs/skill-subsidy', async () => ({
      programs: ['skill-subsidy'],
      demo: true,
      version: '1',
    }));
    expect(wrapper.find('h1').text()).toBe('技能提升补贴');
    expect(wrapper.text()).toContain('本部署已开通此业务');
  });

  it('does not claim the program is on when the list of programs cannot be read', async () => {
    // The guard lets the page open (it cannot tell); the page must not pretend it knows.
    const { wrapper, router } = await mountProgram('/programs/skill-subsidy', unavailable);
    expect(router.currentRoute.value.name).toBe('program');
    expect(wrapper.find('[data-test="program-page"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('服务暂不可用');
    expect(wrapper.text()).not.toContain('本部署已开通此业务');
  });

  it('shows "not found" once it learns the program is off', async () => {
    const info = vi
      .fn<() => Promise<SystemInfo>>()
      .mockImplementationOnce(unavailable)
      .mockResolvedValue({ programs: ['skill-subsidy'], demo: true, version: '1' });
    const { wrapper, router } = await mountProgram('/programs/job-stabilization', info);
    expect(router.currentRoute.value.name).toBe('program');
    const retry = wrapper.find('.program__retry');
    if (retry.exists()) await retry.trigger('click');
    await vi.waitFor(() => expect(wrapper.text()).toContain('页面不存在'), WAIT);
    expect(wrapper.find('[data-test="program-page"]').exists()).toBe(false);
  });
});
