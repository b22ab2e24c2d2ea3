import type { Page } from '@playwright/test';
import { expect, panel, test } from './extension-test';

// The dispute whose page data names its reason "Item not as described" (tests/fixtures/api/com/dispute-detail/).
const DISPUTE = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';

async function reasonShown(page: Page) {
  await page.goto(DISPUTE);
  const { frame } = await panel(page);
  await frame.getByTestId('facts-details').locator('summary').click();
  return frame.locator('[data-fact="reason"]');
}

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the dispute reason is in the buyer’s language', async ({ page }) => {
    await expect(await reasonShown(page)).toHaveText('Товар не соответствует описанию');
  });
});

test('in English, the same reason in English', async ({ page }) => {
  await expect(await reasonShown(page)).toHaveText('Item not as described');
});
