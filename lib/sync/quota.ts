import { compareChanges, isDeletion, type SyncEntry } from './entry';
import { TOMBSTONE_DAYS, type SyncLimits } from './limits';
import { encodeEntry, itemBytes } from './wire';

export type LeftOutReason = 'too-big' | 'no-room';

export interface QuotaPlan {
  /** What fits, newest first. */
  kept: SyncEntry[];
  /** What does not: stays on this device only, said to the buyer. */
  leftOut: Array<{ key: string; reason: LeftOutReason }>;
  /** Bytes the kept items and the reserved ones take. */
  bytes: number;
}

/**
 * Which items sync storage can hold: newest first, each within the per-item size, all within the total size and item
 * count, after the room that items not ours (`reserved`: key to bytes) take. Deletions older than TOMBSTONE_DAYS
 * are let go without a word: every device had time to learn of them.
 */
export function planQuota(
  wanted: readonly SyncEntry[],
  reserved: ReadonlyMap<string, number>,
  limits: SyncLimits,
  now: number,
): QuotaPlan {
  const plan: QuotaPlan = { kept: [], leftOut: [], bytes: 0 };
  let count = reserved.size;
  for (const bytes of reserved.values()) plan.bytes += bytes;
  const oldestDeletion = now - TOMBSTONE_DAYS * 24 * 3_600_000;
  const newestFirst = [...wanted].sort((a, b) => compareChanges(b, a));
  for (const entry of newestFirst) {
    if (isDeletion(entry) && entry.at < oldestDeletion) continue;
    const bytes = itemBytes(entry.key, encodeEntry(entry));
    if (bytes > limits.itemBytes) plan.leftOut.push({ key: entry.key, reason: 'too-big' });
    else if (plan.bytes + bytes > limits.totalBytes || count + 1 > limits.maxItems) {
      plan.leftOut.push({ key: entry.key, reason: 'no-room' });
    } else {
      plan.kept.push(entry);
      plan.bytes += bytes;
      count++;
    }
  }
  return plan;
}
