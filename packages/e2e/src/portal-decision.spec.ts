// The applicant sees the case move when the office decides: on a 390×844 phone a demo person applies for the
// skills subsidy; in a second browser the demo handler, then the reviewer (Jilin approves in two steps,
// A14), sign in to the console and approve it there by clicking; back on the phone, 我的办件 and the case's
// timeline show each step as it happens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { demoApplicant, fillApplication, loginOnPage } from './support/portal.js';

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

/** Signs a staff member in on the console's login page and approves the case from the work list. */
async function approveInConsole(username: string, caseId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${api.baseUrl}/admin/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('[data-test="login-submit"]');
  await page.locator('[data-test="home-programs"]').waitFor();
  await page.click('[data-test="menu-cases"]');
  await page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
  await page.click(`[data-test="case-open-${caseId}"]`);
  await page.click('[data-test="case-action-approve"]');
  await page.click('[data-test="case-dialog-confirm"]');
  await page.locator('[data-test="case-done"]').waitFor();
  return page;
}

/** The case as the applicant sees it now: where it is, and the timeline's sentences. */
async function applicantView(page: Page, caseId: string): Promise<{ listed: string; now: string; timeline: string[] }> {
  // Through 我的办件, as the person would come back to it.
  await page.goto(`${api.baseUrl}/me/cases`);
  const item = page.locator(`[data-test="case-${caseId}"]`);
  await item.waitFor();
  const listed = ((await item.locator('.case__status').textContent()) ?? '').trim();
  await item.click();
  await page.waitForURL(`${api.baseUrl}/me/cases/${caseId}`);
  await page.locator('[data-test="case-timeline"]').waitFor();
  const now = ((await page.locator('[data-test="case-now"]').textContent()) ?? '').trim();
  const timeline = (await page.locator('[data-test="case-timeline"] li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  return { listed, now, timeline };
}

describe('portal: the case moves when the office decides', () => {
  it('shows the handler’s and the reviewer’s approvals made in the console', async () => {
    const person = await demoApplicant();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await phone.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));

    await page.goto(`${api.baseUrl}/services/skill-subsidy/apply`);
    await page.waitForURL(/\/login\?redirect=/);
    await loginOnPage(page, api, person);
    await page.waitForURL(`${api.baseUrl}/services/skill-subsidy/apply`);
    await fillApplication(page);
    await page.locator('[data-test="apply-submit"]').click();
    await page.waitForURL(/\/me\/cases\/[0-9a-f-]{36}\?submitted=1/);
    const caseId = /cases\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    const submitted = await applicantView(page, caseId);
    expect(submitted.listed).toBe('已提交');
    expect(submitted.now).toContain('等待经办机构审核');
    expect(submitted.timeline).toHaveLength(1);
    expect(submitted.timeline[0]).toContain('您提交了申请');

    // The handler approves the first step in the console.
    const handler = await approveInConsole('jl-handler', caseId);
    await handler.locator('[data-test="case-status"]', { hasText: '审核中' }).waitFor();
    await handler.context().close();

    const reviewing = await applicantView(page, caseId);
    expect(reviewing.listed).toBe('审核中');
    expect(reviewing.now).toContain('已完成初审，等待复核');
    expect(reviewing.timeline).toHaveLength(2);
    expect(reviewing.timeline[1]).toContain('经办机构经办人初审通过，转交复核');

    // The reviewer approves the second, last step.
    const reviewer = await approveInConsole('jl-reviewer', caseId);
    await reviewer.locator('[data-test="case-status"]', { hasText: '审核通过' }).waitFor();
    await reviewer.context().close();

    const approved = await applicantView(page, caseId);
    expect(approved.listed).toBe('审核通过');
    expect(approved.now).toContain('审核通过，等待列入公示名单');
    expect(approved.timeline).toHaveLength(3);
    expect(approved.timeline[2]).toContain('经办机构复核人审核通过');

    expect(uncaught).toEqual([]);
    await phone.close();
  });
});
