import { DB_VERSION } from '../db/open-db';
import type { Db } from '../db/schema';
import { decodeBackup } from './decode';
import { MAX_BACKUP_BYTES, type BackupResult } from './format';
import { migrateContent } from './migrate';
import { validateContent } from './validate';
import { writeBackup, type RestoreSummary } from './write';

/** The file the buyer picked, as much of it as a restore needs (a File, or a Blob in tests). */
export interface PickedFile {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Restores a backup file: its size is checked before it is read, then it is unpacked and checked, brought to the
 * current version through the migration ladder, every record checked, and written in one transaction. Any problem
 * on the way changes nothing in the database.
 */
export async function restoreBackup(file: PickedFile, db: Db): Promise<BackupResult<RestoreSummary>> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-big' };
  if (file.size === 0) return { ok: false, problem: 'not-backup' };
  const decoded = decodeBackup(new Uint8Array(await file.arrayBuffer()), DB_VERSION);
  if (!decoded.ok) return decoded;
  const migrated = await migrateContent(decoded.value);
  if (!migrated.ok) return migrated;
  const valid = validateContent(migrated.value);
  if (!valid.ok) return valid;
  return writeBackup(db, valid.value);
}
