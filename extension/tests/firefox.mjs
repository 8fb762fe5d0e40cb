// Debian's firefox-esr with the Firefox build of the extension, driven by
// puppeteer-core over WebDriver BiDi (never a downloaded browser). Firefox
// reaches the fixture server at the sites' real host names through the local
// proxy (proxy.mjs; network.proxy.type=1), which sees every connection the
// browser opens, records its host, and refuses any host but the fixture
// sites. Prefs turn off Firefox's own background services (telemetry,
// captive portal, safe browsing, remote settings, normandy, push, …) so that
// nothing else is expected to leave.
//
// The pages are wrapped in the small part of the playwright Page API the
// tests use (goto, locator().evaluate, waitForSelector, route, …), so one
// test file runs in both browsers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startProxy } from './proxy.mjs';
import { HOSTS, startFixtureServer } from './server.mjs';

/** The extension's id (manifest) and the moz-extension:// host it gets here (a pref fixes it). */
export const GECKO_ID = 'hirelens@hirelens.invalid';
export const EXT_UUID = '7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b';

/** Prefs: the proxy, and Firefox's background services off. */
export function firefoxPrefs(proxyPort) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    // Even localhost goes through the proxy, so it is seen too.
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    // What Firefox's own remote agent recommends: no remote-settings server at all.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    'extensions.blocklist.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.discovery.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.translations.enable': false,
    'identity.fxaccounts.enabled': false,
    'browser.contentblocking.report.monitor.enabled': false,
    // The extension: a fixed moz-extension:// host, its storage kept over a
    // restart (a temporary add-on is uninstalled when the browser stops), and
    // optional permissions granted without the prompt (a test cannot click a doorhanger).
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

export async function launchFirefox({ dist, executablePath, profile, locale = 'en-US', colorScheme = 'light' }) {
  const server = await startFixtureServer();
  const proxy = await startProxy(server.port);
  const userDataDir = profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-ffprofile-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    acceptInsecureCerts: true,
    // Lets the tests open the extension's own pages (moz-extension://) over BiDi.
    args: ['--remote-allow-system-access'],
    // Firefox's test switch: no connection to a non-local address (the proxy is
    // local, so pages still load). It also lets the remote-settings pref below
    // take effect in a release build and turns that service off.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      ...firefoxPrefs(proxy.port),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      // prefers-color-scheme for web content: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(dist);
  const requests = [];
  let defaultTimeout = 30_000;
  const origin = `moz-extension://${EXT_UUID}/`;
  let bgPage = null;
  const context = {
    setDefaultTimeout(ms) {
      defaultTimeout = ms;
    },
    async newPage() {
      const p = await browser.newPage();
      p.setDefaultTimeout(defaultTimeout);
      p.on('request', (r) => requests.push(r.url()));
      return new FxPage(p, origin);
    },
  };
  const env = {
    browser: 'firefox',
    puppeteer: browser,
    context,
    server,
    proxy,
    extId: EXT_UUID,
    requests,
    extUrl: (p) => `${origin}${p}`,
    /** Run `fn(arg)` with the extension's privileges (in an extension page kept open for this). */
    async bg(fn, arg) {
      if (!bgPage || bgPage.isClosed()) {
        bgPage = await context.newPage();
        await bgPage.goto(`${origin}options.html`);
      }
      return bgPage.evaluate(fn, arg);
    },
    /** Requests for anything but the fixture hosts (and the extension's own files), as pages and the proxy saw them. */
    outside() {
      return [...requests, ...proxy.seen].filter((u) => {
        const url = new URL(u);
        if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.href === 'about:blank') return false;
        return !(url.protocol === 'https:' && HOSTS.includes(url.hostname) && (url.port === '' || url.port === '443'));
      });
    },
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
      if (!profile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return env;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A playwright-like selector test in the page: `text=Words`, `css:has-text("Words")`
 * or plain CSS; with `visible`, the element must also have a box. Self-contained
 * (it is sent into the page as it is: extension pages forbid eval).
 */
function findIn(sel, visible) {
  let el = null;
  const t = /^text=(.*)$/.exec(sel);
  const h = /^(.*):has-text\("(.*)"\)$/.exec(sel);
  if (t) {
    for (const x of document.querySelectorAll('body *')) if (x.textContent?.includes(t[1])) el = x;
  } else if (h) {
    el = Array.from(document.querySelectorAll(h[1])).find((x) => x.textContent?.includes(h[2])) ?? null;
  } else {
    el = document.querySelector(sel);
  }
  if (!el || !visible) return el;
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0 ? el : null;
}

class FxLocator {
  constructor(page, sel) {
    this.page = page;
    this.sel = sel;
  }
  first() {
    return this;
  }
  async evaluate(fn, arg) {
    await this.page.waitForSelector(this.sel, { state: 'attached' });
    return this.page.raw.$eval(this.sel, fn, arg);
  }
  async getAttribute(name) {
    return this.evaluate((el, n) => el.getAttribute(n), name);
  }
  async count() {
    return (await this.page.raw.$$(this.sel)).length;
  }
}

/** The puppeteer page, with the playwright Page methods the tests use. */
export class FxPage {
  constructor(raw, extOrigin) {
    this.raw = raw;
    this.extOrigin = extOrigin;
    this.keyboard = raw.keyboard;
    this.routes = [];
  }
  on(event, cb) {
    if (event === 'console') this.raw.on('console', (m) => cb({ text: () => m.text() }));
    else this.raw.on(event, cb);
  }
  isClosed() {
    return this.raw.isClosed();
  }
  async goto(url, { waitUntil = 'load' } = {}) {
    if (url.startsWith('moz-extension:')) {
      // BiDi reports no load for a page that moves into the extension process: navigate without waiting, then wait for the document.
      await this.raw.mainFrame().browsingContext.navigate(url, 'none');
      await this.raw.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50 }, url);
      return null;
    }
    const resp = await this.raw.goto(url, { waitUntil: waitUntil === 'domcontentloaded' ? 'domcontentloaded' : 'load' });
    return resp && { headers: () => resp.headers(), status: () => resp.status() };
  }
  locator(sel) {
    return new FxLocator(this, sel);
  }
  async waitForSelector(sel, { state = 'visible', timeout } = {}) {
    const visible = state === 'visible';
    await this.#waitFor(sel, visible, timeout).catch(async (e) => {
      // Say what the page shows instead, as playwright's call log does.
      const base = /^(.*):has-text\(/.exec(sel)?.[1] ?? sel;
      const now = await this.raw.evaluate((b) => { try { return document.querySelector(b)?.textContent ?? 'no such element'; } catch { return '?'; } }, base).catch(() => '?');
      throw new Error(`waitForSelector(${sel}): ${e.message}; ${base} shows ${JSON.stringify(now)}`);
    });
  }
  async #waitFor(sel, visible, timeout) {
    // Checked on every DOM change (a tab in the background runs no animation frames and slow timers).
    await this.raw.waitForFunction(findIn, { polling: 'mutation', ...(timeout ? { timeout } : {}) }, sel, visible);
  }
  async waitForFunction(fn, arg, { timeout, polling } = {}) {
    return this.raw.waitForFunction(fn, { polling: typeof polling === 'number' ? polling : 50, ...(timeout ? { timeout } : {}) }, arg);
  }
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }
  async #el(sel) {
    await this.waitForSelector(sel);
    return this.raw.evaluateHandle(findIn, sel, false);
  }
  async click(sel) {
    // Real input (a user gesture) goes to the tab in front.
    await this.raw.bringToFront();
    const h = await this.#el(sel);
    await h.click();
  }
  async fill(sel, value) {
    await this.waitForSelector(sel);
    await this.raw.$eval(sel, (el, v) => {
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  }
  async selectOption(sel, value) {
    await this.waitForSelector(sel);
    await this.raw.select(sel, value);
  }
  async #setChecked(sel, want) {
    // A DOM click toggles the box and fires its change event (no user gesture needed for a checkbox).
    const h = await this.#el(sel);
    await h.evaluate((el, w) => el.checked !== w && el.click(), want);
  }
  check(sel) {
    return this.#setChecked(sel, true);
  }
  uncheck(sel) {
    return this.#setChecked(sel, false);
  }
  async textContent(sel) {
    await this.waitForSelector(sel, { state: 'attached' });
    return this.raw.$eval(sel, (el) => el.textContent);
  }
  async getAttribute(sel, name) {
    await this.waitForSelector(sel, { state: 'attached' });
    return this.raw.$eval(sel, (el, n) => el.getAttribute(n), name);
  }
  async addInitScript(fn) {
    await this.raw.evaluateOnNewDocument(fn);
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  async goBack() {
    await this.raw.goBack();
  }
  async emulateMedia() {
    throw new Error('prefers-color-scheme cannot be emulated over WebDriver BiDi in Firefox');
  }
  /** page.route(url or RegExp, handler(route)) with route.fulfill / continue / abort. */
  async route(pattern, handler) {
    const matches = (u) => (pattern instanceof RegExp ? pattern.test(u) : u === pattern);
    if (this.routes.length === 0) {
      await this.raw.setRequestInterception(true);
      this.raw.on('request', (req) => {
        if (req.isInterceptResolutionHandled()) return;
        const r = this.routes.find((x) => x.matches(req.url()));
        if (!r) {
          void req.continue().catch(() => undefined);
          return;
        }
        void r.handler({
          fulfill: ({ contentType = 'text/html', body = '', status = 200 }) => req.respond({ status, contentType, body }),
          continue: () => req.continue(),
          abort: () => req.abort(),
        });
      });
    }
    this.routes.push({ matches, handler });
  }
  async close() {
    await this.raw.close();
  }
}
