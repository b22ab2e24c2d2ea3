import type { FactOrigin } from '../model/facts';
import type { DisputeSnapshot, HistoryEntry, OrderItem, OrderSnapshot, TrackingNumber } from '../model/snapshots';
import { sameHistoryStep } from '../model/history-step';

type Snapshot = OrderSnapshot | DisputeSnapshot;
type Origins = Record<string, FactOrigin>;

// Fields that say where a snapshot came from; with the record's own id they are not facts to merge.
const PROVENANCE = ['source', 'route'];
const MAX_ITEMS = 100;
const MAX_TRACKING = 20;
const MAX_HISTORY = 500;

/**
 * Merges one new snapshot into what is known, field by field, so that a page showing less never erases what an
 * earlier page showed. A newer page observation replaces an older one (statuses and deadlines move on); what the
 * buyer typed fills gaps but never overrides what a page showed. Lists are merged entry by entry.
 */
export function mergeSnapshot<S extends Snapshot>(
  known: { facts: S; origins: Origins } | undefined,
  snapshot: S,
  at: number,
): { facts: S; origins: Origins } {
  const facts: Record<string, unknown> = { ...(known?.facts ?? {}) };
  const origins: Origins = { ...(known?.origins ?? {}) };
  const origin: FactOrigin = { source: snapshot.source, at, ...(snapshot.route && { route: snapshot.route }) };
  const notFacts = [...PROVENANCE, 'disputeId' in snapshot ? 'disputeId' : 'orderId'];

  for (const [field, value] of Object.entries(snapshot)) {
    if (value === undefined || notFacts.includes(field)) continue;
    const previous = origins[field];
    if (snapshot.source === 'manual' && previous && previous.source !== 'manual') continue;
    facts[field] = mergeField(field, facts[field], value);
    origins[field] = origin;
  }
  for (const field of notFacts) {
    const value = (snapshot as Record<string, unknown>)[field];
    if (value !== undefined) facts[field] = value;
  }
  if (!snapshot.route) delete facts.route;
  return { facts: facts as S, origins };
}

function mergeField(field: string, old: unknown, value: unknown): unknown {
  if (!Array.isArray(old) || !Array.isArray(value)) {
    if (field === 'store' && isObject(old) && isObject(value)) return { ...old, ...value };
    return value;
  }
  if (field === 'items') return mergeItems(old as OrderItem[], value as OrderItem[]);
  if (field === 'tracking') {
    return mergeEntriesByKey(
      old as TrackingNumber[],
      value as TrackingNumber[],
      (t) => t.number.toUpperCase(),
      MAX_TRACKING,
    );
  }
  if (field === 'history') return mergeHistory(old as HistoryEntry[], value as HistoryEntry[]);
  return value;
}

/** Entries with the same key are merged field-wise (newer fields win); new entries are appended; newest kept. */
function mergeEntriesByKey<T extends object>(old: T[], next: T[], key: (entry: T) => string, max: number): T[] {
  const merged = new Map<string, T>();
  for (const entry of [...old, ...next]) {
    const k = key(entry);
    merged.set(k, { ...(merged.get(k) ?? {}), ...entry } as T);
  }
  return [...merged.values()].slice(-max);
}

/**
 * One order line can be seen with its line id (page data), its product id (a product link in the markup) or only its
 * title: lines are the same when any id they both have agrees, or, lacking ids, their titles do.
 */
function mergeItems(old: OrderItem[], next: OrderItem[]): OrderItem[] {
  const merged = [...old];
  for (const item of next) {
    const index = merged.findIndex((known) => sameLine(known, item));
    if (index === -1) merged.push(item);
    else merged[index] = { ...merged[index], ...item };
  }
  return merged.slice(-MAX_ITEMS);
}

function sameLine(a: OrderItem, b: OrderItem): boolean {
  if (a.lineId && b.lineId) return a.lineId === b.lineId;
  if (a.productId && b.productId) return a.productId === b.productId;
  return a.title !== undefined && a.title === b.title;
}

/**
 * The same step seen twice is kept once, its fields merged: the page's data and its markup word one step differently
 * ("seller_create_solution" and "Proposed a partial refund…") and the markup may not say who acted, but both name the
 * same minute. Steps without a time are told apart by their words. Dated steps are put in date order, oldest first.
 */
function mergeHistory(old: HistoryEntry[], next: HistoryEntry[]): HistoryEntry[] {
  const merged = [...old];
  for (const entry of next) {
    const index = merged.findIndex((known) => sameHistoryStep(known, entry));
    if (index === -1) merged.push(entry);
    else
      merged[index] = {
        ...merged[index],
        ...entry,
        ...(merged[index]!.actor && !entry.actor && { actor: merged[index]!.actor }),
      };
  }
  const dated = merged.every((entry) => entry.at !== undefined);
  if (dated) merged.sort((a, b) => (a.at! < b.at! ? -1 : a.at! > b.at! ? 1 : 0));
  return merged.slice(-MAX_HISTORY);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
