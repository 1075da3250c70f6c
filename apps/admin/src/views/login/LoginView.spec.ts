import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type StaffLogin } from '../../api';
import { fakeApi, HANDLER, setup, staffLogin, WAIT } from '../../test-utils';
import LoginView from './LoginView.vue';

beforeEach(() => sessionStorage.clear());

async function mountLogin(api = fakeApi()) {
  const ctx = setup(api);
  await ctx.router.push('/login');
  const wrapper = mount(LoginView, { global: ctx.global, attachTo: document.body });
  return { ...ctx, wrapper };
}

async function fill(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], username: string, password: string) {
  await wrapper.find('input[name="username"]').setValue(username);
  await wrapper.find('input[name="password"]').setValue(password);
}

describe('LoginView', () => {
  it('shows the Chinese detail of a refused login and stays on the page', async () => {
    const api = fakeApi({
      login: async () => {
        throw new ApiError({ status: 401, detail: '用户名或密码错误' });
      },
    });
    const { wrapper, router, session } = await mountLogin(api);
    await fill(wrapper, 'jl-handler', 'wrong');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误');
    expect(router.currentRoute.value.name).toBe('login');
    expect(session.token).toBeNull();
    wrapper.unmount();
  });

  it('sends one request however often the form is submitted while it is pending', async () => {
    let resolveLogin: (value: StaffLogin) => void = () => undefined;
    const api = fakeApi({ login: () => new Promise((resolve) => (resolveLogin = resolve)) });
    const { wrapper, router, session } = await mountLogin(api);
    await fill(wrapper, 'jl-handler', 'Huimin@2026');
    await wrapper.find('form').trigger('submit');
    await wrapper.find('form').trigger('submit');
    await wrapper.find('form').trigger('submit');
    expect(api.auth.login).toHaveBeenCalledTimes(1);
    expect(wrapper.find('[data-test="login-submit"]').classes()).toContain('is-loading');

    resolveLogin(staffLogin(HANDLER, 'fresh'));
    await flushPromises();
    expect(session.token).toBe('fresh');
    expect(sessionStorage.getItem('huimin.admin.token')).toBe('fresh');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'), WAIT);
    wrapper.unmount();
  });

  it('asks for both fields before calling the API', async () => {
    const api = fakeApi();
    const { wrapper } = await mountLogin(api);
    await fill(wrapper, 'jl-handler', '');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.auth.login).not.toHaveBeenCalled();
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('请输入用户名和密码');
    wrapper.unmount();
  });

  it('shows per-field messages of a 400 answer', async () => {
    const api = fakeApi({
      login: async () => {
        throw new ApiError({ status: 400, detail: '请求参数不正确', errors: [{ path: 'username', message: '用户名格式不正确' }] });
      },
    });
    const { wrapper } = await mountLogin(api);
    await fill(wrapper, 'x y', 'p');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // Element Plus shows a form item's error after a 100 ms debounce.
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').text()).toBe('用户名格式不正确'), WAIT);
    wrapper.unmount();
  });

  it('says the session expired when that is why the user is here', async () => {
    const ctx = setup();
    ctx.session.signIn('t', HANDLER);
    ctx.session.signOut('expired');
    await ctx.router.push('/login');
    const wrapper = mount(LoginView, { global: ctx.global });
    expect(wrapper.text()).toContain('登录已过期');
    wrapper.unmount();
  });

  it('returns to the page the user was sent away from', async () => {
    const ctx = setup();
    await ctx.router.push('/login?redirect=/programs/skill-subsidy');
    const wrapper = mount(LoginView, { global: ctx.global });
    await fill(wrapper, 'jl-handler', 'Huimin@2026');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await vi.waitFor(() => expect(ctx.router.currentRoute.value.fullPath).toBe('/programs/skill-subsidy'), WAIT);
    wrapper.unmount();
  });
});
