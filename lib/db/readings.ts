import { OrderReadings, StoredReading } from './case-records';
import type { Db } from './schema';

/** The most readings one order keeps (the record's own cap): the newest stay. */
export const MAX_READINGS_PER_ORDER = 40;

/** One reading per deadline kind, page source, route and field: reading the same page again replaces its date. */
function slotOf(reading: StoredReading): string {
  return `${reading.kind}|${reading.origin.source}|${reading.origin.route ?? ''}|${reading.field}`;
}

/**
 * Adds what one page view showed to each order's readings, newest per slot, so that two pages which disagree (the
 * order detail and the tracking page) both stay known however often either is read. Invalid readings are dropped.
 */
export async function storeReadings(db: Db, byOrder: ReadonlyMap<string, readonly unknown[]>, now: number) {
  const entries = [...byOrder].filter(([, readings]) => readings.length > 0);
  if (!entries.length) return;
  const tx = db.transaction('readings', 'readwrite');
  for (const [orderId, fresh] of entries) {
    const known = OrderReadings.safeParse(await tx.store.get(orderId));
    const slots = new Map<string, StoredReading>();
    for (const reading of [...(known.success ? known.data.readings : []), ...fresh]) {
      const valid = StoredReading.safeParse(reading);
      if (!valid.success) continue;
      const slot = slotOf(valid.data);
      const held = slots.get(slot);
      if (!held || valid.data.origin.at >= held.origin.at) slots.set(slot, valid.data);
    }
    const readings = [...slots.values()].sort((a, b) => b.origin.at - a.origin.at).slice(0, MAX_READINGS_PER_ORDER);
    await tx.store.put(OrderReadings.parse({ orderId, readings, updatedAt: now }));
  }
  await tx.done;
}

/** The readings kept for one order; a record that no longer validates reads as none. */
export async function readReadings(db: Db, orderId: string): Promise<StoredReading[]> {
  const parsed = OrderReadings.safeParse(await db.get('readings', orderId));
  return parsed.success ? parsed.data.readings : [];
}
