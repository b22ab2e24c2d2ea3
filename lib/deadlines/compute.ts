import { DISPUTE_RULES, type DisputeRule } from '../aliexpress/dispute-rules';
import { disputeActionOf, type DisputeAction } from '../aliexpress/dispute-actions';
import type { DisputeFacts, OrderFacts } from '../model/facts';
import type { Deadline, DeadlineKind, DeadlineSource, Due, Whose } from '../model/deadlines';
import type { HistoryEntry, Party, PageDate } from '../model/snapshots';
import { dueAfter, dueOfPageDate, opensAfter, shiftDue } from './due';
import { isTimeZone } from './local-time';
import { readingsOfDisputeSnapshot, readingsOfOrderSnapshot, type PageReading } from './readings';
import { stepOfDispute } from './steps';

export interface DeadlineInput {
  order?: OrderFacts;
  dispute?: DisputeFacts;
  /** Readings kept from single page views (see readings.ts), so pages that disagree are all shown. */
  readings?: readonly PageReading[];
  /** The buyer's IANA time zone, in which pages showed their dates (the worker passes its own). */
  timeZone: string;
}

const WHOSE: Record<DeadlineKind, Whose> = {
  protection_end: 'buyer',
  dispute_opens: 'buyer',
  dispute_last_day: 'buyer',
  seller_response: 'seller',
  buyer_response: 'buyer',
  return_shipping: 'buyer',
  escalation_opens: 'buyer',
};

// Unpaid: nothing runs yet; cancelled or closed: nothing runs any more.
const NO_ORDER_DEADLINES = new Set(['cancelled', 'closed', 'awaiting_payment']);

/**
 * The deadlines of one order and (optionally) its dispute. A date a page shows wins; otherwise the date is
 * computed from DISPUTE_RULES and marked estimated; with neither, the deadline is left out (never guessed).
 */
export function deadlinesFor(input: DeadlineInput): Deadline[] {
  const { order, dispute } = input;
  // A zone the runtime does not know would throw in Intl; UTC keeps the dates, shifted at most by a day's hours.
  const timeZone = isTimeZone(input.timeZone) ? input.timeZone : 'UTC';
  const orderId = order?.orderId ?? dispute?.orderId ?? dispute?.facts.orderId;
  if (!orderId) return [];
  const readings = [...(input.readings ?? []), ...factReadings(order, dispute)];
  const found: Deadline[] = [];
  const add: Add = (kind, estimate, disputeId) => {
    const deadline = choose(kind, readings, estimate, timeZone, orderId, disputeId);
    if (deadline) found.push(deadline);
    return deadline;
  };
  if (order) orderDeadlines(order, dispute !== undefined, timeZone, add);
  if (dispute) disputeDeadlines(dispute, timeZone, add);
  return found;
}

type Add = (kind: DeadlineKind, estimate: DeadlineSource | undefined, disputeId?: string) => Deadline | undefined;

function orderDeadlines(order: OrderFacts, hasDispute: boolean, timeZone: string, add: Add): void {
  const facts = order.facts;
  if (NO_ORDER_DEADLINES.has(facts.status ?? '')) return;
  const shippedOn = facts.shippedOn && day(facts.shippedOn);
  // Confirming receipt ends protection (§1.8), so a completed order gets no estimated protection end.
  const protection = add(
    'protection_end',
    facts.status !== 'completed'
      ? estimate(shippedOn, 'shippedOn', 'protectionDaysAfterShipping', timeZone)
      : undefined,
  );
  // Once a dispute exists, when one could be opened no longer matters.
  if (hasDispute) return;
  if (shippedOn) {
    const opens = opensAfter(shippedOn, days('disputeOpensDaysAfterShipping'), timeZone);
    add('dispute_opens', rule('shippedOn', 'disputeOpensDaysAfterShipping', opens));
  }
  add('dispute_last_day', lastDayToOpen(protection?.due, facts.deliveredOn, timeZone));
}

function disputeDeadlines(dispute: DisputeFacts, timeZone: string, add: Add): void {
  const step = stepOfDispute(dispute.facts);
  if (step?.finished) return;
  const { disputeId } = dispute;
  const history = dispute.facts.history ?? [];
  if (step?.kind === 'seller_response') {
    const lastBuyerMove = latest(history, 'buyer', ['open', 'modify', 'proposal']);
    const [start, field] = lastBuyerMove ? [lastBuyerMove, 'history'] : [dispute.facts.openedOn, 'openedOn'];
    add('seller_response', estimate(start, field, 'sellerResponseDays', timeZone), disputeId);
  }
  if (step?.kind === 'buyer_response') {
    const start = latest(history, ['seller', 'platform'], ['proposal', 'reject']);
    add('buyer_response', estimate(start, 'history', 'buyerResponseDays', timeZone), disputeId);
  }
  if (step?.kind === 'return_shipping') {
    const start = latest(history, ['buyer', 'seller', 'platform'], ['accept']);
    add('return_shipping', estimate(start, 'history', 'returnShippingDays', timeZone), disputeId);
  }
  // Once AliExpress reviews the case there is nothing left to escalate.
  if (dispute.facts.openedOn && step?.whose !== 'platform') {
    const opens = opensAfter(dispute.facts.openedOn, days('escalationDaysAfterOpening'), timeZone);
    add('escalation_opens', rule('openedOn', 'escalationDaysAfterOpening', opens), disputeId);
  }
}

/** §1.3: 15 days after the protection end or after delivery, whichever comes first. */
function lastDayToOpen(protection: Due | undefined, deliveredOn: PageDate | undefined, timeZone: string) {
  const extra = days('disputeLastDaysAfterProtection');
  const candidates: DeadlineSource[] = [];
  if (protection)
    candidates.push(rule('protectionEndsOn', 'disputeLastDaysAfterProtection', shiftDue(protection, extra)));
  if (deliveredOn)
    candidates.push(rule('deliveredOn', 'disputeLastDaysAfterProtection', dueAfter(day(deliveredOn), extra, timeZone)));
  return candidates.sort((a, b) => a.due.at - b.due.at)[0];
}

/** The merged facts' own deadline fields, as readings with their origins. */
function factReadings(order: OrderFacts | undefined, dispute: DisputeFacts | undefined): PageReading[] {
  const readings: PageReading[] = [];
  const protectionOrigin = order?.origins.protectionEndsOn;
  if (order && protectionOrigin)
    readings.push(
      ...readingsOfOrderSnapshot(order.facts, protectionOrigin.at).map((r) => ({ ...r, origin: protectionOrigin })),
    );
  const deadlineOrigin = dispute?.origins.deadline;
  if (dispute && deadlineOrigin)
    readings.push(
      ...readingsOfDisputeSnapshot(dispute.facts, deadlineOrigin.at).map((r) => ({ ...r, origin: deadlineOrigin })),
    );
  return readings;
}

function choose(
  kind: DeadlineKind,
  readings: readonly PageReading[],
  estimate: DeadlineSource | undefined,
  timeZone: string,
  orderId: string,
  disputeId: string | undefined,
): Deadline | undefined {
  const pageSources = uniqueSources(
    readings
      .filter((reading) => reading.kind === kind)
      .map((reading) => ({
        source: reading.origin.source,
        field: reading.field,
        ...(reading.origin.route && { route: reading.origin.route }),
        readAt: reading.origin.at,
        due: dueOfPageDate(reading.on, timeZone),
      })),
  );
  // Earliest first, so the one shown is first and the model's cap of 10 never drops it.
  pageSources.sort((a, b) => a.due.at - b.due.at);
  const shown = pageSources[0];
  if (!shown && !estimate) return undefined;
  const sources = [...pageSources.slice(0, estimate ? 9 : 10), ...(estimate ? [estimate] : [])];
  return {
    kind,
    due: (shown ?? estimate)!.due,
    basis: shown ? 'page' : 'estimated',
    sources,
    disagreement: new Set(pageSources.map((source) => source.due.at)).size > 1,
    orderId,
    ...(disputeId && { disputeId }),
    whose: WHOSE[kind],
  };
}

/** The same page and route read again with the same date is one source, not a disagreement or a duplicate. */
function uniqueSources(sources: DeadlineSource[]): DeadlineSource[] {
  const byKey = new Map<string, DeadlineSource>();
  for (const source of sources) {
    const key = `${source.source}|${source.route ?? ''}|${source.field}|${source.due.local}`;
    const known = byKey.get(key);
    if (!known || (source.readAt ?? 0) > (known.readAt ?? 0)) byKey.set(key, source);
  }
  return [...byKey.values()];
}

/** The date of the newest history entry by one of `actors` doing one of `actions`. */
function latest(
  history: readonly HistoryEntry[],
  actors: Party | Party[],
  actions: DisputeAction[],
): PageDate | undefined {
  const who = new Set(Array.isArray(actors) ? actors : [actors]);
  let newest: PageDate | undefined;
  for (const entry of history) {
    if (!entry.at || !entry.actor || !who.has(entry.actor) || !actions.includes(disputeActionOf(entry))) continue;
    if (!newest || entry.at > newest) newest = entry.at;
  }
  return newest;
}

function estimate(start: PageDate | undefined, field: string, name: DisputeRule, timeZone: string) {
  return start ? rule(field, name, dueAfter(start, days(name), timeZone)) : undefined;
}

function rule(field: string, name: DisputeRule, due: Due): DeadlineSource {
  return { source: 'rule', field, rule: name, due };
}

function days(name: DisputeRule): number {
  return DISPUTE_RULES[name];
}

/** Shipping and delivery count by day: a time of day on them would not make the rule more precise. */
function day(value: PageDate): PageDate {
  return value.slice(0, 10);
}
