/**
 * Freelancer.com: a user profile (`/u/<username>`) and the bids on a
 * project (`/projects/<category>/<slug>`, with or without `/proposals`).
 * The site is an Angular app built from `fl-*` components whose visible
 * text sits in `div.NativeElement`. No saved profile or bid list is public
 * (EVIDENCE.md), so only the Username component's classes are used as
 * selectors; every other field is read by visible labels and text shapes
 * ("/ hour", "Joined …", "… jobs completed", section headings) and by the
 * `/u/<name>` links, which do not depend on the layout.
 */
import type { Found, PageType } from './types';
import { all, byShape, compact, DATE_RANGE, dateRange, Fields, int, location, memberSince, meta, offsetFromLocalTime, plain, poorProfile, PROFILE_CORE, rate, sectionByHeading } from './util';

export const SEL = {
  profile: {
    root: 'app-root, fl-page-layout',
    name: '.Username-displayName',
    username: '.Username-userId',
    usernameBox: '.Username',
    text: '.NativeElement',
    skill: 'fl-tag',
  },
  bids: {
    /** A bid card (a 2025–26 bid scraper); else each bidder link's block. */
    card: 'app-bid-card fl-bid-pattern-card, app-bid-card',
    name: '.Username-displayName',
    handle: '.Username-userId',
    price: '.PriceContainer',
    bidder: 'a[href^="/u/"]',
    title: 'h1, fl-heading',
  },
} as const;

const HOST = 'www.freelancer.com';
const HOURLY = /^(US)?[$€£₹]\s?[\d,]+(\.\d+)?\s*([A-Z]{3})?\s*\/\s*(hour|hr)$/i;
const NOW_HERE = /^it'?s currently\s+\d{1,2}:\d{2}\s*[ap]m\b/i;
const BID = /^(US)?[$€£₹]\s?[\d,]+(\.\d+)?\s*[A-Z]{3}\b/;

/** The visible text blocks of `root` in order (innermost `div.NativeElement`s, else leaf elements). */
function blocks(root: Element): Element[] {
  const ne = all(root, SEL.profile.text).filter((e) => !e.querySelector(SEL.profile.text));
  return ne.length ? ne : all(root, 'p, span, div, li').filter((e) => !e.querySelector('p, span, div, li') && plain(e));
}

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
    const root = doc.querySelector(S.root) ?? doc.body;
    if (!root) return null;
    const f = new Fields();
    const nameEl = root.querySelector(S.name);
    const name = f.text('name', nameEl?.querySelector(S.text) ?? nameEl, 'attr') ?? f.first('name', [['opengraph', () => meta(doc, 'og:title')?.split(/ [-|] /)[0]]]);
    if (!name) return null;
    const box = root.querySelector(S.usernameBox) ?? nameEl?.parentElement;
    // The headline: the first heading after the Username component.
    const after = box ? all(root, 'fl-heading, h2, h3').find((h) => !box.contains(h) && (box.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) : undefined;
    const headline = after && after.closest('fl-card, section') === box?.closest('fl-card, section') ? f.text('headline', after.querySelector(S.text) ?? after, 'attr') : undefined;
    const texts = blocks(root);
    const shape = (re: RegExp): Element | undefined => texts.find((e) => re.test(plain(e) ?? ''));
    const nowEl = shape(NOW_HERE);
    const offset = f.first('utc_offset_minutes', [['shape', () => offsetFromLocalTime(plain(nowEl)?.replace(/^it'?s currently\s+/i, ''))]]);
    // The location: the text block just before "It's currently …".
    const locEl = nowEl ? texts[texts.indexOf(nowEl) - 1] : undefined;
    const loc = f.first('location', [['shape', () => (locEl && /,/.test(plain(locEl) ?? '') ? location(plain(locEl)) : undefined)]]);
    const hourly = f.first('hourly_rate', [['shape', () => rate(plain(shape(HOURLY)))]]);
    const since = f.first('member_since', [['label', () => memberSince(plain(shape(/^joined\s+\S/i))?.replace(/^joined\s+/i, ''))]]);
    const jobs = f.first('jobs_completed', [['label', () => int(plain(shape(/^\d[\d,]*\s+jobs? completed$/i)))]]);
    const about = sectionByHeading(root, /^(about me|summary|about)$/i) ?? sectionFl(root, /^(about me|summary|about)$/i);
    const overviewEl = about ? blocks(about.section).filter((e) => !about.heading.contains(e)).sort((a, b) => (plain(b)?.length ?? 0) - (plain(a)?.length ?? 0))[0] : undefined;
    const overview = f.text('overview', overviewEl, 'label');
    const skillSec = sectionFl(root, /^skills$/i);
    const skills = f.first('skills', [
      ['attr', () => all(root, 'fl-tag[fltrackinglabel*="Skill" i]').map((s) => plain(s)).filter((x): x is string => !!x)],
      ['label', () => (skillSec ? blocks(skillSec.section).filter((e) => !skillSec.heading.contains(e)).map((e) => plain(e)).filter((x): x is string => !!x) : undefined)],
    ]);
    const exp = sectionFl(root, /^(experience|work experience)$/i);
    const expLines = exp ? blocks(exp.section).filter((e) => !exp.heading.contains(e)) : [];
    let n = 0;
    const employment = expLines.flatMap((e, i) => {
      if (!DATE_RANGE.test(plain(e) ?? '')) return [];
      const [start, end] = dateRange(plain(e));
      const titleEl = expLines[i - 2] ?? expLines[i - 1];
      const companyEl = expLines[i - 2] ? expLines[i - 1] : undefined;
      const descEl = expLines[i + 1] && !DATE_RANGE.test(plain(expLines[i + 1]) ?? '') && (plain(expLines[i + 1])?.length ?? 0) > 20 ? expLines[i + 1] : undefined;
      return [compact({ title: f.text(`employment[${n++}].title`, titleEl, 'label'), company: plain(companyEl), start, end, description: plain(descEl) })];
    });
    const user = url.pathname.split('/').filter(Boolean)[1] ?? name;
    const id = `freelancer:profile:${user.toLowerCase()}`;
    const d = compact({
      kind: 'profile' as const,
      id,
      platform: 'freelancer',
      url: `${url.origin}${url.pathname}`,
      name,
      headline,
      overview,
      location: loc,
      utc_offset_minutes: offset,
      hourly_rate: hourly,
      skills,
      employment,
      member_since: since,
      jobs_completed: jobs,
    });
    const anchor = nameEl ?? root.querySelector('h1') ?? root;
    return [
      {
        key: id,
        label: name,
        name,
        doc: d,
        anchor,
        sources: f.sources,
        photo: root.querySelector<HTMLImageElement>('fl-user-avatar img'),
        page: 'freelancer/profile',
        via: f.via,
        poor: poorProfile(d),
        expected: ['name', ...PROFILE_CORE.filter((k) => k !== 'languages' && k !== 'education'), 'member_since'],
      },
    ];
  },
};

/** A section whose heading is an `fl-heading` (or h2–h4) with this text: the nearest `fl-card`/`section` around it. */
function sectionFl(root: Element, re: RegExp): { heading: Element; section: Element } | undefined {
  const heading = all(root, 'fl-heading, h2, h3, h4').find((h) => re.test(plain(h) ?? ''));
  const section = heading?.closest('fl-card, section') ?? heading?.parentElement;
  return heading && section ? { heading, section } : undefined;
}

export const freelancerBids: PageType = {
  id: 'freelancer/bids',
  site: 'freelancer',
  test: (u) => u.hostname === HOST && /^\/projects\/[a-z0-9-]+\/[a-z0-9-]+(\/proposals|\/details)?\/?$/i.test(u.pathname),
  examples: {
    match: ['https://www.freelancer.com/projects/php/build-inventory-dashboard-39999999/proposals', 'https://www.freelancer.com/projects/java/Full-Stack-Software-Development-39617463'],
    noMatch: ['https://www.freelancer.com/projects/php', 'https://www.freelancer.com/u/someone', 'https://www.freelancer.com/projects/php/x/y/z'],
  },
  extract(doc, url) {
    const S = SEL.bids;
    const main = doc.body;
    if (!main) return null;
    const project = url.pathname.split('/').filter(Boolean)[2] ?? 'project';
    const titleEl = main.querySelector(S.title);
    const job = compact({ title: plain(titleEl) });
    // Each bid: a bid card, else the largest ancestor of a bidder link that holds no other bidder's link.
    let cards = all(main, S.card).filter((c, _, a) => !a.some((o) => o !== c && o.contains(c)));
    const how = cards.length ? 'attr' : 'shape';
    if (cards.length === 0) {
      const seen = new Set<Element>();
      for (const a of all(main, S.bidder)) {
        const href = a.getAttribute('href');
        let card: Element = a;
        while (card.parentElement && card.parentElement !== main && all(card.parentElement, S.bidder).every((o) => o.getAttribute('href') === href)) card = card.parentElement;
        if (card !== a) seen.add(card);
      }
      cards = [...seen];
    }
    if (cards.length === 0) return null;
    const out: Found[] = [];
    cards.forEach((card, i) => {
      const f = new Fields();
      const link = card.querySelector(S.bidder);
      const nameEl = card.querySelector(S.name) ?? link;
      const handle = /^\/u\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? plain(card.querySelector(S.handle))?.replace(/^@/, '');
      const name = f.text('author.name', nameEl?.querySelector('.NativeElement') ?? nameEl, 'attr') ?? handle;
      if (!name || !nameEl) return;
      const texts = blocks(card).filter((e) => !nameEl.contains(e));
      const amount = f.first('rate', [
        ['attr', () => rate(plain(card.querySelector(S.price)))],
        ['shape', () => rate(plain(texts.find((e) => BID.test(plain(e) ?? ''))))],
      ]);
      const textEl = texts.filter((e) => (plain(e)?.length ?? 0) > 40 && !card.querySelector(S.price)?.contains(e)).sort((a, b) => (plain(b)?.length ?? 0) - (plain(a)?.length ?? 0))[0];
      const text = f.text('text', textEl, 'shape');
      const id = `freelancer:proposal:${project}:${handle?.toLowerCase() ?? i}`;
      if (Object.keys(job).length) f.mark('job', 'attr');
      f.mark('author', how);
      const d = compact({
        kind: 'proposal' as const,
        id,
        platform: 'freelancer',
        url: `${url.origin}${url.pathname}`,
        author: compact({ name, handle, profile_id: handle ? `freelancer:profile:${handle.toLowerCase()}` : undefined }),
        text,
        job,
        rate: amount,
      });
      out.push({ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources, page: 'freelancer/bids', via: f.via, poor: !text, expected: ['author', 'text', 'rate', 'job'] });
    });
    return out.length ? out : null;
  },
};

export const FREELANCER: PageType[] = [freelancerProfile, freelancerBids];
