/**
 * The badge and the details panel, each in its own shadow root. All page
 * text goes in with `textContent`. The badge host is absolutely positioned
 * with no size, so adding it never moves the page's layout; the panel is a
 * fixed overlay.
 */
import type { Found } from '../adapters/types';
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
  button.className = 'badge notanalysed';
  const label = button.querySelector('.label');
  if (label) label.textContent = text.badge;
  button.title = text.reason;
  button.setAttribute('aria-label', text.aria);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    showPanel(doc, found.key, notAnalysedBody(doc, text, lang), button);
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

function paint(s: Shown): void {
  const { report, lang, found, host, button } = s;
  host.setAttribute('data-hirelens-id', found.key);
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

function hintItem(doc: Document, hint: Hint & { detail?: string; seen?: SeenAt[] }, lang: Lang, found: Found): HTMLElement {
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

function panelBody(shown: Shown, lang: Lang): HTMLElement {
  const { found, report } = shown;
  const doc = found.anchor.ownerDocument;
  const panel = panelFrame(doc, lang, t(lang, 'panelTitle', { name: found.name }));
  const level = h(doc, 'p');
  level.append(h(doc, 'span', `sev ${report.level === 'none' ? 'info' : report.level}`, levelText(lang, report.level)), doc.createTextNode(' ' + t(lang, 'score', { score: Math.round(report.score) })));
  panel.append(level, h(doc, 'p', 'muted', t(lang, 'panelDisclaimer')));
  if (report.hints.length === 0) panel.append(h(doc, 'p', undefined, t(lang, 'noHints')));
  for (const hint of report.hints) panel.append(hintItem(doc, hint, lang, found));
  if (report.truncated?.length) panel.append(h(doc, 'p', 'muted', t(lang, 'engineTruncated', { fields: report.truncated.join(', ') })));
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
