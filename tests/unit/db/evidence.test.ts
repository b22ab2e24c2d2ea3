import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addEvidenceFile,
  askPersistentStorage,
  deleteEvidenceFile,
  deleteItemEvidence,
  deleteOrderEvidence,
  evidenceCounts,
  listEvidenceFiles,
  MAX_EVIDENCE_FILE_BYTES,
  MAX_THUMB_BYTES,
  moveEvidenceFile,
  readEvidenceBlob,
  readEvidenceState,
  renameEvidenceFile,
  storageUse,
  writeEvidenceState,
} from '../../../lib/db/evidence';
import { MAX_EVIDENCE_NAME, sanitiseEvidenceName, type EvidenceFileMeta } from '../../../lib/db/evidence-records';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import { deleteAllData } from '../../../lib/db/stored-data';

const NAME = 'evidence-test';
let db: Db;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close();
  await deleteDB(NAME);
});

const ORDER = '8190000123456789';
const OTHER_ORDER = '8190000999999999';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const photo = (text = 'jpeg bytes') => new Blob([text], { type: 'image/jpeg' });
const metaFor = (itemId: string, name = 'IMG_0001.jpg', orderId = ORDER): Omit<EvidenceFileMeta, 'id' | 'addedAt'> => ({
  orderId,
  itemId,
  name,
  mime: 'image/jpeg',
  kind: 'image',
  size: 0,
  width: 4000,
  height: 3000,
});

async function add(itemId: string, options: { name?: string; orderId?: string; at?: number; text?: string } = {}) {
  const result = await addEvidenceFile(
    db,
    metaFor(itemId, options.name, options.orderId),
    photo(options.text),
    new Blob(['thumb'], { type: 'image/jpeg' }),
    options.at ?? 1000,
  );
  if (!result.ok) throw new Error(result.error);
  return result.meta;
}

async function storedCounts() {
  return { files: await db.count('evidenceFiles'), blobs: await db.count('evidenceBlobs') };
}

describe('adding and reading files', () => {
  it('keeps the metadata under a random id and the bytes and thumbnail apart, both round-tripping', async () => {
    db = await openDisputeDb(NAME);
    const meta = await add('defect-photos', { text: 'the photo' });
    expect(meta.id).toMatch(UUID);
    expect(meta).toMatchObject({ orderId: ORDER, itemId: 'defect-photos', name: 'IMG_0001.jpg', addedAt: 1000 });
    // The size is the bytes', not what the caller said.
    expect(meta.size).toBe('the photo'.length);
    expect(await listEvidenceFiles(db, ORDER)).toEqual([meta]);
    const blob = await readEvidenceBlob(db, meta.id);
    expect(blob?.file.type).toBe('image/jpeg');
    expect(await blob?.file.text()).toBe('the photo');
    expect(await blob?.thumb?.text()).toBe('thumb');
    expect(await readEvidenceBlob(db, 'no-such-id')).toBeUndefined();
  });

  it('uses a new id for the same name twice, and lists an order oldest first', async () => {
    db = await openDisputeDb(NAME);
    const later = await add('defect-photos', { at: 2000 });
    const first = await add('defect-photos', { at: 1000 });
    await add('defect-photos', { orderId: OTHER_ORDER });
    expect(first.id).not.toBe(later.id);
    expect((await listEvidenceFiles(db, ORDER)).map((file) => file.id)).toEqual([first.id, later.id]);
  });

  it('skips rows that no longer validate instead of throwing, and counts only what lists', async () => {
    db = await openDisputeDb(NAME);
    const kept = await add('defect-photos');
    await add('unboxing-video');
    await db.put('evidenceFiles', { id: 'x', orderId: ORDER, itemId: 'defect-photos', name: 7 } as never);
    await db.put('evidenceBlobs', { id: 'y', file: 'not a blob' } as never);
    expect((await listEvidenceFiles(db, ORDER)).map((file) => file.itemId).sort()).toEqual([
      'defect-photos',
      'unboxing-video',
    ]);
    expect(await evidenceCounts(db, ORDER)).toEqual({ 'defect-photos': 1, 'unboxing-video': 1 });
    expect(await evidenceCounts(db, OTHER_ORDER)).toEqual({});
    expect(await readEvidenceBlob(db, 'y')).toBeUndefined();
    expect(await readEvidenceBlob(db, kept.id)).toBeDefined();
  });

  it('refuses a file or thumbnail over the limits before writing anything', async () => {
    db = await openDisputeDb(NAME);
    const huge = { size: MAX_EVIDENCE_FILE_BYTES + 1, type: 'video/mp4' } as Blob;
    expect(await addEvidenceFile(db, metaFor('unboxing-video'), huge)).toEqual({ ok: false, error: 'too-big' });
    const bigThumb = new Blob([new Uint8Array(MAX_THUMB_BYTES + 1)]);
    expect(await addEvidenceFile(db, metaFor('defect-photos'), photo(), bigThumb)).toEqual({
      ok: false,
      error: 'too-big',
    });
    expect(await storedCounts()).toEqual({ files: 0, blobs: 0 });
  });

  it('refuses metadata that does not validate (a caller bug) by throwing', async () => {
    db = await openDisputeDb(NAME);
    await expect(addEvidenceFile(db, metaFor('Not Kebab'), photo())).rejects.toThrow();
    await expect(addEvidenceFile(db, { ...metaFor('defect-photos'), orderId: '../x' }, photo())).rejects.toThrow();
    expect(await storedCounts()).toEqual({ files: 0, blobs: 0 });
  });
});

describe('a write that cannot complete leaves nothing half-written', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a quota error on the bytes leaves no metadata behind', async () => {
    db = await openDisputeDb(NAME);
    const before = await add('defect-photos');
    const original = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'evidenceBlobs') throw quotaError();
      return original.call(this, value, key);
    });
    expect(await addEvidenceFile(db, metaFor('unboxing-video'), photo())).toEqual({ ok: false, error: 'quota' });
    vi.restoreAllMocks();
    expect(await listEvidenceFiles(db, ORDER)).toEqual([before]);
    expect(await storedCounts()).toEqual({ files: 1, blobs: 1 });
  });

  it('an abort after both requests went out rolls both back; near a full disk it reads as quota', async () => {
    db = await openDisputeDb(NAME);
    const original = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      const request = original.call(this, value, key);
      // Chrome near its quota aborts the transaction without naming the quota.
      if (this.name === 'evidenceBlobs') request.addEventListener('success', () => this.transaction.abort());
      return request;
    });
    expect(await addEvidenceFile(db, metaFor('defect-photos'), photo())).toEqual({ ok: false, error: 'broken-db' });
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 950, quota: 1000 }) } });
    expect(await addEvidenceFile(db, metaFor('defect-photos'), photo())).toEqual({ ok: false, error: 'quota' });
    vi.restoreAllMocks();
    expect(await storedCounts()).toEqual({ files: 0, blobs: 0 });
  });

  it('refuses a file that the storage estimate says cannot fit, before trying', async () => {
    db = await openDisputeDb(NAME);
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 995, quota: 1000 }) } });
    expect(await addEvidenceFile(db, metaFor('defect-photos'), photo('ten bytes!'))).toEqual({
      ok: false,
      error: 'quota',
    });
    expect(await storedCounts()).toEqual({ files: 0, blobs: 0 });
  });

  it('a closed connection reads as a broken database, for every write', async () => {
    db = await openDisputeDb(NAME);
    const meta = await add('defect-photos');
    db.close();
    const broken = { ok: false, error: 'broken-db' };
    expect(await addEvidenceFile(db, metaFor('defect-photos'), photo())).toEqual(broken);
    expect(await renameEvidenceFile(db, meta.id, 'new.jpg')).toEqual(broken);
    expect(await deleteEvidenceFile(db, meta.id)).toEqual(broken);
    expect(await deleteOrderEvidence(db, ORDER)).toEqual(broken);
    expect(await writeEvidenceState(db, ORDER, { problem: 'damaged' })).toEqual(broken);
  });
});

describe('renaming and moving', () => {
  it('renames with the same sanitising as a new file, and moves to another item', async () => {
    db = await openDisputeDb(NAME);
    const meta = await add('defect-photos');
    const renamed = await renameEvidenceFile(db, meta.id, '  box\u202Egpj.exe  ');
    expect(renamed).toEqual({ ok: true, meta: { ...meta, name: 'boxgpj.exe' } });
    const moved = await moveEvidenceFile(db, meta.id, 'package-photos');
    expect(moved.ok && moved.meta.itemId).toBe('package-photos');
    expect(await evidenceCounts(db, ORDER)).toEqual({ 'package-photos': 1 });
    expect(await readEvidenceBlob(db, meta.id)).toBeDefined();
  });

  it('answers not-found for a file that is gone, and throws on an item id that is not one', async () => {
    db = await openDisputeDb(NAME);
    expect(await renameEvidenceFile(db, 'gone', 'a.jpg')).toEqual({ ok: false, error: 'not-found' });
    expect(await moveEvidenceFile(db, 'gone', 'defect-photos')).toEqual({ ok: false, error: 'not-found' });
    const meta = await add('defect-photos');
    await expect(moveEvidenceFile(db, meta.id, '<b>')).rejects.toThrow();
    expect((await listEvidenceFiles(db, ORDER))[0]?.itemId).toBe('defect-photos');
  });
});

describe('deleting', () => {
  it('deletes one file with its bytes', async () => {
    db = await openDisputeDb(NAME);
    const gone = await add('defect-photos');
    const kept = await add('defect-photos');
    expect(await deleteEvidenceFile(db, gone.id)).toEqual({ ok: true });
    expect(await readEvidenceBlob(db, gone.id)).toBeUndefined();
    expect(await listEvidenceFiles(db, ORDER)).toEqual([kept]);
    expect(await deleteEvidenceFile(db, gone.id)).toEqual({ ok: false, error: 'not-found' });
  });

  it('deleting an item deletes its files and bytes, and nothing of other items or orders', async () => {
    db = await openDisputeDb(NAME);
    await add('defect-photos');
    await add('defect-photos');
    const otherItem = await add('unboxing-video');
    const otherOrder = await add('defect-photos', { orderId: OTHER_ORDER });
    expect(await deleteItemEvidence(db, ORDER, 'defect-photos')).toEqual({ ok: true, deleted: 2 });
    expect(await listEvidenceFiles(db, ORDER)).toEqual([otherItem]);
    expect(await listEvidenceFiles(db, OTHER_ORDER)).toEqual([otherOrder]);
    expect(await storedCounts()).toEqual({ files: 2, blobs: 2 });
  });

  it("deleting an order's evidence deletes every file, corrupt rows too, and its checklist state", async () => {
    db = await openDisputeDb(NAME);
    await add('defect-photos');
    await add('unboxing-video');
    await db.put('evidenceFiles', { id: 'corrupt', orderId: ORDER } as never);
    await db.put('evidenceBlobs', { id: 'corrupt', file: photo() });
    await writeEvidenceState(db, ORDER, { problem: 'damaged', ticked: ['tracking-number'] });
    await writeEvidenceState(db, OTHER_ORDER, { problem: 'not_received' });
    const otherOrder = await add('defect-photos', { orderId: OTHER_ORDER });
    expect(await deleteOrderEvidence(db, ORDER)).toEqual({ ok: true, deleted: 3 });
    expect(await storedCounts()).toEqual({ files: 1, blobs: 1 });
    expect(await readEvidenceState(db, ORDER)).toBeUndefined();
    expect((await readEvidenceState(db, OTHER_ORDER))?.problem).toBe('not_received');
    expect(await listEvidenceFiles(db, OTHER_ORDER)).toEqual([otherOrder]);
  });

  it('deleting all data deletes every file, every byte and every checklist', async () => {
    db = await openDisputeDb(NAME);
    await add('defect-photos');
    await add('defect-photos', { orderId: OTHER_ORDER });
    await writeEvidenceState(db, ORDER, { problem: 'damaged' });
    await deleteAllData(db, 9000);
    expect(await storedCounts()).toEqual({ files: 0, blobs: 0 });
    expect(await db.count('evidenceState')).toBe(0);
  });
});

describe('checklist state', () => {
  it('starts empty, keeps the problem when only ticks change, and forgets the problem on null', async () => {
    db = await openDisputeDb(NAME);
    expect(await readEvidenceState(db, ORDER)).toBeUndefined();
    await writeEvidenceState(db, ORDER, { problem: 'damaged' }, 1000);
    const ticked = await writeEvidenceState(db, ORDER, { ticked: ['tracking-number', 'tracking-number'] }, 2000);
    expect(ticked).toEqual({
      ok: true,
      state: { orderId: ORDER, problem: 'damaged', ticked: ['tracking-number'], updatedAt: 2000 },
    });
    await writeEvidenceState(db, ORDER, { problem: null }, 3000);
    expect(await readEvidenceState(db, ORDER)).toEqual({
      orderId: ORDER,
      ticked: ['tracking-number'],
      updatedAt: 3000,
    });
  });

  it('throws on ids or problems that are not ones, writing nothing; reads a corrupt row as none', async () => {
    db = await openDisputeDb(NAME);
    await expect(writeEvidenceState(db, ORDER, { ticked: ['<script>'] })).rejects.toThrow();
    await expect(writeEvidenceState(db, ORDER, { problem: 'bored' as never })).rejects.toThrow();
    await expect(writeEvidenceState(db, 'not-an-order', { ticked: [] })).rejects.toThrow();
    expect(await db.count('evidenceState')).toBe(0);
    await db.put('evidenceState', { orderId: ORDER, ticked: 'all' } as never);
    expect(await readEvidenceState(db, ORDER)).toBeUndefined();
  });

  it('a checklist update is one short transaction (P16: ≤ 20 ms p90)', async () => {
    db = await openDisputeDb(NAME);
    const times: number[] = [];
    for (let n = 0; n < 60; n++) {
      const start = performance.now();
      await writeEvidenceState(db, ORDER, { ticked: n % 2 ? ['tracking-number'] : [] });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.9)]).toBeLessThan(20);
  });
});

describe('file names', () => {
  it('drops control and bidi characters and path separators, and collapses spaces', () => {
    expect(sanitiseEvidenceName('  my\tphoto\u0000\u202E.jpg ')).toBe('my photo.jpg');
    expect(sanitiseEvidenceName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(sanitiseEvidenceName('\u2066\u0007')).toBe('file');
  });

  it('caps long names at the limit, keeping the extension', () => {
    const long = sanitiseEvidenceName(`${'я'.repeat(500)}.jpeg`);
    expect([...long]).toHaveLength(MAX_EVIDENCE_NAME);
    expect(long.endsWith('я.jpeg')).toBe(true);
    expect(sanitiseEvidenceName('😀'.repeat(300))).toBe('😀'.repeat(MAX_EVIDENCE_NAME));
  });
});

describe('storage space', () => {
  it('says nothing where the browser has no estimate, and asks for persistence at most once', async () => {
    db = await openDisputeDb(NAME);
    vi.stubGlobal('navigator', {});
    expect(await storageUse()).toBeUndefined();
    expect(await askPersistentStorage()).toBe(false);

    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ usage: 10, quota: 100 }), persisted: async () => false, persist },
    });
    expect(await storageUse()).toEqual({ used: 10, quota: 100 });
    expect(await askPersistentStorage()).toBe(true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await askPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);

    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.reject(new Error('no')), persist: () => Promise.reject(new Error('no')) },
    });
    expect(await storageUse()).toBeUndefined();
    expect(await askPersistentStorage()).toBe(false);
  });
});
