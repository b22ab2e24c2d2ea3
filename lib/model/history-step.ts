import type { HistoryEntry } from './snapshots';

/**
 * Whether two history entries are the same step of the negotiation, as read from different places (the page's data
 * and its markup word the same step differently): stored facts merge them, and the watcher knows them as seen.
 */
export function sameHistoryStep(a: HistoryEntry, b: HistoryEntry): boolean {
  if (a.at !== undefined && b.at !== undefined) {
    return a.at === b.at && (a.actor === undefined || b.actor === undefined || a.actor === b.actor);
  }
  // An undated card ("Seller's proposal: US $5.00") is the dated step of the same party and amount, if there is one.
  if (a.amount && b.amount) {
    return a.actor === b.actor && a.amount.amount === b.amount.amount && a.amount.currency === b.amount.currency;
  }
  return a.at === b.at && a.actor === b.actor && a.action === b.action && a.text === b.text;
}
