// Steps on the applicant portal shared by the browser tests and the screenshot script: a demo applicant who
// can apply today, the one-time code the demo API writes to its log instead of sending an SMS, the real-name
// login page and the application form. Plain JavaScript so the script runs on Node without a TypeScript loader.

/**
 * @typedef {object} DemoPerson
 * @property {string} idNumber
 * @property {string} name
 * @property {string} regionCode
 */

/**
 * A demo person of 220100 holding a certificate issued in the last two months (well inside the
 * application window). Full ID numbers exist only in the seed, which is deterministic for a day.
 * @returns {Promise<DemoPerson>}
 */
export async function demoApplicant() {
  const seed = /** @type {{ buildDemoRegistry: (o: { today: string }) => { persons: DemoPerson[], certificates: { idNumber: string, issueDate: string, level: number }[] } }} */ (
    await import(new URL('../../db/dist/seed/index.js', import.meta.url).href)
  );
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const registry = seed.buildDemoRegistry({ today });
  const recent = new Date(Date.parse(today) - 60 * 86_400_000).toISOString().slice(0, 10);
  const ids = new Set(registry.certificates.filter((c) => c.issueDate >= recent && c.level >= 3).map((c) => c.idNumber));
  const person = registry.persons.find((p) => p.regionCode === '220100' && ids.has(p.idNumber));
  if (!person) throw new Error('no demo person with a recent certificate in 220100');
  return person;
}

/**
 * The last one-time code the demo SMS sender wrote to the API's output.
 * @param {string} output
 * @returns {string | null}
 */
export function lastCode(output) {
  const all = [...output.matchAll(/验证码为(\d{6})/g)];
  return all.at(-1)?.[1] ?? null;
}

/**
 * @template T
 * @param {() => T | null} read
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export async function until(read, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Logs the person in on the portal's login page (which the page must already show): ID number and name, a
 * one-time code asked for and read from the API's log, then 登录. The caller waits for where it leads.
 * @param {import('playwright-core').Page} page
 * @param {{ output: () => string }} api
 * @param {DemoPerson} person
 */
export async function loginOnPage(page, api, person) {
  await page.fill('input[name="idNumber"]', person.idNumber);
  await page.fill('input[name="name"]', person.name);
  const before = lastCode(api.output());
  await page.locator('[data-test="login-send"]').click();
  await page.locator('[data-test="login-sent"]').waitFor();
  const code = await until(() => {
    const c = lastCode(api.output());
    return c && (c !== before || before === null) ? c : null;
  });
  await page.fill('input[name="code"]', code);
  await page.locator('[data-test="login-submit"]').click();
}

/**
 * On the application page: waits for the certificates (an eligible one comes pre-selected), fills the bank
 * account and the declaration. Submitting is left to the caller.
 * @param {import('playwright-core').Page} page
 */
export async function fillApplication(page) {
  await page.locator('[data-test="apply-form"]').waitFor();
  await page.locator('.cert__ok').first().waitFor();
  const selected = await page.locator('input[name="certificateNo"]:checked').count();
  if (selected !== 1) throw new Error(`expected one certificate pre-selected, found ${selected}`);
  await page.fill('input[name="accountNo"]', '6217 0000 0000 0000 000');
  await page.fill('input[name="bankName"]', '中国建设银行长春分行');
  await page.locator('input[name="declared"]').check();
}
