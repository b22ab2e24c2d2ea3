import type { LocalEntry, SyncEntry } from './entry';
import { stampLocal, type Ledger, type LocalItem } from './ledger';
import type { SyncLimits } from './limits';
import { merge } from './merge';
import { planQuota, type QuotaPlan } from './quota';
import { decodeAll, encodeEntry, itemBytes } from './wire';

export interface PassPlan {
  stamped: Map<string, LocalEntry>;
  /** Newer changes from other devices, for the database. */
  toLocal: SyncEntry[];
  /** Items to set in sync storage, in one write. */
  writes: Record<string, unknown>;
  /** Our items to take out of sync storage (no room, or deletions old enough to forget), in one write. */
  removals: string[];
  leftOut: QuotaPlan['leftOut'];
  /** Items sync storage holds once the writes are done. */
  items: number;
}

/**
 * One sync pass, decided without touching anything: this device's items against sync storage's contents, newest
 * change per item, within the quotas. Items not ours or not valid are left where they are, and their room counted.
 */
export function planPass(input: {
  items: ReadonlyMap<string, LocalItem>;
  ledger: Readonly<Ledger>;
  device: string;
  now: number;
  stored: Record<string, unknown>;
  limits: SyncLimits;
}): PassPlan {
  const stamped = stampLocal(input.items, input.ledger, input.device, input.now);
  const { entries: remote, ignored } = decodeAll(input.stored);
  const { toLocal, toRemote, wanted } = merge(stamped, remote);
  const replaced = new Set(wanted.map((entry) => entry.key));
  const reserved = new Map(
    ignored.filter((key) => !replaced.has(key)).map((key) => [key, itemBytes(key, input.stored[key])]),
  );
  const quota = planQuota(wanted, reserved, input.limits, input.now);
  const kept = new Set(quota.kept.map((entry) => entry.key));
  return {
    stamped,
    toLocal,
    writes: Object.fromEntries(
      toRemote.filter((entry) => kept.has(entry.key)).map((entry) => [entry.key, encodeEntry(entry)]),
    ),
    removals: [...remote.keys()].filter((key) => !kept.has(key)),
    leftOut: quota.leftOut,
    items: kept.size,
  };
}
