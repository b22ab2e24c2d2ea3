import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { DB_NAME } from '../../../lib/db/schema';

afterEach(async () => {
  fakeBrowser.reset();
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
