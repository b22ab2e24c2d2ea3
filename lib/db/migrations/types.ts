import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DisputeHelperDb } from '../schema';

/**
 * One step of the ladder: turns a version N database into version N+1 inside the upgrade transaction. Steps read
 * old rows as `unknown` and check them by hand: they must keep working on data no current schema describes.
 */
export type Migration = (
  db: IDBPDatabase<DisputeHelperDb>,
  tx: IDBPTransaction<DisputeHelperDb, StoreNames<DisputeHelperDb>[], 'versionchange'>,
) => void;
