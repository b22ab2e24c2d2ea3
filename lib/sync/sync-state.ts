import { z } from '../model/zod';
import { LedgerLine } from './ledger';
import { DEVICE_ID } from './wire';

const epochMs = z.number().check(z.int(), z.gte(0));

/** Why the last pass did not finish: the browser's size limit, its write-rate limit, or anything else. */
export const SYNC_PROBLEMS = ['quota', 'rate', 'failed', 'unavailable'] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

/** The most left-out items remembered to show; the count says how many there were. */
export const MAX_LEFT_OUT_SHOWN = 20;

/** Where sync stands, for the options page. */
export const SyncStatus = z.strictObject({
  lastSyncedAt: z.optional(epochMs),
  /** Items in sync storage after the last pass. */
  items: z.int().check(z.gte(0)),
  leftOutCount: z.int().check(z.gte(0)),
  leftOut: z
    .array(z.strictObject({ key: z.string().check(z.maxLength(100)), reason: z.enum(['too-big', 'no-room']) }))
    .check(z.maxLength(MAX_LEFT_OUT_SHOWN)),
  problem: z.optional(z.enum(SYNC_PROBLEMS)),
  /** When the worker tries again after a problem. */
  retryAt: z.optional(epochMs),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** Sync's own record in the settings store (key `sync`): off by default; a corrupt record reads as off. */
export const SyncState = z.strictObject({
  on: z.boolean(),
  device: z.string().check(z.regex(DEVICE_ID)),
  ledger: z.record(z.string().check(z.maxLength(100)), LedgerLine),
  /** This device's writes in the last hour, for the browser's write-rate limits. */
  writes: z.array(epochMs).check(z.maxLength(4_000)),
  status: SyncStatus,
});
export type SyncState = z.infer<typeof SyncState>;

export const EMPTY_STATUS: SyncStatus = { items: 0, leftOutCount: 0, leftOut: [] };

export function syncStateOf(raw: unknown, newDevice: () => string): SyncState {
  const parsed = SyncState.safeParse(raw);
  return parsed.success
    ? parsed.data
    : { on: false, device: newDevice(), ledger: {}, writes: [], status: EMPTY_STATUS };
}

/** A new device id: random, with nothing about the browser or the buyer in it. */
export function newDeviceId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}
