import { expect, extensionPageUrl, readStore, savedRecords, test } from './extension-test';

const ORDER = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const DISPUTE =
  'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901234&orderId=8190000123456791';

test('the popup explains what to do while nothing is saved', async ({ page, worker }) => {
  await page.goto(extensionPageUrl(worker, 'popup.html'));
  await expect(page.getByTestId('popup-empty')).toContainText('Open one of your orders or disputes on AliExpress');
  await expect(page).toHaveTitle('Dispute Helper');
});

test('the popup lists what was opened, newest first, each linking to its page', async ({ page, context, worker }) => {
  await page.goto(ORDER);
  await savedRecords(page, worker, 'orders');
  await page.goto(DISPUTE);
  await savedRecords(page, worker, 'disputes');

  const popup = await context.newPage();
  await popup.goto(extensionPageUrl(worker, 'popup.html'));
  const records = popup.getByTestId('record');
  await expect(records).toHaveCount(3);
  // The dispute page saved the dispute and its order at the same moment, after the first order.
  expect(await records.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id))).toEqual([
    expect.stringMatching(/^(5012345678901234|8190000123456791)$/),
    expect.stringMatching(/^(5012345678901234|8190000123456791)$/),
    '8190000123456789',
  ]);
  await expect(popup.getByRole('link', { name: 'Dispute 5012345678901234' })).toHaveAttribute('href', DISPUTE);
  await expect(popup.getByRole('link', { name: 'Order 8190000123456789' })).toHaveAttribute('href', ORDER);
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
  // Only the time of the deletion stays, so a tab left open cannot bring back what it saw before.
  expect(await readStore(worker, 'settings')).toEqual([expect.any(Number)]);
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
