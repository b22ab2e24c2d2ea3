import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { DisputeFacts, OrderFacts } from '../model/facts';
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

/** Schema v2 adds what the pages showed about each order and dispute, merged across visits. */
export interface DisputeHelperDbV2 extends DisputeHelperDbV1 {
  orderFacts: { key: string; value: OrderFacts; indexes: { updatedAt: number } };
  disputeFacts: { key: string; value: DisputeFacts; indexes: { updatedAt: number; orderId: string } };
}

export type DisputeHelperDb = DisputeHelperDbV2;
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
  function addFactsStores(db, tx) {
    db.createObjectStore('orderFacts', { keyPath: 'orderId' }).createIndex('updatedAt', 'updatedAt');
    const disputeFacts = db.createObjectStore('disputeFacts', { keyPath: 'disputeId' });
    disputeFacts.createIndex('updatedAt', 'updatedAt');
    disputeFacts.createIndex('orderId', 'orderId');
    // v1 knew which order a dispute belongs to from the dispute page's address; carry that link over as a fact.
    void linkV1DisputesToOrders(tx);
  },
];

async function linkV1DisputesToOrders(tx: UpgradeTransaction): Promise<void> {
  const facts = tx.objectStore('disputeFacts');
  for (let cursor = await tx.objectStore('disputes').openCursor(); cursor; cursor = await cursor.continue()) {
    const { id, orderId, site, lastSeen } = cursor.value as Partial<DisputeRecord>;
    if (!isDigits(id) || !isDigits(orderId) || typeof lastSeen !== 'number') continue;
    const origin = { source: 'page-url' as const, at: lastSeen };
    await facts.put({
      disputeId: id,
      orderId,
      ...(site && { site }),
      facts: { disputeId: id, orderId, source: 'page-url' },
      origins: { orderId: origin },
      updatedAt: lastSeen,
    });
  }
}

const isDigits = (value: unknown): value is string => typeof value === 'string' && /^\d{6,24}$/.test(value);

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
