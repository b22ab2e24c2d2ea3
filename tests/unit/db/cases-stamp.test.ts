import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupSnapshot } from '../../../lib/backup/snapshot';
import { appendCaseEvent } from '../../../lib/db/case-events';
import { CASES_STAMP_KEY, readCasesStamp } from '../../../lib/db/cases-stamp';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';

const NAME = 'cases-stamp-test';
let db: Db | undefined;

afterEach(async () => {
  db?.close();
  db = undefined;
  await deleteDB(NAME);
});

const record = (id: string) => ({
  id,
  site: 'global' as const,
  kind: 'order-detail' as const,
  url: `https://www.aliexpress.com/p/order/detail.html?orderId=${id}`,
  firstSeen: 1,
  lastSeen: 1,
  visits: 1,
});

describe('the cases stamp', () => {
  it('is renewed once a write to a case store commits, before the writer resumes', async () => {
    db = await openDisputeDb(NAME);
    expect(await readCasesStamp(db)).toBeUndefined();
    await db.put('orders', record('8190000000000001'));
    const first = await readCasesStamp(db);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);

    const tx = db.transaction(['orderFacts', 'evidenceState'], 'readwrite');
    await tx.objectStore('evidenceState').put({ orderId: '8190000000000001', ticked: [], updatedAt: 2 });
    await tx.done;
    const second = await readCasesStamp(db);
    expect(second).not.toBe(first);
  });

  it('stays for reads, for writes to other stores and for writes that did not commit', async () => {
    db = await openDisputeDb(NAME);
    await db.put('orders', record('8190000000000001'));
    const stamp = await readCasesStamp(db);
    await db.getAll('orders');
    await db.put('settings', { collapsed: true }, 'panel');
    await appendCaseEvent(db, {
      orderId: '8190000000000001',
      kind: 'page-seen',
      at: 3,
      key: 'reminders.event',
      params: {},
    });
    const aborted = db.transaction('orders', 'readwrite');
    const put = aborted.store.put(record('8190000000000002')).catch(() => undefined);
    aborted.abort();
    await Promise.all([put, aborted.done.catch(() => undefined)]);
    expect(await readCasesStamp(db)).toBe(stamp);
  });

  it('tells the connection’s owner once the new stamp is stored', async () => {
    let written!: () => void;
    const told = new Promise<void>((resolve) => (written = resolve));
    db = await openDisputeDb(NAME, undefined, { onCasesWritten: () => written() });
    await db.put('orders', record('8190000000000001'));
    await told;
    expect(await readCasesStamp(db)).toBeDefined();
  });

  it('stays out of backups: it is this database’s own', async () => {
    db = await openDisputeDb(NAME);
    await db.put('orders', record('8190000000000001'));
    expect(await db.get('settings', CASES_STAMP_KEY)).toBeDefined();
    const snapshot = await readBackupSnapshot(db, 5);
    expect(snapshot.settings.map(({ key }) => key)).not.toContain(CASES_STAMP_KEY);
  });
});
