/**
 * The sites the extension reads on its own (host permissions and content
 * script matches). Everything else only through `activeTab`.
 */
export const SUPPORTED_HOSTS = ['www.upwork.com', 'www.freelancer.com', 'www.fiverr.com', 'www.linkedin.com'] as const;

export type SiteId = 'upwork' | 'freelancer' | 'fiverr' | 'linkedin' | 'generic';

export const SITES: readonly SiteId[] = ['upwork', 'freelancer', 'fiverr', 'linkedin', 'generic'];

/** The site a host belongs to; `generic` for any other host. */
export function siteOfHost(host: string): SiteId {
  switch (host) {
    case 'www.upwork.com':
      return 'upwork';
    case 'www.freelancer.com':
      return 'freelancer';
    case 'www.fiverr.com':
      return 'fiverr';
    case 'www.linkedin.com':
      return 'linkedin';
    default:
      return 'generic';
  }
}

export function isSupportedHost(host: string): boolean {
  return (SUPPORTED_HOSTS as readonly string[]).includes(host);
}
