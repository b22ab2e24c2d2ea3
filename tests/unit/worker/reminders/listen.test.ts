import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FACTS_SETTLE_MS, listenForReminders, type ReminderEvents } from '../../../../lib/worker/reminders/listen';
import { openNotificationPage } from '../../../../lib/worker/reminders/notification-clicks';
import { useTestWorker } from '../../support/worker-env';
import { ORDER_ID, PROTECTION_END, fakeReminderBrowser, openedOrder, reminderContext } from './support';

const worker = useTestWorker('reminder-listeners-test');
afterEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

function event<T extends unknown[]>() {
  const listeners: Array<(...args: T) => void> = [];
  return {
    addListener: (listener: (...args: T) => void) => void listeners.push(listener),
    fire: (...args: T) => listeners.forEach((listener) => listener(...args)),
    count: () => listeners.length,
  };
}

/** The fake browser with every event the reminders listen to. */
function browserWithEvents(granted = true) {
  const browser = fakeReminderBrowser(granted);
  const events = {
    onAlarm: event<[{ name: string }]>(),
    onStartup: event<[]>(),
    onInstalled: event<[]>(),
    onAdded: event<[{ permissions?: string[] }]>(),
    onClicked: event<[string]>(),
  };
  const withEvents: typeof browser & ReminderEvents = {
    ...browser,
    alarms: { ...browser.alarms, onAlarm: events.onAlarm },
    runtime: { ...browser.runtime, onStartup: events.onStartup, onInstalled: events.onInstalled },
    permissions: { ...browser.permissions, onAdded: events.onAdded },
    notifications: { ...browser.notifications!, onClicked: events.onClicked },
  };
  return { browser, withEvents, events };
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
const NOW = Date.UTC(2025, 8, 20);

describe('listenForReminders', () => {
  it('registers every listener at once and runs a first pass', async () => {
    const env = worker();
    await openedOrder(await env.db());
    const { withEvents, events } = browserWithEvents();
    listenForReminders(withEvents, reminderContext(withEvents, env.db, NOW));
    for (const registered of Object.values(events)) expect(registered.count()).toBe(1);
    await vi.waitFor(async () => expect(await alarmNames()).toContain('dh:tick'));
  });

  it('runs a pass on its own alarms, the browser start and install, never on the watcher’s or others’', async () => {
    const env = worker();
    await openedOrder(await env.db());
    const { withEvents, events } = browserWithEvents();
    listenForReminders(withEvents, reminderContext(withEvents, env.db, NOW));
    await vi.waitFor(async () => expect(await alarmNames()).toHaveLength(8));

    const rebuiltAfter = async (fire: () => void) => {
      await fakeBrowser.alarms.clearAll();
      fire();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (await alarmNames()).length;
    };
    expect(await rebuiltAfter(() => events.onAlarm.fire({ name: 'dh:w:5012345678901201' }))).toBe(0);
    expect(await rebuiltAfter(() => events.onAlarm.fire({ name: 'somebody-else' }))).toBe(0);
    expect(await rebuiltAfter(() => events.onAdded.fire({ permissions: ['alarms'] }))).toBe(0);
    expect(await rebuiltAfter(() => events.onAlarm.fire({ name: 'dh:tick' }))).toBe(8);
    expect(await rebuiltAfter(() => events.onAlarm.fire({ name: `dh:x:${ORDER_ID}:${PROTECTION_END}` }))).toBe(8);
    expect(await rebuiltAfter(() => events.onStartup.fire())).toBe(8);
    expect(await rebuiltAfter(() => events.onInstalled.fire())).toBe(8);
    expect(await rebuiltAfter(() => events.onAdded.fire({ permissions: ['notifications'] }))).toBe(8);
  });

  it('after facts change, one pass once they settle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const env = worker();
    const { withEvents } = browserWithEvents();
    const { factsChanged } = listenForReminders(withEvents, reminderContext(withEvents, env.db, NOW));
    await vi.waitFor(async () => expect(await alarmNames()).toEqual(['dh:tick']));

    await openedOrder(await env.db());
    factsChanged();
    vi.advanceTimersByTime(FACTS_SETTLE_MS - 1);
    factsChanged();
    vi.advanceTimersByTime(FACTS_SETTLE_MS - 1);
    await Promise.resolve();
    expect(await alarmNames()).toEqual(['dh:tick']);
    vi.advanceTimersByTime(1);
    await vi.waitFor(async () => expect(await alarmNames()).toHaveLength(8));
  });

  it('a click on a notification opens its case page in a new tab and clears it; others’ ids are left alone', async () => {
    const env = worker();
    const { browser, withEvents, events } = browserWithEvents();
    listenForReminders(withEvents, reminderContext(withEvents, env.db, NOW));
    await vi.waitFor(async () => expect(await alarmNames()).toEqual(['dh:tick']));
    const id = `dh-note|global|order|${ORDER_ID}|dh:r:protection_end:${ORDER_ID}:-:180:${PROTECTION_END}`;
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: 'x', title: 't', message: 'm' });
    events.onClicked.fire(id);
    await vi.waitFor(() =>
      expect(browser.opened).toEqual([`https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`]),
    );
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
    events.onClicked.fire('some-other-notification');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(browser.opened).toHaveLength(1);
  });

  it('a click about a .ru dispute opens its order’s page, where .ru shows the dispute', async () => {
    const env = worker();
    const db = await env.db();
    await db.put('disputeFacts', {
      disputeId: '5012345678901201',
      orderId: '5385013512515995',
      site: 'ru',
      facts: { disputeId: '5012345678901201', orderId: '5385013512515995', source: 'page-data' },
      origins: {},
      updatedAt: NOW,
    });
    const browser = fakeReminderBrowser();
    const url = await openNotificationPage('dh-note|ru|dispute|5012345678901201|seller.1', { browser, db: env.db });
    expect(url).toBe('https://aliexpress.ru/order-list/5385013512515995');
    expect(browser.opened).toEqual([url]);
  });

  it('without the notifications API (Chrome, before the buyer allows it) it listens for clicks once allowed', async () => {
    const env = worker();
    const { withEvents, events } = browserWithEvents(false);
    const { notifications, ...withoutNotifications } = withEvents;
    const target: typeof withEvents = withoutNotifications;
    listenForReminders(target, reminderContext(target, env.db, NOW));
    expect(events.onClicked.count()).toBe(0);
    target.notifications = notifications;
    events.onAdded.fire({ permissions: ['notifications'] });
    expect(events.onClicked.count()).toBe(1);
    await vi.waitFor(async () => expect(await alarmNames()).toEqual(['dh:tick']));
  });
});
