/**
 * Seeds the extension's IndexedDB with many of the buyer's cases, as the worker would have stored them after the
 * buyer opened each order's page: the page record, the facts, the deadline readings and some evidence. Runs INSIDE
 * an extension page (pass it to `page.evaluate`), so it must stay self-contained, and its dates are the browser's
 * local ones, as pages show them. The worker must have created the database first (open any extension page).
 *
 * The cases, by `index % 10`: 0 a cancelled order (closed); 1 a dispute waiting for the buyer, due in `index % 7`
 * days and some hours; 2 a dispute waiting for the seller; the rest parcels on their way whose protection ends on a
 * day `index * 7 % 60` days ahead. Half the items have a picture; every fifth order and every dispute waiting for the
 * buyer has a started checklist with one damage photo. Order ids are 8190000000000000 + index. Also one planted
 * nearest case: NEAREST_ORDER_ID, due in 5 h 30 min (every other is due 6 h or more ahead).
 */
export const NEAREST_ORDER_ID = '8190000000099999';

export async function seedCases({ count, now }: { count: number; now: number }): Promise<number> {
  const DAY = 24 * 3_600_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (at: number) => {
    const d = new Date(at);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const minute = (at: number) => {
    const d = new Date(at);
    return `${day(at)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  const orders: object[] = [];
  const orderFacts: object[] = [];
  const disputes: object[] = [];
  const disputeFacts: object[] = [];
  const readings: object[] = [];
  const evidenceState: object[] = [];
  const evidenceFiles: object[] = [];
  const origin = { source: 'page-data', at: now - DAY };
  const addCase = (orderId: string, index: number, kind: number) => {
    const url = `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`;
    const lastSeen = now - index * 60_000;
    orders.push({ id: orderId, site: 'global', kind: 'order-detail', url, firstSeen: lastSeen, lastSeen, visits: 1 });
    const item = {
      title: index < 0 ? 'Nearest seeded case' : `Seeded item ${index}`,
      productId: String(1_005_006_000_000_000 + index),
      ...(index % 2 === 0 && { imageUrl: `https://ae01.alicdn.com/kf/S${index}.jpg_220x220.jpg` }),
    };
    const status = kind === 0 ? 'cancelled' : kind <= 2 ? 'in_dispute' : 'shipped';
    orderFacts.push({
      orderId,
      site: 'global',
      facts: { orderId, source: 'page-data', status, items: [item], shippedOn: day(now - 20 * DAY) },
      origins: {},
      updatedAt: now,
    });
    if (kind === 1 || kind === 2) {
      const disputeId = String(5_012_345_000_000_000 + index);
      const due = index === -1 ? now + 5.5 * 3_600_000 : now + (index % 7) * DAY + (6 + ((index * 5) % 18)) * 3_600_000;
      const on = minute(due);
      disputeFacts.push({
        disputeId,
        orderId,
        site: 'global',
        facts: {
          disputeId,
          orderId,
          source: 'page-data',
          status: kind === 1 ? 'awaiting_buyer' : 'awaiting_seller',
          reason: 'Item damaged',
          openedOn: day(now - 3 * DAY),
          deadline: { on },
        },
        origins: {},
        updatedAt: now,
      });
      readings.push({
        orderId,
        readings: [{ kind: kind === 1 ? 'buyer_response' : 'seller_response', on, field: 'deadline', origin }],
        updatedAt: now,
      });
    } else if (kind !== 0) {
      const on = day(now + ((index * 7) % 60) * DAY);
      readings.push({
        orderId,
        readings: [{ kind: 'protection_end', on, field: 'protectionEndsOn', origin }],
        updatedAt: now,
      });
    }
    if (index % 5 === 0 || kind === 1) {
      evidenceState.push({ orderId, problem: 'damaged', ticked: [], updatedAt: now });
      evidenceFiles.push({
        id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
        orderId,
        itemId: 'damage-photos',
        name: `photo-${index}.jpg`,
        mime: 'image/jpeg',
        kind: 'image',
        size: 1000,
        addedAt: now,
      });
    }
  };
  for (let index = 0; index < count; index++) {
    addCase(String(8_190_000_000_000_000 + index), index, index % 10);
  }
  // The planted nearest case: a dispute waiting for the buyer, due in 5 h 30 min.
  addCase('8190000000099999', -1, 1);

  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('dispute-helper');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stores = { orders, orderFacts, disputes, disputeFacts, readings, evidenceState, evidenceFiles };
  const tx = db.transaction([...Object.keys(stores), 'settings'], 'readwrite');
  for (const [store, rows] of Object.entries(stores)) for (const row of rows) tx.objectStore(store).put(row);
  // These writes bypass the extension's connection, which renews the cases stamp (lib/db/cases-stamp.ts): removing
  // it makes the worker read the cases afresh, as after any write.
  tx.objectStore('settings').delete('casesStamp');
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return orders.length;
}
