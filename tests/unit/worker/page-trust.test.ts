import { describe, expect, it } from 'vitest';
import type { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';
import type { DetectedPage } from '../../../lib/pages/detect-page';
import { keepOwnFacts } from '../../../lib/worker/page-trust';

const OWN = '8190000123456789';
const OTHER = '8190000999999999';
const DISPUTE = '5012345678901234';
const OTHER_DISPUTE = '5012345678900000';

const order = (orderId: string, extra: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  orderId,
  source: 'page-data',
  total: { amount: 11.48, currency: 'USD' },
  protectionEndsOn: '2026-02-14',
  ...extra,
});
const dispute = (disputeId: string, extra: Partial<DisputeSnapshot> = {}): DisputeSnapshot => ({
  disputeId,
  orderId: OWN,
  source: 'page-data',
  status: 'refunded',
  deadline: { on: '2026-03-01' },
  ...extra,
});

const detail: DetectedPage = { kind: 'order-detail', site: 'global', orderId: OWN };
const list: DetectedPage = { kind: 'order-list', site: 'global' };
const disputePage: DetectedPage = { kind: 'dispute-detail', site: 'global', disputeId: DISPUTE };
const disputeList: DetectedPage = { kind: 'dispute-list', site: 'global' };
const product: DetectedPage = { kind: 'dispute-start', site: 'global', orderId: OWN };

describe('keepOwnFacts', () => {
  it.each([
    ['an order detail keeps its own order, with its deadline', detail, [order(OWN)], [], [OWN], true],
    ['an order detail drops every other order', detail, [order(OTHER)], [], [], false],
    ['a list keeps the orders whose cards are on it, without deadlines', list, [order(OWN)], [OWN], [OWN], false],
    ['a list drops orders without a card', list, [order(OTHER), order(OWN)], [OWN], [OWN], false],
    ['a list with no cards read keeps nothing', list, [order(OWN)], [], [], false],
    ['a dispute page keeps its dispute’s order, without its deadline', disputePage, [order(OWN)], [], [OWN], false],
    ['the open-dispute form page keeps its order', product, [order(OWN), order(OTHER)], [], [OWN], true],
  ])('%s', (_name, page, orders, listed, keptIds, deadlineKept) => {
    const disputes = page.kind === 'dispute-detail' ? [dispute(DISPUTE)] : [];
    const kept = keepOwnFacts(page, { orders, disputes }, listed);
    expect(kept.orders.map((o) => o.orderId)).toEqual(keptIds);
    for (const o of kept.orders) expect('protectionEndsOn' in o).toBe(deadlineKept);
    for (const o of kept.orders) expect(o.total).toEqual({ amount: 11.48, currency: 'USD' });
  });

  it('a dispute page believes its own dispute in full, and no other dispute', () => {
    const kept = keepOwnFacts(disputePage, { orders: [], disputes: [dispute(DISPUTE), dispute(OTHER_DISPUTE)] });
    expect(kept.disputes).toEqual([dispute(DISPUTE)]);
  });

  it('elsewhere a dispute can neither end nor move its deadline', () => {
    const kept = keepOwnFacts(disputeList, {
      orders: [],
      disputes: [
        dispute(DISPUTE),
        dispute(OTHER_DISPUTE, { status: 'awaiting_seller', statusText: 'Awaiting seller' }),
      ],
    });
    expect(kept.disputes).toEqual([
      { disputeId: DISPUTE, orderId: OWN, source: 'page-data' },
      {
        disputeId: OTHER_DISPUTE,
        orderId: OWN,
        source: 'page-data',
        status: 'awaiting_seller',
        statusText: 'Awaiting seller',
      },
    ]);
  });

  it('an order page keeps disputes of its own order only, without ending them', () => {
    const kept = keepOwnFacts(detail, {
      orders: [],
      disputes: [dispute(DISPUTE), dispute(OTHER_DISPUTE, { orderId: OTHER })],
    });
    expect(kept.disputes).toEqual([{ disputeId: DISPUTE, orderId: OWN, source: 'page-data' }]);
  });
});
