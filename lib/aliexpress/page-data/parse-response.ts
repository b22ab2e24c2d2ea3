import type { PageSnapshots } from '../../model/snapshots';
import { observedEndpointOf, type ObservedEndpoint } from '../endpoints';
import { safeParseUrl } from '../hosts';
import { own } from './json-tree';
import { validSnapshots } from './keep-valid';
import { mergeDisputes, mergeOrders } from './merge';
import { readJson } from './read-json';
import { disputesFromReverseOrders, type PartialDispute } from './reverse-orders';
import { ordersFromRuList } from './ru-orders';
import { orderFromTracking } from './tracking';
import { orderFromUltronDetail, ordersFromUltronList, type PartialOrder } from './ultron-orders';

export interface ResponseToParse {
  /** The URL the page requested. */
  requestUrl: string;
  /** The response body as text: JSON, or JSONP such as `mtopjsonp3({...})`. */
  text: string;
  /** When the response was seen; dates shown without a year are placed near it. Defaults to now. */
  observedAt?: Date;
}

type Context = { route: string; referenceDate?: Date };
type Reader = (payload: unknown, context: Context) => { orders?: PartialOrder[]; disputes?: PartialDispute[] };

const READERS: Record<ObservedEndpoint, Reader> = {
  'order-list': (payload, context) => ({
    orders: [...ordersFromUltronList(payload, context), ...ordersFromRuList(payload, context)],
  }),
  'order-detail': (payload, context) => ({ orders: orderFromUltronDetail(payload, context) }),
  tracking: (payload, context) => ({ orders: orderFromTracking(payload, context) }),
  'dispute-list': (payload, context) => ({ disputes: disputesFromReverseOrders(payload, context) }),
  'dispute-detail': (payload, context) => ({ disputes: disputesFromReverseOrders(payload, context) }),
  'dispute-start': () => ({}),
};

/**
 * Snapshots from one of the page's own data responses (see endpoints.ts for which ones). Never throws: a body
 * that is not JSON, a failed call (`ret` without SUCCESS) or an unknown shape yields empty lists, and each field
 * that fails the snapshot schema is dropped on its own.
 */
export function parseObservedResponse(input: ResponseToParse): PageSnapshots {
  try {
    const endpoint = observedEndpointOf(input.requestUrl);
    if (!endpoint) return { orders: [], disputes: [] };
    const body = readJson(input.text);
    if (!isSuccess(body)) return { orders: [], disputes: [] };
    const context: Context = { route: routeOf(body, input.requestUrl), referenceDate: input.observedAt };
    const found = READERS[endpoint](own(body, 'data') ?? body, context);
    return validSnapshots({ orders: mergeOrders(found.orders ?? []), disputes: mergeDisputes(found.disputes ?? []) });
  } catch {
    return { orders: [], disputes: [] };
  }
}

/** mtop answers `ret: ["SUCCESS::调用成功"]`; anything else there (FAIL_SYS_SESSION_EXPIRED…) carries no data. */
function isSuccess(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const ret = own(body, 'ret');
  if (ret === undefined) return own(body, 'success') !== false;
  return Array.isArray(ret) && typeof ret[0] === 'string' && ret[0].startsWith('SUCCESS');
}

/** The API name: the envelope's `api`, else the mtop name or .ru path from the request URL. */
function routeOf(body: unknown, requestUrl: string): string {
  const api = own(body, 'api');
  if (typeof api === 'string' && /^mtop(\.[A-Za-z0-9]+){2,12}$/.test(api)) return api;
  const url = safeParseUrl(requestUrl);
  const path = url?.pathname ?? '';
  const mtop = /^\/h5\/([A-Za-z0-9.]{1,150})\//.exec(path);
  return mtop ? mtop[1]! : path.slice(0, 200) || 'unknown';
}
