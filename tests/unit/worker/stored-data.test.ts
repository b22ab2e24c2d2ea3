import { describe, expect, it } from 'vitest';
import { countStoredData } from '../../../lib/db/stored-data';
import { handleMessage } from '../../../lib/worker/handle-message';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import { contentScriptAt, extensionPageAt, useTestWorker } from '../support/worker-env';

const env = useTestWorker('data-handlers-test');
const optionsPage = extensionPageAt('options.html');
const pageUrl = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const contentScript = contentScriptAt(pageUrl);

async function visitOrder(worker: WorkerEnv) {
  expect(await handleMessage({ type: 'page-seen', url: pageUrl, language: 'en' }, contentScript, worker)).toMatchObject(
    { ok: true },
  );
}

describe('messages from extension pages', () => {
  it('list-records answers the saved orders and disputes', async () => {
    const worker = env();
    await visitOrder(worker);
    expect(await handleMessage({ type: 'list-records' }, optionsPage, worker)).toEqual({
      ok: true,
      result: {
        records: [
          {
            kind: 'order',
            id: '8190000123456789',
            site: 'global',
            pageKind: 'order-detail',
            lastSeen: 1_750_000_000_000,
            url: pageUrl,
          },
        ],
      },
    });
  });

  it('count-stored-data counts, delete-all-data wipes and answers the new counts', async () => {
    const worker = env();
    await visitOrder(worker);
    expect(await handleMessage({ type: 'count-stored-data' }, optionsPage, worker)).toEqual({
      ok: true,
      result: { orders: 1, disputes: 0, orderFacts: 0, disputeFacts: 0, quarantine: 0, evidenceFiles: 0 },
    });
    expect(await handleMessage({ type: 'delete-all-data', confirmed: true }, optionsPage, worker)).toEqual({
      ok: true,
      result: { orders: 0, disputes: 0, orderFacts: 0, disputeFacts: 0, quarantine: 0, evidenceFiles: 0 },
    });
  });

  it('delete-all-data without the confirmation flag is refused', async () => {
    const worker = env();
    await visitOrder(worker);
    const reply = await handleMessage({ type: 'delete-all-data' }, optionsPage, worker);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await countStoredData(await worker.db())).toMatchObject({ orders: 1 });
  });

  it.each([{ type: 'list-records' }, { type: 'count-stored-data' }, { type: 'delete-all-data', confirmed: true }])(
    'a content script is refused $type and nothing changes',
    async (message) => {
      const worker = env();
      await visitOrder(worker);
      expect(await handleMessage(message, contentScript, worker)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
      expect(await countStoredData(await worker.db())).toMatchObject({ orders: 1 });
    },
  );
});
