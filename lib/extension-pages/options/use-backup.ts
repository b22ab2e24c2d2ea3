import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BackupState, RestoreState } from '../../../components/options/BackupRestore';
import type { StorageEstimate } from '../../../components/options/StorageUsed';
import { backupFileName, encodeBackup } from '../../backup/encode';
import { MAX_BACKUP_BYTES } from '../../backup/format';
import { restoreBackup } from '../../backup/restore';
import { readBackupSnapshot } from '../../backup/snapshot';
import { storageUse } from '../../db/evidence';
import { openDisputeDb } from '../../db/open-db';
import type { Db } from '../../db/schema';
import { sendToWorker } from '../../messaging/client';

/**
 * Backup and restore, run here in the options page: an extension page reaches the extension's database directly, so
 * the evidence bytes never pass through messages. After a restore the worker plans reminders and watches again, and
 * `onRestored` lets the page read its counts and settings anew.
 */
export function useBackup(onRestored: () => void) {
  const [backup, setBackup] = useState<BackupState>({ state: 'idle' });
  const [restore, setRestore] = useState<RestoreState>({ state: 'idle' });
  const [estimate, setEstimate] = useState<StorageEstimate>();

  const measure = useCallback(() => {
    void storageUse().then((use) => setEstimate(use ?? null));
  }, []);
  useEffect(measure, [measure]);

  const download = useCallback(async () => {
    setBackup({ state: 'preparing' });
    try {
      const bytes = encodeBackup(await withDb((db) => readBackupSnapshot(db, Date.now())));
      const name = backupFileName(new Date());
      saveFile(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
      setBackup({ state: 'ready', name, tooBig: bytes.length > MAX_BACKUP_BYTES });
    } catch (error) {
      console.debug('[dispute-helper] backup', error);
      setBackup({ state: 'failed' });
    }
  }, []);

  const restoreFile = useCallback(
    async (file: File) => {
      setRestore({ state: 'restoring' });
      try {
        const result = await withDb((db) => restoreBackup(file, db));
        if (!result.ok) return setRestore({ state: 'failed', problem: result.problem });
        await sendToWorker({ type: 'backup-restored' });
        setRestore({ state: 'restored' });
        onRestored();
        measure();
      } catch (error) {
        console.debug('[dispute-helper] restore', error);
        setRestore({ state: 'failed', problem: 'write-failed' });
      }
    },
    [onRestored, measure],
  );

  return { backup, restore, estimate, measure, download, restoreFile };
}

async function withDb<T>(use: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDisputeDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/** Hands the file to the browser's downloads through an object URL and a download link. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL by the next turn; a large file is still being read, so wait a little.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
