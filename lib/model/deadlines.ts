import { PageDate, SnapshotSource } from './snapshots';
import { z } from './zod';

/**
 * A deadline, stored as an absolute instant (`at`, epoch ms: the moment time runs out) because alarms, reminders
 * and comparisons across orders need one clock. `local` keeps the date as the buyer's zone shows it, for display
 * without re-converting, and `allDay` says whether the page gave only a calendar day (then `at` is the start of
 * the next local day: "until Dec 17" includes all of Dec 17). `timeZone` is the IANA zone `at` was computed in.
 */
export const Due = z.strictObject({
  at: z.number().check(z.int(), z.gte(0)),
  local: PageDate,
  allDay: z.boolean(),
  timeZone: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/)),
});
export type Due = z.infer<typeof Due>;

export const DEADLINE_KINDS = [
  'protection_end',
  'dispute_opens',
  'dispute_last_day',
  'seller_response',
  'buyer_response',
  'return_shipping',
  'escalation_opens',
] as const;
export const DeadlineKind = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** Kinds that say from when something becomes possible, not until when: reminders do not count down to them. */
export const OPENING_KINDS: ReadonlySet<DeadlineKind> = new Set(['dispute_opens', 'escalation_opens']);

export const Whose = z.enum(['buyer', 'seller', 'platform']);
export type Whose = z.infer<typeof Whose>;

// A rule of lib/aliexpress/dispute-rules.ts, by name: the model does not depend on AliExpress's numbers.
const ruleName = z.string().check(z.regex(/^[a-zA-Z]{1,40}$/));

/**
 * One candidate for a deadline: a page reading (`source` page-data/page-dom/page-url, or `manual` when the buyer
 * typed it) or a rule applied to a fact (`source: 'rule'`). `field` names the fact it came from.
 */
export const DeadlineSource = z.strictObject({
  source: z.union([SnapshotSource, z.literal('rule')]),
  field: z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)),
  route: z.optional(z.string().check(z.maxLength(200))),
  /** When the page was read (epoch ms); absent for rules. */
  readAt: z.optional(z.number().check(z.int(), z.gte(0))),
  rule: z.optional(ruleName),
  due: Due,
});
export type DeadlineSource = z.infer<typeof DeadlineSource>;

export const Deadline = z.strictObject({
  kind: DeadlineKind,
  /** The candidate shown: the earliest of the page's candidates, or the estimate when no page shows one. */
  due: Due,
  basis: z.enum(['page', 'estimated']),
  /** Every candidate kept, page readings first; more than one when pages disagree. */
  sources: z.array(DeadlineSource).check(z.minLength(1), z.maxLength(10)),
  /** True when page candidates name different times: the panel says so and shows the earlier. */
  disagreement: z.boolean(),
  orderId: z.string().check(z.regex(/^\d{6,24}$/)),
  disputeId: z.optional(z.string().check(z.regex(/^\d{6,24}$/))),
  whose: Whose,
});
export type Deadline = z.infer<typeof Deadline>;
