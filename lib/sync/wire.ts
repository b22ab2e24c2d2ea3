import { z } from '../model/zod';
import type { SyncEntry } from './entry';
import { parseItemKey } from './item-key';
import { valueSchemaOf } from './item-values';

/** A device's id: random, made once when the buyer first turns sync on. */
export const DEVICE_ID = /^[a-z0-9]{6,32}$/;

const WireItem = z.strictObject({
  at: z.number().check(z.int(), z.gte(0)),
  by: z.string().check(z.regex(DEVICE_ID)),
  v: z.optional(z.unknown()),
  del: z.optional(z.literal(true)),
});
type WireItem = z.infer<typeof WireItem>;

/** The value stored in the browser's sync storage for one entry. */
export function encodeEntry(entry: SyncEntry): WireItem {
  return 'deleted' in entry
    ? { at: entry.at, by: entry.by, del: true }
    : { at: entry.at, by: entry.by, v: entry.value };
}

/**
 * The entry a stored sync item holds, or null when it is not ours or does not validate (another extension's key, an
 * older or newer format, a value damaged on the way): such an item is ignored, never thrown on, never applied.
 */
export function decodeEntry(key: string, raw: unknown): SyncEntry | null {
  const itemKey = parseItemKey(key);
  if (!itemKey) return null;
  const wire = WireItem.safeParse(raw);
  if (!wire.success) return null;
  const { at, by, v, del } = wire.data;
  if (del) return v === undefined ? { key, at, by, deleted: true } : null;
  const value = valueSchemaOf(itemKey).safeParse(v);
  return value.success ? { key, at, by, value: value.data } : null;
}

/** Every valid entry of the sync storage's contents, and the keys that were skipped. */
export function decodeAll(stored: Record<string, unknown>): { entries: Map<string, SyncEntry>; ignored: string[] } {
  const entries = new Map<string, SyncEntry>();
  const ignored: string[] = [];
  for (const [key, raw] of Object.entries(stored)) {
    const entry = decodeEntry(key, raw);
    if (entry) entries.set(key, entry);
    else ignored.push(key);
  }
  return { entries, ignored };
}

const encoder = new TextEncoder();

/** The bytes an item takes in the browser's quota: its key plus its value's JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}
