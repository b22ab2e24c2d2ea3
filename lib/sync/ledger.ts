import { z } from '../model/zod';
import type { LocalEntry, SyncEntry } from './entry';
import { deletionTravels, parseItemKey } from './item-key';
import { DEVICE_ID } from './wire';

/**
 * What this device last knew of each item: a fingerprint of its value here (or `-`: not here) and the change that
 * value carries. A value whose fingerprint moved was changed here since, and becomes a new change of this device.
 */
export const LedgerLine = z.strictObject({
  h: z.string().check(z.maxLength(16)),
  at: z.number().check(z.int(), z.gte(0)),
  by: z.string().check(z.regex(DEVICE_ID)),
});
export type Ledger = Record<string, z.infer<typeof LedgerLine>>;

export const ABSENT = '-';

/** A short fingerprint of a value (FNV-1a over its JSON): enough to notice a change, not a security measure. */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value) ?? '') {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** One item as this device's database holds it: its value, and the time the database itself gives it, if any. */
export interface LocalItem {
  value: unknown;
  changedAt?: number;
}

/**
 * This device's items as changes: unchanged values keep the change they carry; a changed value becomes a change of
 * this device, never older than what it replaces; an item gone here is a deletion where deletions travel, held
 * otherwise.
 */
export function stampLocal(
  items: ReadonlyMap<string, LocalItem>,
  ledger: Readonly<Ledger>,
  device: string,
  now: number,
): Map<string, LocalEntry> {
  const stamped = new Map<string, LocalEntry>();
  const after = (key: string, at: number) => Math.max(at, (ledger[key]?.at ?? -1) + 1);
  for (const [key, { value, changedAt }] of items) {
    const known = ledger[key];
    stamped.set(
      key,
      known && known.h === fingerprint(value)
        ? { key, at: known.at, by: known.by, value }
        : { key, at: after(key, changedAt ?? now), by: device, value },
    );
  }
  for (const [key, known] of Object.entries(ledger)) {
    if (items.has(key)) continue;
    const itemKey = parseItemKey(key);
    if (!itemKey) continue;
    if (!deletionTravels(itemKey)) stamped.set(key, { key, at: known.at, by: known.by, held: true });
    else if (known.h === ABSENT) stamped.set(key, { key, at: known.at, by: known.by, deleted: true });
    else stamped.set(key, { key, at: after(key, now), by: device, deleted: true });
  }
  return stamped;
}

/**
 * The ledger after a pass: every item as the database now holds it, with the change it carries: the one taken from
 * another device where one was applied, this device's own otherwise.
 */
export function nextLedger(
  itemsNow: ReadonlyMap<string, LocalItem>,
  stamped: ReadonlyMap<string, LocalEntry>,
  applied: readonly SyncEntry[],
): Ledger {
  const changes = new Map<string, { at: number; by: string }>(stamped);
  for (const entry of applied) changes.set(entry.key, entry);
  const ledger: Ledger = {};
  for (const [key, { at, by }] of changes) {
    const item = itemsNow.get(key);
    ledger[key] = { h: item ? fingerprint(item.value) : ABSENT, at, by };
  }
  return ledger;
}
