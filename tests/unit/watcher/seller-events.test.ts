import { describe, expect, it } from 'vitest';
import type { DisputeSnapshot, HistoryEntry } from '../../../lib/model/snapshots';
import { watchNotificationFor } from '../../../lib/watcher/notification';
import { sellerEvents } from '../../../lib/watcher/seller-events';

type View = Pick<DisputeSnapshot, 'status' | 'deadline' | 'history'>;
const usd = (amount: number) => ({ amount, currency: 'USD' });
const opened: HistoryEntry = { actor: 'buyer', at: '2025-10-20T09:00', action: 'initiate', text: 'Not received' };
const sellerOffer: HistoryEntry = {
  actor: 'seller',
  at: '2025-10-22T12:00',
  action: 'seller create solution',
  amount: usd(5),
};
const before: View = { status: 'awaiting_seller', deadline: { on: '2025-10-25' }, history: [opened] };

const keys = (previous: View | undefined, next: View) =>
  sellerEvents(previous, next).map((event) => [event.key.replace('reminders.watch.', ''), event.params]);

describe('seller-side events', () => {
  it.each<[string, View, Array<[string, object]>]>([
    ['nothing changed', before, []],
    [
      'a proposal with an amount, which also hands the move to the buyer',
      { status: 'awaiting_buyer', deadline: { on: '2025-10-24' }, history: [opened, sellerOffer] },
      [
        ['seller_proposal', { offer: { type: 'money', money: usd(5) } }],
        ['status_changed', { status: { type: 'key', key: 'reminders.status.awaiting_buyer' } }],
      ],
    ],
    [
      'a message',
      {
        ...before,
        history: [opened, { actor: 'seller', at: '2025-10-21', text: 'Hello,\n  the parcel is   on its way' }],
      },
      [['seller_message', { text: 'Hello, the parcel is on its way' }]],
    ],
    [
      'a rejection (zero offer)',
      { ...before, history: [opened, { ...sellerOffer, amount: usd(0) }] },
      [['seller_rejected', {}]],
    ],
    [
      'an acceptance',
      { ...before, history: [opened, { actor: 'seller', at: '2025-10-21', action: 'seller accept' }] },
      [['seller_accepted', {}]],
    ],
    [
      'evidence',
      { ...before, history: [opened, { actor: 'seller', at: '2025-10-21', action: 'seller create proof' }] },
      [['seller_evidence', {}]],
    ],
    [
      'a proposal without an amount',
      { ...before, history: [opened, { actor: 'seller', at: '2025-10-21', action: 'seller modify solution' }] },
      [['seller_proposal_no_amount', {}]],
    ],
    [
      'a deadline moved by the other side',
      { ...before, deadline: { on: '2025-10-27' } },
      [['deadline_changed', { from: { type: 'date', date: '2025-10-25' }, to: { type: 'date', date: '2025-10-27' } }]],
    ],
    [
      'refunded',
      { ...before, status: 'refunded' },
      [['status_changed', { status: { type: 'key', key: 'reminders.status.refunded' } }]],
    ],
    // Buyer-side: a new buyer entry, the seller's timer restarting because of it, the turn passing to the seller.
    [
      'the buyer changed the dispute',
      {
        ...before,
        deadline: { on: '2025-10-30' },
        history: [opened, { actor: 'buyer', at: '2025-10-25', action: 'buyer modify solution', amount: usd(10) }],
      },
      [],
    ],
    ['the buyer answered: back to the seller', { status: 'awaiting_seller', history: [opened] }, []],
    [
      'a platform entry is not the seller',
      { ...before, history: [opened, { actor: 'platform', at: '2025-10-21', text: 'We are reviewing' }] },
      [],
    ],
    ['the page lost the deadline', { ...before, deadline: undefined }, []],
  ])('%s', (_name, next, expected) => {
    expect(keys(before, next)).toEqual(expected);
  });

  it('no events on the first view (the baseline)', () => {
    expect(sellerEvents(undefined, { history: [opened, sellerOffer] })).toEqual([]);
  });

  it("a step known as the page's markup worded it is not news when the page's data words it otherwise", () => {
    const markup: HistoryEntry = { actor: 'seller', at: sellerOffer.at, text: "Seller's proposal: US $5.00" };
    const previous: View = { ...before, history: [opened, markup] };
    expect(sellerEvents(previous, { ...before, history: [opened, sellerOffer] })).toEqual([]);
  });

  it('reordered or repeated history gives nothing new', () => {
    const previous: View = { history: [opened, sellerOffer] };
    expect(sellerEvents(previous, { history: [sellerOffer, opened, sellerOffer] })).toEqual([]);
  });

  it('one new entry seen twice in one view is one event, with a stable id', () => {
    const next: View = { ...before, history: [sellerOffer, opened, sellerOffer] };
    const first = sellerEvents(before, next);
    expect(first).toHaveLength(1);
    expect(sellerEvents(before, { ...before, history: [opened, sellerOffer] })[0]!.id).toBe(first[0]!.id);
  });

  it('two different messages are two events', () => {
    const a: HistoryEntry = { actor: 'seller', at: '2025-10-21', text: 'first' };
    const b: HistoryEntry = { actor: 'seller', at: '2025-10-21', text: 'second' };
    const events = sellerEvents(before, { ...before, history: [opened, a, b] });
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });

  it('cuts a long message for the notification', () => {
    const text = 'word '.repeat(100);
    const [event] = sellerEvents(before, { ...before, history: [opened, { actor: 'seller', text }] });
    expect((event!.params.text as string).length).toBe(140);
  });
});

describe('news notification', () => {
  const next: View = { ...before, history: [opened, sellerOffer] };
  const dispute = { disputeId: '5012345678901201', orderId: '8190000123456789' };

  it('one notification per check, stable id, opens the dispute', () => {
    const events = sellerEvents(before, next);
    const first = watchNotificationFor(events, dispute, 'global')!;
    expect(first.title).toEqual({ key: 'reminders.watch.title', params: { orderId: dispute.orderId } });
    expect(first.lines.map((line) => line.key)).toEqual(['reminders.watch.seller_proposal']);
    expect(first.url).toContain('reverseOrderLineId=5012345678901201');
    expect(watchNotificationFor(sellerEvents(before, next), dispute, 'global')!.id).toBe(first.id);
    expect(watchNotificationFor(events, dispute, 'ru')!.url).toBe('https://aliexpress.ru/order-list/8190000123456789');
  });

  it('no news, no notification', () => {
    expect(watchNotificationFor([], dispute, 'global')).toBeUndefined();
  });
});
