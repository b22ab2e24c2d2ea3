import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { DB_NAME } from '../../../lib/db/schema';

// WXT's fake browser has no permissions API: the buyer has not allowed notifications yet.
const permissionAdded = vi.fn();
beforeEach(() => {
  fakeBrowser.permissions.contains = async () => false;
  fakeBrowser.permissions.onAdded.addListener = permissionAdded;
});

afterEach(async () => {
  // The first reminder pass ends with the tick alarm: let it finish before its database goes.
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('dh:tick')).toBeDefined());
  fakeBrowser.reset();
  permissionAdded.mockReset();
  await deleteDB(DB_NAME);
});

/** Delivers a message the way the browser does: to the listener, answered through sendResponse. */
function deliver(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve as never);
  });
}

describe('background entrypoint', () => {
  it('registers its message listener synchronously in main()', () => {
    const result = background.main();
    expect(result).toBeUndefined();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    // The reminders' events: their alarms, the browser's start and install, notifications allowed, and clicks.
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(permissionAdded).toHaveBeenCalledOnce();
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
  });

  it('answers a content script through sendResponse and stores the order', async () => {
    background.main();
    const url = 'https://aliexpress.ru/order-list/5385013512515995';
    const reply = await deliver(
      { type: 'page-seen', url, language: 'en' },
      { id: fakeBrowser.runtime.id, url, origin: 'https://aliexpress.ru', tab: { id: 1 }, frameId: 0 },
    );
    expect(reply).toMatchObject({
      ok: true,
      result: { page: { kind: 'order-detail', site: 'ru', orderId: '5385013512515995' } },
    });
  });

  it('answers a forged sender with an error', async () => {
    background.main();
    const reply = await deliver({ type: 'panel-set-collapsed', collapsed: true }, { id: 'another-extension' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
