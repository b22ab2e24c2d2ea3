import { safeParseUrl, siteOfHostname, type Site } from '../aliexpress/hosts';
import type { PageKind } from './page-kind';

export interface DetectedPage {
  kind: PageKind;
  site: Site;
  orderId?: string;
  disputeId?: string;
}

/** What a route sees of a URL: a normalised lower-case path and the query and hash parameters. */
interface UrlParts {
  path: string;
  param: (...names: string[]) => string | undefined;
}

interface Route {
  kind: PageKind;
  matches: (url: UrlParts) => boolean;
}

const DISPUTE_ID_PARAMS = ['reverseOrderLineId', 'reverseOrderId', 'issueId'];
const ORDER_ID_PARAMS = ['orderId', 'tradeOrderId', 'parentOrderId'];
// .ru serves order details at /order-list/<orderId>.
const RU_ORDER_DETAIL_PATH = /^\/order-list\/(\d+)$/;
// The .ru order list has a dispute tab; its API calls it tabType "dispute" (older builds "disput").
const isDisputeTab = (value: string | undefined) => value === 'dispute' || value === 'disput';

/**
 * The route table, first match wins. Current pages live under `/p/<app>/`; legacy
 * trade.aliexpress.* pages end in `.htm`. Paths are the same on every site except .ru's `/order-list`.
 */
const ROUTES: readonly Route[] = [
  {
    kind: 'dispute-detail',
    matches: ({ path, param }) =>
      (/^\/p\/(reverse-pages|refund-dispute)\//.test(path) && param(...DISPUTE_ID_PARAMS) !== undefined) ||
      /^\/p\/refund-amount(\/|$)/.test(path) ||
      /^\/issue\/(fastissue\/)?(issue)?detail\.htm$/.test(path),
  },
  {
    kind: 'dispute-start',
    matches: ({ path }) =>
      /^\/p\/reverse-pages(\/|$)/.test(path) || /^\/issue\/(fastissue\/)?createissuestep\d*\.htm$/.test(path),
  },
  {
    kind: 'dispute-list',
    matches: ({ path, param }) =>
      /^\/p\/refund-dispute(\/|$)/.test(path) ||
      /^\/issue\/issue_?list\.htm$/.test(path) ||
      (path === '/order-list' && isDisputeTab(param('filterName', 'tabType')?.toLowerCase())),
  },
  {
    kind: 'order-detail',
    matches: ({ path }) =>
      path === '/p/order/detail.html' || /^\/order_?detail\.htm$/.test(path) || RU_ORDER_DETAIL_PATH.test(path),
  },
  {
    kind: 'order-list',
    matches: ({ path }) =>
      path === '/p/order' ||
      path === '/p/order/index.html' ||
      /^\/order_?list\.htm$/.test(path) ||
      path === '/order-list',
  },
];

/**
 * Which AliExpress page a URL shows, with the order and dispute ids it names.
 * Returns null for other hosts and for AliExpress pages that are not ours (product, cart, search…).
 */
export function detectPage(url: string): DetectedPage | null {
  const parsed = safeParseUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  const site = siteOfHostname(parsed.hostname);
  if (!site) return null;

  const parts = urlParts(parsed);
  const route = ROUTES.find((candidate) => candidate.matches(parts));
  if (!route) return null;

  const page: DetectedPage = { kind: route.kind, site };
  const orderId = validId(parts.param(...ORDER_ID_PARAMS) ?? RU_ORDER_DETAIL_PATH.exec(parts.path)?.[1]);
  if (orderId) page.orderId = orderId;
  const disputeId = validId(parts.param(...DISPUTE_ID_PARAMS));
  if (disputeId && (route.kind === 'dispute-detail' || route.kind === 'dispute-start')) page.disputeId = disputeId;
  return page;
}

function urlParts(url: URL): UrlParts {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  path =
    path
      .toLowerCase()
      .replace(/\/{2,}/g, '/')
      .replace(/\/+$/, '') || '/';

  // Parameter names are matched case-insensitively; mobile pages sometimes carry them in the hash.
  const params = new Map<string, string>();
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : url.hash.slice(1);
  for (const source of [new URLSearchParams(hashQuery), url.searchParams]) {
    for (const [name, value] of source) params.set(name.toLowerCase(), value.trim());
  }
  const param = (...names: string[]) => {
    for (const name of names) {
      const value = params.get(name.toLowerCase());
      if (value) return value;
    }
    return undefined;
  };
  return { path, param };
}

/** AliExpress order and dispute ids are long decimal numbers; anything else is noise or an attack. */
function validId(value: string | undefined): string | undefined {
  return value !== undefined && /^\d{6,24}$/.test(value) ? value : undefined;
}
