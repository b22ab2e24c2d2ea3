import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObservedResponse } from '../../../lib/aliexpress/page-data/parse-response';
import { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';

// Real, anonymised 2026 mtop responses (read-only, outside the repository; see that folder's README.md).
const CAPTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/real/aliexpress-mcp-2026-09');
const missing = !existsSync(CAPTURES);
const mtop = (api: string) => `https://acs.aliexpress.com/h5/${api}/1.0/?jsv=2.7.2&appKey=12574478&api=${api}&v=1.0`;
const observedAt = new Date('2026-09-07T12:00:00Z');
const parseCapture = (file: string, api: string) =>
  parseObservedResponse({ requestUrl: mtop(api), text: readFileSync(path.join(CAPTURES, file), 'utf8'), observedAt });

describe.skipIf(missing)(`real captures in ${CAPTURES}${missing ? ' (folder missing: skipped)' : ''}`, () => {
  it('order-list-init.json: 10 orders in display order, 8 completed and 2 awaiting delivery', () => {
    const { orders, disputes } = parseCapture('order-list-init.json', 'mtop.aliexpress.trade.buyer.order.list');
    expect(disputes).toEqual([]);
    expect(orders).toHaveLength(10);
    expect(orders.filter((order) => order.status === 'completed')).toHaveLength(8);
    expect(orders.filter((order) => order.status === 'shipped').map((order) => order.statusText)).toEqual([
      'Awaiting delivery',
      'Awaiting delivery',
    ]);
    expect(orders.map((order) => order.orderedOn)).toEqual(
      [...orders.map((order) => order.orderedOn)].sort().reverse(),
    );
    expect(orders.at(-1)!.orderedOn).toBe('2026-04-08');
    for (const order of orders) expect(OrderSnapshot.safeParse(order).success).toBe(true);

    const known = orders.find((order) => order.orderId === '8212313961591322')!;
    expect(known).toMatchObject({
      source: 'page-data',
      route: 'mtop.aliexpress.trade.buyer.order.list',
      statusText: 'Completed',
      store: { name: 'Vega Store', id: '1105843321' },
      total: { amount: 132.74, currency: 'BRL' },
      orderedOn: '2026-07-15',
    });
    expect(known.items).toEqual([
      expect.objectContaining({
        productId: '1005745176332016',
        lineId: '8212840438652111',
        quantity: 1,
        options: ['Color: HDMI-compatible 2.1', 'Length: 2m'],
        price: { amount: 126.59, currency: 'BRL' },
      }),
    ]);
    // The total is not the sum of the lines (tax, coupons): README fact 3.
    const taxed = orders.find((order) => order.orderId.startsWith('8211781299'))!;
    expect(taxed.total).toEqual({ amount: 400.2, currency: 'BRL' });
    expect(taxed.items![0]!.price).toEqual({ amount: 448.85, currency: 'BRL' });
  });

  it('order-detail.json: order 8212313961591322, completed, R$132,74, its dates and protection end', () => {
    const { orders } = parseCapture('order-detail.json', 'mtop.aliexpress.trade.buyer.order.detail');
    expect(orders).toEqual([
      expect.objectContaining({
        orderId: '8212313961591322',
        route: 'mtop.aliexpress.trade.buyer.order.detail',
        status: 'completed',
        statusText: 'Completed',
        total: { amount: 132.74, currency: 'BRL' },
        orderedOn: '2026-07-15',
        paidOn: '2026-07-15',
        shippedOn: '2026-07-16',
        protectionEndsOn: '2026-09-04',
      }),
    ]);
    expect(orders[0]!.items).toHaveLength(1);
    expect(orders[0]!.items![0]).toMatchObject({
      lineId: '8212840438652111',
      price: { amount: 126.59, currency: 'BRL' },
    });
  });

  it('logistics-querydetail.json: J&T Express, delivered Jul 28, order id from the tips link', () => {
    const { orders } = parseCapture('logistics-querydetail.json', 'mtop.ae.ld.querydetail');
    expect(orders).toEqual([
      {
        orderId: '8212313961591322',
        source: 'page-data',
        route: 'mtop.ae.ld.querydetail',
        tracking: [{ number: 'AA000000000BR', carrier: 'J&T Express' }],
        deliveredOn: '2026-07-28T18:39',
        // The tracking promise says Sep 3 where the order detail says Sep 4.
        protectionEndsOn: '2026-09-03',
      },
    ]);
    const raw = JSON.parse(readFileSync(path.join(CAPTURES, 'logistics-querydetail.json'), 'utf8'));
    expect(raw.data.module.trackingDetailLineList[0].detailList).toHaveLength(26);
  });

  it('refund-list.json: 3 finished returns with their order ids and opening dates', () => {
    const { orders, disputes } = parseCapture(
      'refund-list.json',
      'mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer',
    );
    expect(orders).toEqual([]);
    expect(
      disputes.map(({ disputeId, orderId, status, openedOn }) => ({ disputeId, orderId, status, openedOn })),
    ).toEqual([
      { disputeId: '6239649418962814', orderId: '8144543148947317', status: 'closed', openedOn: '2022-03-23T21:19' },
      { disputeId: '6234417803672596', orderId: '8143536486605361', status: 'closed', openedOn: '2022-01-29T05:37' },
      { disputeId: '230619598499278', orderId: '8142247025479021', status: 'closed', openedOn: '2021-12-10T02:08' },
    ]);
    for (const dispute of disputes) expect(DisputeSnapshot.safeParse(dispute).success).toBe(true);
  });

  it('order-count.json is not an observed endpoint and yields nothing', () => {
    expect(parseCapture('order-count.json', 'mtop.aliexpress.trade.buyer.order.count')).toEqual({
      orders: [],
      disputes: [],
    });
  });
});
