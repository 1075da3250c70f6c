import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '@huimin/db/testing';
import { startTestApp, type TestApp } from '../factories/app.js';

// POLICY.md D6, E5; API.md "Working-day calendar".
let t: TestApp;
beforeAll(async () => {
  console.info(`calendar API tests on ${describeDatabase()}`);
  t = await startTestApp();
});
afterAll(async () => t?.close());

const addWorkingDays = (from: string, days: number | string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/calendar/add-working-days?from=${from}&days=${days}` });

// A plausible 2027 schedule for the test only: New Year's Day 2027-01-01 (Friday) to 01-03 off.
const schedule2027 = {
  documentNo: '国办发明电〔2026〕99号（测试数据）',
  daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'],
  workdays: [],
};

describe('working-day calendar', () => {
  it('lists the loaded years with their sources, 2004 to 2026 at least', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years' });
    expect(res.statusCode).toBe(200);
    const years = res.json<{ year: number; documentNo: string; source: string }[]>();
    expect(years.map((y) => y.year)).toEqual(expect.arrayContaining([2004, 2024, 2025, 2026]));
    expect(years.every((y) => y.documentNo.length > 0 && y.source.length > 0)).toBe(true);
  });

  it('counts the 2026 Spring Festival and its working Saturdays', async () => {
    // Friday 2026-02-13 + 1 → Saturday 02-14 is an adjusted working day (E5).
    expect((await addWorkingDays('2026-02-13', 1)).json()).toEqual({ from: '2026-02-13', days: 1, date: '2026-02-14' });
    // From 02-14, the next working day is after the 02-15–02-23 holiday.
    expect((await addWorkingDays('2026-02-14', 1)).json<{ date: string }>().date).toBe('2026-02-24');
    // National Day: 09-30 + 1 → 10-08; 10-10 (Saturday) is a working day.
    expect((await addWorkingDays('2026-09-30', 1)).json<{ date: string }>().date).toBe('2026-10-08');
    expect((await addWorkingDays('2026-10-09', 1)).json<{ date: string }>().date).toBe('2026-10-10');
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const res = await addWorkingDays('2026-02-30', 'x');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort()).toEqual(['days', 'from']);
  });

  it('answers 422 naming 2027 before that year is loaded, and computes once a system admin loads it', async () => {
    const before = await addWorkingDays('2026-12-28', 5);
    expect(before.statusCode).toBe(422);
    expect(before.headers['content-type']).toContain('application/problem+json');
    expect(before.json<{ detail: string }>().detail).toContain('2027');

    const handler = await t.login('jl-handler');
    const forbidden = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: handler,
      payload: schedule2027,
    });
    expect(forbidden.statusCode).toBe(403);

    const admin = await t.login('sys-admin');
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: admin,
      payload: { documentNo: '', daysOff: ['2026-12-31'], workdays: ['2027-01-04'] },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['documentNo', 'daysOff[0]', 'workdays[0]']));

    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: admin,
      payload: schedule2027,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ year: 2027, documentNo: schedule2027.documentNo, loadedBy: 'sys-admin' });

    // 2026-12-28 (Mon) + 5 working days: 12-29, 12-30, 12-31, then 2027-01-01..03 off, 01-04, 01-05.
    const after = await addWorkingDays('2026-12-28', 5);
    expect(after.statusCode).toBe(200);
    expect(after.json<{ date: string }>().date).toBe('2027-01-05');

    const years = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years' })).json<{ year: number }[]>();
    expect(years.at(-1)?.year).toBe(2027);
    const one = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2027' });
    expect(one.json()).toMatchObject({ year: 2027, daysOff: schedule2027.daysOff, workdays: [] });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2031' })).statusCode).toBe(404);

    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: await t.login('auditor') });
    expect(audit.json<{ valid: boolean }>().valid).toBe(true);
  });
});
