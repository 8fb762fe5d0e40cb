// Launch Debian's Chromium (never a downloaded browser) headless with the
// built extension loaded, the site host names mapped to the local fixture
// server, and every request recorded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { HOSTS, startFixtureServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = path.join(ROOT, 'dist', 'extension-chromium');
export const CHROMIUM = process.env.HIRELENS_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Start the fixture server and a browser with the extension.
 * Returns { context, server, extId, sw(), requests, close() }.
 */
export async function launch({ colorScheme = 'light', locale = 'en-US' } = {}) {
  if (!fs.existsSync(path.join(DIST, 'manifest.json'))) throw new Error(`${DIST} is missing: run node extension/build.mjs`);
  const server = await startFixtureServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-profile-'));
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
  return {
    context,
    server,
    extId,
    requests,
    /** The current service worker (a new one after a restart). */
    async sw() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId}/`));
      return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Wait until the page has `n` badges (or more) and return their levels by id. */
export async function badges(page, n, timeout = 15_000) {
  await page.waitForFunction((k) => document.querySelectorAll('hirelens-badge').length >= k, n, { timeout });
  return page.evaluate(() =>
    Object.fromEntries(Array.from(document.querySelectorAll('hirelens-badge')).map((b) => [b.getAttribute('data-hirelens-id'), b.getAttribute('data-hirelens-level')])),
  );
}
