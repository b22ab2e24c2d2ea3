import type { DetectedPage } from '../../../lib/pages/detect-page';
import type { PageKind } from '../../../lib/pages/page-kind';

/**
 * Real URL forms of every page kind, from ../shared/docs/aliexpress-pages-and-disputes.md (§3, Part 2 A1/A4)
 * with our own ids. Each URL is checked against every kind by page-detection.test.ts.
 */
export const URLS_BY_KIND: Record<PageKind, Array<[url: string, expected: Omit<DetectedPage, 'kind'>]>> = {
  'order-list': [
    ['https://www.aliexpress.com/p/order/index.html', { site: 'global' }],
    ['https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.headerAcount.2.6b3c76dbQWmYgZ', { site: 'global' }],
    ['https://es.aliexpress.com/p/order/index.html?spm=a2g0o.home.0.0', { site: 'global' }],
    ['https://ru.aliexpress.com/p/order/index.html', { site: 'global' }], // language subdomain of global
    ['https://m.aliexpress.com/p/order/index.html?_addShare=no&_login=yes', { site: 'global' }],
    ['https://www.aliexpress.us/p/order/index.html?gatewayAdapt=glo2usa', { site: 'us' }],
    ['https://trade.aliexpress.com/orderList.htm', { site: 'global' }], // legacy
    ['http://trade.aliexpress.com/order_list.htm?spm=2114.11010108.1000002.6.1f0a649bX4aZ', { site: 'global' }],
    ['https://trade.aliexpress.ru/orderList.htm', { site: 'ru' }], // legacy .ru
    ['https://aliexpress.ru/order-list', { site: 'ru' }],
    ['https://aliexpress.ru/order-list?filterName=active&spm=a2g2w.orderlist.0.0', { site: 'ru' }],
    ['https://aliexpress.ru/order-list/?filterName=archive', { site: 'ru' }], // trailing slash
    ['https://www.aliexpress.com/p/order/index.html#top', { site: 'global' }],
  ],
  'order-detail': [
    [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789',
      { site: 'global', orderId: '8190000123456789' },
    ],
    [
      'https://www.aliexpress.com/p/order/detail.html?spm=a2g0o.order_list.order_list_main.5.21ef1802Xz&orderId=3041234567890123',
      { site: 'global', orderId: '3041234567890123' },
    ],
    [
      'https://fr.aliexpress.com/p/order/detail.html?orderId=8190000123456790&tracelog=rowan',
      { site: 'global', orderId: '8190000123456790' },
    ],
    [
      'https://m.aliexpress.com/p/order/detail.html?orderId=8190000123456791&_addShare=no',
      { site: 'global', orderId: '8190000123456791' },
    ],
    [
      'https://www.aliexpress.us/p/order/detail.html?orderId=8190000123456792',
      { site: 'us', orderId: '8190000123456792' },
    ],
    [
      'https://trade.aliexpress.com/order_detail.htm?orderId=65012345678901',
      { site: 'global', orderId: '65012345678901' },
    ], // legacy
    [
      'http://trade.aliexpress.com/order_detail.htm?orderId=65012345678902&spm=2114.12010608.0.0',
      { site: 'global', orderId: '65012345678902' },
    ],
    ['https://aliexpress.ru/order-list/5385013512515995', { site: 'ru', orderId: '5385013512515995' }],
    [
      'https://aliexpress.ru/order-list/5385013512515996?filterName=archive',
      { site: 'ru', orderId: '5385013512515996' },
    ],
    ['https://aliexpress.ru/order-list/5385013512515997/', { site: 'ru', orderId: '5385013512515997' }],
    [
      'https://m.aliexpress.ru/order-list/5385013512515998?spm=a2g2w.orderlist.list.1',
      { site: 'ru', orderId: '5385013512515998' },
    ],
    ['https://www.aliexpress.com/p/order/detail.html', { site: 'global' }], // id missing: still the page, no id
    ['https://www.aliexpress.com/p/order/detail.html?orderId=123abc%3Cscript%3E', { site: 'global' }], // bad id dropped
  ],
  'dispute-start': [
    [
      'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456789&tradeOrderLineId=8190000123456789001',
      { site: 'global', orderId: '8190000123456789' },
    ],
    [
      'https://www.aliexpress.com/p/reverse-pages/start.html?tradeOrderLineId=8190000123456789001&spm=a2g0o.order_detail.0.0',
      { site: 'global' },
    ],
    [
      'https://es.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790',
      { site: 'global', orderId: '8190000123456790' },
    ],
    [
      'https://m.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456791',
      { site: 'global', orderId: '8190000123456791' },
    ],
    [
      'https://www.aliexpress.us/p/reverse-pages/start.html?orderId=8190000123456792',
      { site: 'us', orderId: '8190000123456792' },
    ],
    [
      'https://trade.aliexpress.com/issue/fastissue/createIssueStep1.htm?orderId=65012345678901',
      { site: 'global', orderId: '65012345678901' },
    ],
    [
      'https://trade.aliexpress.com/issue/fastissue/createIssueStep2.htm?orderId=65012345678901&issueId=70012345678&solutionType=ro',
      { site: 'global', orderId: '65012345678901', disputeId: '70012345678' },
    ],
  ],
  'dispute-detail': [
    [
      'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901234&orderId=8190000123456789',
      { site: 'global', orderId: '8190000123456789', disputeId: '5012345678901234' },
    ],
    [
      'https://m.aliexpress.com/p/reverse-pages/index.html?reverseOrderLineId=5012345678901235',
      { site: 'global', disputeId: '5012345678901235' },
    ],
    [
      'https://trade.aliexpress.com/issue/fastissue/Detail.htm?tradeOrderLineId=8190000123456789001&reverseOrderLineId=5012345678901236&from=1',
      { site: 'global', disputeId: '5012345678901236' },
    ],
    [
      'https://trade.aliexpress.com/issue/fastissue/Detail.htm?reverseOrderLineId=5012345678901237&issueId=70012345679&from=1',
      { site: 'global', disputeId: '5012345678901237' },
    ],
    [
      'http://trade.aliexpress.com/issue/issueDetail.htm?issueId=70012345680',
      { site: 'global', disputeId: '70012345680' },
    ],
    [
      'https://m.aliexpress.com/p/refund-amount/detail.html?pha_manifest=refund-amount&tradeOrderLineId=8190000123456789001',
      { site: 'global' },
    ],
    [
      'https://www.aliexpress.us/p/refund-dispute/detail.html?reverseOrderLineId=5012345678901238',
      { site: 'us', disputeId: '5012345678901238' },
    ],
  ],
  'dispute-list': [
    ['https://m.aliexpress.com/p/refund-dispute/list.html', { site: 'global' }],
    ['https://www.aliexpress.com/p/refund-dispute/list.html?spm=a2g0o.order_list.0.0', { site: 'global' }],
    ['https://www.aliexpress.com/p/refund-dispute/', { site: 'global' }],
    ['https://www.aliexpress.us/p/refund-dispute/list.html', { site: 'us' }],
    ['https://trade.aliexpress.com/issue/issue_list.htm', { site: 'global' }], // legacy
    ['https://trade.aliexpress.com/issue/issueList.htm?spm=2114.12010108.0.0', { site: 'global' }],
    ['https://aliexpress.ru/order-list?filterName=dispute', { site: 'ru' }], // .ru dispute tab (inferred from its API's tabType)
  ],
};

/** AliExpress look-alikes, other AliExpress pages and other sites: none of them is ours. */
export const URLS_OF_NO_KIND: string[] = [
  'https://aliexpress.com.evil.example/p/order/index.html',
  'https://notaliexpress.com/p/order/detail.html?orderId=8190000123456789',
  'https://aliexpress.ru.example.net/order-list',
  'https://evil.example/?next=https://www.aliexpress.com/p/order/index.html',
  'https://www.aliexpress.com/',
  'https://www.aliexpress.com/item/1005006123456789.html', // product
  'https://www.aliexpress.com/p/shoppingcart/index.html', // cart
  'https://www.aliexpress.com/w/wholesale-usb-cable.html?SearchText=usb+cable', // search
  'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000123456789', // tracking is not a dispute page
  'https://www.aliexpress.com/p/message/index.html',
  'https://m.aliexpress.com/p/refund-cancel/index.html',
  'https://feedback.aliexpress.com/management/leaveFeedback.htm?parentOrderId=8190000123456789',
  'https://aliexpress.ru/item/1005006123456789.html',
  'https://aliexpress.ru/order-list-export',
  'https://login.aliexpress.ru/?flag=1&return_url=https%3A%2F%2Faliexpress.ru%2Forder-list%2F5385013512515995',
  'https://www.aliexpress.us/item/3256806123456789.html',
  'ftp://www.aliexpress.com/p/order/index.html',
  'not a url',
  '',
];
