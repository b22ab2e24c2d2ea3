import type { Site } from '../model/vocab';

export type { Site };

const SITE_BY_REGISTERED_DOMAIN: Record<string, Site> = {
  'aliexpress.com': 'global',
  'aliexpress.ru': 'ru',
  'aliexpress.us': 'us',
};

/**
 * Which AliExpress platform a hostname belongs to, or null for every other host.
 * Only the registered domain itself or a true subdomain counts, so lookalikes such as
 * `aliexpress.com.evil.example` or `notaliexpress.com` are rejected.
 */
export function siteOfHostname(hostname: string): Site | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const [domain, site] of Object.entries(SITE_BY_REGISTERED_DOMAIN)) {
    if (host === domain || host.endsWith(`.${domain}`)) return site;
  }
  return null;
}

/** Match patterns for every AliExpress host: content-script `matches` and sender checks share them. */
export const ALIEXPRESS_MATCH_PATTERNS = Object.keys(SITE_BY_REGISTERED_DOMAIN).map((domain) => `*://*.${domain}/*`);

/** True for an http(s) URL on an AliExpress host. */
export function isAliExpressUrl(url: string): boolean {
  const parsed = safeParseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    siteOfHostname(parsed.hostname) !== null
  );
}

export function safeParseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
