import { CaseEvent } from '../db/case-event';
import { DisputeWatch, OrderReadings, SentReminder } from '../db/case-records';
import { EvidenceFileMeta, EvidenceState } from '../db/evidence-records';
import { DisputeFacts, OrderFacts } from '../model/facts';
import { DisputeRecord, OrderRecord } from '../model/page-records';
import type { z } from '../model/zod';
import { LOCAL_SETTINGS, ROW_STORES, type BackupContent, type BackupResult, type RowStore } from './format';

/** Each store's row schema at the current version: the same the database's readers use. */
const ROW_SCHEMAS: Record<RowStore, z.ZodMiniType> = {
  orders: OrderRecord,
  disputes: DisputeRecord,
  orderFacts: OrderFacts,
  disputeFacts: DisputeFacts,
  readings: OrderReadings,
  sentReminders: SentReminder,
  watches: DisputeWatch,
  caseEvents: CaseEvent,
  evidenceFiles: EvidenceFileMeta,
  evidenceState: EvidenceState,
};

/** A backup's content at the current version with every row checked; timeline lines carry no database number. */
export interface ValidContent {
  stores: Record<RowStore, unknown[]>;
  settings: Array<{ key: string; value: unknown }>;
  blobs: BackupContent['blobs'];
}

/**
 * Checks every row against its store's schema at the current version: one bad row refuses the whole backup, so a
 * restore never brings back half a case. Every file listed has its bytes, of the size its listing says, and no bytes
 * come without a listing. Settings that belong to this browser alone are left out.
 */
export function validateContent(content: BackupContent): BackupResult<ValidContent> {
  const stores = {} as Record<RowStore, unknown[]>;
  for (const store of ROW_STORES) {
    const rows = content.stores[store] ?? [];
    const valid: unknown[] = [];
    for (const row of rows) {
      const parsed = ROW_SCHEMAS[store].safeParse(row);
      if (!parsed.success) return { ok: false, problem: 'damaged', detail: store };
      valid.push(parsed.data);
    }
    stores[store] = store === 'caseEvents' ? valid.map(withoutSeq) : valid;
  }
  const sizes = new Map((stores.evidenceFiles as EvidenceFileMeta[]).map((meta) => [meta.id, meta.size]));
  const blobs = new Map(content.blobs.map((blob) => [blob.id, blob]));
  if (blobs.size !== sizes.size) return { ok: false, problem: 'damaged', detail: 'evidenceBlobs' };
  for (const [id, size] of sizes)
    if (blobs.get(id)?.file.size !== size) return { ok: false, problem: 'damaged', detail: `evidenceBlobs ${id}` };
  const settings = content.settings.filter(({ key }) => !LOCAL_SETTINGS.has(key));
  return { ok: true, value: { stores, settings, blobs: content.blobs } };
}

function withoutSeq(event: unknown): unknown {
  const { seq: _seq, ...rest } = event as CaseEvent;
  return rest;
}
