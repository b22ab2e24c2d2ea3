import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../lib/backup/decode';
import { encodeBackup, type BackupSnapshot } from '../../../lib/backup/encode';
import { BACKUP_FORMAT, LOCAL_SETTINGS, MAX_BACKUP_BYTES } from '../../../lib/backup/format';
import { restoreBackup } from '../../../lib/backup/restore';
import { readBackupSnapshot } from '../../../lib/backup/snapshot';
import { appendCaseEvent } from '../../../lib/db/case-events';
import { addEvidenceFile, writeEvidenceState } from '../../../lib/db/evidence';
import { DB_VERSION, openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import { deleteAllData } from '../../../lib/db/stored-data';
import { V3_DISPUTE_ID, V3_EVENT, V3_ORDER, V3_ORDER_ID, V3_READINGS, V3_WATCH } from '../support/v3-rows';

const NAME = 'backup-test';
const ORDER = V3_ORDER_ID;
const DISPUTE = V3_DISPUTE_ID;
// The case's rows are the same today as in v3: the v3 backup below and the current database share them.
const ORDER_ROW = V3_ORDER;
const READINGS = V3_READINGS;
const WATCH = V3_WATCH;
const EVENT = V3_EVENT;
const PHOTO_TEXT = 'photo bytes \u0000\u00ff of a cracked plug';

let db: Db;
beforeEach(async () => {
  db = await openDisputeDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

/** A database with one case: its order, readings, watch, timeline line, settings, a photo and checklist state. */
async function fillCase(): Promise<string> {
  await db.put('orders', ORDER_ROW as never);
  await db.put('readings', READINGS as never);
  await db.put('watches', WATCH as never);
  await appendCaseEvent(db, EVENT as never);
  await db.put('settings', { leadMinutes: [1440], extensionDays: 3 }, 'reminders');
  await db.put('settings', 12345, 'deletedAt');
  const added = await addEvidenceFile(
    db,
    { orderId: ORDER, itemId: 'damage-photos', name: 'plug.png', mime: 'image/png', kind: 'image', size: 0 },
    new Blob([PHOTO_TEXT], { type: 'image/png' }),
    new Blob(['thumb'], { type: 'image/webp' }),
    6000,
  );
  if (!added.ok) throw new Error(added.error);
  await writeEvidenceState(db, ORDER, { problem: 'damaged', ticked: ['damage-photos'] }, 6000);
  return added.meta.id;
}

/** Everything the database holds, bytes as text, timeline numbers aside, to compare before and after. */
async function dump(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const store of db.objectStoreNames) {
    const rows: unknown[] = await db.getAll(store);
    out[store] =
      store === 'evidenceBlobs'
        ? await Promise.all(
            (rows as Array<{ id: string; file: Blob; thumb?: Blob }>).map(async ({ id, file, thumb }) => ({
              id,
              file: [file.type, await file.text()],
              thumb: thumb && [thumb.type, await thumb.text()],
            })),
          )
        : store === 'caseEvents'
          ? rows.map((row) => ({ ...(row as object), seq: undefined }))
          : rows;
  }
  // This browser's own settings (when its data was last deleted, its cases stamp) are compared on their own.
  const keys = await db.getAllKeys('settings');
  out.settings = (out.settings as unknown[]).filter((_value, at) => !LOCAL_SETTINGS.has(keys[at]!));
  out.settingKeys = keys.filter((key) => !LOCAL_SETTINGS.has(key));
  return out;
}

const asFile = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
const zipOf = (document: unknown, extra: Record<string, Uint8Array> = {}) =>
  zipSync({ 'backup.json': strToU8(typeof document === 'string' ? document : JSON.stringify(document)), ...extra });

async function backupBytes(): Promise<Uint8Array> {
  return encodeBackup(await readBackupSnapshot(db, 9000));
}

describe('backup and restore', () => {
  it('round trip: a backup restored into an emptied database brings back every record and the file bytes', async () => {
    const fileId = await fillCase();
    const before = await dump();
    const bytes = await backupBytes();
    expect(unzipSync(bytes)[`files/${fileId}`]).toEqual(strToU8(PHOTO_TEXT));

    await deleteAllData(db, 10_000);
    expect(await db.count('orders')).toBe(0);
    const restored = await restoreBackup(asFile(bytes), db);
    expect(restored).toEqual({ ok: true, value: { orders: 1, disputes: 0, files: 1, newEvents: 1 } });
    // Everything is back, except when this browser's data was deleted, which stays this browser's own.
    expect(await dump()).toEqual(before);
    expect(await db.get('settings', 'deletedAt')).toBe(10_000);
  });

  it('restoring the same backup twice adds nothing the first did not', async () => {
    await fillCase();
    const bytes = await backupBytes();
    await deleteAllData(db, 10_000);
    expect((await restoreBackup(asFile(bytes), db)).ok).toBe(true);
    const once = await dump();
    const again = await restoreBackup(asFile(bytes), db);
    expect(again).toEqual({ ok: true, value: { orders: 1, disputes: 0, files: 1, newEvents: 0 } });
    expect(await dump()).toEqual(once);
    expect(await db.count('caseEvents')).toBe(1);
  });

  it('restoring into a database that kept its data merges: nothing is doubled, newer lines stay', async () => {
    await fillCase();
    const bytes = await backupBytes();
    await appendCaseEvent(db, { ...EVENT, at: 9500 } as never);
    expect((await restoreBackup(asFile(bytes), db)).ok).toBe(true);
    expect(await db.count('caseEvents')).toBe(2);
    expect(await db.count('evidenceFiles')).toBe(1);
  });

  it('the header says what the file is and which version wrote it', async () => {
    await fillCase();
    const json = JSON.parse(new TextDecoder().decode(unzipSync(await backupBytes())['backup.json'])) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: DB_VERSION, exportedAt: 9000 });
    expect(Object.keys(json.stores as object).sort()).toContain('evidenceFiles');
    expect(json.stores).not.toHaveProperty('quarantine');
  });
});

describe('a file that is not a good backup changes nothing and says why', () => {
  const document = (overrides: Record<string, unknown> = {}) => ({
    format: BACKUP_FORMAT,
    schemaVersion: DB_VERSION,
    exportedAt: 1,
    stores: { orders: [ORDER_ROW] },
    settings: [],
    blobs: [],
    ...overrides,
  });
  const cases: Array<[string, () => Blob | { size: number; arrayBuffer(): Promise<ArrayBuffer> }, string]> = [
    ['not a ZIP (a JSON text)', () => asFile(strToU8(JSON.stringify(document()))), 'not-backup'],
    ['an empty file', () => asFile(new Uint8Array()), 'not-backup'],
    ['a ZIP of something else', () => asFile(zipSync({ 'photo.jpg': strToU8('x') })), 'not-backup'],
    ['backup.json that is not JSON', () => asFile(zipOf('{"format": "dispute-helper-backup", ')), 'damaged'],
    ['a foreign format', () => asFile(zipOf(document({ format: 'other-app-backup' }))), 'not-backup'],
    ['a newer version', () => asFile(zipOf(document({ schemaVersion: DB_VERSION + 1 }))), 'newer'],
    ['a corrupt record', () => asFile(zipOf(document({ stores: { orders: [{ ...ORDER_ROW, id: 'x' }] } }))), 'damaged'],
    ['an unknown store', () => asFile(zipOf(document({ stores: { passwords: [] } }))), 'damaged'],
    [
      'a listed file without its bytes',
      () => asFile(zipOf(document({ blobs: [{ id: '0b6f3c52-3a4e-4c8e-9f51-2f1d9c7a5e10', type: 'image/png' }] }))),
      'damaged',
    ],
    ['a cut-off ZIP', () => asFile(zipOf(document()).slice(0, 40)), 'damaged'],
    [
      'a file above the cap (never read)',
      () => ({
        size: MAX_BACKUP_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error('read a file above the cap')),
      }),
      'too-big',
    ],
  ];

  it.each(cases)('%s', async (_name, file, problem) => {
    await fillCase();
    const before = await dump();
    const result = await restoreBackup(file(), db);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe(problem);
    expect(await dump()).toEqual(before);
  });

  it('a record bad in any store refuses the whole file, the good ones included', async () => {
    const bad = document({ stores: { orders: [ORDER_ROW], watches: [{ ...WATCH, state: { phase: 'flying' } }] } });
    expect(await restoreBackup(asFile(zipOf(bad)), db)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await db.count('orders')).toBe(0);
  });

  it('decoding refuses entries that are not ours', () => {
    const bytes = zipOf(document(), { 'files/../../evil': strToU8('x') });
    expect(decodeBackup(bytes, DB_VERSION)).toMatchObject({ ok: false, problem: 'damaged' });
  });
});

describe('an older version’s backup goes up the migration ladder', () => {
  /** A backup as the v3 extension would have written it: literal v3 rows, no evidence stores. */
  const v3Backup = (): BackupSnapshot => ({
    schemaVersion: 3,
    exportedAt: 1,
    stores: { orders: [ORDER_ROW], readings: [READINGS], watches: [WATCH], caseEvents: [EVENT] },
    settings: [{ key: 'panel', value: { collapsed: true } }],
    blobs: [],
  });

  it('v3 → v4: every v3 record is restored into the current database', async () => {
    const result = await restoreBackup(asFile(encodeBackup(v3Backup())), db);
    expect(result).toEqual({ ok: true, value: { orders: 1, disputes: 0, files: 0, newEvents: 1 } });
    expect(await db.get('orders', ORDER)).toEqual(ORDER_ROW);
    expect(await db.get('readings', ORDER)).toEqual(READINGS);
    expect(await db.get('watches', DISPUTE)).toEqual(WATCH);
    expect(await db.getAll('caseEvents')).toEqual([{ ...EVENT, seq: expect.any(Number) }]);
    expect(await db.get('settings', 'panel')).toEqual({ collapsed: true });
    // Restoring it again adds nothing.
    await restoreBackup(asFile(encodeBackup(v3Backup())), db);
    expect(await db.count('caseEvents')).toBe(1);
  });

  it('v1 → v4: the v2 step runs on the backup’s rows (a v1 dispute gives its order link as a fact)', async () => {
    const dispute = { ...ORDER_ROW, id: DISPUTE, kind: 'dispute-detail', orderId: ORDER };
    const v1 = { ...v3Backup(), schemaVersion: 1, stores: { disputes: [dispute] }, settings: [] };
    expect(await restoreBackup(asFile(encodeBackup(v1)), db)).toMatchObject({ ok: true });
    expect(await db.get('disputeFacts', DISPUTE)).toMatchObject({ disputeId: DISPUTE, orderId: ORDER });
  });

  it('a v3 row the v3 database cannot take is refused, and no scratch database is left behind', async () => {
    const bad = { ...v3Backup(), stores: { orders: [{ site: 'global' }] } };
    expect(await restoreBackup(asFile(encodeBackup(bad)), db)).toMatchObject({ ok: false, problem: 'damaged' });
    expect((await indexedDB.databases()).map((known) => known.name)).toEqual([NAME]);
    expect(await db.count('orders')).toBe(0);
  });

  it('a v3 backup naming a store v3 did not have is refused', async () => {
    const bad = { ...v3Backup(), stores: { evidenceState: [] } };
    expect(await restoreBackup(asFile(encodeBackup(bad)), db)).toMatchObject({ ok: false, problem: 'damaged' });
  });
});
