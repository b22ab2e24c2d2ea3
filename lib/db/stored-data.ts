import { isAliExpressUrl } from '../aliexpress/hosts';
import { DisputeRecord, OrderRecord } from '../model/page-records';
import type { RecordSummary, StoredCounts } from '../model/summaries';
import type { Db, DisputeHelperDb } from './schema';
import { DELETED_AT_KEY } from './settings';
import type { StoreNames } from 'idb';

/** The most recently seen orders and disputes, newest first. Records that fail validation are left out. */
export async function listRecentRecords(db: Db, limit: number): Promise<RecordSummary[]> {
  const tx = db.transaction(['orders', 'disputes']);
  const newest = async (store: 'orders' | 'disputes') => {
    const found: unknown[] = [];
    for (let cursor = await tx.objectStore(store).index('lastSeen').openCursor(null, 'prev'); cursor;) {
      found.push(cursor.value);
      cursor = found.length < limit ? await cursor.continue() : null;
    }
    return found;
  };
  const [orders, disputes] = [await newest('orders'), await newest('disputes')];
  await tx.done;
  return [
    ...orders.map((raw) => summarise('order', OrderRecord.safeParse(raw))),
    ...disputes.map((raw) => summarise('dispute', DisputeRecord.safeParse(raw))),
  ]
    .filter((summary): summary is RecordSummary => summary !== null)
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .slice(0, limit);
}

function summarise(
  kind: RecordSummary['kind'],
  parsed: { success: true; data: OrderRecord } | { success: false },
): RecordSummary | null {
  if (!parsed.success) return null;
  const { id, site, kind: pageKind, lastSeen, url } = parsed.data;
  return { kind, id, site, pageKind, lastSeen, ...(isAliExpressUrl(url) && { url }) };
}

/** Every record the extension keeps, store by store (settings aside). */
export async function countStoredData(db: Db): Promise<StoredCounts> {
  const tx = db.transaction(['orders', 'disputes', 'orderFacts', 'disputeFacts', 'quarantine', 'evidenceFiles']);
  const [orders, disputes, orderFacts, disputeFacts, quarantine, evidenceFiles] = await Promise.all([
    tx.objectStore('orders').count(),
    tx.objectStore('disputes').count(),
    tx.objectStore('orderFacts').count(),
    tx.objectStore('disputeFacts').count(),
    tx.objectStore('quarantine').count(),
    tx.objectStore('evidenceFiles').count(),
  ]);
  await tx.done;
  return { orders, disputes, orderFacts, disputeFacts, quarantine, evidenceFiles };
}

/**
 * Empties every store of the database in one transaction: either everything goes, or nothing does. The time of the
 * deletion stays, so a tab left open cannot bring back what it saw before.
 */
export async function deleteAllData(db: Db, now: number): Promise<void> {
  const stores = [...db.objectStoreNames] as StoreNames<DisputeHelperDb>[];
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.objectStore('settings').put(now, DELETED_AT_KEY);
  await tx.done;
}
