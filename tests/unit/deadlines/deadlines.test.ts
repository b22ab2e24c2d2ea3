import { describe, expect, it } from 'vitest';
import { deadlinesFor, type DeadlineInput } from '../../../lib/deadlines/compute';
import { readingsOfDisputeSnapshot, readingsOfOrderSnapshot } from '../../../lib/deadlines/readings';
import { Deadline, type DeadlineKind } from '../../../lib/model/deadlines';
import { DISPUTE_ID, disputeFacts, ORDER_ID, orderFacts, READ_AT, utc } from './support';

const BERLIN = 'Europe/Berlin';

/** kind → [local due, basis] for a compact table. */
function summary(input: DeadlineInput): Partial<Record<DeadlineKind, [string, string]>> {
  const deadlines = deadlinesFor(input);
  for (const deadline of deadlines) expect(Deadline.safeParse(deadline).success, deadline.kind).toBe(true);
  return Object.fromEntries(deadlines.map((d) => [d.kind, [d.due.local, d.basis]]));
}

describe('order deadlines', () => {
  it.each<[string, DeadlineInput, ReturnType<typeof summary>]>([
    [
      'page protection date wins over the rule',
      {
        order: orderFacts({ status: 'shipped', shippedOn: '2025-07-01', protectionEndsOn: '2025-09-04' }),
        timeZone: BERLIN,
      },
      {
        protection_end: ['2025-09-04', 'page'],
        dispute_opens: ['2025-07-11', 'estimated'],
        dispute_last_day: ['2025-09-19', 'estimated'],
      },
    ],
    [
      'estimated from shipping: 60 days protection, opening from day 10, 15 more days to open',
      { order: orderFacts({ status: 'shipped', shippedOn: '2025-07-01' }), timeZone: BERLIN },
      {
        protection_end: ['2025-08-30', 'estimated'],
        dispute_opens: ['2025-07-11', 'estimated'],
        dispute_last_day: ['2025-09-14', 'estimated'],
      },
    ],
    [
      'delivery before protection end: 15 days from delivery',
      {
        order: orderFacts({
          status: 'delivered',
          shippedOn: '2025-07-01',
          deliveredOn: '2025-07-20',
          protectionEndsOn: '2025-09-04',
        }),
        timeZone: BERLIN,
      },
      {
        protection_end: ['2025-09-04', 'page'],
        dispute_opens: ['2025-07-11', 'estimated'],
        dispute_last_day: ['2025-08-04', 'estimated'],
      },
    ],
    [
      'a protection end with a time keeps its time',
      { order: orderFacts({ status: 'shipped', protectionEndsOn: '2025-09-04T18:39' }), timeZone: BERLIN },
      { protection_end: ['2025-09-04T18:39', 'page'], dispute_last_day: ['2025-09-19T18:39', 'estimated'] },
    ],
    [
      'completed (receipt confirmed): no estimated protection',
      {
        order: orderFacts({ status: 'completed', shippedOn: '2025-07-01', deliveredOn: '2025-07-20' }),
        timeZone: BERLIN,
      },
      { dispute_opens: ['2025-07-11', 'estimated'], dispute_last_day: ['2025-08-04', 'estimated'] },
    ],
    [
      'cancelled order: nothing',
      { order: orderFacts({ status: 'cancelled', shippedOn: '2025-07-01' }), timeZone: BERLIN },
      {},
    ],
    ['not shipped, no page date: nothing', { order: orderFacts({ status: 'processing' }), timeZone: BERLIN }, {}],
  ])('%s', (_name, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('computes the instant in the buyer zone', () => {
    const order = orderFacts({ status: 'shipped', protectionEndsOn: '2025-09-04' });
    const at = (timeZone: string) => deadlinesFor({ order, timeZone })[0]!.due.at;
    expect(at('Europe/Berlin')).toBe(utc('2025-09-04T22:00'));
    expect(at('Asia/Tokyo')).toBe(utc('2025-09-04T15:00'));
    expect(at('America/New_York')).toBe(utc('2025-09-05T04:00'));
  });

  it('an unknown zone falls back to UTC instead of throwing', () => {
    const order = orderFacts({ status: 'shipped', protectionEndsOn: '2025-09-04' });
    expect(deadlinesFor({ order, timeZone: 'Not/AZone' })[0]!.due).toMatchObject({
      at: utc('2025-09-05T00:00'),
      timeZone: 'UTC',
    });
  });

  it('keeps where each candidate came from', () => {
    const [protection] = deadlinesFor({
      order: orderFacts({ status: 'shipped', shippedOn: '2025-07-01', protectionEndsOn: '2025-09-04' }),
      timeZone: BERLIN,
    });
    expect(protection!.sources).toEqual([
      expect.objectContaining({
        source: 'page-data',
        field: 'protectionEndsOn',
        route: 'mtop.aliexpress.trade.buyer.order.detail',
        readAt: READ_AT,
      }),
      expect.objectContaining({ source: 'rule', field: 'shippedOn', rule: 'protectionDaysAfterShipping' }),
    ]);
    expect(protection).toMatchObject({ orderId: ORDER_ID, whose: 'buyer', disagreement: false });
  });
});

describe('pages that disagree', () => {
  const order = orderFacts({ status: 'shipped', protectionEndsOn: '2025-09-04' });
  const tracking = readingsOfOrderSnapshot(
    { orderId: ORDER_ID, source: 'page-data', route: 'mtop.ae.ld.querydetail', protectionEndsOn: '2025-09-03' },
    READ_AT + 1000,
  );

  it('shows the earlier date, keeps both and says so', () => {
    const protection = deadlinesFor({ order, readings: tracking, timeZone: BERLIN }).find(
      (d) => d.kind === 'protection_end',
    )!;
    expect(protection.due.local).toBe('2025-09-03');
    expect(protection.basis).toBe('page');
    expect(protection.disagreement).toBe(true);
    expect(protection.sources.map((s) => [s.route, s.due.local])).toEqual([
      ['mtop.ae.ld.querydetail', '2025-09-03'],
      ['mtop.aliexpress.trade.buyer.order.detail', '2025-09-04'],
    ]);
  });

  it('the same page read twice is one source, not a disagreement', () => {
    const again = readingsOfOrderSnapshot(
      {
        orderId: ORDER_ID,
        source: 'page-data',
        route: 'mtop.aliexpress.trade.buyer.order.detail',
        protectionEndsOn: '2025-09-04',
      },
      READ_AT + 5000,
    );
    const protection = deadlinesFor({ order, readings: [...again, ...again], timeZone: BERLIN })[0]!;
    expect(protection.disagreement).toBe(false);
    expect(protection.sources).toHaveLength(1);
    expect(protection.sources[0]!.readAt).toBe(READ_AT + 5000);
  });

  it('two pages agreeing on the day are not a disagreement', () => {
    const agreeing = readingsOfOrderSnapshot(
      { orderId: ORDER_ID, source: 'page-dom', protectionEndsOn: '2025-09-04' },
      READ_AT,
    );
    const protection = deadlinesFor({ order, readings: agreeing, timeZone: BERLIN })[0]!;
    expect(protection.disagreement).toBe(false);
    expect(protection.sources).toHaveLength(2);
  });
});

describe('dispute deadlines', () => {
  const order = orderFacts({ status: 'in_dispute', shippedOn: '2025-09-01', protectionEndsOn: '2025-11-30' });

  it.each<[string, Parameters<typeof disputeFacts>[0], ReturnType<typeof summary>]>([
    [
      "seller's 5 days from the buyer's newest change (a timed start counts 24-hour days, here across DST)",
      {
        status: 'awaiting_seller',
        openedOn: '2025-10-20',
        history: [
          { actor: 'buyer', at: '2025-10-20T09:00', action: 'initiate' },
          {
            actor: 'seller',
            at: '2025-10-22T12:00',
            action: 'seller create solution',
            amount: { amount: 2, currency: 'USD' },
          },
          { actor: 'buyer', at: '2025-10-24T10:00', action: 'buyer modify solution' },
        ],
      },
      { seller_response: ['2025-10-29T09:00', 'estimated'], escalation_opens: ['2025-10-23', 'estimated'] },
    ],
    [
      "seller's 5 days from the opening day when no history is known",
      { status: 'awaiting_seller', openedOn: '2025-10-20' },
      { seller_response: ['2025-10-25', 'estimated'], escalation_opens: ['2025-10-23', 'estimated'] },
    ],
    [
      "the dispute page's timer wins",
      { status: 'awaiting_seller', openedOn: '2025-10-20', deadline: { on: '2025-10-24T23:59' } },
      { seller_response: ['2025-10-24T23:59', 'page'], escalation_opens: ['2025-10-23', 'estimated'] },
    ],
    [
      "buyer's answer to the seller's proposal: 2 days",
      {
        status: 'awaiting_buyer',
        history: [
          {
            actor: 'seller',
            at: '2025-11-02',
            action: 'seller create solution',
            amount: { amount: 5, currency: 'USD' },
          },
        ],
      },
      { buyer_response: ['2025-11-04', 'estimated'] },
    ],
    [
      'return window: 10 days from the agreement',
      { status: 'awaiting_return', history: [{ actor: 'buyer', at: '2025-11-05T12:00', action: 'buyer accept' }] },
      { return_shipping: ['2025-11-15T12:00', 'estimated'] },
    ],
    ['buyer step without a dated proposal: no estimate', { status: 'awaiting_buyer' }, {}],
    ['under review: no step deadline', { status: 'under_review' }, {}],
    ['finished dispute: no dispute deadlines', { status: 'refunded', openedOn: '2025-10-20' }, {}],
  ])('%s', (_name, facts, expected) => {
    const result = summary({ order, dispute: disputeFacts(facts), timeZone: BERLIN });
    // The order's protection end stays; opening deadlines go once a dispute exists.
    expect(result).toEqual({ protection_end: ['2025-11-30', 'page'], ...expected });
  });

  it('marks dispute deadlines with the dispute and the right party', () => {
    const deadlines = deadlinesFor({
      order,
      dispute: disputeFacts({ status: 'awaiting_seller', openedOn: '2025-10-20' }),
      timeZone: BERLIN,
    });
    expect(deadlines.find((d) => d.kind === 'seller_response')).toMatchObject({
      disputeId: DISPUTE_ID,
      whose: 'seller',
    });
    expect(deadlines.find((d) => d.kind === 'protection_end')?.disputeId).toBeUndefined();
  });

  it('a dispute without its order still gets its deadlines', () => {
    const kinds = deadlinesFor({
      dispute: disputeFacts({ status: 'awaiting_seller', openedOn: '2025-10-20' }),
      timeZone: BERLIN,
    }).map((d) => d.kind);
    expect(kinds).toEqual(['seller_response', 'escalation_opens']);
  });

  it('the dispute page timer read per snapshot belongs to the current step', () => {
    const readings = readingsOfDisputeSnapshot(
      { disputeId: DISPUTE_ID, source: 'page-dom', status: 'awaiting_buyer', deadline: { on: '2025-11-03' } },
      READ_AT,
    );
    expect(readings).toEqual([
      expect.objectContaining({ kind: 'buyer_response', on: '2025-11-03', field: 'deadline' }),
    ]);
    const dispute = disputeFacts({ status: 'awaiting_buyer', deadline: { on: '2025-11-04' } });
    const answer = deadlinesFor({ dispute, readings, timeZone: BERLIN }).find((d) => d.kind === 'buyer_response')!;
    expect([answer.due.local, answer.disagreement]).toEqual(['2025-11-03', true]);
  });

  it('no order id anywhere: nothing', () => {
    const dispute = disputeFacts({ status: 'awaiting_seller', openedOn: '2025-10-20' });
    delete dispute.orderId;
    delete dispute.facts.orderId;
    expect(deadlinesFor({ dispute, timeZone: BERLIN })).toEqual([]);
  });
});

describe('many readings', () => {
  it('keeps at most 10 sources, with the one shown and the estimate', () => {
    const order = orderFacts({ status: 'shipped', shippedOn: '2025-07-01' });
    const readings = Array.from({ length: 15 }, (_, i) => ({
      kind: 'protection_end' as const,
      on: `2025-09-${String(20 - i).padStart(2, '0')}`,
      field: 'protectionEndsOn',
      origin: { source: 'page-dom' as const, route: `route${i}`, at: READ_AT },
    }));
    const [protection] = deadlinesFor({ order, readings, timeZone: 'UTC' });
    expect(Deadline.safeParse(protection).success).toBe(true);
    expect(protection!.sources).toHaveLength(10);
    expect(protection!.due.local).toBe('2025-09-06');
    expect(protection!.sources[0]!.due.local).toBe('2025-09-06');
    expect(protection!.sources.at(-1)!.source).toBe('rule');
  });
});
