// Issue 7's last two pieces on a phone: a person rates a finished case (好差评), and an employer logs in by
// credit code, checks a batch sheet row by row and submits it. The one-time codes are read from the demo
// API's output, where demo mode writes the SMS.
import type { Browser, Page } from 'playwright-core';
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

interface DemoPerson {
  idNumber: string;
  name: string;
  regionCode: string;
}
interface DemoRegistry {
  persons: DemoPerson[];
  certificates: { certificateNo: string; idNumber: string; issueDate: string; level: number }[];
  contributions: { idNumber: string; month: string; creditCode: string }[];
}

async function demoRegistry(): Promise<DemoRegistry> {
  const seed = (await import(new URL('../../db/dist/seed/index.js', import.meta.url).href)) as {
    buildDemoRegistry: (o: { today: string }) => DemoRegistry;
  };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return seed.buildDemoRegistry({ today });
}

/** Demo persons of 220100 with a certificate, each with its certificate and the employer of its latest month. */
function certifiedWorkers(registry: DemoRegistry) {
  return registry.persons
    .filter((p) => p.regionCode === '220100')
    .flatMap((p) => {
      const certificate = registry.certificates.find((c) => c.idNumber === p.idNumber);
      const latest = registry.contributions.filter((c) => c.idNumber === p.idNumber).sort((a, b) => b.month.localeCompare(a.month))[0];
      return certificate && latest ? [{ ...p, certificateNo: certificate.certificateNo, creditCode: latest.creditCode }] : [];
    });
}

function lastCode(output: string): string | null {
  return [...output.matchAll(/验证码为(\d{6})/g)].at(-1)?.[1] ?? null;
}

async function newCode(before: string | null): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const c = lastCode(api.output());
    if (c && (c !== before || before === null)) return c;
    if (Date.now() > end) throw new Error('no new one-time code');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function call(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  return context.newPage();
}

describe('portal: rating and the employer area', () => {
  it('rates a finished case once', async () => {
    const [worker] = certifiedWorkers(await demoRegistry());
    if (!worker) throw new Error('no certified demo worker in 220100');
    const page = await phone();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));

    await page.goto(`${api.baseUrl}/login`);
    await page.fill('input[name="idNumber"]', worker.idNumber);
    await page.fill('input[name="name"]', worker.name);
    const before = lastCode(api.output());
    await page.locator('[data-test="login-send"]').click();
    await page.fill('input[name="code"]', await newCode(before));
    await page.locator('[data-test="login-submit"]').click();
    await page.waitForURL(`${api.baseUrl}/me/cases`);

    // The application and its withdrawal go through the API with the page's own login: this test is the rating.
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('huimin.portal.session') ?? '{}').token as string);
    const applied = await call(token, 'POST', '/api/v1/skill-subsidy/applications', {
      certificateNo: worker.certificateNo,
      channel: 'online',
      payee: { kind: 'bank_account', accountNo: '6217000000000000000', bankName: '中国建设银行长春分行' },
    });
    expect(applied.status).toBe(201);
    const caseId = applied.body.id as string;
    expect((await call(token, 'POST', `/api/v1/skill-subsidy/applications/${caseId}/withdraw`, {})).status).toBe(201);

    await page.goto(`${api.baseUrl}/me/cases/${caseId}`);
    await page.locator('[data-test="rating-form"]').waitFor();
    await page.locator('[data-test="rating-submit"]').click();
    expect(await page.locator('#rating-score-error').textContent()).toBe('请选择评价等级');
    await page.getByText('基本满意').click();
    await page.fill('[data-test="rating-comment"]', '网上办理很方便');
    await page.locator('[data-test="rating-submit"]').dblclick();
    expect(await page.locator('[data-test="case-rated"]').textContent()).toContain('基本满意（3星）');

    // After a reload the rating is shown, and no second form is offered.
    await page.reload();
    await page.locator('[data-test="case-rated"]').waitFor();
    expect(await page.locator('[data-test="rating-form"]').count()).toBe(0);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });

  it('lets an employer check a sheet row by row and apply for its staff', async () => {
    const workers = certifiedWorkers(await demoRegistry());
    // The employer of a worker other than the rating test's, and a worker insured elsewhere.
    const own = workers[1];
    const stranger = own && workers.find((w) => w.creditCode !== own.creditCode);
    if (!own || !stranger) throw new Error('demo data lacks two certified workers of different employers');
    const data = (await apiLogin(api.baseUrl, 'jl-data', DEMO_PASSWORD)).body.accessToken as string;
    const opened = await call(data, 'POST', '/api/v1/employer-accounts', { creditCode: own.creditCode, contactName: '王会计', contactPhone: '13900000001' });
    expect(opened.status).toBe(201);

    const page = await phone();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.goto(`${api.baseUrl}/`);
    await page.locator('[data-test="home-employer"]').click();
    await page.waitForURL(/\/employer\/login\?redirect=/);
    await page.fill('input[name="creditCode"]', own.creditCode);
    const before = lastCode(api.output());
    await page.locator('[data-test="employer-send"]').click();
    await page.fill('input[name="code"]', await newCode(before));
    await page.locator('[data-test="employer-submit"]').click();
    await page.waitForURL(`${api.baseUrl}/employer/batch`);

    const csv = [
      'idNumber,certificateNo,payeeKind,accountNo,bankName,phone',
      `${own.idNumber},${own.certificateNo},社保卡,6217000000000000001,中国建设银行长春分行,`,
      `${stranger.idNumber},${stranger.certificateNo},银行卡,6217000000000000002,中国建设银行长春分行,`,
    ].join('\r\n');
    await page.locator('[data-test="batch-file"]').setInputFiles({ name: '职工.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`) });
    await page.locator('[data-test="batch-check"]').click();
    await page.locator('[data-test="batch-preview"]').waitFor();
    expect(await page.locator('[data-test="batch-ok"]').count()).toBe(1);
    expect(await page.locator('[data-test="batch-error"]').first().textContent()).toContain('第3行（身份证号）：该人员不是本单位参保职工');

    await page.locator('[data-test="batch-submit"]').dblclick();
    await page.locator('[data-test="batch-result"]').waitFor();
    expect(await page.locator('[data-test="batch-created"]').count()).toBe(1);
    expect(await page.locator('[data-test="batch-result"]').textContent()).toContain('已为1名职工提交申请');

    // A double tap made one case: the employer's list holds exactly it.
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('huimin.portal.employer-session') ?? '{}').token as string);
    const list = await call(token, 'GET', '/api/v1/skill-subsidy/applications');
    expect((list.body.items as { channel: string }[]).map((i) => i.channel)).toEqual(['employer_batch']);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });
});
