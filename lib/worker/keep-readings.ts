import { DisputeFacts } from '../model/facts';
import type { PageSnapshots } from '../model/snapshots';
import { readingsOfDisputeSnapshot, readingsOfOrderSnapshot, type PageReading } from '../deadlines/readings';
import { readFactsFor } from '../db/facts';
import { readReadings, storeReadings } from '../db/readings';
import type { PageFacts } from '../messaging/protocol';
import type { Db } from '../db/schema';

/**
 * Keeps the deadline dates of one page view per order (after its snapshots are stored): the merged facts keep only
 * the newest value of a field, so without these an order page and a tracking page that disagree would replace each
 * other on every load. A dispute snapshot that does not name its order is filed under the order its facts know.
 */
export async function keepReadings(db: Db, snapshots: PageSnapshots, now: number): Promise<void> {
  const byOrder = new Map<string, PageReading[]>();
  const add = (orderId: string, readings: PageReading[]) => {
    if (readings.length) byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), ...readings]);
  };
  for (const snapshot of snapshots.orders) add(snapshot.orderId, readingsOfOrderSnapshot(snapshot, now));
  for (const snapshot of snapshots.disputes) {
    const readings = readingsOfDisputeSnapshot(snapshot, now);
    if (!readings.length) continue;
    const known = snapshot.orderId
      ? undefined
      : DisputeFacts.safeParse(await db.get('disputeFacts', snapshot.disputeId));
    const orderId = snapshot.orderId ?? (known?.success ? known.data.orderId : undefined);
    if (orderId) add(orderId, readings);
  }
  await storeReadings(db, byOrder, now);
}

/** The facts a page is about, with its order's deadline readings. */
export async function readPageFacts(
  db: Db,
  ids: { orderId?: string; disputeId?: string },
  now: number,
): Promise<PageFacts> {
  const facts = await readFactsFor(db, ids, now);
  const orderId = facts.order?.orderId ?? facts.dispute?.orderId;
  const readings = orderId ? await readReadings(db, orderId) : [];
  return { ...facts, ...(readings.length && { readings }) };
}
