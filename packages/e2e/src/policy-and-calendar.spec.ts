// Browser tests of the policy views and the working-day calendar against a fresh demo deployment:
// the portal's service guide and pre-check on a phone, the console's 政策参数 and 节假日安排 pages.
// Expectations are read from the API first (documents, calendar status), so the tests follow the
// policy data and the real date instead of copying them.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

async function getJson<T>(path: string, token?: string): Promise<T> {
  const res = await fetch(`${api.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

function phone(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
}

/** Signs in through the API and hands the token to the console, as its login page would. */
async function consoleAs(username: string): Promise<{ page: Page; token: string; context: BrowserContext }> {
  const { status, body } = await apiLogin(api.baseUrl, username, DEMO_PASSWORD);
  expect(status).toBe(200);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${api.baseUrl}/admin/login`);
  await page.evaluate((token) => sessionStorage.setItem('huimin.admin.token', token), body.accessToken);
  return { page, token: body.accessToken, context };
}

describe('portal', () => {
  it('keeps the first-load JavaScript within 150 KB gzip', async () => {
    const dist = fileURLToPath(new URL('../../../apps/portal/dist/', import.meta.url));
    const html = await readFile(`${dist}index.html`, 'utf8');
    // The entry script and the chunks it preloads: what a phone downloads before the home page works.
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const script of scripts) total += gzipSync(await readFile(`${dist}${script}`)).length;
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });

  it('shows the service guide of 长春市 from its policy pack, with amounts and document numbers', async () => {
    const policies = await getJson<{ program: string; layers: { documentNo: string }[] }[]>(
      '/api/v1/policies?regionCode=220100',
    );
    const skill = policies.find((p) => p.program === 'skill-subsidy');
    expect(skill).toBeDefined();

    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${api.baseUrl}/services/skill-subsidy`);
    const level4 = page.locator('[data-test="amount-level-4"]');
    await level4.waitFor();
    expect(await level4.textContent()).toContain('1500元');
    expect(await page.locator('[data-test="region-current"]').textContent()).toContain('长春市');
    const documents = (await page.locator('[data-test="guide-documents"]').textContent()) ?? '';
    for (const layer of skill!.layers) expect(documents).toContain(layer.documentNo);
    expect(await page.locator('[data-test="flow-chart"] li').count()).toBe(4);
    await context.close();
  });

  it('pre-checks 35 months under the 2017 rule and explains the refusal', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${api.baseUrl}/services/skill-subsidy/check`);
    await page.fill('input[name="contributionMonths"]', '35');
    await page.check('input[name="inArrears"][value="no"]');
    await page.check('input[name="status"][value="employed"]');
    await page.check('input[name="kind"][value="vocational_qualification"]');
    await page.selectOption('select[name="level"]', '4');
    await page.fill('input[name="occupation"]', '焊工');
    // Issued in 2018: the baseline's 36 months decide, whatever today's notice says.
    await page.fill('input[name="issueDate"]', '2018-06-01');
    await page.click('[data-test="precheck-submit"]');
    const result = page.locator('[data-test="precheck-result"]');
    await result.waitFor();
    expect(await result.locator('h2').textContent()).toContain('暂不符合条件');
    const refused = page.locator('[data-test="precheck-checks"] li', { hasText: '35个月' });
    expect(await refused.textContent()).toContain('✗');
    await context.close();
  });
});

describe('admin', () => {
  it('shows a system admin the calendar warning the API gives, and loads a 2027 schedule', async () => {
    const { page, token, context } = await consoleAs('sys-admin');
    const status = await getJson<{ warning: string | null }>('/api/v1/calendar/status', token);

    await page.goto(`${api.baseUrl}/admin/system/calendar`);
    await page.locator('[data-test="calendar-years"]').waitFor();
    const warning = page.locator('[data-test="calendar-warning"]');
    if (status.warning) {
      await warning.waitFor();
      expect((await warning.textContent())?.trim()).toContain(status.warning);
    } else {
      expect(await warning.count()).toBe(0);
    }
    expect(await page.locator('[data-test="calendar-year-2027"]').count()).toBe(0);

    // A schedule shaped like a real notice; the test database is thrown away afterwards.
    await page.fill('input[name="year"]', '2027');
    await page.fill('input[name="documentNo"]', '端到端测试用节假日安排');
    await page.fill('textarea[name="daysOff"]', '2027-01-01\n2027-02-06 至 2027-02-12');
    await page.fill('textarea[name="workdays"]', '2027-02-14');
    expect(await page.locator('[data-test="calendar-preview"]').textContent()).toContain('共放假8天');
    await page.click('[data-test="calendar-submit"]');
    await page.click('[data-test="calendar-confirm-submit"]');
    await page.locator('[data-test="calendar-success"]').waitFor();
    const row = page.locator('[data-test="calendar-year-2027"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('端到端测试用节假日安排');

    const years = await getJson<{ year: number }[]>('/api/v1/calendar/years');
    expect(years.map((y) => y.year)).toContain(2027);
    await context.close();
  });

  it('shows a handler the rule set of their city with mark tags', async () => {
    const { page, context } = await consoleAs('jl-handler');
    await page.goto(`${api.baseUrl}/admin/`);
    await page.click('[data-test="menu-policies"]');
    await page.waitForURL(`${api.baseUrl}/admin/policies`);
    const card = page.locator('[data-test="policy-skill-subsidy"]');
    await card.waitFor();
    const tags = card.locator('[data-test="policy-params"] [data-test^="mark-"]');
    expect(await tags.count()).toBeGreaterThan(0);
    const labels = new Set((await tags.allTextContents()).map((s) => s.trim()));
    expect([...labels].every((l) => ['已核实', '部分核实', '未核实'].includes(l))).toBe(true);
    expect(await card.locator('[data-test="param-amountsFen"]').textContent()).toContain('1,500.00元');
    await context.close();
  });
});
