import type { SiteId } from '../hosts';
import type { AnalyzeItem } from '../protocol';
import type { Strategy } from './util';

/** Where a field's text came from: its UTF-16 offset 0 is `offset` into `el.textContent`. */
export interface FieldSource {
  el: Element;
  offset: number;
}

/** One document found on the page, with what the UI needs to show it. */
export interface Found {
  /** Unique on the page; also the badge host's `data-hirelens-id`. */
  key: string;
  label: string;
  /** The name shown in the panel title and the badge's accessible name. */
  name: string;
  doc: AnalyzeItem['doc'];
  /** The badge is placed at the end of this element. */
  anchor: Element;
  /** Field path (as in the report's evidence) → where its text is on the page. */
  sources: Map<string, FieldSource>;
  /** The profile photo, when the page shows one (fingerprinted for linkage, never sent anywhere). */
  photo?: HTMLImageElement | null;
  /** The page type that read it (`upwork/profile`, `generic/person`, …). */
  page?: string;
  /** Top-level contract field → how it was read (see `Strategy`). */
  via?: Record<string, Strategy>;
  /** Field paths whose text is an excerpt (e.g. a cover letter cut short in a list). */
  excerpts?: string[];
  /**
   * Set when the page was recognised but read poorly (the fields a reader
   * needs are missing): the badge then never shows `none` ("no hints"), only
   * a neutral "could not read this page well" or a level some hint earned.
   */
  poor?: boolean;
  /** The top-level fields this page type expects to read, shown as gaps in the panel when missing. */
  expected?: string[];
}

/** One kind of page on a site: its URL predicate, example URLs, and extractor. */
export interface PageType {
  /** e.g. `upwork/profile` */
  id: string;
  site: SiteId;
  test(url: URL): boolean;
  /** URLs that must match and must not (checked by the unit tests). */
  examples: { match: string[]; noMatch: string[] };
  /**
   * Read the page. `null` means the expected structure is not there (the site
   * changed, or the page is not loaded yet): a neutral "could not read this
   * page well" badge (no level) and a console note.
   */
  extract(root: Document, url: URL): Found[] | null;
}
