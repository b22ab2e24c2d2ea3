import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../lib/messaging/protocol';
import { handleMessage } from '../../../lib/worker/handle-message';
import { contentScriptAt, SELF, useTestWorker } from '../support/worker-env';

const env = useTestWorker('check-context-test');
const ORDER = '8190000123456789';
const detailUrl = (orderId: string) => `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`;
const frame = { id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: 1 }, frameId: 7 };
type Worker = ReturnType<typeof env>;

async function knownOrderTotal(worker: Worker, orderId = ORDER) {
  await handleMessage(
    { type: 'page-dom', pageUrl: detailUrl(orderId), orders: [{ orderId, totalText: 'US $11.48' }], disputes: [] },
    contentScriptAt(detailUrl(orderId)),
    worker,
  );
}

const context = async (worker: Worker, ask: { orderId?: string; disputeId?: string; currencyText?: string }) => {
  const reply = await handleMessage({ type: 'check-context', ...ask }, frame, worker);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as CheckContext;
};

describe('check-context: what the panel’s check compares the draft with', () => {
  it('the order’s total when the form shows the same currency', async () => {
    const worker = env();
    await knownOrderTotal(worker);
    expect(await context(worker, { orderId: ORDER, currencyText: 'Max. US $12.99' })).toMatchObject({
      orderTotal: 11.48,
      currency: 'USD',
    });
  });

  it('no total when the form’s currency is another (the form’s currency is still said)', async () => {
    const worker = env();
    await knownOrderTotal(worker);
    const known = await context(worker, { orderId: ORDER, currencyText: 'Не более 1 000 ₽' });
    expect(known).not.toHaveProperty('orderTotal');
    expect(known.currency).toBe('RUB');
  });

  it('the order’s kept files, and a refusal when no case is named', async () => {
    const worker = env();
    expect(await context(worker, { orderId: ORDER })).toMatchObject({ keptFiles: 0 });
    expect(await handleMessage({ type: 'check-context' }, frame, worker)).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
  });

  it('the order of a dispute page that names only the dispute', async () => {
    const worker = env();
    const dispute = '5012345678901201';
    const disputeOrder = '8190000123456703';
    const disputeUrl = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${dispute}`;
    const text = readFileSync(
      path.resolve(import.meta.dirname, `../../fixtures/api/com/dispute-detail/${dispute}.json`),
      'utf8',
    );
    await handleMessage(
      {
        type: 'page-data',
        pageUrl: disputeUrl,
        requestUrl: 'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer/1.0/',
        text,
      },
      contentScriptAt(disputeUrl),
      worker,
    );
    await knownOrderTotal(worker, disputeOrder);
    expect(await context(worker, { disputeId: dispute })).toMatchObject({ orderTotal: 11.48, keptFiles: 0 });
  });

  it('only the panel frame may ask: a page’s content script may not read the order’s evidence', async () => {
    const worker = env();
    const formUrl = `https://www.aliexpress.com/p/reverse-pages/start.html?orderId=${ORDER}`;
    expect(
      await handleMessage({ type: 'check-context', orderId: ORDER }, contentScriptAt(formUrl), worker),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
