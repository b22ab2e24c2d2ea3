import { describe, expect, it } from 'vitest';
import { summariseCase } from '../../../lib/deadlines/case-summary';
import type { DisputeFacts, OrderFacts } from '../../../lib/model/facts';

const ORDER = '8190000123456789';
const origin = { source: 'page-data' as const, at: 1 };
const NOW = Date.UTC(2026, 0, 8, 12);

const order = (facts: Partial<OrderFacts['facts']>): OrderFacts => ({
  orderId: ORDER,
  facts: { orderId: ORDER, source: 'page-data', ...facts },
  origins: Object.fromEntries(Object.keys(facts).map((field) => [field, origin])),
  updatedAt: 1,
});

const dispute: DisputeFacts = {
  disputeId: '5012345678901201',
  orderId: ORDER,
  facts: {
    disputeId: '5012345678901201',
    orderId: ORDER,
    source: 'page-data',
    status: 'awaiting_buyer',
    deadline: { on: '2026-01-12T08:40' },
    requestedAmount: { amount: 18.02, currency: 'USD' },
    history: [
      { actor: 'buyer', at: '2026-01-05T10:12', text: 'Opened a request.' },
      { actor: 'seller', at: '2026-01-06T09:00', text: 'Proposed US $2.00.', amount: { amount: 2, currency: 'USD' } },
      { actor: 'buyer', at: '2026-01-06T10:00', text: 'Declined.' },
      { actor: 'seller', at: '2026-01-07T08:40', text: 'Proposed US $5.00.', amount: { amount: 5, currency: 'USD' } },
    ],
  },
  origins: { status: origin, deadline: origin, history: origin },
  updatedAt: 1,
};

describe('summariseCase', () => {
  it('a dispute waiting for the buyer: their move, the page’s timer, the newest offer first', () => {
    const summary = summariseCase({ order: order({ status: 'in_dispute' }), dispute }, NOW, 'UTC')!;
    expect(summary.now.whose).toBe('buyer');
    expect(summary.now.deadline?.due.local).toBe('2026-01-12T08:40');
    expect(summary.now.deadline?.basis).toBe('page');
    expect(summary.latestOffer?.amount).toEqual({ amount: 5, currency: 'USD' });
    expect(summary.messages.map((m) => m.at)).toEqual([
      '2026-01-07T08:40',
      '2026-01-06T10:00',
      '2026-01-06T09:00',
      '2026-01-05T10:12',
    ]);
    expect(summary.stage).toBe('seller_answered');
  });

  it('an order in transit: the refund date the page promised', () => {
    const summary = summariseCase(
      { order: order({ status: 'shipped', shippedOn: '2025-12-20', protectionEndsOn: '2026-02-14' }) },
      NOW,
      'Europe/Berlin',
    )!;
    expect(summary.stage).toBe('shipped');
    expect(summary.now.whose).toBe('buyer');
    expect(summary.deadlines.find((d) => d.kind === 'protection_end')?.due.local.slice(0, 10)).toBe('2026-02-14');
  });

  it('knows nothing without facts', () => {
    expect(summariseCase({}, NOW, 'UTC')).toBeUndefined();
  });
});
