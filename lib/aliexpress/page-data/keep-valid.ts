import { DisputeSnapshot, HistoryEntry, OrderItem, OrderSnapshot, TrackingNumber } from '../../model/snapshots';
import type { PageSnapshots } from '../../model/snapshots';
import { isRecord } from './json-tree';

interface FieldSchema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
}
type Shape = Record<string, FieldSchema>;

/**
 * Field-by-field validation: each piece of a snapshot draft is checked on its own and dropped when it fails, so one
 * bad field never loses the rest. Array members (items, tracking numbers, history entries) are kept one by one.
 * Used for the worker's own parsers, and by `finishDomDrafts` for what it builds from the DOM readers' drafts.
 */
export function validOrder(draft: unknown): OrderSnapshot | undefined {
  if (!isRecord(draft)) return undefined;
  // Most drafts are valid as a whole: one schema pass instead of one per field (zod runs jitless under MV3).
  const whole = OrderSnapshot.safeParse(withoutAbsent(draft));
  if (whole.success) return whole.data;
  const pieces = keepFields(draft, OrderSnapshot.shape, {
    items: (items) => keepMembers(items, OrderItem, 100),
    tracking: (numbers) => keepMembers(numbers, TrackingNumber, 20),
  });
  const parsed = OrderSnapshot.safeParse(pieces);
  return parsed.success ? parsed.data : undefined;
}

export function validDispute(draft: unknown): DisputeSnapshot | undefined {
  if (!isRecord(draft)) return undefined;
  const whole = DisputeSnapshot.safeParse(withoutAbsent(draft));
  if (whole.success) return whole.data;
  const pieces = keepFields(draft, DisputeSnapshot.shape, {
    history: (entries) => keepMembers(entries, HistoryEntry, 500),
  });
  const parsed = DisputeSnapshot.safeParse(pieces);
  return parsed.success ? parsed.data : undefined;
}

/** Validates everything a parser produced; what fails is dropped, never thrown. */
export function validSnapshots(drafts: { orders: unknown[]; disputes: unknown[] }): PageSnapshots {
  return {
    orders: drafts.orders.map(validOrder).filter((order) => order !== undefined),
    disputes: drafts.disputes.map(validDispute).filter((dispute) => dispute !== undefined),
  };
}

function keepFields(
  draft: Record<string, unknown>,
  shape: Shape,
  lists: Record<string, (value: unknown) => unknown[]>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (!Object.prototype.hasOwnProperty.call(draft, key)) continue;
    const raw = draft[key];
    if (raw === undefined) continue;
    const value = lists[key] ? lists[key](raw) : raw;
    if (Array.isArray(value) && value.length === 0) continue;
    const parsed = shape[key]!.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

function keepMembers(list: unknown, schema: FieldSchema & { shape: Shape }, max: number): unknown[] {
  if (!Array.isArray(list)) return [];
  const kept: unknown[] = [];
  for (const member of list) {
    if (kept.length >= max) break;
    if (!isRecord(member)) continue;
    const pieces = keepFields(member, schema.shape, {});
    const parsed = Object.keys(pieces).length > 0 ? schema.safeParse(pieces) : { success: false as const };
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}

/** The draft without undefined fields and empty lists, which the strict schemas would reject or keep as noise. */
function withoutAbsent(draft: Record<string, unknown>): Record<string, unknown> {
  const present: Record<string, unknown> = {};
  for (const key of Object.keys(draft)) {
    const value = draft[key];
    if (key === '__proto__' || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    present[key] = isRecord(value) ? withoutAbsent(value) : Array.isArray(value) ? value.map(presentMember) : value;
  }
  return present;
}

const presentMember = (member: unknown) => (isRecord(member) ? withoutAbsent(member) : member);
