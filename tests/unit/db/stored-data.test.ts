import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { recordPageVisit } from '../../../lib/db/page-visits';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import { CASES_STAMP_KEY } from '../../../lib/db/cases-stamp';
import { DELETED_AT_KEY, readDeletedAt, writePanelSettings } from '../../../lib/db/settings';
import { countStoredData, deleteAllData, listRecentRecords } from '../../../lib/db/stored-data';

const NAME = 'stored-data-test';
let db: Db;
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

const orderUrl = (id: string) => `https://www.aliexpress.com/p/order/detail.html?orderId=${id}`;
const disputeUrl = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901234';

async function seed() {
  db = await openDisputeDb(NAME);
  await recordPageVisit(
    db,
    { kind: 'order-detail', site: 'global', orderId: '8190000000000001' },
    orderUrl('8190000000000001'),
    1000,
  );
  await recordPageVisit(
    db,
    { kind: 'dispute-detail', site: 'global', disputeId: '5012345678901234' },
    disputeUrl,
    3000,
  );
  await recordPageVisit(
    db,
    { kind: 'order-detail', site: 'global', orderId: '8190000000000002' },
    orderUrl('8190000000000002'),
    2000,
  );
}

describe('listRecentRecords', () => {
  it('lists orders and disputes together, newest first, up to the limit', async () => {
    await seed();
    expect(await listRecentRecords(db, 10)).toEqual([
      {
        kind: 'dispute',
        id: '5012345678901234',
        site: 'global',
        pageKind: 'dispute-detail',
        lastSeen: 3000,
        url: disputeUrl,
      },
      {
        kind: 'order',
        id: '8190000000000002',
        site: 'global',
        pageKind: 'order-detail',
        lastSeen: 2000,
        url: orderUrl('8190000000000002'),
      },
      {
        kind: 'order',
        id: '8190000000000001',
        site: 'global',
        pageKind: 'order-detail',
        lastSeen: 1000,
        url: orderUrl('8190000000000001'),
      },
    ]);
    expect((await listRecentRecords(db, 2)).map((record) => record.id)).toEqual([
      '5012345678901234',
      '8190000000000002',
    ]);
  });

  it('leaves out corrupt records, and the link of a record whose address is not on AliExpress', async () => {
    await seed();
    await db.put('orders', { id: '8190000000000003', lastSeen: 9000, site: 'mars' } as never);
    await db.put('orders', {
      id: '8190000000000004',
      site: 'global',
      kind: 'order-detail',
      url: 'https://evil.example/p/order/detail.html',
      firstSeen: 8000,
      lastSeen: 8000,
      visits: 1,
    });
    const [first, ...rest] = await listRecentRecords(db, 10);
    expect(first).toEqual({
      kind: 'order',
      id: '8190000000000004',
      site: 'global',
      pageKind: 'order-detail',
      lastSeen: 8000,
    });
    expect(rest.map((record) => record.id)).not.toContain('8190000000000003');
  });

  it('is empty for an empty database', async () => {
    db = await openDisputeDb(NAME);
    expect(await listRecentRecords(db, 10)).toEqual([]);
  });
});

describe('countStoredData and deleteAllData', () => {
  it('counts each store, and deleting empties every store', async () => {
    await seed();
    await writePanelSettings(db, { collapsed: true });
    await db.add('quarantine', { store: 'orders', key: 'x', value: 1, reason: 'test', at: 1 });
    await db.put('orderFacts', {
      orderId: '8190000000000009',
      facts: { orderId: '8190000000000009', source: 'page-data' },
      origins: {},
      updatedAt: 1,
    });
    expect(await countStoredData(db)).toEqual({
      orders: 2,
      disputes: 1,
      orderFacts: 1,
      disputeFacts: 0,
      quarantine: 1,
      evidenceFiles: 0,
    });

    await deleteAllData(db, 9000);
    expect(await countStoredData(db)).toEqual({
      orders: 0,
      disputes: 0,
      orderFacts: 0,
      disputeFacts: 0,
      quarantine: 0,
      evidenceFiles: 0,
    });
    for (const store of db.objectStoreNames) {
      if (store !== 'settings') expect(await db.count(store), store).toBe(0);
    }
    // Only the time of the deletion stays, so reports of what pages showed before it can be refused, and the cases
    // stamp the deletion renewed, so nothing computed from the cases before it is used again.
    expect(await db.getAllKeys('settings')).toEqual([CASES_STAMP_KEY, DELETED_AT_KEY].sort());
    expect(await readDeletedAt(db)).toBe(9000);
  });
});
