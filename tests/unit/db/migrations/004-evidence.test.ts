import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceFileMeta, EvidenceState } from '../../../../lib/db/evidence-records';
import { DB_VERSION, openDisputeDb } from '../../../../lib/db/open-db';
import type { Db } from '../../../../lib/db/schema';
import { V3_DISPUTE_ID, V3_EVENT, V3_ORDER, V3_ORDER_ID, V3_READINGS, V3_WATCH } from '../../support/v3-rows';

const NAME = 'migration-004-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

const ORDER = V3_ORDER_ID;
const DISPUTE = V3_DISPUTE_ID;

describe('004: v3 → v4 adds the evidence stores', () => {
  it('keeps every v3 record, and the new stores take files, bytes and checklist state', async () => {
    const v3 = await openDisputeDb(NAME, 3);
    await v3.put('orders', V3_ORDER as never);
    await v3.put('readings', V3_READINGS as never);
    await v3.put('watches', V3_WATCH as never);
    const seq = await v3.add('caseEvents', V3_EVENT as never);
    await v3.put('settings', { collapsed: true }, 'panel');
    v3.close();

    db = await openDisputeDb(NAME, 4);
    expect(DB_VERSION).toBe(4);
    expect(db.version).toBe(4);
    expect(await db.get('orders', ORDER)).toEqual(V3_ORDER);
    expect(await db.get('readings', ORDER)).toEqual(V3_READINGS);
    expect(await db.get('watches', DISPUTE)).toEqual(V3_WATCH);
    expect(await db.get('caseEvents', seq)).toEqual({ ...V3_EVENT, seq });
    expect(await db.get('settings', 'panel')).toEqual({ collapsed: true });
    for (const store of ['evidenceFiles', 'evidenceBlobs', 'evidenceState'] as const)
      expect(await db.count(store)).toBe(0);
    expect([...db.transaction('evidenceFiles').store.indexNames]).toEqual(['orderId']);

    const meta = EvidenceFileMeta.parse({
      id: '0b6f3c52-3a4e-4c8e-9f51-2f1d9c7a5e10',
      orderId: ORDER,
      itemId: 'unboxing-video',
      name: 'unboxing.mp4',
      mime: 'video/mp4',
      kind: 'video',
      size: 5,
      addedAt: 9000,
    });
    await db.put('evidenceFiles', meta);
    await db.put('evidenceBlobs', { id: meta.id, file: new Blob(['bytes'], { type: 'video/mp4' }) });
    await db.put(
      'evidenceState',
      EvidenceState.parse({ orderId: ORDER, problem: 'damaged', ticked: [], updatedAt: 9000 }),
    );
    db.close();

    // A Blob survives closing and opening the database again, type and bytes alike.
    db = await openDisputeDb(NAME);
    expect(await db.getAllFromIndex('evidenceFiles', 'orderId', ORDER)).toEqual([meta]);
    const stored = await db.get('evidenceBlobs', meta.id);
    expect(stored?.file).toBeInstanceOf(Blob);
    expect(stored?.file.type).toBe('video/mp4');
    expect(await stored?.file.text()).toBe('bytes');
    expect((await db.get('evidenceState', ORDER))?.problem).toBe('damaged');
  });
});
