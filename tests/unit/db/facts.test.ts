import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { readDisputeStates, readFactsFor, storeSnapshots } from '../../../lib/db/facts';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import type { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';

const NAME = 'facts-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

const ORDER = '8190000123456789';
const fromList: OrderSnapshot = {
  orderId: ORDER,
  source: 'page-data',
  route: 'mtop.aliexpress.trade.buyer.order.list',
  status: 'shipped',
  statusText: 'Awaiting delivery',
  store: { name: 'Example Store' },
  items: [{ lineId: '8190000123456780', title: 'USB-C cable', quantity: 2 }],
  total: { amount: 12.5, currency: 'USD' },
  orderedOn: '2026-10-01',
};
const fromDetail: OrderSnapshot = {
  orderId: ORDER,
  source: 'page-data',
  route: 'mtop.aliexpress.trade.buyer.order.detail',
  store: { id: '1100001' },
  items: [{ lineId: '8190000123456780', options: ['Color: Black'] }],
  paidOn: '2026-10-01',
  tracking: [{ number: 'LP00123456789CN', carrier: 'Cainiao' }],
};

describe('storeSnapshots', () => {
  it('merges views of one order without losing what an earlier page showed', async () => {
    db = await openDisputeDb(NAME);
    await storeSnapshots(db, { orders: [fromList], disputes: [] }, 'global', 1000);
    await storeSnapshots(db, { orders: [fromDetail], disputes: [] }, 'global', 2000);
    const { order } = await readFactsFor(db, { orderId: ORDER }, 3000);

    expect(order?.facts).toMatchObject({
      status: 'shipped',
      store: { name: 'Example Store', id: '1100001' },
      items: [{ lineId: '8190000123456780', title: 'USB-C cable', quantity: 2, options: ['Color: Black'] }],
      total: { amount: 12.5, currency: 'USD' },
      orderedOn: '2026-10-01',
      paidOn: '2026-10-01',
      tracking: [{ number: 'LP00123456789CN', carrier: 'Cainiao' }],
    });
    expect(order?.origins.status).toEqual({ source: 'page-data', route: fromList.route, at: 1000 });
    expect(order?.origins.paidOn).toEqual({ source: 'page-data', route: fromDetail.route, at: 2000 });
  });

  it('a newer page observation replaces an older one, but typed facts never override page facts', async () => {
    db = await openDisputeDb(NAME);
    await storeSnapshots(db, { orders: [fromList], disputes: [] }, 'global', 1000);
    const typed: OrderSnapshot = {
      orderId: ORDER,
      source: 'manual',
      orderedOn: '2026-09-30',
      protectionEndsOn: '2026-12-20',
    };
    await storeSnapshots(db, { orders: [typed], disputes: [] }, 'global', 2000);
    await storeSnapshots(
      db,
      { orders: [{ orderId: ORDER, source: 'page-dom', status: 'delivered' }], disputes: [] },
      'global',
      3000,
    );
    const { order } = await readFactsFor(db, { orderId: ORDER }, 4000);
    expect(order?.facts.orderedOn).toBe('2026-10-01');
    expect(order?.facts.protectionEndsOn).toBe('2026-12-20');
    expect(order?.origins.protectionEndsOn?.source).toBe('manual');
    expect(order?.facts.status).toBe('delivered');
  });

  it('moves a corrupt stored record to quarantine and stores the new view', async () => {
    db = await openDisputeDb(NAME);
    await db.put('orderFacts', { orderId: ORDER, facts: 'garbage' } as never);
    await storeSnapshots(db, { orders: [fromDetail], disputes: [] }, 'global', 1000);
    expect(await db.getAll('quarantine')).toMatchObject([{ store: 'orderFacts', key: ORDER }]);
    expect((await readFactsFor(db, { orderId: ORDER }, 2000)).order?.facts.paidOn).toBe('2026-10-01');
  });

  it('keeps one copy of each negotiation step, in date order', async () => {
    db = await openDisputeDb(NAME);
    const dispute = (history: DisputeSnapshot['history']): DisputeSnapshot => ({
      disputeId: '5012345678901234',
      orderId: ORDER,
      source: 'page-data',
      status: 'awaiting_buyer',
      history,
    });
    const opened = { actor: 'buyer', at: '2026-11-01T10:00', text: 'Not received' } as const;
    const offer = { actor: 'seller', at: '2026-11-03T09:00', text: 'We offer 2 USD' } as const;
    await storeSnapshots(db, { orders: [], disputes: [dispute([offer])] }, 'global', 1000);
    await storeSnapshots(db, { orders: [], disputes: [dispute([opened, offer])] }, 'global', 2000);
    const facts = await readFactsFor(db, { disputeId: '5012345678901234' }, 3000);
    expect(facts.dispute?.facts.history).toEqual([opened, offer]);
    expect(facts.order).toBeUndefined();
  });
});

describe('readDisputeStates', () => {
  it('open while a dispute runs or the order says so, closed when finished, none otherwise', async () => {
    db = await openDisputeDb(NAME);
    const other = '8190000999999999';
    const third = '8190000777777777';
    await storeSnapshots(
      db,
      {
        orders: [{ orderId: third, source: 'page-data', status: 'in_dispute' }],
        disputes: [
          { disputeId: '5012345678901234', orderId: ORDER, source: 'page-data', status: 'awaiting_seller' },
          { disputeId: '5012345678905678', orderId: other, source: 'page-data', status: 'refunded' },
        ],
      },
      'global',
      1000,
    );
    expect(await readDisputeStates(db, [ORDER, other, third, '8190000000000001'], 1000)).toEqual({
      [ORDER]: 'open',
      [other]: 'closed',
      [third]: 'open',
      '8190000000000001': 'none',
    });
  });

  it('the buyer’s move in a dispute, and protection ending within a week while the parcel travels', async () => {
    db = await openDisputeDb(NAME);
    const now = Date.UTC(2026, 1, 10, 12);
    const [soon, later, delivered] = ['8190000000000011', '8190000000000012', '8190000000000013'];
    await storeSnapshots(
      db,
      {
        orders: [
          { orderId: soon, source: 'page-data', status: 'shipped', protectionEndsOn: '2026-02-14' },
          { orderId: later, source: 'page-data', status: 'shipped', protectionEndsOn: '2026-03-14' },
          { orderId: delivered, source: 'page-data', status: 'completed', protectionEndsOn: '2026-02-14' },
        ],
        disputes: [{ disputeId: '5012345678901234', orderId: ORDER, source: 'page-data', status: 'awaiting_buyer' }],
      },
      'global',
      1000,
    );
    expect(await readDisputeStates(db, [ORDER, soon, later, delivered], now)).toEqual({
      [ORDER]: 'action',
      [soon]: 'ending',
      [later]: 'none',
      [delivered]: 'none',
    });
  });

  it('one step worded differently by the page’s data and its markup is one step, not two', async () => {
    db = await openDisputeDb(NAME);
    const fromData = {
      actor: 'seller',
      at: '2026-01-07T08:40',
      action: 'seller_create_solution',
      text: 'Seller proposed a partial refund of US $5.00.',
      amount: { amount: 5, currency: 'USD' },
    } as const;
    const fromMarkup = {
      actor: 'seller',
      at: '2026-01-07T08:40',
      text: 'Proposed a partial refund of US $5.00.',
    } as const;
    const later = { actor: 'buyer', at: '2026-01-07T09:00', text: 'Declined.' } as const;
    const dispute = (source: 'page-data' | 'page-dom', history: DisputeSnapshot['history']): DisputeSnapshot => ({
      disputeId: '5012345678901234',
      source,
      history,
    });
    await storeSnapshots(db, { orders: [], disputes: [dispute('page-data', [fromData])] }, 'global', 1000);
    await storeSnapshots(db, { orders: [], disputes: [dispute('page-dom', [fromMarkup, later])] }, 'global', 2000);
    const history = (await readFactsFor(db, { disputeId: '5012345678901234' }, 3000)).dispute?.facts.history;
    expect(history).toHaveLength(2);
    expect(history?.[0]).toMatchObject({ actor: 'seller', amount: { amount: 5, currency: 'USD' } });
  });
});
