import { deleteDB } from 'idb';
import { DB_VERSION, openDisputeDb } from '../db/open-db';
import type { Db } from '../db/schema';
import { ROW_STORES, type BackupContent, type BackupResult, type RowStore } from './format';

/**
 * Brings an older backup to the current version through the database's own migration ladder: its rows go into a
 * scratch database of the backup's version, which is then opened at the current version (every step from there up
 * runs on them, as it would on a buyer's database), and read back. The scratch database is deleted either way.
 */
export async function migrateContent(
  content: BackupContent,
  toVersion = DB_VERSION,
  scratchName = `dispute-helper-restore-${crypto.randomUUID()}`,
): Promise<BackupResult<BackupContent>> {
  if (content.schemaVersion === toVersion) return { ok: true, value: content };
  try {
    const written = await using(await openDisputeDb(scratchName, content.schemaVersion), (old) =>
      writeRaw(old, content),
    );
    if (!written) return { ok: false, problem: 'damaged', detail: `version ${content.schemaVersion}` };
    const migrated = await using(await openDisputeDb(scratchName, toVersion), readRaw);
    return { ok: true, value: { ...migrated, schemaVersion: toVersion, exportedAt: content.exportedAt } };
  } catch {
    return { ok: false, problem: 'damaged', detail: `version ${content.schemaVersion}` };
  } finally {
    await deleteDB(scratchName).catch(() => undefined);
  }
}

/** Runs `use` and closes the connection whatever happens: an open one would keep the scratch database from going. */
async function using<T>(db: Db, use: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/** The rows as they were, into a database of their version; false when they name a store it does not have. */
async function writeRaw(db: Db, content: BackupContent): Promise<boolean> {
  const names = new Set<string>(db.objectStoreNames);
  const stores = Object.keys(content.stores) as RowStore[];
  if (stores.some((store) => !names.has(store))) return false;
  if (content.blobs.length && !names.has('evidenceBlobs')) return false;
  const tx = db.transaction([...names] as Array<RowStore | 'settings' | 'evidenceBlobs'>, 'readwrite');
  const writes: Array<Promise<unknown>> = [];
  for (const store of stores)
    for (const row of content.stores[store] ?? []) writes.push(tx.objectStore(store).put(row as never));
  for (const { key, value } of content.settings) writes.push(tx.objectStore('settings').put(value, key));
  for (const blob of content.blobs) writes.push(tx.objectStore('evidenceBlobs').put(blob));
  await Promise.all([...writes, tx.done]);
  return true;
}

async function readRaw(db: Db): Promise<Omit<BackupContent, 'schemaVersion' | 'exportedAt'>> {
  const tx = db.transaction([...ROW_STORES, 'settings', 'evidenceBlobs']);
  const stores: BackupContent['stores'] = {};
  for (const store of ROW_STORES) stores[store] = await tx.objectStore(store).getAll();
  const settingsStore = tx.objectStore('settings');
  const keys = await settingsStore.getAllKeys();
  const values = await settingsStore.getAll();
  const blobs = await tx.objectStore('evidenceBlobs').getAll();
  await tx.done;
  return { stores, settings: keys.map((key, at) => ({ key, value: values[at] })), blobs };
}
