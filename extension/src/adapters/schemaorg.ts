/**
 * Generic adapter: a schema.org `Person`, from JSON-LD or microdata, else an
 * OpenGraph `profile` (og:type "profile": og:title, profile:first_name /
 * last_name / username, og:description). Used on
 * supported sites when no site adapter applies, and anywhere the user asks
 * for it (popup "Analyze this page", through activeTab).
 */
import type { Found, PageType } from './types';
import { compact, Fields, fieldsRead, languageClaim, location, meta, plain, poorProfile, type Strategy } from './util';

/** What the generic reader records for each field it read, and whether that is too little to judge. */
function described(doc: Record<string, unknown>, how: Strategy): Pick<Found, 'page' | 'via' | 'poor' | 'expected'> {
  return { page: 'generic/person', via: Object.fromEntries(fieldsRead(doc).map((k) => [k, how])), poor: poorProfile(doc), expected: ['name', 'headline', 'overview', 'location'] };
}

export const SEL = {
  jsonld: 'script[type="application/ld+json"]',
  microdata: '[itemscope][itemtype$="schema.org/Person"]',
  headings: 'h1, h2, h3',
} as const;

type J = Record<string, unknown>;

function isObj(x: unknown): x is J {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (isObj(x) && typeof x.name === 'string') return x.name.trim() || undefined;
  return undefined;
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined || x === null ? [] : [x];
}

function isPerson(x: J): boolean {
  return list(x['@type']).some((t) => t === 'Person' || t === 'http://schema.org/Person' || t === 'https://schema.org/Person');
}

/** Person objects anywhere in a JSON-LD value (top level, arrays, @graph, mainEntity). */
function persons(x: unknown, out: J[] = [], depth = 0): J[] {
  if (depth > 6) return out;
  if (Array.isArray(x)) for (const i of x) persons(i, out, depth + 1);
  else if (isObj(x)) {
    if (isPerson(x)) out.push(x);
    else for (const k of ['@graph', 'mainEntity', 'about', 'author']) if (k in x) persons(x[k], out, depth + 1);
  }
  return out;
}

function fromJsonLd(root: Document, url: URL): Found[] {
  const out: Found[] = [];
  for (const s of Array.from(root.querySelectorAll(SEL.jsonld))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    for (const p of persons(data)) {
      const name = str(p.name);
      if (!name) continue;
      const f = new Fields();
      const heading = Array.from(root.querySelectorAll(SEL.headings)).find((h) => plain(h) === name);
      if (heading) f.text('name', heading);
      const addr = isObj(p.address) ? p.address : undefined;
      const id = `generic:profile:${url.hostname}${url.pathname}#${out.length}`;
      const contacts = compact({
        emails: list(p.email).map(str).filter((x): x is string => !!x).map((e) => e.replace(/^mailto:/i, '')),
        phones: list(p.telephone).map(str).filter((x): x is string => !!x),
        links: [...list(p.url), ...list(p.sameAs)].map(str).filter((x): x is string => !!x),
      });
      const doc = compact({
        kind: 'profile' as const,
        id,
        platform: url.hostname,
        url: `${url.origin}${url.pathname}`,
        name,
        headline: str(p.jobTitle),
        overview: str(p.description),
        location: addr ? compact({ city: str(addr.addressLocality), region: str(addr.addressRegion), country: str(addr.addressCountry) }) : location(str(p.homeLocation)),
        languages: list(p.knowsLanguage).map((l) => languageClaim(str(l))).filter((x) => x !== undefined),
        skills: list(p.knowsAbout).map(str).filter((x): x is string => !!x),
        employment: list(p.worksFor).map((w) => compact({ company: str(w) })).filter((w) => Object.keys(w).length),
        education: list(p.alumniOf).map((w) => compact({ school: str(w) })).filter((w) => Object.keys(w).length),
        contacts,
      });
      const anchor = heading ?? root.querySelector('h1') ?? root.body;
      if (!anchor) continue;
      out.push({ key: id, label: name, name, doc, anchor, sources: f.sources, ...described(doc, 'jsonld') });
    }
  }
  return out;
}

function prop(scope: Element, name: string): Element | undefined {
  // The nearest element with itemprop=name that belongs to this scope (not a nested item).
  return Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`)).find((e) => e.parentElement?.closest('[itemscope]') === scope);
}

function props(scope: Element, name: string): Element[] {
  return Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`)).filter((e) => e.parentElement?.closest('[itemscope]') === scope);
}

function value(e: Element | undefined): string | undefined {
  if (!e) return undefined;
  const attr = e.getAttribute('content') ?? e.getAttribute('href') ?? (e.localName === 'time' ? e.getAttribute('datetime') : null);
  return attr?.trim() || plain(e);
}

function fromMicrodata(root: Document, url: URL): Found[] {
  const out: Found[] = [];
  for (const [i, scope] of Array.from(root.querySelectorAll(SEL.microdata)).entries()) {
    if (scope.parentElement?.closest(SEL.microdata)) continue;
    const f = new Fields();
    const nameEl = prop(scope, 'name');
    const name = f.text('name', nameEl);
    if (!name || !nameEl) continue;
    const addr = prop(scope, 'address');
    const id = `generic:profile:${url.hostname}${url.pathname}#m${i}`;
    const doc = compact({
      kind: 'profile' as const,
      id,
      platform: url.hostname,
      url: `${url.origin}${url.pathname}`,
      name,
      headline: f.text('headline', prop(scope, 'jobTitle')),
      overview: f.text('overview', prop(scope, 'description')),
      location: addr
        ? compact({ city: value(addr.querySelector('[itemprop="addressLocality"]') ?? undefined), region: value(addr.querySelector('[itemprop="addressRegion"]') ?? undefined), country: value(addr.querySelector('[itemprop="addressCountry"]') ?? undefined) })
        : undefined,
      languages: props(scope, 'knowsLanguage').map((l) => languageClaim(value(l))).filter((x) => x !== undefined),
      skills: props(scope, 'knowsAbout').map(value).filter((x): x is string => !!x),
      contacts: compact({
        emails: props(scope, 'email').map(value).filter((x): x is string => !!x).map((e) => e.replace(/^mailto:/i, '')),
        phones: props(scope, 'telephone').map(value).filter((x): x is string => !!x),
        links: [...props(scope, 'url'), ...props(scope, 'sameAs')].map(value).filter((x): x is string => !!x),
      }),
    });
    out.push({ key: id, label: name, name, doc, anchor: nameEl, sources: f.sources, ...described(doc, 'microdata') });
  }
  return out;
}

/** An OpenGraph profile page (`og:type` = "profile"). The text is in meta tags: it is matched to the page's heading when one shows the name. */
function fromOpenGraph(root: Document, url: URL): Found[] {
  if (meta(root, 'og:type')?.toLowerCase() !== 'profile') return [];
  const full = [meta(root, 'profile:first_name'), meta(root, 'profile:last_name')].filter(Boolean).join(' ');
  const name = full || meta(root, 'og:title')?.split(/ [-|–] /)[0]?.trim();
  if (!name) return [];
  const f = new Fields();
  const heading = Array.from(root.querySelectorAll(SEL.headings)).find((h) => plain(h) === name);
  if (heading) f.text('name', heading);
  const id = `generic:profile:${url.hostname}${url.pathname}#og`;
  const doc = compact({ kind: 'profile' as const, id, platform: url.hostname, url: `${url.origin}${url.pathname}`, name, overview: meta(root, 'og:description') });
  const anchor = heading ?? root.querySelector('h1') ?? root.body;
  return anchor ? [{ key: id, label: name, name, doc, anchor, sources: f.sources, ...described(doc, 'opengraph') }] : [];
}

export const genericPerson: PageType = {
  id: 'generic/person',
  site: 'generic',
  test: () => true,
  examples: { match: ['https://example.org/team/ana'], noMatch: [] },
  extract(root, url) {
    const found = [...fromMicrodata(root, url)];
    const names = new Set(found.map((f) => f.name));
    for (const j of fromJsonLd(root, url)) if (!names.has(j.name)) found.push(j);
    if (found.length === 0) found.push(...fromOpenGraph(root, url));
    return found.length ? found : null;
  },
};
