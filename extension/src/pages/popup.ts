/**
 * The popup: paste a profile, proposal or conversation; analyze the current
 * page (activeTab); or enable HireLens on the current site (an optional host
 * permission, then a content script registered for it: site-access.ts).
 */
import { resolveLang, t } from '../i18n';
import { LIMITS, type Kind, type Lang, type Response } from '../protocol';
import { sitePattern, syncSiteScripts } from '../site-access';
import { el, renderReport } from './dom';

/**
 * The tab the popup acts on: the active tab (its URL is visible through
 * activeTab once the user opened the popup). `?site=<url>` names the page
 * instead, for a popup opened as a tab (the tests).
 */
async function target(): Promise<{ tabId?: number; url?: string }> {
  const site = new URLSearchParams(location.search).get('site');
  if (site) return { url: site };
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id, url: tab?.url };
}

async function main(): Promise<void> {
  const settings = (await chrome.runtime.sendMessage({ v: 1, type: 'getSettings' })) as Response;
  const lang: Lang = settings.ok && 'settings' in settings ? resolveLang(settings.settings.language, chrome.i18n.getUILanguage()) : 'en';
  document.documentElement.lang = lang;
  const app = document.getElementById('app');
  if (!app) return;
  const kind = el('select', { id: 'kind' });
  for (const k of ['proposal', 'profile', 'thread', 'message'] as const) {
    const o = el('option', { text: t(lang, `kind_${k}`) });
    o.value = k;
    kind.append(o);
  }
  const text = el('textarea', { id: 'text' });
  text.setAttribute('aria-describedby', 'privacy');
  const author = el('input', { id: 'author' });
  author.type = 'text';
  const authorLabel = el('label', { text: t(lang, 'popupAuthor') });
  authorLabel.htmlFor = 'author';
  const authorRow = el('div', {}, authorLabel, author);
  authorRow.hidden = true;
  kind.addEventListener('change', () => (authorRow.hidden = kind.value !== 'thread'));
  const go = el('button', { cls: 'primary', text: t(lang, 'popupAnalyze'), id: 'analyze' });
  const page = el('button', { text: t(lang, 'popupAnalyzePage'), id: 'analyze-page' });
  const opts = el('button', { text: t(lang, 'popupOptions'), id: 'options' });
  const out = el('div', { id: 'out' });
  out.setAttribute('aria-live', 'polite');
  const kl = el('label', { text: t(lang, 'popupKind') });
  kl.htmlFor = 'kind';
  const tl = el('label', { text: t(lang, 'popupPaste') });
  tl.htmlFor = 'text';
  app.append(el('h1', { text: t(lang, 'popupHeading') }), kl, kind, tl, text, authorRow, el('div', {}, go, page, opts), el('p', { cls: 'muted', id: 'privacy', text: t(lang, 'popupPrivacy') }), out);

  // A very large paste (megabytes) would freeze the text box: keep the first
  // part, say so visibly, and remember the size for the note.
  let pastedTotal = 0;
  const noteFor = (total: number) => t(lang, 'truncatedNote', { n: LIMITS.pasteChars.toLocaleString(lang), total: total.toLocaleString(lang) });
  text.addEventListener('paste', (e) => {
    const data = e.clipboardData?.getData('text/plain') ?? '';
    if (data.length <= LIMITS.pasteChars) return;
    e.preventDefault();
    const room = Math.max(0, LIMITS.pasteChars - text.value.length);
    text.setRangeText(data.slice(0, room), text.selectionStart, text.selectionEnd, 'end');
    pastedTotal = text.value.length - room + data.length;
    out.replaceChildren(el('p', { cls: 'note', id: 'truncated', text: noteFor(pastedTotal) }));
  });
  text.addEventListener('input', () => {
    if (text.value.length === 0) pastedTotal = 0;
  });

  go.addEventListener('click', async () => {
    out.replaceChildren();
    const value = text.value;
    if (!value.trim()) {
      out.append(el('p', { text: t(lang, 'popupEmpty') }));
      return;
    }
    const total = Math.max(pastedTotal, value.length);
    const note = total > LIMITS.pasteChars ? noteFor(total) : '';
    const sent = value.length > LIMITS.pasteChars ? value.slice(0, LIMITS.pasteChars) : value;
    go.disabled = true;
    try {
      const res = (await chrome.runtime.sendMessage({ v: 1, type: 'analyzeText', kind: kind.value as Kind, text: sent, author: author.value || undefined })) as Response;
      if (note) out.append(el('p', { cls: 'note', id: 'truncated', text: note }));
      if (!res.ok) out.append(el('p', { cls: 'note', text: res.error }));
      else if ('report' in res) out.append(renderReport(res.report, res.lang));
    } finally {
      go.disabled = false;
    }
  });
  page.addEventListener('click', async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const res = (await chrome.runtime.sendMessage({ v: 1, type: 'analyzeTab', tabId: tab.id })) as Response;
    if (!res.ok) out.replaceChildren(el('p', { cls: 'note', text: res.error }));
    else window.close();
  });
  opts.addEventListener('click', () => void chrome.runtime.openOptionsPage());

  // "Enable HireLens on this site": for an https page outside the supported sites.
  const tab = await target();
  const pattern = tab.url ? sitePattern(tab.url) : null;
  if (pattern) {
    const host = new URL(tab.url ?? '').hostname;
    const toggle = el('button', { id: 'site-toggle' });
    const note = el('p', { cls: 'muted', id: 'site-note', text: t(lang, 'popupSiteNote', { host }) });
    const show = (on: boolean) => {
      toggle.dataset.enabled = String(on);
      toggle.textContent = t(lang, on ? 'popupDisableSite' : 'popupEnableSite');
    };
    show(await chrome.permissions.contains({ origins: [pattern] }));
    toggle.addEventListener('click', () => {
      const on = toggle.dataset.enabled === 'true';
      // The request must start in the click itself (a user gesture), before any await.
      const asked = on ? chrome.permissions.remove({ origins: [pattern] }) : chrome.permissions.request({ origins: [pattern] });
      void asked.then(async (changed) => {
        if (!changed) {
          out.replaceChildren(el('p', { cls: 'note', text: t(lang, 'popupSiteDenied') }));
          return;
        }
        // The background does the same on permissions.onAdded/onRemoved; this makes it so before the popup closes.
        await syncSiteScripts();
        show(!on);
        toggle.dataset.synced = 'true';
        if (!on && tab.tabId !== undefined) {
          // Read the open page now; the registered script takes the next ones.
          await chrome.scripting.insertCSS({ target: { tabId: tab.tabId }, files: ['highlight.css'] });
          await chrome.scripting.executeScript({ target: { tabId: tab.tabId }, files: ['content.js'] });
          window.close();
        }
      }).catch((e: unknown) => out.replaceChildren(el('p', { cls: 'note', text: e instanceof Error ? e.message : String(e) })));
    });
    app.append(el('div', { cls: 'site' }, toggle), note);
  }
}

void main();
