/**
 * Freelancer.com: a user profile (`/u/<username>`) and the bids on a project
 * (`/projects/<category>/<slug>/proposals`). Selectors only here.
 * Fixtures: tests/fixtures/freelancer-*.html.
 */
import type { Found, PageType } from './types';
import { all, compact, dateRange, Fields, int, location, memberSince, offsetFromLocalTime, plain, rate } from './util';

export const SEL = {
  profile: {
    root: '[data-hl-page="freelancer-profile"], app-user-profile',
    name: '[data-qtip="profile-name"], .ProfileName',
    photo: 'img.ProfileAvatar',
    username: '.Username',
    headline: '.ProfileTagline',
    summary: '.ProfileDescription',
    location: '.ProfileLocation',
    localTime: '.ProfileLocalTime',
    rate: '.ProfileHourlyRate',
    skill: '.ProfileSkills .Skill',
    experience: '.ProfileExperience .ExperienceItem',
    expTitle: '.ExperienceTitle',
    expCompany: '.ExperienceCompany',
    expDates: '.ExperienceDates',
    expDescription: '.ExperienceDescription',
    joined: '.ProfileJoined',
    reviews: '.ProfileJobsCompleted',
  },
  bids: {
    list: '.BidList, app-bid-list',
    projectTitle: '.ProjectTitle',
    bid: '.BidItem, app-bid-item',
    idAttr: 'data-bid-id',
    name: '.BidUserName',
    handle: '.BidUserHandle',
    location: '.BidUserLocation',
    amount: '.BidAmount',
    text: '.BidDescription',
  },
} as const;

const HOST = 'www.freelancer.com';

export const freelancerProfile: PageType = {
  id: 'freelancer/profile',
  site: 'freelancer',
  test: (u) => u.hostname === HOST && /^\/u\/[a-z0-9_.-]+\/?$/i.test(u.pathname),
  examples: {
    match: ['https://www.freelancer.com/u/jdoe_dev', 'https://www.freelancer.com/u/JaneDoe99/'],
    noMatch: ['https://www.freelancer.com/u/', 'https://www.freelancer.com/u/jdoe/reviews', 'https://www.freelancer.com/projects/php/x'],
  },
  extract(doc, url) {
    const S = SEL.profile;
    const root = doc.querySelector(S.root);
    const nameEl = root?.querySelector(S.name);
    if (!root || !nameEl) return null;
    const f = new Fields();
    const name = f.text('name', nameEl) ?? '';
    const user = url.pathname.split('/').filter(Boolean)[1] ?? name;
    const id = `freelancer:profile:${user.toLowerCase()}`;
    const employment = all(root, S.experience).map((e, i) => {
      const [start, end] = dateRange(plain(e.querySelector(S.expDates)));
      return compact({
        title: f.text(`employment[${i}].title`, e.querySelector(S.expTitle)),
        company: f.text(`employment[${i}].company`, e.querySelector(S.expCompany)),
        start,
        end,
        description: f.text(`employment[${i}].description`, e.querySelector(S.expDescription)),
      });
    });
    const d = compact({
      kind: 'profile' as const,
      id,
      platform: 'freelancer',
      url: `${url.origin}${url.pathname}`,
      name,
      headline: f.text('headline', root.querySelector(S.headline)),
      overview: f.text('overview', root.querySelector(S.summary)),
      location: location(plain(root.querySelector(S.location))),
      utc_offset_minutes: offsetFromLocalTime(plain(root.querySelector(S.localTime))),
      hourly_rate: rate(plain(root.querySelector(S.rate))),
      skills: all(root, S.skill).map((s) => plain(s)).filter((x): x is string => !!x),
      employment,
      member_since: memberSince(plain(root.querySelector(S.joined))?.replace(/(\w+) \d{1,2}, (\d{4})/, '$1 $2')),
      jobs_completed: int(plain(root.querySelector(S.reviews))),
    });
    return [{ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources, photo: root.querySelector<HTMLImageElement>(S.photo) }];
  },
};

export const freelancerBids: PageType = {
  id: 'freelancer/bids',
  site: 'freelancer',
  test: (u) => u.hostname === HOST && /^\/projects\/[a-z0-9-]+\/[a-z0-9-]+\/proposals\/?$/i.test(u.pathname),
  examples: {
    match: ['https://www.freelancer.com/projects/php/build-inventory-dashboard-39999999/proposals'],
    noMatch: ['https://www.freelancer.com/projects/php/build-inventory-dashboard-39999999', 'https://www.freelancer.com/projects/php/proposals'],
  },
  extract(doc, url) {
    const S = SEL.bids;
    const list = doc.querySelector(S.list);
    if (!list) return null;
    const project = url.pathname.split('/').filter(Boolean)[2] ?? 'project';
    const job = compact({ title: plain(doc.querySelector(S.projectTitle)) });
    const out: Found[] = [];
    all(list, S.bid).forEach((b, i) => {
      const nameEl = b.querySelector(S.name);
      if (!nameEl) return;
      const f = new Fields();
      const name = f.text('author.name', nameEl) ?? '';
      const handle = plain(b.querySelector(S.handle))?.replace(/^@/, '');
      const id = `freelancer:proposal:${project}:${b.getAttribute(S.idAttr) ?? i}`;
      const loc = location(plain(b.querySelector(S.location)));
      const d = compact({
        kind: 'proposal' as const,
        id,
        platform: 'freelancer',
        url: `${url.origin}${url.pathname}`,
        author: compact({ name, handle, profile_id: handle ? `freelancer:profile:${handle.toLowerCase()}` : undefined }),
        text: f.text('text', b.querySelector(S.text)),
        job,
        rate: rate(plain(b.querySelector(S.amount))),
        profile: loc ? { location: loc } : undefined,
      });
      out.push({ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources });
    });
    return out;
  },
};

export const FREELANCER: PageType[] = [freelancerProfile, freelancerBids];
