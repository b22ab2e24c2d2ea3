import type { Db } from './schema';

/**
 * How many orders and disputes we keep facts about. Lists teach us about many orders the buyer never opens; past
 * these caps the oldest of those go first, so a flood of list data can neither fill the disk nor push out a case the
 * buyer has opened.
 */
export const MAX_ORDER_FACTS = 3000;
export const MAX_DISPUTE_FACTS = 1000;

/** Deletes the least recently updated facts of orders and disputes whose pages the buyer never opened. */
export async function evictUnopenedFacts(
  db: Db,
  limits = { orders: MAX_ORDER_FACTS, disputes: MAX_DISPUTE_FACTS },
): Promise<number> {
  const tx = db.transaction(['orderFacts', 'disputeFacts', 'orders', 'disputes'], 'readwrite');
  let evicted = 0;
  for (const [factsStore, openedStore, limit] of [
    ['orderFacts', 'orders', limits.orders],
    ['disputeFacts', 'disputes', limits.disputes],
  ] as const) {
    let excess = (await tx.objectStore(factsStore).count()) - limit;
    let cursor = excess > 0 ? await tx.objectStore(factsStore).index('updatedAt').openCursor() : null;
    while (cursor && excess > 0) {
      if ((await tx.objectStore(openedStore).count(cursor.primaryKey)) === 0) {
        await cursor.delete();
        excess--;
        evicted++;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return evicted;
}
