import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../api';
import { CALENDAR_OK, fakeApi, HANDLER, setup } from '../../test-utils';
import HomeView from './HomeView.vue';

beforeEach(() => sessionStorage.clear());

const WARNING = '2027年的节假日安排尚未载入';

async function mountHome(roles: SessionUser['roles'], warning: string | null) {
  const api = fakeApi({ calendarStatus: async () => ({ ...CALENDAR_OK, warning }) });
  const ctx = setup(api);
  ctx.session.signIn('t', { ...HANDLER, roles });
  await ctx.router.push('/');
  const wrapper = mount(HomeView, { global: ctx.global });
  await flushPromises();
  return { ...ctx, wrapper };
}

describe('HomeView calendar warning', () => {
  it('tells a system admin that next year’s schedule is missing, with a link to load it', async () => {
    const { wrapper } = await mountHome(['system_admin'], WARNING);
    const alert = wrapper.find('[data-test="home-calendar-warning"]');
    expect(alert.text()).toContain(WARNING);
    expect(alert.find('a').attributes('href')).toBe('/system/calendar');
  });

  it('shows nothing when the calendar is fine', async () => {
    const { wrapper } = await mountHome(['system_admin'], null);
    expect(wrapper.find('[data-test="home-calendar-warning"]').exists()).toBe(false);
  });

  it('does not ask or warn for other roles', async () => {
    const { wrapper, api } = await mountHome(['handler'], WARNING);
    expect(wrapper.find('[data-test="home-calendar-warning"]').exists()).toBe(false);
    expect(api.calendar.status).not.toHaveBeenCalled();
  });
});
