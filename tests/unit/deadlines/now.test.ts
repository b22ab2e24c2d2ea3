import { describe, expect, it } from 'vitest';
import { deadlinesFor } from '../../../lib/deadlines/compute';
import { nowAnswer } from '../../../lib/deadlines/now';
import type { DisputeFacts, OrderFacts } from '../../../lib/model/facts';
import type { HistoryEntry } from '../../../lib/model/snapshots';
import { disputeFacts, orderFacts, utc } from './support';

const ZONE = 'Europe/Berlin';
const usd = (amount: number) => ({ amount, currency: 'USD' });

function answerAt(now: string, order?: OrderFacts, dispute?: DisputeFacts) {
  const deadlines = deadlinesFor({ order, dispute, timeZone: ZONE });
  const result = nowAnswer({ order, dispute, deadlines, now: utc(now) });
  return {
    whose: result.whose,
    step: result.step.key,
    due: result.deadline?.due.local,
    guidance: result.guidance.map((g) => g.key.replace('reminders.guide.', '')),
  };
}

const shipped = orderFacts({ status: 'shipped', shippedOn: '2025-09-01', protectionEndsOn: '2025-11-30' });
const offer = (amount: number, at = '2025-10-22T12:00', text?: string): HistoryEntry => ({
  actor: 'seller',
  at,
  action: 'seller create solution',
  amount: usd(amount),
  ...(text && { text }),
});
const opened: HistoryEntry = { actor: 'buyer', at: '2025-10-20T09:00', action: 'initiate' };

describe('the Now answer without a dispute', () => {
  it.each<[string, string, OrderFacts, Partial<ReturnType<typeof answerAt>>]>([
    [
      'before the opening day',
      '2025-09-05T10:00',
      shipped,
      { whose: 'none', step: 'reminders.now.can_open_from', due: '2025-09-11' },
    ],
    [
      'inside the window',
      '2025-10-01T10:00',
      shipped,
      { whose: 'buyer', step: 'reminders.now.can_ask_until', due: '2025-11-30' },
    ],
    // Berlin's Nov 30 ends at 23:00 UTC; an hour later the estimated grace period applies.
    [
      'protection just ended',
      '2025-11-30T23:30',
      shipped,
      { whose: 'buyer', step: 'reminders.now.protection_ended_can_still_open', due: '2025-12-15' },
    ],
    [
      'everything passed',
      '2026-01-10T10:00',
      shipped,
      { whose: 'none', step: 'reminders.now.window_closed', due: '2025-11-30' },
    ],
    [
      'cancelled',
      '2025-10-01T10:00',
      orderFacts({ status: 'cancelled' }),
      { whose: 'none', step: 'reminders.now.order_over.undated' },
    ],
    [
      'not shipped',
      '2025-10-01T10:00',
      orderFacts({ status: 'processing' }),
      { whose: 'none', step: 'reminders.now.wait_shipping.undated' },
    ],
    [
      'no dates',
      '2025-10-01T10:00',
      orderFacts({ status: 'shipped' }),
      { whose: 'none', step: 'reminders.now.no_dates.undated' },
    ],
  ])('%s', (_name, now, order, expected) => {
    expect(answerAt(now, order)).toMatchObject(expected);
  });
});

describe('the Now answer in a dispute', () => {
  it.each<[string, string, Parameters<typeof disputeFacts>[0], ReturnType<typeof answerAt>]>([
    [
      "seller's move",
      '2025-10-21T10:00',
      { status: 'awaiting_seller', openedOn: '2025-10-20', history: [opened] },
      { whose: 'seller', step: 'reminders.now.seller_move', due: '2025-10-25T09:00', guidance: [] },
    ],
    [
      'the seller let the deadline pass: escalate',
      '2025-10-26T10:00',
      { status: 'awaiting_seller', openedOn: '2025-10-20', history: [opened] },
      {
        whose: 'seller',
        step: 'reminders.now.seller_missed',
        due: '2025-10-25T09:00',
        guidance: ['seller_missed', 'escalate_now', 'escalate_where.global', 'attach', 'dont_close'],
      },
    ],
    [
      'an offer below the request: not before escalation opens',
      '2025-10-22T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', requestedAmount: usd(20), history: [opened, offer(5)] },
      {
        whose: 'buyer',
        step: 'reminders.now.answer_offer',
        due: '2025-10-24T12:00',
        guidance: ['offer_below_request', 'escalate_from', 'escalate_where.global', 'attach', 'dont_close'],
      },
    ],
    [
      'an offer equal to the request: no advice',
      '2025-10-23T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', requestedAmount: usd(20), history: [opened, offer(20)] },
      { whose: 'buyer', step: 'reminders.now.answer_offer', due: '2025-10-24T12:00', guidance: [] },
    ],
    [
      'a rejection (a zero offer)',
      '2025-10-23T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', requestedAmount: usd(20), history: [opened, offer(0)] },
      {
        whose: 'buyer',
        step: 'reminders.now.answer_rejection',
        due: '2025-10-24T12:00',
        guidance: ['seller_rejected', 'escalate_now', 'escalate_where.global', 'attach', 'dont_close'],
      },
    ],
    [
      'the seller asks to close the dispute: the trap',
      '2025-10-23T13:00',
      {
        status: 'awaiting_buyer',
        openedOn: '2025-10-20',
        history: [
          opened,
          { actor: 'seller', at: '2025-10-22T12:00', text: 'Please close the dispute, I will send $5 by PayPal' },
        ],
      },
      {
        whose: 'buyer',
        step: 'reminders.now.answer_seller.undated',
        due: undefined,
        guidance: ['close_request_trap', 'escalate_now', 'escalate_where.global', 'attach'],
      },
    ],
    [
      'the same trap in Russian, with the page timer',
      '2025-10-23T13:00',
      {
        status: 'awaiting_buyer',
        openedOn: '2025-10-20',
        deadline: { on: '2025-10-27' },
        history: [
          opened,
          { actor: 'seller', at: '2025-10-22T12:00', text: 'Закройте, пожалуйста, спор, я верну деньги' },
        ],
      },
      {
        whose: 'buyer',
        step: 'reminders.now.answer_seller',
        due: '2025-10-27',
        guidance: ['close_request_trap', 'escalate_now', 'escalate_where.global', 'attach'],
      },
    ],
    [
      // 10 × 24 h from 12:00 CEST crosses the Oct 26 change: 11:00 CET.
      'return the item',
      '2025-10-23T13:00',
      {
        status: 'awaiting_return',
        requestedAmount: usd(20), // the earlier low offer is no news once agreed
        history: [
          opened,
          offer(5, '2025-10-21T08:00'),
          { actor: 'seller', at: '2025-10-22T12:00', action: 'seller accept' },
        ],
      },
      { whose: 'buyer', step: 'reminders.now.return_item', due: '2025-11-01T11:00', guidance: [] },
    ],
    [
      'AliExpress reviewing: no escalation advice, the close-request warning stays',
      '2025-10-23T13:00',
      {
        status: 'under_review',
        openedOn: '2025-10-20',
        history: [opened, offer(0), { actor: 'seller', at: '2025-10-22T13:00', text: 'please cancel the dispute' }],
      },
      {
        whose: 'platform',
        step: 'reminders.now.platform_review.undated',
        due: undefined,
        guidance: ['close_request_trap'],
      },
    ],
    [
      'refunded',
      '2025-10-23T13:00',
      { status: 'refunded' },
      { whose: 'none', step: 'reminders.now.refunded.undated', due: undefined, guidance: [] },
    ],
    [
      'closed',
      '2025-10-23T13:00',
      { status: 'closed' },
      { whose: 'none', step: 'reminders.now.dispute_closed.undated', due: undefined, guidance: [] },
    ],
    [
      'unknown',
      '2025-10-23T13:00',
      {},
      { whose: 'none', step: 'reminders.now.dispute_unknown.undated', due: undefined, guidance: [] },
    ],
  ])('%s', (_name, now, facts, expected) => {
    expect(answerAt(now, shipped, disputeFacts(facts))).toEqual(expected);
  });

  it('passes the offer and the date as typed values, not text', () => {
    const dispute = disputeFacts({ status: 'awaiting_buyer', requestedAmount: usd(20), history: [offer(5)] });
    const deadlines = deadlinesFor({ dispute, timeZone: ZONE });
    const { step } = nowAnswer({ dispute, deadlines, now: utc('2025-10-23T00:00') });
    expect(step.params).toEqual({
      offer: { type: 'money', money: usd(5) },
      due: { type: 'due', due: deadlines.find((d) => d.kind === 'buyer_response')!.due },
      estimated: { type: 'key', key: 'reminders.note.estimated' },
    });
  });
});

describe('escalation guidance: what next, where the button is, what to attach, never close', () => {
  const rejection: HistoryEntry = { actor: 'seller', at: '2025-10-22T12:00', action: 'seller refuse' };
  const closeAsk: HistoryEntry = {
    actor: 'seller',
    at: '2025-10-22T12:00',
    text: 'Снимите спор, верну деньги на карту',
  };
  const cases: Array<[string, 'global' | 'ru' | 'us', string, Parameters<typeof disputeFacts>[0], string[]]> = [
    [
      'deadline passed on .com',
      'global',
      '2025-10-26T10:00',
      { status: 'awaiting_seller', openedOn: '2025-10-20', history: [opened] },
      ['seller_missed', 'escalate_now', 'escalate_where.global', 'attach', 'dont_close'],
    ],
    [
      'deadline passed on .ru',
      'ru',
      '2025-10-26T10:00',
      { status: 'awaiting_seller', openedOn: '2025-10-20', history: [opened] },
      ['seller_missed', 'escalate_now', 'escalate_where.ru', 'attach', 'dont_close'],
    ],
    [
      'rejected in words on .ru',
      'ru',
      '2025-10-23T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', history: [opened, rejection] },
      ['seller_rejected', 'escalate_now', 'escalate_where.ru', 'attach', 'dont_close'],
    ],
    [
      'a low offer on .us: the .com way',
      'us',
      '2025-10-22T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', requestedAmount: usd(20), history: [opened, offer(5)] },
      ['offer_below_request', 'escalate_from', 'escalate_where.global', 'attach', 'dont_close'],
    ],
    [
      'asked to close (RU words, money to a card) on .ru: the trap says it, once',
      'ru',
      '2025-10-23T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', history: [opened, closeAsk] },
      ['close_request_trap', 'escalate_now', 'escalate_where.ru', 'attach'],
    ],
    [
      'a rejection listed newest first (as the markup lists steps) is still the last move',
      'ru',
      '2025-10-23T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', history: [rejection, offer(20, '2025-10-21T08:00'), opened] },
      ['seller_rejected', 'escalate_now', 'escalate_where.ru', 'attach', 'dont_close'],
    ],
    [
      'a fair offer: nothing to escalate',
      'ru',
      '2025-10-22T13:00',
      { status: 'awaiting_buyer', openedOn: '2025-10-20', requestedAmount: usd(20), history: [opened, offer(20)] },
      [],
    ],
  ];
  it.each(cases)('%s', (_name, site, now, facts, expected) => {
    const dispute = { ...disputeFacts(facts), site };
    const deadlines = deadlinesFor({ order: shipped, dispute, timeZone: ZONE });
    const result = nowAnswer({ order: shipped, dispute, deadlines, now: utc(now) });
    expect(result.guidance.map((g) => g.key.replace('reminders.guide.', ''))).toEqual(expected);
  });
});
