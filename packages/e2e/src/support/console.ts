// Shared set-up of the console's browser tests: staff tokens, JSON posts to the API, a console page already
// signed in, and an eligible worker loaded through the registry import (as the core system would send it),
// so a case is eligible whatever the demo data holds on the day the test runs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { creditCodeCheckChar, idNumberCheckDigit } from '@huimin/domain';
import { apiLogin, DEMO_PASSWORD, type RunningApi } from '../../scripts/harness.mjs';


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

export function consoleSupport(api: () => RunningApi, browser: () => Browser) {
  async function token(username: string): Promise<string> {
    const { status, body } = await apiLogin(api().baseUrl, username, DEMO_PASSWORD);
    expect(status).toBe(200);
    return body.accessToken;
  }

  async function post<T>(path: string, body: unknown, bearer: string): Promise<T> {
    const res = await fetch(`${api().baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, text).toBeLessThan(300);
    return JSON.parse(text) as T;
  }

  async function consoleAs(username: string): Promise<{ page: Page; context: BrowserContext }> {
    const accessToken = await token(username);
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${api().baseUrl}/admin/login`);
    await page.evaluate((t) => sessionStorage.setItem('huimin.admin.token', t), accessToken);
    return { page, context };
  }

  /** 48 paid months with a Changchun employer and a level-4 welder certificate issued 60 days ago (A1–A6). */
  async function registerEligibleWorker(w: WorkerSpec): Promise<{ idNumber: string; certificateNo: string }> {
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
    const issueDate = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const certificates = await post<{ errors: unknown[] }>(
      '/api/v1/registry/certificates',
      [{ certificateNo: w.certificateNo, idNumber, kind: 'skill_level', level: 4, occupation: '焊工', issueDate, issuer: '吉林省职业技能鉴定中心' }],
      data,
    );
    expect(certificates.errors).toEqual([]);
    return { idNumber, certificateNo: w.certificateNo };
  }

  return { token, post, consoleAs, registerEligibleWorker };
}
