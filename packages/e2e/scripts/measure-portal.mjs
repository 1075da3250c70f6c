// Measures the applicant portal as a phone user meets it and writes the figures to
// docs/portal-performance.md. It builds nothing: run it after building the workspace.
//
//   npx --yes pnpm@12.21.0 --filter @huimin/e2e measure [-- --runs 3 --min 90 --reports <folder>]
//
// 1. First-load JavaScript: the built files the home page loads (the entry script and the chunks it
//    preloads in index.html, plus any other script the home page fetched while Lighthouse watched), with
//    their size as built and gzip-compressed — what a phone downloads before the portal can respond.
// 2. Lighthouse (performance and accessibility, its default mobile preset: a mid-range phone, slow 4G and
//    a 4× slower CPU, all simulated) on the portal's main pages, served by the built API on a fresh
//    embedded database in demo mode, in Debian's chromium. Each page is measured `--runs` times and the
//    median run (Lighthouse's own choice: closest to the median FCP and TTI) is reported, because one run
//    on a shared machine is noisy.
// The script exits with 1 when a score is below `--min` (default 90) so that a regression is seen.
// `--reports <folder>` also saves each page's median run as Lighthouse's JSON and HTML report, to see why.
// `--base-url <url>` measures a deployment that is already running (e.g. behind the province's reverse
// proxy) instead of starting the API; the first-load figures still come from this checkout's build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse, { generateReport } from 'lighthouse';
import { startApi } from './harness.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    min: { type: 'string', default: '90' },
    reports: { type: 'string' },
    'base-url': { type: 'string' },
  },
});
const RUNS = Math.max(1, Number.parseInt(args.runs, 10) || 3);
const MIN_SCORE = Number.parseInt(args.min, 10) || 90;
const REPORTS = args.reports ? resolve(process.env.INIT_CWD ?? process.cwd(), args.reports) : null;

const PORTAL_DIST = new URL('../../../apps/portal/dist/', import.meta.url);
const REPORT = fileURLToPath(new URL('../../../docs/portal-performance.md', import.meta.url));

/** The pages an applicant meets first: where they land, what they read, what they try, where they log in. */
const PAGES = [
  { name: '首页 Home', path: '/' },
  { name: '办事指南 Service guide (技能提升补贴)', path: '/services/skill-subsidy' },
  { name: '资格自测 Pre-check', path: '/services/skill-subsidy/check' },
  { name: '登录 Login', path: '/login' },
];

// Same switches as the browser tests: quiet and offline (no component updates, sync or background fetches).
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// chrome-launcher comes with Lighthouse (it is the launcher Lighthouse's own CLI uses); load that copy
// rather than declaring a second one.
const lighthouseRequire = createRequire(import.meta.resolve('lighthouse'));
/**
 * The part of chrome-launcher used here (its types are not visible from this package).
 * @type {{ launch(options: { chromePath: string, chromeFlags: string[], logLevel?: 'silent' | 'error' }): Promise<{ port: number, kill(): void | Promise<void> }> }}
 */
const chromeLauncher = await import(pathToFileURL(lighthouseRequire.resolve('chrome-launcher')).href);
/** @type {(runs: import('lighthouse').Result[]) => import('lighthouse').Result} */
const computeMedianRun = (await import(pathToFileURL(lighthouseRequire.resolve('lighthouse/core/lib/median-run.js')).href))
  .computeMedianRun;

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** @param {number | undefined} ms */
function seconds(ms) {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;
}

/** @param {number | null | undefined} score 0–1 */
function score100(score) {
  return score === null || score === undefined ? NaN : Math.round(score * 100);
}

/**
 * The scripts index.html starts with: the module entry and the chunks it asks the browser to preload.
 * @returns {Promise<string[]>} paths such as /assets/index-abc.js
 */
async function entryScripts() {
  const html = await readFile(new URL('index.html', PORTAL_DIST), 'utf8');
  const paths = [];
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) paths.push(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) paths.push(match[1] ?? '');
  return paths.filter(Boolean);
}

/**
 * @param {string[]} paths site paths of built scripts
 * @returns {Promise<{ path: string, bytes: number, gzip: number }[]>}
 */
async function sizes(paths) {
  const out = [];
  for (const path of paths) {
    const body = await readFile(new URL(`.${path}`, PORTAL_DIST));
    // Level 6 is the usual default of web servers and proxies that compress on the fly.
    out.push({ path, bytes: body.length, gzip: gzipSync(body, { level: 6 }).length });
  }
  return out;
}

/**
 * Same-origin scripts the page requested during a Lighthouse run: site path and bytes on the wire.
 * @param {import('lighthouse').Result} lhr
 * @param {string} origin
 */
function requestedScripts(lhr, origin) {
  const details = /** @type {{ items?: { url: string, resourceType?: string, transferSize?: number }[] } | undefined} */ (
    lhr.audits['network-requests']?.details
  );
  return (details?.items ?? [])
    .filter((item) => item.resourceType === 'Script' && item.url.startsWith(origin))
    .map((item) => ({ path: new URL(item.url).pathname, transferred: item.transferSize ?? 0 }));
}

/**
 * Audits a category lost points on (score below 0.9, weight above zero), as "id (title)".
 * @param {import('lighthouse').Result} lhr
 * @param {string} category
 */
function failingAudits(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
    .map((audit) => `${audit?.id}${audit?.displayValue ? ` (${audit.displayValue})` : ''}`);
}

/**
 * One Lighthouse run. Chromium now and then loses the start of the trace (NO_NAVSTART and the like,
 * reported as a runtime error of the run, not as a score); such a run is repeated, up to three tries.
 * @param {string} url
 * @param {number} port
 * @returns {Promise<import('lighthouse').Result>}
 */
async function measure(url, port) {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (result && !result.lhr.runtimeError) return result.lhr;
    lastError = result?.lhr.runtimeError?.message ?? 'no result';
    process.stdout.write(`${url}: Lighthouse could not finish the run (${lastError}); trying again\n`);
  }
  throw new Error(`Lighthouse failed three times on ${url}: ${lastError}`);
}

/** @param {string} text */
function cell(text) {
  return text.replace(/\|/g, '\\|');
}

const api = args['base-url']
  ? { baseUrl: args['base-url'].replace(/\/+$/, ''), stop: async () => {} }
  : await startApi();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
  logLevel: 'silent',
});

// The browser's full version (the user agent Lighthouse records is reduced to "156.0.0.0").
const browserVersion = await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
  .then((res) => res.json())
  .then((body) => /** @type {{ Browser?: string }} */ (body).Browser?.replace(/^\D+\//, '') ?? 'unknown')
  .catch(() => 'unknown');

/** @type {{ name: string, path: string, lhr: import('lighthouse').Result, performance: number[], accessibility: number[] }[]} */
const results = [];
try {
  for (const page of PAGES) {
    /** @type {import('lighthouse').Result[]} */
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const lhr = await measure(`${api.baseUrl}${page.path}`, chrome.port);
      runs.push(lhr);
      process.stdout.write(
        `${page.path} run ${i + 1}/${RUNS}: performance ${score100(lhr.categories.performance?.score)}, ` +
          `accessibility ${score100(lhr.categories.accessibility?.score)}\n`,
      );
    }
    const median = computeMedianRun(runs);
    if (REPORTS) {
      await mkdir(REPORTS, { recursive: true });
      const base = join(REPORTS, page.path === '/' ? 'home' : page.path.slice(1).replace(/\//g, '-'));
      await writeFile(`${base}.json`, JSON.stringify(median, null, 2));
      await writeFile(`${base}.html`, generateReport(median, 'html'));
    }
    results.push({
      ...page,
      lhr: median,
      performance: runs.map((lhr) => score100(lhr.categories.performance?.score)),
      accessibility: runs.map((lhr) => score100(lhr.categories.accessibility?.score)),
    });
  }
} finally {
  await chrome.kill();
  await api.stop();
}

// ── first-load JavaScript ─────────────────────────────────────────────────────────────────────────────
const home = results[0];
if (!home) throw new Error('the home page was not measured');
const origin = new URL(home.lhr.finalDisplayedUrl).origin;
const declared = await entryScripts();
const fetched = requestedScripts(home.lhr, origin);
const firstLoad = await sizes([...new Set([...declared, ...fetched.map((f) => f.path)])]);
const transferred = fetched.reduce((sum, f) => sum + f.transferred, 0);
const fetchedBuilt = firstLoad.filter((f) => fetched.some((r) => r.path === f.path)).reduce((sum, f) => sum + f.bytes, 0);
// Headers add a few hundred bytes per file; a body sent compressed is well under 80 % of the built size.
const sentCompressed = transferred < fetchedBuilt * 0.8;
const firstLoadGzip = firstLoad.reduce((sum, file) => sum + file.gzip, 0);
const firstLoadBytes = firstLoad.reduce((sum, file) => sum + file.bytes, 0);

// ── the report ─────────────────────────────────────────────────────────────────────────────────────────
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const cpus = os.cpus();
const env = home.lhr.environment;
const machine = [
  `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores`,
  `${Math.round(os.totalmem() / 2 ** 30)} GiB memory`,
  `${os.type()} ${os.release()} ${os.arch()}`,
  `Node ${process.version}`,
  `Chromium ${browserVersion}`,
  `Lighthouse ${home.lhr.lighthouseVersion}`,
  `Lighthouse CPU benchmark index ${Math.round(env.benchmarkIndex)}`,
  // The figures depend on what else the machine does; the load says how busy it was.
  `load average ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end`,
].join(' · ');

const metric = (/** @type {import('lighthouse').Result} */ lhr, /** @type {string} */ id) => lhr.audits[id]?.numericValue;
const below = results.flatMap((r) => {
  const perf = score100(r.lhr.categories.performance?.score);
  const a11y = score100(r.lhr.categories.accessibility?.score);
  return [
    ...(perf < MIN_SCORE ? [`${r.path} performance ${perf}`] : []),
    ...(a11y < MIN_SCORE ? [`${r.path} accessibility ${a11y}`] : []),
  ];
});

const lines = [
  '# Portal performance and accessibility (measured)',
  '',
  '<!-- Generated by packages/e2e/scripts/measure-portal.mjs; edit the script, not this file. -->',
  '',
  args['base-url']
    ? `What a phone user meets on the applicant portal, measured on the deployment at ${args['base-url']}.`
    : 'What a phone user meets on the applicant portal, measured on the built apps served by the API (demo mode, fresh embedded database).',
  'Lighthouse runs its default **mobile** preset: an emulated mid-range phone on a simulated slow 4G link with a',
  '4× slower CPU. The target is at least 90 in both categories on every page.',
  '',
  `- Date: ${today}`,
  `- Machine: ${machine}`,
  `- Command (after building the workspace): \`npx --yes pnpm@12.21.0 --filter @huimin/e2e measure\` (${RUNS === 1 ? 'one run' : `${RUNS} runs`} per page, median run reported)`,
  '',
  '## Lighthouse, mobile preset',
  '',
  '| page | path | performance | accessibility | FCP | LCP | TBT | CLS | Speed Index | all runs (perf / a11y) |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ...results.map((r) => {
    const l = r.lhr;
    const cls = metric(l, 'cumulative-layout-shift');
    return `| ${cell(r.name)} | \`${r.path}\` | ${score100(l.categories.performance?.score)} | ${score100(l.categories.accessibility?.score)} | ${seconds(metric(l, 'first-contentful-paint'))} | ${seconds(metric(l, 'largest-contentful-paint'))} | ${Math.round(metric(l, 'total-blocking-time') ?? 0)} ms | ${cls === undefined ? '—' : cls.toFixed(3)} | ${seconds(metric(l, 'speed-index'))} | ${r.performance.join(', ')} / ${r.accessibility.join(', ')} |`;
  }),
  '',
  'FCP first contentful paint, LCP largest contentful paint, TBT total blocking time, CLS cumulative layout',
  'shift — all simulated for the mobile preset, so they are comparable between machines only roughly; the',
  'scores are what to watch.',
  '',
  '## First-load JavaScript of the home page',
  '',
  `**${kb(firstLoadGzip)} gzip** (${kb(firstLoadBytes)} as built) in ${firstLoad.length} files:`,
  '',
  '| file | as built | gzip |',
  '|---|---:|---:|',
  ...firstLoad.map((f) => `| \`${f.path}\` | ${kb(f.bytes)} | ${kb(f.gzip)} |`),
  '',
  'The files index.html loads or preloads, plus any script the home page fetched while Lighthouse watched;',
  'gzip at level 6. Every other page loads its own chunk on demand.',
  '',
  `In this run the home page's scripts came over the wire **${sentCompressed ? 'compressed' : 'uncompressed'}**: ${kb(transferred)} transferred for ${kb(fetchedBuilt)} as built.`,
  ...(sentCompressed
    ? []
    : [
        `Compressed they would be ${kb(firstLoadGzip)}. The portal's build writes \`.gz\` and \`.br\` files beside each script and`,
        'stylesheet; a server or proxy that sends those precompressed files saves the difference on every first visit.',
        'On the simulated slow 4G link of the mobile preset those bytes are most of the time to first paint.',
      ]),
  '',
  '## What Lighthouse still flags',
  '',
  ...results.flatMap((r) => {
    const perf = failingAudits(r.lhr, 'performance');
    const a11y = failingAudits(r.lhr, 'accessibility');
    return [`- \`${r.path}\`: performance ${perf.length ? perf.join(', ') : 'nothing'}; accessibility ${a11y.length ? a11y.join(', ') : 'nothing'}.`];
  }),
  '',
];
await writeFile(REPORT, lines.join('\n'));
console.log(`First-load JavaScript ${kb(firstLoadGzip)} gzip; wrote ${REPORT}`);
if (below.length > 0) {
  console.error(`Below ${MIN_SCORE}: ${below.join('; ')}`);
  process.exitCode = 1;
}
