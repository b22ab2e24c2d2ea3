import type { CaseEvent } from '../db/case-event';
import type { Db, DisputeHelperDb } from '../db/schema';
import type { StoreNames } from 'idb';
import { ROW_STORES, type BackupResult } from './format';
import { newCaseEvents } from './merge';
import type { ValidContent } from './validate';

export interface RestoreSummary {
  orders: number;
  disputes: number;
  files: number;
  /** Timeline lines the database did not hold yet. */
  newEvents: number;
}

const KEYED_STORES = ROW_STORES.filter((store) => store !== 'caseEvents');

/**
 * Writes a checked backup into the database in ONE transaction: a failure (a full disk) leaves the database as it
 * was. Records are put under their own keys, so a record restored twice is one record, and what the database holds
 * that the backup does not is kept. Timeline lines have no key of their own: only the ones not there yet are added.
 */
export async function writeBackup(db: Db, content: ValidContent): Promise<BackupResult<RestoreSummary>> {
  const stores: Array<StoreNames<DisputeHelperDb>> = [...ROW_STORES, 'settings', 'evidenceBlobs'];
  try {
    const tx = db.transaction(stores, 'readwrite');
    const events = tx.objectStore('caseEvents');
    const added = newCaseEvents(await events.getAll(), content.stores.caseEvents as CaseEvent[]);
    const writes: Array<Promise<unknown>> = [];
    for (const store of KEYED_STORES)
      for (const row of content.stores[store]) writes.push(tx.objectStore(store).put(row as never));
    for (const { key, value } of content.settings) writes.push(tx.objectStore('settings').put(value, key));
    for (const blob of content.blobs) writes.push(tx.objectStore('evidenceBlobs').put(blob));
    for (const event of added) writes.push(events.add(event));
    await Promise.all([...writes, tx.done]);
    return {
      ok: true,
      value: {
        orders: content.stores.orders.length,
        disputes: content.stores.disputes.length,
        files: content.blobs.length,
        newEvents: added.length,
      },
    };
  } catch (error) {
    return { ok: false, problem: 'write-failed', detail: error instanceof Error ? error.name : 'unknown' };
  }
}
