import { describe, expect, it } from 'vitest';
import {
  caseLinesBetween,
  pageSeenLine,
  repeatsRecentVisit,
  REVISIT_GAP_MS,
  stepId,
  type CaseState,
} from '../../../lib/case-log/derive';
import { timelineMessage } from '../../../lib/case-log/line-message';
import { ORDER_STATUSES, type HistoryEntry } from '../../../lib/model/snapshots';
import en from '../../../locales/reminders/en.json';
import ru from '../../../locales/reminders/ru.json';
import { disputeFacts, orderFacts, ORDER_ID } from '../deadlines/support';

const NOW = 1_767_000_000_000;
const usd = (amount: number) => ({ amount, currency: 'USD' });
const proposal: HistoryEntry = {
  actor: 'seller',
  at: '2026-01-07T08:40',
  action: 'seller create solution',
  amount: usd(5),
};
// The same step as the page's markup words it: no actor code, its own words, the same minute.
const proposalInMarkup: HistoryEntry = {
  actor: 'seller',
  at: '2026-01-07T08:40',
  text: 'Proposed a partial refund of US $5.00.',
};
const rejection: HistoryEntry = { actor: 'seller', at: '2026-01-06T12:02', action: 'seller refuse' };
const message: HistoryEntry = { actor: 'seller', at: '2026-01-08T09:00', text: 'Please close the dispute' };
const silent: HistoryEntry = { actor: 'seller', at: '2026-01-08T10:00', action: 'system note' };
const opened: HistoryEntry = { actor: 'buyer', at: '2026-01-05T10:12', action: 'initiate', amount: usd(18) };

const keys = (before: CaseState, after: CaseState) =>
  caseLinesBetween(before, after, NOW).map((line) => `${line.kind} ${line.key.replace('reminders.log.', '')}`);

describe('timeline lines of a change', () => {
  it.each<[string, CaseState, CaseState, string[]]>([
    ['nothing known: nothing', {}, {}, []],
    ['a status first read is no change', {}, { order: orderFacts({ status: 'shipped' }) }, []],
    [
      'an order status change',
      { order: orderFacts({ status: 'shipped' }) },
      { order: orderFacts({ status: 'in_dispute' }) },
      ['status-changed order-status'],
    ],
    [
      'a dispute status change',
      { dispute: disputeFacts({ status: 'awaiting_seller' }) },
      { dispute: disputeFacts({ status: 'awaiting_buyer' }) },
      ['status-changed dispute-status'],
    ],
    [
      'every step of a dispute first seen, oldest first; a step without words or a verb is no line',
      {},
      { dispute: disputeFacts({ history: [message, proposal, silent, rejection, opened] }) },
      [
        'buyer-action buyer.open',
        'seller-replied seller.reject',
        'seller-replied seller.proposal',
        'seller-replied seller.message',
      ],
    ],
    [
      'an undated card beside dated steps is one of them: no line of its own',
      {},
      {
        dispute: disputeFacts({
          history: [{ actor: 'seller', action: "Seller's proposal", amount: usd(5) }, proposal],
        }),
      },
      ['seller-replied seller.proposal'],
    ],
    [
      'steps all undated are told apart by their words and amounts',
      {},
      {
        dispute: disputeFacts({
          history: [
            { actor: 'seller', amount: usd(5) },
            { actor: 'seller', text: 'Hello' },
          ],
        }),
      },
      ['seller-replied seller.proposal', 'seller-replied seller.message'],
    ],
    [
      'only the new step of a known dispute',
      { dispute: disputeFacts({ history: [opened, rejection] }) },
      { dispute: disputeFacts({ history: [opened, rejection, proposal] }) },
      ['seller-replied seller.proposal'],
    ],
    [
      'a step the markup showed first is not new when the data words it otherwise',
      { dispute: disputeFacts({ history: [proposalInMarkup] }) },
      { dispute: disputeFacts({ history: [{ ...proposalInMarkup, ...proposal }] }) },
      [],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(keys(before, after)).toEqual(expected);
  });

  it('names each fact the same way for the same change, and differently for a later one', () => {
    const before = { dispute: disputeFacts({ status: 'awaiting_seller' as const, history: [opened] }) };
    const after = { dispute: disputeFacts({ status: 'awaiting_buyer' as const, history: [opened, proposal] }) };
    const first = caseLinesBetween(before, after, NOW);
    expect(caseLinesBetween(before, after, NOW + 5000).map((l) => l.params.fact)).toEqual(
      first.map((l) => l.params.fact),
    );
    const laterBefore = { dispute: { ...before.dispute, updatedAt: before.dispute.updatedAt + 1 } };
    expect(caseLinesBetween(laterBefore, after, NOW).at(-1)!.params.fact).not.toBe(first.at(-1)!.params.fact);
    expect(first.every((line) => line.orderId === ORDER_ID)).toBe(true);
  });

  it('the same step is one id whether dated by the data or the markup; undated steps by their words', () => {
    expect(stepId(proposal)).toBe(stepId(proposalInMarkup));
    expect(stepId({ actor: 'seller', amount: usd(5) })).not.toBe(stepId({ actor: 'seller', amount: usd(6) }));
  });

  it('a visit within half an hour of the same page’s last visit line repeats it; another page or later does not', () => {
    const dispute = (load: string, at: number) => pageSeenLine('dispute-detail', ORDER_ID, load, at)!;
    const timeline = [
      dispute('load-1', NOW),
      ...caseLinesBetween({}, { dispute: disputeFacts({ history: [proposal] }) }, NOW),
    ];
    expect(repeatsRecentVisit(dispute('load-2', NOW + 60_000), timeline)).toBe(true);
    expect(repeatsRecentVisit(dispute('load-2', NOW + REVISIT_GAP_MS - 1), timeline)).toBe(true);
    expect(repeatsRecentVisit(dispute('load-2', NOW + REVISIT_GAP_MS), timeline)).toBe(false);
    // The order's own page is another page of the case; a clock set back is no repeat; only the latest visit counts.
    expect(repeatsRecentVisit(pageSeenLine('order-detail', ORDER_ID, 'load-2', NOW + 60_000)!, timeline)).toBe(false);
    expect(repeatsRecentVisit(dispute('load-2', NOW - 60_000), timeline)).toBe(false);
    const twoVisits = [dispute('load-0', NOW - 2 * REVISIT_GAP_MS), dispute('load-1', NOW - REVISIT_GAP_MS / 2)];
    expect(repeatsRecentVisit(dispute('load-2', NOW), twoVisits)).toBe(true);
    expect(repeatsRecentVisit(dispute('load-2', NOW), [])).toBe(false);
  });

  it('a list view makes no page-seen line; an order or dispute page does', () => {
    expect(pageSeenLine('order-list', ORDER_ID, 'load-1', NOW)).toBeUndefined();
    expect(pageSeenLine('dispute-list', ORDER_ID, 'load-1', NOW)).toBeUndefined();
    expect(pageSeenLine('order-detail', ORDER_ID, 'load-1', NOW)?.params).toEqual({ fact: 'seen:load-1' });
  });

  it('a long message is shortened', () => {
    const long: HistoryEntry = { actor: 'seller', at: '2026-01-08T09:00', text: 'word '.repeat(200) };
    const [line] = caseLinesBetween({}, { dispute: disputeFacts({ history: [long] }) }, NOW);
    expect(String(line!.params.text).length).toBeLessThanOrEqual(160);
  });
});

describe('a timeline line as the panel reads it', () => {
  it.each([
    [{ amount: 5, currency: 'USD', on: '2026-01-07T08:40', fact: 'x' }, { offer: { type: 'money', money: usd(5) } }],
    [{ orderStatus: 'shipped', fact: 'x' }, { orderStatus: { type: 'key', key: 'reminders.order_status.shipped' } }],
    [{ status: 'under_review' }, { status: { type: 'key', key: 'reminders.status.under_review' } }],
    [{ verdict: 'needs_work' }, { verdict: { type: 'key', key: 'reminders.log.verdict.needs_work' } }],
    [{ text: 'Hello' }, { text: 'Hello' }],
    [
      { what: 'seller_response', due: '2026-01-09T18:00', late: 1 },
      {
        what: { type: 'key', key: 'reminders.kind.seller_response' },
        due: { type: 'date', date: '2026-01-09T18:00' },
        late: 1,
      },
    ],
  ])('%j', (params, expected) => {
    expect(timelineMessage({ kind: 'seller-replied', at: NOW, key: 'reminders.log.x', params }).params).toEqual(
      expected,
    );
  });
});

describe('every line has its words in both languages', () => {
  it('each step of each party, each status, each verdict', () => {
    const actions = [
      'initiate',
      'cancel',
      'seller accept',
      'refuse',
      'create proof',
      'modify issue reason',
      'create solution',
    ];
    const history: HistoryEntry[] = (['seller', 'buyer', 'platform'] as const).flatMap((actor, a) =>
      actions.flatMap((action, i) => [
        { actor, at: `2026-01-0${a + 1}T1${i}:00`, action, text: 'words' },
        { actor, at: `2026-01-0${a + 1}T1${i}:30`, action: 'create solution', amount: usd(i + 1) },
      ]),
    );
    const before = { order: orderFacts({ status: 'shipped' }), dispute: disputeFacts({ status: 'awaiting_seller' }) };
    const after = {
      order: orderFacts({ status: 'in_dispute' }),
      dispute: disputeFacts({ status: 'under_review', history }),
    };
    const lines = [
      ...caseLinesBetween(before, after, NOW),
      pageSeenLine('order-detail', ORDER_ID, 'l', NOW)!,
      pageSeenLine('dispute-detail', ORDER_ID, 'l', NOW)!,
      pageSeenLine('dispute-start', ORDER_ID, 'l', NOW)!,
      ...ORDER_STATUSES.map((orderStatus) => ({ ...lines0(), params: { orderStatus } })),
      ...['ready', 'needs_work', 'blocker'].map((verdict) => ({ ...lines0(), params: { verdict } })),
    ];
    for (const bundle of [en, ru] as Array<Record<string, string>>) {
      const missing = lines.flatMap((line) => {
        const message = timelineMessage(line);
        const used = [
          message.key,
          ...Object.values(message.params).flatMap((v) => (typeof v === 'object' && v.type === 'key' ? [v.key] : [])),
        ];
        return used.filter((key) => key !== 'reminders.log.x' && !bundle[key]);
      });
      expect(missing).toEqual([]);
    }
  });
});

function lines0() {
  return { kind: 'status-changed', at: NOW, key: 'reminders.log.x' };
}
