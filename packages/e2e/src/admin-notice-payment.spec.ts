// Browser test of the public notice and the payment pages against a fresh demo deployment. A case is made
// approved through the API (registry import as the data admin, a counter application, handler and reviewer
// approvals), then in the browser the handler publishes the notice, an objection filed through the public API
// is refused to the handler who approved the case (D1) and dismissed by the head. The notice cannot end from
// the browser (it lasts at least 5 working days), so no case is payable yet: the finance pages show the empty
// batch list and the API's 409 "nothing payable" for a build.
import type { Browser } from 'playwright-core';
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

const { token, post, consoleAs, registerEligibleWorker } = consoleSupport(
  () => api,
  () => browser,
);

interface PublicBatch {
  id: string;
  startsOn: string;
  endsOn: string;
  items: { itemId: string; certificateNo: string }[];
}

/** A case approved by the handler and the reviewer, for a person and certificate loaded into the registry now. */
async function approvedCase(): Promise<{ caseId: string; certificateNo: string }> {
  const { idNumber: person, certificateNo } = await registerEligibleWorker({
    idFirst17: '22010219860412881',
    creditFirst17: '91220101000000088',
    employerName: '长春公示测试机械有限公司',
    name: '公示测试人',
    birthDate: '1986-04-12',
    phone: '13912345679',
    certificateNo: `E2EN${Date.now()}`,
  });

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
