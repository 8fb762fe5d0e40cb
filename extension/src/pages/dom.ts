/** Tiny DOM helpers for the extension pages (text only, never HTML). */
import { t, type MsgKey } from '../i18n';
import type { Hint, Lang, Report } from '../protocol';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<{ text: string; cls: string; id: string }> = {}, ...kids: Node[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.text !== undefined) e.textContent = props.text;
  if (props.cls) e.className = props.cls;
  if (props.id) e.id = props.id;
  e.append(...kids);
  return e;
}

/** A report rendered as a list of hints (popup and report page). */
export function renderReport(report: Report, lang: Lang): HTMLElement {
  const box = el('section', { cls: 'report' });
  box.setAttribute('data-hirelens-level', report.level);
  const head = el('p');
  head.append(el('span', { cls: `level ${report.level}`, text: t(lang, `level_${report.level}` as MsgKey) }), document.createTextNode(' ' + t(lang, 'score', { score: Math.round(report.score) })));
  box.append(head, el('p', { cls: 'muted', text: t(lang, 'panelDisclaimer') }));
  if (!report.hints.length) box.append(el('p', { text: t(lang, 'noHints') }));
  for (const h of report.hints as Array<Hint & { detail?: string }>) {
    const s = el('section', { cls: 'hint' });
    s.setAttribute('data-code', h.code);
    s.append(el('h3', { text: `${h.title} (${t(lang, `severity_${h.severity}` as MsgKey)})` }), el('p', { text: h.message }));
    if (h.detail) s.append(el('p', { cls: 'muted', text: h.detail }));
    const inn = el('p');
    inn.append(el('strong', { text: t(lang, 'innocentLabel') + ' ' }), document.createTextNode(h.innocent));
    const ver = el('p');
    ver.append(el('strong', { text: t(lang, 'verifyLabel') + ' ' }), document.createTextNode(h.verify));
    s.append(inn, ver);
    for (const ev of h.evidence) s.append(el('div', { cls: 'ev', text: `“${ev.text}”` }));
    box.append(s);
  }
  if (report.truncated?.length) box.append(el('p', { cls: 'muted', text: t(lang, 'engineTruncated', { fields: report.truncated.join(', ') }) }));
  return box;
}
