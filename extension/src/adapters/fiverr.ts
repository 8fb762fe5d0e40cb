/**
 * Fiverr: a seller's profile (`/<username>`). Every current public scraper
 * reads the embedded `script#perseus-initial-props` JSON (the page is
 * server-rendered React; the rendered markup changes often), so it comes
 * first; the visible page (aria-labelled name and username, the "From" and
 * "Member since" rows, the description and its Languages / Skills lists) is
 * the fallback. The JSON's exact keys move between releases, so values are
 * looked up by name in the seller's part of it. Evidence: EVIDENCE.md;
 * fixture: tests/fixtures/fiverr-seller.html.
 */
import type { PageType } from './types';
import { all, byShape, compact, Fields, json, languageClaim, location, memberSince, monthOf, plain, poorProfile, sectionByHeading } from './util';

export const SEL = {
  state: 'script#perseus-initial-props',
  name: '[aria-label="Public Name"]',
  username: '[aria-label="Username"]',
  /** Pre-2023 seller card, still used by one scraper family. */
  oldName: '.seller-card .username-line a, .seller-card .seller-link',
  oneLiner: '.seller-card .one-liner, .oneliner-wrapper .oneliner',
  from: '.user-stats li.location b',
  memberSince: '.user-stats li.member-since b',
  description: '.seller-profile .description p',
  languages: '.seller-profile .languages li, .languages ul li',
  skills: '.seller-profile .skills li, .skills ul li',
  photo: 'img.profile-pict-img, figure img',
} as const;

type J = Record<string, unknown>;
const isObj = (x: unknown): x is J => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The seller's objects in the perseus props, most specific first (`userData.seller_card` …, `seller` …). */
function sellerParts(props: unknown): J[] {
  if (!isObj(props)) return [];
  const out: J[] = [];
  const push = (x: unknown): void => {
    if (isObj(x) && !out.includes(x)) out.push(x);
  };
  const ud = props.userData;
  if (isObj(ud)) for (const k of ['seller_card', 'sellerCard', 'seller_profile', 'sellerProfile', 'user', 'seller']) push(ud[k]);
  const s = props.seller;
  if (isObj(s)) {
    push(s);
    for (const k of ['user', 'profile', 'card']) push(s[k]);
  }
  push(props.user);
  return out;
}

/**
 * Objects anywhere in the props (depth ≤ 7) that name this seller (a `username`
 * equal to the URL's), with their parent: the fallback when the payload's
 * shape is not one the scrapers describe.
 */
function byUsername(props: unknown, user: string): J[] {
  const out: J[] = [];
  const walk = (x: unknown, parent: J | undefined, depth: number): void => {
    if (depth > 7 || out.length > 6) return;
    if (Array.isArray(x)) {
      for (const i of x.slice(0, 50)) walk(i, parent, depth + 1);
      return;
    }
    if (!isObj(x)) return;
    const u = x.username ?? x.user_name ?? x.userName;
    if (typeof u === 'string' && u.toLowerCase() === user) {
      out.push(x);
      if (parent) out.push(parent);
    }
    for (const v of Object.values(x)) if (typeof v === 'object' && v !== null) walk(v, x, depth + 1);
  };
  walk(props, undefined, 0);
  return out;
}

/** The first value under any of `keys` in the seller's objects. */
function pick(parts: J[], keys: string[]): unknown {
  for (const p of parts) for (const k of keys) if (p[k] !== undefined && p[k] !== null && p[k] !== '') return p[k];
  return undefined;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : isObj(x) && typeof x.name === 'string' ? x.name.trim() || undefined : undefined);

/** The leaf element on the page whose text is `value` (so evidence in JSON-read text can still be shown on the page). */
function onPage(doc: Document, value: string | undefined): Element | undefined {
  if (!value || value.length > 300) return undefined;
  return byShape(doc.body ?? doc, new RegExp(`^@?${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), 'h1, h2, h3, p, span, div, b, a')[0];
}

const RESERVED = new Set(['categories', 'search', 'gigs', 'pro', 'support', 'login', 'join', 'resources', 'cp', 'inbox', 'users', 'start_selling', 'business', 'logo-maker', 'pages', 'stores', 'orders', 'settings', 'seller_dashboard', 'lists']);

export const fiverrSeller: PageType = {
  id: 'fiverr/seller',
  site: 'fiverr',
  test: (u) => {
    if (u.hostname !== 'www.fiverr.com') return false;
    const m = /^\/([a-z0-9_]+)\/?$/i.exec(u.pathname);
    return !!m && !!m[1] && !RESERVED.has(m[1].toLowerCase());
  },
  examples: {
    match: ['https://www.fiverr.com/jane_designs', 'https://www.fiverr.com/devstudio99/?source=gig_page'],
    noMatch: ['https://www.fiverr.com/', 'https://www.fiverr.com/categories', 'https://www.fiverr.com/search', 'https://www.fiverr.com/jane_designs/build-a-react-app'],
  },
  extract(doc, url) {
    const user = (url.pathname.split('/').filter(Boolean)[0] ?? '').toLowerCase();
    const props = json(doc.querySelector(SEL.state));
    const parts = [...sellerParts(props), ...byUsername(props, user)].filter((p, i, a) => a.indexOf(p) === i);
    const f = new Fields();
    const nameEl = doc.querySelector(SEL.name) ?? doc.querySelector(SEL.oldName);
    const stateName = str(pick(parts, ['display_name', 'displayName', 'name', 'full_name', 'username']));
    const name = stateName
      ? (f.mark('name', 'state'), f.text('name', onPage(doc, stateName)), stateName)
      : f.text('name', nameEl, 'attr');
    const st = (field: string, keys: string[]): string | undefined => {
      const v = str(pick(parts, keys));
      if (!v) return undefined;
      f.mark(field, 'state');
      f.text(field, onPage(doc, v));
      return v;
    };
    const headline = st('headline', ['one_liner', 'oneLiner', 'oneliner', 'headline', 'title']) ?? f.text('headline', doc.querySelector(SEL.oneLiner), 'attr');
    const overview = st('overview', ['description', 'about', 'bio', 'summary']) ?? f.text('overview', doc.querySelector(SEL.description), 'attr');
    const loc = f.first('location', [
      ['state', () => location(str(pick(parts, ['country_name', 'countryName', 'country', 'location'])))],
      ['attr', () => location(plain(doc.querySelector(SEL.from)))],
      // "From United States" (a label and a value, often in two elements with no space between them).
      ['label', () => location(plain(byShape(doc, /^From(\s+\S|[A-Z])/, 'li, div, p')[0])?.replace(/^From\s*/, ''))],
    ]);
    const since = f.first('member_since', [
      [
        'state',
        () => {
          const v = pick(parts, ['member_since', 'memberSince', 'joined_at', 'created_at']);
          return typeof v === 'number' ? monthOf(v) : typeof v === 'string' ? (memberSince(v) ?? (Number.isNaN(Date.parse(v)) ? undefined : monthOf(Date.parse(v)))) : undefined;
        },
      ],
      ['attr', () => memberSince(plain(doc.querySelector(SEL.memberSince)))],
      ['label', () => memberSince(plain(byShape(doc, /^member since\s+\S/i, 'li, div, p')[0]))],
    ]);
    const languages = f.first('languages', [
      [
        'state',
        () => {
          const v = pick(parts, ['languages', 'proficient_languages', 'spoken_languages']);
          return Array.isArray(v)
            ? v.flatMap((l) => {
                const lang = str(l) ?? (isObj(l) ? str(l.language ?? l.code) : undefined);
                const lvl = isObj(l) ? str(l.level ?? l.proficiency) : undefined;
                const c = languageClaim(lvl ? `${lang}: ${lvl}` : lang);
                return c ? [c] : [];
              })
            : undefined;
        },
      ],
      ['attr', () => all(doc, SEL.languages).map((l) => languageClaim(plain(l))).filter((x) => x !== undefined)],
      ['label', () => all(sectionByHeading(doc, /^languages$/i)?.section ?? doc.createElement('x'), 'li').map((l) => languageClaim(plain(l))).filter((x) => x !== undefined)],
    ]);
    const skills = f.first('skills', [
      [
        'state',
        () => {
          const v = pick(parts, ['skills', 'seller_skills']);
          return Array.isArray(v) ? v.map((s) => str(s)).filter((x): x is string => !!x) : undefined;
        },
      ],
      ['attr', () => all(doc, SEL.skills).map((s) => plain(s)).filter((x): x is string => !!x)],
      ['label', () => all(sectionByHeading(doc, /^skills$/i)?.section ?? doc.createElement('x'), 'li').map((s) => plain(s)).filter((x): x is string => !!x)],
    ]);
    if (!name) return null;
    const id = `fiverr:profile:${user || name.toLowerCase()}`;
    const d = compact({
      kind: 'profile' as const,
      id,
      platform: 'fiverr',
      url: `${url.origin}${url.pathname}`,
      name,
      headline,
      overview,
      location: loc,
      languages,
      skills,
      member_since: since,
    });
    const anchor = nameEl ?? onPage(doc, name) ?? doc.querySelector('h1') ?? doc.body;
    if (!anchor) return null;
    return [
      {
        key: id,
        label: name,
        name,
        doc: d,
        anchor,
        sources: f.sources,
        photo: doc.querySelector<HTMLImageElement>(SEL.photo),
        page: 'fiverr/seller',
        via: f.via,
        poor: poorProfile(d),
        expected: ['name', 'headline', 'overview', 'location', 'languages', 'skills', 'member_since'],
      },
    ];
  },
};

export const FIVERR: PageType[] = [fiverrSeller];
