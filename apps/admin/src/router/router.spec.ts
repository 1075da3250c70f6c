import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { fakeApi, HANDLER, setup, WAIT } from '../test-utils';
import { safeRedirect } from './index';

beforeEach(() => sessionStorage.clear());

describe('route guard', () => {
  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    const { router } = setup();
    await router.push('/programs/skill-subsidy');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/programs/skill-subsidy');
  });

  it('after a reload (token only) asks the API who is signed in', async () => {
    sessionStorage.setItem('huimin.admin.token', 'kept');
    const api = fakeApi();
    const { router, session } = setup(api);
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('home');
    expect(api.auth.me).toHaveBeenCalledTimes(1);
    expect(session.user?.displayName).toBe(HANDLER.displayName);
  });

  it('returns to the login page when the stored token has expired', async () => {
    sessionStorage.setItem('huimin.admin.token', 'stale');
    const api = fakeApi({
      me: async () => {
        throw new ApiError({ status: 401, detail: '登录已过期' });
      },
    });
    const { router, session } = setup(api);
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('login');
    expect(session.token).toBeNull();
    expect(session.signedOutReason).toBe('expired');
    expect(sessionStorage.getItem('huimin.admin.token')).toBeNull();
  });

  it('opens a program only when the deployment has it on', async () => {
    const { router, session } = setup();
    session.signIn('t', HANDLER);
    await router.push('/programs/skill-subsidy');
    expect(router.currentRoute.value.name).toBe('program');
    await router.push('/programs/job-stabilization');
    expect(router.currentRoute.value.name).toBe('not-found');
    await router.push('/programs/no-such-program');
    expect(router.currentRoute.value.name).toBe('not-found');
  });

  it('keeps 系统管理 for system admins', async () => {
    const { router, session } = setup();
    session.signIn('t', HANDLER);
    await router.push('/system');
    expect(router.currentRoute.value.name).toBe('forbidden');

    session.signIn('t', { ...HANDLER, roles: ['system_admin'] });
    await router.push('/system');
    expect(router.currentRoute.value.name).toBe('system');
  });

  it('opens the jobs to system admins, the bank-file layouts to finance, and the case page to finance too', async () => {
    const { router, session } = setup();
    session.signIn('t', HANDLER);
    await router.push('/system/jobs');
    expect(router.currentRoute.value.name).toBe('forbidden');
    await router.push('/skill-subsidy/bank-file-layouts');
    expect(router.currentRoute.value.name).toBe('forbidden');

    session.signIn('t', { ...HANDLER, roles: ['system_admin'] });
    await router.push('/system/jobs');
    expect(router.currentRoute.value.name).toBe('jobs');

    session.signIn('t', { ...HANDLER, roles: ['finance'] });
    await router.push('/skill-subsidy/bank-file-layouts');
    expect(router.currentRoute.value.name).toBe('bank-layouts');
    // Finance checks a payee with the applicant on the case page (the full account needs a reason, D2).
    await router.push('/skill-subsidy/cases/c1');
    expect(router.currentRoute.value.name).toBe('case');
  });

  it('moves to the login page when the session ends while inside the console', async () => {
    const { router, session } = setup();
    session.signIn('t', HANDLER);
    await router.push('/programs/skill-subsidy');
    session.signOut('expired');
    // The token watcher starts the navigation; it finishes once the login view has loaded.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'), WAIT);
    expect(router.currentRoute.value.query.redirect).toBe('/programs/skill-subsidy');
    expect(session.signedOutReason).toBe('expired');
  });
});

describe('safeRedirect', () => {
  it('accepts only paths inside this app', () => {
    expect(safeRedirect('/programs/skill-subsidy')).toBe('/programs/skill-subsidy');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect(['/a'])).toBe('/');
  });
});
