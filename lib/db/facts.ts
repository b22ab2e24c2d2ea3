import type { IDBPTransaction } from 'idb';
import type { Site } from '../aliexpress/hosts';
import { DisputeFacts, OrderFacts } from '../model/facts';
import {
  FINISHED_DISPUTE_STATUSES,
  type DisputeSnapshot,
  type OrderSnapshot,
  type PageSnapshots,
} from '../model/snapshots';
import type { DisputeState } from '../model/summaries';
import { mergeSnapshot } from './merge-facts';
import { readValidated } from './quarantine';
import type { Db, DisputeHelperDb } from './schema';

type FactStores = 'orderFacts' | 'disputeFacts' | 'quarantine';
type FactsTransaction = IDBPTransaction<DisputeHelperDb, FactStores[], 'readwrite' | 'readonly'>;

/**
 * Stores what one page view yielded, merged into what was known, in one transaction.
 * Snapshots must already be validated; a stored record that no longer validates goes to quarantine.
 */
export async function storeSnapshots(db: Db, snapshots: PageSnapshots, site: Site, now: number): Promise<void> {
  if (!snapshots.orders.length && !snapshots.disputes.length) return;
  const tx = db.transaction(['orderFacts', 'disputeFacts', 'quarantine'], 'readwrite');
  for (const snapshot of snapshots.orders) {
    const known = await readOrderFacts(tx, snapshot.orderId, now);
    await tx.objectStore('orderFacts').put(toOrderFacts(known, snapshot, site, now));
  }
  for (const snapshot of snapshots.disputes) {
    const known = await readDisputeFacts(tx, snapshot.disputeId, now);
    await tx.objectStore('disputeFacts').put(toDisputeFacts(known, snapshot, site, now));
  }
  await tx.done;
}

/** The facts a page is about: its order and dispute, and the dispute's order when the page names only the dispute. */
export async function readFactsFor(
  db: Db,
  ids: { orderId?: string; disputeId?: string },
  now: number,
): Promise<{ order?: OrderFacts; dispute?: DisputeFacts }> {
  const tx = db.transaction(['orderFacts', 'disputeFacts', 'quarantine'], 'readwrite');
  const dispute = ids.disputeId ? await readDisputeFacts(tx, ids.disputeId, now) : undefined;
  const orderId = ids.orderId ?? dispute?.orderId;
  const order = orderId ? await readOrderFacts(tx, orderId, now) : undefined;
  await tx.done;
  return { ...(order && { order }), ...(dispute && { dispute }) };
}

const BUYERS_MOVE = new Set(['awaiting_buyer', 'awaiting_return']);
const IN_TRANSIT = new Set(['processing', 'shipped']);
const WEEK_MS = 7 * 24 * 3_600_000;

/** What each order's badge on the order list says. */
export async function readDisputeStates(
  db: Db,
  orderIds: readonly string[],
  now: number,
): Promise<Record<string, DisputeState>> {
  const tx = db.transaction(['orderFacts', 'disputeFacts'], 'readonly');
  const states: Record<string, DisputeState> = Object.create(null) as Record<string, DisputeState>;
  for (const orderId of orderIds) {
    const disputes = (await tx.objectStore('disputeFacts').index('orderId').getAll(orderId))
      .map((raw) => DisputeFacts.safeParse(raw))
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data);
    const order = OrderFacts.safeParse(await tx.objectStore('orderFacts').get(orderId));
    const open = disputes.filter((d) => !d.facts.status || !FINISHED_DISPUTE_STATUSES.has(d.facts.status));
    const facts = order.success ? order.data.facts : undefined;
    if (open.some((d) => d.facts.status && BUYERS_MOVE.has(d.facts.status))) states[orderId] = 'action';
    else if (open.length || facts?.status === 'in_dispute') states[orderId] = 'open';
    else if (disputes.length) states[orderId] = 'closed';
    else states[orderId] = protectionEndsSoon(facts, now) ? 'ending' : 'none';
  }
  await tx.done;
  return states;
}

function toOrderFacts(known: OrderFacts | undefined, snapshot: OrderSnapshot, site: Site, now: number): OrderFacts {
  const { facts, origins } = mergeSnapshot(known, snapshot, now);
  return { orderId: snapshot.orderId, site: known?.site ?? site, facts, origins, updatedAt: now };
}

function toDisputeFacts(
  known: DisputeFacts | undefined,
  snapshot: DisputeSnapshot,
  site: Site,
  now: number,
): DisputeFacts {
  const { facts, origins } = mergeSnapshot(known, snapshot, now);
  const orderId = facts.orderId ?? known?.orderId;
  return {
    disputeId: snapshot.disputeId,
    ...(orderId && { orderId }),
    site: known?.site ?? site,
    facts,
    origins,
    updatedAt: now,
  };
}

function readOrderFacts(tx: FactsTransaction, orderId: string, now: number) {
  return readValidated(tx, 'orderFacts', orderId, OrderFacts.safeParse, now);
}

function readDisputeFacts(tx: FactsTransaction, disputeId: string, now: number) {
  return readValidated(tx, 'disputeFacts', disputeId, DisputeFacts.safeParse, now);
}

/** Protection ends within a week while the parcel is still on its way: the buyer may need to act. */
function protectionEndsSoon(order: OrderFacts['facts'] | undefined, now: number): boolean {
  if (!order?.protectionEndsOn || !order.status || !IN_TRANSIT.has(order.status)) return false;
  // The page's day lasts until its end; the worker's clock is close enough for a week's warning.
  const ends = Date.parse(`${order.protectionEndsOn.slice(0, 10)}T23:59:59Z`);
  return ends >= now && ends - now <= WEEK_MS;
}
