import { disputeActionOf, type DisputeAction } from '../aliexpress/dispute-actions';
import type { CaseEvent } from '../db/case-event';
import type { DisputeFacts, OrderFacts } from '../model/facts';
import type { HistoryEntry, Party } from '../model/snapshots';
import type { PageKind } from '../pages/page-kind';

/**
 * Which timeline lines a change of what is known about a case makes. Pure: the worker reads the facts before a store,
 * merges the new snapshots into them in memory, and asks this what happened in between. Every line carries a `fact`
 * param naming what it is about; the store adds a line only when no line of the order names the same fact, so a
 * report sent again (the worker stopped half-way, the page asking once more) never doubles a line.
 */
export type CaseLine = Omit<CaseEvent, 'seq'>;

/** What is known about one case (an order and its dispute) at one moment. */
export interface CaseState {
  order?: OrderFacts;
  dispute?: DisputeFacts;
}

const L = 'reminders.log.';
const TEXT_SNIPPET = 160;
/** Visits of one page closer together than this are one visit in the log: a reload, a return from another tab. */
export const REVISIT_GAP_MS = 30 * 60_000;
const SEEN_KEYS: Partial<Record<PageKind, string>> = {
  'order-detail': `${L}seen-order`,
  'dispute-detail': `${L}seen-dispute`,
  'dispute-start': `${L}seen-dispute-start`,
};

/** The order a case's lines belong to: the timeline is per order, the dispute's lines included. */
export function orderOfCase(state: CaseState): string | undefined {
  return state.order?.orderId ?? state.dispute?.orderId;
}

/**
 * The buyer opened the page of an order or dispute: one line per page load (a list view makes none). `load` is the
 * page load's own id; a page that sent none counts each report as its own load.
 */
export function pageSeenLine(
  kind: PageKind,
  orderId: string,
  load: string,
  at: number,
  disputeId?: string,
): CaseLine | undefined {
  const key = SEEN_KEYS[kind];
  if (!key) return undefined;
  return { orderId, ...(disputeId && { disputeId }), kind: 'page-seen', at, key, params: { fact: `seen:${load}` } };
}

/**
 * Whether a visit line only repeats the latest visit of the same page within the gap. Repeated lines would push the
 * seller's steps out of the panel's short view for a buyer who reloads the page while waiting.
 */
export function repeatsRecentVisit(visit: CaseLine, timeline: readonly CaseLine[]): boolean {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const line = timeline[i]!;
    if (line.kind !== 'page-seen' || line.key !== visit.key) continue;
    const since = visit.at - line.at;
    return since >= 0 && since < REVISIT_GAP_MS;
  }
  return false;
}

/** The buyer ran the check on the open-dispute form: the same text checked twice is one line. */
export function checkRunLine(orderId: string, draftText: string, verdict: string, at: number): CaseLine {
  return {
    orderId,
    kind: 'buyer-action',
    at,
    key: `${L}checked`,
    params: { verdict, fact: `check:${digest(draftText.trim())}` },
  };
}

/** Every line the step from `before` to `after` makes, in the order it happened (oldest first). */
export function caseLinesBetween(before: CaseState, after: CaseState, at: number): CaseLine[] {
  const orderId = orderOfCase(after);
  if (!orderId) return [];
  const lines: CaseLine[] = [];
  const from = before.order?.facts.status;
  const to = after.order?.facts.status;
  // A status first read is where the case stands, not a change; a change is keyed by the record it changed, so a
  // repeated report (same record before) gives the same line and a later change back and forth gives a new one.
  if (from && to && from !== to)
    lines.push({
      orderId,
      kind: 'status-changed',
      at,
      key: `${L}order-status`,
      params: { orderStatus: to, fact: `order-status:${from}>${to}@${before.order!.updatedAt}` },
    });

  const dispute = after.dispute;
  if (!dispute) return lines;
  const disputeId = dispute.disputeId;
  const line = (kind: CaseLine['kind'], key: string, params: CaseLine['params']): CaseLine => ({
    orderId,
    disputeId,
    kind,
    at,
    key,
    params,
  });
  const history = dispute.facts.history ?? [];
  // Steps known before made their lines then, unless the case's order was not known yet (no line could be written).
  const known = new Set(orderOfCase(before) ? (before.dispute?.facts.history ?? []).map(stepId) : []);
  // An undated card beside dated steps (the markup's "Seller's proposal" box) is one of those steps seen again: its
  // dated step makes the line, so the card and the step can never make two.
  const dated = history.some((entry) => entry.at);
  for (const entry of oldestFirst(history)) {
    const id = stepId(entry);
    if (!entry.actor || known.has(id) || (dated && !entry.at)) continue;
    const made = historyLine(entry);
    if (made) lines.push(line(made.kind, made.key, { ...made.params, fact: `step:${disputeId}:${digest(id)}` }));
  }
  const was = before.dispute?.facts.status;
  const now = dispute.facts.status;
  if (was && now && was !== now)
    lines.push(
      line('status-changed', `${L}dispute-status`, {
        status: now,
        fact: `dispute-status:${disputeId}:${was}>${now}@${before.dispute!.updatedAt}`,
      }),
    );
  return lines;
}

/**
 * What identifies one step across reports: the page's data and its markup word a step differently but date it to
 * the same minute (lib/db/merge-facts merges them alike), so a dated step is its actor and minute; an undated one
 * is told apart by what it did and its amount or words.
 */
export function stepId(entry: HistoryEntry): string {
  if (entry.at) return `${entry.actor ?? ''}|${entry.at}`;
  const amount = entry.amount ? `${entry.amount.amount} ${entry.amount.currency}` : '';
  return `${entry.actor ?? ''}|${disputeActionOf(entry)}|${amount || entry.text || entry.action || ''}`;
}

/** Pages list steps newest or oldest first; the log adds them as they happened (undated ones after, as listed). */
function oldestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  const dated = history.filter((entry) => entry.at).sort((a, b) => (a.at! < b.at! ? -1 : a.at! > b.at! ? 1 : 0));
  return [...dated, ...history.filter((entry) => !entry.at)];
}

type HistoryLine = { kind: CaseLine['kind']; key: string; params: CaseLine['params'] };

const ACTOR_KIND: Record<Party, CaseLine['kind']> = {
  seller: 'seller-replied',
  buyer: 'buyer-action',
  platform: 'status-changed',
};

/** The steps each party has its own words for; any other step is shown by its text, as a message. */
const WORDED: Record<Party, ReadonlySet<DisputeAction>> = {
  seller: new Set(['proposal', 'accept', 'reject', 'proof']),
  buyer: new Set(['open', 'proposal', 'accept', 'reject', 'proof', 'modify', 'cancel']),
  platform: new Set(['proposal']),
};

function historyLine(entry: HistoryEntry): HistoryLine | undefined {
  const actor = entry.actor!;
  const action = disputeActionOf(entry);
  const params: CaseLine['params'] = entry.at ? { on: entry.at } : {};
  let what: string = WORDED[actor].has(action) ? action : 'message';
  if (what === 'proposal') {
    if (entry.amount) {
      params.amount = entry.amount.amount;
      params.currency = entry.amount.currency;
    } else what = 'proposal-no-amount';
  }
  // A message is its words (shortened); a step without words or a known verb says nothing worth a line.
  if (what === 'message') {
    if (!entry.text) return undefined;
    params.text = snippet(entry.text);
  }
  return { kind: ACTOR_KIND[actor], key: `${L}${actor}.${what}`, params };
}

/**
 * A short name for a long text (a step's words, a checked draft), to tell facts apart within one order's timeline:
 * 53 bits of cyrb53 (public domain), not a secret and small enough for the worker's size budget (md5 is not).
 */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= TEXT_SNIPPET ? flat : `${flat.slice(0, TEXT_SNIPPET - 1)}…`;
}
