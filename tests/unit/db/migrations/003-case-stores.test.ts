import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDisputeDb } from '../../../../lib/db/open-db';
import type { Db } from '../../../../lib/db/schema';
import { CaseEvent } from '../../../../lib/db/case-event';
import { DisputeWatch, OrderReadings, SentReminder } from '../../../../lib/db/case-records';
import { OrderFacts } from '../../../../lib/model/facts';

const NAME = 'migration-003-test';
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await deleteDB(NAME);
});

const ORDER = '8190000123456789';
const DISPUTE = '5012345678901234';

/** Rows exactly as the v2 worker wrote them (saved here, not produced by today's code). */
const V2_ORDER_FACTS = {
  orderId: ORDER,
  site: 'global',
  facts: { orderId: ORDER, source: 'page-data', protectionEndsOn: '2026-12-20', status: 'shipped' },
  origins: { protectionEndsOn: { source: 'page-data', route: 'order-detail', at: 5000 } },
  updatedAt: 5000,
};
const V2_ORDER = {
  id: ORDER,
  site: 'global',
  kind: 'order-detail',
  url: `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`,
  firstSeen: 1000,
  lastSeen: 5000,
  visits: 3,
  lastLoadId: 'load-1',
};

describe('003: v2 → v3 adds the case stores', () => {
  it('keeps every v2 record, and the new stores take the records the worker will write', async () => {
    const v2 = await openDisputeDb(NAME, 2);
    await v2.put('orderFacts', V2_ORDER_FACTS as never);
    await v2.put('orders', V2_ORDER as never);
    await v2.put('settings', { collapsed: true }, 'panel');
    v2.close();

    db = await openDisputeDb(NAME, 3);
    expect(db.version).toBe(3);
    expect(OrderFacts.parse(await db.get('orderFacts', ORDER))).toEqual(V2_ORDER_FACTS);
    expect(await db.get('orders', ORDER)).toEqual(V2_ORDER);
    expect(await db.get('settings', 'panel')).toEqual({ collapsed: true });
    for (const store of ['readings', 'sentReminders', 'watches', 'caseEvents'] as const)
      expect(await db.count(store)).toBe(0);

    const readings = OrderReadings.parse({
      orderId: ORDER,
      readings: [
        {
          kind: 'protection_end',
          on: '2026-12-20',
          field: 'protectionEndsOn',
          origin: { source: 'page-data', at: 5000 },
        },
      ],
      updatedAt: 5000,
    });
    await db.put('readings', readings);
    await db.put(
      'sentReminders',
      SentReminder.parse({ key: `r:${ORDER}:protection_end:3d`, orderId: ORDER, sentAt: 6000 }),
    );
    await db.put(
      'watches',
      DisputeWatch.parse({
        disputeId: DISPUTE,
        orderId: ORDER,
        site: 'global',
        state: { phase: 'active', nextAt: 7000, failures: 0, tokenRetried: false },
        off: false,
      }),
    );
    const first = await db.add(
      'caseEvents',
      CaseEvent.parse({
        orderId: ORDER,
        disputeId: DISPUTE,
        kind: 'page-seen',
        at: 8000,
        key: 'event.page-seen',
        params: {},
      }),
    );
    const second = await db.add(
      'caseEvents',
      CaseEvent.parse({
        orderId: ORDER,
        kind: 'reminder-sent',
        at: 9000,
        key: 'event.reminder-sent',
        params: { lead: '3d' },
      }),
    );
    expect(second).toBeGreaterThan(first);
    expect(await db.getAllFromIndex('caseEvents', 'orderId', ORDER)).toHaveLength(2);
    expect(await db.getAllKeysFromIndex('sentReminders', 'orderId', ORDER)).toEqual([`r:${ORDER}:protection_end:3d`]);
    expect((await db.get('readings', ORDER))?.readings[0]?.on).toBe('2026-12-20');
  });
});
