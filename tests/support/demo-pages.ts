/** AliExpress URLs answered from fixture pages: what `npm run demo` opens and the e2e suite checks. */
export interface DemoPage {
  url: string;
  kind: 'order-list' | 'order-detail' | 'dispute-start' | 'dispute-detail' | 'dispute-list';
  site: 'global' | 'ru' | 'us';
  orderId?: string;
  disputeId?: string;
}

export const DEMO_PAGES: DemoPage[] = [
  {
    url: 'https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.headerAcount.2',
    kind: 'order-list',
    site: 'global',
  },
  {
    url: 'https://www.aliexpress.com/p/order/detail.html?spm=a2g0o.order_list.order_list_main.5&orderId=8190000123456789',
    kind: 'order-detail',
    site: 'global',
    orderId: '8190000123456789',
  },
  {
    url: 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790&tradeOrderLineId=8190000123456790001',
    kind: 'dispute-start',
    site: 'global',
    orderId: '8190000123456790',
  },
  {
    url: 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901234&orderId=8190000123456703',
    kind: 'dispute-detail',
    site: 'global',
    orderId: '8190000123456703',
    disputeId: '5012345678901234',
  },
  { url: 'https://m.aliexpress.com/p/refund-dispute/list.html', kind: 'dispute-list', site: 'global' },
  { url: 'https://aliexpress.ru/order-list?filterName=active', kind: 'order-list', site: 'ru' },
  {
    url: 'https://aliexpress.ru/order-list/5385013512515995?filterName=archive',
    kind: 'order-detail',
    site: 'ru',
    orderId: '5385013512515995',
  },
  { url: 'https://aliexpress.ru/order-list?filterName=dispute', kind: 'dispute-list', site: 'ru' },
];
