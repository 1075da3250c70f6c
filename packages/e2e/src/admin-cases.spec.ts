// Browser test of the console's case work on the skills-upgrade subsidy against a fresh demo deployment.
// The counter: a handler looks a person up by ID number, reads the registry preview (person, employer,
// contribution months) and the person's certificates each with its evaluation, picks one, gives the payee and
// submits; the handler approves the first step, a reviewer the second, and the case page then shows the new
// status and both steps in its timeline. The counter's second tab files an employer's sheet: a dry run lists
// the rows it would accept and the rows it refuses (with line and column), then the confirm opens the cases.
// The persons, contributions and certificates are loaded through the registry import first, as the data
// admin, so the cases are eligible whatever the demo data holds on the day the test runs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen, idNumberCheckDigit } from '@huimin/domain';
import { launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { apiStep, consoleSupport, type CounterPreview } from './support/console.js';

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

const { token, get, consoleAs, registerEligibleWorker, enterAtCounter, approveOnCasePage } = consoleSupport(
  () => api,
  () => browser,
);

describe('admin: skills-subsidy case work', () => {
  it('walks a counter application through the preview, the handler and the reviewer', async () => {
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

    // The handler: counter entry from the menu. First the preview alone, to read what it shows before picking.
    const handler = await consoleAs('jl-handler');
    await handler.page.goto(`${api.baseUrl}/admin/`);
    await handler.page.click('[data-test="menu-counter"]');
    await handler.page.fill('input[name="idNumber"]', person);
    const previewed = await apiStep(handler.page, { method: 'POST', path: '/api/v1/skill-subsidy/counter-preview' }, () =>
      handler.page.click('[data-test="counter-lookup-submit"]'),
    );
    const preview = (await previewed.json()) as CounterPreview;
    await handler.page.locator('[data-test="counter-person"]', { hasText: '测试申请人' }).waitFor();
    expect(await handler.page.locator('[data-test="counter-employer"]').textContent()).toContain('长春端到端测试机械有限公司');
    expect(await handler.page.locator('[data-test="counter-contributions"]').textContent()).toContain('48个月');
    // The full ID number never comes back: the preview shows it masked.
    expect(await handler.page.locator('[data-test="counter-person"]').textContent()).not.toContain(person);
    const certificate = handler.page.locator(`[data-test="counter-certificate-${certificateNo}"]`);
    const evaluation = (await certificate.textContent()) ?? '';
    const expected = preview.certificates.find((c) => c.certificateNo === certificateNo)!;
    expect(expected.evaluation.eligible).toBe(true);
    expect(evaluation).toContain('符合条件');
    expect(evaluation).toContain(`补贴 ${formatFen(expected.evaluation.amountFen)} 元`);
    expect(evaluation).toContain('✓');
    expect(evaluation).not.toContain('✗');
    // The only eligible certificate is picked already; the application form names it.
    await handler.page.locator('[data-test="counter-picked"]', { hasText: certificateNo }).waitFor();

    // The walk as a clerk does it (it looks the person up again and picks the certificate explicitly).
    await handler.page.goto(`${api.baseUrl}/admin/`);
    const caseId = await enterAtCounter(handler.page, {
      idNumber: person,
      name: '测试申请人',
      certificateNo,
      accountNo: '6222 0212 3456 7890 128',
      bankName: '中国工商银行长春分行',
    });
    expect(await handler.page.locator('[data-test="case-status"]').textContent()).toContain('已提交');
    const amount = (await handler.page.locator('[data-test="case-amount"]').textContent()) ?? '';
    expect(amount).toMatch(/大写：.+元/);
    expect(amount).toContain(formatFen(expected.evaluation.amountFen));
    expect(await handler.page.locator('[data-test="case-payee"]').textContent()).toContain('6222***********0128');
    const checks = (await handler.page.locator('[data-test="case-checks"]').textContent()) ?? '';
    expect(checks).toContain('✓');
    expect(checks).not.toContain('✗');

    // The double click made one case.
    const list = await get<{ items: { id: string; certificateNo: string }[] }>(
      '/api/v1/skill-subsidy/applications?status=submitted&pageSize=100',
      await token('jl-handler'),
    );
    expect(list.items.filter((item) => item.certificateNo === certificateNo)).toHaveLength(1);

    // The certificate now has a case: a second lookup shows it and does not let the handler pick it again.
    await handler.page.click('[data-test="menu-counter"]');
    await handler.page.fill('input[name="idNumber"]', person);
    await apiStep(handler.page, { method: 'POST', path: '/api/v1/skill-subsidy/counter-preview' }, () => handler.page.click('[data-test="counter-lookup-submit"]'));
    await certificate.locator('[data-test="counter-existing-case"]').waitFor();
    expect(await certificate.locator('input[type="radio"]').isDisabled()).toBe(true);
    await handler.page.locator('[data-test="counter-picked-none"]').waitFor();

    // It is in the handler's pending list; the handler approves step 1.
    await handler.page.click('[data-test="menu-cases"]');
    await handler.page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
    await handler.page.click(`[data-test="case-open-${caseId}"]`);
    await approveOnCasePage(handler.page, caseId);
    await handler.page.locator('[data-test="case-status"]', { hasText: '审核中' }).waitFor();
    expect(await handler.page.locator('[data-test="case-action-approve"]').count()).toBe(0);
    await handler.context.close();

    // The reviewer finds it under 审核中 and approves step 2.
    const reviewer = await consoleAs('jl-reviewer');
    await reviewer.page.goto(`${api.baseUrl}/admin/skill-subsidy/cases`);
    await reviewer.page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
    await reviewer.page.click(`[data-test="case-open-${caseId}"]`);
    await approveOnCasePage(reviewer.page, caseId);
    const after = await get<{ status: string; statusLabel: string; steps: { event: string }[] }>(
      `/api/v1/skill-subsidy/applications/${caseId}`,
      await token('jl-reviewer'),
    );
    expect(after.steps.map((s) => s.event)).toEqual(['submit', 'approve', 'approve']);
    await reviewer.page.locator('[data-test="case-status"]', { hasText: after.statusLabel }).waitFor();
    const timeline = (await reviewer.page.locator('[data-test="case-timeline"]').textContent()) ?? '';
    expect(await reviewer.page.locator('[data-test^="case-step-"]').count()).toBe(3);
    expect(timeline).toContain('长春经办人');
    expect(timeline).toContain('长春复核人');
    await reviewer.context.close();
  });

  it("files an employer's sheet at the counter: a dry run with a row refused, then the cases", async () => {
    const { idNumber, certificateNo, creditCode } = await registerEligibleWorker({
      idFirst17: '22010219880709551',
      creditFirst17: '91220101000000055',
      employerName: '长春集中申请测试机械有限公司',
      name: '集中申请人',
      birthDate: '1988-07-09',
      phone: '13912345675',
      certificateNo: `E2EB${Date.now()}`,
    });
    // Line 3 carries an ID number whose check character is wrong: refused with its line and column.
    const badFirst17 = '22010219900101123';
    const badCheck = idNumberCheckDigit(badFirst17) === '1' ? '2' : '1';
    const sheet =
      '\uFEFFidNumber,certificateNo,payeeKind,accountNo,bankName,phone\r\n' +
      `${idNumber},${certificateNo},银行卡,6222021234567890128,中国工商银行长春分行,\r\n` +
      `${badFirst17}${badCheck},E2EBX0001,银行卡,6222021234567890128,中国工商银行长春分行,\r\n`;

    const handler = await consoleAs('jl-handler');
    const page = handler.page;
    await page.goto(`${api.baseUrl}/admin/`);
    await page.click('[data-test="menu-counter"]');
    await page.getByRole('tab', { name: '单位集中申请' }).click();
    await page.waitForURL(/[?&]tab=employer/);
    await page.fill('input[name="creditCode"]', creditCode);
    await page.setInputFiles('[data-test="counter-batch-file"]', { name: '集中申请.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet, 'utf8') });
    await apiStep(page, { method: 'POST', path: '/api/v1/skill-subsidy/counter-batches', status: 200 }, () => page.click('[data-test="counter-batch-check"]'));
    await page.locator('[data-test="counter-batch-preview"]').waitFor();
    const accepted = (await page.locator('[data-test="counter-batch-accepted"]').textContent()) ?? '';
    expect(accepted).toContain('集中申请人');
    expect(accepted).toContain('焊工');
    const refused = page.locator('[data-test="counter-batch-error"]');
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await refused.first().textContent()).toMatch(/^3身份证号/);

    // The dry run opened nothing.
    const bearer = await token('jl-handler');
    const before = await get<{ items: { certificateNo: string }[] }>('/api/v1/skill-subsidy/applications?status=submitted&pageSize=100', bearer);
    expect(before.items.filter((i) => i.certificateNo === certificateNo)).toHaveLength(0);

    const confirmed = await apiStep(page, { method: 'POST', path: '/api/v1/skill-subsidy/counter-batches', status: 200 }, () => page.dblclick('[data-test="counter-batch-confirm"]'));
    const answer = (await confirmed.json()) as { created: { caseId: string }[] };
    expect(answer.created).toHaveLength(1);
    const caseId = answer.created[0]!.caseId;
    await page.locator(`[data-test="counter-batch-case-${caseId}"]`).waitFor();
    const after = await get<{ items: { id: string; certificateNo: string }[] }>('/api/v1/skill-subsidy/applications?status=submitted&pageSize=100', bearer);
    expect(after.items.filter((i) => i.certificateNo === certificateNo).map((i) => i.id)).toEqual([caseId]);

    // The link opens the case the sheet made.
    await page.click(`[data-test="counter-batch-case-${caseId}"]`);
    await page.waitForURL(new RegExp(`/admin/skill-subsidy/cases/${caseId}$`));
    await page.locator('[data-test="case-status"]', { hasText: '已提交' }).waitFor();
    await handler.context.close();
  });
});
