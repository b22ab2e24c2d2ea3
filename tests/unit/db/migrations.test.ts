import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { readFactsFor } from '../../../lib/db/facts';
import { recordPageVisit } from '../../../lib/db/page-visits';
import { DB_VERSION, openDisputeDb, type Db } from '../../../lib/db/schema';
import { writePanelSettings } from '../../../lib/db/settings';
import { DisputeFacts } from '../../../lib/model/facts';
import { DisputeRecord, OrderRecord } from '../../../lib/model/page-records';

const NAME = 'migrations-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

const ORDER = '8190000123456789';
const DISPUTE = '5012345678901234';
const LONE_DISPUTE = '5012345678900000';

/** Writes data the way the v1 worker did: through v1's own code path, into a v1 database. */
async function writeV1Data(): Promise<void> {
  const v1 = await openDisputeDb(NAME, 1);
  const base = 'https://www.aliexpress.com/p/reverse-pages/detail.html';
  await recordPageVisit(
    v1,
    { kind: 'order-detail', site: 'global', orderId: ORDER },
    `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`,
    1000,
  );
  await recordPageVisit(
    v1,
    { kind: 'dispute-detail', site: 'global', orderId: ORDER, disputeId: DISPUTE },
    `${base}?orderId=${ORDER}&reverseOrderLineId=${DISPUTE}`,
    2000,
  );
  await recordPageVisit(
    v1,
    { kind: 'dispute-detail', site: 'global', disputeId: LONE_DISPUTE },
    `${base}?reverseOrderLineId=${LONE_DISPUTE}`,
    3000,
  );
  await v1.put('disputes', { id: '5099999999999999', orderId: 42, junk: true } as never);
  await writePanelSettings(v1, { collapsed: true });
  expect(v1.version).toBe(1);
  v1.close();
}

describe('v1 → v2', () => {
  it('keeps every v1 record and carries the dispute-to-order link over as a fact', async () => {
    await writeV1Data();
    db = await openDisputeDb(NAME);
    expect(db.version).toBe(DB_VERSION);

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
    await writeV1Data();
    db = await openDisputeDb(NAME);
    const facts = await readFactsFor(db, { disputeId: DISPUTE }, 5000);
    expect(facts.dispute?.orderId).toBe(ORDER);
  });

  it('a fresh install at v2 and an upgraded v1 database have the same stores and indexes', async () => {
    await writeV1Data();
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
