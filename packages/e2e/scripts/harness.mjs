// Starts the built API (which serves the built portal at / and the admin console at /admin/) on a
// free port with a fresh data folder and demo accounts, and launches Debian's chromium through
// playwright-core. Shared by the smoke test and the README screenshot script; plain JavaScript so
// that Node 20 runs the script without a TypeScript loader.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const API_MAIN = fileURLToPath(new URL('../../../apps/api/dist/main.js', import.meta.url));

/** Password of every demo account (API.md). */
export const DEMO_PASSWORD = 'Huimin@2026';

/** @returns {Promise<number>} a TCP port nobody listens on right now */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {object} RunningApi
 * @property {string} baseUrl e.g. http://127.0.0.1:41234
 * @property {() => string} output everything the API printed so far (for failure messages)
 * @property {() => Promise<void>} stop kills the API and removes its data folder
 * @property {(options?: { clockOffsetDays?: number }) => Promise<void>} restart stops the API, keeps its data
 *   and starts it again on the same port, its clock moved forward by `clockOffsetDays` ("a week later"):
 *   its jobs run at start, as on any morning
 */

export const CLOCK_OFFSET = fileURLToPath(new URL('./clock-offset.mjs', import.meta.url));

/**
 * @param {{ env?: Record<string, string>, timeoutMs?: number }} [options]
 * @returns {Promise<RunningApi>}
 */
export async function startApi(options = {}) {
  if (!existsSync(API_MAIN)) {
    throw new Error(`The API is not built (${API_MAIN} is missing); build the workspace first.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'huimin-e2e-'));
  const port = await freePort();
  const env = { ...process.env };
  // A run must not write demo data into a database someone pointed DATABASE_URL at (the API then
  // keeps its data in the fresh folder below), nor depend on the caller's program switch or on web
  // builds other than this repository's: what a test needs it passes in `options.env`.
  delete env.DATABASE_URL;
  delete env.HUIMIN_PROGRAMS;
  delete env.HUIMIN_WEB_ROOT;
  Object.assign(env, {
    HUIMIN_DEMO: '1',
    HUIMIN_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ...options.env,
  });

  let output = '';
  /** @type {import('node:child_process').ChildProcess} */
  let child;
  /** @type {Promise<number | null>} */
  let exited;
  let exitCode = /** @type {number | null | undefined} */ (undefined);
  const launch = (extraEnv = {}) => {
    exitCode = undefined;
    child = spawn(process.execPath, [API_MAIN], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void exited.then((code) => (exitCode = code));
  };
  launch();

  const baseUrl = `http://127.0.0.1:${port}`;

  async function kill() {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const killed = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exited;
      }
    }
  }

  async function stop() {
    await kill();
    await rm(dataDir, { recursive: true, force: true });
  }

  /** @param {{ clockOffsetDays?: number }} [restartOptions] */
  async function restart(restartOptions = {}) {
    await kill();
    const days = restartOptions.clockOffsetDays ?? 0;
    launch(days === 0 ? {} : { NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import ${CLOCK_OFFSET}`.trim(), HUIMIN_E2E_CLOCK_OFFSET_DAYS: String(days) });
    await waitHealthy();
  }

  async function waitHealthy() {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    for (;;) {
      if (exitCode !== undefined) {
        await stop();
        throw new Error(`The API exited with code ${exitCode} before it was healthy:\n${output}`);
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`The API was not healthy within the time limit:\n${output}`);
      }
      try {
        const res = await fetch(`${baseUrl}/api/health`);
        if (res.ok && (await res.json()).status === 'ok') break;
      } catch {
        // Not listening yet.
      }
      await delay(200);
    }
  }
  await waitHealthy();
  return { baseUrl, output: () => output, stop, restart };
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Debian's chromium, never a downloaded browser; the flags keep it quiet and offline. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Logs in through the API (not the page) to learn what the page should show for an account.
 * @param {string} baseUrl
 * @param {string} username
 * @param {string} password
 */
export async function apiLogin(baseUrl, username, password) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: await res.json() };
}
