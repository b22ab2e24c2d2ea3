import { CaseEvent } from './case-records';
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
