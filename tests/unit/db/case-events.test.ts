import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, expect, it } from 'vitest';
import { appendCaseEvent, MAX_EVENTS_PER_ORDER, readCaseEvents } from '../../../lib/db/case-events';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';

const NAME = 'case-events-test';
const ORDER = '8190000123456789';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

it('keeps an order timeline in time order, capped, and refuses a malformed line', async () => {
  db = await openDisputeDb(NAME);
  await appendCaseEvent(db, { orderId: ORDER, kind: 'page-seen', at: 2000, key: 'event.page-seen', params: {} });
  await appendCaseEvent(db, { orderId: ORDER, kind: 'buyer-action', at: 1000, key: 'event.opened', params: {} });
  expect((await readCaseEvents(db, ORDER)).map((event) => event.at)).toEqual([1000, 2000]);

  await expect(
    appendCaseEvent(db, { orderId: 'x', kind: 'page-seen', at: 1, key: 'event.page-seen', params: {} }),
  ).rejects.toThrow();
  await db.add('caseEvents', { orderId: ORDER, kind: 'nonsense', at: 5 } as never);
  expect(await readCaseEvents(db, ORDER)).toHaveLength(2);

  for (let at = 3000; at < 3000 + MAX_EVENTS_PER_ORDER; at++)
    await appendCaseEvent(db, { orderId: ORDER, kind: 'watch-checked', at, key: 'event.checked', params: {} });
  const kept = await readCaseEvents(db, ORDER);
  expect(kept.length).toBeLessThanOrEqual(MAX_EVENTS_PER_ORDER);
  expect(kept.at(-1)?.at).toBe(3000 + MAX_EVENTS_PER_ORDER - 1);
  expect(kept.some((event) => event.at === 1000)).toBe(false);
});
