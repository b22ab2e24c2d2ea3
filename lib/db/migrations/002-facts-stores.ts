import type { Migration } from './types';

type UpgradeTransaction = Parameters<Migration>[1];

/** v2: what the pages showed about each order and dispute, merged across visits. */
export const addFactsStores: Migration = (db, tx) => {
  db.createObjectStore('orderFacts', { keyPath: 'orderId' }).createIndex('updatedAt', 'updatedAt');
  const disputeFacts = db.createObjectStore('disputeFacts', { keyPath: 'disputeId' });
  disputeFacts.createIndex('updatedAt', 'updatedAt');
  disputeFacts.createIndex('orderId', 'orderId');
  // v1 knew which order a dispute belongs to from the dispute page's address; carry that link over as a fact.
  void linkV1DisputesToOrders(tx);
};

async function linkV1DisputesToOrders(tx: UpgradeTransaction): Promise<void> {
  const facts = tx.objectStore('disputeFacts');
  for (let cursor = await tx.objectStore('disputes').openCursor(); cursor; cursor = await cursor.continue()) {
    const { id, orderId, site, lastSeen } = cursor.value as Partial<Record<string, unknown>>;
    if (!isDigits(id) || !isDigits(orderId) || typeof lastSeen !== 'number') continue;
    const origin = { source: 'page-url' as const, at: lastSeen };
    await facts.put({
      disputeId: id,
      orderId,
      ...(isV1Site(site) && { site }),
      facts: { disputeId: id, orderId, source: 'page-url' },
      origins: { orderId: origin },
      updatedAt: lastSeen,
    });
  }
}

// The step's own copy of v1's rules: a later change to the shared vocabulary must not change what this step did.
const isDigits = (value: unknown): value is string => typeof value === 'string' && /^\d{6,24}$/.test(value);
const isV1Site = (value: unknown): value is 'global' | 'ru' | 'us' =>
  value === 'global' || value === 'ru' || value === 'us';
