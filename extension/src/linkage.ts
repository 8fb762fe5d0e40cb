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
import type { CorpusInstance, Glue } from 'hirelens-glue';
import type { SiteId } from './hosts';
import { allRecords, loadCorpusBytes, saveCorpusBytes, type DocRecord } from './memory';
import type { Hint, Report, SeenAt } from './protocol';

const live = new WeakMap<Glue, Map<SiteId, CorpusInstance>>();

export function hasCorpus(g: Glue): boolean {
  return typeof g.Corpus === 'function';
}

async function corpusFor(g: Glue, site: SiteId): Promise<CorpusInstance | null> {
  const C = g.Corpus;
  if (!C) return null;
  let m = live.get(g);
  if (!m) live.set(g, (m = new Map()));
  const have = m.get(site);
  if (have) return have;
  const bytes = await loadCorpusBytes(site);
  let c: CorpusInstance;
  try {
    c = bytes ? C.fromBytes(bytes) : new C();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw e;
    console.warn(`HireLens: the remembered fingerprints for ${site} could not be read (${String(e)}); starting afresh`);
    c = new C();
  }
  m.set(site, c);
  return c;
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
  const c = record || !C ? base : C.fromBytes(base.toBytes());
  try {
    const out = docs.map((d) => {
      try {
        return (c.analyze as (d: unknown, o: unknown) => Report)(d, options);
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) throw e;
        return e instanceof Error ? e : new Error(String(e));
      }
    });
    if (record) await saveCorpusBytes(site, c.toBytes());
    return out;
  } finally {
    if (c !== base) c.free?.();
  }
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
      if (seen.length) (h as Hint & { seen?: SeenAt[] }).seen = seen;
    }
  }
}
