import type { Db } from './schema';

/**
 * How many orders and disputes we keep facts about. Lists teach us about many orders the buyer never opens; past
 * these caps the oldest of those go first, so a flood of list data can neither fill the disk nor push out a case the
 * buyer has opened.
 */
export const MAX_ORDER_FACTS = 3000;
export const MAX_DISPUTE_FACTS = 1000;

/**
 * Deletes the least recently updated facts of orders and disputes whose pages the buyer never opened. An order the
 * buyer keeps evidence for (files or a checklist) counts as opened: its case must not lose its facts.
 */
export async function evictUnopenedFacts(
  db: Db,
  limits = { orders: MAX_ORDER_FACTS, disputes: MAX_DISPUTE_FACTS },
): Promise<number> {
  const tx = db.transaction(
    ['orderFacts', 'disputeFacts', 'orders', 'disputes', 'evidenceFiles', 'evidenceState'],
    'readwrite',
  );
  const opened = async (store: 'orders' | 'disputes', key: string) => {
    if ((await tx.objectStore(store).count(key)) > 0) return true;
    if (store === 'disputes') return false;
    const files = await tx.objectStore('evidenceFiles').index('orderId').count(key);
    return files > 0 || (await tx.objectStore('evidenceState').count(key)) > 0;
  };
  let evicted = 0;
  for (const [factsStore, openedStore, limit] of [
    ['orderFacts', 'orders', limits.orders],
    ['disputeFacts', 'disputes', limits.disputes],
  ] as const) {
    let excess = (await tx.objectStore(factsStore).count()) - limit;
    let cursor = excess > 0 ? await tx.objectStore(factsStore).index('updatedAt').openCursor() : null;
    while (cursor && excess > 0) {
      if (!(await opened(openedStore, cursor.primaryKey))) {
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
