import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Db } from '../../../../lib/db/schema';
import type { OrderFacts } from '../../../../lib/model/facts';
import type { ReminderBrowser, ReminderContext } from '../../../../lib/worker/reminders/reminder-browser';

export const ORDER_ID = '8190000123456789';
/** "Refund if no delivery before Oct 10, 2025": in UTC, time runs out at the start of Oct 11. */
export const PROTECTION_END = Date.UTC(2025, 9, 11);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A shipped order the buyer opened, with the protection end its page showed. */
export async function openedOrder(db: Db, protectionEndsOn = '2025-10-10', orderId = ORDER_ID): Promise<void> {
  const at = Date.UTC(2025, 8, 1);
  const facts: OrderFacts = {
    orderId,
    site: 'global',
    facts: { orderId, source: 'page-data', status: 'shipped', protectionEndsOn },
    origins: {
      status: { source: 'page-data', at },
      protectionEndsOn: { source: 'page-data', route: 'mtop.aliexpress.trade.buyer.order.detail', at },
    },
    updatedAt: at,
  };
  await db.put('orderFacts', facts);
  await db.put('orders', {
    id: orderId,
    site: 'global',
    kind: 'order-detail',
    url: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`,
    firstSeen: at,
    lastSeen: at,
    visits: 1,
  });
}

export interface FakeReminderBrowser extends ReminderBrowser {
  granted: boolean;
  created: Array<{ id: string; title: string; message: string; requireInteraction?: boolean }>;
  opened: string[];
}

/**
 * The browser as the reminders see it: WXT's fake alarms and notifications (which outlive a "restarted" worker, as
 * the browser's do), notification permission as the test sets it, and tabs that record what they open.
 */
export function fakeReminderBrowser(granted = true): FakeReminderBrowser {
  const fake: FakeReminderBrowser = {
    granted,
    created: [],
    opened: [],
    alarms: fakeBrowser.alarms,
    notifications: {
      create: async (id, options) => {
        fake.created.push({ id, ...options });
        return fakeBrowser.notifications.create(id, options);
      },
      clear: (id) => fakeBrowser.notifications.clear(id),
    },
    permissions: { contains: async () => fake.granted },
    tabs: {
      create: async ({ url }) => {
        fake.opened.push(url);
        return {};
      },
    },
    runtime: { getURL: (path) => fakeBrowser.runtime.getURL(path) },
  };
  return fake;
}

/** A worker's reminder context at `now` (a new one is a restarted worker: its own database connection). */
export function reminderContext(
  browser: ReminderBrowser,
  db: () => Promise<Db>,
  now: number,
  languages: readonly string[] = ['en-US'],
): ReminderContext {
  return { browser, db, now: () => now, languages: () => languages, timeZone: () => 'UTC', keepUntilSeen: true };
}
