/**
 * GitHub: a user's profile page (`https://github.com/<login>`), on a site the
 * user enabled ("Enable HireLens on this site": github.com is not one of the
 * hosts the extension reads on its own). The profile side bar is an h-card
 * with schema.org microdata that has been stable for years: the names
 * (`itemprop="name"` / `"additionalName"`), `itemprop="homeLocation"`,
 * `"worksFor"`, `"url"` and `"social"` list items (each also carrying an
 * `aria-label` such as "Home location: …"), the bio (`.p-note`, an h-card
 * class) and the pinned items (`span.repo`). Read in layers: microdata,
 * then the aria labels, then the document title ("login (Name) · GitHub").
 * Links (website, social accounts) go to `contacts.links`, so a LinkedIn or
 * Upwork page of the same person is compared with this one. Evidence:
 * EVIDENCE.md; fixture: tests/fixtures/github-profile.html.
 */
import type { PageType } from './types';
import { all, compact, Fields, location, plain, poorProfile } from './util';

export const SEL = {
  card: '.h-card, [itemtype$="schema.org/Person"]',
  name: '[itemprop="name"]',
  login: '[itemprop="additionalName"]',
  bio: '.p-note',
  home: '[itemprop="homeLocation"]',
  works: '[itemprop="worksFor"]',
  url: '[itemprop="url"] a[href]',
  social: '[itemprop="social"] a[href]',
  label: '.p-label, .p-org',
  /** The pinned items (2021 layout: the Box is `.pinned-item-list-item`; later: `.pinned-item-list-item-content` inside it). */
  pinned: '[class*="pinned-item-list-item"] span.repo',
  photo: 'img.avatar.width-full, [itemprop="image"] img, img.avatar-user',
} as const;

/** First path segments that are GitHub's own pages, not accounts. */
const RESERVED = new Set(
  'about account apps blog codespaces collections contact customer-stories dashboard enterprise events explore features gist issues join login logout marketplace new notifications orgs organizations pricing pulls readme search security settings site sponsors stars team topics trending'.split(' '),
);
const LOGIN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i;

/** The value after "Label: " in an aria-label ("Home location: Lisbon, Portugal" → "Lisbon, Portugal"). */
function ariaValue(el: Element | null | undefined): string | undefined {
  const v = el?.getAttribute('aria-label')?.replace(/^[^:]{1,40}:\s*/, '').trim();
  return v || undefined;
}

export const GITHUB: PageType[] = [
  {
    id: 'github/profile',
    site: 'generic',
    test: (u) => {
      if (u.hostname !== 'github.com') return false;
      const seg = u.pathname.split('/').filter(Boolean);
      return seg.length === 1 && LOGIN.test(seg[0] ?? '') && !RESERVED.has((seg[0] ?? '').toLowerCase());
    },
    examples: {
      match: ['https://github.com/octocat', 'https://github.com/grace-liu-dev?tab=repositories', 'https://github.com/Winay-Chowdary66/'],
      noMatch: ['https://github.com/octocat/hello-world', 'https://github.com/settings', 'https://github.com/', 'https://gist.github.com/octocat', 'https://github.com/-bad-'],
    },
    extract(root, url) {
      const login0 = url.pathname.split('/').filter(Boolean)[0] ?? '';
      const card = root.querySelector(SEL.card) ?? root;
      const f = new Fields();
      // "login (Name) · GitHub" (a page saved from the browser may lack " · GitHub"): the login, then the name when set.
      const title = /^([A-Za-z0-9-]+)(?: \((.+)\))?(?: · GitHub)?$/.exec((root.title ?? '').trim());
      const nameEl = card.querySelector(SEL.name);
      const name = f.first('name', [
        ['microdata', () => f.text('name', nameEl)],
        ['title', () => title?.[2]?.trim()],
      ]);
      const login = plain(card.querySelector(SEL.login)) ?? title?.[1] ?? login0;
      const bio = f.first('overview', [['microdata', () => f.text('overview', card.querySelector(SEL.bio))]]);
      const homeEl = card.querySelector(SEL.home);
      const place = f.first('location', [
        ['microdata', () => f.text('location', homeEl?.querySelector(SEL.label))],
        ['attr', () => ariaValue(homeEl)],
      ]);
      const worksEl = card.querySelector(SEL.works);
      const company = f.first('employment', [
        ['microdata', () => f.text('employment[0].company', worksEl?.querySelector(SEL.label))],
        ['attr', () => ariaValue(worksEl)],
      ]);
      const links = [...new Set([...all(card, SEL.url), ...all(card, SEL.social)].map((a) => a.getAttribute('href') ?? '').filter((h) => /^https?:\/\//i.test(h)))];
      if (links.length) f.mark('contacts', 'microdata');
      // Pinned repositories: the link around each name is "/owner/repo"; those under this account are the person's own.
      const repositories = [
        ...new Set(
          all(root, SEL.pinned)
            .map((e) => /^\/([^/]+)\/([^/?#]+)/.exec(e.closest('a[href]')?.getAttribute('href') ?? '')?.slice(1, 3).join('/') ?? (plain(e) ? `${login}/${plain(e)}` : ''))
            .filter(Boolean),
        ),
      ]
        .slice(0, 6)
        .map((name) => ({ name, own: name.split('/')[0]?.toLowerCase() === login.toLowerCase() }));
      if (repositories.length) f.mark('repositories', 'label');
      if (!name && !card.querySelector(SEL.login)) return null;
      const shown = name ?? login;
      const id = `github:profile:${login.toLowerCase()}`;
      const doc = compact({
        kind: 'profile' as const,
        id,
        platform: 'github',
        url: `${url.origin}/${login0}`,
        name: shown,
        overview: bio,
        location: location(place),
        employment: company ? [{ company: company.replace(/^@/, '') }] : [],
        contacts: links.length ? { links } : undefined,
        repositories,
      });
      if (!name) f.mark('name', 'title');
      const anchor = nameEl ?? card.querySelector(SEL.login) ?? root.querySelector('h1') ?? root.body ?? root.documentElement;
      return [
        {
          key: id,
          label: shown,
          name: shown,
          doc,
          anchor,
          sources: f.sources,
          photo: card.querySelector<HTMLImageElement>(SEL.photo),
          page: 'github/profile',
          via: f.via,
          poor: poorProfile(doc),
          expected: ['name', 'overview', 'location', 'employment'],
        },
      ];
    },
  },
];
