/**
 * What each fixture page should let the extension learn, for e2e specs and tests: the URL to open, the fixture
 * files behind it, the data requests the page makes (and how), and the facts the panel should be able to show.
 * Facts are the union of what the markup shows and what the page's own responses carry; `fromDom` says whether
 * the markup alone yields them (false for the mobile, re-hashed and unknown layouts).
 */
export interface OrderFacts {
  orderId: string;
  status?: string;
  statusText?: string;
  storeName?: string;
  total?: { amount: number; currency: string };
  itemCount?: number;
  trackingNumber?: string;
  carrier?: string;
  orderedOn?: string;
  paidOn?: string;
  shippedOn?: string;
  protectionEndsOn?: string;
}

export interface DisputeFacts {
  disputeId: string;
  orderId?: string;
  status?: string;
  statusText?: string;
  awaiting?: string;
  deadlineOn?: string;
  historyCount?: number;
}

export interface DataRequest {
  /** mtop API name or .ru path, as in the request URL. */
  api: string;
  transport: 'fetch' | 'xhr' | 'jsonp';
  method: 'GET' | 'POST';
  /** The fixture answering it, under tests/fixtures/api/. */
  response: string;
}

export interface FixturePageFacts {
  url: string;
  /** The page under tests/fixtures/pages/. */
  page: string;
  kind: 'order-list' | 'order-detail' | 'dispute-start' | 'dispute-detail' | 'dispute-list';
  site: 'global' | 'ru' | 'us';
  /** The panel's expected recognition: data read, or nothing readable (the not-recognised state). */
  recognised: boolean;
  fromDom: boolean;
  requests: DataRequest[];
  orders: OrderFacts[];
  disputes: DisputeFacts[];
}

const ORDER_LIST_API = 'mtop.aliexpress.trade.buyer.order.list';
const DETAIL_API = 'mtop.aliexpress.trade.buyer.order.detail';
const TRACKING_API = 'mtop.ae.ld.querydetail';

const DETAIL_ORDER: OrderFacts = {
  orderId: '8190000123456789',
  status: 'shipped',
  statusText: 'Awaiting delivery',
  total: { amount: 11.48, currency: 'USD' },
  itemCount: 1,
  orderedOn: '2025-12-17',
  paidOn: '2025-12-17',
  protectionEndsOn: '2026-02-14',
};

const detailRequests = (transport: 'jsonp' | 'fetch'): DataRequest[] => [
  { api: DETAIL_API, transport, method: 'GET', response: 'com/order-detail/8190000123456789.json' },
];

export const FIXTURE_FACTS: FixturePageFacts[] = [
  {
    url: 'https://www.aliexpress.com/p/order/index.html',
    page: 'com/order-list.html',
    kind: 'order-list',
    site: 'global',
    recognised: true,
    fromDom: true,
    requests: [{ api: ORDER_LIST_API, transport: 'fetch', method: 'POST', response: 'com/order-list.json' }],
    orders: [
      {
        orderId: '8190000123456701',
        status: 'shipped',
        statusText: 'Awaiting delivery',
        storeName: 'Harbor Lights Store',
        total: { amount: 11.48, currency: 'USD' },
        itemCount: 1,
        orderedOn: '2025-12-17',
      },
      {
        orderId: '8190000123456702',
        status: 'in_dispute',
        statusText: 'In dispute',
        storeName: 'Mellow Home Store',
        total: { amount: 23.47, currency: 'USD' },
        itemCount: 1,
        orderedOn: '2025-12-09',
      },
      {
        orderId: '8190000123456703',
        status: 'completed',
        storeName: 'Orbit Gadgets Store',
        total: { amount: 18.02, currency: 'USD' },
        orderedOn: '2025-11-28',
      },
      {
        orderId: '8190000123456704',
        status: 'completed',
        storeName: 'Tiny Thread Store',
        total: { amount: 17.86, currency: 'USD' },
        orderedOn: '2025-11-03',
      },
      { orderId: '8190000123456705', status: 'shipped', storeName: 'Quiet Forest Store', orderedOn: '2025-10-30' },
      { orderId: '8190000123456706', status: 'completed', storeName: 'Pixel Peak Store' },
      { orderId: '8190000123456707', status: 'completed', storeName: 'Sunny Kitchen Store', itemCount: 2 },
      { orderId: '8190000123456708', status: 'completed', storeName: 'Trail Gear Store' },
      { orderId: '8190000123456709', status: 'completed', storeName: 'Bright Kids Store' },
      {
        orderId: '8190000123456690',
        status: 'completed',
        storeName: 'Mellow Home Store',
        total: { amount: 4.15, currency: 'USD' },
        orderedOn: '2025-10-02',
      },
    ],
    disputes: [],
  },
  {
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789',
    page: 'com/order-detail.html',
    kind: 'order-detail',
    site: 'global',
    recognised: true,
    fromDom: true,
    requests: [
      ...detailRequests('jsonp'),
      { api: TRACKING_API, transport: 'xhr', method: 'GET', response: 'com/tracking/8190000123456789.json' },
    ],
    orders: [
      {
        ...DETAIL_ORDER,
        storeName: 'Harbor Lights Store',
        trackingNumber: 'LX012345678CN',
        carrier: 'Cainiao',
        shippedOn: '2025-12-19',
      },
    ],
    disputes: [],
  },
  {
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789&dh-fixture=renamed',
    page: 'com/order-detail-renamed.html',
    kind: 'order-detail',
    site: 'global',
    recognised: true,
    fromDom: false,
    requests: [
      ...detailRequests('jsonp'),
      { api: TRACKING_API, transport: 'xhr', method: 'GET', response: 'com/tracking/8190000123456789.json' },
    ],
    orders: [{ ...DETAIL_ORDER, trackingNumber: 'LX012345678CN', carrier: 'Cainiao', shippedOn: '2025-12-19' }],
    disputes: [],
  },
  {
    url: 'https://m.aliexpress.com/p/order/detail.html?orderId=8190000123456789',
    page: 'mobile/order-detail.html',
    kind: 'order-detail',
    site: 'global',
    recognised: true,
    fromDom: false,
    requests: detailRequests('fetch'),
    orders: [{ ...DETAIL_ORDER, shippedOn: '2025-12-19' }],
    disputes: [],
  },
  {
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789&dh-fixture=unknown',
    page: 'common/unknown-layout.html',
    kind: 'order-detail',
    site: 'global',
    recognised: false,
    fromDom: false,
    requests: [],
    orders: [],
    disputes: [],
  },
  {
    url: 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790&tradeOrderLineId=8190000123456790001',
    page: 'com/dispute-start.html',
    kind: 'dispute-start',
    site: 'global',
    recognised: true,
    fromDom: true,
    requests: [],
    orders: [],
    disputes: [],
  },
  {
    url: 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201',
    page: 'com/dispute-detail.html',
    kind: 'dispute-detail',
    site: 'global',
    recognised: true,
    fromDom: true,
    requests: [
      {
        api: 'mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer',
        transport: 'xhr',
        method: 'POST',
        response: 'com/dispute-detail/5012345678901201.json',
      },
    ],
    orders: [],
    disputes: [
      {
        disputeId: '5012345678901201',
        orderId: '8190000123456703',
        status: 'awaiting_buyer',
        statusText: 'Waiting for your response',
        awaiting: 'buyer',
        deadlineOn: '2026-01-12T08:40',
        historyCount: 7,
      },
    ],
  },
  {
    url: 'https://m.aliexpress.com/p/refund-dispute/list.html',
    page: 'com/dispute-list.html',
    kind: 'dispute-list',
    site: 'global',
    recognised: true,
    fromDom: false,
    requests: [
      {
        api: 'mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer',
        transport: 'jsonp',
        method: 'GET',
        response: 'com/dispute-list.json',
      },
    ],
    orders: [],
    disputes: [
      { disputeId: '5012345678901201', orderId: '8190000123456703' },
      { disputeId: '5012345678901202', orderId: '8190000123456702' },
      // The list says this one is closed, but a case ends only on its own page (issue 10): a list could be forged.
      { disputeId: '5012345678901203', orderId: '8190000123456690' },
    ],
  },
  {
    url: 'https://aliexpress.ru/order-list?filterName=active',
    page: 'ru/order-list.html',
    kind: 'order-list',
    site: 'ru',
    recognised: true,
    fromDom: true,
    requests: [
      {
        api: '/aer-jsonapi/bx/orders/v3/web-order-list',
        transport: 'fetch',
        method: 'POST',
        response: 'ru/web-order-list.json',
      },
    ],
    orders: [
      {
        orderId: '5385013512515995',
        status: 'shipped',
        statusText: 'В пути',
        storeName: 'Harbor Lights Store',
        total: { amount: 1234.56, currency: 'RUB' },
        orderedOn: '2025-12-17T10:05',
      },
      { orderId: '5385013512516021', status: 'processing', total: { amount: 689, currency: 'RUB' } },
      { orderId: '5385013512516104', status: 'delivered', total: { amount: 2405.1, currency: 'RUB' } },
    ],
    disputes: [],
  },
  {
    url: 'https://aliexpress.ru/order-list/5385013512515995',
    page: 'ru/order-detail.html',
    kind: 'order-detail',
    site: 'ru',
    recognised: true,
    fromDom: true,
    requests: [],
    orders: [
      {
        orderId: '5385013512515995',
        status: 'shipped',
        statusText: 'В пути',
        storeName: 'Harbor Lights Store',
        total: { amount: 1234.56, currency: 'RUB' },
        itemCount: 1,
        orderedOn: '2025-12-17',
      },
    ],
    disputes: [],
  },
];
