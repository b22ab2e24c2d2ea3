/**
 * One item's change: when it was made (`at`, ms since 1970) and on which device (`by`). A deletion carries no value.
 * The newest change of each item wins everywhere; equal times are settled by the device id, the same way everywhere.
 */
export type SyncEntry =
  { key: string; at: number; by: string; value: unknown } | { key: string; at: number; by: string; deleted: true };

/**
 * What this device holds of an item: a change to share (a SyncEntry), or `held`: the item is gone here for a reason
 * that is not the buyer's (a page's reading replaced a typed date), so nothing is shared, and only a newer change
 * from another device is taken.
 */
export type LocalEntry = SyncEntry | { key: string; at: number; by: string; held: true };

/** >0 when `a` is the newer change, <0 when `b` is, 0 for the same change. */
export function compareChanges(a: { at: number; by: string }, b: { at: number; by: string }): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.by < b.by ? -1 : a.by > b.by ? 1 : 0;
}

export function isDeletion(entry: LocalEntry): entry is Extract<SyncEntry, { deleted: true }> {
  return 'deleted' in entry;
}

export function isHeld(entry: LocalEntry): entry is Extract<LocalEntry, { held: true }> {
  return 'held' in entry;
}
