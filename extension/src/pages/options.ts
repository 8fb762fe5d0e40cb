/** Options: enabled sites, minimum level, language, and the memory (pause, forget a site, clear, export). */
import { SITES, type SiteId } from '../hosts';
import { resolveLang, t, type MsgKey } from '../i18n';
import { LEVELS, type Lang, type Response, type Settings } from '../protocol';
import { el } from './dom';

async function send(m: unknown): Promise<Response> {
  return (await chrome.runtime.sendMessage(m)) as Response;
}

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const got = await send({ v: 1, type: 'getSettings' });
  if (!got.ok || !('settings' in got)) return;
  const settings: Settings = got.settings;
  const lang: Lang = resolveLang(settings.language, chrome.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const status = el('p', { id: 'status', cls: 'muted' });
  status.setAttribute('role', 'status');
  const save = async () => {
    await send({ v: 1, type: 'setSettings', settings });
    status.textContent = t(lang, 'optionsSaved');
  };

  const counts = new Map<SiteId, HTMLElement>();
  const sites = el('fieldset', {}, el('legend', { text: t(lang, 'optionsSites') }));
  for (const id of SITES) {
    const cb = el('input', { id: `site-${id}` });
    cb.type = 'checkbox';
    cb.checked = settings.sites[id];
    cb.addEventListener('change', () => {
      settings.sites[id] = cb.checked;
      void save();
    });
    const lab = el('label', {}, cb, document.createTextNode(' ' + t(lang, `site_${id}` as MsgKey)));
    const forget = el('button', { text: t(lang, 'optionsForget'), id: `forget-${id}` });
    forget.setAttribute('aria-label', `${t(lang, 'optionsForget')}: ${t(lang, `site_${id}` as MsgKey)}`);
    const perSite = el('span', { cls: 'muted', id: `count-${id}` });
    counts.set(id, perSite);
    forget.addEventListener('click', async () => {
      await send({ v: 1, type: 'forgetSite', site: id as SiteId });
      await stats();
    });
    sites.append(el('div', {}, lab, forget, perSite));
  }

  const min = el('select', { id: 'min-level' });
  for (const l of LEVELS) {
    const o = el('option', { text: t(lang, `level_${l}` as MsgKey) });
    o.value = l;
    o.selected = settings.minLevel === l;
    min.append(o);
  }
  min.addEventListener('change', () => {
    settings.minLevel = min.value as Settings['minLevel'];
    void save();
  });
  const minLabel = el('label', { text: t(lang, 'optionsMinLevel') });
  minLabel.htmlFor = 'min-level';

  const language = el('select', { id: 'language' });
  for (const [v, label] of [['auto', t(lang, 'language_auto')], ['en', 'English'], ['ja', '日本語'], ['ko', '한국어']] as const) {
    const o = el('option', { text: label });
    o.value = v;
    o.selected = settings.language === v;
    language.append(o);
  }
  language.addEventListener('change', async () => {
    settings.language = language.value as Settings['language'];
    await save();
    location.reload();
  });
  const langLabel = el('label', { text: t(lang, 'optionsLanguage') });
  langLabel.htmlFor = 'language';

  const remember = el('input', { id: 'remember' });
  remember.type = 'checkbox';
  remember.checked = settings.remember;
  remember.addEventListener('change', () => {
    settings.remember = remember.checked;
    void save();
  });
  const count = el('p', { id: 'memory-count' });
  const stats = async () => {
    const s = await send({ v: 1, type: 'memory', action: 'stats' });
    if (!s.ok || !('stats' in s)) return;
    count.textContent = t(lang, 'optionsStats', { n: s.stats.documents });
    for (const [id, e] of counts) e.textContent = ` ${t(lang, 'optionsStats', { n: s.stats.bySite[id] ?? 0 })}`;
  };
  const clear = el('button', { text: t(lang, 'optionsClear'), id: 'clear' });
  clear.addEventListener('click', async () => {
    await send({ v: 1, type: 'memory', action: 'clear' });
    status.textContent = t(lang, 'optionsCleared');
    await stats();
  });
  const exp = el('button', { text: t(lang, 'optionsExport'), id: 'export' });
  exp.addEventListener('click', async () => {
    const r = await send({ v: 1, type: 'memory', action: 'export' });
    if (!r.ok || !('exported' in r)) return;
    const a = el('a');
    a.href = URL.createObjectURL(new Blob([r.exported], { type: 'application/json' }));
    a.download = `hirelens-memory-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  const memory = el(
    'fieldset',
    {},
    el('legend', { text: t(lang, 'optionsMemory') }),
    el('p', { cls: 'muted', text: t(lang, 'optionsMemoryHelp') }),
    el('label', {}, remember, document.createTextNode(' ' + t(lang, 'optionsRemember'))),
    count,
    el('div', {}, clear, exp),
  );
  app.append(el('h1', { text: t(lang, 'optionsHeading') }), sites, minLabel, min, langLabel, language, memory, status);
  await stats();
}

void main();
