import type { PageType } from './types';
import { UPWORK } from './upwork';

/** Every page type, most specific first; the generic schema.org adapter comes last. */
export const PAGE_TYPES: PageType[] = [...UPWORK];

/** The page type for a URL, if any. */
export function pageTypeFor(url: URL): PageType | undefined {
  return PAGE_TYPES.find((p) => p.test(url));
}
