import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../lib/worker/handle-message';
import { contentScriptAt, extensionPageAt, useTestWorker } from '../support/worker-env';

const env = useTestWorker('facts-changed-test');
const detailUrl = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const listUrl = 'https://www.aliexpress.com/p/order/index.html';

/** The handlers tell the reminders when the buyer's cases may have changed, so the reminders are planned again. */
describe('facts changed', () => {
  async function changes(message: unknown, sender = contentScriptAt(detailUrl)) {
    const factsChanged = vi.fn();
    const reply = await handleMessage(message, sender, { ...env(), factsChanged });
    expect(reply).toMatchObject({ ok: true });
    return factsChanged.mock.calls.length;
  }

  it('after a page of an order is seen, or its texts yield facts, or the buyer types them', async () => {
    expect(await changes({ type: 'page-seen', url: detailUrl, language: 'en' })).toBe(1);
    const orders = [{ orderId: '8190000123456789', protectionText: 'Refund if no delivery before Oct 10, 2025' }];
    expect(await changes({ type: 'page-dom', pageUrl: detailUrl, orders, disputes: [] })).toBe(1);
    const typed = { type: 'manual-facts', pageUrl: detailUrl, orderId: '8190000123456789', orderedOn: '2025-09-01' };
    expect(await changes(typed)).toBe(1);
  });

  it('after new lead times or "Delete all my data"', async () => {
    const options = extensionPageAt('options.html');
    const settings = { leadMinutes: [600], extensionDays: 2 };
    expect(await changes({ type: 'reminder-settings', settings }, options)).toBe(1);
    expect(await changes({ type: 'delete-all-data', confirmed: true }, options)).toBe(1);
  });

  it('not when nothing could change: a list seen, markup without facts, lead times only read', async () => {
    expect(await changes({ type: 'page-seen', url: listUrl, language: 'en' }, contentScriptAt(listUrl))).toBe(0);
    expect(await changes({ type: 'page-dom', pageUrl: detailUrl, orders: [], disputes: [] })).toBe(0);
    expect(await changes({ type: 'reminder-settings' }, extensionPageAt('options.html'))).toBe(0);
  });

  it('new lead times are validated: out of range, nothing is stored', async () => {
    const options = extensionPageAt('options.html');
    const reply = await handleMessage(
      { type: 'reminder-settings', settings: { leadMinutes: [1], extensionDays: 2 } },
      options,
      env(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await handleMessage({ type: 'reminder-settings' }, options, env())).toEqual({
      ok: true,
      result: { leadMinutes: [4320, 1440, 180], extensionDays: 7 },
    });
  });
});
