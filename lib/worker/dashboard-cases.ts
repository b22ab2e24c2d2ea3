import { asCasesStamp, CASE_STORES, CASES_STAMP_KEY } from '../db/cases-stamp';
import { OrderReadings, type StoredReading } from '../db/case-records';
import { EvidenceFileMeta, EvidenceState } from '../db/evidence-records';
import type { Db } from '../db/schema';
import type { StoredCase } from '../dashboard/rows';
import { orderEvidenceOf, problemOfOrder } from '../evidence/order-evidence';
import { DisputeFacts, OrderFacts } from '../model/facts';
import { DisputeRecord, OrderRecord } from '../model/page-records';
import { currentDispute } from '../deadlines/current-dispute';

/** The cases as read, and the cases stamp read in the same transaction: what they are current for. */
export interface DashboardCases {
  stamp: string | undefined;
  cases: StoredCase[];
}

/**
 * Every case of the buyer, for the popup's dashboard: the orders whose pages they opened and the orders of the
 * disputes they opened (as the reminders count them), each with its facts, deadline readings and evidence. One
 * read-only transaction and one request per store, whatever the number of orders: a thousand cases must not cost a
 * thousand round trips. Records that no longer validate are left out, never thrown.
 */
export async function readDashboardCases(db: Db): Promise<DashboardCases> {
  const tx = db.transaction([...CASE_STORES, 'settings']);
  const [orders, disputes, orderFacts, disputeFacts, readings, files, states, stamp] = await Promise.all([
    tx.objectStore('orders').getAll(),
    tx.objectStore('disputes').getAll(),
    tx.objectStore('orderFacts').getAll(),
    tx.objectStore('disputeFacts').getAll(),
    tx.objectStore('readings').getAll(),
    tx.objectStore('evidenceFiles').getAll(),
    tx.objectStore('evidenceState').getAll(),
    tx.objectStore('settings').get(CASES_STAMP_KEY),
  ]);
  await tx.done;

  const openedOrders = byKey(valid(orders, OrderRecord), (record) => record.id);
  const openedDisputes = byKey(valid(disputes, DisputeRecord), (record) => record.id);
  const disputesOfOrder = new Map<string, DisputeFacts[]>();
  const orderOfDispute = new Map<string, string>();
  for (const dispute of valid(disputeFacts, DisputeFacts)) {
    if (!dispute.orderId) continue;
    orderOfDispute.set(dispute.disputeId, dispute.orderId);
    const known = disputesOfOrder.get(dispute.orderId);
    if (known) known.push(dispute);
    else disputesOfOrder.set(dispute.orderId, [dispute]);
  }
  const caseIds = new Set(openedOrders.keys());
  // A dispute whose order is not known yet has no deadline to count down to (they are all per order).
  for (const record of openedDisputes.values()) {
    const orderId = record.orderId ?? orderOfDispute.get(record.id);
    if (orderId) caseIds.add(orderId);
  }
  // Only the cases' facts are validated: the order lists leave facts about many orders never opened.
  const rawFacts = new Map(orderFacts.map((raw) => [keyOf(raw, 'orderId'), raw]));
  const readingsOf = byKey(valid(readings, OrderReadings), (record) => record.orderId);
  const statesOf = byKey(valid(states, EvidenceState), (state) => state.orderId);
  const filesOf = new Map<string, Record<string, number>>();
  for (const file of valid(files, EvidenceFileMeta)) {
    const counts = filesOf.get(file.orderId) ?? (Object.create(null) as Record<string, number>);
    counts[file.itemId] = (counts[file.itemId] ?? 0) + 1;
    filesOf.set(file.orderId, counts);
  }

  const cases: StoredCase[] = [];
  for (const orderId of caseIds) {
    const parsedOrder = OrderFacts.safeParse(rawFacts.get(orderId));
    const order = parsedOrder.success ? parsedOrder.data : undefined;
    const disputesHere = disputesOfOrder.get(orderId) ?? [];
    const dispute = currentDispute(disputesHere);
    const orderRecord = openedOrders.get(orderId);
    const disputeRecord = dispute ? openedDisputes.get(dispute.disputeId) : undefined;
    const site = order?.site ?? dispute?.site ?? orderRecord?.site ?? disputeRecord?.site ?? 'global';
    const state = statesOf.get(orderId);
    const stored = { counts: filesOf.get(orderId) ?? {}, ticked: state?.ticked ?? [], pickedProblem: state?.problem };
    const caseReadings: StoredReading[] = readingsOf.get(orderId)?.readings ?? [];
    cases.push({
      orderId,
      site,
      ...(order && { order }),
      ...(dispute && { dispute }),
      ...(caseReadings.length && { readings: caseReadings }),
      ...(orderRecord && { orderUrl: orderRecord.url }),
      ...(disputeRecord && { disputeUrl: disputeRecord.url }),
      lastSeen: Math.max(orderRecord?.lastSeen ?? 0, disputeRecord?.lastSeen ?? 0),
      evidence: orderEvidenceOf(stored, problemOfOrder(disputesHere, state?.problem)),
    });
  }
  return { stamp: asCasesStamp(stamp), cases };
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function valid<T>(rows: readonly unknown[], schema: Schema<T>): T[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function keyOf(raw: unknown, field: string): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
}
