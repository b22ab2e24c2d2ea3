import { readCaseEvents } from '../../db/case-events';
import { readFactsFor } from '../../db/facts';
import type { Handler } from './types';

/** The timeline of the case a panel shows, newest first; the frame is the extension's own page (protocol.ts). */
export const caseTimeline: Handler<'case-timeline'> = async ({ orderId, disputeId }, _sender, env) => {
  const db = await env.db();
  const order =
    orderId ?? (disputeId ? (await readFactsFor(db, { disputeId }, env.now())).dispute?.orderId : undefined);
  if (!order) return { lines: [] };
  const events = await readCaseEvents(db, order);
  return { lines: events.reverse().map(({ kind, at, key, params }) => ({ kind, at, key, params })) };
};
