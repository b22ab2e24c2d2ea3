import { describe, expect, it } from 'vitest';
import { readEvidenceState, writeEvidenceState } from '../../../../lib/db/evidence';
import { readReadings } from '../../../../lib/db/readings';
import { writeWatcherOff } from '../../../../lib/db/watches';
import { OrderFacts } from '../../../../lib/model/facts';
import { SYNC_LIMITS } from '../../../../lib/sync/limits';
import { handleMessage } from '../../../../lib/worker/handle-message';
import { readReminderSettings, writeReminderSettings } from '../../../../lib/worker/reminders/settings';
import type { SyncView } from '../../../../lib/messaging/protocol';
import type { SyncArea } from '../../../../lib/worker/sync/sync-area';
import { createSyncControl, PASS_PERIOD_MS } from '../../../../lib/worker/sync/sync-control';
import { readSyncState } from '../../../../lib/worker/sync/sync-store';
import type { WorkerEnv } from '../../../../lib/worker/worker-env';
import { extensionPageAt, NOW, useTestWorker } from '../../support/worker-env';

const env = useTestWorker('sync-worker-test');
const ORDER = '8190000123456789';
const OTHER = '8190000123456790';
const OTHER_DEVICE = 'otherdevice1';
const encoder = new TextEncoder();
const size = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/**
 * storage.sync as Chrome behaves: the same limits, the same errors (`QUOTA_BYTES quota exceeded`...), every set or
 * remove call one write. `refuse` makes the next writes fail with a given error, as a full account or a busy
 * minute does.
 */
class FakeSyncStorage implements SyncArea {
  items: Record<string, unknown> = {};
  writes = 0;
  refuse: string | undefined;
  limits = SYNC_LIMITS;

  getAll() {
    return Promise.resolve(structuredClone(this.items));
  }

  set(items: Record<string, unknown>) {
    this.writes++;
    if (this.refuse) return Promise.reject(new Error(this.refuse));
    const next = { ...this.items, ...structuredClone(items) };
    for (const [key, value] of Object.entries(items)) {
      if (size(key, value) > this.limits.itemBytes)
        return Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    }
    const total = Object.entries(next).reduce((sum, [key, value]) => sum + size(key, value), 0);
    if (total > this.limits.totalBytes) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    this.items = next;
    return Promise.resolve();
  }

  remove(keys: string[]) {
    this.writes++;
    if (this.refuse) return Promise.reject(new Error(this.refuse));
    for (const key of keys) delete this.items[key];
    return Promise.resolve();
  }
}

function syncedWorker() {
  const worker = env();
  const storage = new FakeSyncStorage();
  const scheduled: Array<number | null> = [];
  const applied: string[][] = [];
  let clock = NOW;
  const sync = createSyncControl(worker.db, () => clock, {
    area: () => storage,
    schedule: (at) => {
      scheduled.push(at);
      return Promise.resolve();
    },
    applied: (entries) => applied.push(entries.map((entry) => entry.key)),
  });
  const withSync: WorkerEnv = { ...worker, sync };
  const options = extensionPageAt('options.html');
  const setSync = async (on?: boolean) => {
    const reply = await handleMessage({ type: 'sync-setting', ...(on !== undefined && { on }) }, options, withSync);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as SyncView;
  };
  return {
    worker: withSync,
    sync,
    storage,
    scheduled,
    applied,
    setSync,
    tick: (ms: number) => (clock += ms),
    db: worker.db,
  };
}

const fromOtherDevice = (at: number, value: unknown) => ({ at, by: OTHER_DEVICE, v: value });

describe('sync is off by default', () => {
  it('nothing is read or written until the buyer turns it on', async () => {
    const h = syncedWorker();
    await writeEvidenceState(await h.db(), ORDER, { ticked: ['unboxing-video'] }, NOW - 1000);
    h.storage.items[`ev:${OTHER}`] = fromOtherDevice(NOW, { t: ['photos'] });
    await h.sync.pass();
    expect(await h.setSync()).toEqual({ on: false, status: { items: 0, leftOutCount: 0, leftOut: [] } });
    expect(h.storage.writes).toBe(0);
    expect(await readEvidenceState(await h.db(), OTHER)).toBeUndefined();
  });
});

describe('turned on', () => {
  it('shares the checklist, typed dates and settings, and takes in what other devices share', async () => {
    const h = syncedWorker();
    const db = await h.db();
    await writeEvidenceState(
      db,
      ORDER,
      { problem: 'damaged', ticked: ['unboxing-video', 'damage-photos'] },
      NOW - 5000,
    );
    await writeReminderSettings(db, { leadMinutes: [2880, 60], extensionDays: 4 });
    await writeWatcherOff(db, true);
    h.storage.items[`ev:${OTHER}`] = fromOtherDevice(NOW - 100, { p: 'not_received', t: ['tracking-screenshot'] });
    h.storage.items[`mf:${OTHER}`] = fromOtherDevice(NOW - 100, { site: 'global', e: '2026-12-20' });

    const view = await h.setSync(true);

    expect(view.on).toBe(true);
    expect(view.status).toEqual({ lastSyncedAt: NOW, items: 5, leftOutCount: 0, leftOut: [] });
    const device = (await readSyncState(db)).device;
    expect(h.storage.items[`ev:${ORDER}`]).toEqual({
      at: NOW - 5000,
      by: device,
      v: { p: 'damaged', t: ['damage-photos', 'unboxing-video'] },
    });
    expect(h.storage.items['set:reminders']).toMatchObject({ v: { leadMinutes: [2880, 60], extensionDays: 4 } });
    expect(h.storage.items['set:watcherOff']).toMatchObject({ v: true });
    // The other device's checklist and typed date are here now, the date as typed by the buyer.
    expect(await readEvidenceState(db, OTHER)).toEqual({
      orderId: OTHER,
      problem: 'not_received',
      ticked: ['tracking-screenshot'],
      updatedAt: NOW - 100,
    });
    const facts = OrderFacts.parse(await db.get('orderFacts', OTHER));
    expect(facts.facts.protectionEndsOn).toBe('2026-12-20');
    expect(facts.origins.protectionEndsOn?.source).toBe('manual');
    expect((await readReadings(db, OTHER)).map((reading) => reading.on)).toEqual(['2026-12-20']);
    expect(h.applied).toEqual([[`ev:${OTHER}`, `mf:${OTHER}`]]);
    expect(h.scheduled).toEqual([NOW + PASS_PERIOD_MS]);
    // One write for everything, and a second pass has nothing to do: what came in does not go back out.
    expect(h.storage.writes).toBe(1);
    await h.sync.pass();
    expect(h.storage.writes).toBe(1);
  });

  it('a newer change from another device replaces the ticks here; an older one is replaced by them', async () => {
    const h = syncedWorker();
    const db = await h.db();
    await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video'] }, NOW - 5000);
    await h.setSync(true);

    h.storage.items[`ev:${ORDER}`] = fromOtherDevice(NOW - 1000, { t: ['unboxing-video', 'damage-photos'] });
    await h.sync.pass();
    expect((await readEvidenceState(db, ORDER))?.ticked).toEqual(['unboxing-video', 'damage-photos']);

    h.tick(10_000);
    await writeEvidenceState(db, ORDER, { ticked: [] }, NOW + 10_000);
    await h.sync.pass();
    expect(h.storage.items[`ev:${ORDER}`]).toMatchObject({ at: NOW + 10_000, v: { t: [] } });
  });

  it("deleting an order's checklist here clears it on other devices (files never travel)", async () => {
    const h = syncedWorker();
    const db = await h.db();
    await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video'] }, NOW - 5000);
    await h.setSync(true);
    h.tick(1000);
    await db.delete('evidenceState', ORDER);
    await h.sync.pass();
    expect(h.storage.items[`ev:${ORDER}`]).toMatchObject({ at: NOW + 1000, del: true });
  });

  it('a corrupt or foreign item in sync storage is ignored: never applied, never thrown on, local data kept', async () => {
    const h = syncedWorker();
    const db = await h.db();
    await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video'] }, NOW - 5000);
    h.storage.items[`ev:${ORDER}`] = { at: NOW + 99_999, by: OTHER_DEVICE, v: { t: ['<img src=x>'] } };
    h.storage.items['set:reminders'] = fromOtherDevice(NOW + 99_999, { leadMinutes: [], extensionDays: 400 });
    h.storage.items['another-extension-key'] = { anything: true };
    await h.setSync(true);
    expect((await readEvidenceState(db, ORDER))?.ticked).toEqual(['unboxing-video']);
    expect(await readReminderSettings(db)).toMatchObject({ extensionDays: 7 });
    // Ours are replaced by the good local value; the foreign key stays as it was.
    expect(h.storage.items[`ev:${ORDER}`]).toMatchObject({ v: { t: ['unboxing-video'] } });
    expect(h.storage.items['another-extension-key']).toEqual({ anything: true });
  });

  it('turned off, nothing more is shared, and what is here stays', async () => {
    const h = syncedWorker();
    const db = await h.db();
    await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video'] }, NOW - 5000);
    await h.setSync(true);
    expect(await h.setSync(false)).toMatchObject({ on: false });
    expect(h.scheduled.at(-1)).toBeNull();
    await writeEvidenceState(db, ORDER, { ticked: [] }, NOW + 1);
    const writes = h.storage.writes;
    await h.sync.pass();
    expect(h.storage.writes).toBe(writes);
    expect((await readEvidenceState(db, ORDER))?.ticked).toEqual([]);
  });
});

describe('the browser refuses a write', () => {
  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota', 30 * 60_000],
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate', 60_000],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', 'rate', 60_000],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'quota', 30 * 60_000],
  ])(
    '"%s": shown as %s, retried by an alarm, nothing local lost, shared once allowed',
    async (error, problem, after) => {
      const h = syncedWorker();
      const db = await h.db();
      await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video'] }, NOW - 5000);
      h.storage.refuse = error;

      const view = await h.setSync(true);
      expect(view.status).toMatchObject({ problem, retryAt: NOW + after });
      expect(view.status).not.toHaveProperty('lastSyncedAt');
      expect(h.scheduled).toEqual([NOW + after]);
      expect(h.storage.items).toEqual({});
      expect((await readEvidenceState(db, ORDER))?.ticked).toEqual(['unboxing-video']);

      // A tick meanwhile is kept too, and goes with the retry.
      await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video', 'damage-photos'] }, NOW + 10);
      h.storage.refuse = undefined;
      h.tick(after);
      await h.sync.pass();
      const status = (await h.setSync()).status;
      expect(status).toEqual({ lastSyncedAt: NOW + after, items: 1, leftOutCount: 0, leftOut: [] });
      expect(h.storage.items[`ev:${ORDER}`]).toMatchObject({
        at: NOW + 10,
        v: { t: ['damage-photos', 'unboxing-video'] },
      });
    },
  );

  it('over the total size: the newest items go, the oldest stay here only and are named; the browser never refuses', async () => {
    const h = syncedWorker();
    const db = await h.db();
    const ticks = Array.from({ length: 100 }, (_, i) => `evidence-item-number-${i}`);
    for (let n = 0; n < 60; n++)
      await writeEvidenceState(db, String(8190000000000000 + n), { ticked: ticks }, NOW - n * 1000);
    const view = await h.setSync(true);
    expect(view.status.problem).toBeUndefined();
    expect(view.status.leftOutCount).toBeGreaterThan(0);
    expect(view.status.items + view.status.leftOutCount).toBe(60);
    // The oldest orders are the ones left out; every order's ticks are still here.
    expect(view.status.leftOut[0]?.key).toBe(`ev:${8190000000000000 + view.status.items}`);
    for (let n = 0; n < 60; n++)
      expect((await readEvidenceState(db, String(8190000000000000 + n)))?.ticked).toHaveLength(100);
  });

  it('the write limits are kept by the worker itself: past 120 writes in a minute it waits', async () => {
    const h = syncedWorker();
    const db = await h.db();
    await h.setSync(true);
    const state = await readSyncState(db);
    const { writeSyncState } = await import('../../../../lib/worker/sync/sync-store');
    await writeSyncState(db, { ...state, writes: Array.from({ length: 120 }, (_, i) => NOW - 30_000 + i) });
    await writeEvidenceState(db, ORDER, { ticked: ['unboxing-video'] }, NOW);
    const writes = h.storage.writes;
    await h.sync.pass();
    expect(h.storage.writes).toBe(writes);
    const { status } = await h.setSync();
    expect(status).toMatchObject({ problem: 'rate', retryAt: NOW + 60_000 });
    expect((await readEvidenceState(db, ORDER))?.ticked).toEqual(['unboxing-video']);
  });

  it('sync storage missing (permission taken back): said so, nothing local touched', async () => {
    const worker = env();
    const sync = createSyncControl(worker.db, () => NOW, {
      area: () => undefined,
      schedule: () => Promise.resolve(),
      applied: () => undefined,
    });
    expect((await sync.setOn(true)).status).toMatchObject({ problem: 'unavailable' });
  });
});
