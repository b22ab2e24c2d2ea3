import type { Db } from '../../db/schema';
import { SyncState, newDeviceId, syncStateOf } from '../../sync/sync-state';

/** Where sync keeps its own state in the settings store. */
export const SYNC_STATE_KEY = 'sync';

export async function readSyncState(db: Db): Promise<SyncState> {
  return syncStateOf(await db.get('settings', SYNC_STATE_KEY), newDeviceId);
}

export async function writeSyncState(db: Db, state: SyncState): Promise<void> {
  await db.put('settings', SyncState.parse(state), SYNC_STATE_KEY);
}
