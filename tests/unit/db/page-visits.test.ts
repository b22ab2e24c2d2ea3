import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { recordPageVisit } from '../../../lib/db/page-visits';
import { DB_VERSION, openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import { readPanelSettings, writePanelSettings } from '../../../lib/db/settings';

const NAME = 'page-visits-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

const detail = { kind: 'order-detail', site: 'global', orderId: '8190000123456789' } as const;
const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';

describe('schema', () => {
  it('a new database gets every store of the current version', async () => {
    db = await openDisputeDb(NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'caseEvents',
      'disputeFacts',
      'disputes',
      'evidenceBlobs',
      'evidenceFiles',
      'evidenceState',
      'orderFacts',
      'orders',
      'quarantine',
      'readings',
      'sentReminders',
      'settings',
      'watches',
    ]);
    expect([...db.transaction('disputes').store.indexNames].sort()).toEqual(['lastSeen', 'orderId']);
  });

  it('reopening keeps what was stored', async () => {
    db = await openDisputeDb(NAME);
    await recordPageVisit(db, detail, url, 1000);
    db.close();
    db = await openDisputeDb(NAME);
    expect(await db.get('orders', detail.orderId)).toMatchObject({ id: detail.orderId, visits: 1 });
  });
});

describe('recordPageVisit', () => {
  it('creates an order record, then counts visits and keeps the first-seen time', async () => {
    db = await openDisputeDb(NAME);
    expect(await recordPageVisit(db, detail, url, 1000)).toEqual({ firstSeen: 1000, visits: 1 });
    expect(await recordPageVisit(db, { ...detail, kind: 'dispute-start' }, `${url}&x=1`, 5000)).toEqual({
      firstSeen: 1000,
      visits: 2,
    });
    expect(await db.get('orders', detail.orderId)).toEqual({
      id: detail.orderId,
      site: 'global',
      kind: 'dispute-start',
      url: `${url}&x=1`,
      firstSeen: 1000,
      lastSeen: 5000,
      visits: 2,
    });
  });

  it('records a dispute with its order, and keeps the order link when a later page lacks it', async () => {
    db = await openDisputeDb(NAME);
    const page = {
      kind: 'dispute-detail',
      site: 'global',
      orderId: '8190000123456789',
      disputeId: '5012345678901234',
    } as const;
    await recordPageVisit(db, page, 'https://www.aliexpress.com/p/reverse-pages/detail.html', 1000);
    await recordPageVisit(
      db,
      { ...page, orderId: undefined },
      'https://www.aliexpress.com/p/reverse-pages/detail.html',
      2000,
    );
    expect(await db.get('disputes', page.disputeId)).toMatchObject({
      orderId: page.orderId,
      visits: 2,
      lastSeen: 2000,
    });
    expect(await db.get('orders', page.orderId)).toMatchObject({ visits: 1 });
  });

  it('stores nothing for pages without ids', async () => {
    db = await openDisputeDb(NAME);
    expect(
      await recordPageVisit(db, { kind: 'order-list', site: 'ru' }, 'https://aliexpress.ru/order-list', 1),
    ).toBeNull();
    expect(await db.count('orders')).toBe(0);
  });

  it('moves a corrupt record to quarantine instead of losing it', async () => {
    db = await openDisputeDb(NAME);
    const corrupt = { id: detail.orderId, site: 'mars', visits: 'many', firstSeen: -1 };
    await db.put('orders', corrupt as never);
    expect(await recordPageVisit(db, detail, url, 7000)).toEqual({ firstSeen: 7000, visits: 1 });
    const quarantined = await db.getAll('quarantine');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ store: 'orders', key: detail.orderId, value: corrupt, at: 7000 });
  });
});

describe('panel settings', () => {
  it('default, round trip, and a corrupt value reads as the default', async () => {
    db = await openDisputeDb(NAME);
    expect(await readPanelSettings(db)).toEqual({});
    await writePanelSettings(db, { collapsed: true });
    expect(await readPanelSettings(db)).toEqual({ collapsed: true });
    await db.put('settings', { collapsed: 'yes', __proto__: { collapsed: true } }, 'panel');
    expect(await readPanelSettings(db)).toEqual({});
  });
});
