import { DEMO_PAGES, type DemoPage } from '../support/demo-pages';
import { expect, panel, readStore, savedRecords, test } from './extension-test';

// The demo pages, plus URL forms the demo does not need: a language subdomain and the US site.
const PAGES: DemoPage[] = [
  ...DEMO_PAGES,
  {
    url: 'https://es.aliexpress.com/p/order/detail.html?orderId=8190000123456792',
    kind: 'order-detail',
    site: 'global',
    orderId: '8190000123456792',
  },
  { url: 'https://www.aliexpress.us/p/order/index.html', kind: 'order-list', site: 'us' },
];

for (const demo of PAGES) {
  test(`${demo.kind} on ${new URL(demo.url).hostname}: panel shows the page and the worker stores it`, async ({
    page,
    worker,
  }) => {
    await page.goto(demo.url);
    const ui = await panel(page);
    await expect(ui.root).toHaveAttribute('data-state', 'expanded');
    await expect(ui.kind).toHaveAttribute('data-kind', demo.kind);
    if (demo.orderId) await expect(ui.orderId).toHaveText(demo.orderId);
    if (demo.disputeId) await expect(ui.disputeId).toHaveText(demo.disputeId);

    const orders = await savedRecords(page, worker, 'orders');
    const disputes = await readStore(worker, 'disputes');
    expect(orders).toEqual(
      demo.orderId ? [expect.objectContaining({ id: demo.orderId, site: demo.site, kind: demo.kind, visits: 1 })] : [],
    );
    expect(disputes).toEqual(
      demo.disputeId ? [expect.objectContaining({ id: demo.disputeId, orderId: demo.orderId, kind: demo.kind })] : [],
    );
    if (demo.orderId) {
      const [order] = orders as Array<{ url: string; firstSeen: number; lastSeen: number }>;
      expect(order!.url).toBe(demo.url);
      expect(order!.firstSeen).toBe(order!.lastSeen);
      expect(Math.abs(order!.firstSeen - Date.now())).toBeLessThan(60_000);
    }
  });
}

test('a second visit updates the same record, also after the worker was stopped', async ({ page, context, worker }) => {
  const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
  await page.goto(url);
  await savedRecords(page, worker, 'orders');

  // A marker in the worker's memory shows whether the worker really restarted.
  await worker.evaluate(() => Object.assign(globalThis, { memoryMarker: true }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  await page.goto('https://www.aliexpress.com/p/order/index.html');
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-list');
  await page.goto(url);
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-detail');
  const revived = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  expect(await revived.evaluate(() => 'memoryMarker' in globalThis)).toBe(false);
  const [order] = (await savedRecords(page, revived, 'orders')) as Array<{ visits: number }>;
  expect(order!.visits).toBe(2);
});
