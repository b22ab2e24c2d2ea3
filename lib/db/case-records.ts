import { LearnedRequest } from '../aliexpress/learned-request';
import { DeadlineKind } from '../model/deadlines';
import { FactOrigin } from '../model/facts';
import { PageDate } from '../model/snapshots';
import { ID_PATTERN, SITES } from '../model/vocab';
import { WatchState } from '../model/watch-state';
import { z } from '../model/zod';

const id = z.string().check(z.regex(ID_PATTERN));
const epochMs = z.number().check(z.int(), z.gte(0));

/** One date a page showed for a deadline, kept per order so that disagreeing pages both stay known (schema v3). */
export const StoredReading = z.strictObject({
  kind: DeadlineKind,
  on: PageDate,
  field: z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)),
  origin: FactOrigin,
});
export type StoredReading = z.infer<typeof StoredReading>;

/** Every deadline reading of one order, newest per (kind, source, field) (schema v3). */
export const OrderReadings = z.strictObject({
  orderId: id,
  readings: z.array(StoredReading).check(z.maxLength(40)),
  updatedAt: epochMs,
});
export type OrderReadings = z.infer<typeof OrderReadings>;

/** A reminder already shown: the key of `planReminders`, so it is never shown twice (schema v3). */
export const SentReminder = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  orderId: id,
  sentAt: epochMs,
});
export type SentReminder = z.infer<typeof SentReminder>;

/** The seller-reply watcher of one dispute: the request it replays and where it stands (schema v3). */
export const DisputeWatch = z.strictObject({
  disputeId: id,
  orderId: z.optional(id),
  site: z.enum(SITES),
  request: z.optional(LearnedRequest),
  learnedAt: z.optional(epochMs),
  state: WatchState,
  /** The buyer turned the watcher off for this dispute. */
  off: z.boolean(),
});
export type DisputeWatch = z.infer<typeof DisputeWatch>;
