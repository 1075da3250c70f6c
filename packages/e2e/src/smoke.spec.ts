// Browser smoke test of a whole deployment: the built API serving the built portal and admin apps,
// driven through Debian's chromium. It proves the pieces fit (paths, history fallback, login, the
// programs switch), not every screen; the apps' own unit tests cover the details.
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, DEMO_PASSWORD, launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';

let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** Console errors and uncaught exceptions of a page, minus the ones a test expects. */
function watchConsole(page: Page, expected: (message: ConsoleMessage) => boolean = () => false): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Browsers ask for /favicon.ico on their own; the apps do not ship one.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (expected(message)) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

describe('portal', () => {
  it('lists the three services on a phone-sized screen and opens one', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchConsole(page);

    await page.goto(`${api.baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const services = page.locator('[data-test="services"] a');
    await services.first().waitFor();
    const titles = (await services.locator('.van-cell__title > span').allTextContents()).map((s) => s.trim());
    expect(titles).toEqual(['技能提升补贴', '失业保险金', '稳岗返还']);

    await services.first().click();
    await page.waitForURL(`${api.baseUrl}/services/skill-subsidy`);
    expect(await page.locator('[data-test="service-page"] h1').textContent()).toBe('技能提升补贴');

    // A service page opened directly (a shared link, a reload) is served by the history fallback.
    await page.goto(`${api.baseUrl}/services/job-stabilization`);
    expect(await page.locator('[data-test="service-page"] h1').textContent()).toBe('稳岗返还');

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('admin', () => {
  it('refuses a wrong password in Chinese, then signs a handler in to the console', async () => {
    const refused = await apiLogin(api.baseUrl, 'jl-handler', 'wrong-password');
    expect(refused.status).toBe(401);
    const signedIn = await apiLogin(api.baseUrl, 'jl-handler', DEMO_PASSWORD);
    expect(signedIn.status).toBe(200);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    // Chromium logs every non-2xx fetch; the refused login below is one the test asks for.
    const errors = watchConsole(
      page,
      (message) => message.location().url.endsWith('/api/v1/auth/login') && message.text().includes('401'),
    );

    await page.goto(`${api.baseUrl}/admin/`);
    await page.waitForURL(`${api.baseUrl}/admin/login`);

    await page.fill('input[name="username"]', 'jl-handler');
    await page.fill('input[name="password"]', 'wrong-password');
    await page.click('[data-test="login-submit"]');
    const error = page.locator('[data-test="login-error"]');
    await error.waitFor();
    const shown = (await error.textContent())?.trim() ?? '';
    expect(shown).toBe(refused.body.detail);
    expect(shown).toMatch(/[\u4e00-\u9fff]/);

    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('[data-test="login-submit"]');
    await page.waitForURL(`${api.baseUrl}/admin/`);
    const user = page.locator('[data-test="current-user"]');
    await user.waitFor();
    const header = (await user.textContent()) ?? '';
    expect(header).toContain(signedIn.body.user.displayName);
    expect(header).toContain('经办人');
    expect(header).toContain(signedIn.body.user.regionCode);
    const skillSubsidy = page.locator('[data-test="menu-program:skill-subsidy"]');
    await skillSubsidy.waitFor();
    expect((await skillSubsidy.textContent())?.trim()).toBe('技能提升补贴');
    expect(await page.locator('[data-test="menu-system"]').count()).toBe(0);

    // The program page is reachable from the menu and survives a reload (token in sessionStorage).
    await skillSubsidy.click();
    await page.waitForURL(`${api.baseUrl}/admin/programs/skill-subsidy`);
    await page.reload();
    expect((await page.locator('h1').textContent())?.trim()).toBe('技能提升补贴');

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a deployment with only the skills-upgrade subsidy on', () => {
  let single: RunningApi;

  beforeAll(async () => {
    single = await startApi({ env: { HUIMIN_PROGRAMS: 'skill-subsidy' } });
  });

  afterAll(async () => {
    await single?.stop();
  });

  it('shows no trace of the other programs in either app', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchConsole(page);

    await page.goto(`${single.baseUrl}/`);
    const services = page.locator('[data-test="services"] a');
    await services.first().waitFor();
    expect(await services.count()).toBe(1);
    expect(await page.locator('[data-test="services"]').textContent()).toContain('技能提升补贴');

    await page.goto(`${single.baseUrl}/services/unemployment-benefit`);
    await page.getByText('本地区暂未开通此项服务').waitFor();
    expect(await page.locator('[data-test="service-page"]').count()).toBe(0);

    // Sign in through the API and hand the token to the admin app, as its login page would.
    const { body } = await apiLogin(single.baseUrl, 'jl-handler', DEMO_PASSWORD);
    await page.goto(`${single.baseUrl}/admin/login`);
    await page.evaluate((token) => sessionStorage.setItem('huimin.admin.token', token), body.accessToken);
    await page.goto(`${single.baseUrl}/admin/`);
    await page.locator('[data-test="menu-program:skill-subsidy"]').waitFor();
    expect(await page.locator('[data-test^="menu-program:"]').count()).toBe(1);

    await page.goto(`${single.baseUrl}/admin/programs/unemployment-benefit`);
    await page.getByText('页面不存在', { exact: true }).waitFor();
    expect(await page.locator('h1').count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });
});
