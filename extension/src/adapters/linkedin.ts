/**
 * LinkedIn: a member profile (`/in/<slug>/`). LinkedIn's class names change
 * often; they are only here. Fixture: tests/fixtures/linkedin-profile.html.
 */
import type { PageType } from './types';
import { all, compact, dateRange, Fields, location, plain } from './util';

export const SEL = {
  root: 'main.scaffold-layout__main, main[data-hl-page="linkedin-profile"]',
  name: 'h1.text-heading-xlarge',
  photo: 'img.pv-top-card-profile-picture__image, img.pv-top-card-profile-picture__image--show',
  headline: '.pv-text-details__left-panel .text-body-medium',
  location: '.pv-text-details__left-panel .text-body-small.inline',
  about: 'section#about .pv-shared-text-with-see-more span[aria-hidden="true"]',
  experience: 'section#experience li.artdeco-list__item',
  expTitle: '.t-bold span[aria-hidden="true"]',
  expCompany: '.t-14.t-normal:not(.t-black--light) span[aria-hidden="true"]',
  expDates: '.t-14.t-normal.t-black--light span[aria-hidden="true"]',
  expDescription: '.pv-shared-text-with-see-more span[aria-hidden="true"]',
  education: 'section#education li.artdeco-list__item',
  eduSchool: '.t-bold span[aria-hidden="true"]',
  eduDates: '.t-14.t-normal.t-black--light span[aria-hidden="true"]',
  language: 'section#languages li.artdeco-list__item',
  langName: '.t-bold span[aria-hidden="true"]',
  langLevel: '.t-14.t-normal.t-black--light span[aria-hidden="true"]',
} as const;

export const linkedinProfile: PageType = {
  id: 'linkedin/profile',
  site: 'linkedin',
  test: (u) => u.hostname === 'www.linkedin.com' && /^\/in\/[^/]+\/?$/.test(u.pathname),
  examples: {
    match: ['https://www.linkedin.com/in/jane-doe-1a2b3c/', 'https://www.linkedin.com/in/janedoe'],
    noMatch: ['https://www.linkedin.com/in/', 'https://www.linkedin.com/in/jane/details/experience/', 'https://www.linkedin.com/company/acme/'],
  },
  extract(doc, url) {
    const root = doc.querySelector(SEL.root);
    const nameEl = root?.querySelector(SEL.name);
    if (!root || !nameEl) return null;
    const f = new Fields();
    const name = f.text('name', nameEl) ?? '';
    const slug = decodeURIComponent(url.pathname.split('/').filter(Boolean)[1] ?? name).toLowerCase();
    const id = `linkedin:profile:${slug}`;
    const employment = all(root, SEL.experience).map((e, i) => {
      // "Jan 2020 - Present · 4 yrs 11 mos"
      const [start, end] = dateRange(plain(e.querySelector(SEL.expDates))?.split('·')[0]?.trim());
      return compact({
        title: f.text(`employment[${i}].title`, e.querySelector(SEL.expTitle)),
        company: f.text(`employment[${i}].company`, e.querySelector(SEL.expCompany))?.split(' · ')[0],
        start,
        end,
        description: f.text(`employment[${i}].description`, e.querySelector(SEL.expDescription)),
      });
    });
    const education = all(root, SEL.education).map((e) => {
      const [start, end] = dateRange(plain(e.querySelector(SEL.eduDates)));
      return compact({ school: plain(e.querySelector(SEL.eduSchool)), start, end });
    });
    const languages = all(root, SEL.language).map((l) => {
      const lvl = plain(l.querySelector(SEL.langLevel)) ?? '';
      const level = /native|bilingual/i.test(lvl) ? 'native' : /full professional/i.test(lvl) ? 'fluent' : /professional working/i.test(lvl) ? 'fluent' : /limited/i.test(lvl) ? 'conversational' : /elementary/i.test(lvl) ? 'basic' : undefined;
      return compact({ language: plain(l.querySelector(SEL.langName)), level });
    });
    const d = compact({
      kind: 'profile' as const,
      id,
      platform: 'linkedin',
      url: `${url.origin}${url.pathname}`,
      name,
      headline: f.text('headline', root.querySelector(SEL.headline)),
      overview: f.text('overview', root.querySelector(SEL.about)),
      location: location(plain(root.querySelector(SEL.location))),
      employment,
      education,
      languages: languages.filter((l) => l.language),
    });
    return [{ key: id, label: name, name, doc: d, anchor: nameEl, sources: f.sources, photo: root.querySelector<HTMLImageElement>(SEL.photo) }];
  },
};

export const LINKEDIN: PageType[] = [linkedinProfile];
