// Browser test of one skills-subsidy case walked through the whole office, on a fresh demo deployment, as the
// demo accounts: the handler enters a demo person of Changchun at the counter and approves the first step, the
// reviewer the second (D1), the handler publishes the notice (A15). A notice lasts at least 5 working days, so
// the API is restarted with its clock moved past the notice's end; its jobs run at start and pass the case.
// Then, "ten days later", one finance user builds the payment batch, a second one approves it (D1), the first
// downloads the bank file, writes the bank's result marking the payment 成功 and uploads it (A16, D2); the case
// is 已发放 and the monthly form (附件4, A18) of Changchun for that month counts the person and the amount.
// Every browser step waits for the API call it makes, so a failure names the call that failed.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, fenToYuanString, formatFen, todayInShanghai } from '@huimin/domain';
import { launchChromium, startApi, type RunningApi } from '../scripts/harness.mjs';
import { apiStep, consoleSupport } from './support/console.js';

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

const { token, post, get, consoleAs, findEligibleDemoPerson, enterAtCounter, approveOnCasePage } = consoleSupport(
  () => api,
  () => browser,
);

const REGION = '220100';
const SECOND_FINANCE = 'jl-finance-2';
const SECOND_FINANCE_PASSWORD = 'Cashier#2026';
/** "Ten days later": past 5 working days in an ordinary fortnight; longer when a holiday lengthens the notice. */
const MIN_CLOCK_OFFSET_DAYS = 10;

interface CaseAnswer {
  id: string;
  status: string;
  statusLabel: string;
  amountFen: number;
  steps: { event: string }[];
}

interface NoticeAnswer {
  id: string;
  startsOn: string;
  endsOn: string;
  /** Rows as the public sees them: masked, named by certificate, never by case. */
  items: { certificateNo: string; amountFen: number; name: string }[];
}

interface BatchAnswer {
  id: string;
  batchNo: string;
  status: string;
  itemCount: number;
  totalFen: number;
  items: { reference: string; caseId: string; amountFen: number; payee: { name: string } }[];
}

interface MonthlyAnswer {
  rows: { kind: string; total: { persons: number; amountFen: number }; byLevel: Record<'5' | '4' | '3', { persons: number; amountFen: number }> }[];
  distinctPersons: number;
}

/**
 * D1 needs a second finance user to approve a batch: the system administrator opens the account with an
 * initial password, and its user replaces that password at first login, as the API requires before any work.
 */
async function openSecondFinanceAccount(): Promise<void> {
  const admin = await token('sys-admin');
  const initial = 'Initial#Pass2026';
  const created = await post<{ id: string; mustChangePassword: boolean; roles: string[] }>(
    '/api/v1/users',
    { username: SECOND_FINANCE, displayName: '长春财务复核（测试）', roles: ['finance'], regionCode: REGION, password: initial },
    admin,
  );
  expect(created).toMatchObject({ roles: ['finance'], mustChangePassword: true });
  const first = await token(SECOND_FINANCE, initial);
  const refused = await fetch(`${api.baseUrl}/api/v1/skill-subsidy/payment-batches`, { headers: { authorization: `Bearer ${first}` } });
  expect(refused.status).toBe(403);
  const changed = await fetch(`${api.baseUrl}/api/v1/auth/password`, {
    method: 'POST',
    headers: { authorization: `Bearer ${first}`, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: initial, newPassword: SECOND_FINANCE_PASSWORD }),
  });
  expect(changed.status, await changed.text()).toBe(204);
}

async function caseStatus(caseId: string, bearer: string): Promise<CaseAnswer> {
  return get<CaseAnswer>(`/api/v1/skill-subsidy/applications/${caseId}`, bearer);
}

async function openBatch(page: Page, batchId: string): Promise<void> {
  await page.click('[data-test="menu-payments"]');
  await apiStep(page, { method: 'GET', path: `/api/v1/skill-subsidy/payment-batches/${batchId}` }, () => page.click(`[data-test="payment-open-${batchId}"]`));
  await page.locator('[data-test="payment-batch-page"]').waitFor();
}

describe('admin: one case through the whole office', () => {
  it('walks counter entry, approvals, notice, payment, the bank result and the monthly form', { timeout: 600_000 }, async () => {
    // ── set-up: the second finance user; a demo person of Changchun with an eligible certificate ──────────
    await openSecondFinanceAccount();
    const person = await findEligibleDemoPerson(REGION);
    const { certificate } = person;
    const accountNo = '6222021234567890128';

    // ── the counter and the two approvals ───────────────────────────────────────────────────────────────
    const handler = await consoleAs('jl-handler');
    await handler.page.goto(`${api.baseUrl}/admin/`);
    const caseId = await enterAtCounter(handler.page, {
      idNumber: person.idNumber,
      name: person.name,
      certificateNo: certificate.certificateNo,
      accountNo,
      bankName: '中国建设银行长春分行',
    });
    await handler.page.locator('[data-test="case-status"]', { hasText: '已提交' }).waitFor();
    const submitted = await caseStatus(caseId, await token('jl-handler'));
    expect(submitted.amountFen).toBe(certificate.evaluation.amountFen);
    expect(await handler.page.locator('[data-test="case-amount"]').textContent()).toContain(formatFen(submitted.amountFen));
    await approveOnCasePage(handler.page, caseId);
    await handler.page.locator('[data-test="case-status"]', { hasText: '审核中' }).waitFor();

    const reviewer = await consoleAs('jl-reviewer');
    await reviewer.page.goto(`${api.baseUrl}/admin/`);
    await reviewer.page.click('[data-test="menu-cases"]');
    await reviewer.page.locator(`[data-test="case-row-${caseId}"]`).waitFor();
    await reviewer.page.click(`[data-test="case-open-${caseId}"]`);
    await approveOnCasePage(reviewer.page, caseId);
    await reviewer.page.locator('[data-test="case-status"]', { hasText: '审核通过' }).waitFor();
    await reviewer.context.close();

    // ── the notice ──────────────────────────────────────────────────────────────────────────────────────
    await handler.page.click('[data-test="menu-notices"]');
    await handler.page.locator('[data-test="notice-publish-submit"]').waitFor();
    const publishedAnswer = await apiStep(handler.page, { method: 'POST', path: '/api/v1/skill-subsidy/notices', status: 201 }, () =>
      handler.page.click('[data-test="notice-publish-submit"]'),
    );
    const notice = (await publishedAnswer.json()) as NoticeAnswer;
    expect(notice.items.map((i) => [i.certificateNo, i.amountFen])).toEqual([[certificate.certificateNo, submitted.amountFen]]);
    expect(notice.items[0]!.name).not.toBe(person.name);
    expect(await handler.page.locator('[data-test="notice-published"]').textContent()).toContain(`公示期 ${notice.startsOn} 至 ${notice.endsOn}`);
    await handler.page.locator(`[data-test="notice-batch-${notice.id}"] [data-test="notice-item"]`).waitFor();
    expect((await caseStatus(caseId, await token('jl-handler'))).status).toBe('in_notice');
    await handler.context.close();

    // ── ten days later: the notice has ended and the API's morning jobs pass the case ──────────────────────
    const today = todayInShanghai();
    const clockOffsetDays = Math.max(MIN_CLOCK_OFFSET_DAYS, daysBetween(today, notice.endsOn) + 1);
    await api.restart({ clockOffsetDays });
    const later = addDays(today, clockOffsetDays);
    // The jobs run just after the API answers its health check: wait for them rather than race them.
    const watcher = await token('jl-handler');
    await expect.poll(async () => (await caseStatus(caseId, watcher)).status, { timeout: 60_000, interval: 500 }).toBe('notice_passed');

    // ── the payment batch: built by one finance user, approved by another (D1) ────────────────────────────
    const finance = await consoleAs('jl-finance', { clockOffsetDays });
    await finance.page.goto(`${api.baseUrl}/admin/`);
    await finance.page.click('[data-test="menu-payments"]');
    await finance.page.locator('[data-test="payment-empty"]').waitFor();
    const builtAnswer = await apiStep(finance.page, { method: 'POST', path: '/api/v1/skill-subsidy/payment-batches', status: 201 }, () =>
      finance.page.click('[data-test="payment-build-submit"]'),
    );
    const built = (await builtAnswer.json()) as BatchAnswer;
    expect(built.items.map((i) => i.caseId)).toEqual([caseId]);
    expect(built.totalFen).toBe(submitted.amountFen);
    const item = built.items[0]!;
    expect(item.payee.name).toBe(person.name);
    expect(await finance.page.locator('[data-test="payment-built"]').textContent()).toContain(built.batchNo);
    await openBatch(finance.page, built.id);
    expect(await finance.page.locator('[data-test="payment-status"]').textContent()).toBe('待审批');
    // The maker is told that another finance user approves.
    await finance.page.locator('[data-test="payment-built-by-me"]').waitFor();

    const approver = await consoleAs(SECOND_FINANCE, { password: SECOND_FINANCE_PASSWORD, clockOffsetDays });
    await approver.page.goto(`${api.baseUrl}/admin/`);
    await openBatch(approver.page, built.id);
    expect(await approver.page.locator('[data-test="payment-built-by-me"]').count()).toBe(0);
    await apiStep(approver.page, { method: 'POST', path: `/api/v1/skill-subsidy/payment-batches/${built.id}/approve`, status: 201 }, () =>
      approver.page.click('[data-test="payment-approve"]'),
    );
    await approver.page.locator('[data-test="payment-status"]', { hasText: '已审批' }).waitFor();
    await approver.context.close();
    expect((await caseStatus(caseId, watcher)).status).toBe('paying');

    // ── the bank file, downloaded by the maker ──────────────────────────────────────────────────────────
    await apiStep(finance.page, { method: 'GET', path: `/api/v1/skill-subsidy/payment-batches/${built.id}` }, () => finance.page.reload());
    const downloading = finance.page.waitForEvent('download');
    await apiStep(finance.page, { method: 'GET', path: `/api/v1/skill-subsidy/payment-batches/${built.id}/bank-file` }, () =>
      finance.page.click('[data-test="payment-download"]'),
    );
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${built.batchNo}.csv`);
    const bankFile = await readFile(await download.path());
    const text = bankFile.toString('utf8');
    // The default layout (huimin-csv-v1): UTF-8 with BOM, CRLF, a header, then one line per payment.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('序号,业务参考号,收款人姓名,收款账号,开户银行,金额（元）,用途');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',')).toEqual(['1', item.reference, person.name, accountNo, '中国建设银行长春分行', fenToYuanString(submitted.amountFen), '技能提升补贴']);
    await finance.page.locator('[data-test="payment-status"]', { hasText: '已导出银行文件' }).waitFor();

    // The monthly form before the bank's answer, to compare with after.
    const month = later.slice(0, 7);
    const before = await get<MonthlyAnswer>(`/api/v1/skill-subsidy/statistics/monthly?regionCode=${REGION}&month=${month}`, watcher);

    // ── the bank's result file: that reference paid ───────────────────────────────────────────────────────
    const result = `\uFEFF业务参考号,处理结果,失败原因\r\n${item.reference},成功,\r\n`;
    await finance.page.locator('[data-test="payment-upload-input"]').waitFor({ state: 'attached' });
    const imported = await apiStep(finance.page, { method: 'POST', path: `/api/v1/skill-subsidy/payment-batches/${built.id}/bank-result`, status: 201 }, () =>
      finance.page.setInputFiles('[data-test="payment-upload-input"]', { name: `${built.batchNo}-result.csv`, mimeType: 'text/csv', buffer: Buffer.from(result, 'utf8') }),
    );
    const summary = (await imported.json()) as { paid: string[]; failed: unknown[]; problems: unknown[]; errors: unknown[]; status: string };
    expect(summary).toMatchObject({ paid: [item.reference], failed: [], problems: [], errors: [], status: 'closed' });
    expect(await finance.page.locator('[data-test="payment-result"]').textContent()).toContain('发放成功 1 笔');
    await finance.page.locator('[data-test="payment-status"]', { hasText: '已关闭' }).waitFor();

    // The case page says 已发放.
    await apiStep(finance.page, { method: 'GET', path: `/api/v1/skill-subsidy/applications/${caseId}` }, () =>
      finance.page.goto(`${api.baseUrl}/admin/skill-subsidy/cases/${caseId}`),
    );
    await finance.page.locator('[data-test="case-status"]', { hasText: '已发放' }).waitFor();
    await finance.context.close();

    // ── the monthly form (附件4) of Changchun for the month the payment was made in ────────────────────────
    const head = await consoleAs('jl-head', { clockOffsetDays });
    await head.page.goto(`${api.baseUrl}/admin/`);
    await head.page.click('[data-test="menu-statistics"]');
    await head.page.locator('[data-test="monthly-table"]').waitFor();
    // The month field is a native month input: typed, then the form submitted with Enter.
    const monthInput = head.page.locator('input[data-test="statistics-month"], [data-test="statistics-month"] input').first();
    await apiStep(head.page, { method: 'GET', path: '/api/v1/skill-subsidy/statistics/monthly' }, async () => {
      await monthInput.fill(month);
      await monthInput.press('Enter');
    });
    await head.page.locator('[data-test="monthly-table"] caption', { hasText: `${month}-01` }).waitFor();

    const kindBefore = before.rows.find((r) => r.kind === certificate.kind)!;
    const totalBefore = before.rows.find((r) => r.kind === 'total')!;
    const level = String(certificate.level) as '5' | '4' | '3';
    const levelIndex = ['5', '4', '3'].indexOf(level);
    // Columns: persons total, persons at levels 5/4/3, then the amounts the same way (万元 with the yuan beside).
    const row = (kind: string) => head.page.locator(`[data-test="monthly-row-${kind}"] td`);
    const persons = async (kind: string, column: number) => ((await row(kind).nth(column).textContent()) ?? '').trim();
    const yuan = async (kind: string, column: number) => ((await row(kind).nth(column).locator('span').textContent()) ?? '').trim();
    expect(await persons(certificate.kind, 0)).toBe(String(kindBefore.total.persons + 1));
    expect(await persons(certificate.kind, 1 + levelIndex)).toBe(String(kindBefore.byLevel[level].persons + 1));
    expect(await yuan(certificate.kind, 4)).toBe(formatFen(kindBefore.total.amountFen + submitted.amountFen));
    expect(await yuan(certificate.kind, 5 + levelIndex)).toBe(formatFen(kindBefore.byLevel[level].amountFen + submitted.amountFen));
    expect(await persons('total', 0)).toBe(String(totalBefore.total.persons + 1));
    expect(await yuan('total', 4)).toBe(formatFen(totalBefore.total.amountFen + submitted.amountFen));
    expect(await head.page.locator('[data-test="monthly-note"]').textContent()).toContain(`本月共发放${before.distinctPersons + 1}人`);
    await head.context.close();
  });
});
