import { selectorList } from './selector-list';

// "doc" below is ../shared/docs/aliexpress-pages-and-disputes.md; each comment says where the selectors were seen.

// Every selector here was seen in ../shared/fixtures/real/aliexpress-2014-trade-order-detail.redacted.html (doc §4.5).

/** trade.aliexpress.com order detail (2014-era), read from the real capture. */
export const LEGACY_ORDER_DETAIL = {
  layout: /* Seen: the 2014 capture */ selectorList('#TP_ProductTable', '#tp-order-price-table'),
  // The shown order number; tbody[data-orderid] holds a different (sub-order) id in the capture.
  orderNumber: /* Seen: the 2014 capture */ selectorList('.copy-order-num', 'a.flush-btn[orderid]'),
  statusCode: /* Seen: the 2014 capture */ selectorList('tbody[data-status]'),
  statusText: /* Seen: the 2014 capture */ selectorList('#TP_ProductTable td.trade-status'),
  storeLink: /* Seen: the 2014 capture */ selectorList('.user-name-text a'),
  itemRow: /* Seen: the 2014 capture */ selectorList('#TP_ProductTable tr.order-bd'),
  itemTitle: /* Seen: the 2014 capture */ selectorList('a.baobei-name'),
  itemOptionName: /* Seen: the 2014 capture */ selectorList('.spec font'),
  itemPrice: /* Seen: the 2014 capture */ selectorList('td.price'),
  itemQuantity: /* Seen: the 2014 capture */ selectorList('td.quantity[title]'),
  total: /* Seen: the 2014 capture */ selectorList('#tp-order-price-table td.order-price'),
  shippingRow: /* Seen: the 2014 capture */ selectorList('tr.shipping-bd'),
  carrier: /* Seen: the 2014 capture */ selectorList('.logistics-name'),
  trackingNumber: /* Seen: the 2014 capture */ selectorList('td.no'),
} as const;
