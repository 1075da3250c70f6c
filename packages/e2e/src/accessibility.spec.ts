// Accessibility of the main pages, checked with axe-core in the real browser against a fresh demo deployment:
// the console as the demo staff who use each page, and the portal on a 390×844 phone as a visitor and as a
// logged-in applicant. No serious or critical violation is allowed (WCAG 2.1 A/AA and axe's best practices);
// minor and moderate findings are left to review. Each page is checked once its data has arrived, so the
// check sees the content, not a loading skeleton.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { consoleSupport } from './support/console.js';
import { demoApplicant, fillApplication, loginOnPage } from './support/portal.js';

let api: RunningApi;
let browser: Browser;
let axeSource: string;

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const { post, token, consoleAs, registerEligibleWorker } = consoleSupport(
  () => api,
  () => browser,
);

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page as it is now and returns its serious and critical violations. The script is
 * evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not govern (a
 * <script> tag would be refused, rightly).
 */
async function audit(page: Page): Promise<Finding[]> {
  // A dialog or a message still fading in has not reached its colours yet: wait for transitions to end.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; any: { message: string }[]; all: { message: string }[]; none: { message: string }[] }[];
      }[];
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        // Where, and axe's own words for why (e.g. the contrast it measured).
        targets: v.nodes.map((n) => `${n.target.join(' ')}: ${[...n.any, ...n.all, ...n.none][0]?.message ?? ''}`),
      }));
  });
}

/** Findings by page name; the test compares the whole map with an empty one, so one run lists them all. */
async function check(findings: Record<string, Finding[]>, name: string, page: Page): Promise<void> {
  const found = await audit(page);
  if (found.length > 0) findings[name] = found;
}

describe('console (desktop)', () => {
  it('has no serious or critical violation on its main pages', async () => {
    const findings: Record<string, Finding[]> = {};
    const contexts: BrowserContext[] = [];

    // A case to open: a counter application for a worker loaded into the registry now.
    const { idNumber, certificateNo } = await registerEligibleWorker({
      idFirst17: '22010219870521661',
      creditFirst17: '91220101000000066',
      employerName: '长春无障碍测试机械有限公司',
      name: '无障碍测试人',
      birthDate: '1987-05-21',
      phone: '13912345670',
      certificateNo: `E2EA${Date.now()}`,
    });
    const created = await post<{ id: string }>(
      '/api/v1/skill-subsidy/applications',
      { idNumber, certificateNo, channel: 'counter', payee: { kind: 'bank_account', accountNo: '6222021234567890128', bankName: '中国工商银行长春分行' } },
      await token('jl-handler'),
    );

    // The login page, before anyone signs in.
    const anonymous = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    contexts.push(anonymous);
    const login = await anonymous.newPage();
    await login.goto(`${api.baseUrl}/admin/login`);
    await login.locator('[data-test="login-submit"]').waitFor();
    await check(findings, 'login', login);
    // …and with its refusal shown.
    await login.fill('input[name="username"]', 'jl-handler');
    await login.fill('input[name="password"]', 'wrong-password');
    await login.click('[data-test="login-submit"]');
    await login.locator('[data-test="login-error"]').waitFor();
    await check(findings, 'login (refused)', login);

    // The handler's day: workbench, work list, a case (and its decision dialog), the printed form, the notice.
    const handler = await consoleAs('jl-handler');
    contexts.push(handler.context);
    const page = handler.page;
    await page.goto(`${api.baseUrl}/admin/`);
    await page.locator('[data-test="home-programs"]').waitFor();
    await check(findings, 'home', page);

    await page.goto(`${api.baseUrl}/admin/skill-subsidy/cases`);
    await page.locator(`[data-test="case-row-${created.id}"]`).waitFor();
    await check(findings, 'worklist', page);

    await page.goto(`${api.baseUrl}/admin/skill-subsidy/cases/${created.id}`);
    await page.locator('[data-test="case-checks"]').waitFor();
    await check(findings, 'case', page);
    await page.click('[data-test="case-action-approve"]');
    await page.locator('[data-test="case-dialog-confirm"]').waitFor();
    await check(findings, 'case (decision dialog)', page);

    await page.goto(`${api.baseUrl}/admin/skill-subsidy/cases/${created.id}/print`);
    await page.locator('[data-test="print-form"]').waitFor();
    await check(findings, 'print form', page);

    await page.goto(`${api.baseUrl}/admin/skill-subsidy/notices`);
    await page.locator('[data-test="notice-publish"]').waitFor();
    await page.locator('[data-test="notice-batches"], [data-test="notice-empty"]').first().waitFor();
    await check(findings, 'notices', page);

    await page.goto(`${api.baseUrl}/admin/policies`);
    await page.locator('[data-test="policy-params"]').first().waitFor();
    await check(findings, 'policies', page);

    // Payments are finance's; the calendar is the system administrator's.
    const finance = await consoleAs('jl-finance');
    contexts.push(finance.context);
    await finance.page.goto(`${api.baseUrl}/admin/skill-subsidy/payments`);
    await finance.page.locator('[data-test="payment-table"], [data-test="payment-empty"]').first().waitFor();
    await check(findings, 'payments', finance.page);

    const admin = await consoleAs('sys-admin');
    contexts.push(admin.context);
    await admin.page.goto(`${api.baseUrl}/admin/system/calendar`);
    await admin.page.locator('[data-test="calendar-years"]').waitFor();
    await admin.page.locator('[data-test="calendar-form"]').waitFor();
    await check(findings, 'calendar', admin.page);

    for (const context of contexts) await context.close();
    expect(findings).toEqual({});
  });
});

describe('portal (390×844 phone)', () => {
  it('has no serious or critical violation on its main pages', async () => {
    const findings: Record<string, Finding[]> = {};
    const person = await demoApplicant();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();

    await page.goto(`${api.baseUrl}/`);
    await page.locator('[data-test="services"] a').first().waitFor();
    await check(findings, 'home', page);

    await page.goto(`${api.baseUrl}/services/skill-subsidy`);
    await page.locator('[data-test="amount-level-4"]').waitFor();
    await check(findings, 'guide', page);

    await page.goto(`${api.baseUrl}/services/skill-subsidy/check`);
    await page.locator('[data-test="precheck-form"]').waitFor();
    await check(findings, 'pre-check', page);
    // …with the messages of an empty form, then with the calculator's answer.
    await page.locator('[data-test="precheck-submit"]').click();
    await page.locator('input[name="contributionMonths"][aria-invalid="true"]').waitFor();
    await check(findings, 'pre-check (errors)', page);
    await page.fill('input[name="contributionMonths"]', '35');
    await page.check('input[name="inArrears"][value="no"]');
    await page.check('input[name="status"][value="employed"]');
    await page.check('input[name="kind"][value="vocational_qualification"]');
    await page.selectOption('select[name="level"]', '4');
    await page.fill('input[name="occupation"]', '焊工');
    await page.fill('input[name="issueDate"]', '2018-06-01');
    await page.locator('[data-test="precheck-submit"]').click();
    await page.locator('[data-test="precheck-result"]').waitFor();
    await check(findings, 'pre-check (result)', page);

    await page.goto(`${api.baseUrl}/notices`);
    await page.locator('[data-test="notice-item"], [data-test="notices-empty"]').first().waitFor();
    await check(findings, 'notices', page);

    // The application asks for the login first and comes back to it afterwards.
    await page.goto(`${api.baseUrl}/services/skill-subsidy/apply`);
    await page.waitForURL(/\/login\?redirect=/);
    await page.locator('[data-test="login-send"]').waitFor();
    await check(findings, 'login', page);
    await loginOnPage(page, api, person);
    await page.waitForURL(`${api.baseUrl}/services/skill-subsidy/apply`);
    await fillApplication(page);
    await check(findings, 'apply', page);

    await page.locator('[data-test="apply-submit"]').click();
    await page.waitForURL(/\/me\/cases\/[0-9a-f-]{36}/);
    await page.locator('[data-test="case-timeline"]').waitFor();
    await check(findings, 'my case', page);

    await page.goto(`${api.baseUrl}/me/cases`);
    await page.locator('[data-test="cases"] li').first().waitFor();
    await check(findings, 'my cases', page);

    await context.close();
    expect(findings).toEqual({});
  });
});
