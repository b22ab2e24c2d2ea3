import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseEvent } from '../../../lib/db/case-event';
import { appendCaseEvent } from '../../../lib/db/case-events';
import { addEvidenceFile, writeEvidenceState } from '../../../lib/db/evidence';
import { storeSnapshots } from '../../../lib/db/facts';
import { openDisputeDb } from '../../../lib/db/open-db';
import { storeReadings } from '../../../lib/db/readings';
import type { Db } from '../../../lib/db/schema';
import { readDossierCase } from '../../../lib/dossier/read-dossier-case';
import { DISPUTE, hostileCase, ORDER, READ_AT } from './case-fixture';

const NAME = 'dossier-read-test';
let db: Db;
beforeEach(async () => {
  db = await openDisputeDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('readDossierCase', () => {
  it('nothing known about the order: nothing to show', async () => {
    expect(await readDossierCase(db, ORDER, READ_AT)).toBeUndefined();
  });

  it('reads the order, its dispute, readings, the case log oldest first and the files’ metadata', async () => {
    const known = hostileCase();
    // Stored facts are plain text (lib/model/plain-text.ts): the page's markup never reaches the database.
    const order = { ...known.order!.facts, store: { name: 'Earbuds Store' } };
    const dispute = { ...known.dispute!.facts, reason: 'Item not as described', history: [] };
    await storeSnapshots(db, { orders: [order], disputes: [dispute] }, 'global', READ_AT);
    await storeReadings(db, new Map([[ORDER, known.readings]]), READ_AT);
    for (const line of [...known.timeline].reverse())
      await appendCaseEvent(db, CaseEvent.parse({ orderId: ORDER, ...line }));
    const added = await addEvidenceFile(
      db,
      { orderId: ORDER, itemId: 'damage-photos', name: 'crack.png', mime: 'image/png', kind: 'image', size: 3 },
      new Blob([new Uint8Array([1, 2, 3])]),
      new Blob(['thumb']),
      READ_AT,
    );
    await writeEvidenceState(db, ORDER, { problem: 'damaged', ticked: ['seller-chat'] }, READ_AT);

    const dossier = (await readDossierCase(db, ORDER, READ_AT))!;
    expect(dossier.order?.facts).toMatchObject({ store: { name: 'Earbuds Store' }, total: known.order!.facts.total });
    expect(dossier.dispute?.disputeId).toBe(DISPUTE);
    expect(dossier.readings).toHaveLength(1);
    expect(dossier.timeline.map((line) => line.at)).toEqual([READ_AT, READ_AT + 1]);
    expect(dossier.evidence.files).toEqual([added.ok && added.meta]);
    // The dispute's reason wins over the buyer's pick, as in the panel's checklist.
    expect(dossier.evidence.problem).toBe('not_as_described');
    expect(dossier.evidence.ticked).toEqual(['seller-chat']);
  });

  it('files alone, before any page was read, are enough for a dossier (the buyer’s pick names the problem)', async () => {
    await addEvidenceFile(
      db,
      { orderId: ORDER, itemId: 'damage-photos', name: 'crack.png', mime: 'image/png', kind: 'image', size: 1 },
      new Blob([new Uint8Array([1])]),
    );
    await writeEvidenceState(db, ORDER, { problem: 'damaged' });
    const dossier = (await readDossierCase(db, ORDER, READ_AT))!;
    expect(dossier.order).toBeUndefined();
    expect(dossier.evidence).toMatchObject({ problem: 'damaged' });
    expect(dossier.evidence.files).toHaveLength(1);
  });
});
