// Launch a real browser with the built extension, the site host names routed
// to the local fixture server, and every request recorded:
//   HIRELENS_BROWSER=chromium (default)  Debian's Chromium through playwright-core
//   HIRELENS_BROWSER=firefox             Debian's firefox-esr through puppeteer-core (WebDriver BiDi)
// Never a downloaded browser. Both return the same `env`; Firefox pages are
// wrapped (firefox.mjs) so the tests use one page API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { HOSTS, startFixtureServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const BROWSER = process.env.HIRELENS_BROWSER ?? 'chromium';
if (BROWSER !== 'chromium' && BROWSER !== 'firefox') throw new Error(`HIRELENS_BROWSER must be chromium or firefox, not ${BROWSER}`);
export const DIST = path.join(ROOT, 'dist', `extension-${BROWSER}`);
export const CHROMIUM = process.env.HIRELENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.HIRELENS_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Start the fixture server and a browser with the extension.
 * Returns { browser, context, server, extId, extUrl(path), bg(fn, arg), sw(), requests, outside(), close() }.
 * `profile`: a profile folder to use (and keep) instead of a fresh one.
 */
export async function launch(opts = {}) {
  if (!fs.existsSync(path.join(DIST, 'manifest.json'))) throw new Error(`${DIST} is missing: run node extension/build.mjs`);
  if (BROWSER === 'firefox') {
    const { launchFirefox } = await import('./firefox.mjs');
    return launchFirefox({ ...opts, dist: DIST, executablePath: FIREFOX });
  }
  return launchChromium(opts);
}

async function launchChromium({ colorScheme = 'light', locale = 'en-US', profile } = {}) {
  const server = await startFixtureServer();
  const userDataDir = profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-profile-'));
  const rules = [...HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the new headless mode is passed explicitly below
    colorScheme,
    locale,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-default-apps',
      '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
    ],
  });
  // Every request any page, frame or worker of the browser makes.
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extId = new URL(sw.url()).host;
  const env = {
    browser: 'chromium',
    context,
    server,
    extId,
    requests,
    extUrl: (p) => `chrome-extension://${extId}/${p}`,
    /** The current service worker (a new one after a restart). */
    async sw() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId}/`));
      return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
    },
    /** Run `fn(arg)` with the extension's privileges (in the service worker). */
    async bg(fn, arg) {
      return (await env.sw()).evaluate(fn, arg);
    },
    /** Requests for anything but the fixture hosts (and the extension's own files). */
    outside() {
      return requests.filter((u) => {
        const url = new URL(u);
        if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return false;
        return !(url.protocol === 'https:' && HOSTS.includes(url.hostname));
      });
    },
    async close() {
      await context.close();
      await server.close();
      if (!profile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return env;
}

/** Wait until the page has `n` badges (or more) and return their levels by id. */
export async function badges(page, n, timeout = 15_000) {
  await page.waitForFunction((k) => document.querySelectorAll('hirelens-badge').length >= k, n, { timeout });
  return page.evaluate(() =>
    Object.fromEntries(Array.from(document.querySelectorAll('hirelens-badge')).map((b) => [b.getAttribute('data-hirelens-id'), b.getAttribute('data-hirelens-level')])),
  );
}
