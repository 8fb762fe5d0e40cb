/**
 * Upwork: a freelancer's profile, the proposals a client received for a job,
 * and a message room. Each field is read by layers, best first (structured
 * data, stable attributes, visible labels and text shapes; never the
 * build-hashed `data-v-*` attributes or generated classes). The selectors and
 * their sources are listed in EVIDENCE.md; fixtures: tests/fixtures/upwork-*.html.
 */
import type { Found, PageType } from './types';
import {
  all,
  byShape,
  compact,
  DATE_RANGE,
  dateRange,
  Fields,
  int,
  languageClaim,
  location,
  memberSince,
  meta,
  offsetFromLocalTime,
  plain,
  poorProfile,
  PROFILE_CORE,
  rate,
  sectionByHeading,
} from './util';

export const SEL = {
  profile: {
    /** `div.profile-container[data-qa-profile-viewer-uid]` holds every profile card (2023 saved page; 2026 selector config). */
    root: '[data-qa-profile-viewer-uid]',
    person: '[itemscope][itemtype$="schema.org/Person"]',
    name: '[itemprop="name"]',
    locality: '[itemprop="locality"], [itemprop="addressLocality"]',
    country: '[itemprop="country-name"], [itemprop="addressCountry"]',
    /** 2026 visitor view; owner view: the heading holding the "Edit title" button. */
    title: '.title-vertical, h1:has(> * > button[aria-label="Edit title"]), h2:has(button[aria-label="Edit title"]), h3:has(button[aria-label="Edit title"])',
    overview: '[data-test="truncation-text-by-chars"], [data-ev-sublocation="!line_clamp"] .text-pre-line, .air3-line-clamp .text-pre-line, .up-line-clamp-origin .text-pre-line',
    photo: '.cfe-ui-profile-photo img, img[src*="/profile-portraits/"], img.air3-avatar',
    skills: '#hor-anc-id-skills .skill-name, .skills .air3-token, .skills .skill-name',
    token: '.air3-token, .skill-name',
    stats: '.cfe-ui-profile-summary-stats',
  },
  proposals: {
    /** Unverified (no public capture of the client's list): kept as the first layer, `a[href*="/freelancers/~"]` as the second. */
    list: '[data-test="applicants-list"]',
    jobTitle: '[data-test="job-title"]',
    card: '[data-test="proposal-card"]',
    idAttr: 'data-proposal-id',
    name: '[data-test="applicant-name"]',
    photo: 'img[data-test="applicant-avatar"]',
    title: '[data-test="applicant-title"]',
    location: '[data-test="applicant-location"]',
    rate: '[data-test="applicant-rate"]',
    coverLetter: '[data-test="cover-letter"]',
    profileLink: 'a[href*="/freelancers/~"]',
  },
  room: {
    /** Nuxt room: `#story-viewport` scrolls the stories; each is `.up-d-story-item[id^="story_"]` (≥ 6 scripts, 2023–2026). */
    root: '#story-viewport',
    peer: '[data-test="room-title"]',
    story: '.up-d-story-item',
    sender: '[data-test="story-header"] .user-name, .story-header .user-name, .user-name',
    time: '.story-timestamp[title]',
    text: '[data-test="story-message"], .story-message .up-d-message, .story-message',
    quoted: '.reply-wrapper, .quote-attachment',
  },
} as const;

const HOST = 'www.upwork.com';
/** "3:05 am local time" (identity card; `offsetFromLocalTime` reads the first h:mm of the innermost element holding it). */
const LOCAL_TIME = /\b\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+local time\b/i;
/** "$70.00/hr" (the rate line; a button with only an icon may follow it; the first on the page is the profile's). */
const HOURLY = /(^|\s)(US)?[$€£]\s?[\d,]+(\.\d+)?\s*\/\s*(hr|hour)\b/i;

/** `<title>`: "Name - Title - Upwork Freelancer from City, Country". */
function titleParts(doc: Document): { name?: string; title?: string; location?: string } | undefined {
  const m = /^(.+?) - (.+) - Upwork Freelancer(?: from (.+))?$/.exec(doc.title.trim());
  return m ? { name: m[1], title: m[2], location: m[3] } : undefined;
}

/** The heading (or other leaf block) in `root` whose text is exactly `text`. */
function headingWithText(root: ParentNode, text: string | undefined): Element | undefined {
  if (!text) return undefined;
  return byShape(root, new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), 'h1, h2, h3, h4, [role="heading"]')[0];
}

export const upworkProfile: PageType = {
  id: 'upwork/profile',
  site: 'upwork',
  test: (u) => u.hostname === HOST && /^\/freelancers\/(~[0-9a-z]+|[a-z0-9-]+)\/?$/i.test(u.pathname),
  examples: {
    match: ['https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9', 'https://www.upwork.com/freelancers/~0123456789abcdef/', 'https://www.upwork.com/freelancers/janedoe?s=1'],
    noMatch: ['https://www.upwork.com/freelancers/', 'https://www.upwork.com/freelancers/~01abc/portfolio/x', 'https://community.upwork.com/freelancers/~01a2'],
  },
  extract(doc, url) {
    const S = SEL.profile;
    const tp = titleParts(doc);
    const person = doc.querySelector(S.person);
    const root = doc.querySelector(S.root) ?? person?.closest('main') ?? person ?? (tp ? doc.body : null);
    if (!root) return null;
    const f = new Fields();
    const nameEl = (person ?? root).querySelector(S.name);
    const name =
      f.text('name', nameEl, 'microdata') ??
      f.first('name', [
        ['opengraph', () => meta(doc, 'og:title')?.split(' - ')[0]?.trim()],
        ['title', () => tp?.name],
      ]);
    const titleEl = root.querySelector(S.title) ?? headingWithText(root, tp?.title);
    const headline = f.text('headline', titleEl, titleEl?.matches(S.title) ? 'attr' : 'title') ?? f.first('headline', [['title', () => tp?.title]]);
    const loc = f.first('location', [
      [
        'microdata',
        () => {
          const parts = [plain(root.querySelector(S.locality)), plain(root.querySelector(S.country))].filter((x): x is string => !!x);
          return parts.length ? location(parts.join(', ')) : undefined;
        },
      ],
      ['title', () => location(tp?.location)],
    ]);
    const overviewEl = root.querySelector(S.overview);
    const overview = f.text('overview', overviewEl, 'attr') ?? f.first('overview', [['opengraph', () => meta(doc, 'og:description')]]);
    const offset = f.first('utc_offset_minutes', [['shape', () => offsetFromLocalTime(plain(byShape(root, LOCAL_TIME, 'span, div')[0]))]]);
    const hourly = f.first('hourly_rate', [['shape', () => rate(plain(byShape(root, HOURLY, 'span, strong, h3, h4, div, p')[0]))]]);
    const languages = f.first('languages', [
      [
        'label',
        () =>
          all(sectionByHeading(root, /^languages$/i)?.section ?? doc.createElement('x'), 'li')
            .map((l) => languageClaim(plain(l)))
            .filter((x) => x !== undefined),
      ],
    ]);
    const skills = f.first('skills', [
      ['attr', () => all(root, S.skills).map((s) => plain(s)).filter((x): x is string => !!x)],
      ['label', () => all(sectionByHeading(root, /^skills$/i)?.section ?? doc.createElement('x'), S.token).map((s) => plain(s)).filter((x): x is string => !!x)],
    ]);
    // "Employment history": each entry's heading is "Role | Company", a date range follows.
    const empSection = sectionByHeading(root, /^employment history$/i)?.section;
    const employment = empSection
      ? all(empSection, 'h4').flatMap((h, i) => {
          const [title, company] = (plain(h) ?? '').split(/\s+\|\s+/);
          if (!title) return [];
          const item = h.closest('.air3-card-section') ?? h.parentElement ?? h;
          const [start, end] = dateRange(plain(byShape(item, DATE_RANGE, 'div, span, p').find((e) => !h.contains(e))));
          f.text(`employment[${i}].title`, h, 'label');
          const desc = all(item, '.text-pre-line, p').find((e) => !h.contains(e) && !DATE_RANGE.test(plain(e) ?? ''));
          return [compact({ title, company, start, end, description: f.text(`employment[${i}].description`, desc) })];
        })
      : [];
    const eduSection = sectionByHeading(root, /^education$/i)?.section;
    const education = eduSection
      ? all(eduSection, 'li').flatMap((li) => {
          const school = plain(li.querySelector('strong, h4, h5, h6') ?? li)?.split(/\s{2,}|\n/)[0];
          const [start, end] = dateRange(plain(byShape(li, DATE_RANGE, 'div, span, p')[0]));
          return school ? [compact({ school, start, end })] : [];
        })
      : [];
    if (education.length) f.mark('education', 'label');
    const since = f.first('member_since', [['label', () => memberSince(plain(byShape(root, /^member since\s+\S+/i, 'span, div, li, p, small')[0]))]]);
    const jobs = f.first('jobs_completed', [
      [
        'label',
        () => {
          const cap = byShape(doc.querySelector(S.stats) ?? root, /^total jobs$/i, 'span, div, small')[0];
          return int(plain(cap?.parentElement)?.replace(/total jobs/i, ''));
        },
      ],
    ]);
    if (!name) return null;
    const key = url.pathname.split('/')[2] ?? name;
    const id = `upwork:profile:${key}`;
    const profile = compact({
      kind: 'profile' as const,
      id,
      platform: 'upwork',
      url: `${url.origin}${url.pathname}`,
      name,
      headline,
      overview,
      location: loc,
      utc_offset_minutes: offset,
      hourly_rate: hourly,
      languages,
      skills,
      employment,
      education,
      member_since: since,
      jobs_completed: jobs,
    });
    if (employment.length) f.mark('employment', 'label');
    const anchor = nameEl ?? headingWithText(root, name) ?? root.querySelector('h1, h2') ?? root;
    return [
      {
        key: id,
        label: name,
        name,
        doc: profile,
        anchor,
        sources: f.sources,
        photo: root.querySelector<HTMLImageElement>(S.photo),
        page: 'upwork/profile',
        via: f.via,
        poor: poorProfile(profile),
        expected: ['name', ...PROFILE_CORE.filter((k) => k !== 'education')],
      },
    ];
  },
};

/** A text ends cut short: an ellipsis, or a "more" toggle next to it. */
function cutShort(el: Element | null | undefined): boolean {
  if (!el) return false;
  if (/(…|\.\.\.)\s*$/.test(plain(el) ?? '')) return true;
  const box = el.parentElement ?? el;
  return all(box, 'button, a, [role="button"]').some((b) => !el.contains(b) && /^(more|show more|read more|see more|…\s*more)$/i.test(plain(b) ?? ''));
}

export const upworkProposals: PageType = {
  id: 'upwork/proposals',
  site: 'upwork',
  test: (u) => u.hostname === HOST && (/^\/ab\/applicants\/\d+\/applicants\/?$/.test(u.pathname) || /^\/jobs\/~[0-9a-z]+\/applicants\/?$/i.test(u.pathname)),
  examples: {
    match: ['https://www.upwork.com/ab/applicants/1799999999999999999/applicants', 'https://www.upwork.com/jobs/~01abcdef0123456789/applicants/'],
    noMatch: ['https://www.upwork.com/ab/applicants/1799/job-details', 'https://www.upwork.com/jobs/~01abcdef0123456789', 'https://www.upwork.com/ab/applicants/x/applicants'],
  },
  extract(doc, url) {
    const S = SEL.proposals;
    const list = doc.querySelector(S.list) ?? doc.querySelector('main');
    if (!list) return null;
    const job = compact({ title: plain(doc.querySelector(S.jobTitle)) });
    const jobId = url.pathname.split('/').filter(Boolean).find((p) => /^(\d+|~[0-9a-z]+)$/i.test(p)) ?? 'job';
    // Cards: the marked ones, else each freelancer link's largest ancestor holding no other freelancer's link.
    let cards = all(list, S.card);
    let how: 'attr' | 'shape' = 'attr';
    if (cards.length === 0) {
      how = 'shape';
      cards = all(list, S.profileLink).map((a) => {
        let card: Element = a;
        const href = a.getAttribute('href');
        while (card.parentElement && card.parentElement !== list && all(card.parentElement, S.profileLink).every((o) => o.getAttribute('href') === href)) card = card.parentElement;
        return card;
      });
      cards = cards.filter((c, i) => cards.indexOf(c) === i);
    }
    const out: Found[] = [];
    cards.forEach((card, i) => {
      const link = card.querySelector(S.profileLink);
      const nameEl = card.querySelector(S.name) ?? link;
      if (!nameEl) return;
      const f = new Fields();
      const name = f.text('author.name', nameEl, how) ?? '';
      const pid = card.getAttribute(S.idAttr) ?? String(i);
      const id = `upwork:proposal:${jobId}:${pid}`;
      const href = nameEl.closest('a')?.getAttribute('href') ?? link?.getAttribute('href') ?? '';
      const profileId = /\/freelancers\/(~[0-9a-z]+)/i.exec(href)?.[1];
      const profile = compact({
        headline: f.text('profile.headline', card.querySelector(S.title), how),
        location: location(plain(card.querySelector(S.location))),
        hourly_rate: rate(plain(card.querySelector(S.rate) ?? byShape(card, HOURLY, 'span, strong, div')[0])),
      });
      const letterEl =
        card.querySelector(S.coverLetter) ??
        all(card, 'p, div, span')
          .filter((e) => !e.contains(nameEl) && !nameEl.contains(e) && (plain(e)?.length ?? 0) > 60)
          .sort((a, b) => (plain(a)?.length ?? 0) - (plain(b)?.length ?? 0))[0];
      const text = f.text('text', letterEl, how);
      if (text && cutShort(letterEl)) f.excerpts.add('text');
      const d = compact({
        kind: 'proposal' as const,
        id,
        platform: 'upwork',
        url: `${url.origin}${url.pathname}`,
        author: compact({ name, profile_id: profileId ? `upwork:profile:${profileId}` : undefined }),
        text,
        job,
        profile: Object.keys(profile).length ? profile : undefined,
      });
      if (d.job && Object.keys(d.job).length) f.mark('job', 'attr');
      if (d.profile) f.mark('profile', how);
      out.push({
        key: id,
        label: name,
        name,
        doc: d,
        anchor: nameEl,
        sources: f.sources,
        photo: card.querySelector<HTMLImageElement>(S.photo) ?? card.querySelector<HTMLImageElement>('img'),
        page: 'upwork/proposals',
        via: f.via,
        excerpts: [...f.excerpts],
        poor: !text,
        expected: ['author', 'text', 'profile'],
      });
    });
    return out.length ? out : null;
  },
};

/** "April 20, 2026 at 2:07 PM" (the story's `title`, in the viewer's time zone) → ISO 8601. */
function storyTime(t: string | null | undefined): string | undefined {
  if (!t) return undefined;
  const ms = Date.parse(t.replace(/\s+at\s+/i, ' '));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export const upworkRoom: PageType = {
  id: 'upwork/room',
  site: 'upwork',
  test: (u) => u.hostname === HOST && /^\/ab\/messages\/rooms\/room_[0-9a-z]+\/?$/i.test(u.pathname),
  examples: {
    match: ['https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d4e5f', 'https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d4e5f/?pageTitle=x'],
    noMatch: ['https://www.upwork.com/ab/messages/rooms/', 'https://www.upwork.com/ab/messages/'],
  },
  extract(doc, url) {
    const S = SEL.room;
    const first = doc.querySelector(S.story);
    const root = doc.querySelector(S.root) ?? first?.parentElement?.closest('main, [role="main"], body') ?? null;
    if (!root || !first) return null;
    const f = new Fields();
    const peerEl = doc.querySelector(S.peer);
    const peer = plain(peerEl);
    // A story's header (with the author) is only on the first of a run by one author; the rest inherit it.
    let author = '';
    const messages: Array<Record<string, unknown>> = [];
    for (const m of all(root, S.story)) {
      // The header's author; a name inside a quoted older message is not this story's author.
      const who = plain(all(m, S.sender).find((e) => !e.closest(S.quoted)));
      if (who) author = who;
      const box = m.querySelector(S.text);
      if (!box) continue;
      const path = `messages[${messages.length}].text`;
      // Quoted older messages (a reply) are not this message's words.
      const own = box.querySelector(S.quoted) ? all(box, 'p').filter((p) => !p.closest(S.quoted)) : [];
      const text = own.length ? (f.text(path, own[0], 'attr'), own.map((p) => plain(p)).join('\n')) : f.text(path, box, 'attr');
      if (!text) continue;
      messages.push(
        compact({
          author: { name: author },
          role: peer ? (author === peer ? 'freelancer' : 'client') : undefined,
          text,
          sent_at: storyTime(m.querySelector(S.time)?.getAttribute('title')),
        }),
      );
    }
    const room = url.pathname.split('/').filter(Boolean)[3] ?? 'room';
    const id = `upwork:thread:${room}`;
    const d = compact({ kind: 'thread' as const, id, platform: 'upwork', url: `${url.origin}${url.pathname}`, messages });
    const name = peer ?? doc.title;
    return [
      {
        key: id,
        label: name,
        name,
        doc: d,
        anchor: peerEl ?? first,
        sources: f.sources,
        page: 'upwork/room',
        via: f.via,
        poor: messages.length === 0 || !peer,
        expected: ['messages'],
      },
    ];
  },
};

export const UPWORK: PageType[] = [upworkProfile, upworkProposals, upworkRoom];
