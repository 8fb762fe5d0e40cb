/**
 * Who may talk to the background. Only this extension's own pages, and its
 * content script in the top frame of a tab on a supported site, on a site the
 * user enabled (popup "Enable HireLens on this site"), or in a tab the user
 * granted through activeTab. Other extensions and web pages never get
 * an answer; the manifest has no `externally_connectable`.
 */
import { isSupportedHost, siteOfHost, type SiteId } from './hosts';

export type Origin = { from: 'content'; site: SiteId; url: URL; tabId: number } | { from: 'page' };

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface Self {
  /** chrome.runtime.id */
  id: string;
  /** chrome.runtime.getURL('') */
  origin: string;
  /** Full URLs of the extension pages allowed to send page requests. */
  pages: string[];
  /** Tabs the user granted with activeTab (popup "Analyze this page"). */
  granted: ReadonlySet<number>;
  /** Hosts the user enabled (optional host permission granted); read as `generic`. */
  enabled?: ReadonlySet<string>;
}

export function checkSender(sender: SenderLike, self: Self): Origin | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? '';
  if (sender.tab && sender.tab.id !== undefined && !url.startsWith(self.origin)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return null;
    }
    if (u.protocol !== 'https:') return null;
    if (sender.frameId !== undefined && sender.frameId !== 0) return null;
    if (isSupportedHost(u.hostname)) return { from: 'content', site: siteOfHost(u.hostname), url: u, tabId: sender.tab.id };
    if (self.granted.has(sender.tab.id) || self.enabled?.has(u.hostname)) return { from: 'content', site: 'generic', url: u, tabId: sender.tab.id };
    return null;
  }
  const base = url.split(/[?#]/, 1)[0];
  if (self.pages.includes(base ?? '')) return { from: 'page' };
  return null;
}
