/**
 * Shared extraction helpers. Field text is an element's `textContent` with
 * only leading and trailing white space removed, so the engine's UTF-16
 * offsets map straight back into the element's text nodes.
 */
import type { FieldSource } from './types';

/**
 * How a field was read, best first: structured data the page embeds
 * (`jsonld`, `microdata`, `opengraph`, `state` = an embedded JSON state such
 * as Fiverr's perseus props or LinkedIn's Voyager JSON, `title` = the
 * document title), then stable attributes (`attr`: data-qa, data-test,
 * componentkey, ids, aria labels), then visible labels and text shapes
 * (`label`: a section heading or caption, `shape`: "3:05 am local time",
 * "$70.00/hr", a date range). Never hashed class names.
 */
export type Strategy = 'jsonld' | 'microdata' | 'opengraph' | 'state' | 'title' | 'attr' | 'label' | 'shape';

/** The top-level contract field of a field path: `employment[0].title` → `employment`. */
export function topField(path: string): string {
  return /^[a-z_]+/.exec(path)?.[0] ?? path;
}

export class Fields {
  readonly sources = new Map<string, FieldSource>();
  /** Top-level field → the strategy that read it (the first one recorded wins). */
  readonly via: Record<string, Strategy> = {};
  /** Field paths whose text is an excerpt of a longer text the page does not show in full. */
  readonly excerpts = new Set<string>();

  /** The trimmed text of `el`, recorded as the source of `path` (read by `how`); undefined if empty or missing. */
  text(path: string, el: Element | null | undefined, how?: Strategy): string | undefined {
    if (!el) return undefined;
    const raw = el.textContent ?? '';
    const start = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (!value) return undefined;
    this.sources.set(path, { el, offset: start });
    if (how) this.mark(path, how);
    return value;
  }

  /** Record that `path`'s top-level field was read by `how` (unless an earlier strategy already read it). */
  mark(path: string, how: Strategy): void {
    const top = topField(path);
    this.via[top] ??= how;
  }

  /**
   * Layered extraction: try each `[strategy, read]` in order and keep the
   * first value that is not undefined (nor an empty array), recording its
   * strategy for `field`.
   */
  first<T>(field: string, tries: Array<[Strategy, () => T | undefined]>): T | undefined {
    for (const [how, read] of tries) {
      const v = read();
      if (v === undefined || v === null || (Array.isArray(v) && v.length === 0) || v === '') continue;
      this.mark(field, how);
      return v;
    }
    return undefined;
  }
}

/** Trimmed text of an element, not tracked as a field (for parsed values: dates, rates). */
export function plain(el: Element | null | undefined): string | undefined {
  const s = el?.textContent?.replace(/\s+/g, ' ').trim();
  return s ? s : undefined;
}

export function all(root: ParentNode, sel: string): Element[] {
  return Array.from(root.querySelectorAll(sel));
}

/**
 * Month names by their first three letters (lower case), in the languages
 * LinkedIn and the freelance sites are commonly used in: English, Polish,
 * German, French, Spanish, Portuguese, Italian, Dutch. ("cze 2022" is June.)
 */
const MONTH3: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  sty: 1, lut: 2, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, 'paź': 10, paz: 10, lis: 11, gru: 12,
  'mär': 3, mrz: 3, mai: 5, okt: 10, dez: 12,
  fév: 2, fev: 2, avr: 4, aoû: 8, aou: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, set: 9, out: 10,
  gen: 1, mag: 5, giu: 6, lug: 7, ott: 10,
  mei: 5, mrt: 3,
};
/** French "juin"/"juil." share their first three letters. */
const MONTH4: Record<string, number> = { juin: 6, juil: 7 };
const PRESENT = /^(present|current|now|today|obecnie|heute|aktuell|actuel(le)?|aujourd[’']hui|actualidad|actual|presente|atual|oggi|heden|現在|현재|至今)$/;

/** "March 2019", "Mar 2019", "cze 2022", "2019-03", "2019年3月", "2019" → "2019-03" / "2019"; "Present" (and its translations) → null. */
export function partialDate(s: string | undefined): string | null | undefined {
  if (!s) return undefined;
  const t = s.trim().toLowerCase().replace(/\.$/, '');
  if (PRESENT.test(t)) return null;
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const cjk = /^(\d{4})\s*[年년.]\s*(\d{1,2})\s*[月월]?$/.exec(t);
  if (cjk && cjk[2]) return `${cjk[1]}-${cjk[2].padStart(2, '0')}`;
  const my = /^(\p{L}{3,})\.?\s+(?:de\s+)?(\d{4})$/u.exec(t);
  if (my && my[1]) {
    const m = MONTH4[my[1].slice(0, 4)] ?? MONTH3[my[1].slice(0, 3)];
    if (m) return `${my[2]}-${String(m).padStart(2, '0')}`;
  }
  const y = /^(\d{4})$/.exec(t);
  if (y) return y[1];
  return undefined;
}

/** A date range's text shape: a year, then a dash or "to" (LinkedIn: "cze 2022 – obecnie · 4 lata"). */
export const DATE_RANGE = /(19|20)\d{2}.*?(\s[-–—~]|[-–—~]\s|\sto\s|[-–—]\p{L})|(19|20)\d{2}\s*[-–—]\s*$/u;

/** "March 2019 - Present" / "2019 – 2021" → [start, end]. */
export function dateRange(s: string | undefined): [string | null | undefined, string | null | undefined] {
  if (!s) return [undefined, undefined];
  const parts = s.split('·')[0]?.split(/\s*[–—~]\s*|\s+-\s+|\s+to\s+|(?<=\d)-(?=\p{L})|(?<=\d)\s*-\s*(?=\d{4})/iu) ?? [];
  return [partialDate(parts[0]), partialDate(parts[1])];
}

/** "$45.00/hr", "US$45 / hour", "€30/hr", "$25 AUD", "₹850.00 INR" → {amount, currency}. */
export function rate(s: string | undefined): { amount: number; currency: string } | undefined {
  if (!s) return undefined;
  const m = /(US\$|\$|€|£|¥|₩|₹)\s*([\d,]+(?:\.\d+)?)(?:\s*([A-Z]{3})\b)?/.exec(s);
  if (!m || !m[1] || !m[2]) return undefined;
  // A code after the amount ("$25 AUD", "₹25,000.00 INR", Freelancer.com) names the currency; "$" alone is USD.
  const currency = m[3] ?? { US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' }[m[1]] ?? 'USD';
  return { amount: Number(m[2].replace(/,/g, '')), currency };
}

/** "Austin, TX, United States" → {city, region, country} (country = the last part). */
export function location(s: string | undefined): { city?: string; region?: string; country?: string } | undefined {
  if (!s) return undefined;
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const country = parts[parts.length - 1];
  // "Greater Stockholm Metropolitan Area", "San Francisco Bay Area": a place, not a country.
  if (parts.length === 1) return /\b(area|metropolitan|greater|metro|region)\b/i.test(country ?? '') ? { region: country } : { country };
  if (parts.length === 2) return { city: parts[0], country };
  return { city: parts[0], region: parts[1], country };
}

const LEVELS: Array<[RegExp, string]> = [
  [/native|bilingual/i, 'native'],
  [/fluent/i, 'fluent'],
  [/conversational|intermediate/i, 'conversational'],
  [/basic|beginner|elementary/i, 'basic'],
];

/** "English: Native or Bilingual" → {language, level}. */
export function languageClaim(s: string | undefined): { language: string; level?: string } | undefined {
  if (!s) return undefined;
  const [lang, lvl] = s.split(/[:\-–—(]/, 2).map((x) => x.replace(/\)/g, '').trim());
  if (!lang) return undefined;
  const level = LEVELS.find(([re]) => re.test(lvl ?? ''))?.[1];
  return level ? { language: lang, level } : { language: lang };
}

/**
 * "9:14 PM local time" shown now → the UTC offset in minutes (rounded to 15),
 * comparing the shown clock with the current UTC time.
 */
export function offsetFromLocalTime(s: string | undefined, now: Date = new Date()): number | undefined {
  if (!s) return undefined;
  const m = /(\d{1,2}):(\d{2})\s*(am|pm)?/i.exec(s);
  if (!m || !m[1] || !m[2]) return undefined;
  let h = Number(m[1]) % 24;
  const ap = m[3]?.toLowerCase();
  if (ap === 'pm' && h < 12) h += 12;
  if (ap === 'am' && h === 12) h = 0;
  const shown = h * 60 + Number(m[2]);
  const utc = now.getUTCHours() * 60 + now.getUTCMinutes();
  let diff = shown - utc;
  while (diff < -720) diff += 1440;
  while (diff > 840) diff -= 1440;
  return Math.round(diff / 15) * 15;
}

/** "Member since May 2024" → "2024-05". */
export function memberSince(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim().replace(/(\p{L}+)\.? \d{1,2}, (\d{4})$/u, '$1 $2');
  const m = /(\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}|\d{4})\s*$/u.exec(t);
  return partialDate(m?.[1]) ?? undefined;
}

/** Epoch milliseconds (LinkedIn's `created`, Fiverr's `member_since` in seconds) → "YYYY-MM". */
export function monthOf(epoch: unknown): string | undefined {
  if (typeof epoch !== 'number' || !Number.isFinite(epoch) || epoch <= 0) return undefined;
  const ms = epoch < 1e11 ? epoch * 1000 : epoch;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 2000 || ms > Date.now() + 86_400_000) return undefined;
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function int(s: string | undefined): number | undefined {
  const m = s ? /\d[\d,]*/.exec(s) : null;
  return m ? Number(m[0].replace(/,/g, '')) : undefined;
}

/** Drop undefined values and empty arrays/objects so documents stay small and clean. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/** The last non-empty path segment of a URL path. */
export function lastSegment(url: URL): string {
  return url.pathname.split('/').filter(Boolean).pop() ?? '';
}

/** The `content` of a `<meta property|name=…>` tag. */
export function meta(doc: Document, name: string): string | undefined {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

/** The parsed JSON of an element's text (a `<script type="application/json">`, a hidden `<code>`); undefined when it is not JSON. */
export function json(el: Element | null | undefined, maxChars = 8_000_000): unknown {
  const t = el?.textContent;
  if (!t || t.length > maxChars) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

/** Elements in `root` matching `sel` whose own trimmed text matches `re`, innermost first (no element that contains another match). */
export function byShape(root: ParentNode, re: RegExp, sel = '*'): Element[] {
  const hits = Array.from(root.querySelectorAll(sel)).filter((e) => e.localName !== 'script' && e.localName !== 'style' && re.test(plain(e) ?? ''));
  return hits.filter((e) => !hits.some((o) => o !== e && e.contains(o)));
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The section a visible heading opens: the heading whose text matches `re`,
 * then the nearest ancestor that holds more than the heading's own row (a
 * list or further blocks). Headings are localised on some sites: used only
 * after structured data and stable attributes.
 */
export function sectionByHeading(root: ParentNode, re: RegExp): { heading: Element; section: Element } | undefined {
  const heading = Array.from(root.querySelectorAll(HEADINGS)).find((h) => re.test(plain(h) ?? ''));
  if (!heading) return undefined;
  let el: Element = heading;
  while (el.parentElement && el.parentElement !== root) {
    el = el.parentElement;
    const text = plain(el) ?? '';
    if (el.querySelector('ul, ol, li, section, p') && text.length > (plain(heading) ?? '').length + 1) return { heading, section: el };
  }
  return undefined;
}

/** Contract fields that identify a document rather than describe its subject; never listed as "read". */
const ID_FIELDS = new Set(['kind', 'id', 'platform', 'url']);

/** The top-level contract fields a document carries (what `data-hirelens-fields` lists). */
export function fieldsRead(doc: Record<string, unknown>): string[] {
  return Object.keys(doc).filter((k) => !ID_FIELDS.has(k));
}

/** What a profile reader should get for a page to count as read well: the name and at least two more of these. */
export const PROFILE_CORE = ['headline', 'overview', 'location', 'utc_offset_minutes', 'hourly_rate', 'languages', 'skills', 'employment', 'education'];

/** Whether a profile was read poorly: no name, or fewer than two of `PROFILE_CORE`. */
export function poorProfile(doc: Record<string, unknown>): boolean {
  if (!doc.name) return true;
  return PROFILE_CORE.filter((k) => k in doc).length < 2;
}
