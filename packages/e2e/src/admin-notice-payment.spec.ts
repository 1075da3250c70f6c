// Browser test of the public notice and the payment pages against a fresh demo deployment. A case is made
// approved through the API (registry import as the data admin, a counter application, handler and reviewer
// approvals), then in the browser the handler publishes the notice, an objection filed through the public API
// is refused to the handler who approved the case (D1) and dismissed by the head. The notice cannot end from
// the browser (it lasts at least 5 working days), so no case is payable yet: the finance pages show the empty
// batch list and the API's 409 "nothing payable" for a build.
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

interface PublicBatch {
  id: string;
  startsOn: string;
  endsOn: string;
  items: { itemId: string; certificateNo: string }[];
}

/** A case approved by the handler and the reviewer, for a person and certificate loaded into the registry now. */
async function approvedCase(): Promise<{ caseId: string; certificateNo: string }> {
  const data = await token('jl-data');
  const person = idNumber('22010219860412881');
  const employer = creditCode('91220101000000088');
  const certificateNo = `E2EN${Date.now()}`;
  await post('/api/v1/registry/employers', [{ creditCode: employer, name: '长春公示测试机械有限公司', regionCode: '220100', industry: '制造业', size: 'sme' }], data);
  const persons = await post<{ errors: unknown[] }>(
    '/api/v1/registry/persons',
    [{ idNumber: person, name: '公示测试人', sex: 'male', birthDate: '1986-04-12', phone: '13912345679', regionCode: '220100' }],
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

  const handler = await token('jl-handler');
  const created = await post<{ id: string; status: string }>(
    '/api/v1/skill-subsidy/applications',
    { idNumber: person, certificateNo, channel: 'counter', payee: { kind: 'bank_account', accountNo: '6222021234567890128', bankName: '中国工商银行长春分行' } },
    handler,
  );
  await post(`/api/v1/skill-subsidy/applications/${created.id}/decisions`, { decision: 'approve' }, handler);
  const reviewed = await post<{ status: string }>(`/api/v1/skill-subsidy/applications/${created.id}/decisions`, { decision: 'approve' }, await token('jl-reviewer'));
  expect(reviewed.status).toBe('approved');
  return { caseId: created.id, certificateNo };
}

describe('admin: public notice and payments', () => {
  it('publishes the notice, refuses the objection to the approver and lets the head dismiss it; nothing is payable yet', async () => {
    const { caseId, certificateNo } = await approvedCase();

    // The handler publishes from the menu; a double click publishes once.
    const handler = await consoleAs('jl-handler');
    await handler.page.goto(`${api.baseUrl}/admin/`);
    await handler.page.click('[data-test="menu-notices"]');
    await handler.page.locator('[data-test="notice-empty"]').waitFor();
    await handler.page.dblclick('[data-test="notice-publish-submit"]');
    const published = (await handler.page.locator('[data-test="notice-published"]').textContent()) ?? '';
    const open = await fetch(`${api.baseUrl}/api/v1/public/skill-subsidy/notices?regionCode=220100`).then((r) => r.json() as Promise<PublicBatch[]>);
    expect(open).toHaveLength(1);
    const batch = open[0]!;
    expect(batch.items.map((i) => i.certificateNo)).toEqual([certificateNo]);
    expect(published).toContain(`公示期 ${batch.startsOn} 至 ${batch.endsOn}`);
    await handler.page.locator(`[data-test="notice-batch-${batch.id}"] [data-test="notice-item"]`).waitFor();
    const row = (await handler.page.locator('[data-test="notice-item"]').textContent()) ?? '';
    expect(row).toMatch(/\*{4,}/);
    expect(row).not.toContain('公示测试人');

    // Anyone objects through the public API, with contact details.
    const objected = await fetch(`${api.baseUrl}/api/v1/public/skill-subsidy/notices/items/${batch.items[0]!.itemId}/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contactName: '王五', contactPhone: '13812345678', content: '该证书疑似非本人取得，请核查' }),
    });
    expect(objected.status).toBe(201);
    const objectionId = ((await objected.json()) as { id: string }).id;

    // The handler approved the case, so the API refuses to let them decide its objection (D1); the page says why.
    await handler.page.fill('input[name="objectionId"]', objectionId);
    await handler.page.click('[data-test="objection-dismiss"]');
    await handler.page.fill('textarea[name="reason"]', '经会同发证机构核查，证书真实有效');
    const refused = handler.page.waitForResponse((r) => r.url().includes(`/objections/${objectionId}/decisions`));
    await handler.page.click('[data-test="objection-submit"]');
    expect((await refused).status()).toBe(403);
    await handler.page.locator('[data-test="objection-failure"]').waitFor();
    await handler.context.close();

    // The head took no step of the case and dismisses the objection.
    const head = await consoleAs('jl-head');
    await head.page.goto(`${api.baseUrl}/admin/`);
    await head.page.click('[data-test="menu-notices"]');
    expect(await head.page.locator('[data-test="notice-publish"]').count()).toBe(0);
    await head.page.fill('input[name="objectionId"]', objectionId);
    await head.page.click('[data-test="objection-dismiss"]');
    await head.page.fill('textarea[name="reason"]', '经会同发证机构核查，证书真实有效');
    await head.page.dblclick('[data-test="objection-submit"]');
    expect(await head.page.locator('[data-test="objection-decided"]').textContent()).toContain(caseId);
    const kase = await fetch(`${api.baseUrl}/api/v1/skill-subsidy/applications/${caseId}`, {
      headers: { authorization: `Bearer ${await token('jl-head')}` },
    }).then((r) => r.json() as Promise<{ status: string; steps: { event: string; reason: string | null }[] }>);
    expect(kase.steps.at(-1)).toMatchObject({ event: 'dismiss_objection', reason: '经会同发证机构核查，证书真实有效' });
    await head.context.close();

    // Finance: the notice has not ended, so there is no batch and a build is refused with the API's reason.
    const finance = await consoleAs('jl-finance');
    await finance.page.goto(`${api.baseUrl}/admin/`);
    expect(await finance.page.locator('[data-test="menu-notices"]').count()).toBe(0);
    await finance.page.click('[data-test="menu-payments"]');
    await finance.page.locator('[data-test="payment-empty"]').waitFor();
    const build = finance.page.waitForResponse((r) => r.url().endsWith('/api/v1/skill-subsidy/payment-batches') && r.request().method() === 'POST');
    await finance.page.click('[data-test="payment-build-submit"]');
    const answer = await build;
    expect(answer.status()).toBe(409);
    expect(answer.request().headers()['idempotency-key']).toMatch(/^payment-build-/);
    expect(await finance.page.locator('[data-test="payment-build-failure"]').textContent()).toContain('没有可以列入发放批次的案件');
    await finance.context.close();
  });
});
