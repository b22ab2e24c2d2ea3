import { DB_VERSION } from '../db/open-db';
import type { Db } from '../db/schema';
import type { BackupSnapshot, PackedBlob } from './encode';
import { LOCAL_SETTINGS, ROW_STORES, type BackupContent } from './format';

/**
 * Everything the database holds, read in one transaction so the backup is one moment's state; the evidence bytes are
 * read out of their blobs after it (a blob stays readable once its transaction is over).
 */
export async function readBackupSnapshot(db: Db, now: number): Promise<BackupSnapshot> {
  const tx = db.transaction([...ROW_STORES, 'settings', 'evidenceBlobs']);
  const stores: BackupContent['stores'] = {};
  for (const store of ROW_STORES) stores[store] = await tx.objectStore(store).getAll();
  const keys = await tx.objectStore('settings').getAllKeys();
  const values = await tx.objectStore('settings').getAll();
  const blobs = await tx.objectStore('evidenceBlobs').getAll();
  await tx.done;
  const settings = keys.map((key, at) => ({ key, value: values[at] })).filter(({ key }) => !LOCAL_SETTINGS.has(key));
  const packed: PackedBlob[] = [];
  for (const { id, file, thumb } of blobs)
    packed.push({
      id,
      type: file.type,
      bytes: await bytesOf(file),
      ...(thumb && { thumb: { type: thumb.type, bytes: await bytesOf(thumb) } }),
    });
  return { schemaVersion: DB_VERSION, exportedAt: now, stores, settings, blobs: packed };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
