/**
 * Memory across pages: what the user has seen, kept in IndexedDB in this
 * browser only. Two stores:
 *   docs   one record per document: id, label, site, url, first and last seen,
 *          and the dHash of its photo once one was read (no text, no contact
 *          details; the photo hash is not exported)
 *   corpus the engine's Corpus (fingerprints: keyed hashes), one blob per site
 * so "forget this site" drops one blob and its records.
 */
import type { SiteId } from './hosts';
import type { AnalyzeItem, ItemResult, SeenAt } from './protocol';

const DB = 'hirelens-memory';
const VERSION = 1;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, VERSION);
    r.onupgradeneeded = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains('docs')) db.createObjectStore('docs', { keyPath: 'id' }).createIndex('site', 'site');
      if (!db.objectStoreNames.contains('corpus')) db.createObjectStore('corpus');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB open failed'));
  });
}

let dbp: Promise<IDBDatabase> | null = null;
function db(): Promise<IDBDatabase> {
  if (!dbp) {
    dbp = open();
    dbp.catch(() => (dbp = null));
  }
  return dbp;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

export interface DocRecord extends SeenAt {
  firstSeen: number;
  /**
   * The photo's dHash, as last put into the corpus. The page's text reaches the
   * background before its photos; with this the text-first analysis of a
   * document seen before keeps its photo, and an unchanged photo is not
   * analysed a second time.
   */
  photo?: string;
}

export async function loadCorpusBytes(site: SiteId): Promise<Uint8Array | undefined> {
  const d = await db();
  const v = (await req(d.transaction('corpus').objectStore('corpus').get(site))) as ArrayBuffer | Uint8Array | undefined;
  if (!v) return undefined;
  return v instanceof Uint8Array ? v : new Uint8Array(v);
}

export async function saveCorpusBytes(site: SiteId, bytes: Uint8Array): Promise<void> {
  const d = await db();
  const tx = d.transaction('corpus', 'readwrite');
  tx.objectStore('corpus').put(bytes, site);
  await done(tx);
}

/** Every remembered document's where-seen record, by id. */
export async function allRecords(): Promise<Map<string, DocRecord>> {
  const d = await db();
  const all = (await req(d.transaction('docs').objectStore('docs').getAll())) as DocRecord[];
  return new Map(all.map((r) => [r.id, r]));
}

export const memory = {
  /**
   * Record where documents were seen (one record per id: seeing a document
   * again updates it). `photos` (id → dHash) sets their photo hashes; a
   * record keeps the one it had otherwise.
   */
  async observe(items: AnalyzeItem[], results: ItemResult[], site: SiteId, url: string, remember: boolean, photos?: ReadonlyMap<string, string>): Promise<void> {
    if (!remember) return;
    const d = await db();
    const tx = d.transaction('docs', 'readwrite');
    const store = tx.objectStore('docs');
    const now = Date.now();
    const seen = items.filter((_, i) => results[i]?.report);
    // All reads are queued at once (one round trip), then the writes.
    const prev = (await Promise.all(seen.map((it) => req(store.get(it.doc.id))))) as Array<DocRecord | undefined>;
    seen.forEach((it, i) => {
      const photo = photos?.get(it.doc.id) ?? prev[i]?.photo;
      const rec: DocRecord = { id: it.doc.id, label: it.label, site, url: stripUrl(url), seenAt: now, firstSeen: prev[i]?.firstSeen ?? now, ...(photo ? { photo } : {}) };
      store.put(rec);
    });
    await done(tx);
  },

  /** The remembered photo hashes of these documents (id → dHash), in one transaction. */
  async photos(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (ids.length === 0) return out;
    const d = await db();
    const store = d.transaction('docs').objectStore('docs');
    const got = (await Promise.all(ids.map((id) => req(store.get(id))))) as Array<DocRecord | undefined>;
    for (const r of got) if (r?.photo) out.set(r.id, r.photo);
    return out;
  },

  async get(id: string): Promise<DocRecord | undefined> {
    const d = await db();
    return (await req(d.transaction('docs').objectStore('docs').get(id))) as DocRecord | undefined;
  },

  async stats(): Promise<{ documents: number; bySite: Record<string, number>; remember: boolean }> {
    const d = await db();
    const all = (await req(d.transaction('docs').objectStore('docs').getAll())) as DocRecord[];
    const bySite: Record<string, number> = {};
    for (const r of all) bySite[r.site] = (bySite[r.site] ?? 0) + 1;
    const s = (await chrome.storage.local.get('settings')).settings as { remember?: boolean } | undefined;
    return { documents: all.length, bySite, remember: s?.remember !== false };
  },

  async exportJson(): Promise<string> {
    const d = await db();
    const all = (await req(d.transaction('docs').objectStore('docs').getAll())) as DocRecord[];
    // Where each document was seen; not its photo hash (a fingerprint of a face).
    const documents = all.map(({ photo: _photo, ...where }) => where);
    return JSON.stringify({ format: 'hirelens-memory', version: 1, exported: new Date().toISOString(), documents }, null, 1);
  },

  async clear(): Promise<void> {
    const d = await db();
    const tx = d.transaction(['docs', 'corpus'], 'readwrite');
    tx.objectStore('docs').clear();
    tx.objectStore('corpus').clear();
    await done(tx);
  },

  async forgetSite(site: SiteId): Promise<void> {
    const d = await db();
    const tx = d.transaction(['docs', 'corpus'], 'readwrite');
    const docs = tx.objectStore('docs');
    const keys = await req(docs.index('site').getAllKeys(site));
    for (const k of keys) docs.delete(k);
    tx.objectStore('corpus').delete(site);
    await done(tx);
  },
};

/** Keep where a document was seen without query strings or fragments (they can carry tokens). */
export function stripUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}
