import { disputeActionOf } from '../aliexpress/dispute-actions';
import { deadlinesFor } from './compute';
import { nowAnswer, type NowAnswer } from './now';
import type { PageReading } from './readings';
import type { DisputeFacts, OrderFacts } from '../model/facts';
import type { Deadline } from '../model/deadlines';
import { FINISHED_DISPUTE_STATUSES, type HistoryEntry } from '../model/snapshots';
import type { Stage } from '../model/stages';

/** What is known about one order and its dispute. */
export interface CaseFacts {
  order?: OrderFacts;
  dispute?: DisputeFacts;
  /** Every page's deadline dates kept for the order, so pages that disagree are all weighed (see readings.ts). */
  readings?: readonly PageReading[];
}

export { STAGES, type Stage } from '../model/stages';

/** What the panel's case view shows: the Now card, the stage, the seller's latest offer and the messages. */
export interface CaseSummary {
  now: NowAnswer;
  deadlines: Deadline[];
  stage?: Stage;
  /** The newest proposal from the seller or AliExpress: the one the buyer must answer. */
  latestOffer?: HistoryEntry;
  /** Every step, newest first. */
  messages: HistoryEntry[];
}

/**
 * Pure: the case view of what is known about the page's order and dispute, at `now`, in the buyer's time zone.
 * `deadlines`, when given, are `caseDeadlines` of the same facts in the same zone, computed earlier (they do not
 * depend on the clock).
 */
export function summariseCase(
  facts: CaseFacts,
  now: number,
  timeZone: string,
  deadlines: Deadline[] = caseDeadlines(facts, timeZone),
): CaseSummary | undefined {
  const { order, dispute } = facts;
  if (!order && !dispute) return undefined;
  const history = dispute?.facts.history ?? [];
  const messages = newestFirst(history);
  const latestOffer = messages.find(
    (entry) => entry.actor !== 'buyer' && entry.amount !== undefined && disputeActionOf(entry) === 'proposal',
  );
  return {
    now: nowAnswer({ order, dispute, deadlines, now }),
    deadlines,
    stage: stageOf(facts, messages),
    ...(latestOffer && { latestOffer }),
    messages,
  };
}

/** Pure: the deadlines of a case in the buyer's time zone, the costly part of its summary and free of the clock. */
export function caseDeadlines({ order, dispute, readings }: CaseFacts, timeZone: string): Deadline[] {
  return deadlinesFor({ order, dispute, readings, timeZone });
}

function stageOf({ order, dispute }: CaseFacts, messages: HistoryEntry[]): Stage | undefined {
  const status = dispute?.facts.status;
  if (dispute) {
    if (status && FINISHED_DISPUTE_STATUSES.has(status)) return 'closed';
    if (status === 'under_review') return 'escalated';
    if (messages.some((entry) => entry.actor === 'seller')) return 'seller_answered';
    return 'dispute_open';
  }
  switch (order?.facts.status) {
    case 'awaiting_payment':
    case 'processing':
      return 'ordered';
    case 'shipped':
      return 'shipped';
    case 'delivered':
    case 'completed':
      return 'delivered';
    case 'in_dispute':
      return 'dispute_open';
    case 'closed':
    case 'cancelled':
      return 'closed';
    default:
      return undefined;
  }
}

/** Dated steps newest first; undated ones keep the page's order, after them. */
function newestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  const dated = history.filter((entry) => entry.at).sort((a, b) => (a.at! < b.at! ? 1 : a.at! > b.at! ? -1 : 0));
  return [...dated, ...history.filter((entry) => !entry.at)];
}
