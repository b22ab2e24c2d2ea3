import { ID_PATTERN } from '../model/vocab';
import { z } from '../model/zod';

/*
 * The timeline line's schema, on its own so that writing a line (every page report does) does not load the schemas
 * of the watcher's and reminders' records into the worker (case-records.ts re-exports it for everyone else).
 */
const id = z.string().check(z.regex(ID_PATTERN));
const epochMs = z.number().check(z.int(), z.gte(0));

export const CASE_EVENT_KINDS = [
  'page-seen',
  'status-changed',
  'seller-replied',
  'reminder-sent',
  'buyer-action',
  'watch-checked',
] as const;

/** One line of a case's timeline (schema v3). `key` and `params` are a message of locales/reminders. */
export const CaseEvent = z.strictObject({
  seq: z.optional(z.int().check(z.gte(1))),
  orderId: id,
  disputeId: z.optional(id),
  kind: z.enum(CASE_EVENT_KINDS),
  at: epochMs,
  key: z.string().check(z.regex(/^[a-z][a-zA-Z0-9._-]{0,80}$/)),
  params: z.record(
    z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)),
    z.union([z.string().check(z.maxLength(500)), z.number()]),
  ),
});
export type CaseEvent = z.infer<typeof CaseEvent>;
