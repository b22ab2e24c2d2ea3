import { selectorList } from './selector-list';

const CAPTURE = '../shared/fixtures/real/aliexpress-2014-trade-order-detail.redacted.html (doc §4.5)';

/** trade.aliexpress.com order detail (2014-era), read from the real capture. */
export const LEGACY_ORDER_DETAIL = {
  layout: selectorList(CAPTURE, '#TP_ProductTable', '#tp-order-price-table'),
  // The shown order number; tbody[data-orderid] holds a different (sub-order) id in the capture.
  orderNumber: selectorList(CAPTURE, '.copy-order-num', 'a.flush-btn[orderid]'),
  statusCode: selectorList(CAPTURE, 'tbody[data-status]'),
  statusText: selectorList(CAPTURE, '#TP_ProductTable td.trade-status'),
  storeLink: selectorList(CAPTURE, '.user-name-text a'),
  itemRow: selectorList(CAPTURE, '#TP_ProductTable tr.order-bd'),
  itemTitle: selectorList(CAPTURE, 'a.baobei-name'),
  itemOptionName: selectorList(CAPTURE, '.spec font'),
  itemPrice: selectorList(CAPTURE, 'td.price'),
  itemQuantity: selectorList(CAPTURE, 'td.quantity[title]'),
  total: selectorList(CAPTURE, '#tp-order-price-table td.order-price'),
  shippingRow: selectorList(CAPTURE, 'tr.shipping-bd'),
  carrier: selectorList(CAPTURE, '.logistics-name'),
  trackingNumber: selectorList(CAPTURE, 'td.no'),
} as const;
