/**
 * The badge and the details panel, each in its own shadow root. All page
 * text goes in with `textContent`. The badge host is absolutely positioned
 * with no size, so adding it never moves the page's layout; the panel is a
 * fixed overlay.
 */
import type { Found } from '../adapters/types';
import { fieldsRead } from '../adapters/util';
import { t, type MsgKey } from '../i18n';
import { notAnalysedText } from '../not-analysed';
import type { Hint, Lang, Level, Report, SeenAt } from '../protocol';
import { clearHighlight, rangeFor, showRange } from './highlight';

const CSS = `
:host { all: initial; }
.badge {
  position: absolute; left: 0.4em; top: 0; z-index: 2147483646;
  display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap;
  font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif;
  padding: 2px 8px; border-radius: 999px; border: 1px solid; cursor: pointer;
  color: var(--fg); background: var(--bg); border-color: var(--bd);
}
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--bd); flex: none; }
.none { --fg: #37474f; --bg: #eceff1; --bd: #90a4ae; }
.low { --fg: #4a3b00; --bg: #fff8d6; --bd: #c9a800; }
.medium { --fg: #5a2a00; --bg: #ffe5cc; --bd: #e06d00; }
.high { --fg: #ffffff; --bg: #b3261e; --bd: #7f1d1d; }
.badge.high .dot { background: #ffffff; }
/* Not analysed: neutral grey, dashed, a hollow dot: visibly no risk level. */
.notanalysed { --fg: #3c4043; --bg: #f1f3f4; --bd: #80868b; border-style: dashed; font-weight: 500; }
.notanalysed .dot { background: transparent; border: 1.5px solid var(--bd); box-sizing: border-box; }
@media (prefers-color-scheme: dark) {
  .none { --fg: #cfd8dc; --bg: #263238; --bd: #78909c; }
  .low { --fg: #fff3b0; --bg: #3b3200; --bd: #c9a800; }
  .medium { --fg: #ffd8b0; --bg: #4a2300; --bd: #ff8a1f; }
  .high { --fg: #ffffff; --bg: #8c1d18; --bd: #ff6b60; }
  .notanalysed { --fg: #dadce0; --bg: #303134; --bd: #9aa0a6; }
}
.panel {
  position: fixed; top: 12px; right: 12px; z-index: 2147483647;
  width: min(440px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  box-sizing: border-box; padding: 14px 16px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f1f1f; background: #ffffff; border: 1px solid #c4c7c5; box-shadow: 0 8px 28px rgba(0,0,0,.25);
}
@media (prefers-color-scheme: dark) {
  .panel { color: #e3e3e3; background: #1f1f1f; border-color: #444746; }
  .ev { background: #2d2f31; color: #e3e3e3; border-color: #5f6368; }
  .muted { color: #a8abae; }
}
h2 { font-size: 16px; margin: 0 28px 4px 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
h3 { font-size: 14px; margin: 14px 0 2px; }
p { margin: 4px 0; }
.muted { color: #5f6368; font-size: 12px; }
.reason { font-weight: 600; }
.detail { overflow-wrap: anywhere; unicode-bidi: isolate; }
.seen { border-left: 3px solid #e06d00; padding-left: 6px; overflow-wrap: anywhere; unicode-bidi: isolate; }
.sides table { border-collapse: collapse; width: 100%; font-size: 12px; }
.sides th, .sides td { border: 1px solid #8884; padding: 2px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; unicode-bidi: isolate; }
.sides td.field { font-family: monospace; }
.close { position: absolute; top: 8px; right: 8px; border: 0; background: transparent; color: inherit; font-size: 20px; line-height: 1; cursor: pointer; padding: 4px 8px; border-radius: 6px; }
.close:focus-visible, .ev:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.sev { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 999px; margin-left: 6px; border: 1px solid; vertical-align: 1px; }
.sev.info { --fg: #37474f; --bg: #eceff1; --bd: #90a4ae; }
.sev { color: var(--fg); background: var(--bg); border-color: var(--bd); }
ul { list-style: none; padding: 0; margin: 4px 0; }
.ev { display: block; width: 100%; text-align: start; font: inherit; font-size: 13px; margin: 3px 0; padding: 4px 8px; border-radius: 6px; border: 1px solid #dadce0; background: #f8f9fa; color: #1f1f1f; cursor: pointer; unicode-bidi: isolate; overflow-wrap: anywhere; white-space: pre-wrap; }
.ev[disabled] { cursor: default; opacity: .75; }
.copy { font: inherit; font-size: 13px; margin-top: 12px; padding: 4px 10px; border-radius: 6px; border: 1px solid #dadce0; background: transparent; color: inherit; cursor: pointer; }
.copy:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.read { margin-top: 14px; border-top: 1px solid #dadce0; padding-top: 6px; }
.read dl { margin: 4px 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: 13px; }
.read dt { font-weight: 600; }
.read dd { margin: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
.excerpt { font-size: 11px; font-weight: 600; padding: 0 5px; border-radius: 4px; border: 1px dashed #80868b; margin-left: 4px; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** Styles for a shadow root: a constructed sheet (not subject to page CSP), else a <style>. */
function style(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox content scripts: fall through to a <style> element.
    }
  }
  const el = doc.createElement('style');
  el.textContent = CSS;
  root.append(el);
}

function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'absolute'],
  ['display', 'inline-block'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
];

export interface Shown {
  host: HTMLElement;
  found: Found;
  report: Report;
  lang: Lang;
  button: HTMLButtonElement;
}

export function levelText(lang: Lang, level: Level): string {
  return t(lang, `level_${level}` as MsgKey);
}

/** A badge host (zero-size, absolutely positioned) with its button in a shadow root; not yet on the page. */
function badgeHost(doc: Document): { host: HTMLElement; button: HTMLButtonElement } {
  const host = doc.createElement('hirelens-badge');
  for (const [k, v] of HOST_STYLE) host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'open' });
  style(root);
  const b = h(doc, 'button');
  b.type = 'button';
  b.append(h(doc, 'span', 'dot'), h(doc, 'span', 'label'));
  b.setAttribute('aria-haspopup', 'dialog');
  b.setAttribute('aria-expanded', 'false');
  root.append(b);
  return { host, button: b };
}

/** Put a badge at the end of `found.anchor`. */
export function mountBadge(found: Found, report: Report, lang: Lang): Shown {
  const { host, button: b } = badgeHost(found.anchor.ownerDocument);
  const shown: Shown = { host, found, report, lang, button: b };
  paint(shown);
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    openPanel(shown, shown.lang, b);
  });
  found.anchor.append(host);
  return shown;
}

/**
 * Put a neutral "not analysed" badge at the end of `found.anchor`: for a
 * document the background returned an error for instead of a report (e.g.
 * larger than a message may carry). It shows no level (the host has
 * `data-hirelens-state="not-analysed"` and no `data-hirelens-level`); its
 * tooltip and panel say why, in plain words, and that it is no judgement.
 */
export function mountNotAnalysed(found: Found, error: string | undefined, lang: Lang): HTMLElement {
  const doc = found.anchor.ownerDocument;
  const { host, button } = badgeHost(doc);
  const text = notAnalysedText(lang, found.name, error);
  host.setAttribute('data-hirelens-id', found.key);
  host.setAttribute('data-hirelens-state', 'not-analysed');
  host.setAttribute('data-hirelens-fields', fieldsRead(found.doc as Record<string, unknown>).join(','));
  button.className = 'badge notanalysed';
  const label = button.querySelector('.label');
  if (label) label.textContent = text.badge;
  button.title = text.reason;
  button.setAttribute('aria-label', text.aria);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    const body = notAnalysedBody(doc, text, lang);
    body.append(readList(doc, found, lang));
    showPanel(doc, found.key, body, button);
  });
  found.anchor.append(host);
  return host;
}

function notAnalysedBody(doc: Document, text: ReturnType<typeof notAnalysedText>, lang: Lang): HTMLElement {
  const panel = panelFrame(doc, lang, text.title);
  panel.append(h(doc, 'p', 'reason', text.reason), h(doc, 'p', undefined, text.noJudgement));
  if (text.detail) panel.append(h(doc, 'p', 'muted detail', text.detail));
  return panel;
}

/** Show a newer report in an existing badge (e.g. once the photo fingerprint is in). */
export function updateBadge(shown: Shown, found: Found, report: Report, lang: Lang): void {
  shown.found = found;
  shown.report = report;
  shown.lang = lang;
  paint(shown);
}

/** A page recognised but read poorly, with no hint from what was read: the neutral badge, never `none`. */
export function readPoorly(found: Found, report: Report): boolean {
  return !!found.poor && report.level === 'none';
}

function paint(s: Shown): void {
  const { report, lang, found, host, button } = s;
  host.setAttribute('data-hirelens-id', found.key);
  host.setAttribute('data-hirelens-fields', fieldsRead(found.doc as Record<string, unknown>).join(','));
  if (readPoorly(found, report)) {
    host.removeAttribute('data-hirelens-level');
    host.setAttribute('data-hirelens-state', 'poor-read');
    host.setAttribute('data-hirelens-hints', '0');
    button.className = 'badge notanalysed';
    const label = button.querySelector('.label');
    if (label) label.textContent = t(lang, 'poorBadge');
    button.setAttribute('aria-label', t(lang, 'poorAria', { name: found.name }));
    return;
  }
  host.removeAttribute('data-hirelens-state');
  host.setAttribute('data-hirelens-level', report.level);
  host.setAttribute('data-hirelens-hints', String(report.hints.length));
  button.className = `badge ${report.level}`;
  const label = button.querySelector('.label');
  if (label) label.textContent = t(lang, 'badgeText', { level: levelText(lang, report.level) });
  button.setAttribute('aria-label', t(lang, 'badgeAria', { name: found.name, level: levelText(lang, report.level), count: report.hints.length }));
}

let panelHost: HTMLElement | null = null;
let returnFocus: HTMLButtonElement | null = null;

export function closePanel(): void {
  if (!panelHost) return;
  panelHost.remove();
  panelHost = null;
  clearHighlight();
  returnFocus?.setAttribute('aria-expanded', 'false');
  returnFocus?.focus();
  returnFocus = null;
}

/**
 * Both sides of a same-person hint (HL113–HL117), side by side: one row per
 * field, this page's value and the other page's (`same_person[i].<field>`).
 */
function sidesTable(doc: Document, hint: Hint & { sides?: Array<SeenAt & { index: number }> }, lang: Lang): HTMLElement | null {
  const sides = hint.sides ?? [];
  if (!sides.length) return null;
  const SP = /^(.*?)same_person\[(\d+)\]\.(.*)$/;
  const rows = new Map<string, { mine?: string; theirs: Map<number, string> }>();
  const row = (field: string) => {
    let r = rows.get(field);
    if (!r) rows.set(field, (r = { theirs: new Map() }));
    return r;
  };
  for (const e of hint.evidence) {
    const m = SP.exec(e.field);
    if (m) {
      const r = row(`${m[1] ?? ''}${m[3] ?? ''}`);
      const i = Number(m[2]);
      r.theirs.set(i, [r.theirs.get(i), e.text].filter(Boolean).join(' · '));
    } else {
      const r = row(e.field);
      r.mine = [r.mine, e.text].filter(Boolean).join(' · ');
    }
  }
  const wrap = h(doc, 'div', 'sides');
  wrap.append(h(doc, 'p', 'muted', t(lang, 'sidesTitle')));
  const table = h(doc, 'table');
  const head = h(doc, 'tr');
  head.append(h(doc, 'th', undefined, t(lang, 'sidesField')), h(doc, 'th', undefined, t(lang, 'sidesThis')));
  for (const s of sides) {
    const th = h(doc, 'th', undefined, t(lang, 'sidesOther', { label: s.label, site: s.site }));
    th.setAttribute('data-side-id', s.id);
    head.append(th);
  }
  table.append(head);
  for (const [field, r] of rows) {
    const tr = h(doc, 'tr');
    tr.setAttribute('data-field', field);
    tr.append(h(doc, 'td', 'field', field), h(doc, 'td', 'mine', r.mine ?? '—'));
    for (const s of sides) tr.append(h(doc, 'td', 'theirs', r.theirs.get(s.index) ?? '—'));
    table.append(tr);
  }
  wrap.append(table);
  return wrap;
}

function hintItem(doc: Document, hint: Hint & { detail?: string; seen?: SeenAt[]; sides?: Array<SeenAt & { index: number }> }, lang: Lang, found: Found): HTMLElement {
  const li = h(doc, 'section');
  const title = h(doc, 'h3', undefined, hint.title);
  title.append(h(doc, 'span', `sev ${hint.severity === 'info' ? 'info' : hint.severity}`, t(lang, `severity_${hint.severity}` as MsgKey)));
  li.append(title, h(doc, 'p', undefined, hint.message));
  if (hint.detail) li.append(h(doc, 'p', 'muted', hint.detail));
  for (const s of hint.seen ?? []) {
    const p = h(doc, 'p', 'seen', t(lang, 'seenAt', { label: s.label, site: s.site, date: new Date(s.seenAt).toLocaleDateString(lang) }));
    p.setAttribute('data-seen-id', s.id);
    if (s.url) p.append(h(doc, 'span', 'muted', ` — ${s.url}`));
    li.append(p);
  }
  const inn = h(doc, 'p');
  inn.append(h(doc, 'strong', undefined, t(lang, 'innocentLabel') + ' '), doc.createTextNode(hint.innocent));
  const ver = h(doc, 'p');
  ver.append(h(doc, 'strong', undefined, t(lang, 'verifyLabel') + ' '), doc.createTextNode(hint.verify));
  li.append(inn, ver);
  const sides = sidesTable(doc, hint, lang);
  if (sides) li.append(sides);
  if (hint.evidence.length) {
    li.append(h(doc, 'p', 'muted', t(lang, 'evidenceLabel')));
    const ul = h(doc, 'ul');
    for (const ev of hint.evidence) {
      const item = h(doc, 'li');
      const btn = h(doc, 'button', 'ev', `“${ev.text}”`);
      btn.type = 'button';
      btn.setAttribute('data-field', ev.field);
      const src = found.sources.get(ev.field);
      const range = src ? rangeFor(src, ev.start, ev.end) : null;
      if (range) {
        btn.addEventListener('click', () => {
          const fresh = rangeFor(src as NonNullable<typeof src>, ev.start, ev.end);
          if (fresh) showRange(fresh);
        });
      } else {
        btn.disabled = true;
        btn.title = t(lang, 'evidenceNotOnPage');
        btn.append(h(doc, 'span', 'muted', ` (${t(lang, 'evidenceNotOnPage')})`));
      }
      item.append(btn);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

export function openPanel(shown: Shown, lang: Lang, opener: HTMLButtonElement): void {
  const doc = shown.found.anchor.ownerDocument;
  showPanel(doc, shown.found.key, panelBody(shown, lang), opener);
}

/** Show `panel` in the (one) panel overlay, for the document `key`; focus goes to its close button. */
function showPanel(doc: Document, key: string, panel: HTMLElement, opener: HTMLButtonElement): void {
  closePanel();
  const host = doc.createElement('hirelens-panel');
  host.style.setProperty('all', 'initial', 'important');
  host.setAttribute('data-hirelens-panel', key);
  const root = host.attachShadow({ mode: 'open' });
  style(root);
  root.append(panel);
  doc.documentElement.append(host);
  panelHost = host;
  returnFocus = opener;
  opener.setAttribute('aria-expanded', 'true');
  panel.querySelector<HTMLButtonElement>('button.close')?.focus();
}

/**
 * The open panel, if it shows this badge, redrawn with the badge's newer
 * report (a photo hint arrived after the text's). Focus stays in the panel.
 */
export function refreshPanel(shown: Shown): void {
  const root = panelHost?.shadowRoot;
  if (!panelHost || !root || panelHost.getAttribute('data-hirelens-panel') !== shown.found.key) return;
  const old = root.querySelector('.panel');
  const hadFocus = !!root.activeElement;
  const scroll = old?.scrollTop ?? 0;
  const panel = panelBody(shown, shown.lang);
  if (old) old.replaceWith(panel);
  else root.append(panel);
  panel.scrollTop = scroll;
  if (hadFocus) panel.querySelector<HTMLButtonElement>('button.close')?.focus();
}

/** An empty panel: dialog role, close button, title; Escape closes it. */
function panelFrame(doc: Document, lang: Lang, titleText: string): HTMLElement {
  const panel = h(doc, 'div', 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', 'hl-title');
  panel.tabIndex = -1;
  const close = h(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t(lang, 'close'));
  close.addEventListener('click', closePanel);
  const title = h(doc, 'h2', undefined, titleText);
  title.id = 'hl-title';
  panel.append(close, title);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closePanel();
    }
  });
  return panel;
}

/** A short, plain rendering of one field's value for the "what was read" list. */
function valueText(field: string, v: unknown, lang: Lang): string {
  const cut = (x: string, n = 160): string => (x.length > n ? x.slice(0, n - 1) + '…' : x);
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cut(v.replace(/\s+/g, ' '));
  if (typeof v === 'number') {
    if (field === 'utc_offset_minutes') {
      const a = Math.abs(v);
      return `UTC${v < 0 ? '−' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    }
    return String(v);
  }
  if (Array.isArray(v)) {
    const items = v.map((x) => valueText(field, x, lang)).filter(Boolean);
    const head = items.slice(0, 3).join('; ');
    return cut(items.length > 3 ? `${t(lang, 'readItems', { count: items.length })}: ${head}; …` : head, 240);
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('amount' in o) return `${String(o.amount)} ${String(o.currency ?? '')}`.trim();
    if ('language' in o) return `${String(o.language)}${o.level ? ` (${String(o.level)})` : ''}`;
    if ('title' in o || 'company' in o || 'school' in o) {
      const what = [o.title, o.company ?? o.school].filter(Boolean).map(String).join(' — ');
      const when = o.start !== undefined || o.end !== undefined ? ` (${String(o.start ?? '?')}–${o.end === null ? '…' : String(o.end ?? '?')})` : '';
      return cut(what + when);
    }
    if ('text' in o && typeof o.text === 'string') return cut(`${(o.author as { name?: string } | undefined)?.name ?? ''}: ${o.text}`);
    return cut(
      Object.values(o)
        .filter((x) => typeof x === 'string' || typeof x === 'number')
        .join(', '),
    );
  }
  return String(v);
}

/**
 * "What HireLens read from this page": each top-level field read, its value
 * (short), how it was read, excerpts marked; then the expected fields that
 * were not found, so the hiring manager sees the gaps.
 */
export function readList(doc: Document, found: Found, lang: Lang): HTMLElement {
  const box = h(doc, 'div', 'read');
  box.setAttribute('data-hirelens-read', '');
  box.append(h(doc, 'h3', undefined, t(lang, 'readTitle')));
  const d = found.doc as Record<string, unknown>;
  const fields = fieldsRead(d);
  if (fields.length === 0) box.append(h(doc, 'p', undefined, t(lang, 'readNothing')));
  else {
    const dl = h(doc, 'dl');
    for (const k of fields) {
      const dt = h(doc, 'dt', undefined, k);
      dt.setAttribute('data-field', k);
      const dd = h(doc, 'dd', undefined, valueText(k, d[k], lang));
      if ((found.excerpts ?? []).some((e) => e === k || e.startsWith(`${k}.`) || e.startsWith(`${k}[`))) {
        const mark = h(doc, 'span', 'excerpt', t(lang, 'readExcerpt'));
        mark.title = t(lang, 'readExcerptNote');
        mark.setAttribute('data-excerpt', '');
        dd.append(mark);
      }
      const via = found.via?.[k];
      if (via) dd.append(h(doc, 'span', 'muted', ` · ${t(lang, 'readVia', { via })}`));
      dl.append(dt, dd);
    }
    box.append(dl);
  }
  const missing = (found.expected ?? []).filter((k) => !(k in d));
  if (missing.length) box.append(h(doc, 'p', 'muted', t(lang, 'readMissing', { fields: missing.join(', ') })));
  return box;
}

function panelBody(shown: Shown, lang: Lang): HTMLElement {
  const { found, report } = shown;
  const doc = found.anchor.ownerDocument;
  if (readPoorly(found, report)) {
    const panel = panelFrame(doc, lang, t(lang, 'poorTitle', { name: found.name }));
    panel.append(h(doc, 'p', 'reason', t(lang, 'poorReason')), readList(doc, found, lang));
    return panel;
  }
  const panel = panelFrame(doc, lang, t(lang, 'panelTitle', { name: found.name }));
  if (found.poor) panel.append(h(doc, 'p', 'muted', t(lang, 'poorWithHints')));
  const level = h(doc, 'p');
  level.append(h(doc, 'span', `sev ${report.level === 'none' ? 'info' : report.level}`, levelText(lang, report.level)), doc.createTextNode(' ' + t(lang, 'score', { score: Math.round(report.score) })));
  panel.append(level, h(doc, 'p', 'muted', t(lang, 'panelDisclaimer')));
  if (report.hints.length === 0) panel.append(h(doc, 'p', undefined, t(lang, 'noHints')));
  for (const hint of report.hints) panel.append(hintItem(doc, hint, lang, found));
  if (report.truncated?.length) panel.append(h(doc, 'p', 'muted', t(lang, 'engineTruncated', { fields: report.truncated.join(', ') })));
  panel.append(readList(doc, found, lang));
  // A record of what was checked and why (for the hiring file).
  const copy = h(doc, 'button', 'copy', t(lang, 'copyJson'));
  copy.type = 'button';
  copy.addEventListener('click', () => {
    const record = { checked_at: new Date().toISOString(), page: location.href, document: found.doc, report };
    void navigator.clipboard.writeText(JSON.stringify(record, null, 2)).catch(() => undefined);
  });
  panel.append(copy);
  return panel;
}
