import { expect, panel, test } from './extension-test';

const COM_DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const COM_DISPUTE = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';
const RU_DETAIL = 'https://aliexpress.ru/order-list/5385013512515995';

test('an order with a refund date: the Now card says by when, with a countdown', async ({ page }) => {
  await page.goto(COM_DETAIL);
  const ui = await panel(page);
  const now = ui.frame.getByTestId('now');
  // The fixture's dates are in the past of any run after February 2026: the card says the date and that it passed.
  await expect(now).toHaveAttribute('data-due', '2026-02-14');
  await expect(now).toContainText('Feb 14, 2026');
  await expect(ui.frame.getByTestId('countdown')).toBeVisible();
  await expect(ui.frame.getByTestId('stage')).toHaveAttribute('data-stage', 'shipped');
});

test('a dispute where the seller made an offer: the buyer’s move, by the page’s date, the offer in sight', async ({
  page,
}) => {
  await page.goto(COM_DISPUTE);
  const ui = await panel(page);
  const now = ui.frame.getByTestId('now');
  await expect(now).toHaveAttribute('data-whose', 'buyer');
  await expect(now).toHaveAttribute('data-due', '2026-01-12');
  await expect(now).toContainText('$5.00');
  // Visible without expanding anything: the offer the buyer must answer, and the newest step first.
  const offer = ui.frame.getByTestId('latest-offer');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('5.00');
  await expect(ui.frame.getByTestId('history-entry').first()).toContainText('Jan 7, 2026');
  await expect(ui.frame.getByTestId('history-entry')).toHaveCount(6);
  await ui.frame.getByTestId('history-toggle').click();
  await expect(ui.frame.getByTestId('history-entry')).toHaveCount(7);
  // The page's internal action codes are nowhere in the panel.
  await expect(ui.root).not.toContainText('seller_create');
  await expect(ui.root).not.toContainText('mtop.');
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the .ru order page gets its Now card in Russian', async ({ page }) => {
    await page.goto(RU_DETAIL);
    const ui = await panel(page);
    await expect(ui.frame.getByTestId('now')).toBeVisible();
    await expect(ui.frame.getByTestId('stage')).toHaveAttribute('data-stage', 'shipped');
    await expect(ui.frame.getByTestId('stage')).toContainText('Отправлен');
  });
});
