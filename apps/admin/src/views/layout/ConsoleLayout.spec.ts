import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../api';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import ConsoleLayout from './ConsoleLayout.vue';

beforeEach(() => sessionStorage.clear());

async function mountShell(roles: SessionUser['roles'], programs: string[]) {
  const api = fakeApi({ info: async () => ({ programs: programs as never, demo: false, version: '1.2.3' }) });
  const ctx = setup(api);
  ctx.session.signIn('t', { ...HANDLER, roles });
  await ctx.router.push('/');
  const wrapper = mount(ConsoleLayout, { global: ctx.global });
  await flushPromises();
  return { ...ctx, wrapper };
}

describe('ConsoleLayout', () => {
  it('shows the user, their roles in Chinese and the region code', async () => {
    const { wrapper } = await mountShell(['handler', 'reviewer'], ['skill-subsidy']);
    const user = wrapper.find('[data-test="current-user"]').text();
    expect(user).toContain('吉林经办员');
    expect(user).toContain('经办人');
    expect(user).toContain('复核人');
    expect(user).toContain('220100');
  });

  it('has a menu entry for each enabled program only', async () => {
    const { wrapper } = await mountShell(['handler'], ['skill-subsidy', 'job-stabilization']);
    const menu = wrapper.find('[data-test="side-menu"]').text();
    expect(menu).toContain('工作台');
    expect(menu).toContain('技能提升补贴');
    expect(menu).toContain('稳岗返还');
    expect(menu).not.toContain('失业保险金');
    expect(menu).not.toContain('系统管理');
  });

  it('offers 系统管理 to a system admin', async () => {
    const { wrapper } = await mountShell(['system_admin'], []);
    expect(wrapper.find('[data-test="side-menu"]').text()).toContain('系统管理');
  });

  it('signs out and clears the stored token', async () => {
    const { wrapper, session } = await mountShell(['handler'], []);
    await wrapper.find('[data-test="logout"]').trigger('click');
    expect(session.token).toBeNull();
    expect(session.signedOutReason).toBe('logout');
    expect(sessionStorage.getItem('huimin.admin.token')).toBeNull();
  });
});
