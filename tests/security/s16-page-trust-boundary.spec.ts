import { expect, panel, panelFrame, readStore, savedRecords, test } from '../e2e/extension-test';
import {
  FORGED_BODIES,
  forgeObserverMessages,
  NEVER_OPENED_ORDER,
  OPEN_ORDER,
  ORDER_DETAIL_ENDPOINT,
} from './support/forgery';

/**
 * S16: nothing a page script can forge becomes a fact. The observer's responses reach the extension only over the
 * channel handed over at document_start (lib/aliexpress/observe-traffic.ts); the extension runs on https pages
 * only; and the page cannot stop the content script with WXT's start-up event.
 */
const ORDER_PAGE = `https://www.aliexpress.com/p/order/detail.html?orderId=${OPEN_ORDER}`;
const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';

type Worker = Parameters<typeof readStore>[0];

/** What the extension holds about orders: the visit records' ids and the merged facts, whole. */
async function storedOrders(worker: Worker) {
  const visits = (await readStore(worker, 'orders')) as Array<{ id: string }>;
  const facts = (await readStore(worker, 'orderFacts')) as Array<{ orderId: string }>;
  return {
    ids: [...visits.map((record) => record.id), ...facts.map((record) => record.orderId)].sort(),
    facts: JSON.stringify(facts.find((record) => record.orderId === OPEN_ORDER)),
  };
}

test('S16: forged observer messages from a page script change nothing stored and nothing shown', async ({
  page,
  worker,
}) => {
  await page.goto(ORDER_PAGE);
  const facts = (await panelFrame(page)).locator('[data-fact="total"]');
  await expect(facts).toContainText('11.48');
  await expect((await panelFrame(page)).getByTestId('facts-sources')).toHaveAttribute('data-sources', /page-data/);
  await savedRecords(page, worker, 'orders');
  // Let the page's own late answers (tracking) settle before taking the reference.
  await page.waitForTimeout(1000);
  const before = await storedOrders(worker);
  expect(before.facts).toContain('11.48');

  await page.evaluate(forgeObserverMessages, { endpoint: ORDER_DETAIL_ENDPOINT, bodies: FORGED_BODIES });
  // The old channel answered within a few hundred milliseconds; give a forgery ample time to land.
  await page.waitForTimeout(2000);

  const after = await storedOrders(worker);
  expect(after.ids).not.toContain(NEVER_OPENED_ORDER);
  expect(after).toEqual(before);
  await expect(facts).toContainText('11.48');
  await expect(facts).not.toContainText('999');
});

test('S16: an http:// AliExpress page gets no content script', async ({ page, worker }) => {
  await page.goto('http://www.aliexpress.com/p/order/index.html');
  await page.waitForTimeout(2500);
  await expect(page.locator('dispute-helper')).toHaveCount(0);
  await expect(page.locator('dispute-helper-channel')).toHaveCount(0);
  expect(await readStore(worker, 'orders')).toEqual([]);
});

test('S16: a replayed WXT start-up event does not stop the content script, and none is posted', async ({
  page,
  worker,
}) => {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(ORDER_LIST);
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-list');

  const extensionId = new URL(worker.url()).host;
  // What the page heard before it sent anything itself (checked at the end).
  const posted = await page.evaluate(() => [...(window as unknown as { seenMessages: unknown[] }).seenMessages]);
  // What WXT's start-up message used to name, replayed the way a newer copy of the script announces itself.
  await page.evaluate((id) => {
    for (const entrypoint of ['aliexpress', 'observer-bridge']) {
      const type = `${id}:${entrypoint}:wxt:content-script-started`;
      const detail = { contentScriptName: entrypoint, messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
  }, extensionId);

  // Single-page navigation afterwards: the panel follows.
  await page.evaluate((orderId) => history.pushState({}, '', `/p/order/detail.html?orderId=${orderId}`), OPEN_ORDER);
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-detail');
  await expect((await panel(page)).orderId).toHaveAttribute('data-value', OPEN_ORDER);

  // And the page was never told the extension's id.
  expect(JSON.stringify(posted)).not.toContain('content-script-started');
  expect(JSON.stringify(posted)).not.toContain(extensionId);
});
