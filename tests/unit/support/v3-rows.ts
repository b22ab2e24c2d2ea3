/**
 * Rows exactly as the v3 worker wrote them (saved here, not produced by today's code): the migration test puts them
 * in a v3 database, the backup test in a v3 extension's backup. One case: an order, its deadline readings, the
 * watch of its dispute and one timeline line.
 */
export const V3_ORDER_ID = '8190000123456789';
export const V3_DISPUTE_ID = '5012345678901234';

export const V3_ORDER = {
  id: V3_ORDER_ID,
  site: 'global',
  kind: 'order-detail',
  url: `https://www.aliexpress.com/p/order/detail.html?orderId=${V3_ORDER_ID}`,
  firstSeen: 1000,
  lastSeen: 5000,
  visits: 3,
  lastLoadId: 'load-1',
};

export const V3_READINGS = {
  orderId: V3_ORDER_ID,
  readings: [
    { kind: 'protection_end', on: '2026-12-20', field: 'protectionEndsOn', origin: { source: 'page-data', at: 5000 } },
  ],
  updatedAt: 5000,
};

export const V3_WATCH = {
  disputeId: V3_DISPUTE_ID,
  orderId: V3_ORDER_ID,
  site: 'global',
  state: { phase: 'active', nextAt: 7000, failures: 0, tokenRetried: false },
  off: false,
};

/** A timeline line without its `seq`: the store numbers it. */
export const V3_EVENT = {
  orderId: V3_ORDER_ID,
  disputeId: V3_DISPUTE_ID,
  kind: 'page-seen',
  at: 8000,
  key: 'event.page-seen',
  params: {},
};
