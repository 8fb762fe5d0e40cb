import { FIVERR } from './fiverr';
import { FREELANCER } from './freelancer';
import { GITHUB } from './github';
import { LINKEDIN } from './linkedin';
import type { PageType } from './types';
import { UPWORK } from './upwork';

/** Every site page type. The generic schema.org adapter (schemaorg.ts) is tried when none of these applies. */
export const PAGE_TYPES: PageType[] = [...UPWORK, ...FREELANCER, ...FIVERR, ...LINKEDIN, ...GITHUB];

/** The page type for a URL, if any. */
export function pageTypeFor(url: URL): PageType | undefined {
  return PAGE_TYPES.find((p) => p.test(url));
}
