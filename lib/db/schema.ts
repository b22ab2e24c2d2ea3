import type { DBSchema, IDBPDatabase } from 'idb';
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
