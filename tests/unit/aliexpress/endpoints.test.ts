import { describe, expect, it } from 'vitest';
import { observedEndpointOf } from '../../../lib/aliexpress/endpoints';

describe('observedEndpointOf', () => {
  it.each([
    [
      'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?jsv=2.5.1&appKey=12574478',
      'order-list',
    ],
    ['https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/?type=originaljson', 'order-detail'],
    ['https://acs.aliexpress.us/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/', 'order-detail'],
    ['https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?callback=mtopjsonp4', 'tracking'],
    [
      'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer/1.0/',
      'dispute-list',
    ],
    [
      'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer/1.0/',
      'dispute-detail',
    ],
    ['https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web-order-list?_bx-v=2.5.11', 'order-list'],
    ['https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web/order-search?_bx-v=2.5.20', 'order-list'],
  ])('%s → %s', (url, endpoint) => {
    expect(observedEndpointOf(url)).toBe(endpoint);
  });

  it.each([
    'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.submit/1.0/',
    'https://acs.aliexpress.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/',
    'https://acs.aliexpress.com.evil.example/h5/mtop.aliexpress.trade.buyer.order.list/1.0/',
    'https://www.aliexpress.com/p/order/index.html',
    'https://aliexpress.ru/aer-jsonapi/v1/search',
    'javascript:alert(1)',
    'not a url',
  ])('ignores %s', (url) => {
    expect(observedEndpointOf(url)).toBeNull();
  });
});
