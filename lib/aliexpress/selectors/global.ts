import { selectorList } from './selector-list';

// "doc" below is ../shared/docs/aliexpress-pages-and-disputes.md; each comment says where the selectors were seen.

/** aliexpress.com (and .us) current pages under /p/: class names from public scrapers, prefix matches as fallbacks. */
export const GLOBAL_ORDER_LIST = {
  card: /* Seen: doc §4.1 (Kagee, getgather) */ selectorList('div.order-item', '.order-content > div'),
  status: /* Seen: doc §4.1 */ selectorList('span.order-item-header-status-text', '[class*="header-status-text"]'),
  headerInfo: /* Seen: doc §4.1: texts "Order date: …", "Order ID: …" */ selectorList(
    'div.order-item-header-right-info > div',
    '[class*="header-right-info"] > div',
  ),
  storeLink: /* Seen: doc §4.1 */ selectorList('span.order-item-store-name a', '[class*="store-name"] a'),
  itemName: /* Seen: doc §4.1 */ selectorList('div.order-item-content-info-name', '[class*="content-info-name"]'),
  itemNumber: /* Seen: doc §4.1: price and "x1" */ selectorList(
    'div.order-item-content-info-number',
    '[class*="content-info-number"]:not([class*="quantity"])',
  ),
  itemQuantity: /* Seen: doc §4.1 */ selectorList(
    'span.order-item-content-info-number-quantity',
    '[class*="info-number-quantity"]',
  ),
  total: /* Seen: doc §4.1 */ selectorList('span.order-item-content-opt-price-total', '[class*="price-total"]'),
  detailLink: /* Seen: doc §3.1 and §3.4: card links to the detail */ selectorList(
    'a[href*="/p/order/detail.html"][href*="orderId="]',
  ),
} as const;

export const GLOBAL_ORDER_DETAIL = {
  /** Any of these marks the known detail layout; without one the page is not read at all. */
  layout: /* Seen: doc §4.2 */ selectorList(
    'div.info-row',
    'div.order-price',
    'span.store-name',
    'div.order-detail-item-content-wrap',
  ),
  infoRow: /* Seen: doc §4.2: "Order ID: … Copy", "Paid on …" */ selectorList('div.info-row'),
  status:
    /* Seen: fixture assumption (no public selector; texts from the real order-detail.json title) */ selectorList(
      '[class*="status-title"]',
    ),
  storeName: /* Seen: doc §4.2 (AliHelper) */ selectorList('span.store-name'),
  item: /* Seen: doc §4.2 */ selectorList('div.order-detail-item-content-wrap'),
  itemTitle: /* Seen: doc §4.2 */ selectorList('div.item-title a', 'div.item-title'),
  itemSku: /* Seen: doc §4.2 */ selectorList('div.item-sku-attr'),
  itemPrice: /* Seen: doc §4.2: "$x.xx x1" */ selectorList('div.item-price'),
  itemQuantity: /* Seen: doc §4.2 */ selectorList('span.item-price-quantity'),
  priceRow: /* Seen: doc §4.2 */ selectorList('div.order-price-item'),
  priceLabel: /* Seen: doc §4.2 */ selectorList('span.left-col', '.left-col'),
  priceValue: /* Seen: doc §4.2 */ selectorList('span.right-col', 'div.right-col', '.right-col'),
  trackingNumber:
    /* Seen: fixture assumption (no public selector for the detail page) */ selectorList('.tracking-number'),
  trackingCarrier: /* Seen: fixture assumption */ selectorList('.tracking-carrier'),
} as const;

export const GLOBAL_DISPUTE_DETAIL = {
  status: /* Seen: doc Part 2 A3 */ selectorList('[class*="reminder--statusStr"]', '[class*="statusStr"]'),
  sellerSolution: /* Seen: fixture assumption (A3: "possible solutions"; markup unknown) */ selectorList(
    '#seller-solution',
    '[class*="sellerSolution"]',
  ),
  history: /* Seen: fixture assumption (history markup unknown) */ selectorList(
    'ul.history > li',
    '[class*="history"] li',
  ),
  historyTime: /* Seen: fixture assumption */ selectorList('.muted', 'time'),
  countdown: /* Seen: fixture assumption (A3: no countdown text known) */ selectorList(
    '[class*="countdown"]',
    '[class*="deadline"]',
  ),
} as const;

/** The open-dispute form: current /p/reverse-pages/ form (Part 2 A2) and the legacy form (A4). */
export const DISPUTE_FORM = {
  description: /* Seen: doc Part 2 A2 (.commet--textarea--Sg0xapL), A4 (#request-detail-txt) */ selectorList(
    'textarea[class*="commet--textarea"]',
    'textarea#request-detail-txt',
    'textarea[class*="textarea"]',
  ),
  reason: /* Seen: doc Part 2 A2 (.comet-v2-select-show-arrow), A4 (#problem_type2) */ selectorList(
    '.comet-v2-select-show-arrow .comet-v2-select-selection-item',
    '.comet-v2-select-show-arrow',
    '#problem_type2',
  ),
  resolution: /* Seen: fixture assumption (radio values refund_only / return_and_refund) */ selectorList(
    'input[name="solution"]:checked',
  ),
  amount: /* Seen: doc Part 2 A4 */ selectorList('#refund-amount', 'input[name="refundAmount"]'),
  amountCurrencyHint:
    /* Seen: fixture assumption: "Max. US $12.99" beside the amount */ selectorList('#refund-amount ~ .muted'),
  thumbs: /* Seen: doc Part 2 A2 */ selectorList('[class*="upload--imageThumb"]', '[class*="imageThumb"]'),
  submit: /* Seen: doc Part 2 A2 (data-pl), A4 (#submit) */ selectorList(
    'button[data-pl="buyersubmit_btn_submit"]',
    'button#submit',
  ),
  nextStep: /* Seen: doc Part 2 A2: button "Next step" */ selectorList('button#next-step'),
} as const;
