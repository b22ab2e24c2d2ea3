import { observedEndpointOf } from './endpoints';
import { safeParseUrl } from './hosts';

/**
 * The hosts of AliExpress's own data APIs, which the watcher may call again. Sources:
 * ../shared/docs/aliexpress-pages-and-disputes.md §3.1 (mtop on `acs.aliexpress.com/h5/<api>/1.0/`; the same
 * gateway name is assumed on .us and .ru) and §3.3 (.ru's `aliexpress.ru/aer-jsonapi/…`). Anything else (pages,
 * lookalike hosts, other ports, plain http) is refused.
 */
const MTOP_HOSTS = ['acs.aliexpress.com', 'acs.aliexpress.us', 'acs.aliexpress.ru'];
const RU_JSON_HOSTS = ['aliexpress.ru', 'www.aliexpress.ru', 'm.aliexpress.ru'];

/**
 * The manifest's host permissions (wxt.config.ts): the watcher's requests go to these hosts only, and with them the
 * browser sends the buyer's AliExpress cookies and lets the worker read the mtop token cookie.
 */
export const API_HOST_PERMISSIONS = [...MTOP_HOSTS, ...RU_JSON_HOSTS].map((host) => `https://${host}/*`);

/**
 * True for an https address of an AliExpress API that returns data we read (endpoints.ts): write APIs such as
 * `mtop.aliexpress.buyer.reverse.submit` are not in that list, so they can never be replayed.
 */
export function isReplayableApiUrl(value: string): boolean {
  const url = safeParseUrl(value);
  if (!url || url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  const apiHost =
    (MTOP_HOSTS.includes(host) && url.pathname.startsWith('/h5/')) ||
    (RU_JSON_HOSTS.includes(host) && url.pathname.startsWith('/aer-jsonapi/'));
  return apiHost && observedEndpointOf(url.href) !== null;
}

/** True when the request goes through the mtop gateway, whose requests carry `t` and `sign`. */
export function isMtopUrl(value: string): boolean {
  const url = safeParseUrl(value);
  return url !== null && MTOP_HOSTS.includes(url.hostname.toLowerCase()) && url.pathname.startsWith('/h5/');
}
