import { compareChanges, isDeletion, isHeld, type LocalEntry, type SyncEntry } from './entry';

export interface MergeResult {
  /** Newer changes from other devices, to store here. */
  toLocal: SyncEntry[];
  /** This device's newer changes, to store in sync storage. */
  toRemote: SyncEntry[];
  /** What sync storage should hold after this pass: the newest change of every item, before quotas. */
  wanted: SyncEntry[];
}

/**
 * The newest change of each item wins on both sides. A deletion from another device is applied only where the item
 * exists; a held item (gone here, not by the buyer) never goes out and takes only a newer change.
 */
export function merge(local: ReadonlyMap<string, LocalEntry>, remote: ReadonlyMap<string, SyncEntry>): MergeResult {
  const result: MergeResult = { toLocal: [], toRemote: [], wanted: [] };
  for (const key of new Set([...local.keys(), ...remote.keys()])) {
    const mine = local.get(key);
    const theirs = remote.get(key);
    const order = mine && theirs ? compareChanges(mine, theirs) : mine ? 1 : -1;
    if (order > 0 && mine && !isHeld(mine)) {
      result.toRemote.push(mine);
      result.wanted.push(mine);
      continue;
    }
    if (!theirs) continue;
    result.wanted.push(theirs);
    if (order >= 0) continue;
    const existsHere = mine !== undefined && !isHeld(mine) && !isDeletion(mine);
    if (!isDeletion(theirs) || existsHere) result.toLocal.push(theirs);
  }
  return result;
}
