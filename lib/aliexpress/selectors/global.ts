import { selectorList } from './selector-list';

const DOC = '../shared/docs/aliexpress-pages-and-disputes.md';

/** aliexpress.com (and .us) current pages under /p/: class names from public scrapers, prefix matches as fallbacks. */
export const GLOBAL_ORDER_LIST = {
  card: selectorList(`${DOC} §4.1 (Kagee, getgather)`, 'div.order-item', '.order-content > div'),
  status: selectorList(`${DOC} §4.1`, 'span.order-item-header-status-text', '[class*="header-status-text"]'),
  headerInfo: selectorList(
    `${DOC} §4.1: texts "Order date: …", "Order ID: …"`,
    'div.order-item-header-right-info > div',
    '[class*="header-right-info"] > div',
  ),
  storeLink: selectorList(`${DOC} §4.1`, 'span.order-item-store-name a', '[class*="store-name"] a'),
  itemName: selectorList(`${DOC} §4.1`, 'div.order-item-content-info-name', '[class*="content-info-name"]'),
  itemNumber: selectorList(
    `${DOC} §4.1: price and "x1"`,
    'div.order-item-content-info-number',
    '[class*="content-info-number"]:not([class*="quantity"])',
  ),
  itemQuantity: selectorList(
    `${DOC} §4.1`,
    'span.order-item-content-info-number-quantity',
    '[class*="info-number-quantity"]',
  ),
  total: selectorList(`${DOC} §4.1`, 'span.order-item-content-opt-price-total', '[class*="price-total"]'),
  detailLink: selectorList(
    `${DOC} §3.1 and §3.4: card links to the detail`,
    'a[href*="/p/order/detail.html"][href*="orderId="]',
  ),
} as const;

export const GLOBAL_ORDER_DETAIL = {
  /** Any of these marks the known detail layout; without one the page is not read at all. */
  layout: selectorList(
    `${DOC} §4.2`,
    'div.info-row',
    'div.order-price',
    'span.store-name',
    'div.order-detail-item-content-wrap',
  ),
  infoRow: selectorList(`${DOC} §4.2: "Order ID: … Copy", "Paid on …"`, 'div.info-row'),
  status: selectorList(
    'fixture assumption (no public selector; texts from the real order-detail.json title)',
    '[class*="status-title"]',
  ),
  storeName: selectorList(`${DOC} §4.2 (AliHelper)`, 'span.store-name'),
  item: selectorList(`${DOC} §4.2`, 'div.order-detail-item-content-wrap'),
  itemTitle: selectorList(`${DOC} §4.2`, 'div.item-title a', 'div.item-title'),
  itemSku: selectorList(`${DOC} §4.2`, 'div.item-sku-attr'),
  itemPrice: selectorList(`${DOC} §4.2: "$x.xx x1"`, 'div.item-price'),
  itemQuantity: selectorList(`${DOC} §4.2`, 'span.item-price-quantity'),
  priceRow: selectorList(`${DOC} §4.2`, 'div.order-price-item'),
  priceLabel: selectorList(`${DOC} §4.2`, 'span.left-col', '.left-col'),
  priceValue: selectorList(`${DOC} §4.2`, 'span.right-col', 'div.right-col', '.right-col'),
  trackingNumber: selectorList('fixture assumption (no public selector for the detail page)', '.tracking-number'),
  trackingCarrier: selectorList('fixture assumption', '.tracking-carrier'),
} as const;

export const GLOBAL_DISPUTE_DETAIL = {
  status: selectorList(`${DOC} Part 2 A3`, '[class*="reminder--statusStr"]', '[class*="statusStr"]'),
  sellerSolution: selectorList(
    'fixture assumption (A3: "possible solutions"; markup unknown)',
    '#seller-solution',
    '[class*="sellerSolution"]',
  ),
  history: selectorList('fixture assumption (history markup unknown)', 'ul.history > li', '[class*="history"] li'),
  historyTime: selectorList('fixture assumption', '.muted', 'time'),
  countdown: selectorList(
    'fixture assumption (A3: no countdown text known)',
    '[class*="countdown"]',
    '[class*="deadline"]',
  ),
} as const;

/** The open-dispute form: current /p/reverse-pages/ form (Part 2 A2) and the legacy form (A4). */
export const DISPUTE_FORM = {
  description: selectorList(
    `${DOC} Part 2 A2 (.commet--textarea--Sg0xapL), A4 (#request-detail-txt)`,
    'textarea[class*="commet--textarea"]',
    'textarea#request-detail-txt',
    'textarea[class*="textarea"]',
  ),
  reason: selectorList(
    `${DOC} Part 2 A2 (.comet-v2-select-show-arrow), A4 (#problem_type2)`,
    '.comet-v2-select-show-arrow .comet-v2-select-selection-item',
    '.comet-v2-select-show-arrow',
    '#problem_type2',
  ),
  resolution: selectorList(
    'fixture assumption (radio values refund_only / return_and_refund)',
    'input[name="solution"]:checked',
  ),
  amount: selectorList(`${DOC} Part 2 A4`, '#refund-amount', 'input[name="refundAmount"]'),
  amountCurrencyHint: selectorList('fixture assumption: "Max. US $12.99" beside the amount', '#refund-amount ~ .muted'),
  thumbs: selectorList(`${DOC} Part 2 A2`, '[class*="upload--imageThumb"]', '[class*="imageThumb"]'),
  submit: selectorList(
    `${DOC} Part 2 A2 (data-pl), A4 (#submit)`,
    'button[data-pl="buyersubmit_btn_submit"]',
    'button#submit',
  ),
  nextStep: selectorList(`${DOC} Part 2 A2: button "Next step"`, 'button#next-step'),
} as const;
