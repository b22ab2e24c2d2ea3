import { expect, panel, panelHost, savedRecords, test } from './extension-test';

const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const ORDER_DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
// How long to wait before trusting that something did not appear: the script runs at document_idle.
const SETTLE_MS = 1_500;

test('follows single-page navigation: updates, goes away on other pages, comes back', async ({ page, worker }) => {
  await page.goto(ORDER_LIST);
  const ui = await panel(page);
  await expect(ui.kind).toHaveAttribute('data-kind', 'order-list');

  await page.locator('#spa-order-1').click();
  await expect(page).toHaveURL(/\/p\/order\/detail\.html\?orderId=\d+/);
  const orderId = new URL(page.url()).searchParams.get('orderId')!;
  await expect(ui.kind).toHaveAttribute('data-kind', 'order-detail');
  await expect(ui.orderId).toHaveText(orderId);
  expect(await savedRecords(page, worker, 'orders')).toEqual([expect.objectContaining({ id: orderId })]);

  await page.goBack();
  await expect(ui.kind).toHaveAttribute('data-kind', 'order-list');
  await page.locator('#spa-product').click();
  await expect(page).toHaveURL(/\/item\//);
  await expect(ui.host).toHaveCount(0);

  await page.goBack();
  await expect(ui.host).toHaveCount(1);
  // Leaving our pages took the frame away; coming back brings a new one.
  await expect((await panel(page)).kind).toHaveAttribute('data-kind', 'order-list');
});

test('.ru single-page navigation from the list to an order', async ({ page }) => {
  await page.goto('https://aliexpress.ru/order-list');
  const ui = await panel(page);
  await expect(ui.kind).toHaveAttribute('data-kind', 'order-list');
  await page.locator('#spa-order-1').click();
  await expect(ui.kind).toHaveAttribute('data-kind', 'order-detail');
  await expect(ui.orderId).toHaveText('5385013512515995');
});

test('is absent from other AliExpress pages and from lookalike hosts', async ({ page, context }) => {
  await context.route('https://aliexpress.com.evil.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<title>lookalike</title><main>Order ID: 8190000123456789</main>',
    }),
  );
  for (const url of [
    'https://www.aliexpress.com/item/1005006123456789.html',
    'https://aliexpress.ru/item/1005006123456789.html',
    'https://aliexpress.com.evil.example/p/order/detail.html?orderId=8190000123456789',
  ]) {
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    await expect(panelHost(page), url).toHaveCount(0);
  }
});

test('collapses to a tab, remembers it across pages and reloads, and expands again', async ({ page }) => {
  await page.goto(ORDER_DETAIL);
  let ui = await panel(page);
  await ui.collapse.click();
  await expect(ui.root).toHaveAttribute('data-state', 'collapsed');
  await expect(ui.tab).toBeFocused();
  await expect(ui.kind).toHaveCount(0);

  // Every load of a page brings its own panel frame.
  await page.reload();
  ui = await panel(page);
  await expect(ui.root).toHaveAttribute('data-state', 'collapsed');
  await page.goto(ORDER_LIST);
  ui = await panel(page);
  await expect(ui.root).toHaveAttribute('data-state', 'collapsed');

  await ui.tab.press('Enter');
  await expect(ui.root).toHaveAttribute('data-state', 'expanded');
  await expect(ui.collapse).toBeFocused();
  await page.reload();
  ui = await panel(page);
  await expect(ui.root).toHaveAttribute('data-state', 'expanded');
});

// Its storage and network: tests/security/s07-no-page-storage.spec.ts and s11-no-foreign-requests.spec.ts.
test('does not move the page or log errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(ORDER_LIST);
  await expect((await panel(page)).root).toBeVisible();
  // Measured in one go: the content script puts a removed panel back on its next microtask.
  const layout = await page.evaluate(() => {
    const measure = () => ({
      probe: document.querySelector('#layout-probe')!.getBoundingClientRect().toJSON(),
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    });
    const withPanel = measure();
    document.querySelector('dispute-helper')!.remove();
    return { withPanel, without: measure() };
  });
  expect(layout.withPanel).toEqual(layout.without);
  expect(errors).toEqual([]);
});

test('puts the panel back when the page rebuilds its document', async ({ page }) => {
  await page.goto(ORDER_DETAIL);
  const before = await panel(page);
  await expect(before.root).toBeVisible();
  await page.evaluate(() => document.querySelector('dispute-helper')!.remove());
  // Put back, the host loads its frame again.
  await expect.poll(() => before.frame.isDetached()).toBe(true);
  await expect((await panel(page)).root).toBeVisible();
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('follows the browser language', async ({ page }) => {
    await page.goto(ORDER_DETAIL);
    const ui = await panel(page);
    await expect(ui.kind).toContainText('Детали заказа');
    await expect(ui.status).toContainText('Открыт 1 раз');
    await expect(ui.collapse).toHaveAttribute('aria-label', 'Скрыть помощника');
  });
});

test('in English by default', async ({ page }) => {
  await page.goto(ORDER_DETAIL);
  await expect((await panel(page)).kind).toContainText('Order details');
  await expect((await panel(page)).status).toContainText('Opened 1 time');
});
