import { openDB } from 'idb';
import { renewCasesStampOnWrites } from './cases-stamp';
import { MIGRATIONS } from './migrations';
import { DB_NAME, type Db, type DisputeHelperDb } from './schema';

export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens the database, upgrading it step by step from whatever version it has. Every connection renews the cases
 * stamp on writes to the cases, and then calls `onCasesWritten` (see cases-stamp.ts).
 */
export async function openDisputeDb(
  name = DB_NAME,
  version = DB_VERSION,
  hooks: { onClose?: () => void; onCasesWritten?: () => void } = {},
): Promise<Db> {
  const db = await openDB<DisputeHelperDb>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) MIGRATIONS[step]!(db, tx);
    },
    // A newer worker or page wants to upgrade: let it, and open again on next use.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      hooks.onClose?.();
    },
    terminated() {
      hooks.onClose?.();
    },
  });
  return renewCasesStampOnWrites(db, hooks.onCasesWritten);
}
