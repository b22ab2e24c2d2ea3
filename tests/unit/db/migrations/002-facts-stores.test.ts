import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { readFactsFor } from '../../../../lib/db/facts';
import { openDisputeDb } from '../../../../lib/db/open-db';
import type { Db } from '../../../../lib/db/schema';
import { DisputeFacts } from '../../../../lib/model/facts';
import { DisputeRecord, OrderRecord } from '../../../../lib/model/page-records';

const NAME = 'migration-002-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

const ORDER = '8190000123456789';
const DISPUTE = '5012345678901234';
const LONE_DISPUTE = '5012345678900000';
const DETAIL = 'https://www.aliexpress.com/p/reverse-pages/detail.html';

/** Rows exactly as the v1 worker wrote them (saved here, not produced by today's code). */
const V1_ROWS = {
  orders: [
    {
      id: ORDER,
      site: 'global',
      kind: 'dispute-detail',
      url: `${DETAIL}?orderId=${ORDER}&reverseOrderLineId=${DISPUTE}`,
      firstSeen: 1000,
      lastSeen: 2000,
      visits: 2,
    },
  ],
  disputes: [
    {
      id: DISPUTE,
      site: 'global',
      kind: 'dispute-detail',
      url: `${DETAIL}?orderId=${ORDER}&reverseOrderLineId=${DISPUTE}`,
      firstSeen: 2000,
      lastSeen: 2000,
      visits: 1,
      orderId: ORDER,
    },
    {
      id: LONE_DISPUTE,
      site: 'global',
      kind: 'dispute-detail',
      url: `${DETAIL}?reverseOrderLineId=${LONE_DISPUTE}`,
      firstSeen: 3000,
      lastSeen: 3000,
      visits: 1,
    },
    // A corrupt v1 record: left where it is, for v1's quarantine to find.
    { id: '5099999999999999', orderId: 42, junk: true },
  ],
  settings: [['panel', { collapsed: true }]],
} as const;

async function writeV1Rows(): Promise<void> {
  const v1 = await openDisputeDb(NAME, 1);
  const tx = v1.transaction(['orders', 'disputes', 'settings'], 'readwrite');
  for (const row of V1_ROWS.orders) await tx.objectStore('orders').put(row as never);
  for (const row of V1_ROWS.disputes) await tx.objectStore('disputes').put(row as never);
  for (const [key, value] of V1_ROWS.settings) await tx.objectStore('settings').put(value, key);
  await tx.done;
  expect(v1.version).toBe(1);
  v1.close();
}

describe('002: v1 → v2 adds the facts stores', () => {
  it('keeps every v1 record and carries the dispute-to-order link over as a fact', async () => {
    await writeV1Rows();
    db = await openDisputeDb(NAME, 2);
    expect(db.version).toBe(2);

    expect(OrderRecord.parse(await db.get('orders', ORDER))).toMatchObject({ visits: 2, firstSeen: 1000 });
    expect(DisputeRecord.parse(await db.get('disputes', DISPUTE))).toMatchObject({ orderId: ORDER });
    expect(await db.get('settings', 'panel')).toEqual({ collapsed: true });

    const linked = DisputeFacts.parse(await db.get('disputeFacts', DISPUTE));
    expect(linked).toMatchObject({
      orderId: ORDER,
      site: 'global',
      origins: { orderId: { source: 'page-url', at: 2000 } },
    });
    expect(await db.getAllKeysFromIndex('disputeFacts', 'orderId', ORDER)).toEqual([DISPUTE]);
    // Nothing to carry over: a dispute without a known order, and a corrupt v1 record (left for v1's quarantine).
    expect(await db.count('disputeFacts')).toBe(1);
    expect(await db.get('disputes', '5099999999999999')).toMatchObject({ junk: true });
  });

  it('the migrated link is what the panel reads for the dispute page', async () => {
    await writeV1Rows();
    db = await openDisputeDb(NAME);
    const facts = await readFactsFor(db, { disputeId: DISPUTE }, 5000);
    expect(facts.dispute?.orderId).toBe(ORDER);
  });

  it('a fresh install and an upgraded v1 database have the same stores and indexes', async () => {
    await writeV1Rows();
    const upgraded = await openDisputeDb(NAME);
    const shape = (d: Db) =>
      [...d.objectStoreNames].sort().map((store) => {
        const index = [...d.transaction(store).store.indexNames].sort();
        return `${store}:${index.join(',')}`;
      });
    const upgradedShape = shape(upgraded);
    upgraded.close();
    await deleteDB(NAME);
    db = await openDisputeDb(NAME);
    expect(shape(db)).toEqual(upgradedShape);
  });
});
