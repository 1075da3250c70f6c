// Browser test of the printed approval form (申领审批表) against a fresh demo deployment: a case approved by the
// handler and the reviewer and put into the public notice; the reviewer opens it in the console, follows
// 打印审批表, and the form is saved as an A4 PDF the way the browser prints it. The PDF itself is read back: one
// page, with the applicant's name and the amount in Chinese upper case.
import { fenToChineseUpper } from '@huimin/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { consoleSupport } from './support/console.js';
import { readPdf } from './support/pdf.js';

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

const { token, post, consoleAs, registerEligibleWorker } = consoleSupport(
  () => api,
  () => browser,
);

interface CaseBody {
  id: string;
  status: string;
  amountFen: number;
  steps: { event: string; on: string; actorName: string | null; approvalStep: string | null }[];
}

describe('admin: printing the approval form', () => {
  it('prints an approved case on one A4 page with the sign-offs from its timeline', async () => {
    const { idNumber, certificateNo } = await registerEligibleWorker({
      idFirst17: '22010219880817551',
      creditFirst17: '91220101000000055',
      employerName: '长春打印测试机械有限公司',
      name: '打印测试人',
      birthDate: '1988-08-17',
      phone: '13912345671',
      certificateNo: `E2EP${Date.now()}`,
    });
    const handler = await token('jl-handler');
    const created = await post<CaseBody>(
      '/api/v1/skill-subsidy/applications',
      { idNumber, certificateNo, channel: 'counter', payee: { kind: 'bank_account', accountNo: '6222021234567890128', bankName: '中国工商银行长春分行' } },
      handler,
    );
    await post(`/api/v1/skill-subsidy/applications/${created.id}/decisions`, { decision: 'approve' }, handler);
    const reviewed = await post<CaseBody>(
      `/api/v1/skill-subsidy/applications/${created.id}/decisions`,
      { decision: 'approve', reason: '材料齐全，同意' },
      await token('jl-reviewer'),
    );
    expect(reviewed.status).toBe('approved');
    expect(reviewed.amountFen).toBeGreaterThan(0);
    await post('/api/v1/skill-subsidy/notices', { regionCode: '220100' }, handler);
    const approvals = reviewed.steps.filter((s) => s.event === 'approve');
    const upper = fenToChineseUpper(reviewed.amountFen);

    const { page, context } = await consoleAs('jl-reviewer');
    await page.goto(`${api.baseUrl}/admin/skill-subsidy/cases/${created.id}`);
    await page.locator('[data-test="case-print"]').click();
    await page.waitForURL(`${api.baseUrl}/admin/skill-subsidy/cases/${created.id}/print`);
    const form = page.locator('[data-test="print-form"]');
    await form.waitFor();

    // No console around the form.
    expect(await page.locator('[data-test="side-menu"]').count()).toBe(0);
    expect(await page.locator('[data-test="print-name"]').textContent()).toBe('打印测试人');
    expect(await page.locator('[data-test="print-id-number"]').textContent()).toMatch(/^2201\*+\d{3}[\dX]$/);
    expect(await page.locator('[data-test="print-employer"]').textContent()).toBe('长春打印测试机械有限公司');
    expect(await page.locator('[data-test="print-amount-upper"]').textContent()).toBe(`大写：${upper}`);
    expect(await page.locator('[data-test="print-notice"]').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}起公示$/);
    const block = (step: string, field: string) =>
      page.locator(`[data-test="print-signoff-${step}"] [data-test="print-signoff-${field}"]`).textContent();
    expect(await block('handler', 'name')).toBe(approvals[0]!.actorName);
    expect(await block('handler', 'date')).toBe(approvals[0]!.on);
    expect(await block('handler', 'opinion')).toBe('审核通过');
    expect(await block('reviewer', 'name')).toBe(approvals[1]!.actorName);
    expect(await block('reviewer', 'date')).toBe(approvals[1]!.on);
    expect(await block('reviewer', 'opinion')).toBe('审核通过。材料齐全，同意');
    // Jilin approves in two steps (附件1: 经办人、复核人): the head's block stays blank for the seal.
    expect(await block('head', 'name')).toBe('');

    // On paper: the toolbar is gone, the sheet is all there is.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-test="print-button"]').isVisible()).toBe(false);
    expect(await form.isVisible()).toBe(true);

    const pdf = readPdf(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.pages).toBe(1);
    const text = pdf.pageTexts[0]!;
    expect(text).toContain('打印测试人'.normalize('NFKC'));
    expect(text).toContain(upper.normalize('NFKC'));
    expect(text).toContain('吉林省参保职工技能提升补贴申领审批表'.normalize('NFKC'));
    await context.close();
  });
});
