import { allDashboardRows } from '../e2e/dashboard-rows';
import { expect, extensionPageUrl, panel, test } from '../e2e/extension-test';

/**
 * S11: nothing leaves the device except requests to AliExpress. Every http(s) request the browser made during
 * a session over the panel, single-page navigation, the popup and the options page is on an AliExpress host.
 * The log includes the worker's own requests (Playwright reports service-worker fetches on the context), and
 * the fixture server refuses everything else, so a request elsewhere shows up here, not on the network.
 */
const ALIEXPRESS = /^https?:\/\/([a-z0-9-]+\.)*aliexpress\.(com|ru|us)(:\d+)?\//;
/** The product pictures the popup shows: https on AliExpress's own image hosts only (lib/aliexpress/image-hosts.ts). */
const ALIEXPRESS_PICTURES = /^https:\/\/([a-z0-9-]+\.)*(alicdn|aliexpress-media)\.com\//;
/**
 * The worker's own requests (the seller-reply watcher's): the manifest's host permissions exactly, written out here
 * so a change in lib/ cannot widen them unseen (tests/e2e/watcher.spec.ts runs the watcher itself).
 */
const API_HOSTS = /^https:\/\/(acs\.aliexpress\.(com|ru|us)|((www|m)\.)?aliexpress\.ru)\//;

test('S11: every request of a session goes to AliExpress', async ({ page, context, worker, requests }) => {
  const fromWorker: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fromWorker.push(request.url());
  });
  await page.goto('https://www.aliexpress.com/p/order/index.html');
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-list');
  await page.locator('#spa-order-1').click();
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-detail');
  await page.goto('https://aliexpress.ru/order-list/5385013512515995');
  await expect((await panel(page)).status).toHaveAttribute('data-state', 'saved');

  const extensionPage = await context.newPage();
  await extensionPage.goto(extensionPageUrl(worker, 'popup.html'));
  // Every row is drawn once (open, then closed), so every picture is asked for.
  const rows = await allDashboardRows(extensionPage, 2);
  expect(rows.map((row) => row.orderId).sort()).toEqual(['5385013512515995', '8190000123456701']);
  await extensionPage.goto(extensionPageUrl(worker, 'options.html'));
  await expect(extensionPage.getByTestId('count-orders')).toHaveAttribute('data-count', '2');

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !ALIEXPRESS.test(url) && !ALIEXPRESS_PICTURES.test(url))).toEqual([]);
  expect(fromWorker.filter((url) => !API_HOSTS.test(url))).toEqual([]);
});
