/**
 * Sites the user enabled with "Enable HireLens on this site" (popup). The
 * default install reads only the supported sites (manifest host_permissions);
 * any other https site needs the user to grant it: an optional host
 * permission (`optional_host_permissions`, asked for by the popup), then a
 * content script registered at run time for exactly that origin. The
 * registration persists across restarts and goes when the permission goes
 * (permissions.onRemoved, and a reconciliation at every start).
 *
 * Written for HireLens rather than taken from webext-dynamic-content-scripts /
 * webext-permission-toggle: those bring seven small packages each (MV2 and
 * Safari polyfills, a context-menu toggle) for what is here one function.
 */
import { isSupportedHost } from './hosts';

/** Ids of the scripts registered here; the rest of the id is the host. */
export const SCRIPT_PREFIX = 'hirelens-site:';

/** The permission pattern for a page's site: `https://host/*`; null for a page the feature does not apply to. */
export function sitePattern(pageUrl: string): string | null {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || !u.hostname || isSupportedHost(u.hostname)) return null;
  return `https://${u.hostname}/*`;
}

/** The host of a `https://host/*` pattern granted by the user; null for anything else (`<all_urls>`, wildcards, the manifest's own). */
export function hostOfPattern(p: string): string | null {
  const m = /^https:\/\/([a-z0-9.-]+)\/\*$/i.exec(p);
  if (!m?.[1] || isSupportedHost(m[1])) return null;
  return m[1].toLowerCase();
}

/** Hosts the user enabled (optional host permissions granted). */
export async function enabledHosts(): Promise<string[]> {
  const { origins = [] } = await chrome.permissions.getAll();
  return [...new Set(origins.map(hostOfPattern).filter((h): h is string => h !== null))];
}

/** Whether the user enabled this host (asked each time: a revoked permission counts at once). */
export async function isEnabledHost(host: string): Promise<boolean> {
  if (isSupportedHost(host)) return false;
  try {
    return await chrome.permissions.contains({ origins: [`https://${host}/*`] });
  } catch {
    return false;
  }
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Make the registered content scripts match the granted permissions: one
 * script per enabled host, none for a host whose permission is gone.
 * Serialised, and idempotent, so any event may call it.
 */
export function syncSiteScripts(): Promise<void> {
  syncing = syncing.then(doSync, doSync);
  return syncing;
}

async function doSync(): Promise<void> {
  const hosts = new Set(await enabledHosts());
  const registered = (await chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const have = new Set(registered.map((s) => s.id.slice(SCRIPT_PREFIX.length)));
  // The popup and the background may both react to the same grant: a step the
  // other context already took counts as done.
  for (const s of registered) {
    if (hosts.has(s.id.slice(SCRIPT_PREFIX.length))) continue;
    await chrome.scripting.unregisterContentScripts({ ids: [s.id] }).catch(async (e: unknown) => {
      if ((await chrome.scripting.getRegisteredContentScripts({ ids: [s.id] })).length) throw e;
    });
  }
  for (const h of hosts) {
    if (have.has(h)) continue;
    const id = `${SCRIPT_PREFIX}${h}`;
    await chrome.scripting
      .registerContentScripts([
        { id, matches: [`https://${h}/*`], js: ['content.js'], css: ['highlight.css'], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
      ])
      .catch(async (e: unknown) => {
        if (!(await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length) throw e;
      });
  }
}
