import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDisputeDb } from '../../../../lib/db/open-db';
import type { Db } from '../../../../lib/db/schema';

const NAME = 'migration-001-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

describe('001: a new install at v1', () => {
  it('creates the v1 stores and indexes, and keys records as v1 did', async () => {
    db = await openDisputeDb(NAME, 1);
    expect([...db.objectStoreNames].sort()).toEqual(['disputes', 'orders', 'quarantine', 'settings']);
    expect([...db.transaction('disputes').store.indexNames].sort()).toEqual(['lastSeen', 'orderId']);
    expect([...db.transaction('orders').store.indexNames]).toEqual(['lastSeen']);

    await db.put('orders', { id: '8190000123456789', lastSeen: 1 } as never);
    expect(await db.getAllKeys('orders')).toEqual(['8190000123456789']);
    // Quarantine keys itself: a v1 worker added entries without choosing keys.
    const first = await db.add('quarantine', { store: 'orders', key: 'x', value: null, reason: 'test', at: 1 });
    const second = await db.add('quarantine', { store: 'orders', key: 'y', value: null, reason: 'test', at: 2 });
    expect(second).toBeGreaterThan(first);
  });
});
