import { selectorList } from './selector-list';

// "doc" below is ../shared/docs/aliexpress-pages-and-disputes.md; each comment says where the selectors were seen.

/** aliexpress.ru: hashed CSS-module classes, matched by their stable `Block__element` part; data-testid first. */
export const RU_ORDER_LIST = {
  card: /* Seen: doc §4.4 */ selectorList('[class*="RedOrderList_OrderList__item"]', '[class*="OrderList__item"]'),
  number: /* Seen: doc §4.4: "5385 0135 1251 5995" */ selectorList('[class*="OrderItem__number"]'),
  status: /* Seen: doc §4.4 */ selectorList('[class*="OrderItem__tag"]'),
  total: /* Seen: doc §4.4 */ selectorList('[class*="OrderItem__totalPrice"]', '[class$="totalPrice__1tjf5"]'),
  link: /* Seen: doc §4.4 */ selectorList('a[class*="OrderItem__link"]', 'a[href*="/order-list/"]'),
} as const;

export const RU_ORDER_DETAIL = {
  number: /* Seen: doc §4.4: grandparent text holds «от <date>» */ selectorList('[data-testid="orderNumber"]'),
  seller: /* Seen: doc §4.4 */ selectorList('[data-testid="sellerInfoV2"]'),
  product: /* Seen: doc §4.4 */ selectorList('[data-testid="product"]'),
  productText: /* Seen: doc §4.4 */ selectorList('[data-testid="productText"]'),
  productPrice: /* Seen: doc §4.4 */ selectorList('[class*="Product__priceDesktop"]', '[class*="Product__price"]'),
  status: /* Seen: fixture assumption (no public selector) */ selectorList('[data-testid="orderStatus"]', '.status'),
} as const;

/** Text anchors of the .ru detail: «Итого: …» total, «от 17 декабря 2025» order date. */
export const RU_TOTAL_ANCHOR = /Итого\s*:?\s*/;
