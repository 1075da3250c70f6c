// Takes the README pictures from a real run: the built API with demo accounts, the portal on a
// phone-sized screen and the admin console after a handler signs in. Run after building the
// workspace:  node packages/e2e/scripts/screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, launchChromium, startApi } from './harness.mjs';

const outDir = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

const api = await startApi();
const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  const portal = await phone.newPage();
  await portal.goto(`${api.baseUrl}/`);
  await portal.locator('[data-test="services"] a').first().waitFor();
  await portal.screenshot({ path: `${outDir}portal.png` });
  // The service guide of the default region (长春市), built from its policy pack.
  await portal.goto(`${api.baseUrl}/services/skill-subsidy`);
  await portal.locator('[data-test="amount-level-4"]').waitFor();
  await portal.screenshot({ path: `${outDir}guide.png` });
  await phone.close();

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const admin = await desktop.newPage();
  await admin.goto(`${api.baseUrl}/admin/login`);
  await admin.fill('input[name="username"]', 'jl-handler');
  await admin.fill('input[name="password"]', DEMO_PASSWORD);
  await admin.click('[data-test="login-submit"]');
  await admin.locator('[data-test="home-programs"]').waitFor();
  await admin.screenshot({ path: `${outDir}admin.png` });
  await admin.click('[data-test="menu-policies"]');
  await admin.locator('[data-test="policy-params"]').first().waitFor();
  await admin.screenshot({ path: `${outDir}policies.png` });
  await desktop.close();

  console.log(`Saved portal.png, guide.png, admin.png and policies.png in ${outDir}`);
} finally {
  await browser.close();
  await api.stop();
}
