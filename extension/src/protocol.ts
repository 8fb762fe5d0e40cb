/**
 * The one message protocol between the extension's parts. Content scripts
 * send `hello`, `analyze` (the documents' text) and `photos` (their portraits,
 * read after the badges are shown); extension pages (popup, options, report)
 * send the rest. Who may send what is the one table `SENDERS`. The background
 * validates every message with `parseRequest` and checks its sender
 * (background.ts) before acting on it.
 */
import type { SiteId } from './hosts';
// The report types are the npm package's: js/src/types.ts is checked against
// the Rust serde types (tests/js_contract.rs), so the extension cannot drift.
import type { Evidence, Hint, Level, Report } from '../../js/src/types';

export const PROTOCOL_VERSION = 1;

export type { Evidence, Hint, Level, Report };
export const LEVELS: readonly Level[] = ['none', 'low', 'medium', 'high'];
export type Kind = 'profile' | 'proposal' | 'message' | 'thread';
export type Lang = 'en' | 'ja' | 'ko';

/** Where a linked document was seen (kept in the local memory, never sent anywhere). */
export interface SeenAt {
  id: string;
  label: string;
  site: SiteId;
  url: string;
  seenAt: number;
}

/** One document a content script extracted (its text only). `key` is unique within the request. */
export interface AnalyzeItem {
  key: string;
  /** Short human name for the memory ("Jane D., proposal"). */
  label: string;
  doc: Record<string, unknown> & { kind: Kind; id: string };
}

/**
 * A document's profile photo, sent after its badge is shown: the same document
 * (so a restarted background needs nothing from the first message) and the
 * photo scaled to PHOTO_SIZE² RGBA pixels, base64; the background turns the
 * pixels into the engine's dHash and puts the document, now with its photo,
 * back into the site's corpus in place of the text-only entry.
 */
export interface PhotoItem extends AnalyzeItem {
  photo: string;
}

/** Side of the square the content script scales a profile photo to before fingerprinting. */
export const PHOTO_SIZE = 32;
/** Length of the base64 text of PHOTO_SIZE² RGBA pixels. */
export const PHOTO_B64_CHARS = Math.ceil((PHOTO_SIZE * PHOTO_SIZE * 4) / 3) * 4;

/** Hints that come from a photo fingerprint (one photo under several names, one name with several photos). */
export const PHOTO_HINT_CODES: readonly string[] = ['HL403'];

export interface ItemResult {
  key: string;
  report?: Report;
  error?: string;
}

export interface Settings {
  sites: Record<SiteId, boolean>;
  minLevel: Level;
  language: 'auto' | Lang;
  /** Memory across pages: record what is seen (off = paused). */
  remember: boolean;
}

export type Request =
  | { v: 1; type: 'hello' }
  | { v: 1; type: 'analyze'; url: string; items: AnalyzeItem[] }
  | { v: 1; type: 'photos'; url: string; items: PhotoItem[] }
  | { v: 1; type: 'analyzeText'; kind: Kind; text: string; author?: string }
  | { v: 1; type: 'getSettings' }
  | { v: 1; type: 'setSettings'; settings: Settings }
  | { v: 1; type: 'memory'; action: 'stats' | 'export' | 'clear' }
  | { v: 1; type: 'forgetSite'; site: SiteId }
  | { v: 1; type: 'analyzeTab'; tabId: number }
  | { v: 1; type: 'takeReport'; token: string };

/**
 * The answer to `analyze` and to `photos`. For `analyze`, `photos` says
 * whether the background can use portraits (an engine with photo hashes and a
 * corpus); for `photos`, `results` holds the new reports of the documents
 * whose photo was new to the corpus (the content script updates a badge when
 * its photo hints changed).
 */
export type AnalyzeResponse =
  | { ok: true; enabled: false }
  | { ok: true; enabled: true; lang: Lang; minLevel: Level; results: ItemResult[]; /** time spent in the background */ ms: number; photos?: boolean };

export type Response =
  | AnalyzeResponse
  | { ok: true; hello: { version: string; engine?: string; instances?: number; linkage?: boolean; lang: Lang } }
  | { ok: true; report: Report; lang: Lang; truncatedNote?: string }
  | { ok: true; settings: Settings }
  | { ok: true; stats: { documents: number; bySite: Record<string, number>; remember: boolean } }
  | { ok: true; exported: string }
  | { ok: true; done: true }
  | { ok: false; error: string };

/** Upper bounds a message must respect (a hostile page controls what content scripts extract). */
export const LIMITS = {
  items: 500,
  /**
   * Characters of JSON text in one `analyze` or `photos` message: content
   * scripts split their documents into messages within it, and `parseRequest`
   * refuses a larger one. (The engine's own limit is 4 MiB per document.)
   */
  requestChars: 8 * 1024 * 1024,
  /** The popup keeps at most this many characters of a paste. */
  pasteChars: 1_000_000,
  /**
   * UTF-16 units the content script keeps of any one string of a document.
   * A little above the engine's per-field limit (256 KiB of UTF-8, and one
   * UTF-16 unit is at least one byte), so a string cut here is still cut again
   * by the engine, which lists it in `report.truncated`: the panel's note
   * that a field was cut stays true.
   */
  fieldChars: 300_000,
} as const;

/** Characters `JSON.stringify` needs for one string: only strings with something to escape are stringified. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function stringChars(s: string): number {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s).length : s.length + 2;
}

/** Whether `JSON.stringify` leaves this property out (in an array it writes `null`). */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function scalarChars(v: unknown): number {
  if (typeof v === 'string') return stringChars(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  if (typeof v === 'bigint') return String(v).length;
  return 4; // null (and what JSON writes as null)
}

/**
 * The length of `JSON.stringify(value)` for JSON data (what a message is),
 * without building the text: one walk, no recursion (a hostile message may be
 * nested deeply), stopping as soon as the count passes `stop`.
 */
export function jsonChars(value: unknown, stop = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      total += 2 + Math.max(0, v.length - 1);
      if (total + v.length > stop) return total + v.length;
      for (const x of v) stack.push(skipped(x) ? null : x);
    } else if (typeof v === 'object' && v !== null) {
      let n = 0;
      for (const k of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[k];
        if (skipped(x)) continue;
        n++;
        total += stringChars(k) + 1;
        stack.push(x);
      }
      total += 2 + Math.max(0, n - 1);
    } else {
      total += scalarChars(v);
    }
    if (total > stop) return total;
  }
  return total;
}

/** `s` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function capString(s: string, max: number = LIMITS.fieldChars): string {
  if (s.length <= max) return s;
  let n = max;
  const last = s.charCodeAt(n - 1);
  if (last >= 0xd800 && last <= 0xdbff) n--;
  return s.slice(0, n);
}

/**
 * A copy of a document (plain JSON data) with every string cut to `max`
 * UTF-16 units (`capString`), with, measured in the same walk, the length of
 * its JSON text (`jsonChars` of the copy) and how many strings were cut.
 */
export function capStrings<T>(value: T, max: number = LIMITS.fieldChars): { value: T; chars: number; capped: number } {
  const state = { chars: 0, capped: 0 };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const c = capString(v, max);
      if (c !== v) state.capped++;
      state.chars += stringChars(c);
      return c;
    }
    if (Array.isArray(v)) {
      state.chars += 2 + Math.max(0, v.length - 1);
      return v.map((x) => (skipped(x) ? ((state.chars += 4), x) : walk(x)));
    }
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      let n = 0;
      for (const k of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[k];
        if (skipped(x)) {
          out[k] = x;
          continue;
        }
        n++;
        state.chars += stringChars(k) + 1;
        out[k] = walk(x);
      }
      state.chars += 2 + Math.max(0, n - 1);
      return out;
    }
    state.chars += scalarChars(v);
    return v;
  };
  const out = walk(value) as T;
  return { value: out, chars: state.chars, capped: state.capped };
}

/**
 * Split a message's items into messages whose JSON text stays within `limit`
 * characters and `maxItems` items, keeping their order. `sizes[i]` is the
 * JSON length of item i, `envelope` that of the message with no items. An
 * item too large for a message on its own is in `tooLarge`, in no batch.
 */
export function splitBatches(sizes: readonly number[], envelope: number, limit: number = LIMITS.requestChars, maxItems: number = LIMITS.items): { batches: number[][]; tooLarge: number[] } {
  const batches: number[][] = [];
  const tooLarge: number[] = [];
  let cur: number[] = [];
  let used = envelope;
  for (const [i, size] of sizes.entries()) {
    if (envelope + size > limit) {
      tooLarge.push(i);
      continue;
    }
    const add = size + (cur.length > 0 ? 1 : 0); // the comma between items
    if (cur.length > 0 && (used + add > limit || cur.length >= maxItems)) {
      batches.push(cur);
      cur = [];
      used = envelope;
    }
    used += size + (cur.length > 0 ? 1 : 0);
    cur.push(i);
  }
  if (cur.length > 0) batches.push(cur);
  return { batches, tooLarge };
}

const KINDS: readonly string[] = ['profile', 'proposal', 'message', 'thread'];
const SITE_IDS: readonly string[] = ['upwork', 'freelancer', 'fiverr', 'linkedin', 'generic'];

/**
 * Every message type and who may send it: `content` (a content script in a
 * tab), `page` (the extension's own pages), or `both`. The background refuses
 * a message from the wrong side (`allowedFrom`).
 */
export const SENDERS = {
  hello: 'both',
  analyze: 'content',
  photos: 'content',
  analyzeText: 'page',
  getSettings: 'page',
  setSettings: 'page',
  memory: 'page',
  forgetSite: 'page',
  analyzeTab: 'page',
  takeReport: 'page',
} as const satisfies Record<Request['type'], 'content' | 'page' | 'both'>;

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The documents of an `analyze` or `photos` message; photos are required (and exact) for `photos`. */
function parseItems(type: 'analyze' | 'photos', x: Record<string, unknown>): { url: string; items: PhotoItem[] } | { url: string; items: AnalyzeItem[] } | string {
  if (typeof x.url !== 'string' || x.url.length > 4096) return `${type}.url`;
  if (!Array.isArray(x.items) || x.items.length > LIMITS.items) return `${type}.items`;
  const items: Array<AnalyzeItem & { photo?: string }> = [];
  for (const [i, it] of x.items.entries()) {
    if (!isObj(it) || typeof it.key !== 'string' || typeof it.label !== 'string' || !isObj(it.doc)) return `${type}.items[${i}]`;
    if (typeof it.doc.kind !== 'string' || !KINDS.includes(it.doc.kind) || typeof it.doc.id !== 'string') return `${type}.items[${i}].doc`;
    const item: AnalyzeItem & { photo?: string } = { key: it.key.slice(0, 200), label: it.label.slice(0, 200), doc: it.doc as AnalyzeItem['doc'] };
    if (type === 'photos') {
      if (typeof it.photo !== 'string' || it.photo.length !== PHOTO_B64_CHARS || !BASE64.test(it.photo)) return `photos.items[${i}].photo`;
      item.photo = it.photo;
    }
    items.push(item);
  }
  return { url: x.url, items };
}

/** Validate an incoming message; returns the typed request or an error string. */
export function parseRequest(x: unknown): Request | string {
  if (!isObj(x)) return 'not an object';
  if (x.v !== PROTOCOL_VERSION) return `unsupported protocol version ${String(x.v)}`;
  if (x.type === 'analyze' || x.type === 'photos') {
    // Content scripts split their documents to stay within this (a hostile page controls their text).
    const chars = jsonChars(x, LIMITS.requestChars);
    if (chars > LIMITS.requestChars) return `${x.type} message is larger than the limit of ${LIMITS.requestChars.toLocaleString('en')} characters (8 MiB) of JSON`;
  }
  switch (x.type) {
    case 'hello':
    case 'getSettings':
      return { v: 1, type: x.type };
    case 'analyze': {
      const p = parseItems('analyze', x);
      return typeof p === 'string' ? p : { v: 1, type: 'analyze', url: p.url, items: p.items };
    }
    case 'photos': {
      const p = parseItems('photos', x);
      return typeof p === 'string' ? p : { v: 1, type: 'photos', url: p.url, items: p.items as PhotoItem[] };
    }
    case 'analyzeText':
      if (typeof x.kind !== 'string' || !KINDS.includes(x.kind)) return 'analyzeText.kind';
      if (typeof x.text !== 'string') return 'analyzeText.text';
      if (x.author !== undefined && typeof x.author !== 'string') return 'analyzeText.author';
      return { v: 1, type: 'analyzeText', kind: x.kind as Kind, text: x.text, author: x.author as string | undefined };
    case 'setSettings': {
      const s = x.settings;
      if (!isObj(s) || !isObj(s.sites) || typeof s.minLevel !== 'string' || !LEVELS.includes(s.minLevel as Level)) return 'setSettings.settings';
      if (!['auto', 'en', 'ja', 'ko'].includes(String(s.language)) || typeof s.remember !== 'boolean') return 'setSettings.settings';
      const sites = {} as Record<SiteId, boolean>;
      for (const id of SITE_IDS) sites[id as SiteId] = s.sites[id] !== false;
      return { v: 1, type: 'setSettings', settings: { sites, minLevel: s.minLevel as Level, language: s.language as Settings['language'], remember: s.remember } };
    }
    case 'memory':
      if (!['stats', 'export', 'clear'].includes(String(x.action))) return 'memory.action';
      return { v: 1, type: 'memory', action: x.action as 'stats' | 'export' | 'clear' };
    case 'forgetSite':
      if (typeof x.site !== 'string' || !SITE_IDS.includes(x.site)) return 'forgetSite.site';
      return { v: 1, type: 'forgetSite', site: x.site as SiteId };
    case 'analyzeTab':
      if (typeof x.tabId !== 'number' || !Number.isInteger(x.tabId)) return 'analyzeTab.tabId';
      return { v: 1, type: 'analyzeTab', tabId: x.tabId };
    case 'takeReport':
      if (typeof x.token !== 'string' || x.token.length > 64) return 'takeReport.token';
      return { v: 1, type: 'takeReport', token: x.token };
    default:
      return `unknown message type ${JSON.stringify(String(x.type)).slice(0, 40)}`;
  }
}

/** Which requests a content script may send; the rest only come from extension pages. */
export function isContentRequest(r: Request): boolean {
  return SENDERS[r.type] !== 'page';
}

/** Whether this side may send this request (see `SENDERS`). */
export function allowedFrom(r: Request, from: 'content' | 'page'): boolean {
  const who: 'content' | 'page' | 'both' = SENDERS[r.type];
  return who === 'both' || who === from;
}

/** The photo-based hints of a report, as comparable text (code and message). */
export function photoHintKey(r: Report | undefined): string {
  return (r?.hints ?? [])
    .filter((h) => PHOTO_HINT_CODES.includes(h.code))
    .map((h) => `${h.code} ${h.message}`)
    .sort()
    .join('\n');
}

export function send(req: Request): Promise<Response> {
  return chrome.runtime.sendMessage(req) as Promise<Response>;
}
