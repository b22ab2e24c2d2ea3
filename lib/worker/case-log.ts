import { caseLinesBetween, orderOfCase, pageSeenLine, repeatsRecentVisit, type CaseState } from '../case-log/derive';
import { appendNewCaseEvents, readCaseEvents } from '../db/case-events';
import { readFactsFor } from '../db/facts';
import { mergeSnapshot } from '../db/merge-facts';
import type { Db } from '../db/schema';
import { DisputeRecord, OrderRecord } from '../model/page-records';
import type { PageSnapshots } from '../model/snapshots';
import type { DetectedPage } from '../pages/detect-page';
import { isCasePage } from '../pages/page-kind';

/**
 * Writes the timeline lines a page report makes, before its snapshots are stored: the facts before are read, the
 * snapshots merged into them in memory the way the store will merge them, and the lines of the difference added
 * unless already there. If the worker stops between the lines and the store, the page's next report finds the same
 * difference and the same lines, which are not added twice.
 */
export async function logPageReport(db: Db, page: DetectedPage, snapshots: PageSnapshots, now: number): Promise<void> {
  if (!isCasePage(page.kind)) return;
  const before = await readFactsFor(db, page, now);
  const after = merged(before, page, snapshots, now);
  const orderId = orderOfCase(after);
  if (!orderId) return;
  const lines = caseLinesBetween(before, after, now);
  // The page's own visit, when its order was not known yet as the page said it was seen (a dispute page's address
  // names only the dispute): the visit record has the load.
  const seen = await visitLine(db, page, orderId);
  await appendNewCaseEvents(db, seen ? [seen, ...lines] : lines);
}

/**
 * The line for the buyer's latest visit of the page's order or dispute, from its visit record; none when the page
 * was seen within the last half hour (its own load again included: the store would drop that line anyway).
 */
export async function logPageVisit(db: Db, page: DetectedPage, now: number): Promise<void> {
  if (!isCasePage(page.kind)) return;
  const orderId = page.orderId ?? orderOfCase(await readFactsFor(db, page, now));
  const seen = orderId ? await visitLine(db, page, orderId) : undefined;
  if (seen) await appendNewCaseEvents(db, [seen]);
}

async function visitLine(db: Db, page: DetectedPage, orderId: string) {
  const record = page.disputeId
    ? DisputeRecord.safeParse(await db.get('disputes', page.disputeId))
    : OrderRecord.safeParse(page.orderId ? await db.get('orders', page.orderId) : undefined);
  if (!record.success) return undefined;
  const { kind, lastSeen, lastLoadId } = record.data;
  const line = pageSeenLine(kind, orderId, lastLoadId ?? String(lastSeen), lastSeen, page.disputeId);
  return line && !repeatsRecentVisit(line, await readCaseEvents(db, orderId)) ? line : undefined;
}

/** The case as it will be once the page's own snapshots are stored (lib/db/facts merges them the same way). */
function merged(before: CaseState, page: DetectedPage, snapshots: PageSnapshots, now: number): CaseState {
  let dispute = before.dispute;
  for (const snapshot of snapshots.disputes) {
    if (snapshot.disputeId !== page.disputeId) continue;
    const { facts, origins } = mergeSnapshot(dispute, snapshot, now);
    const orderId = facts.orderId ?? dispute?.orderId;
    dispute = { disputeId: snapshot.disputeId, ...(orderId && { orderId }), facts, origins, updatedAt: now };
  }
  let order = before.order;
  const orderId = page.orderId ?? dispute?.orderId;
  for (const snapshot of snapshots.orders) {
    if (snapshot.orderId !== orderId) continue;
    const { facts, origins } = mergeSnapshot(order, snapshot, now);
    order = { orderId: snapshot.orderId, facts, origins, updatedAt: now };
  }
  return { ...(order && { order }), ...(dispute && { dispute }) };
}
