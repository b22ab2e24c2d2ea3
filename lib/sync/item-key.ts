import { ID_PATTERN } from '../model/vocab';
import { isSyncedSettingName, type SyncedSettingName } from './synced-settings';

/**
 * What one sync item is about. Its key in the browser's sync storage is `ev:<orderId>` (the evidence checklist's
 * ticks and problem), `mf:<orderId>` (the dates the buyer typed for an order) or `set:<name>` (one setting).
 */
export type ItemKey =
  | { kind: 'evidence'; orderId: string }
  | { kind: 'manual-facts'; orderId: string }
  | { kind: 'setting'; name: SyncedSettingName };

export function encodeItemKey(key: ItemKey): string {
  switch (key.kind) {
    case 'evidence':
      return `ev:${key.orderId}`;
    case 'manual-facts':
      return `mf:${key.orderId}`;
    case 'setting':
      return `set:${key.name}`;
  }
}

/** The item a storage key stands for, or null for any key we did not make (another extension's, an old format). */
export function parseItemKey(key: string): ItemKey | null {
  const [prefix, rest, ...extra] = key.split(':');
  if (rest === undefined || extra.length) return null;
  if (prefix === 'ev' && ID_PATTERN.test(rest)) return { kind: 'evidence', orderId: rest };
  if (prefix === 'mf' && ID_PATTERN.test(rest)) return { kind: 'manual-facts', orderId: rest };
  if (prefix === 'set' && isSyncedSettingName(rest)) return { kind: 'setting', name: rest };
  return null;
}

/** Kinds whose deletion travels: clearing an order's checklist clears it elsewhere. Other kinds only add. */
export function deletionTravels(key: ItemKey): boolean {
  return key.kind === 'evidence';
}
