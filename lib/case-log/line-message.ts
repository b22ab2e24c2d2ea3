import { PageDate } from '../model/snapshots';
import type { KeyedMessage, MessageValue } from '../model/keyed-message';

/** A timeline line as the panel gets it: what kind, when it was seen, and its message as a key with plain values. */
export interface TimelineLine {
  kind: string;
  at: number;
  key: string;
  params: Record<string, string | number>;
}

/**
 * The message of one timeline line, its plain stored values turned back into typed ones so the panel writes them in
 * the buyer's language: statuses as words, an offer as money. `fact` (what the line is about) and `on` (the step's
 * date, shown beside the line) are not part of the sentence.
 */
export function timelineMessage(line: TimelineLine): KeyedMessage {
  const { fact: _fact, on: _on, amount, currency, orderStatus, status, verdict, what, due, ...rest } = line.params;
  const params: Record<string, MessageValue> = { ...rest };
  if (typeof amount === 'number' && typeof currency === 'string')
    params.offer = { type: 'money', money: { amount, currency } };
  if (typeof orderStatus === 'string')
    params.orderStatus = { type: 'key', key: `reminders.order_status.${orderStatus}` };
  if (typeof status === 'string') params.status = { type: 'key', key: `reminders.status.${status}` };
  if (typeof verdict === 'string') params.verdict = { type: 'key', key: `reminders.log.verdict.${verdict}` };
  // A reminder's line: what was due (a deadline kind) and when, as the buyer's language writes a date.
  if (typeof what === 'string') params.what = { type: 'key', key: `reminders.kind.${what}` };
  if (typeof due === 'string') params.due = PageDate.safeParse(due).success ? { type: 'date', date: due } : due;
  return { key: line.key, params };
}

/** The date the page gave the step a line is about, when it gave one. */
export function stepDateOf(line: TimelineLine): string | undefined {
  return typeof line.params.on === 'string' ? line.params.on : undefined;
}
