/** The report page: what the context menu's "Analyze selected text" found. */
import { t } from '../i18n';
import type { Response } from '../protocol';
import { el, renderReport } from './dom';

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const token = location.hash.slice(1);
  const res = (await chrome.runtime.sendMessage({ v: 1, type: 'takeReport', token })) as Response;
  if (!res.ok || !('report' in res)) {
    app.append(el('h1', { text: t('en', 'reportHeading') }), el('p', { text: t('en', 'reportMissing') }));
    return;
  }
  const lang = res.lang;
  document.documentElement.lang = lang;
  const copy = el('button', { text: t(lang, 'copyJson') });
  copy.addEventListener('click', () => void navigator.clipboard.writeText(JSON.stringify(res.report, null, 2)));
  const print = el('button', { text: t(lang, 'print') });
  print.addEventListener('click', () => window.print());
  app.append(el('h1', { text: t(lang, 'reportHeading') }), el('p', { cls: 'muted', text: new Date().toLocaleString(lang) }), renderReport(res.report, lang), el('div', { cls: 'noprint' }, copy, print));
}

void main();
