// Shared set-up of the console's browser tests: staff tokens, JSON calls to the API, a console page already
// signed in (optionally living a number of days ahead, as the API does after a restart with its clock moved),
// an eligible worker loaded through the registry import (as the core system would send it) or found among the
// demo registry, the counter entry as the handler walks it, and a wrapper that names the API call a step
// waited for when that call fails.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { creditCodeCheckChar, idNumberCheckDigit } from '@huimin/domain';
import { apiLogin, DEMO_PASSWORD, type RunningApi } from '../../scripts/harness.mjs';

const DAY_MS = 86_400_000;

/** The `count` months before the current one, newest first, as `YYYY-MM`. */
export function monthsBack(count: number): string[] {
  const now = new Date();
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

export interface WorkerSpec {
  /** First 17 digits of the worker's ID number (Changchun, 2201…). */
  idFirst17: string;
  /** First 17 characters of the employer's credit code. */
  creditFirst17: string;
  employerName: string;
  name: string;
  birthDate: string;
  phone: string;
  certificateNo: string;
}

/** One certificate of the counter preview (`POST /api/v1/skill-subsidy/counter-preview`), as far as the tests read it. */
export interface PreviewCertificate {
  certificateNo: string;
  kind: 'vocational_qualification' | 'skill_level';
  occupation: string;
  level: number;
  issueDate: string;
  evaluation: { eligible: boolean; amountFen: number };
  existingCase: { id: string } | null;
}

export interface CounterPreview {
  person: { id: string; name: string; regionCode: string };
  employer: { creditCode: string; name: string } | null;
  contributions: { paidMonths: number; inArrears: boolean; latestMonth: string | null };
  certificates: PreviewCertificate[];
}

/** A person of the demo registry with a certificate the counter would accept as eligible today. */
export interface EligibleDemoPerson {
  idNumber: string;
  name: string;
  preview: CounterPreview;
  certificate: PreviewCertificate;
}

/** What the handler types at the counter after the preview. */
export interface CounterEntry {
  idNumber: string;
  /** The registry's name of the person, which the preview must show. */
  name: string;
  certificateNo: string;
  accountNo: string;
  bankName: string;
}

export interface ConsoleOptions {
  /** The account's password when it is not the demo password. */
  password?: string;
  /** The browser's clock this many days ahead, matching an API restarted with `clockOffsetDays`. */
  clockOffsetDays?: number;
}

/** An API call a browser step waits for: its method, its path (a string is matched whole) and, if not any 2xx, its status. */
export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string | RegExp;
  status?: number;
}

function describeCall(call: ApiCall): string {
  return `${call.method} ${typeof call.path === 'string' ? call.path : call.path.source}`;
}

/**
 * Runs `act` (a click, an upload…) and waits for the API call it must make; a call that never comes, or comes
 * back with another status, fails the test with the call and the API's answer, so a broken walk says which step
 * of the office's work broke.
 */
export async function apiStep(page: Page, call: ApiCall, act: () => Promise<unknown>): Promise<Response> {
  const waiting = page
    .waitForResponse((r) => {
      if (r.request().method() !== call.method) return false;
      const path = new URL(r.url()).pathname;
      return typeof call.path === 'string' ? path === call.path : call.path.test(path);
    })
    .catch((error: unknown) => {
      throw new Error(`${describeCall(call)}: the page never made this call (${error instanceof Error ? error.message : String(error)})`);
    });
  const [response] = await Promise.all([waiting, act()]);
  const status = response.status();
  const ok = call.status === undefined ? status >= 200 && status < 300 : status === call.status;
  if (!ok) {
    const body = await response.text().catch(() => '');
    throw new Error(`${describeCall(call)} answered ${status}${call.status === undefined ? '' : ` (expected ${call.status})`}: ${body}`);
  }
  return response;
}

export function consoleSupport(api: () => RunningApi, browser: () => Browser) {
  async function token(username: string, password: string = DEMO_PASSWORD): Promise<string> {
    const { status, body } = await apiLogin(api().baseUrl, username, password);
    expect(status, `login of ${username}: ${JSON.stringify(body)}`).toBe(200);
    return body.accessToken;
  }

  async function call<T>(method: 'GET' | 'POST', path: string, bearer: string, body?: unknown): Promise<T> {
    const res = await fetch(`${api().baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  function post<T>(path: string, body: unknown, bearer: string): Promise<T> {
    return call<T>('POST', path, bearer, body);
  }

  function get<T>(path: string, bearer: string): Promise<T> {
    return call<T>('GET', path, bearer);
  }

  async function consoleAs(username: string, options: ConsoleOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
    const accessToken = await token(username, options.password);
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    if (options.clockOffsetDays) {
      // The page's "today" (default months, date limits) must be the API's, or the console would refuse a
      // month the API already lives in.
      await context.clock.install({ time: Date.now() + options.clockOffsetDays * DAY_MS });
    }
    const page = await context.newPage();
    await page.goto(`${api().baseUrl}/admin/login`);
    await page.evaluate((t) => sessionStorage.setItem('huimin.admin.token', t), accessToken);
    return { page, context };
  }

  /** 48 paid months with a Changchun employer and a level-4 welder certificate issued 60 days ago (A1–A6). */
  async function registerEligibleWorker(w: WorkerSpec): Promise<{ idNumber: string; certificateNo: string; creditCode: string }> {
    const data = await token('jl-data');
    const idNumber = w.idFirst17 + idNumberCheckDigit(w.idFirst17);
    const creditCode = w.creditFirst17 + creditCodeCheckChar(w.creditFirst17);
    await post('/api/v1/registry/employers', [{ creditCode, name: w.employerName, regionCode: '220100', industry: '制造业', size: 'sme' }], data);
    const persons = await post<{ errors: unknown[] }>(
      '/api/v1/registry/persons',
      [{ idNumber, name: w.name, sex: 'male', birthDate: w.birthDate, phone: w.phone, regionCode: '220100' }],
      data,
    );
    expect(persons.errors).toEqual([]);
    const contributions = await post<{ errors: unknown[] }>(
      '/api/v1/registry/contributions',
      monthsBack(48).map((month) => ({ idNumber, creditCode, regionCode: '220100', month, status: 'paid' })),
      data,
    );
    expect(contributions.errors).toEqual([]);
    const issueDate = new Date(Date.now() - 60 * DAY_MS).toISOString().slice(0, 10);
    const certificates = await post<{ errors: unknown[] }>(
      '/api/v1/registry/certificates',
      [{ certificateNo: w.certificateNo, idNumber, kind: 'skill_level', level: 4, occupation: '焊工', issueDate, issuer: '吉林省职业技能鉴定中心' }],
      data,
    );
    expect(certificates.errors).toEqual([]);
    return { idNumber, certificateNo: w.certificateNo, creditCode };
  }

  /**
   * A person of the demo registry in `regionCode` holding a certificate of a level the monthly form counts (5–3)
   * that the counter preview evaluates as eligible today with no case on it, found as the handler would: the
   * region's persons (masked), one record opened in full, then the counter preview of that ID number.
   */
  async function findEligibleDemoPerson(regionCode: string, handler = 'jl-handler'): Promise<EligibleDemoPerson> {
    const bearer = await token(handler);
    for (let page = 1; ; page++) {
      const list = await get<{ items: { id: string }[]; total: number }>(`/api/v1/registry/persons?regionCode=${regionCode}&page=${page}&pageSize=100`, bearer);
      for (const item of list.items) {
        const person = await get<{ idNumber: string; name: string }>(`/api/v1/registry/persons/${item.id}`, bearer);
        const preview = await post<CounterPreview>('/api/v1/skill-subsidy/counter-preview', { idNumber: person.idNumber }, bearer);
        const certificate = preview.certificates.find((c) => c.evaluation.eligible && c.existingCase === null && c.level >= 3 && c.level <= 5);
        if (certificate) return { idNumber: person.idNumber, name: person.name, preview, certificate };
      }
      if (list.items.length === 0 || page * 100 >= list.total) throw new Error(`The demo registry holds no person of ${regionCode} with an eligible certificate of levels 5–3`);
    }
  }

  /**
   * The handler's counter entry on the open console page: the ID number, the registry preview of that person,
   * the certificate picked in the list (with its evaluation), a bank account as payee, then 提交 — pressed twice
   * quickly, as a hurried clerk would; the page sends one application. Returns the new case's id.
   */
  async function enterAtCounter(page: Page, entry: CounterEntry): Promise<string> {
    await page.click('[data-test="menu-counter"]');
    await page.locator('[data-test="counter-page"]').waitFor();
    await page.fill('input[name="idNumber"]', entry.idNumber);
    await apiStep(page, { method: 'POST', path: '/api/v1/skill-subsidy/counter-preview' }, () => page.click('[data-test="counter-lookup-submit"]'));
    await page.locator('[data-test="counter-person"]', { hasText: entry.name }).waitFor();
    const certificate = page.locator(`[data-test="counter-certificate-${entry.certificateNo}"]`);
    await certificate.locator('input[type="radio"]').check();
    await page.locator('[data-test="counter-picked"]', { hasText: entry.certificateNo }).waitFor();
    await page.click('[data-test="counter-payee-bank_account"]');
    await page.fill('input[name="accountNo"]', entry.accountNo);
    await page.fill('input[name="bankName"]', entry.bankName);
    await apiStep(page, { method: 'POST', path: '/api/v1/skill-subsidy/applications', status: 201 }, () => page.dblclick('[data-test="counter-submit"]'));
    await page.waitForURL(/\/admin\/skill-subsidy\/cases\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop()!;
  }

  /** The open case page's approve step: the button, the dialog, one decision however often 确定 is pressed. */
  async function approveOnCasePage(page: Page, caseId: string): Promise<void> {
    await page.click('[data-test="case-action-approve"]');
    await page.locator('[data-test="case-dialog-confirm"]').waitFor();
    await apiStep(page, { method: 'POST', path: `/api/v1/skill-subsidy/applications/${caseId}/decisions` }, () => page.dblclick('[data-test="case-dialog-confirm"]'));
    await page.locator('[data-test="case-done"]').waitFor();
  }

  return { token, post, get, consoleAs, registerEligibleWorker, findEligibleDemoPerson, enterAtCounter, approveOnCasePage };
}
