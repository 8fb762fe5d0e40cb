/**
 * UI strings. The tables are the `_locales/<lang>/messages.json` files (the
 * browser uses them for the manifest and menus); the extension reads them
 * directly so the language chosen in the options applies everywhere.
 */
import en from '../_locales/en/messages.json';
import ja from '../_locales/ja/messages.json';
import ko from '../_locales/ko/messages.json';
import type { Lang } from './protocol';

type Table = Record<string, { message: string }>;
const TABLES: Record<Lang, Table> = { en, ja, ko };
export type MsgKey = keyof typeof en;

/** The UI language for a setting: `auto` follows the browser. */
export function resolveLang(setting: 'auto' | Lang, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  const l = uiLanguage.toLowerCase();
  if (l.startsWith('ja')) return 'ja';
  if (l.startsWith('ko')) return 'ko';
  return 'en';
}

/** A UI string with `{name}` placeholders filled in (plain text; callers set it with textContent). */
export function t(lang: Lang, key: MsgKey, vars: Record<string, string | number> = {}): string {
  const s = TABLES[lang][key]?.message ?? TABLES.en[key]?.message ?? key;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
