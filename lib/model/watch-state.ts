import { z } from './zod';

/** Where one dispute's seller-reply watcher stands (stored in schema v3's `watches`). */
export const WatchState = z.strictObject({
  /** active: checks run; paused: signed out, waiting for the buyer; stopped: the dispute is over. */
  phase: z.enum(['active', 'paused', 'stopped']),
  nextAt: z.optional(z.number().check(z.int(), z.gte(0))),
  lastCheckAt: z.optional(z.number().check(z.int(), z.gte(0))),
  failures: z.number().check(z.int(), z.gte(0), z.lte(1000)),
  tokenRetried: z.boolean(),
});
export type WatchState = z.infer<typeof WatchState>;
