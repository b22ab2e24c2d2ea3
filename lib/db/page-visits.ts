import type { IDBPTransaction } from 'idb';
import type { DetectedPage } from '../pages/detect-page';
import { DisputeRecord, OrderRecord } from '../model/page-records';
import type { VisitSummary } from '../model/summaries';
import { readValidated } from './quarantine';
import type { Db, DisputeHelperDb } from './schema';

type VisitStore = 'orders' | 'disputes' | 'quarantine';
type VisitTransaction = IDBPTransaction<DisputeHelperDb, VisitStore[], 'readwrite'>;

/**
 * Records that the buyer opened an order or dispute page: creates the record or updates its last visit.
 * A stored record that fails validation is moved to quarantine, never silently overwritten.
 * Returns the summary of the most specific record (the dispute if there is one), or null when the page names no id.
 */
export async function recordPageVisit(
  db: Db,
  page: DetectedPage,
  url: string,
  now: number,
  loadId?: string,
): Promise<VisitSummary | null> {
  if (!page.orderId && !page.disputeId) return null;
  const tx: VisitTransaction = db.transaction(['orders', 'disputes', 'quarantine'], 'readwrite');
  let summary: VisitSummary | null = null;

  if (page.orderId) {
    const stored = await readValidated(tx, 'orders', page.orderId, OrderRecord.safeParse, now);
    const next: OrderRecord = {
      id: page.orderId,
      site: page.site,
      kind: page.kind,
      url,
      firstSeen: stored?.firstSeen ?? now,
      lastSeen: now,
      visits: countVisit(stored, loadId),
      ...(loadId && { lastLoadId: loadId }),
    };
    await tx.objectStore('orders').put(next);
    summary = { firstSeen: next.firstSeen, visits: next.visits };
  }
  if (page.disputeId) {
    const stored = await readValidated(tx, 'disputes', page.disputeId, DisputeRecord.safeParse, now);
    const next: DisputeRecord = {
      id: page.disputeId,
      site: page.site,
      kind: page.kind,
      url,
      firstSeen: stored?.firstSeen ?? now,
      lastSeen: now,
      visits: countVisit(stored, loadId),
      ...(loadId && { lastLoadId: loadId }),
    };
    const orderId = page.orderId ?? stored?.orderId;
    if (orderId) next.orderId = orderId;
    await tx.objectStore('disputes').put(next);
    summary = { firstSeen: next.firstSeen, visits: next.visits };
  }
  await tx.done;
  return summary;
}

function countVisit(stored: { visits: number; lastLoadId?: string } | undefined, loadId: string | undefined): number {
  if (!stored) return 1;
  return loadId !== undefined && stored.lastLoadId === loadId ? stored.visits : stored.visits + 1;
}
