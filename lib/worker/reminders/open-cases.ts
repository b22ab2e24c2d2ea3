import type { Site } from '../../aliexpress/hosts';
import { deadlinesFor } from '../../deadlines/compute';
import { readReadings } from '../../db/readings';
import type { Db } from '../../db/schema';
import type { Deadline } from '../../model/deadlines';
import { DisputeFacts, OrderFacts } from '../../model/facts';
import { FINISHED_DISPUTE_STATUSES } from '../../model/snapshots';
import { parcelStillMoving } from '../../reminders/plan';

/** What the reminders are planned from: every deadline of the buyer's cases, each case's site, and moving parcels. */
export interface OpenCases {
  deadlines: Deadline[];
  siteOf: Map<string, Site>;
  movingOrderIds: Set<string>;
}

/**
 * The buyer's cases: the orders and disputes whose pages they opened (the order lists teach us about many more, which
 * are not theirs to be reminded of until opened). Each order is weighed with its open dispute, if any, and every page
 * reading kept for it. Finished orders and disputes give no deadlines (deadlinesFor leaves them out).
 */
export async function readOpenCases(db: Db, timeZone: string): Promise<OpenCases> {
  const openedOrders = (await db.getAllKeys('orders')).map(String);
  const openedDisputes = (await db.getAllKeys('disputes')).map(String);
  const orderIds = new Set(openedOrders);
  // A dispute whose order is not known yet has no deadline to count down to (they are all per order).
  for (const disputeId of openedDisputes) {
    const dispute = valid(DisputeFacts.safeParse(await db.get('disputeFacts', disputeId)));
    if (dispute?.orderId) orderIds.add(dispute.orderId);
  }

  const cases: OpenCases = { deadlines: [], siteOf: new Map(), movingOrderIds: new Set() };
  for (const orderId of orderIds) {
    const order = valid(OrderFacts.safeParse(await db.get('orderFacts', orderId)));
    const disputes = (await db.getAllFromIndex('disputeFacts', 'orderId', orderId))
      .map((raw) => valid(DisputeFacts.safeParse(raw)))
      .filter((dispute): dispute is DisputeFacts => dispute !== undefined);
    const dispute = currentDispute(disputes);
    if (!order && !dispute) continue;
    const site = order?.site ?? dispute?.site;
    if (site) cases.siteOf.set(orderId, site);
    if (order && parcelStillMoving(order)) cases.movingOrderIds.add(orderId);
    const readings = await readReadings(db, orderId);
    cases.deadlines.push(...deadlinesFor({ order, dispute, readings, timeZone }));
  }
  return cases;
}

/** The dispute that runs now: the newest open one, else the newest (whose end the order's deadlines still reflect). */
export function currentDispute(disputes: readonly DisputeFacts[]): DisputeFacts | undefined {
  const newest = [...disputes].sort((a, b) => b.updatedAt - a.updatedAt);
  return newest.find((d) => !d.facts.status || !FINISHED_DISPUTE_STATUSES.has(d.facts.status)) ?? newest[0];
}

function valid<T>(parsed: { success: true; data: T } | { success: false }): T | undefined {
  return parsed.success ? parsed.data : undefined;
}
