// The applicant's core path on a phone: real-name login with the one-time code (read from the demo
// API's log, where demo mode writes the SMS), apply for the skills subsidy with a double tap on
// submit (one case), see it in 我的办件, then object to the entry once the office puts it in notice.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, DEMO_PASSWORD, launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { demoApplicant, lastCode, until } from './support/portal.js';

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

async function staff(username: string): Promise<string> {
  const res = await apiLogin(api.baseUrl, username, DEMO_PASSWORD);
  return res.body.accessToken as string;
}

async function staffPost(token: string, path: string, body: unknown) {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('portal: log in, apply, track, object', () => {
  it('does the applicant’s core path on a 390×844 phone', async () => {
    const person = await demoApplicant();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));

    // Home → guide → apply: the apply page asks for login first and comes back afterwards.
    await page.goto(`${api.baseUrl}/`);
    await page.locator('[data-test="service-skill-subsidy"]').click();
    await page.locator('[data-test="guide-apply"]').click();
    await page.waitForURL(/\/login\?redirect=/);

    // The ID number is checked before a code is spent.
    await page.fill('input[name="idNumber"]', `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`);
    await page.fill('input[name="name"]', person.name);
    await page.locator('[data-test="login-send"]').click();
    expect(await page.locator('#login-idNumber-error').textContent()).toMatch(/身份证号/);

    const before = lastCode(api.output());
    await page.fill('input[name="idNumber"]', person.idNumber);
    await page.locator('[data-test="login-send"]').click();
    await page.locator('[data-test="login-sent"]').waitFor();
    expect(await page.locator('[data-test="login-send"]').textContent()).toMatch(/\d+秒后重新获取/);
    const code = await until(() => {
      const c = lastCode(api.output());
      return c && (c !== before || before === null) ? c : null;
    });
    await page.fill('input[name="code"]', code);
    await page.locator('[data-test="login-submit"]').click();
    await page.waitForURL(`${api.baseUrl}/services/skill-subsidy/apply`);

    // The certificates come pre-filled with a preview; an eligible one is pre-selected.
    await page.locator('[data-test="apply-form"]').waitFor();
    await page.locator('.cert__ok').first().waitFor();
    expect(await page.locator('input[name="certificateNo"]:checked').count()).toBe(1);
    await page.fill('input[name="accountNo"]', '6217 0000 0000 0000 000');
    await page.fill('input[name="bankName"]', '中国建设银行长春分行');
    await page.locator('input[name="declared"]').check();

    // Double tap: one case.
    const submit = page.locator('[data-test="apply-submit"]');
    await submit.dblclick();
    await page.waitForURL(/\/me\/cases\/[0-9a-f-]{36}\?submitted=1/);
    await page.locator('[data-test="case-timeline"]').waitFor();
    expect(await page.locator('[data-test="case-now"]').textContent()).toContain('等待经办机构审核');
    expect(await page.locator('[data-test="case-due"]').textContent()).toMatch(/经办机构应在\d{4}-\d{2}-\d{2}前审核完毕/);
    const caseId = /cases\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    await page.goto(`${api.baseUrl}/me/cases`);
    await page.locator('[data-test="cases"]').waitFor();
    expect(await page.locator('[data-test="cases"] li').count()).toBe(1);

    // The office approves (two steps in Jilin) and publishes the notice; the case shows it.
    const handler = await staff('jl-handler');
    expect((await staffPost(handler, `/api/v1/skill-subsidy/applications/${caseId}/decisions`, { decision: 'approve' })).status).toBe(201);
    const reviewer = await staff('jl-reviewer');
    const second = await staffPost(reviewer, `/api/v1/skill-subsidy/applications/${caseId}/decisions`, { decision: 'approve' });
    if (second.body.status !== 'approved') {
      await staffPost(await staff('jl-head'), `/api/v1/skill-subsidy/applications/${caseId}/decisions`, { decision: 'approve' });
    }
    expect((await staffPost(handler, '/api/v1/skill-subsidy/notices', { regionCode: '220100' })).status).toBe(201);
    await page.goto(`${api.baseUrl}/me/cases/${caseId}`);
    expect(await page.locator('[data-test="case-now"]').textContent()).toContain('正在公示');

    // Anyone, logged in or not, may object to a notice entry.
    const publicPage = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
    await publicPage.goto(`${api.baseUrl}/notices`);
    await publicPage.locator('[data-test="notice-item"]').first().waitFor();
    await publicPage.locator('[data-test="notice-object"]').first().click();
    await publicPage.locator('[data-test="objection-submit"]').click();
    expect(await publicPage.locator('#objection-contactName-error').textContent()).toBe('请填写联系人姓名');
    await publicPage.fill('input[name="contactName"]', '王五');
    await publicPage.fill('input[name="contactPhone"]', '13800138000');
    await publicPage.fill('textarea[name="content"]', '据我了解此人未参加该职业的鉴定考试');
    await publicPage.locator('[data-test="objection-submit"]').click();
    expect(await publicPage.locator('[data-test="objection-accepted"]').textContent()).toContain('异议已受理');

    // Logging out forgets the token.
    await page.goto(`${api.baseUrl}/me/cases`);
    await page.locator('[data-test="logout"]').click();
    await page.waitForURL(`${api.baseUrl}/`);
    await page.goto(`${api.baseUrl}/me/cases`);
    await page.waitForURL(/\/login\?redirect=/);

    expect(uncaught).toEqual([]);
    await context.close();
  });
});
