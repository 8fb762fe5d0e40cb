/**
 * Content script: find documents on the page (site adapters), ask the
 * background for reports, and show badges. No WebAssembly here: pages with a
 * strict CSP could block it. Re-runs when a single-page app changes the URL
 * or adds content (e.g. more proposals loaded).
 */
import { PAGE_TYPES } from '../adapters/index';
import { genericPerson } from '../adapters/schemaorg';
import type { Found, PageType } from '../adapters/types';
import { capStrings, jsonChars, LEVELS, LIMITS, photoHintKey, PROTOCOL_VERSION, splitBatches, type AnalyzeItem, type AnalyzeResponse, type ItemResult, type Lang, type Level, type PhotoItem, type Report, type Request } from '../protocol';
import { photoKnown, photoPixels } from './photo';
import { tooLargeError } from '../not-analysed';
import { closePanel, mountBadge, mountNotAnalysed, readPoorly, refreshPanel, updateBadge, type Shown } from './ui';

declare global {
  interface Window {
    __hirelensContent?: boolean;
  }
}

/**
 * What each found document last got: its report and badge (host null when its
 * level is below the minimum shown), or, when the background returned an
 * error for it instead of a report, its error and "not analysed" badge; and
 * the signature (its text) it was analysed with, so unchanged documents are
 * not sent again.
 */
const shown = new Map<string, { sig: string; found: Found; host: HTMLElement | null; badge?: Shown; report?: Report; error?: string }>();
let lastUrl = '';
let running: Promise<void> | null = null;
let again = false;
let noted = '';

/**
 * Photos: the badges come first, from the documents' text; the portraits are
 * read afterwards, when the page is idle, and go to the background in a second
 * message (`photos`). `sentPhotos` holds the pixels last sent per document key.
 */
const sentPhotos = new Map<string, string>();
const waiting = new WeakSet<HTMLImageElement>();
/** Whether the background uses photos (its engine can hash and compare them); from the last answer. */
let photosWanted = true;
let photosSent = 0;

/** Read the photo now, or re-scan once it has loaded. */
function readPhoto(f: Found): string | undefined {
  const img = f.photo;
  if (!img) return undefined;
  if (!img.complete && !waiting.has(img)) {
    waiting.add(img);
    img.addEventListener('load', () => schedule(), { once: true });
  }
  return photoPixels(img);
}

/** The JSON length of each found document, measured while its strings were capped (`capFound`). */
const docChars = new WeakMap<Found, number>();

/**
 * Cut every string of the document to `LIMITS.fieldChars` before anything
 * else sees it (what is compared, sent and highlighted is the capped text; a
 * cut keeps the start, so evidence offsets still point into the page). The
 * engine cuts such a field again and lists it in `report.truncated`, which
 * the panel shows.
 */
function capFound(f: Found): void {
  const c = capStrings(f.doc, LIMITS.fieldChars);
  f.doc = c.value;
  docChars.set(f, c.chars);
}

/** JSON length of one item of an `analyze` (or, with its photo, `photos`) message, from the measured document. */
function itemChars(f: Found, photo?: string): number {
  const head: Record<string, unknown> = { key: f.key, label: f.label, doc: null };
  if (photo !== undefined) head.photo = photo;
  return jsonChars(head) - 4 + (docChars.get(f) ?? jsonChars(f.doc));
}

/**
 * Send `items` in as many messages as needed to keep each within
 * `LIMITS.requestChars` and `LIMITS.items`, one after the other. Returns, per
 * message, its items and its answer (or the error that stopped it).
 */
async function askInBatches<I extends AnalyzeItem>(
  type: 'analyze' | 'photos',
  items: I[],
  sizes: number[],
  onFirst?: (res: AnalyzeResponse, sentAt: number) => void,
): Promise<{ tooLarge: number[]; answers: Array<{ items: I[]; res: AnalyzeResponse | { ok: false; error: string } | undefined }> }> {
  const url = location.href;
  const plan = splitBatches(sizes, jsonChars({ v: PROTOCOL_VERSION, type, url, items: [] }), LIMITS.requestChars, LIMITS.items);
  const answers: Array<{ items: I[]; res: AnalyzeResponse | { ok: false; error: string } | undefined }> = [];
  for (const batch of plan.batches) {
    const part = batch.map((i) => items[i] as I);
    const sentAt = performance.now();
    const req = type === 'analyze' ? ({ v: PROTOCOL_VERSION, type, url, items: part } as Request) : ({ v: PROTOCOL_VERSION, type, url, items: part as unknown as PhotoItem[] } as Request);
    const res = await ask(req);
    if (res?.ok && answers.every((a) => !a.res?.ok)) onFirst?.(res, sentAt);
    answers.push({ items: part, res });
    if (res?.ok && !res.enabled) break;
    if (location.href !== lastUrl) break;
  }
  return { tooLarge: plan.tooLarge, answers };
}

function signature(f: Found): string {
  return JSON.stringify(f.doc);
}

function ask(req: Request): Promise<AnalyzeResponse | { ok: false; error: string } | undefined> {
  return chrome.runtime.sendMessage(req) as Promise<AnalyzeResponse | { ok: false; error: string } | undefined>;
}

/** Wait until the page is idle (or at most `ms`), so reading photos never competes with the page's own work. */
function idle(ms = 300): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: ms });
    else setTimeout(resolve, 0);
  });
}

function pick(url: URL): PageType | undefined {
  return PAGE_TYPES.find((p) => p.test(url));
}

function clearAll(): void {
  closePanel();
  for (const s of shown.values()) s.host?.remove();
  shown.clear();
}

function rank(l: Level): number {
  return LEVELS.indexOf(l);
}

/** The longest synchronous stretch this script has run (ms), overall and per phase, for the bench. */
let longest = 0;
const phases: Record<string, number> = {};
function timed<T>(phase: string, f: () => T): T {
  const t0 = performance.now();
  try {
    return f();
  } finally {
    const d = performance.now() - t0;
    if (d > (phases[phase] ?? 0)) {
      phases[phase] = Math.round(d * 10) / 10;
      document.documentElement.setAttribute('data-hirelens-phases-ms', JSON.stringify(phases));
    }
    if (d > longest) {
      longest = d;
      document.documentElement.setAttribute('data-hirelens-longest-ms', d.toFixed(1));
    }
  }
}

/** Run `f` on each item, in slices of about 8 ms, yielding to the page between slices. */
async function sliced<T>(phase: string, items: T[], f: (item: T) => void): Promise<boolean> {
  const url = lastUrl;
  let i = 0;
  while (i < items.length) {
    const start = performance.now();
    timed(phase, () => {
      do {
        f(items[i] as T);
        i++;
      } while (i < items.length && performance.now() - start < 8);
    });
    if (i < items.length) await new Promise((r) => setTimeout(r, 0));
    if (location.href !== url) return false;
  }
  return true;
}

async function scan(): Promise<void> {
  const found = timed('extract', collect);
  if (!found || found.length === 0) return;
  const url = lastUrl;
  if (!(await sliced('cap', found, capFound))) return;
  const todo = found.filter((f) => {
    const s = shown.get(f.key);
    return !s || s.sig !== signature(f) || s.found.anchor !== f.anchor;
  });
  // 1. The text: analysis and badges do not wait for any photo.
  if (todo.length && !(await analyzeText(todo))) return;
  // 2. The portraits, once the page is idle; a photo hint updates its badge.
  await idle();
  if (location.href !== url) return;
  await sendPhotos(found);
}

/**
 * Send the documents' text and show their badges; false when there is nothing
 * more to do on this page. The documents go in as many messages as keep each
 * within `LIMITS.requestChars`; the badges are rendered once, from all the
 * answers together. A document too large for a message on its own gets an
 * error (a "not analysed" badge and a console note), the others are unaffected.
 */
async function analyzeText(todo: Found[]): Promise<boolean> {
  const first = !document.documentElement.hasAttribute('data-hirelens-background-ms');
  // A document analysed again (its text changed) gets its photo sent again too.
  for (const f of todo) sentPhotos.delete(f.key);
  const items = todo.map((f) => ({ key: f.key, label: f.label, doc: f.doc }));
  const sizes = todo.map((f) => itemChars(f));
  const { tooLarge, answers } = await askInBatches('analyze', items, sizes, (res, sentAt) => {
    if (!first || !res.enabled) return;
    // The first batch of a page, for the bench: time in the background and the whole round trip.
    document.documentElement.setAttribute('data-hirelens-background-ms', String(res.ms));
    document.documentElement.setAttribute('data-hirelens-roundtrip-ms', (performance.now() - sentAt).toFixed(1));
  });
  // For the tests: how many `analyze` messages the last batch of documents took.
  document.documentElement.setAttribute('data-hirelens-analyze-messages', String(answers.length));
  if (answers.some((a) => a.res?.ok && !a.res.enabled)) {
    document.documentElement.setAttribute('data-hirelens-ready', 'disabled');
    return false;
  }
  const byKey = new Map<string, ItemResult>();
  for (const i of tooLarge) {
    const f = todo[i];
    if (f) byKey.set(f.key, { key: f.key, error: tooLargeError(f.doc.kind, f.doc.id, sizes[i] ?? 0) });
  }
  let lang: Lang = 'en';
  let minLevel: Level = 'none';
  let answered = false;
  for (const { items: part, res } of answers) {
    if (!res || !res.ok || !res.enabled) {
      // Not recorded as shown: the next scan asks again.
      console.info(`HireLens: analysis unavailable for ${part.length} document(s):`, res && !res.ok ? res.error : 'no answer');
      continue;
    }
    if (!answered) {
      photosWanted = res.photos !== false;
      lang = res.lang;
      minLevel = res.minLevel;
      answered = true;
    }
    for (const r of res.results) byKey.set(r.key, r);
  }
  if (!answered && tooLarge.length === 0) return false;
  if (location.href !== lastUrl) return false; // navigated meanwhile; the next scan handles it
  // Render in slices of ~8 ms so a page with many proposals never gets a long task.
  const ok = await sliced('render', todo, (f) => render(f, byKey.get(f.key), lang, minLevel));
  updateReady();
  return ok && answered;
}

/**
 * Read the portraits of the documents with a report (each image decoded off
 * the main thread, then drawn in slices of ~8 ms) and send those not sent yet
 * in `photos` messages (as many as keep each within `LIMITS.requestChars`). A document whose photo hints changed (e.g. the same
 * portrait under another name) gets its badge, and its open panel, updated.
 */
async function sendPhotos(found: Found[]): Promise<void> {
  if (!photosWanted) return;
  const url = lastUrl;
  const withPhoto = found.filter((f) => f.photo && shown.get(f.key)?.report);
  if (withPhoto.length === 0) return;
  const fresh = withPhoto.map((f) => f.photo).filter((img): img is HTMLImageElement => !!img && img.complete && img.naturalWidth > 0 && !photoKnown(img));
  if (fresh.length) await Promise.all(fresh.map((img) => img.decode().catch(() => undefined)));
  if (location.href !== url) return;
  const items: PhotoItem[] = [];
  if (
    !(await sliced('photos', withPhoto, (f) => {
      const photo = readPhoto(f);
      if (photo && sentPhotos.get(f.key) !== photo && shown.get(f.key)?.sig === signature(f)) items.push({ key: f.key, label: f.label, doc: f.doc, photo });
    }))
  )
    return;
  if (items.length === 0) return;
  for (const it of items) sentPhotos.set(it.key, it.photo);
  const byFound = new Map(found.map((f) => [f.key, f]));
  const sizes = items.map((it) => {
    const f = byFound.get(it.key);
    return f ? itemChars(f, it.photo) : jsonChars(it);
  });
  const { tooLarge, answers } = await askInBatches('photos', items, sizes);
  // A document too large to go with its photo keeps its text-only report (and is not tried again until it changes).
  for (const i of tooLarge) console.info(`HireLens: ${items[i]?.key ?? i}: photo not used: the document with its photo is larger than one message may carry`);
  let head: Extract<AnalyzeResponse, { enabled: true }> | undefined;
  const results: ItemResult[] = [];
  for (const { items: part, res } of answers) {
    if (!res || !res.ok || !res.enabled) {
      for (const it of part) sentPhotos.delete(it.key);
      if (res && !res.ok) console.info('HireLens: photos not used:', res.error);
      continue;
    }
    head ??= res;
    results.push(...res.results);
    photosSent += part.length;
  }
  if (!head) return;
  // For the tests and the bench: how many photos the background has taken.
  document.documentElement.setAttribute('data-hirelens-photos', String(photosSent));
  if (location.href !== url) return;
  const sent = new Map(items.map((it) => [it.key, JSON.stringify(it.doc)]));
  const update = results.flatMap((r) => {
    const s = shown.get(r.key);
    const f = byFound.get(r.key);
    // Only while the badge still shows the same text, and only when the photo changed its hints.
    if (!s || !f || !r.report || s.sig !== sent.get(r.key) || photoHintKey(r.report) === photoHintKey(s.report)) return [];
    return [{ f, r }];
  });
  if (update.length === 0) return;
  const lang = head.lang;
  const minLevel = head.minLevel;
  await sliced('render', update, ({ f, r }) => render(f, r, lang, minLevel));
  updateReady();
}

/** Read the page: every document an adapter finds (badges of vanished ones are dropped). */
function collect(): Found[] | null {
  const url = new URL(location.href);
  if (url.href !== lastUrl) {
    clearAll();
    sentPhotos.clear();
    lastUrl = url.href;
    urlSince = performance.now();
    noted = '';
  }
  const page = pick(url);
  let found = page?.extract(document, url) ?? null;
  if (!page || !found || found.length === 0) {
    // Any page may carry schema.org Person data; the site adapters come first.
    const generic = genericPerson.extract(document, url);
    if (generic && generic.length) found = generic;
  }
  if (!found || found.length === 0) {
    const note = page ? `${page.id}: the expected page structure was not found (the site may have changed); a "could not read this page well" badge is shown` : 'no supported page type here';
    if (noted !== note) {
      console.info(`HireLens: ${note}.`);
      noted = note;
    }
    // A recognised page HireLens cannot read: the user is told so (a neutral badge, never a level),
    // once the page has had time to render (a single-page app fills it in after load).
    if (page && !settled()) return null;
    const none = page ? unreadable(page, url) : null;
    if (!none) return null;
    found = [none];
  }
  addProfileLinks(found, url);
  // Drop badges whose element left the page or whose content changed.
  const keys = new Set(found.map((f) => f.key));
  for (const [k, s] of shown) {
    if (!keys.has(k) || (s.host && !s.host.isConnected) || !document.contains(s.found.anchor)) {
      s.host?.remove();
      shown.delete(k);
    }
  }
  return found;
}

/** Profile pages on other sites a page may link to (the person's LinkedIn, GitHub, Upwork…). */
const PROFILE_LINK = /^https?:\/\/(?:www\.)?(?:linkedin\.com\/in\/[^/?#]+|upwork\.com\/freelancers\/[^/?#]+|github\.com\/[A-Za-z0-9-]+(?:\/[A-Za-z0-9._-]+)?|fiverr\.com\/[A-Za-z0-9_]+|freelancer\.com\/u\/[^/?#]+)\/?(?:[?#].*)?$/i;

/**
 * On a page showing one profile, the links it carries to profile pages on
 * other sites become the profile's `contacts.links`: the engine ties pages of
 * one person by them (memory compares those pages when the user visits both).
 */
function addProfileLinks(found: Found[], url: URL): void {
  const profiles = found.filter((f) => f.doc.kind === 'profile');
  if (profiles.length !== 1) return;
  const p = profiles[0] as Found;
  const links = new Set<string>();
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (links.size >= 10) break;
    let u: URL;
    try {
      u = new URL(a.href, url);
    } catch {
      continue;
    }
    if (u.host === url.host || !PROFILE_LINK.test(u.href)) continue;
    links.add(`${u.origin}${u.pathname}`);
  }
  if (!links.size) return;
  const contacts = (p.doc.contacts ?? {}) as Record<string, unknown>;
  const have = Array.isArray(contacts.links) ? (contacts.links as string[]) : [];
  p.doc = { ...p.doc, contacts: { ...contacts, links: [...new Set([...have, ...links])] } };
}

/** How long a recognised page may stay unreadable before the neutral badge says so (it may still be rendering). */
const SETTLE_MS = 1500;
let urlSince = 0;
let loadedAt = document.readyState === 'complete' ? performance.now() : Infinity;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('load', () => (loadedAt = performance.now()), { once: true });

/** Whether the page has been loaded, on this URL, for `SETTLE_MS`; if not, a scan is scheduled for then. */
function settled(): boolean {
  const since = Math.max(loadedAt === Infinity ? performance.now() : loadedAt, urlSince);
  const wait = since + SETTLE_MS - performance.now();
  if (wait <= 0) return true;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => schedule(), wait + 10);
  return false;
}

/**
 * A page of a known type whose structure was not found: a document with no
 * fields, marked `poor`, anchored at the page's first heading. Its report can
 * only be "no hints", so its badge is the neutral "could not read this page
 * well" one, and its panel lists what was read (nothing).
 */
function unreadable(page: PageType, url: URL): Found | null {
  const anchor = document.querySelector('main h1, h1, main h2, h2') ?? document.querySelector('main') ?? document.body;
  if (!anchor) return null;
  const id = `${page.site}:unread:${url.pathname}`;
  const name = document.title.trim() || url.hostname;
  return { key: id, label: name, name, doc: { kind: 'profile', id, platform: page.site, url: `${url.origin}${url.pathname}` }, anchor, sources: new Map(), page: page.id, via: {}, poor: true, expected: ['name'] };
}

function render(f: Found, r: ItemResult | undefined, lang: Lang, minLevel: Level): void {
  const old = shown.get(f.key);
  if (!r) return;
  // A page read poorly always shows its neutral badge (whatever the minimum level): the user must know it was not judged.
  const visible = !!r.report && (readPoorly(f, r.report) || rank(r.report.level) >= rank(minLevel));
  // Same element, still shown: update the badge in place (no flicker, no new nodes).
  if (old?.badge && visible && r.report && old.found.anchor === f.anchor && old.badge.host.isConnected) {
    updateBadge(old.badge, f, r.report, lang);
    refreshPanel(old.badge);
    shown.set(f.key, { ...old, sig: signature(f), found: f, report: r.report });
    return;
  }
  if (old) {
    old.host?.remove();
    shown.delete(f.key);
  }
  if (!f.anchor.isConnected) return;
  if (!r.report) {
    // Nothing is lost: the user sees that this document was not analysed (a neutral badge, never a level).
    console.info(`HireLens: ${f.key}: ${r.error ?? 'no report'}`);
    shown.set(f.key, { sig: signature(f), found: f, host: mountNotAnalysed(f, r.error, lang), error: r.error ?? 'no report' });
    return;
  }
  const s: Shown | null = visible ? mountBadge(f, r.report, lang) : null;
  shown.set(f.key, { sig: signature(f), found: f, host: s?.host ?? null, badge: s ?? undefined, report: r.report });
}

/**
 * For the tests and the bench: `data-hirelens-ready` is the number of badges
 * on the page, "not analysed" badges included (each is shown to the user);
 * `data-hirelens-not-analysed` how many of them are "not analysed" badges,
 * `data-hirelens-poor` how many are "could not read this page well" badges.
 */
function updateReady(): void {
  let n = 0;
  let failed = 0;
  let poor = 0;
  for (const s of shown.values()) {
    if (!s.host) continue;
    n++;
    if (!s.report) failed++;
    else if (readPoorly(s.found, s.report)) poor++;
  }
  document.documentElement.setAttribute('data-hirelens-not-analysed', String(failed));
  document.documentElement.setAttribute('data-hirelens-poor', String(poor));
  document.documentElement.setAttribute('data-hirelens-ready', String(n));
}

function schedule(): void {
  if (running) {
    again = true;
    return;
  }
  running = scan()
    .catch((e: unknown) => {
      const msg = e instanceof Error ? e.message : String(e);
      // The extension was reloaded or removed: this script is orphaned; stop quietly.
      if (/context invalidated/i.test(msg)) {
        observer.disconnect();
        return;
      }
      console.info('HireLens:', msg);
    })
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        schedule();
      }
    });
}

function ours(n: Node): boolean {
  const el = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
  return !!el && (el.localName === 'hirelens-badge' || el.localName === 'hirelens-panel' || !!el.closest('hirelens-badge, hirelens-panel'));
}

let timer: ReturnType<typeof setTimeout> | undefined;
const observer = new MutationObserver((records) => {
  const relevant = records.some((r) => {
    if (r.type === 'characterData') return !ours(r.target);
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return nodes.some((n) => !ours(n)) && !ours(r.target);
  });
  if (!relevant && location.href === lastUrl) return;
  // Throttle: at most one scan per 120 ms while the page keeps changing; a URL change scans at once.
  if (location.href !== lastUrl) {
    clearTimeout(timer);
    timer = undefined;
    schedule();
    return;
  }
  timer ??= setTimeout(() => {
    timer = undefined;
    schedule();
  }, 120);
});

function start(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  window.addEventListener('popstate', () => schedule());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closePanel();
  });
  schedule();
}

if (!window.__hirelensContent) {
  window.__hirelensContent = true;
  // Runs at document start: wake the background (it warms the engine up while
  // the page loads), then read the page once its DOM is parsed.
  if (pick(new URL(location.href))) chrome.runtime.sendMessage({ v: PROTOCOL_VERSION, type: 'hello' }).catch(() => undefined);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
