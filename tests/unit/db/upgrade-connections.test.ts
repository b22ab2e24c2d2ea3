import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDbConnection } from '../../../lib/db/connection';
import { addEvidenceFile, evidenceCounts } from '../../../lib/db/evidence';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';

const NAME = 'upgrade-connections-test';
const opened: Db[] = [];
afterEach(async () => {
  for (const db of opened) db.close();
  opened.length = 0;
  await deleteDB(NAME);
});

const ORDER = '8190000123456789';

/** A connection cache like the worker's or the panel frame's, opening at whatever version `version()` says. */
function connection(version: () => number) {
  return createDbConnection(async (_name, _version, hooks) => {
    const db = await openDisputeDb(NAME, version(), hooks);
    opened.push(db);
    return db;
  });
}

describe('the worker and the panel frame share one database across the v3 → v4 upgrade', () => {
  it('a v3 connection gives way when the frame opens v4, and opens again at v4 on its next use', async () => {
    let workerVersion = 3;
    const worker = connection(() => workerVersion);
    const frame = connection(() => 4);
    const before = await worker();
    expect(before.version).toBe(3);
    await before.put('settings', { collapsed: true }, 'panel');

    // Without the worker closing on `versionchange`, this open would stay blocked.
    const frameDb = await frame();
    expect(frameDb.version).toBe(4);
    expect(() => before.transaction('settings')).toThrow();

    workerVersion = 4;
    const after = await worker();
    expect(after).not.toBe(before);
    expect(after.version).toBe(4);
    expect(await after.get('settings', 'panel')).toEqual({ collapsed: true });

    // Both stay open together: what the frame writes, the worker counts from its own connection.
    const added = await addEvidenceFile(
      frameDb,
      { orderId: ORDER, itemId: 'defect-photos', name: 'a.jpg', mime: 'image/jpeg', kind: 'image', size: 1 },
      new Blob(['x'], { type: 'image/jpeg' }),
    );
    expect(added.ok).toBe(true);
    expect(await evidenceCounts(after, ORDER)).toEqual({ 'defect-photos': 1 });
    expect(await frame()).toBe(frameDb);
  });
});
