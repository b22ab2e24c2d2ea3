import { asksToCloseDispute, disputeActionOf } from '../aliexpress/dispute-actions';
import type { Deadline, DeadlineKind, Whose } from '../model/deadlines';
import type { DisputeFacts, OrderFacts } from '../model/facts';
import type { KeyedMessage } from '../model/keyed-message';
import type { HistoryEntry, Money } from '../model/snapshots';
import { stepOfDispute } from './steps';

export interface NowInput {
  order?: OrderFacts;
  dispute?: DisputeFacts;
  /** From deadlinesFor on the same facts. */
  deadlines: readonly Deadline[];
  now: number;
}

/** The panel's "Now" card: whose move, the deadline that matters, the step to show and advice, all as keys. */
export interface NowAnswer {
  whose: Whose | 'none';
  step: KeyedMessage;
  deadline?: Deadline;
  guidance: KeyedMessage[];
}

const K = 'reminders.now.';
const G = 'reminders.guide.';

export function nowAnswer({ order, dispute, deadlines, now }: NowInput): NowAnswer {
  const find = (kind: DeadlineKind) => deadlines.find((deadline) => deadline.kind === kind);
  return dispute ? disputeAnswer(dispute, find, now) : orderAnswer(order, find, now);
}

type Find = (kind: DeadlineKind) => Deadline | undefined;

function disputeAnswer(dispute: DisputeFacts, find: Find, now: number): NowAnswer {
  const facts = dispute.facts;
  const step = stepOfDispute(facts);
  if (step?.finished) return answer('none', facts.status === 'refunded' ? 'refunded' : 'dispute_closed', undefined, {});
  if (!step) return answer('none', 'dispute_unknown', undefined, {});

  const history = oldestFirst(facts.history ?? []);
  const sellerMoves = history.filter((entry) => entry.actor === 'seller' || entry.actor === 'platform');
  const lastMove = sellerMoves.at(-1);
  const lastOffer = [...sellerMoves].reverse().find((entry) => disputeActionOf(entry) === 'proposal' && entry.amount);
  const sellerDeadline = find('seller_response');
  const guidance: KeyedMessage[] = [];
  // Each piece of advice belongs to a step: an old low offer is no news once the buyer accepted and returns the item.
  const answering = step.kind === 'buyer_response';
  const sellerMissed = step.whose === 'seller' && sellerDeadline !== undefined && sellerDeadline.due.at <= now;
  const rejected = answering && lastMove !== undefined && disputeActionOf(lastMove) === 'reject';
  const lowOffer = answering ? offerBelowRequest(lastOffer?.amount, facts.requestedAmount) : undefined;
  const closeRequest = sellerMoves.some((entry) => asksToCloseDispute(entry.text));
  if (sellerMissed) guidance.push({ key: `${G}seller_missed`, params: { due: due(sellerDeadline) } });
  if (rejected) guidance.push({ key: `${G}seller_rejected`, params: {} });
  if (lowOffer)
    guidance.push({
      key: `${G}offer_below_request`,
      params: { offer: money(lowOffer.offer), requested: money(lowOffer.requested) },
    });
  // The trap holds in every step: closing the dispute gives up the buyer's protection (§1.5).
  if (closeRequest) guidance.push({ key: `${G}close_request_trap`, params: {} });
  // Nothing to escalate while AliExpress already reviews the case.
  if (step.whose !== 'platform' && (sellerMissed || rejected || lowOffer || closeRequest)) {
    const escalation = find('escalation_opens');
    if (escalation && escalation.due.at > now)
      guidance.push({ key: `${G}escalate_from`, params: { due: due(escalation) } });
    else guidance.push({ key: `${G}escalate_now`, params: {} });
    // Where the button is differs by site (shared notes §1.6, Part 2 A3); what to attach is the general list until
    // the evidence checklist exists; closing is the one move that loses the case, so it is always said.
    guidance.push({ key: `${G}escalate_where.${dispute.site === 'ru' ? 'ru' : 'global'}`, params: {} });
    guidance.push({ key: `${G}attach`, params: {} });
    if (!closeRequest) guidance.push({ key: `${G}dont_close`, params: {} });
  }

  const withGuidance = (result: NowAnswer): NowAnswer => ({ ...result, guidance });
  if (step.whose === 'platform') return withGuidance(answer('platform', 'platform_review', undefined, {}));
  const deadline = step.kind ? find(step.kind) : undefined;
  if (step.whose === 'seller')
    return withGuidance(answer('seller', sellerMissed ? 'seller_missed' : 'seller_move', deadline, {}));
  if (step.kind === 'return_shipping') return withGuidance(answer('buyer', 'return_item', deadline, {}));
  if (rejected) return withGuidance(answer('buyer', 'answer_rejection', deadline, {}));
  if (lastOffer?.amount)
    return withGuidance(answer('buyer', 'answer_offer', deadline, { offer: money(lastOffer.amount) }));
  return withGuidance(answer('buyer', 'answer_seller', deadline, {}));
}

function orderAnswer(order: OrderFacts | undefined, find: Find, now: number): NowAnswer {
  const status = order?.facts.status;
  if (status === 'cancelled' || status === 'closed') return answer('none', 'order_over', undefined, {});
  // The order says a dispute is open but its facts were not given: the dispute page has not been read yet.
  if (status === 'in_dispute') return answer('none', 'dispute_unknown', undefined, {});
  if (status === 'awaiting_payment' || status === 'processing') return answer('none', 'wait_shipping', undefined, {});
  const opens = find('dispute_opens');
  const protection = find('protection_end');
  const lastDay = find('dispute_last_day');
  const ahead = (deadline: Deadline | undefined) => deadline !== undefined && deadline.due.at > now;
  if (ahead(opens)) return answer('none', 'can_open_from', opens, {});
  if (ahead(protection)) return answer('buyer', 'can_ask_until', protection, {});
  if (ahead(lastDay)) return answer('buyer', 'protection_ended_can_still_open', lastDay, {});
  if (protection || lastDay) return answer('none', 'window_closed', protection ?? lastDay, {});
  return answer('none', 'no_dates', undefined, {});
}

/**
 * A step's key; `.undated` when no deadline is known, so the text never shows an empty date. The deadline's own
 * date is always the `due` value; an estimated one adds `.estimated` guidance in the text via the `estimated` flag.
 */
function answer(
  whose: NowAnswer['whose'],
  step: string,
  deadline: Deadline | undefined,
  params: KeyedMessage['params'],
): NowAnswer {
  if (!deadline) return { whose, step: { key: `${K}${step}.undated`, params }, guidance: [] };
  return {
    whose,
    step: {
      key: `${K}${step}`,
      params: { ...params, due: due(deadline), estimated: { type: 'key', key: estimatedKey(deadline) } },
    },
    deadline,
    guidance: [],
  };
}

/** The "(estimated)" / "(pages disagree)" note after a date; empty for a single page reading. */
export function estimatedKey(deadline: Deadline): string {
  if (deadline.basis === 'estimated') return 'reminders.note.estimated';
  return deadline.disagreement ? 'reminders.note.disagreement' : 'reminders.note.page';
}

function offerBelowRequest(offer: Money | undefined, requested: Money | undefined) {
  if (!offer || !requested || offer.currency !== requested.currency || offer.amount <= 0) return undefined;
  return offer.amount < requested.amount ? { offer, requested } : undefined;
}

/**
 * Steps in the order they happened, whatever order the page listed them in (the markup lists newest first, the data
 * may not): dated ones by date, undated ones after them (the markup's card of the current proposal is undated).
 */
function oldestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  const dated = history.filter((entry) => entry.at).sort((a, b) => (a.at! < b.at! ? -1 : a.at! > b.at! ? 1 : 0));
  return [...dated, ...history.filter((entry) => !entry.at)];
}

const due = (deadline: Deadline) => ({ type: 'due' as const, due: deadline.due });
const money = (value: Money) => ({ type: 'money' as const, money: value });
