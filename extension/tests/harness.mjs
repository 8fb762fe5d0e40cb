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
import { startProxy } from './proxy.mjs';
import { HOSTS, startFixtureServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const BROWSER = process.env.HIRELENS_BROWSER ?? 'chromium';
if (BROWSER !== 'chromium' && BROWSER !== 'firefox') throw new Error(`HIRELENS_BROWSER must be chromium or firefox, not ${BROWSER}`);
export const DIST = path.join(ROOT, 'dist', `extension-${BROWSER}`);
export const CHROMIUM = process.env.HIRELENS_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The browser binary itself, not Debian's /usr/bin/chromium wrapper script:
 * the wrapper adds Google API keys and --enable-remote-extensions (the
 * browser then calls Google's sign-in and update servers, which the proxy
 * log showed) and loads the system's extensions.
 */
const CHROMIUM_BIN = CHROMIUM === '/usr/bin/chromium' && fs.existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : CHROMIUM;
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

/**
 * Chromium's own services that still start with every switch above (its
 * account reconcilor asks Google's sign-in server for the profile's accounts;
 * its component updater makes one check at start-up). The proxy refuses them
 * and they never reach the network; they are listed here, by host and by who
 * makes them, so that any other host, and any request from a page, a worker
 * or the extension to these hosts too, still fails the privacy test.
 */
export const CHROMIUM_SERVICES = ['https://accounts.google.com/', 'https://update.googleapis.com/', 'http://update.googleapis.com/service/update2/json'];

async function launchChromium({ colorScheme = 'light', locale = 'en-US', profile } = {}) {
  const server = await startFixtureServer();
  // Every connection goes through the recording proxy (loopback included), which
  // tunnels the fixture hosts to the fixture server; host names are never
  // resolved by the browser (MAP * ~NOTFOUND), so nothing can go around it.
  const proxy = await startProxy(server.port);
  const userDataDir = profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: false, // the new headless mode is passed explicitly below
    colorScheme,
    locale,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=<-loopback>',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-default-apps',
      '--no-pings',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-field-trial-config',
      '--allow-browser-signin=false',
      '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationGuideModelDownloading,CertificateTransparencyComponentUpdater',
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
    proxy,
    /**
     * Requests for anything but the fixture hosts (and the extension's own
     * files), as pages, workers and the extension made them, and as the proxy
     * saw every connection (less Chromium's own services, above).
     */
    outside() {
      const browserOwn = proxy.seen.filter((u) => !CHROMIUM_SERVICES.includes(u.split('?')[0]));
      return [...requests, ...browserOwn].filter((u) => {
        const url = new URL(u);
        if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return false;
        return !(url.protocol === 'https:' && HOSTS.includes(url.hostname) && (url.port === '' || url.port === '443'));
      });
    },
    async close() {
      await context.close();
      await proxy.close();
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
