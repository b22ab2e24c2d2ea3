import { DisputeSnapshot, OrderSnapshot, SnapshotSource } from './snapshots';
import { SITES } from './vocab';
import { z } from './zod';

/** Where one stored fact came from and when: the panel shows it next to the fact. */
export const FactOrigin = z.strictObject({
  source: SnapshotSource,
  route: z.optional(z.string().check(z.maxLength(200))),
  at: z.number().check(z.int(), z.gte(0)),
});
export type FactOrigin = z.infer<typeof FactOrigin>;

const origins = z.record(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)), FactOrigin);
const site = z.enum(SITES);

/** Everything known about one order, merged from every page view (schema v2). */
export const OrderFacts = z.strictObject({
  orderId: OrderSnapshot.def.shape.orderId,
  site: z.optional(site),
  facts: OrderSnapshot,
  origins,
  updatedAt: z.number().check(z.int(), z.gte(0)),
});
export type OrderFacts = z.infer<typeof OrderFacts>;

/** Everything known about one dispute, merged from every page view (schema v2). */
export const DisputeFacts = z.strictObject({
  disputeId: DisputeSnapshot.def.shape.disputeId,
  orderId: z.optional(DisputeSnapshot.def.shape.disputeId),
  site: z.optional(site),
  facts: DisputeSnapshot,
  origins,
  updatedAt: z.number().check(z.int(), z.gte(0)),
});
export type DisputeFacts = z.infer<typeof DisputeFacts>;
