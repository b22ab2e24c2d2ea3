import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { DisputeRecord, OrderRecord } from '../model/page-records';

export const DB_NAME = 'dispute-helper';

/** A value that failed validation on read, kept aside instead of being thrown away. */
export interface QuarantinedValue {
  store: string;
  key: string;
  value: unknown;
  reason: string;
  at: number;
}

/** Schema v1: the orders and disputes the buyer has opened, small settings, and quarantined records. */
export interface DisputeHelperDbV1 extends DBSchema {
  orders: { key: string; value: OrderRecord; indexes: { lastSeen: number } };
  disputes: { key: string; value: DisputeRecord; indexes: { lastSeen: number; orderId: string } };
  settings: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedValue };
}

export type DisputeHelperDb = DisputeHelperDbV1;
export type Db = IDBPDatabase<DisputeHelperDb>;
type UpgradeTransaction = IDBPTransaction<DisputeHelperDb, StoreNames<DisputeHelperDb>[], 'versionchange'>;

/**
 * The migration ladder: step N turns a version N database into version N+1. Steps are never edited once
 * released; a new version appends a step (and a test that runs it on data written by the previous one).
 */
const MIGRATIONS: ReadonlyArray<(db: Db, tx: UpgradeTransaction) => void> = [
  function createOrdersDisputesSettings(db) {
    db.createObjectStore('orders', { keyPath: 'id' }).createIndex('lastSeen', 'lastSeen');
    const disputes = db.createObjectStore('disputes', { keyPath: 'id' });
    disputes.createIndex('lastSeen', 'lastSeen');
    disputes.createIndex('orderId', 'orderId');
    db.createObjectStore('settings');
    db.createObjectStore('quarantine', { autoIncrement: true });
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Opens the database, upgrading it step by step from whatever version it has. */
export function openDisputeDb(name = DB_NAME, version = DB_VERSION, hooks: { onClose?: () => void } = {}): Promise<Db> {
  return openDB<DisputeHelperDb>(name, version, {
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
}
