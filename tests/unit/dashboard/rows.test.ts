import { describe, expect, it } from 'vitest';
import {
  CLOSING_SOON_MS,
  countByFilter,
  dashboardRow,
  filterRows,
  sortRows,
  type StoredCase,
} from '../../../lib/dashboard/rows';
import { orderEvidenceOf } from '../../../lib/evidence/order-evidence';
import type { DisputeFacts, OrderFacts } from '../../../lib/model/facts';
import type { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';

const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 0, 10, 12); // 10 Jan 2026, 13:00 in Berlin
const DAY = 24 * 3_600_000;
const NO_EVIDENCE = orderEvidenceOf({ counts: {}, ticked: [] }, undefined);

function order(orderId: string, facts: Partial<OrderSnapshot>): OrderFacts {
  return { orderId, site: 'global', facts: { orderId, source: 'page-data', ...facts }, origins: {}, updatedAt: NOW };
}

function dispute(disputeId: string, orderId: string, facts: Partial<DisputeSnapshot>): DisputeFacts {
  return {
    disputeId,
    orderId,
    site: 'global',
    facts: { disputeId, orderId, source: 'page-data', ...facts },
    origins: {},
    updatedAt: NOW,
  };
}

function stored(orderId: string, extra: Partial<StoredCase> = {}): StoredCase {
  return { orderId, site: 'global', lastSeen: NOW - DAY, evidence: NO_EVIDENCE, ...extra };
}

const row = (input: StoredCase) => dashboardRow(input, NOW, ZONE);

/** What the order page showed as the end of protection, as the worker keeps it per order. */
function protectionReading(on: string): StoredCase['readings'] {
  return [{ kind: 'protection_end', on, field: 'protectionEndsOn', origin: { source: 'page-data', at: NOW - DAY } }];
}

describe('dashboardRow', () => {
  it('takes the Now card’s deadline: protection ending in two days is the buyer’s and closes soon', () => {
    const result = row(
      stored('8190000000000001', {
        order: order('8190000000000001', {
          status: 'shipped',
          shippedOn: '2025-12-20',
          protectionEndsOn: '2026-01-12',
          items: [
            { title: 'USB-C cable', imageUrl: 'https://ae01.alicdn.com/kf/S1.jpg' },
            { title: 'Charger', imageUrl: 'https://ae01.alicdn.com/kf/S2.jpg' },
          ],
        }),
        readings: protectionReading('2026-01-12'),
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001',
      }),
    );
    expect(result).toMatchObject({
      orderId: '8190000000000001',
      title: 'USB-C cable',
      imageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
      url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001',
      stage: 'shipped',
      whose: 'buyer',
      state: 'soon',
      // A calendar day runs to the end of that day in the buyer's zone: 13 Jan 00:00 Berlin.
      due: { at: Date.UTC(2026, 0, 12, 23), local: '2026-01-12', allDay: true, estimated: false, opens: false },
    });
  });

  it('is open, not closing soon, when the date is further than the threshold', () => {
    const result = row(
      stored('8190000000000002', {
        order: order('8190000000000002', { status: 'shipped', protectionEndsOn: '2026-01-14' }),
        readings: protectionReading('2026-01-14'),
      }),
    );
    // Runs out at the end of 14 Jan: 3 days 11 hours from now.
    expect(result).toMatchObject({ whose: 'buyer', state: 'open' });
    expect(result.due!.at - NOW).toBeGreaterThan(CLOSING_SOON_MS);
  });

  it('a date from which a dispute can be opened is no closing date', () => {
    const result = row(
      stored('8190000000000003', { order: order('8190000000000003', { status: 'shipped', shippedOn: '2026-01-05' }) }),
    );
    expect(result).toMatchObject({ whose: 'none', state: 'open', due: { opens: true } });
  });

  it('an open dispute links to its own page and says whose move it is', () => {
    const result = row(
      stored('8190000000000004', {
        order: order('8190000000000004', { status: 'in_dispute' }),
        dispute: dispute('5012345678900004', '8190000000000004', {
          status: 'awaiting_buyer',
          deadline: { on: '2026-01-11T18:00' },
        }),
        readings: [
          {
            kind: 'buyer_response',
            on: '2026-01-11T18:00',
            field: 'deadline',
            origin: { source: 'page-data', at: NOW - DAY },
          },
        ],
      }),
    );
    expect(result).toMatchObject({
      disputeId: '5012345678900004',
      url: 'https://trade.aliexpress.com/issue/fastissue/Detail.htm?reverseOrderLineId=5012345678900004&from=1',
      stage: 'dispute_open',
      whose: 'buyer',
      state: 'soon',
      due: { local: '2026-01-11T18:00', allDay: false },
    });
  });

  it('a finished dispute, a cancelled order and a passed protection window are closed', () => {
    const refunded = row(
      stored('8190000000000005', {
        dispute: dispute('5012345678900005', '8190000000000005', { status: 'refunded' }),
        disputeUrl: 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678900005',
      }),
    );
    expect(refunded).toMatchObject({ stage: 'closed', whose: 'none', state: 'closed' });
    // Over: the order's page, not the dispute's.
    expect(refunded.url).toBe('https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000005');
    expect(row(stored('8190000000000006', { order: order('8190000000000006', { status: 'cancelled' }) })).state).toBe(
      'closed',
    );
    const windowClosed = row(
      stored('8190000000000007', {
        order: order('8190000000000007', {
          status: 'delivered',
          protectionEndsOn: '2025-10-01',
          deliveredOn: '2025-09-01',
        }),
      }),
    );
    expect(windowClosed).toMatchObject({ whose: 'none', state: 'closed' });
  });

  it('an order opened but never read still gets a line: its number, its page, no date', () => {
    const result = row(stored('8190000000000008', { site: 'ru' }));
    expect(result).toEqual({
      orderId: '8190000000000008',
      url: 'https://aliexpress.ru/order-list/8190000000000008',
      whose: 'none',
      evidence: { done: 0, required: NO_EVIDENCE.progress.required, started: false },
      state: 'open',
      lastSeen: NOW - DAY,
    });
  });

  it('carries the evidence score and ignores a stored address that is not AliExpress', () => {
    const evidence = orderEvidenceOf(
      { counts: { 'damage-photos': 2 }, ticked: [], pickedProblem: 'damaged' },
      'damaged',
    );
    const result = row(stored('8190000000000009', { evidence, orderUrl: 'https://evil.example/x' }));
    expect(result.evidence).toEqual({
      done: evidence.progress.done,
      required: evidence.progress.required,
      started: true,
    });
    expect(result.evidence.done).toBeGreaterThan(0);
    expect(result.url).toBe('https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000009');
  });
});

describe('sorting and filtering', () => {
  const at = (orderId: string, due: number | undefined, state: 'open' | 'soon' | 'closed', lastSeen = NOW) => ({
    orderId,
    url: 'https://www.aliexpress.com/',
    whose: 'buyer' as const,
    evidence: { done: 0, required: 1, started: false },
    state,
    lastSeen,
    ...(due !== undefined && { due: { at: due, local: '2026-01-11', allDay: true, estimated: false, opens: false } }),
  });
  const rows = [
    at('1000000006', undefined, 'open', NOW - 2 * DAY),
    at('1000000003', NOW + 10 * DAY, 'open'),
    at('1000000005', undefined, 'open', NOW - DAY),
    at('1000000001', NOW - DAY, 'closed'),
    at('1000000002', NOW + DAY, 'soon'),
    at('1000000004', NOW + 10 * DAY, 'open'),
  ];

  it('puts the nearest deadline first, undated cases last (latest opened first), ties by order number', () => {
    expect(sortRows(rows).map((r) => r.orderId)).toEqual([
      '1000000001',
      '1000000002',
      '1000000003',
      '1000000004',
      '1000000005',
      '1000000006',
    ]);
  });

  it('open shows closing soon too; soon and closed show only theirs; the counts agree', () => {
    const ids = (filter: 'open' | 'soon' | 'closed') => filterRows(sortRows(rows), filter).map((r) => r.orderId);
    expect(ids('open')).toEqual(['1000000002', '1000000003', '1000000004', '1000000005', '1000000006']);
    expect(ids('soon')).toEqual(['1000000002']);
    expect(ids('closed')).toEqual(['1000000001']);
    expect(countByFilter(rows)).toEqual({ open: 5, soon: 1, closed: 1 });
  });
});
