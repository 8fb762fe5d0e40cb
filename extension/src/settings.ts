import type { Settings } from './protocol';

export const DEFAULT_SETTINGS: Settings = {
  sites: { upwork: true, freelancer: true, fiverr: true, linkedin: true, generic: true },
  minLevel: 'none',
  language: 'auto',
  remember: true,
};

export async function loadSettings(): Promise<Settings> {
  const got = await chrome.storage.local.get('settings');
  const s = got.settings as Partial<Settings> | undefined;
  if (!s || typeof s !== 'object') return structuredClone(DEFAULT_SETTINGS);
  return {
    sites: { ...DEFAULT_SETTINGS.sites, ...(s.sites ?? {}) },
    minLevel: s.minLevel ?? DEFAULT_SETTINGS.minLevel,
    language: s.language ?? DEFAULT_SETTINGS.language,
    remember: s.remember ?? DEFAULT_SETTINGS.remember,
  };
}

export async function saveSettings(s: Settings): Promise<void> {
  await chrome.storage.local.set({ settings: s });
}
