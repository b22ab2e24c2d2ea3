import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { CASES_STAMP_KEY } from '../../../lib/db/cases-stamp';
import { addEvidenceFile, writeEvidenceState } from '../../../lib/db/evidence';
import { openDisputeDb } from '../../../lib/db/open-db';
import { recordPageVisit } from '../../../lib/db/page-visits';
import { storeReadings } from '../../../lib/db/readings';
import type { DisputeHelperDb } from '../../../lib/db/schema';
import { deleteAllData } from '../../../lib/db/stored-data';
import type { DashboardRow } from '../../../lib/dashboard/rows';
import type { Reply } from '../../../lib/messaging/protocol';
import type { OrderRecord } from '../../../lib/model/page-records';
import { handleMessage } from '../../../lib/worker/handle-message';
import { keepDashboardCases } from '../../../lib/worker/kept-dashboard-cases';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import { extensionPageAt, NOW, useTestWorker } from '../support/worker-env';

const NAME = 'kept-dashboard-test';
const env = useTestWorker(NAME);
const popup = extensionPageAt('popup.html');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST = '8190000000000001';
const SECOND = '8190000000000002';
const THIRD = '8190000000000003';

const orderUrl = (orderId: string) => `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`;

async function dashboard(worker: WorkerEnv, timeZone = 'Europe/Berlin'): Promise<DashboardRow[]> {
  const reply = (await handleMessage({ type: 'dashboard', timeZone }, popup, worker)) as Reply<'dashboard'>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result.rows;
}

const orderIds = (rows: readonly DashboardRow[]) => rows.map((row) => row.orderId).sort();

function visit(worker: WorkerEnv, orderId: string) {
  return worker
    .db()
    .then((db) => recordPageVisit(db, { kind: 'order-detail', site: 'global', orderId }, orderUrl(orderId), NOW));
}

/** A write by something that does not go through the extension's connection, so the stamp stays as it was. */
async function writeBehindTheStamp(record: OrderRecord): Promise<void> {
  const raw = await openDB<DisputeHelperDb>(NAME);
  await raw.put('orders', record);
  raw.close();
}

function seen(orderId: string): OrderRecord {
  return {
    id: orderId,
    site: 'global',
    kind: 'order-detail',
    url: orderUrl(orderId),
    firstSeen: NOW,
    lastSeen: NOW,
    visits: 1,
  };
}

/** What the order page showed: a parcel on its way, whose buyer protection ends on the day `on`. */
async function shippedUntil(worker: WorkerEnv, orderId: string, on: string): Promise<void> {
  const db = await worker.db();
  const facts = { orderId, source: 'page-data' as const, status: 'shipped' as const };
  await db.put('orderFacts', { orderId, site: 'global', facts, origins: {}, updatedAt: NOW });
  const origin = { source: 'page-data', at: NOW };
  await storeReadings(
    db,
    new Map([[orderId, [{ kind: 'protection_end', on, field: 'protectionEndsOn', origin }]]]),
    NOW,
  );
}

describe('the dashboard’s kept cases', () => {
  it('answer the next ask without reading the stores again, until a write renews the stamp', async () => {
    const worker = env();
    await visit(worker, FIRST);
    expect(orderIds(await dashboard(worker))).toEqual([FIRST]);

    // Not seen: the worker answered from what it kept (this write skipped the stamp on purpose).
    await writeBehindTheStamp(seen(SECOND));
    expect(orderIds(await dashboard(worker))).toEqual([FIRST]);
    // A restarted worker keeps nothing and reads everything.
    expect(orderIds(await dashboard(env()))).toEqual([FIRST, SECOND]);
    // Any write through the connection renews the stamp: the next ask reads again.
    await visit(worker, FIRST);
    expect(orderIds(await dashboard(worker))).toEqual([FIRST, SECOND]);
  });

  it('reflect every write at the next ask: a visit, readings, evidence from another connection, a deletion', async () => {
    const worker = env();
    const db = await worker.db();
    await visit(worker, FIRST);
    const [first] = await dashboard(worker);
    expect(first).toMatchObject({ orderId: FIRST, evidence: { done: 0, started: false } });
    expect(first!.due).toBeUndefined();

    await visit(worker, SECOND);
    expect(orderIds(await dashboard(worker))).toEqual([FIRST, SECOND]);

    const protectionEnd = new Date(NOW + 20 * DAY).toISOString().slice(0, 10);
    await shippedUntil(worker, FIRST, protectionEnd);
    expect((await dashboard(worker)).find((row) => row.orderId === FIRST)?.due?.local).toBe(protectionEnd);

    // The panel's evidence is written by the panel's own connection, not the worker's.
    const panel = await openDisputeDb(NAME);
    try {
      await writeEvidenceState(panel, FIRST, { problem: 'damaged' }, NOW);
      expect((await dashboard(worker)).find((row) => row.orderId === FIRST)?.evidence).toMatchObject({
        done: 0,
        started: true,
      });
      const added = await addEvidenceFile(
        panel,
        { orderId: FIRST, itemId: 'damage-photos', name: 'photo.jpg', mime: 'image/jpeg', kind: 'image', size: 3 },
        new Blob(['jpg'], { type: 'image/jpeg' }),
        undefined,
        NOW,
      );
      expect(added.ok).toBe(true);
      expect((await dashboard(worker)).find((row) => row.orderId === FIRST)?.evidence.done).toBe(1);
    } finally {
      panel.close();
    }

    await deleteAllData(db, NOW);
    expect(await dashboard(worker)).toEqual([]);
    await visit(worker, SECOND);
    expect(orderIds(await dashboard(worker))).toEqual([SECOND]);
  });

  it('work out what the clock moves at every ask, and the deadlines again for another time zone', async () => {
    const worker = env();
    await visit(worker, FIRST);
    await shippedUntil(worker, FIRST, new Date(NOW + DAY).toISOString().slice(0, 10));
    const [soon] = await dashboard(worker);
    expect(soon).toMatchObject({ whose: 'buyer', state: 'soon' });

    // Kept (the write behind the stamp stays unseen), yet three months later every window has closed.
    await writeBehindTheStamp(seen(SECOND));
    const later = await dashboard({ ...worker, now: () => NOW + 90 * DAY });
    expect(later.map((row) => [row.orderId, row.whose, row.state])).toEqual([[FIRST, 'none', 'closed']]);

    // The same calendar day ends seven hours earlier in Tokyo than in Berlin's summer (eight in its winter).
    const [tokyo] = await dashboard(worker, 'Asia/Tokyo');
    expect([7 * HOUR, 8 * HOUR]).toContain(soon!.due!.at - tokyo!.due!.at);
    expect(orderIds(await dashboard(worker, 'Asia/Tokyo'))).toEqual([FIRST]);
  });

  it('are read again after a write, ahead of the next popup, once a popup has asked', async () => {
    const kept = keepDashboardCases(0);
    const worker = { ...env(), dashboardCases: kept };
    await visit(worker, FIRST);
    // Before any popup asked there is nothing to get ready.
    await kept.refreshSoon(worker.db);
    await writeBehindTheStamp(seen(THIRD));
    expect(orderIds(await dashboard(worker))).toEqual([FIRST, THIRD]);

    await visit(worker, SECOND);
    await kept.refreshSoon(worker.db);
    // The popup gets what the refresh read: the visit, and not this write that skipped the stamp.
    await writeBehindTheStamp(seen('8190000000000004'));
    expect(orderIds(await dashboard(worker))).toEqual([FIRST, SECOND, THIRD]);
  });

  it('read afresh where the stamp is missing or not one, and set a first one', async () => {
    const worker = env();
    const db = await worker.db();
    await visit(worker, FIRST);
    await db.put('settings', { corrupt: true }, CASES_STAMP_KEY);
    expect(orderIds(await dashboard(worker))).toEqual([FIRST]);
    await writeBehindTheStamp(seen(SECOND));
    expect(orderIds(await dashboard(worker))).toEqual([FIRST, SECOND]);

    await db.delete('settings', CASES_STAMP_KEY);
    expect(orderIds(await dashboard(worker))).toEqual([FIRST, SECOND]);
    // The first stamp is set: from now on the worker keeps what it read.
    expect(typeof (await db.get('settings', CASES_STAMP_KEY))).toBe('string');
  });
});
