/**
 * LinkedIn: a member profile (`/in/<slug>/`), in the two layouts LinkedIn
 * served logged-in members in 2026 — the classic Ember page and the
 * server-driven (SDUI) page whose classes are all hashed — plus the Voyager
 * JSON the classic page embeds in hidden `<code id="bpr-guid-…">` elements
 * (the only place the account's creation time appears). Section headings
 * are localised, so sections are found by their anchors (`#experience`) and
 * `componentkey`s, never by words. The logged-out page's JSON-LD is read by
 * the generic adapter (schemaorg.ts). Evidence: EVIDENCE.md.
 */
import type { Found, PageType } from './types';
import { all, compact, DATE_RANGE, dateRange, Fields, json, location, monthOf, plain, poorProfile, type Strategy } from './util';

export const SEL = {
  /** Classic: the top card carries the member id (a 2025–26 variant names it with data-view-name). */
  classicTop: 'section[data-member-id], section[data-view-name="profile-top-card"], [data-view-name="profile-top-card"]',
  /** Logged-out ("guest") page. */
  guestTop: 'section.top-card-layout',
  guestName: 'h1.top-card-layout__title',
  guestHeadline: 'h2.top-card-layout__headline',
  guestLocation: '.top-card-layout__first-subline .top-card__subline-item, .top-card__subline-item',
  guestAbout: 'section.summary .core-section-container__content p, [data-section="summary"] .core-section-container__content p',
  guestExperience: 'li.experience-item, .experience__list > li',
  guestEducation: 'li.education__list-item',
  /** SDUI: `componentkey="com.linkedin.sdui.profile.card.ref<urn>HQTopcard"`. */
  sduiTop: '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]',
  classicName: 'a[href*="/overlay/about-this-profile"] h1, h1',
  classicHeadline: '[data-generated-suggestion-target], .text-body-medium.break-words',
  contactInfo: '#top-card-text-details-contact-info, a[href*="/overlay/contact-info"]',
  classicLocation: 'span.text-body-small.inline.t-black--light',
  photo: 'img.pv-top-card-profile-picture__image--show, img.pv-top-card-profile-picture__image, [data-view-name="profile-top-card-member-photo"] img',
  entity: '[data-view-name="profile-component-entity"]',
  sduiEntity: '[componentkey^="entity-collection-item"]',
  sduiAbout: '[componentkey$="HQAbout"] [data-testid="expandable-text-box"], [data-view-name="profile-card-about"] [data-testid="expandable-text-box"]',
  sduiSkill: '[componentkey^="com.linkedin.sdui.profile.skill("]',
  voyager: 'code[id^="bpr-guid-"]',
} as const;

/** A classic section: the card holding the anchor `div#<name>` (older pages put the id on the section itself). */
function classicSection(doc: Document, name: string): Element | null {
  return doc.getElementById(name)?.closest('section') ?? null;
}

/** An SDUI card by the end of its componentkey (`ExperienceTopLevelSection`, `EducationTopLevelSection`, …). */
function sduiSection(doc: Document, suffix: string): Element | null {
  return doc.querySelector(`section[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey*="${suffix}"], [componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey*="${suffix}"]`);
}

interface Line {
  text: string;
  el: Element;
}

/** The visible lines of a classic entity: its `span[aria-hidden="true"]` copies (the `visually-hidden` twins are skipped). */
function classicLines(entity: Element): Line[] {
  return all(entity, 'span[aria-hidden="true"]')
    .filter((s) => !s.querySelector('span[aria-hidden="true"]'))
    .map((el) => ({ text: plain(el) ?? '', el }))
    .filter((l) => l.text);
}

/** The visible lines of an SDUI entity: its innermost `p`s, without the "skills used" overlay links. */
function sduiLines(entity: Element): Line[] {
  return all(entity, 'p')
    .filter((p) => !p.querySelector('p') && !p.querySelector('a[href*="/overlay/"]'))
    .map((el) => ({ text: plain(el) ?? '', el }))
    .filter((l) => l.text && !/^[·•|,\s]+$/.test(l.text));
}

/** Top-level entities of a section (not those nested in another entity, e.g. several roles at one employer). */
function topEntities(section: Element, sel: string): Element[] {
  return all(section, sel).filter((e) => !e.parentElement?.closest(sel) || !section.contains(e.parentElement.closest(sel)));
}

/** "9 lat 8 mies.", "2 yrs 3 mos": a duration without a year. */
const DURATION = /^(?!.*(19|20)\d{2}).*\d.*$/;

/**
 * Employment entries from an entity's lines, by their text shapes. A
 * grouped entry (one employer, several roles) starts "Company, duration";
 * each role is "Title, [Company · type], date range, [location]".
 */
function roles(lines: Line[]): Array<{ title: Line; company?: string; dates: string }> {
  const dates = lines.flatMap((l, i) => (DATE_RANGE.test(l.text) ? [i] : []));
  if (dates.length === 0) return [];
  const grouped = lines.length > 2 && !DATE_RANGE.test(lines[0]?.text ?? '') && DURATION.test(lines[1]?.text ?? '') && (lines[1]?.text.length ?? 99) < 30;
  const company = grouped ? lines[0]?.text : undefined;
  const out: Array<{ title: Line; company?: string; dates: string }> = [];
  let start = grouped ? 2 : 0;
  for (const d of dates) {
    // After a role's date comes its location ("City, Region · On-site"): skip it when another line precedes the next date.
    if (out.length && start + 1 < d && /,| · /.test(lines[start]?.text ?? '')) start++;
    const title = lines[start];
    if (title && start < d) {
      const mid = start + 1 < d ? lines[start + 1]?.text : undefined;
      out.push({ title, company: company ?? mid?.split(' · ')[0], dates: lines[d]?.text ?? '' });
    }
    start = d + 1;
  }
  return out;
}

/**
 * Classic layout: an entity holding nested entities is one employer with
 * several roles (its own first line is the employer); otherwise the entity
 * is one role. A role is "Title, [Company · type], date range, …" — lines
 * after the dates (location, description, skills) are not read.
 */
function classicRoles(entity: Element): Array<{ title: Line; company?: string; dates: string }> {
  const nested = all(entity, SEL.entity);
  const own = (e: Element): Line[] => classicLines(e).filter((l) => l.el.closest(SEL.entity) === e);
  const role = (lines: Line[], company?: string): { title: Line; company?: string; dates: string } | undefined => {
    const d = lines.findIndex((l) => DATE_RANGE.test(l.text));
    const title = lines[0];
    if (d < 1 || !title) return undefined;
    return { title, company: company ?? (d > 1 ? lines[1]?.text.split(' · ')[0] : undefined), dates: lines[d]?.text ?? '' };
  };
  if (nested.length === 0) {
    const r = role(own(entity));
    return r ? [r] : [];
  }
  const company = own(entity)[0]?.text;
  return nested.flatMap((n) => {
    const r = role(own(n), company);
    return r ? [r] : [];
  });
}

interface Voyager {
  first?: string;
  last?: string;
  headline?: string;
  geo?: string;
  created?: unknown;
}

/**
 * The viewed member in the Voyager JSON (`included[]` item of type
 * `…identity.profile.Profile` whose `publicIdentifier` is the URL's slug;
 * the viewer's own profile is in there too), with its `geoLocation` resolved.
 */
function voyager(doc: Document, slug: string): Voyager | undefined {
  const items: Array<Record<string, unknown>> = [];
  for (const c of all(doc, SEL.voyager)) {
    const data = json(c);
    const inc = data && typeof data === 'object' ? (data as { included?: unknown }).included : undefined;
    if (Array.isArray(inc)) for (const x of inc) if (x && typeof x === 'object') items.push(x as Record<string, unknown>);
  }
  const me = items.find((x) => String(x.$type ?? '').endsWith('identity.profile.Profile') && typeof x.publicIdentifier === 'string' && decodeURIComponent(x.publicIdentifier).toLowerCase() === slug);
  if (!me) return undefined;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const geoUrn = (me.geoLocation as Record<string, unknown> | undefined)?.['*geo'];
  const geo = items.find((x) => x.entityUrn === geoUrn);
  return { first: str(me.firstName), last: str(me.lastName), headline: str(me.headline), geo: str(geo?.defaultLocalizedName), created: me.created };
}

const LEVELS: Array<[RegExp, string]> = [
  [/native|bilingual|ojczysty|dwujęzyczn|muttersprach|langue maternelle|nativo/i, 'native'],
  [/full professional|professional working|biegł|zawodow|verhandlungssicher|professionnelle complète/i, 'fluent'],
  [/limited working|ograniczon|begrenzt/i, 'conversational'],
  [/elementary|podstawow|grundkenntnisse|notions/i, 'basic'],
];

export const linkedinProfile: PageType = {
  id: 'linkedin/profile',
  site: 'linkedin',
  test: (u) => u.hostname === 'www.linkedin.com' && /^\/in\/[^/]+\/?$/.test(u.pathname),
  examples: {
    match: ['https://www.linkedin.com/in/jane-doe-1a2b3c/', 'https://www.linkedin.com/in/janedoe'],
    noMatch: ['https://www.linkedin.com/in/', 'https://www.linkedin.com/in/jane/details/experience/', 'https://www.linkedin.com/company/acme/'],
  },
  extract(doc, url) {
    const slug = decodeURIComponent(url.pathname.split('/').filter(Boolean)[1] ?? '').toLowerCase();
    const classic = doc.querySelector(SEL.classicTop);
    const sdui = classic ? null : doc.querySelector(SEL.sduiTop);
    const voy = voyager(doc, slug);
    if (!classic && !sdui && !voy) return guest(doc, url, slug);
    const f = new Fields();
    const layout: Strategy = 'attr';

    // Top card.
    const nameEl = classic?.querySelector(SEL.classicName) ?? sdui?.querySelector('h1, h2') ?? null;
    const name = f.text('name', nameEl, layout) ?? f.first('name', [['state', () => [voy?.first, voy?.last].filter(Boolean).join(' ') || undefined]]);
    // SDUI top card: the name, then `p`s — a connection degree ("· 3."), the headline, current company, the location, and the contact-info link.
    const sduiPs = sdui ? all(sdui, 'p').filter((p) => !p.querySelector('p') && !nameEl?.contains(p)) : [];
    const sduiText = sduiPs.map((p) => ({ el: p, text: plain(p) ?? '' })).filter((l) => l.text && !/^[·•]?\s*\d*\.?\s*$/.test(l.text) && !/^·\s*\d/.test(l.text));
    const linkAt = sduiText.findIndex((l) => l.el.querySelector('a'));
    const beforeLink = linkAt >= 0 ? sduiText.slice(0, linkAt) : [];
    const headlineEl = classic?.querySelector(SEL.classicHeadline) ?? sduiText[0]?.el;
    const headline = f.text('headline', headlineEl, layout) ?? f.first('headline', [['state', () => voy?.headline]]);
    const contact = classic?.querySelector(SEL.contactInfo);
    const locEl =
      (contact?.closest('span')?.previousElementSibling as Element | null | undefined) ??
      classic?.querySelector(SEL.classicLocation) ??
      (beforeLink.length >= 2 ? beforeLink[beforeLink.length - 1]?.el : undefined) ??
      // No contact-info link found: the last of the first lines shaped like a place ("City, Region, Country").
      (linkAt < 0 ? sduiText.slice(1, 5).filter((l) => /,/.test(l.text) && !/[·\d@|]/.test(l.text)).pop()?.el : undefined);
    const loc = f.first('location', [
      [contact || sdui ? 'attr' : 'label', () => location(plain(locEl))],
      ['state', () => location(voy?.geo)],
    ]);

    // About.
    const about = classicSection(doc, 'about');
    const aboutEl =
      (about ? all(about, '.inline-show-more-text span[aria-hidden="true"], span[aria-hidden="true"]').sort((a, b) => (plain(b)?.length ?? 0) - (plain(a)?.length ?? 0))[0] : undefined) ?? doc.querySelector(SEL.sduiAbout);
    const overview = f.text('overview', aboutEl, 'attr');
    if (overview && aboutEl && (/…\s*$/.test(overview) || aboutEl.parentElement?.querySelector('[data-testid="expandable-text-button"]'))) f.excerpts.add('overview');

    // Sections: classic by anchor id, SDUI by componentkey.
    const sec = (id: string, key: string): { el: Element; lines: (e: Element) => Line[]; entities: Element[] } | undefined => {
      const c = classicSection(doc, id);
      if (c) return { el: c, lines: classicLines, entities: topEntities(c, SEL.entity) };
      const s = sduiSection(doc, key);
      if (s) return { el: s, lines: sduiLines, entities: topEntities(s, SEL.sduiEntity) };
      return undefined;
    };
    const exp = sec('experience', 'ExperienceTopLevelSection');
    const employment = (exp?.entities ?? []).flatMap((e) => (exp?.lines === classicLines ? classicRoles(e) : roles(exp?.lines(e) ?? []))).map((r, i) => {
      const [start, end] = dateRange(r.dates);
      return compact({ title: f.text(`employment[${i}].title`, r.title.el, 'attr'), company: r.company, start, end });
    });
    const edu = sec('education', 'EducationTopLevel');
    const education = (edu?.entities ?? []).flatMap((e) => {
      const lines = edu?.lines(e) ?? [];
      const school = lines[0]?.text;
      if (!school) return [];
      const dates = lines.find((l) => DATE_RANGE.test(l.text) || /^(19|20)\d{2}$/.test(l.text))?.text;
      const degree = lines[1] && lines[1].text !== dates ? lines[1].text : undefined;
      const [start, end] = dates?.includes('–') || dates?.includes('-') ? dateRange(dates) : [dates ? dates.slice(0, 4) : undefined, undefined];
      return [compact({ school, degree, start, end })];
    });
    const skillSec = classicSection(doc, 'skills');
    const skills = skillSec
      ? topEntities(skillSec, SEL.entity).map((e) => classicLines(e)[0]?.text).filter((x): x is string => !!x)
      : [...new Set(all(doc, SEL.sduiSkill).map((e) => e.getAttribute('componentkey')))].flatMap((k) => {
          const el = doc.querySelector(`[componentkey="${CSS.escape(k ?? '')}"] p`);
          const t = plain(el);
          return t ? [t] : [];
        });
    const lang = sec('languages', 'LanguageTopLevel');
    const languages = (lang?.entities ?? []).flatMap((e) => {
      const lines = lang?.lines(e) ?? [];
      const language = lines[0]?.text;
      if (!language) return [];
      const level = LEVELS.find(([re]) => re.test(lines[1]?.text ?? ''))?.[1];
      return [compact({ language, level })];
    });
    for (const [k, v] of [['employment', employment], ['education', education], ['skills', skills], ['languages', languages]] as const) if (v.length) f.mark(k, 'attr');
    const since = f.first('member_since', [['state', () => monthOf(voy?.created)]]);

    if (!name) return null;
    const id = `linkedin:profile:${slug || name}`;
    const d = compact({
      kind: 'profile' as const,
      id,
      platform: 'linkedin',
      url: `${url.origin}${url.pathname}`,
      name,
      headline,
      overview,
      location: loc,
      employment,
      education,
      skills,
      languages,
      member_since: since,
    });
    const anchor = nameEl ?? classic ?? sdui ?? doc.querySelector('main h1, main h2, main') ?? doc.body;
    if (!anchor) return null;
    const photo = (classic ?? sdui ?? doc).querySelector<HTMLImageElement>(SEL.photo);
    return [
      {
        key: id,
        label: name,
        name,
        doc: d,
        anchor,
        sources: f.sources,
        photo,
        page: 'linkedin/profile',
        via: f.via,
        excerpts: [...f.excerpts],
        poor: poorProfile(d),
        expected: ['name', 'headline', 'location', 'overview', 'employment', 'education', 'skills', 'member_since'],
      },
    ];
  },
};

/**
 * The logged-out page (`section.top-card-layout`, ≥ 6 scripts): its classes
 * are readable component names. Its JSON-LD Person is read by the generic
 * adapter when this finds nothing.
 */
function guest(doc: Document, url: URL, slug: string): Found[] | null {
  const top = doc.querySelector(SEL.guestTop);
  const nameEl = top?.querySelector(SEL.guestName);
  if (!top || !nameEl) return null;
  const f = new Fields();
  const name = f.text('name', nameEl, 'attr');
  if (!name) return null;
  const headline = f.text('headline', top.querySelector(SEL.guestHeadline), 'attr');
  const loc = f.first('location', [['attr', () => location(plain(top.querySelector(SEL.guestLocation)))]]);
  const overview = f.text('overview', doc.querySelector(SEL.guestAbout), 'attr');
  const employment = all(doc, SEL.guestExperience).flatMap((li, i) => {
    const title = li.querySelector('.experience-item__title, h3');
    if (!plain(title)) return [];
    const [start, end] = dateRange(plain(li.querySelector('.date-range, .experience-item__duration')) ?? plain(byShapeIn(li)));
    return [compact({ title: f.text(`employment[${i}].title`, title, 'attr'), company: plain(li.querySelector('.experience-item__subtitle, h4')), start, end })];
  });
  const education = all(doc, SEL.guestEducation).flatMap((li) => {
    const school = plain(li.querySelector('h3'));
    const [start, end] = dateRange(plain(li.querySelector('.date-range')));
    return school ? [compact({ school, degree: plain(li.querySelector('h4')), start, end })] : [];
  });
  if (employment.length) f.mark('employment', 'attr');
  if (education.length) f.mark('education', 'attr');
  const id = `linkedin:profile:${slug || name}`;
  const d = compact({ kind: 'profile' as const, id, platform: 'linkedin', url: `${url.origin}${url.pathname}`, name, headline, overview, location: loc, employment, education });
  return [{ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources, page: 'linkedin/profile', via: f.via, poor: poorProfile(d), expected: ['name', 'headline', 'location', 'overview', 'employment', 'education'] }];
}

/** The first element in `el` whose text is a date range. */
function byShapeIn(el: Element): Element | undefined {
  return all(el, 'span, p, div, time').find((e) => !e.querySelector('span, p, div') && DATE_RANGE.test(plain(e) ?? ''));
}

export const LINKEDIN: PageType[] = [linkedinProfile];
