/**
 * Fiverr: a seller's profile (`/<username>`). Selectors only here.
 * Fixture: tests/fixtures/fiverr-seller.html.
 */
import type { PageType } from './types';
import { all, compact, Fields, languageClaim, location, memberSince, plain } from './util';

export const SEL = {
  root: '.seller-profile, [data-hl-page="fiverr-seller"]',
  name: '.seller-card .seller-name',
  photo: '.seller-card img.profile-pict-img',
  username: '.seller-card .seller-username',
  oneLiner: '.seller-card .one-liner',
  from: '.seller-card .user-stats .location b',
  memberSince: '.seller-card .user-stats .member-since b',
  description: '.seller-description .description',
  language: '.seller-description .languages li',
  skill: '.seller-description .skills li',
  education: '.seller-description .education li',
} as const;

/** First path segments that are Fiverr's own pages, not sellers. */
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
    const root = doc.querySelector(SEL.root);
    const nameEl = root?.querySelector(SEL.name);
    if (!root || !nameEl) return null;
    const f = new Fields();
    const name = f.text('name', nameEl) ?? '';
    const user = (url.pathname.split('/').filter(Boolean)[0] ?? name).toLowerCase();
    const id = `fiverr:profile:${user}`;
    const d = compact({
      kind: 'profile' as const,
      id,
      platform: 'fiverr',
      url: `${url.origin}${url.pathname}`,
      name,
      headline: f.text('headline', root.querySelector(SEL.oneLiner)),
      overview: f.text('overview', root.querySelector(SEL.description)),
      location: location(plain(root.querySelector(SEL.from))),
      languages: all(root, SEL.language).map((l) => languageClaim(plain(l))).filter((x) => x !== undefined),
      skills: all(root, SEL.skill).map((s) => plain(s)).filter((x): x is string => !!x),
      education: all(root, SEL.education).map((e) => compact({ school: plain(e) })),
      member_since: memberSince(plain(root.querySelector(SEL.memberSince))),
    });
    return [{ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources, photo: root.querySelector<HTMLImageElement>(SEL.photo) }];
  },
};

export const FIVERR: PageType[] = [fiverrSeller];
