import type { DBSchema, IDBPDatabase } from 'idb';
import type { CaseEvent } from './case-event';
import type { DisputeWatch, OrderReadings, SentReminder } from './case-records';
import type { EvidenceBlobRecord, EvidenceFileMeta, EvidenceState } from './evidence-records';
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

/** Schema v3 adds deadline readings, reminders shown, seller-reply watches and each case's timeline. */
export interface DisputeHelperDbV3 extends DisputeHelperDbV2 {
  readings: { key: string; value: OrderReadings };
  sentReminders: { key: string; value: SentReminder; indexes: { orderId: string } };
  watches: { key: string; value: DisputeWatch; indexes: { orderId: string } };
  caseEvents: { key: number; value: CaseEvent; indexes: { orderId: string; at: number } };
}

/**
 * Schema v4 adds the buyer's evidence: each file's metadata (listed without loading any bytes), the bytes and
 * thumbnail under the same id, and each order's checklist state.
 */
export interface DisputeHelperDbV4 extends DisputeHelperDbV3 {
  evidenceFiles: { key: string; value: EvidenceFileMeta; indexes: { orderId: string } };
  evidenceBlobs: { key: string; value: EvidenceBlobRecord };
  evidenceState: { key: string; value: EvidenceState };
}

export type DisputeHelperDb = DisputeHelperDbV4;
export type Db = IDBPDatabase<DisputeHelperDb>;
