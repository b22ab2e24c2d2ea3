import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObservedResponse } from '../../../lib/aliexpress/page-data/parse-response';

const API = path.resolve(import.meta.dirname, '../../fixtures/api');
const fixture = (file: string) => readFileSync(path.join(API, file), 'utf8');
const mtop = (api: string) =>
  `https://acs.aliexpress.com/h5/${api}/1.0/?jsv=2.7.2&appKey=12574478&t=1&sign=x&api=${api}&v=1.0`;
const observedAt = new Date('2026-01-08T12:00:00Z');
const parse = (api: string, text: string) => parseObservedResponse({ requestUrl: mtop(api), text, observedAt });

describe('parseObservedResponse on our fixture API responses', () => {
  it('order list: 10 orders in display order with one in dispute', () => {
    const { orders } = parse('mtop.aliexpress.trade.buyer.order.list', fixture('com/order-list.json'));
    expect(orders.map((order) => order.orderId.slice(-3))).toEqual([
      '701',
      '702',
      '703',
      '704',
      '705',
      '706',
      '707',
      '708',
      '709',
      '690',
    ]);
    expect(orders.map((order) => order.status)).toEqual([
      'shipped',
      'in_dispute',
      'completed',
      'completed',
      'shipped',
      'completed',
      'completed',
      'completed',
      'completed',
      'completed',
    ]);
    expect(orders[0]).toEqual({
      orderId: '8190000123456701',
      source: 'page-data',
      route: 'mtop.aliexpress.trade.buyer.order.list',
      status: 'shipped',
      statusText: 'Awaiting delivery',
      store: { name: 'Harbor Lights Store', id: '1102345678' },
      items: [
        {
          title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W',
          productId: '1005006123456789',
          imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/S1005006123456789.jpg_220x220.jpg',
          lineId: '8190000123452001',
          options: ['Color: Black', 'Length: 2m'],
          quantity: 1,
          price: { amount: 12.99, currency: 'USD' },
        },
      ],
      total: { amount: 11.48, currency: 'USD' },
      orderedOn: '2025-12-17',
    });
    expect(orders.find((order) => order.orderId.endsWith('707'))!.items).toHaveLength(2);
  });

  it('order detail (JSONP): status, dates, total, item and protection end', () => {
    const jsonp = `mtopjsonp3(${fixture('com/order-detail/8190000123456789.json')})`;
    expect(parse('mtop.aliexpress.trade.buyer.order.detail', jsonp).orders).toEqual([
      {
        orderId: '8190000123456789',
        source: 'page-data',
        route: 'mtop.aliexpress.trade.buyer.order.detail',
        status: 'shipped',
        statusText: 'Awaiting delivery',
        items: [
          {
            title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W',
            productId: '1005006123456789',
            lineId: '8190000123456789001',
            imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/S1005006123456789.jpg_220x220.jpg',
            options: ['Color: Black', 'Length: 2m'],
            quantity: 1,
            price: { amount: 12.99, currency: 'USD' },
          },
        ],
        total: { amount: 11.48, currency: 'USD' },
        orderedOn: '2025-12-17',
        paidOn: '2025-12-17',
        shippedOn: '2025-12-19',
        protectionEndsOn: '2026-02-14',
      },
    ]);
  });

  it('tracking: number, carrier and promise; yearless events placed in the right year', () => {
    expect(parse('mtop.ae.ld.querydetail', fixture('com/tracking/8190000123456789.json')).orders).toEqual([
      {
        orderId: '8190000123456789',
        source: 'page-data',
        route: 'mtop.ae.ld.querydetail',
        tracking: [{ number: 'LX012345678CN', carrier: 'Cainiao' }],
        protectionEndsOn: '2026-02-14',
      },
    ]);
  });

  it('dispute list: three cases with order ids', () => {
    const { disputes } = parse(
      'mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer',
      `/**/cb(${fixture('com/dispute-list.json')});`,
    );
    expect(disputes.map(({ disputeId, orderId, status, openedOn }) => [disputeId, orderId, status, openedOn])).toEqual([
      ['5012345678901201', '8190000123456703', undefined, '2026-01-05T10:12'],
      ['5012345678901202', '8190000123456702', undefined, '2025-12-30T18:03'],
      ['5012345678901203', '8190000123456690', 'closed', '2025-10-14T09:47'],
    ]);
  });

  it('dispute detail: waiting for the buyer, deadline, request and history with the counter-proposal', () => {
    const [dispute, ...others] = parse(
      'mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer',
      fixture('com/dispute-detail/5012345678901201.json'),
    ).disputes;
    expect(others).toEqual([]);
    expect(dispute).toMatchObject({
      disputeId: '5012345678901201',
      orderId: '8190000123456703',
      route: 'mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer',
      reason: 'Item not as described',
      resolution: 'full_refund',
      requestedAmount: { amount: 18.02, currency: 'USD' },
      status: 'awaiting_buyer',
      statusText: 'Waiting for your response',
      awaiting: 'buyer',
      deadline: { on: '2026-01-12T08:40' },
      openedOn: '2026-01-05T10:12',
    });
    expect(dispute!.history).toHaveLength(7);
    expect(dispute!.history![0]).toEqual({
      actor: 'seller',
      at: '2026-01-07T08:40',
      action: 'seller create solution',
      text: 'Seller proposed a partial refund of US $5.00. You keep the item.',
      amount: { amount: 5, currency: 'USD' },
    });
    expect(dispute!.history!.at(-1)).toMatchObject({ actor: 'buyer', action: 'initiate', at: '2026-01-05T10:12' });
  });

  it('.ru order list: data.items[].orders[]', () => {
    const { orders } = parseObservedResponse({
      requestUrl: 'https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web-order-list?_bx-v=2.5.11',
      text: fixture('ru/web-order-list.json'),
    });
    expect(
      orders.map(({ orderId, status, statusText, total, orderedOn }) => ({
        orderId,
        status,
        statusText,
        total,
        orderedOn,
      })),
    ).toEqual([
      {
        orderId: '5385013512515995',
        status: 'shipped',
        statusText: 'В пути',
        total: { amount: 1234.56, currency: 'RUB' },
        orderedOn: '2025-12-17T10:05',
      },
      {
        orderId: '5385013512516021',
        status: 'processing',
        statusText: 'Ожидает отправки',
        total: { amount: 689, currency: 'RUB' },
        orderedOn: '2025-12-02T19:41',
      },
      {
        orderId: '5385013512516104',
        status: 'delivered',
        statusText: 'Получен',
        total: { amount: 2405.1, currency: 'RUB' },
        orderedOn: '2025-11-10T08:15',
      },
    ]);
    expect(orders[0]!.store).toEqual({ name: 'Harbor Lights Store', id: '1102345678' });
    expect(orders[0]!.items).toEqual([
      {
        title: 'Кабель USB-C для быстрой зарядки 2 м',
        productId: '1005006123456789',
        quantity: 1,
        // The order's imageUrls[] entry at the product's place.
        imageUrl: 'https://ae04.alicdn.com/kf/S1005006123456789.jpg',
      },
    ]);
  });
});

describe('parseObservedResponse on awkward input', () => {
  const detail = (orderId: string) =>
    `{"api":"mtop.aliexpress.trade.buyer.order.detail","ret":["SUCCESS::ok"],"data":{"data":{"a_1":{"tag":"detail_simple_order_info_component","fields":{"tradeOrderId":${orderId},"payTime":"Jul 15, 2026"}}}}}`;

  it('keeps every digit of an id beyond 2^53 written as a JSON number', () => {
    expect(parse('mtop.aliexpress.trade.buyer.order.detail', detail('81234567890123456789')).orders[0]!.orderId).toBe(
      '81234567890123456789',
    );
  });

  it('leaves a string that merely contains a long digit run alone', () => {
    const text = detail('8212313961591322').replace('"Jul 15, 2026"', '"x:12345678901234567890, Jul 15, 2026"');
    expect(parse('mtop.aliexpress.trade.buyer.order.detail', text).orders[0]).toMatchObject({
      orderId: '8212313961591322',
      paidOn: '2026-07-15',
    });
  });

  it('gives nothing for a failed call, an unknown endpoint or a body that is not JSON', () => {
    const failed =
      '{"api":"mtop.aliexpress.trade.buyer.order.list","ret":["FAIL_SYS_SESSION_EXPIRED::Session expired"],"data":{}}';
    expect(parse('mtop.aliexpress.trade.buyer.order.list', failed)).toEqual({ orders: [], disputes: [] });
    expect(parse('mtop.aliexpress.search', fixture('com/order-list.json'))).toEqual({ orders: [], disputes: [] });
    expect(parse('mtop.aliexpress.trade.buyer.order.list', 'alert(1)')).toEqual({ orders: [], disputes: [] });
    expect(parse('mtop.aliexpress.trade.buyer.order.list', 'cb({"a":1}); alert(1)')).toEqual({
      orders: [],
      disputes: [],
    });
  });

  it('drops one bad field and keeps the rest of the order', () => {
    const text = JSON.stringify({
      ret: ['SUCCESS::ok'],
      data: {
        a: {
          orderId: '8190000123456701',
          statusText: 'Completed',
          orderDateText: 'Feb 30, 2026',
          totalPriceText: 'US $-1',
        },
      },
    });
    expect(parse('mtop.aliexpress.trade.buyer.order.list', text).orders).toEqual([
      {
        orderId: '8190000123456701',
        source: 'page-data',
        route: 'mtop.aliexpress.trade.buyer.order.list',
        status: 'completed',
        statusText: 'Completed',
      },
    ]);
  });
});
