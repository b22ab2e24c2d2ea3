import { CaseEvent } from './case-event';
import type { Db } from './schema';

/** How many timeline lines one order keeps; older ones go first. */
export const MAX_EVENTS_PER_ORDER = 200;

/** Adds one line to an order's timeline (validated: a bad event is refused, never stored). */
export async function appendCaseEvent(db: Db, event: CaseEvent): Promise<void> {
  const valid = CaseEvent.parse(event);
  const tx = db.transaction('caseEvents', 'readwrite');
  await tx.store.add(valid);
  const index = tx.store.index('orderId');
  let excess = (await index.count(valid.orderId)) - MAX_EVENTS_PER_ORDER;
  let cursor = excess > 0 ? await index.openCursor(valid.orderId) : null;
  while (cursor && excess-- > 0) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** An order's timeline, oldest first; lines that no longer validate are skipped. */
export async function readCaseEvents(db: Db, orderId: string): Promise<CaseEvent[]> {
  const rows: unknown[] = await db.getAllFromIndex('caseEvents', 'orderId', orderId);
  return rows
    .flatMap((row) => {
      const parsed = CaseEvent.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.at - b.at || (a.seq ?? 0) - (b.seq ?? 0));
}

/**
 * Adds the lines whose `fact` param no line of their order names yet, in one transaction (so two reports racing
 * cannot both add the same line), and answers how many were added. A line without `fact` is always added.
 */
export async function appendNewCaseEvents(db: Db, events: readonly CaseEvent[]): Promise<number> {
  if (!events.length) return 0;
  const valid = events.map((event) => CaseEvent.parse(event));
  const tx = db.transaction('caseEvents', 'readwrite');
  const index = tx.store.index('orderId');
  const known = new Map<string, Set<unknown>>();
  let added = 0;
  for (const event of valid) {
    let facts = known.get(event.orderId);
    if (!facts) {
      const rows: Array<{ params?: Record<string, unknown> }> = await index.getAll(event.orderId);
      facts = new Set(rows.map((row) => row.params?.fact).filter((fact) => fact !== undefined));
      known.set(event.orderId, facts);
    }
    const fact = event.params.fact;
    if (fact !== undefined && facts.has(fact)) continue;
    if (fact !== undefined) facts.add(fact);
    await tx.store.add(event);
    added++;
  }
  for (const orderId of known.keys()) {
    let excess = (await index.count(orderId)) - MAX_EVENTS_PER_ORDER;
    let cursor = excess > 0 ? await index.openCursor(orderId) : null;
    while (cursor && excess-- > 0) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return added;
}
