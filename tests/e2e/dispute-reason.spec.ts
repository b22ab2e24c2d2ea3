import type { Page } from '@playwright/test';
import { expect, openDetails, panel, test } from './extension-test';

// The dispute whose page data names its reason "Item not as described" (tests/fixtures/api/com/dispute-detail/).
const DISPUTE = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';

async function reasonShown(page: Page) {
  await page.goto(DISPUTE);
  const { frame } = await panel(page);
  await openDetails(frame.getByTestId('facts-details'));
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

test('no internal step code shows, from the first paint on', async ({ page }) => {
  await page.goto('https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201');
  const { frame } = await panel(page);
  // Every text the panel showed until the offer is in sight, including the first paints.
  const seen: string[] = [];
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const offerShown = await frame.getByTestId('latest-offer').isVisible();
    seen.push(await frame.locator('body').innerText());
    if (offerShown) break;
  }
  await openDetails(frame.getByTestId('facts-details'));
  seen.push(await frame.locator('body').innerText());
  expect(seen.at(-2)).toContain('5.00');
  for (const text of seen)
    expect(text).not.toMatch(/create[ _](proof|solution)|seller[ _]refuse|system[ _]reminder|initiate/i);
});
