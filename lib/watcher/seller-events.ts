import { disputeActionOf } from '../aliexpress/dispute-actions';
import type { KeyedMessage } from '../model/keyed-message';
import type { DisputeSnapshot, HistoryEntry } from '../model/snapshots';
import { md5 } from '../aliexpress/md5';
import { sameHistoryStep } from '../model/history-step';

/** Something the seller (or the dispute's state) did since the last check, with an id stable across checks. */
export interface SellerEvent extends KeyedMessage {
  id: string;
}

type DisputeView = Pick<DisputeSnapshot, 'status' | 'deadline' | 'history'>;

const W = 'reminders.watch.';
const SNIPPET = 140;

/**
 * The seller-side news between two views of one dispute. Entries are compared as steps (sameHistoryStep: the same
 * step worded by the page's data and by its markup is one step), so reordered or repeated history gives nothing new; the buyer's own actions give nothing. With no previous view there is no
 * news: the first view is the baseline (the buyer was on the page when the observer learned it).
 */
export function sellerEvents(previous: DisputeView | undefined, next: DisputeView): SellerEvent[] {
  if (!previous) return [];
  const known = previous.history ?? [];
  const events = new Map<string, KeyedMessage>();
  const newEntries = (next.history ?? []).filter((entry) => !known.some((seen) => sameHistoryStep(seen, entry)));

  for (const entry of newEntries) {
    if (entry.actor !== 'seller') continue;
    const event = eventOf(entry);
    if (event) events.set(`history:${md5(entryKey(entry)).slice(0, 16)}`, event);
  }

  const statusChanged = next.status !== undefined && next.status !== previous.status;
  // Back to the seller's turn means the buyer acted (opened, changed or answered): not news from the seller.
  if (statusChanged && next.status !== 'awaiting_seller')
    events.set(`status:${previous.status ?? '-'}>${next.status}`, {
      key: `${W}status_changed`,
      params: { status: { type: 'key', key: `reminders.status.${next.status}` } },
    });

  const from = previous.deadline?.on;
  const to = next.deadline?.on;
  const buyerActed = newEntries.some((entry) => entry.actor === 'buyer');
  if (from && to && from !== to && !statusChanged && !buyerActed)
    events.set(`deadline:${from}>${to}`, {
      key: `${W}deadline_changed`,
      params: { from: { type: 'date', date: from }, to: { type: 'date', date: to } },
    });

  return [...events].map(([id, event]) => ({ id, ...event }));
}

function eventOf(entry: HistoryEntry): KeyedMessage | undefined {
  switch (disputeActionOf(entry)) {
    case 'accept':
      return { key: `${W}seller_accepted`, params: {} };
    case 'reject':
      return { key: `${W}seller_rejected`, params: {} };
    case 'proposal':
      return entry.amount
        ? { key: `${W}seller_proposal`, params: { offer: { type: 'money', money: entry.amount } } }
        : { key: `${W}seller_proposal_no_amount`, params: {} };
    case 'proof':
      return { key: `${W}seller_evidence`, params: {} };
    default:
      return entry.text ? { key: `${W}seller_message`, params: { text: snippet(entry.text) } } : undefined;
  }
}

function entryKey(entry: HistoryEntry): string {
  const amount = entry.amount ? `${entry.amount.amount} ${entry.amount.currency}` : '';
  return [entry.actor ?? '', entry.at ?? '', entry.action ?? '', entry.text ?? '', amount].join('|');
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SNIPPET ? flat : `${flat.slice(0, SNIPPET - 1)}…`;
}
