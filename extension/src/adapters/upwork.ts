/**
 * Upwork: a freelancer's profile, the proposals a client received for a job,
 * and a message room. Upwork marks its components with `data-test` /
 * `data-qa` attributes; the selectors below are the only place that knows
 * them. Fixtures: tests/fixtures/upwork-*.html.
 */
import type { Found, PageType } from './types';
import { all, compact, dateRange, Fields, int, languageClaim, location, memberSince, offsetFromLocalTime, plain, rate } from './util';

export const SEL = {
  profile: {
    root: '[data-test="freelancer-profile"]',
    name: '[data-test="freelancer-name"]',
    photo: 'img[data-test="freelancer-avatar"]',
    title: '[data-test="freelancer-title"]',
    overview: '[data-test="freelancer-overview"]',
    location: '[data-test="freelancer-location"]',
    localTime: '[data-test="freelancer-local-time"]',
    rate: '[data-test="freelancer-rate"]',
    language: '[data-test="language-item"]',
    skill: '[data-test="skill-item"]',
    employment: '[data-test="employment-item"]',
    empTitle: '[data-test="employment-title"]',
    empCompany: '[data-test="employment-company"]',
    empDates: '[data-test="employment-dates"]',
    empDescription: '[data-test="employment-description"]',
    memberSince: '[data-test="member-since"]',
    jobs: '[data-test="jobs-completed"]',
  },
  proposals: {
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
  },
  room: {
    root: '[data-test="room"]',
    peer: '[data-test="room-header-name"]',
    message: '[data-test="story-item"]',
    sender: '[data-test="story-sender"]',
    time: 'time',
    text: '[data-test="story-text"]',
  },
} as const;

const HOST = 'www.upwork.com';

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
    const root = doc.querySelector(S.root);
    const nameEl = root?.querySelector(S.name);
    if (!root || !nameEl) return null;
    const f = new Fields();
    const name = f.text('name', nameEl) ?? '';
    const employment = all(root, S.employment).map((e, i) => {
      const [start, end] = dateRange(plain(e.querySelector(S.empDates)));
      return compact({
        title: f.text(`employment[${i}].title`, e.querySelector(S.empTitle)),
        company: f.text(`employment[${i}].company`, e.querySelector(S.empCompany)),
        start,
        end,
        description: f.text(`employment[${i}].description`, e.querySelector(S.empDescription)),
      });
    });
    const id = `upwork:profile:${url.pathname.split('/')[2] ?? name}`;
    const profile = compact({
      kind: 'profile' as const,
      id,
      platform: 'upwork',
      url: `${url.origin}${url.pathname}`,
      name,
      headline: f.text('headline', root.querySelector(S.title)),
      overview: f.text('overview', root.querySelector(S.overview)),
      location: location(plain(root.querySelector(S.location))),
      utc_offset_minutes: offsetFromLocalTime(plain(root.querySelector(S.localTime))),
      hourly_rate: rate(plain(root.querySelector(S.rate))),
      languages: all(root, S.language).map((l) => languageClaim(plain(l))).filter((x) => x !== undefined),
      skills: all(root, S.skill).map((s) => plain(s)).filter((x): x is string => !!x),
      employment,
      member_since: memberSince(plain(root.querySelector(S.memberSince))),
      jobs_completed: int(plain(root.querySelector(S.jobs))),
    });
    return [{ key: id, label: name, name, doc: profile, anchor: nameEl, sources: f.sources, photo: root.querySelector<HTMLImageElement>(S.photo) }];
  },
};

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
    const list = doc.querySelector(S.list);
    if (!list) return null;
    const job = compact({ title: plain(doc.querySelector(S.jobTitle)) });
    const jobId = url.pathname.split('/').filter(Boolean).find((p) => /^(\d+|~[0-9a-z]+)$/i.test(p)) ?? 'job';
    const out: Found[] = [];
    all(list, S.card).forEach((card, i) => {
      const nameEl = card.querySelector(S.name);
      if (!nameEl) return;
      const f = new Fields();
      const name = f.text('author.name', nameEl) ?? '';
      const pid = card.getAttribute(S.idAttr) ?? String(i);
      const id = `upwork:proposal:${jobId}:${pid}`;
      const href = nameEl.closest('a')?.getAttribute('href') ?? nameEl.querySelector('a')?.getAttribute('href') ?? '';
      const profileId = /\/freelancers\/(~[0-9a-z]+)/i.exec(href)?.[1];
      const profile = compact({
        headline: f.text('profile.headline', card.querySelector(S.title)),
        location: location(plain(card.querySelector(S.location))),
        hourly_rate: rate(plain(card.querySelector(S.rate))),
      });
      const d = compact({
        kind: 'proposal' as const,
        id,
        platform: 'upwork',
        url: `${url.origin}${url.pathname}`,
        author: compact({ name, profile_id: profileId ? `upwork:profile:${profileId}` : undefined }),
        text: f.text('text', card.querySelector(S.coverLetter)),
        job,
        profile: Object.keys(profile).length ? profile : undefined,
      });
      out.push({ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources, photo: card.querySelector<HTMLImageElement>(S.photo) });
    });
    return out;
  },
};

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
    const root = doc.querySelector(S.root);
    const peerEl = root?.querySelector(S.peer);
    if (!root || !peerEl) return null;
    const f = new Fields();
    const peer = plain(peerEl) ?? '';
    const messages = all(root, S.message).map((m, i) => {
      const sender = plain(m.querySelector(S.sender)) ?? '';
      const sent = m.querySelector(S.time)?.getAttribute('datetime') ?? undefined;
      return compact({
        author: { name: sender },
        role: sender === peer ? 'freelancer' : 'client',
        text: f.text(`messages[${i}].text`, m.querySelector(S.text)),
        sent_at: sent && !Number.isNaN(Date.parse(sent)) ? new Date(sent).toISOString() : undefined,
      });
    });
    const room = url.pathname.split('/').filter(Boolean)[3] ?? 'room';
    const id = `upwork:thread:${room}`;
    const d = compact({ kind: 'thread' as const, id, platform: 'upwork', url: `${url.origin}${url.pathname}`, messages });
    return [{ key: id, label: peer, name: peer, doc: d, anchor: peerEl, sources: f.sources }];
  },
};

export const UPWORK: PageType[] = [upworkProfile, upworkProposals, upworkRoom];
