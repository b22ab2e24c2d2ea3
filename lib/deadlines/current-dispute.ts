import type { DisputeFacts } from '../model/facts';
import { FINISHED_DISPUTE_STATUSES } from '../model/snapshots';

/**
 * The dispute that runs now among an order's: the newest open one, else the newest (whose end the order's deadlines
 * still reflect). The reminders plan from it and the dossier is about it.
 */
export function currentDispute(disputes: readonly DisputeFacts[]): DisputeFacts | undefined {
  const newest = [...disputes].sort((a, b) => b.updatedAt - a.updatedAt);
  return newest.find((d) => !d.facts.status || !FINISHED_DISPUTE_STATUSES.has(d.facts.status)) ?? newest[0];
}
