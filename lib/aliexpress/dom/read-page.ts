import type { DetectedPage } from '../../pages/detect-page';
import type { DomDrafts } from './drafts';
import { readGlobalDisputeDetail, readGlobalOrderDetail, readGlobalOrderList } from './global-pages';
import { readLegacyOrderDetail } from './legacy-pages';
import { readRuOrderDetail, readRuOrderList } from './ru-pages';

/**
 * Snapshot drafts read from the page's markup, in the content script: plain text where a value needs parsing, so
 * the parsers and zod stay in the worker (`finishDomDrafts` turns the drafts into validated snapshots). Each reader
 * first checks for its known layout and returns nothing when it is absent, so an unknown or re-hashed page yields
 * empty lists instead of guesses. Never throws.
 */
export function readSnapshotsFromDom(root: ParentNode, page: DetectedPage): DomDrafts {
  try {
    const drafts = readKnownLayout(root, page);
    return { orders: drafts.orders.map(compact), disputes: drafts.disputes.map(compact) };
  } catch {
    return { orders: [], disputes: [] };
  }
}

function readKnownLayout(root: ParentNode, page: DetectedPage): DomDrafts {
  const route = `dom:${page.site}/${page.kind}`;
  const none: DomDrafts = { orders: [], disputes: [] };
  switch (page.kind) {
    case 'order-list':
      return { ...none, orders: page.site === 'ru' ? readRuOrderList(root, route) : readGlobalOrderList(root, route) };
    case 'order-detail': {
      if (page.site === 'ru') return { ...none, orders: readRuOrderDetail(root, route, page.orderId) };
      const current = readGlobalOrderDetail(root, route, page.orderId);
      if (current.length > 0) return { ...none, orders: current };
      return { ...none, orders: readLegacyOrderDetail(root, `dom:legacy/${page.kind}`, page.orderId) };
    }
    case 'dispute-detail':
      return { ...none, disputes: readGlobalDisputeDetail(root, route, page) };
    default:
      return none;
  }
}

/** Drops absent fields and empty lists, so the object holds only what the page showed. */
function compact<T extends object>(value: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === '' || (Array.isArray(field) && field.length === 0)) continue;
    if (Array.isArray(field)) result[key] = field.map((member) => (isPlainObject(member) ? compact(member) : member));
    else result[key] = isPlainObject(field) ? compact(field) : field;
  }
  return result as T;
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
