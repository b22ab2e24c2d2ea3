import type { PartialDispute } from './reverse-orders';
import type { PartialOrder } from './ultron-orders';

/**
 * One snapshot per order (or dispute) per response: a response can hold the same order in several cards
 * (split shipments, a card repeated in another block). The first non-empty value of each field wins; lists are
 * joined without repeating a line id, tracking number or history entry.
 */
export function mergeOrders(drafts: PartialOrder[]): PartialOrder[] {
  return mergeDraftsByKey(drafts, (draft) => draft.orderId, {
    items: (a, b) => unique([...a, ...b], (item) => (item as { lineId?: string }).lineId ?? JSON.stringify(item)),
    tracking: (a, b) => unique([...a, ...b], (number) => (number as { number?: string }).number ?? ''),
  });
}

export function mergeDisputes(drafts: PartialDispute[]): PartialDispute[] {
  return mergeDraftsByKey(drafts, (draft) => draft.disputeId, {
    history: (a, b) => unique([...a, ...b], (entry) => JSON.stringify(entry)),
  });
}

type ListMerger = (a: unknown[], b: unknown[]) => unknown[];

function mergeDraftsByKey<T extends object>(
  drafts: T[],
  keyOf: (draft: T) => string,
  lists: Record<string, ListMerger>,
): T[] {
  const merged = new Map<string, Record<string, unknown>>();
  for (const draft of drafts) {
    const existing = merged.get(keyOf(draft));
    if (!existing) {
      merged.set(keyOf(draft), { ...(draft as Record<string, unknown>) });
      continue;
    }
    for (const [field, value] of Object.entries(draft)) {
      const current = existing[field];
      if (Array.isArray(current) && Array.isArray(value) && lists[field])
        existing[field] = lists[field](current, value);
      else if (current === undefined || (Array.isArray(current) && current.length === 0)) existing[field] = value;
    }
  }
  return [...merged.values()] as T[];
}

function unique(values: unknown[], keyOf: (value: unknown) => string): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = keyOf(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
