// Browser test of the console's case work on the skills-upgrade subsidy against a fresh demo deployment:
// a handler enters a counter application for a person in the registry, approves the first step; a reviewer
// approves the second; the case page then shows the new status and both steps in its timeline.
// The person, contributions and certificate are loaded through the registry import first, as the data admin,
// so the case is eligible whatever the demo data holds on the day the test runs.
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

async function token(username: string): Promise<string> {
  const { status, body } = await apiLogin(api.baseUrl, username, DEMO_PASSWORD);
  expect(status).toBe(200);
  return body.accessToken;
}

async function post<T>(path: string, body: unknown, bearer: string): Promise<T> {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(300);
  return JSON.parse(text) as T;
}

/** GB 11643 check character of a resident ID number. */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** GB 32100 check character of a unified social credit code (digits only here). */
function creditCode(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + alphabet.indexOf(c) * weights[i]!, 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31]!;
}

function monthsBack(count: number): string[] {
  const now = new Date();
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

async function consoleAs(username: string): Promise<{ page: Page; context: BrowserContext }> {
  const accessToken = await token(username);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${api.baseUrl}/admin/login`);
  await page.evaluate((t) => sessionStorage.setItem('huimin.admin.token', t), accessToken);
  return { page, context };
}

async function approve(page: Page): Promise<void> {
  await page.click('[data-test="case-action-approve"]');
  await page.locator('[data-test="case-dialog-confirm"]').waitFor();
  // A double click sends one decision: the button is disabled while the first is on its way.
  await page.dblclick('[data-test="case-dialog-confirm"]');
  await page.locator('[data-test="case-done"]').waitFor();
}

describe('admin: skills-subsidy case work', () => {
  it('walks a counter application through the handler and the reviewer', async () => {
    // The registry, as the core system and the certificate registry would send it.
    const data = await token('jl-data');
    const person = idNumber('22010219850315771');
    const employer = creditCode('91220101000000077');
    const certificateNo = `E2E${Date.now()}`;
    await post('/api/v1/registry/employers', [{ creditCode: employer, name: '长春端到端测试机械有限公司', regionCode: '220100', industry: '制造业', size: 'sme' }], data);
    const persons = await post<{ errors: unknown[] }>(
      '/api/v1/registry/persons',
      [{ idNumber: person, name: '测试申请人', sex: 'male', birthDate: '1985-03-15', phone: '13912345678', regionCode: '220100' }],
      data,
    );
    expect(persons.errors).toEqual([]);
    const contributions = await post<{ errors: unknown[] }>(
      '/api/v1/registry/contributions',
      monthsBack(48).map((month) => ({ idNumber: person, creditCode: employer, regionCode: '220100', month, status: 'paid' })),
      data,
    );
    expect(contributions.errors).toEqual([]);
    const issueDate = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const certificates = await post<{ errors: unknown[] }>(
      '/api/v1/registry/certificates',
      [{ certificateNo, idNumber: person, kind: 'skill_level', level: 4, occupation: '焊工', issueDate, issuer: '吉林省职业技能鉴定中心' }],
      data,
    );
    expect(certificates.errors).toEqual([]);

    // The handler: counter entry from the menu.
    const handler = await consoleAs('jl-handler');
    await handler.page.goto(`${api.baseUrl}/admin/`);
    await handler.page.click('[data-test="menu-counter"]');
    await handler.page.fill('input[name="idNumber"]', person);
    await handler.page.click('[data-test="counter-lookup-submit"]');
    await handler.page.locator('[data-test="counter-person"]', { hasText: '测试申请人' }).waitFor();
    await handler.page.fill('input[name="certificateNo"]', certificateNo);
    await handler.page.fill('input[name="accountNo"]', '6222 0212 3456 7890 128');
    await handler.page.fill('input[name="bankName"]', '中国工商银行长春分行');
    await handler.page.dblclick('[data-test="counter-submit"]');
    await handler.page.waitForURL(/\/admin\/skill-subsidy\/cases\/[0-9a-f-]{36}$/);
    const caseId = handler.page.url().split('/').pop()!;
    expect(await handler.page.locator('[data-test="case-status"]').textContent()).toContain('已提交');
    expect(await handler.page.locator('[data-test="case-amount"]').textContent()).toMatch(/大写：.+元/);
    expect(await handler.page.locator('[data-test="case-payee"]').textContent()).toContain('6222***********0128');
    const checks = (await handler.page.locator('[data-test="case-checks"]').textContent()) ?? '';
    expect(checks).toContain('✓');
    expect(checks).not.toContain('✗');

    // The double click made one case.
    const list = await fetch(`${api.baseUrl}/api/v1/skill-subsidy/applications?status=submitted&pageSize=100`, {
      headers: { authorization: `Bearer ${await token('jl-handler')}` },
    }).then((r) => r.json() as Promise<{ items: { id: string; certificateNo: string }[] }>);
    expect(list.items.filter((item) => item.certificateNo === certificateNo)).toHaveLength(1);

    // It is in the handler's pending list; the handler approves step 1.
    await handler.page.click('[data-test="menu-cases"]');
    await handler.page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
    await handler.page.click(`[data-test="case-open-${caseId}"]`);
    await approve(handler.page);
    await handler.page.locator('[data-test="case-status"]', { hasText: '审核中' }).waitFor();
    expect(await handler.page.locator('[data-test="case-action-approve"]').count()).toBe(0);
    await handler.context.close();

    // The reviewer finds it under 审核中 and approves step 2.
    const reviewer = await consoleAs('jl-reviewer');
    await reviewer.page.goto(`${api.baseUrl}/admin/skill-subsidy/cases`);
    await reviewer.page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
    await reviewer.page.click(`[data-test="case-open-${caseId}"]`);
    await approve(reviewer.page);
    const after = await fetch(`${api.baseUrl}/api/v1/skill-subsidy/applications/${caseId}`, {
      headers: { authorization: `Bearer ${await token('jl-reviewer')}` },
    }).then((r) => r.json() as Promise<{ status: string; statusLabel: string; steps: { event: string }[] }>);
    expect(after.steps.map((s) => s.event)).toEqual(['submit', 'approve', 'approve']);
    await reviewer.page.locator('[data-test="case-status"]', { hasText: after.statusLabel }).waitFor();
    const timeline = (await reviewer.page.locator('[data-test="case-timeline"]').textContent()) ?? '';
        expect(await reviewer.page.locator('[data-test^="case-step-"]').count()).toBe(3);
    expect(timeline).toContain('长春经办人');
    expect(timeline).toContain('长春复核人');
    await reviewer.context.close();
  });
});
