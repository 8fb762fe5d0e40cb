/**
 * Shared extraction helpers. Field text is an element's `textContent` with
 * only leading and trailing white space removed, so the engine's UTF-16
 * offsets map straight back into the element's text nodes.
 */
import type { FieldSource } from './types';

export class Fields {
  readonly sources = new Map<string, FieldSource>();

  /** The trimmed text of `el`, recorded as the source of `path`; undefined if empty or missing. */
  text(path: string, el: Element | null | undefined): string | undefined {
    if (!el) return undefined;
    const raw = el.textContent ?? '';
    const start = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (!value) return undefined;
    this.sources.set(path, { el, offset: start });
    return value;
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "March 2019", "Mar 2019", "2019-03", "2019" → "2019-03" / "2019"; "Present" → null. */
export function partialDate(s: string | undefined): string | null | undefined {
  if (!s) return undefined;
  const t = s.trim().toLowerCase();
  if (/^(present|current|now|today|現在|현재)$/.test(t)) return null;
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const my = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t);
  if (my && my[1]) {
    const i = MONTHS.indexOf(my[1]);
    if (i >= 0) return `${my[2]}-${String(i + 1).padStart(2, '0')}`;
  }
  const y = /^(\d{4})$/.exec(t);
  if (y) return y[1];
  return undefined;
}

/** "March 2019 - Present" / "2019 – 2021" → [start, end]. */
export function dateRange(s: string | undefined): [string | null | undefined, string | null | undefined] {
  if (!s) return [undefined, undefined];
  const parts = s.split(/\s+[-–—~]\s+|\s+to\s+/i);
  return [partialDate(parts[0]), partialDate(parts[1])];
}

/** "$45.00/hr", "US$45 / hour", "€30/hr" → {amount, currency}. */
export function rate(s: string | undefined): { amount: number; currency: string } | undefined {
  if (!s) return undefined;
  const m = /(US\$|\$|€|£|¥|₩)\s*([\d,]+(?:\.\d+)?)/.exec(s);
  if (!m || !m[1] || !m[2]) return undefined;
  const currency = { US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW' }[m[1]] ?? 'USD';
  return { amount: Number(m[2].replace(/,/g, '')), currency };
}

/** "Austin, TX, United States" → {city, region, country} (country = the last part). */
export function location(s: string | undefined): { city?: string; region?: string; country?: string } | undefined {
  if (!s) return undefined;
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const country = parts[parts.length - 1];
  if (parts.length === 1) return { country };
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
  const m = /([A-Za-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}|\d{4})\s*$/.exec(s.trim());
  return partialDate(m?.[1]) ?? undefined;
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
