import { allDashboardRows } from './dashboard-rows';
import { expect, extensionPageUrl, readStore, savedRecords, test } from './extension-test';

const ORDER = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const DISPUTE =
  'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901234&orderId=8190000123456791';

test('the popup explains what to do while nothing is saved', async ({ page, worker }) => {
  await page.goto(extensionPageUrl(worker, 'popup.html'));
  await expect(page.getByTestId('popup-empty')).toContainText('Open your orders page on AliExpress');
  await expect(page).toHaveTitle('Dispute Helper');
});

test('the popup lists each case opened, the dispute linking to its own page', async ({ page, context, worker }) => {
  await page.goto(ORDER);
  await savedRecords(page, worker, 'orders');
  await page.goto(DISPUTE);
  await savedRecords(page, worker, 'disputes');

  const popup = await context.newPage();
  await popup.goto(extensionPageUrl(worker, 'popup.html'));
  // The dispute page saved the dispute and its order: one case, whose link is the dispute's page while it runs.
  const rows = await allDashboardRows(popup, 2);
  const byOrder = Object.fromEntries(rows.map((row) => [row.orderId, row]));
  expect(Object.keys(byOrder).sort()).toEqual(['8190000123456789', '8190000123456791']);
  expect(byOrder['8190000123456789']).toMatchObject({
    href: ORDER,
    title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W',
  });
  const disputeCase = byOrder['8190000123456791']!;
  // A finished dispute links to its order's page instead.
  if (disputeCase.state === 'closed') expect(disputeCase.href).toMatch(/^https:\/\/www\.aliexpress\.com\//);
  else expect(disputeCase.href).toBe(DISPUTE);
});

test('the options page counts the data and deletes it all only after confirmation', async ({
  page,
  context,
  worker,
}) => {
  await page.goto(ORDER);
  await savedRecords(page, worker, 'orders');

  const options = await context.newPage();
  await options.goto(extensionPageUrl(worker, 'options.html'));
  await expect(options.getByTestId('count-orders')).toHaveText('1 order');
  await expect(options.getByTestId('privacy-statement')).toBeVisible();

  await options.getByTestId('delete-all').click();
  await expect(options.getByTestId('delete-cancel')).toBeFocused();
  await options.getByTestId('delete-cancel').click();
  await expect(options.getByTestId('delete-all')).toBeFocused();
  expect(await readStore(worker, 'orders')).toHaveLength(1);

  await options.getByTestId('delete-all').click();
  await options.getByTestId('delete-confirm').click();
  await expect(options.getByTestId('delete-result')).toHaveText('All your data has been deleted.');
  await expect(options.getByTestId('count-orders')).toHaveText('0 orders');
  await expect(options.getByTestId('count-order-facts')).toHaveText('What the pages showed about 0 orders');
  for (const store of ['orders', 'disputes', 'orderFacts', 'disputeFacts', 'quarantine']) {
    expect(await readStore(worker, store), store).toEqual([]);
  }
  // Only the time of the deletion stays, so a tab left open cannot bring back what it saw before, and the cases stamp
  // the deletion renewed (so a dashboard kept in the worker is known to be out of date).
  const settings = await readStore(worker, 'settings');
  expect(settings).toHaveLength(2);
  expect(settings).toEqual(expect.arrayContaining([expect.any(Number), expect.stringMatching(/^[0-9a-f-]{36}$/)]));
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the extension pages follow the browser language', async ({ page, worker }) => {
    await page.goto(extensionPageUrl(worker, 'options.html'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Помощник по спорам: ваши данные');
    await expect(page.getByTestId('count-orders')).toHaveText('0 заказов');
  });
});
