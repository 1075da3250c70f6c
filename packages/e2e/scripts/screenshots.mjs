// Takes the pictures in docs/screenshots/ (the README shows the main ones) from a real run: the built API with
// demo accounts on a fresh embedded database. A demo person applies on the portal (phone-sized screen); the
// handler and the reviewer approve the case in the console, the handler publishes the notice and opens the
// printed approval form; then the portal shows the case moved. Run after building the workspace:
//   node packages/e2e/scripts/screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, launchChromium, startApi } from './harness.mjs';
import { demoApplicant, fillApplication, loginOnPage } from './portal-steps.mjs';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

const api = await startApi();
const browser = await launchChromium();
/** @type {string[]} */
const saved = [];

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {{ fullPage?: boolean }} [options]
 */
async function shoot(page, name, options = {}) {
  // Let transitions (dialogs, skeletons fading out) settle so the picture shows the finished page.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: `${outDir}${name}.png`, fullPage: options.fullPage ?? false });
  saved.push(`${name}.png`);
}

/**
 * A console window signed in through the login page.
 * @param {string} username
 */
async function consoleAs(username) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${api.baseUrl}/admin/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('[data-test="login-submit"]');
  await page.locator('[data-test="home-programs"]').waitFor();
  return page;
}

/**
 * Approves the case from the work list, as the signed-in staff member.
 * @param {import('playwright-core').Page} page
 * @param {string} caseId
 */
async function approve(page, caseId) {
  await page.click('[data-test="menu-cases"]');
  await page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
  await page.click(`[data-test="case-open-${caseId}"]`);
  await page.click('[data-test="case-action-approve"]');
  await page.click('[data-test="case-dialog-confirm"]');
  await page.locator('[data-test="case-done"]').waitFor();
}

try {
  await mkdir(outDir, { recursive: true });

  // ── the portal on a phone: home, guide, pre-check, login, application ─────────────────────────────────
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  const portal = await phone.newPage();
  await portal.goto(`${api.baseUrl}/`);
  await portal.locator('[data-test="services"] a').first().waitFor();
  await shoot(portal, 'portal-home');
  // The service guide of the default region (长春市), built from its policy pack.
  await portal.goto(`${api.baseUrl}/services/skill-subsidy`);
  await portal.locator('[data-test="amount-level-4"]').waitFor();
  await shoot(portal, 'portal-guide');
  await portal.goto(`${api.baseUrl}/services/skill-subsidy/check`);
  await portal.fill('input[name="contributionMonths"]', '48');
  await portal.check('input[name="inArrears"][value="no"]');
  await portal.check('input[name="status"][value="employed"]');
  await portal.check('input[name="kind"][value="skill_level"]');
  await portal.selectOption('select[name="level"]', '4');
  await portal.fill('input[name="occupation"]', '焊工');
  await portal.fill('input[name="issueDate"]', new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
  await portal.click('[data-test="precheck-submit"]');
  await portal.locator('[data-test="precheck-result"]').scrollIntoViewIfNeeded();
  await shoot(portal, 'portal-precheck');

  const person = await demoApplicant();
  await portal.goto(`${api.baseUrl}/services/skill-subsidy/apply`);
  await portal.waitForURL(/\/login\?redirect=/);
  await portal.locator('[data-test="login-send"]').waitFor();
  await shoot(portal, 'portal-login');
  await loginOnPage(portal, api, person);
  await portal.waitForURL(`${api.baseUrl}/services/skill-subsidy/apply`);
  await fillApplication(portal);
  await shoot(portal, 'portal-apply');
  await portal.locator('[data-test="apply-submit"]').click();
  await portal.waitForURL(/\/me\/cases\/[0-9a-f-]{36}/);
  const caseId = /cases\/([0-9a-f-]{36})/.exec(portal.url())?.[1];
  if (!caseId) throw new Error(`no case id in ${portal.url()}`);

  // ── the console: login, workbench, work list, the case, the approvals, notice, printed form ─────────────
  const anonymous = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const login = await anonymous.newPage();
  await login.goto(`${api.baseUrl}/admin/login`);
  await login.locator('[data-test="login-submit"]').waitFor();
  await shoot(login, 'console-login');
  await anonymous.close();

  const handler = await consoleAs('jl-handler');
  await shoot(handler, 'console-home');
  await handler.click('[data-test="menu-cases"]');
  await handler.locator(`[data-test="case-row-${caseId}"]`).waitFor();
  await shoot(handler, 'console-worklist');
  await handler.click(`[data-test="case-open-${caseId}"]`);
  await handler.locator('[data-test="case-checks"]').waitFor();
  await shoot(handler, 'console-case', { fullPage: true });
  await handler.goto(`${api.baseUrl}/admin/`);
  await approve(handler, caseId);

  const reviewer = await consoleAs('jl-reviewer');
  await approve(reviewer, caseId);
  await reviewer.context().close();

  await handler.goto(`${api.baseUrl}/admin/skill-subsidy/notices`);
  await handler.click('[data-test="notice-publish-submit"]');
  await handler.locator('[data-test="notice-published"]').waitFor();
  await shoot(handler, 'console-notices');
  await handler.goto(`${api.baseUrl}/admin/skill-subsidy/cases/${caseId}`);
  await handler.click('[data-test="case-print"]');
  await handler.locator('[data-test="print-form"]').waitFor();
  await shoot(handler, 'console-print-form', { fullPage: true });
  await handler.goto(`${api.baseUrl}/admin/policies`);
  await handler.locator('[data-test="policy-params"]').first().waitFor();
  await shoot(handler, 'console-policies');
  await handler.context().close();

  const finance = await consoleAs('jl-finance');
  await finance.goto(`${api.baseUrl}/admin/skill-subsidy/payments`);
  await finance.locator('[data-test="payment-table"], [data-test="payment-empty"]').first().waitFor();
  await shoot(finance, 'console-payments');
  await finance.context().close();

  const admin = await consoleAs('sys-admin');
  await admin.goto(`${api.baseUrl}/admin/system/calendar`);
  await admin.locator('[data-test="calendar-years"]').waitFor();
  await shoot(admin, 'console-calendar');
  await admin.context().close();

  // ── back on the phone: the case has moved, and it is in the public notice ─────────────────────────────
  await portal.goto(`${api.baseUrl}/me/cases/${caseId}`);
  await portal.locator('[data-test="case-timeline"]').waitFor();
  await shoot(portal, 'portal-case', { fullPage: true });
  await portal.goto(`${api.baseUrl}/notices`);
  await portal.locator('[data-test="notice-item"]').first().waitFor();
  await shoot(portal, 'portal-notices');
  await phone.close();

  console.log(`Saved ${saved.length} screenshots in ${outDir}: ${saved.join(', ')}`);
} finally {
  await browser.close();
  await api.stop();
}
