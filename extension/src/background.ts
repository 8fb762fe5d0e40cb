/**
 * The background: the only place the WebAssembly engine runs (a service
 * worker in Chromium, an event page in Firefox; the same file). It answers
 * the typed messages of protocol.ts after checking who sent them.
 */
import type { SiteId } from './hosts';
import { checkSender, type Origin } from './sender';
import { EngineTrap, withEngine, instances, current } from './engine';
import { analyzeLinked, annotateSamePerson, annotateSeen, dropCorpora, flushSaves, hasCorpus, rotateKey } from './linkage';
import { resolveLang, t } from './i18n';
import { localizeHint } from './hint-text';
import { allowedFrom, LIMITS, parseRequest, type AnalyzeItem, type ItemResult, type Lang, type Level, type Report, type Request, type Response } from './protocol';
import { photoHashOf, photosUsable, withoutPhoto, withPhotoHash } from './photos';
import { loadSettings, saveSettings } from './settings';
import { memory } from './memory';
import { docFromText } from './paste';
import { toWire } from '../../js/src/wire';
import { isEnabledHost, syncSiteScripts } from './site-access';
import { isSupportedHost } from './hosts';

const EXTENSION_ORIGIN = chrome.runtime.getURL('');
const OUR_PAGES = ['popup.html', 'options.html', 'report.html'].map((p) => chrome.runtime.getURL(p));

/**
 * Tabs where the user asked for analysis through the popup (activeTab). Kept
 * in session storage too, so a restarted worker still answers those tabs.
 */
const grantedTabs = new Set<number>();
let grantsLoaded: Promise<void> | null = null;
function loadGrants(): Promise<void> {
  grantsLoaded ??= (async () => {
    const got = (await (chrome.storage.session ?? chrome.storage.local).get('grantedTabs')).grantedTabs;
    if (Array.isArray(got)) for (const id of got) if (typeof id === 'number') grantedTabs.add(id);
  })().catch(() => undefined);
  return grantsLoaded;
}
async function grant(tabId: number): Promise<void> {
  await loadGrants();
  grantedTabs.add(tabId);
  await (chrome.storage.session ?? chrome.storage.local).set({ grantedTabs: [...grantedTabs] });
}

async function origin(sender: chrome.runtime.MessageSender): Promise<Origin | null> {
  return checkSender(sender, { id: chrome.runtime.id, origin: EXTENSION_ORIGIN, pages: OUR_PAGES, granted: grantedTabs, enabled: await enabledFor(sender) });
}

/** The sender's host when the user enabled it (its permission is checked on every message, so a revocation counts at once). */
async function enabledFor(sender: chrome.runtime.MessageSender): Promise<Set<string>> {
  if (!sender.tab || !sender.url) return new Set();
  let host: string;
  try {
    const u = new URL(sender.url);
    if (u.protocol !== 'https:') return new Set();
    host = u.hostname;
  } catch {
    return new Set();
  }
  return !isSupportedHost(host) && (await isEnabledHost(host)) ? new Set([host]) : new Set();
}

async function lang(): Promise<Lang> {
  const s = await loadSettings();
  return resolveLang(s.language, chrome.i18n.getUILanguage());
}

function localize(r: Report, l: Lang): Report {
  return { ...r, hints: r.hints.map((h) => localizeHint(h, l)) };
}

/** Analyse documents: through the site's corpus (linkage hints) when the engine has one. */
async function analyzeRaw(site: SiteId, docs: Array<Record<string, unknown>>, options: unknown, record: boolean): Promise<Array<Report | Error>> {
  return withEngine(async (g) => {
    const linked = await analyzeLinked(g, site, docs, options, record);
    if (linked) return linked;
    return docs.map((doc) => {
      try {
        return g.analyze(toWire(doc), options) as Report;
      } catch (err) {
        if (err instanceof WebAssembly.RuntimeError) throw err;
        return err instanceof Error ? err : new Error(String(err));
      }
    });
  });
}

/**
 * A trap on one document must not cost the page all its badges: after a trap
 * the batch is retried one document at a time on fresh instances, and only
 * the document that traps gets an error.
 */
async function analyzeBatch(site: SiteId, docs: Array<Record<string, unknown>>, options: unknown, record: boolean): Promise<Array<Report | Error>> {
  try {
    return await analyzeRaw(site, docs, options, record);
  } catch (e) {
    if (!(e instanceof EngineTrap) || docs.length === 1) throw e;
    const out: Array<Report | Error> = [];
    for (const d of docs) {
      try {
        out.push((await analyzeRaw(site, [d], options, record))[0] ?? new Error('no report'));
      } catch (err) {
        if (!(err instanceof EngineTrap)) throw err;
        out.push(err);
      }
    }
    return out;
  }
}

/**
 * The documents of a content script's message, as the background uses them:
 * ids namespaced by the site the sender is on (so a page cannot write, or
 * spoof "seen before" for, another site's documents), the platform set, and
 * any photo hash of the page's own dropped (only pixels hashed here count).
 */
function ownDocs<T extends AnalyzeItem>(items: T[], site: SiteId): T[] {
  return items.map((it) => ({ ...it, doc: withoutPhoto({ ...it.doc, id: it.doc.id.startsWith(`${site}:`) ? it.doc.id : `${site}:${it.doc.id}`, platform: site }) }));
}

function rememberedPhotos(ids: string[]): Promise<Map<string, string>> {
  return memory.photos(ids).catch((e: unknown) => {
    console.warn('HireLens: could not read the remembered photo hashes', e);
    return new Map<string, string>();
  });
}

function itemResults(keys: string[], reports: Array<Report | Error>): ItemResult[] {
  return reports.map((r, i) => {
    const key = keys[i] ?? String(i);
    return r instanceof Error ? { key, error: r.message } : { key, report: r };
  });
}

/**
 * The first message of a page: the documents' text. Their photos follow in a
 * `photos` message once the badges are shown; a document seen before goes
 * into the corpus with the photo hash remembered for it, so a revisit keeps
 * its photo link from the start.
 */
async function analyzeItems(req: Extract<Request, { type: 'analyze' }>, origin: Extract<Origin, { from: 'content' }>): Promise<Response> {
  const t0 = performance.now();
  const items = ownDocs(req.items, origin.site);
  const [settings, known] = await Promise.all([loadSettings(), rememberedPhotos(items.map((it) => it.doc.id))]);
  if (!settings.sites[origin.site]) return { ok: true, enabled: false };
  const l = resolveLang(settings.language, chrome.i18n.getUILanguage());
  const docs = items.map((it) => withPhotoHash(it.doc, known.get(it.doc.id)));
  const results = await analyzeAndObserve(origin.site, items, docs, req.url, settings.remember);
  return { ...pageReply(results, l, settings.minLevel, t0), photos: await withEngine((g) => photosUsable(g)) };
}

/**
 * Analyse a page's documents through the site's corpus, say where linked
 * documents were seen, and record them (recording is not needed for the
 * reply, so it is not awaited).
 */
async function analyzeAndObserve(
  site: SiteId,
  items: AnalyzeItem[],
  docs: Array<Record<string, unknown>>,
  url: string,
  remember: boolean,
  photos?: Map<string, string>,
): Promise<ItemResult[]> {
  const results = itemResults(
    items.map((it) => it.key),
    await analyzeBatch(site, docs, { now: new Date().toISOString() }, remember),
  );
  await annotateSeen(results.map((r) => r.report));
  await annotateSamePerson(results.map((r) => r.report));
  memory.observe(items, results, site, url, remember, photos).catch((e: unknown) => console.warn('HireLens: could not record what was seen', e));
  return results;
}

/** The reply to a page's `analyze` or `photos` message: reports in the user's language, time spent here. */
function pageReply(results: ItemResult[], l: Lang, minLevel: Level, t0: number) {
  return {
    ok: true as const,
    enabled: true as const,
    lang: l,
    minLevel,
    ms: Math.round((performance.now() - t0) * 10) / 10,
    results: results.map((r) => (r.report ? { key: r.key, report: localize(r.report, l) } : r)),
  };
}

/**
 * The second message of a page: the portraits of documents whose badges are
 * shown. Each becomes a dHash; a document whose photo is new to the corpus
 * (not the one remembered for it, which went in with its text) is analysed
 * through the corpus again with the photo, replacing its text-only entry
 * (one entry per id: nothing counted twice). The new reports go back; the
 * content script updates a badge whose photo hints changed.
 */
async function addPhotos(req: Extract<Request, { type: 'photos' }>, origin: Extract<Origin, { from: 'content' }>): Promise<Response> {
  const t0 = performance.now();
  const items = ownDocs(req.items, origin.site);
  const [settings, known] = await Promise.all([loadSettings(), rememberedPhotos(items.map((it) => it.doc.id))]);
  if (!settings.sites[origin.site]) return { ok: true, enabled: false };
  const l = resolveLang(settings.language, chrome.i18n.getUILanguage());
  const hashes = await withEngine((g) => items.map((it) => photoHashOf(g, it.photo)));
  const fresh = items.flatMap((it, i) => {
    const dhash = hashes[i];
    return dhash && dhash !== known.get(it.doc.id) ? [{ it, dhash }] : [];
  });
  let results: ItemResult[] = [];
  if (fresh.length) {
    const docs = fresh.map(({ it, dhash }) => withPhotoHash(it.doc, dhash));
    const photos = new Map(fresh.map(({ it, dhash }) => [it.doc.id, dhash]));
    results = await analyzeAndObserve(origin.site, fresh.map(({ it }) => it), docs, req.url, settings.remember, photos);
  }
  return pageReply(results, l, settings.minLevel, t0);
}

async function analyzeText(req: Extract<Request, { type: 'analyzeText' }>): Promise<Response> {
  const l = await lang();
  const total = req.text.length;
  const text = total > LIMITS.pasteChars ? req.text.slice(0, LIMITS.pasteChars) : req.text;
  const doc = docFromText(req.kind, text, req.author);
  const report = await withEngine((g) => g.analyze(toWire(doc), { now: new Date().toISOString() }) as Report);
  const truncatedNote = total > LIMITS.pasteChars ? t(l, 'truncatedNote', { n: LIMITS.pasteChars.toLocaleString(l), total: total.toLocaleString(l) }) : undefined;
  return { ok: true, report: localize(report, l), lang: l, truncatedNote };
}

let warmed = false;
/**
 * The first analysis pays for building the engine's patterns (hundreds of ms).
 * A content script says hello at document start, so this runs while the page
 * is still loading, not when its badges are due.
 */
async function warmUp(): Promise<void> {
  if (warmed) return;
  warmed = true;
  try {
    await withEngine((g) =>
      g.analyze(
        {
          kind: 'proposal',
          id: 'warm-up',
          author: { name: 'Warm Up' },
          text: "Hello, I read your post. Let's continue on Telegram @warm_up or e-mail warm@example.com, +1 415 555 0100; pay in USDT.",
          job: { title: 'Warm up', description: 'Build a dashboard.' },
          profile: { name: 'Warm Up', overview: 'I build web apps.', location: { country: 'US' }, languages: [{ language: 'English', level: 'native' }] },
        },
        {},
      ),
    );
  } catch {
    warmed = false;
  }
}

async function handle(req: Request, origin: Origin): Promise<Response> {
  if (!allowedFrom(req, origin.from)) return { ok: false, error: origin.from === 'content' ? `${req.type} is not allowed from a web page` : `${req.type} comes from content scripts` };
  switch (req.type) {
    case 'hello':
      if (origin.from === 'content') {
        // A content script at document start: warm the engine up if this site is enabled.
        if ((await loadSettings()).sites[origin.site]) setTimeout(() => void warmUp(), 0);
        return { ok: true, hello: { version: __HIRELENS_VERSION__, lang: await lang() } };
      }
      return { ok: true, hello: { version: __HIRELENS_VERSION__, engine: await withEngine((g) => g.version()), instances, linkage: await withEngine((g) => hasCorpus(g)), lang: await lang() } };
    case 'analyze':
      if (origin.from !== 'content') return { ok: false, error: 'analyze comes from content scripts' };
      return analyzeItems(req, origin);
    case 'photos':
      if (origin.from !== 'content') return { ok: false, error: 'photos come from content scripts' };
      return addPhotos(req, origin);
    case 'analyzeText':
      return analyzeText(req);
    case 'getSettings':
      return { ok: true, settings: await loadSettings() };
    case 'setSettings':
      await saveSettings(req.settings);
      return { ok: true, done: true };
    case 'memory':
      if (req.action === 'stats') return { ok: true, stats: await memory.stats() };
      if (req.action === 'export') return { ok: true, exported: await memory.exportJson() };
      await flushSaves(current());
      await memory.clear();
      dropCorpora(current());
      await rotateKey();
      return { ok: true, done: true };
    case 'forgetSite':
      await flushSaves(current());
      await memory.forgetSite(req.site);
      dropCorpora(current(), req.site);
      return { ok: true, done: true };
    case 'analyzeTab':
      await grant(req.tabId);
      await chrome.scripting.insertCSS({ target: { tabId: req.tabId }, files: ['highlight.css'] });
      await chrome.scripting.executeScript({ target: { tabId: req.tabId }, files: ['content.js'] });
      return { ok: true, done: true };
    case 'takeReport': {
      const area = chrome.storage.session ?? chrome.storage.local;
      const key = `report:${req.token}`;
      const got = (await area.get(key))[key] as { report: Report; lang: Lang } | undefined;
      if (!got) return { ok: false, error: 'gone' };
      return { ok: true, report: got.report, lang: got.lang };
    }
  }
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  void loadGrants().then(async () => {
    const from = await origin(sender);
    if (!from) {
      console.warn('HireLens: refused a message from', sender.url ?? sender.id ?? 'unknown sender');
      sendResponse({ ok: false, error: 'sender not allowed' });
      return;
    }
    const req = parseRequest(message);
    if (typeof req === 'string') {
      sendResponse({ ok: false, error: `bad message: ${req}` });
      return;
    }
    handle(req, from).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  });
  return true;
});

// Sites the user enabled: a content script per granted host, removed with its
// permission. Reconciled at every start too (a permission can be revoked in
// the browser's own settings while the background is not running).
const resync = () => void syncSiteScripts().catch((e: unknown) => console.warn('HireLens: could not update the enabled sites', e));
chrome.permissions.onAdded.addListener(resync);
chrome.permissions.onRemoved.addListener(resync);
chrome.runtime.onStartup.addListener(resync);
chrome.runtime.onInstalled.addListener(resync);

// The context menu: "Analyze selected text with HireLens" anywhere. The
// report opens in an extension page; the page itself is never touched.
chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: 'hirelens-selection', title: chrome.i18n.getMessage('contextMenu') || 'Analyze selected text with HireLens', contexts: ['selection'] });
  });
});

chrome.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId !== 'hirelens-selection' || !info.selectionText) return;
  void (async () => {
    const res = await analyzeText({ v: 1, type: 'analyzeText', kind: 'message', text: info.selectionText ?? '' });
    if (!res.ok || !('report' in res)) return;
    const token = crypto.randomUUID();
    const area = chrome.storage.session ?? chrome.storage.local;
    await area.set({ [`report:${token}`]: { report: res.report, lang: res.lang } });
    await chrome.tabs.create({ url: chrome.runtime.getURL(`report.html#${token}`) });
  })();
});
