import { selectorList } from './selector-list';

const DOC = '../shared/docs/aliexpress-pages-and-disputes.md §4.4';

/** aliexpress.ru: hashed CSS-module classes, matched by their stable `Block__element` part; data-testid first. */
export const RU_ORDER_LIST = {
  card: selectorList(DOC, '[class*="RedOrderList_OrderList__item"]', '[class*="OrderList__item"]'),
  number: selectorList(`${DOC}: "5385 0135 1251 5995"`, '[class*="OrderItem__number"]'),
  status: selectorList(DOC, '[class*="OrderItem__tag"]'),
  total: selectorList(DOC, '[class*="OrderItem__totalPrice"]', '[class$="totalPrice__1tjf5"]'),
  link: selectorList(DOC, 'a[class*="OrderItem__link"]', 'a[href*="/order-list/"]'),
} as const;

export const RU_ORDER_DETAIL = {
  number: selectorList(`${DOC}: grandparent text holds «от <date>»`, '[data-testid="orderNumber"]'),
  seller: selectorList(DOC, '[data-testid="sellerInfoV2"]'),
  product: selectorList(DOC, '[data-testid="product"]'),
  productText: selectorList(DOC, '[data-testid="productText"]'),
  productPrice: selectorList(DOC, '[class*="Product__priceDesktop"]', '[class*="Product__price"]'),
  status: selectorList('fixture assumption (no public selector)', '[data-testid="orderStatus"]', '.status'),
} as const;

/** Text anchors of the .ru detail: «Итого: …» total, «от 17 декабря 2025» order date. */
export const RU_TOTAL_ANCHOR = /Итого\s*:?\s*/;
