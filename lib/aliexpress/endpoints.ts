import { safeParseUrl, siteOfHostname } from './hosts';

/**
 * The page's own data requests worth reading, by what they return. Sources:
 * ../shared/docs/aliexpress-pages-and-disputes.md §3.1 (mtop API names on acs.aliexpress.com/h5/<api>/1.0/,
 * verified live 2026-09-20 by a public extension) and §3.3 (aliexpress.ru aer-jsonapi order endpoints).
 * Nothing is matched by a loose keyword alone, so unrelated traffic (search, recommendations) is never copied.
 */
export type ObservedEndpoint =
  'order-list' | 'order-detail' | 'tracking' | 'dispute-list' | 'dispute-detail' | 'dispute-start';

const MTOP_APIS: ReadonlyArray<[RegExp, ObservedEndpoint]> = [
  [/^mtop\.aliexpress\.trade\.buyer\.order\.list$/, 'order-list'],
  [/^mtop\.aliexpress\.trade\.buyer\.order\.detail$/, 'order-detail'],
  [/^mtop\.ae\.ld\.querydetail$/, 'tracking'],
  [/^mtop\.aliexpress\.buyer\.reverse\.queryreverseorderpagelistforbuyer$/, 'dispute-list'],
  [/^mtop\.aliexpress\.buyer\.reverse\.reverseorderlinerenderforbuyer$/, 'dispute-detail'],
  [/^mtop\.aliexpress\.buyer\.reverse\.batch\.initiatereverserender$/, 'dispute-start'],
];

// aliexpress.ru: /aer-jsonapi/bx/orders/v3/web-order-list and …/web/order-search return the list; the detail and
// dispute endpoints were never captured publicly, so any read-only order/dispute path under aer-jsonapi is taken
// and the parser decides by the response's shape.
const RU_JSONAPI: ReadonlyArray<[RegExp, ObservedEndpoint]> = [
  [/^\/aer-jsonapi\/.*\/(web-order-list|order-search|order-list)$/, 'order-list'],
  [/^\/aer-jsonapi\/.*(dispute|claim|refund|reverse)/, 'dispute-detail'],
  [/^\/aer-jsonapi\/.*(order-detail|orderdetail|order-details)/, 'order-detail'],
  [/^\/aer-jsonapi\/.*(tracking|logistic)/, 'tracking'],
];

/** Which kind of data an AliExpress request returns, or null when it is not one we read. */
export function observedEndpointOf(requestUrl: string): ObservedEndpoint | null {
  const url = safeParseUrl(requestUrl);
  if (!url || url.protocol !== 'https:' || !siteOfHostname(url.hostname)) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');

  const mtop = /^\/h5\/([a-z0-9.]+)\/\d+(\.\d+)*$/.exec(path);
  if (mtop) return MTOP_APIS.find(([api]) => api.test(mtop[1]!))?.[1] ?? null;
  if (url.hostname.toLowerCase().endsWith('aliexpress.ru')) {
    return RU_JSONAPI.find(([route]) => route.test(path))?.[1] ?? null;
  }
  return null;
}
