/**
 * Linkage across pages: each site's documents go into that site's Corpus
 * (the engine's; fingerprints and keyed hashes, never raw text or contacts),
 * saved in IndexedDB after each batch. A document is analysed *through* the
 * corpus, so its report carries linkage hints (HL4xx) naming earlier
 * documents; the background then adds where each of those was seen.
 *
 * One corpus per site keeps "forget this site" exact (drop one blob). With
 * memory paused, documents are compared against a throw-away copy: hints
 * still appear, nothing is recorded.
 */
import type { GlueCorpus, Glue } from 'hirelens-glue';
import { SITES, type SiteId } from './hosts';
import { allRecords, loadCorpusBytes, saveCorpusBytes, type DocRecord } from './memory';
import type { Hint, Report, SeenAt } from './protocol';
import { toWire } from '../../js/src/wire';

const live = new WeakMap<Glue, Map<SiteId, GlueCorpus>>();

export function hasCorpus(g: Glue): boolean {
  return typeof g.Corpus === 'function';
}

async function corpusFor(g: Glue, site: SiteId): Promise<GlueCorpus | null> {
  const C = g.Corpus;
  if (!C) return null;
  let m = live.get(g);
  if (!m) live.set(g, (m = new Map()));
  const have = m.get(site);
  if (have) return have;
  const bytes = await loadCorpusBytes(site);
  const key = await corpusKey();
  let c: GlueCorpus;
  try {
    c = bytes ? C.fromBytes(bytes, key) : new C(key);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw e;
    console.warn(`HireLens: the remembered fingerprints for ${site} could not be read (${String(e)}); starting afresh`);
    c = new C(key);
  }
  m.set(site, c);
  return c;
}

/**
 * The key of the keyed hashes: 32 random bytes made on first use and kept in
 * extension storage, apart from the corpus blobs (which therefore hold no
 * key). "Clear everything" makes a new one.
 */
async function corpusKey(): Promise<Uint8Array> {
  const got = (await chrome.storage.local.get('corpusKey')).corpusKey;
  if (typeof got === 'string' && /^[0-9a-f]{64}$/.test(got)) return Uint8Array.from(got.match(/../g) ?? [], (h) => parseInt(h, 16));
  const key = crypto.getRandomValues(new Uint8Array(32));
  await chrome.storage.local.set({ corpusKey: Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('') });
  return key;
}

export async function rotateKey(): Promise<void> {
  await chrome.storage.local.remove('corpusKey');
}

/** Forget the in-memory corpora (after "clear" or "forget site"). */
export function dropCorpora(g: Glue | null, site?: SiteId): void {
  if (!g) return;
  const m = live.get(g);
  if (!m) return;
  for (const [s, c] of m) {
    if (site && s !== site) continue;
    c.free?.();
    m.delete(s);
  }
}

/**
 * Analyse documents through the site's corpus. Returns null when the engine
 * has no Corpus (then the caller analyses without linkage).
 */
export async function analyzeLinked(g: Glue, site: SiteId, docs: Array<Record<string, unknown>>, options: unknown, record: boolean): Promise<Array<Report | Error> | null> {
  const base = await corpusFor(g, site);
  if (!base || typeof base.analyze !== 'function') return null;
  const C = g.Corpus;
  const others = await otherCorpora(g, site);
  const c = record || !C ? base : C.fromBytes(base.toBytes(), await corpusKey());
  try {
    const out = docs.map((d) => {
      try {
        return (c.analyze as (d: unknown, o: unknown) => Report)(toWire(withSamePerson(d, others)), options);
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) throw e;
        return e instanceof Error ? e : new Error(String(e));
      }
    });
    if (record) scheduleSave(g, site);
    return out;
  } finally {
    if (c !== base) c.free?.();
  }
}

/**
 * The other sites' corpora that hold anything (loaded once, like this site's).
 * Memory stays one blob per site, so "forget this site" stays exact; a person
 * is followed across them by the keyed digests of their pages' addresses.
 */
async function otherCorpora(g: Glue, site: SiteId): Promise<GlueCorpus[]> {
  const out: GlueCorpus[] = [];
  for (const s of SITES) {
    if (s === site) continue;
    const have = live.get(g)?.get(s);
    if (have) {
      if (have.size > 0) out.push(have);
      continue;
    }
    if (!(await loadCorpusBytes(s))) continue;
    const c = await corpusFor(g, s);
    if (c && c.size > 0) out.push(c);
  }
  return out;
}

/**
 * One person across sites: the claims other sites' corpora kept of the pages
 * this document is tied to (its links name their address, or theirs name its)
 * become its `same_person` profiles, so the engine compares them (HL113–HL117)
 * with evidence from both sides. The site's own corpus adds same-site ones.
 */
export function withSamePerson(doc: Record<string, unknown>, others: GlueCorpus[]): Record<string, unknown> {
  const found: Array<Record<string, unknown>> = [];
  for (const c of others) {
    if (typeof c.samePerson !== 'function') continue;
    let tied: Array<{ id: string; claims: string }>;
    try {
      tied = c.samePerson(toWire(doc));
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) throw e;
      continue;
    }
    for (const t of tied) {
      try {
        const p = JSON.parse(t.claims) as Record<string, unknown>;
        delete p.kind;
        found.push({ ...p, id: t.id });
      } catch {
        /* claims the engine wrote are JSON; anything else is skipped */
      }
    }
  }
  if (found.length === 0) return doc;
  const attach = (p: Record<string, unknown>) => ({ ...p, same_person: [...(Array.isArray(p.same_person) ? (p.same_person as unknown[]) : []), ...found.slice(0, 4)] });
  if (doc.kind === 'profile') return attach(doc);
  if (doc.profile && typeof doc.profile === 'object') return { ...doc, profile: attach(doc.profile as Record<string, unknown>) };
  return doc;
}

/** The same-person hints (HL113–HL117): their evidence names `same_person[i].` paths. */
const SAME_PERSON = /(^|\.)same_person\[(\d+)\]\./;

/**
 * Name the other side of each same-person hint the way the user saw it: the
 * record of the document behind `same_person[i]` (report.same_person[i]).
 */
export async function annotateSamePerson(reports: Array<Report | undefined>): Promise<void> {
  if (!reports.some((r) => r?.same_person?.length)) return;
  const records = await allRecords();
  for (const r of reports) {
    const ids = r?.same_person ?? [];
    if (!r || ids.length === 0) continue;
    for (const h of r.hints) {
      const sides: Array<SeenAt & { index: number }> = [];
      for (const e of h.evidence) {
        const m = SAME_PERSON.exec(e.field);
        if (!m) continue;
        const index = Number(m[2]);
        const id = ids[index];
        if (!id || sides.some((s) => s.index === index)) continue;
        const rec = records.get(id);
        sides.push(rec ? { index, id, label: rec.label, site: rec.site, url: rec.url, seenAt: rec.seenAt } : { index, id, label: id, site: 'generic', url: '', seenAt: 0 });
      }
      if (!sides.length) continue;
      (h as Hint & { sides?: typeof sides }).sides = sides;
      for (const s of sides) h.message = h.message.split(`(${s.id})`).join(`(“${s.label}”, ${s.site})`);
    }
  }
}

/**
 * Saving serializes the whole corpus. It starts as soon as a batch has been
 * analysed, never on a timer: a browser shut down right after the last page
 * must not lose that page (a save scheduled 400 ms later was cut off when the
 * browser stopped; Firefox's event page goes with it). Saves of one site never
 * overlap: batches that end while a save runs mark the site dirty, and one more
 * save follows, so a burst of pages costs at most two serializations.
 */
const saving = new Map<SiteId, Promise<void>>();
const dirty = new Set<SiteId>();
function scheduleSave(g: Glue, site: SiteId): void {
  dirty.add(site);
  if (saving.has(site)) return;
  const run = async () => {
    while (dirty.delete(site)) {
      const c = live.get(g)?.get(site);
      if (!c) return;
      let bytes: Uint8Array;
      try {
        bytes = c.toBytes();
      } catch (e) {
        console.warn('HireLens: could not save the memory', e);
        return;
      }
      await saveCorpusBytes(site, bytes).catch((e: unknown) => console.warn('HireLens: could not save the memory', e));
    }
  };
  // After the current task (the reply to the page goes first), not after a delay.
  const p = new Promise<void>((r) => setTimeout(r, 0)).then(run).finally(() => saving.delete(site));
  saving.set(site, p);
}

/** Wait for the saves under way (before "clear" or "forget", so they cannot write back what was dropped). */
export async function flushSaves(_g?: Glue | null): Promise<void> {
  while (saving.size) await Promise.all(saving.values());
}

const ID = /\b(?:upwork|freelancer|fiverr|linkedin|generic):[A-Za-z0-9_.~:/#@%+-]+/g;

/** Add where each linked document was seen (from the local records) to linkage hints. */
export async function annotateSeen(reports: Array<Report | undefined>): Promise<void> {
  if (!reports.some((r) => r?.hints.some((h) => h.family === 'linkage'))) return;
  const records = await allRecords();
  for (const r of reports) {
    for (const h of r?.hints ?? []) {
      if (h.family !== 'linkage') continue;
      const seen: SeenAt[] = [];
      for (const m of `${h.message} ${h.evidence.map((e) => e.text).join(' ')}`.matchAll(ID)) {
        const id = m[0].replace(/[.:]+$/, '');
        const rec: DocRecord | undefined = records.get(id);
        if (rec && id !== r?.id && !seen.some((s) => s.id === id)) seen.push({ id: rec.id, label: rec.label, site: rec.site, url: rec.url, seenAt: rec.seenAt });
      }
      if (seen.length) {
        (h as Hint & { seen?: SeenAt[] }).seen = seen;
        // Name the other documents the way the user saw them, not by internal id.
        for (const x of seen) h.message = h.message.split(x.id).join(`“${x.label}”`);
      }
    }
  }
}
