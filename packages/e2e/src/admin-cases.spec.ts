// Browser test of the console's case work on the skills-upgrade subsidy against a fresh demo deployment:
// a handler enters a counter application for a person in the registry, approves the first step; a reviewer
// approves the second; the case page then shows the new status and both steps in its timeline.
// The person, contributions and certificate are loaded through the registry import first, as the data admin,
// so the case is eligible whatever the demo data holds on the day the test runs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { consoleSupport } from './support/console.js';

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

const { token, consoleAs, registerEligibleWorker } = consoleSupport(
  () => api,
  () => browser,
);

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
    const { idNumber: person, certificateNo } = await registerEligibleWorker({
      idFirst17: '22010219850315771',
      creditFirst17: '91220101000000077',
      employerName: '长春端到端测试机械有限公司',
      name: '测试申请人',
      birthDate: '1985-03-15',
      phone: '13912345678',
      certificateNo: `E2E${Date.now()}`,
    });

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
