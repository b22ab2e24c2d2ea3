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

const DOMAINS = Object.keys(SITE_BY_REGISTERED_DOMAIN);

/**
 * Match patterns for every AliExpress host, https only: a plain-http page can be rewritten by anyone on the path,
 * so nothing read there could be trusted. Content-script `matches` and sender checks share them.
 */
export const ALIEXPRESS_MATCH_PATTERNS = DOMAINS.map((domain) => `https://*.${domain}/*`);

/**
 * Where the page-world observer (and its isolated-world bridge) run: the order and dispute sections only, never
 * login, cart or checkout. Match-pattern paths are case-sensitive and cover the query too, so each is a prefix.
 * `/order*` covers .ru's `/order-list…` and the legacy `order_list.htm`, `orderList.htm`, `order_detail.htm`.
 * A single-page navigation from outside these sections into an order page is read from the markup until the next
 * full load; inside them the observer stays with the document.
 */
export const OBSERVER_PATHS = [
  '/p/order*',
  '/p/reverse-pages*',
  '/p/refund-dispute*',
  '/p/refund-amount*',
  '/order*',
  '/issue/*',
];
export const OBSERVER_MATCH_PATTERNS = DOMAINS.flatMap((domain) =>
  OBSERVER_PATHS.map((path) => `https://*.${domain}${path}`),
);

/** True for an https URL on an AliExpress host. */
export function isAliExpressUrl(url: string): boolean {
  const parsed = safeParseUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && siteOfHostname(parsed.hostname) !== null;
}

export function safeParseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
