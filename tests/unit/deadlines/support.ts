import type { DisputeFacts, FactOrigin, OrderFacts } from '../../../lib/model/facts';
import type { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';

export const ORDER_ID = '8190000123456789';
export const DISPUTE_ID = '5012345678901201';
export const READ_AT = Date.UTC(2025, 7, 1);

const origin = (route = 'mtop.aliexpress.trade.buyer.order.detail'): FactOrigin => ({
  source: 'page-data',
  route,
  at: READ_AT,
});

/** Order facts as the store keeps them: every given field has a page-data origin. */
export function orderFacts(facts: Partial<OrderSnapshot>, route?: string): OrderFacts {
  const snapshot: OrderSnapshot = { orderId: ORDER_ID, source: 'page-data', ...facts };
  const origins = Object.fromEntries(Object.keys(facts).map((field) => [field, origin(route)]));
  return { orderId: ORDER_ID, site: 'global', facts: snapshot, origins, updatedAt: READ_AT };
}

export function disputeFacts(facts: Partial<DisputeSnapshot>): DisputeFacts {
  const snapshot: DisputeSnapshot = { disputeId: DISPUTE_ID, orderId: ORDER_ID, source: 'page-data', ...facts };
  const origins = Object.fromEntries(
    Object.keys(facts).map((field) => [field, origin('mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer')]),
  );
  return { disputeId: DISPUTE_ID, orderId: ORDER_ID, site: 'global', facts: snapshot, origins, updatedAt: READ_AT };
}

/** An instant written as UTC parts, for readable expectations. */
export const utc = (iso: string) => Date.parse(`${iso}Z`);
