import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { evictUnopenedFacts } from '../../../lib/db/evict';
import { addEvidenceFile, writeEvidenceState } from '../../../lib/db/evidence';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';

const NAME = 'evict-test';
let db: Db;
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

const id = (n: number) => `81900000000${String(n).padStart(5, '0')}`;
const facts = (orderId: string, updatedAt: number) => ({
  orderId,
  facts: { orderId, source: 'page-data' as const },
  origins: {},
  updatedAt,
});

describe('evictUnopenedFacts', () => {
  it('past the cap, drops the oldest facts of orders never opened and keeps every opened one', async () => {
    db = await openDisputeDb(NAME);
    for (let n = 0; n < 12; n++) await db.put('orderFacts', facts(id(n), 1000 + n));
    // The two oldest were opened by the buyer: they stay whatever their age.
    for (const n of [0, 1]) {
      await db.put('orders', {
        id: id(n),
        site: 'global',
        kind: 'order-detail',
        url: 'https://www.aliexpress.com/p/order/index.html',
        firstSeen: 1,
        lastSeen: 1,
        visits: 1,
      });
    }
    expect(await evictUnopenedFacts(db, { orders: 8, disputes: 8 })).toBe(4);
    const kept = await db.getAllKeys('orderFacts');
    expect(kept).toEqual([0, 1, 6, 7, 8, 9, 10, 11].map(id));
    expect(await evictUnopenedFacts(db, { orders: 8, disputes: 8 })).toBe(0);
  });

  it('under the cap, deletes nothing', async () => {
    db = await openDisputeDb(NAME);
    await db.put('orderFacts', facts(id(1), 1));
    expect(await evictUnopenedFacts(db)).toBe(0);
    expect(await db.count('orderFacts')).toBe(1);
  });

  it('keeps the facts of an order the buyer keeps evidence for, though its page was never opened', async () => {
    db = await openDisputeDb(NAME);
    for (let n = 0; n < 6; n++) await db.put('orderFacts', facts(id(n), 1000 + n));
    const file = await addEvidenceFile(
      db,
      { orderId: id(0), itemId: 'defect-photos', name: 'a.jpg', mime: 'image/jpeg', kind: 'image', size: 1 },
      new Blob(['x']),
    );
    expect(file.ok).toBe(true);
    await writeEvidenceState(db, id(1), { problem: 'damaged' });
    expect(await evictUnopenedFacts(db, { orders: 4, disputes: 4 })).toBe(2);
    expect(await db.getAllKeys('orderFacts')).toEqual([0, 1, 4, 5].map(id));
  });
});
