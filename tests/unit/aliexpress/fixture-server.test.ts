import { describe, expect, it } from 'vitest';
import { fixtureFileFor } from '../../support/aliexpress-fixtures';
import { apiResponseBody, fixtureApiFor } from '../../support/fixture-api';

const mtop = (api: string, query: Record<string, string> = {}) =>
  new URL(
    `https://acs.aliexpress.com/h5/${api}/1.0/?${new URLSearchParams({ appKey: '12574478', api, v: '1.0', ...query })}`,
  );

describe('fixture server', () => {
  it('chooses page variants by the fixture-only parameter', () => {
    const detail = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
    expect(fixtureFileFor(new URL(detail))).toBe('com/order-detail.html');
    expect(fixtureFileFor(new URL(`${detail}&dh-fixture=renamed`))).toBe('com/order-detail-renamed.html');
    expect(fixtureFileFor(new URL(`${detail}&dh-fixture=unknown`))).toBe('common/unknown-layout.html');
    expect(fixtureFileFor(new URL('https://aliexpress.ru/order-list?dh-fixture=unknown'))).toBe(
      'common/unknown-layout.html',
    );
    expect(fixtureFileFor(new URL(detail.replace('www.', 'm.')))).toBe('mobile/order-detail.html');
    expect(fixtureFileFor(new URL('https://aliexpress.com.evil.example/p/order/detail.html'))).toBeNull();
  });

  it('answers mtop calls by API name, JSONP only with a plain callback name', () => {
    expect(fixtureApiFor(mtop('mtop.aliexpress.trade.buyer.order.list'), 'data=%7B%7D')).toEqual({
      file: 'com/order-list.json',
      stamp: {},
      callback: undefined,
    });
    const jsonp = mtop('mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer', {
      type: 'jsonp',
      callback: 'mtopjsonp2',
    });
    expect(fixtureApiFor(jsonp, null)?.callback).toBe('mtopjsonp2');
    const hostile = mtop('mtop.aliexpress.trade.buyer.order.list', { type: 'jsonp', callback: 'alert(1)//' });
    expect(fixtureApiFor(hostile, null)?.callback).toBeUndefined();
    expect(fixtureApiFor(mtop('mtop.aliexpress.search'), null)).toBeNull();
    expect(
      fixtureApiFor(new URL('https://example.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/'), null),
    ).toBeNull();
  });

  it('chooses by id and stamps the template for ids without a file of their own', async () => {
    const known = fixtureApiFor(
      mtop('mtop.aliexpress.trade.buyer.order.detail', { data: '{"tradeOrderId":"8190000123456789"}' }),
      null,
    )!;
    expect(known).toMatchObject({ file: 'com/order-detail/8190000123456789.json', stamp: {} });

    const other = fixtureApiFor(
      mtop('mtop.ae.ld.querydetail'),
      `data=${encodeURIComponent('{"tradeOrderId":"8190000123456701"}')}`,
    )!;
    expect(other.stamp).toEqual({ '8190000123456789': '8190000123456701' });
    const body = await apiResponseBody(other);
    expect(body).toContain('tradeOrderId=8190000123456701');
    expect(body).not.toContain('8190000123456789');

    const dispute = fixtureApiFor(
      mtop('mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer'),
      `data=${encodeURIComponent('{"reverseOrderLineId":"5012345678901234","tradeOrderId":"8190000123456791"}')}`,
    )!;
    const caseBody = JSON.parse(await apiResponseBody(dispute));
    expect(caseBody.data.module).toMatchObject({
      reverseOrderLineId: '5012345678901234',
      tradeOrderId: '8190000123456791',
    });
  });

  it('answers the .ru list endpoint', () => {
    expect(
      fixtureApiFor(
        new URL('https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web-order-list?_bx-v=2.5.11'),
        '{"tabType":"active"}',
      )?.file,
    ).toBe('ru/web-order-list.json');
  });
});
