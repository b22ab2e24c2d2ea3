import type { Page } from '@playwright/test';
import { expect, panel, savedRecords, test } from '../e2e/extension-test';

/**
 * S7: the extension writes nothing into AliExpress's own storage: its records live in the extension's origin.
 * A session that visits, collapses and navigates leaves every AliExpress origin's storage as it found it.
 */
const SESSION = [
  'https://www.aliexpress.com/p/order/index.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789',
  'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901234&orderId=8190000123456791',
  'https://aliexpress.ru/order-list/5385013512515995',
];

function pageStorage(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookies: document.cookie,
  }));
}

test('S7: nothing is stored in the AliExpress origins; the records are in the extension origin', async ({
  page,
  worker,
}) => {
  for (const url of SESSION) {
    await page.goto(url);
    await savedRecords(page, worker, 'orders');
  }
  await (await panel(page)).collapse.click();
  await expect((await panel(page)).root).toHaveAttribute('data-state', 'collapsed');

  for (const url of SESSION) {
    await page.goto(url);
    await expect((await panel(page)).root).toBeVisible();
    expect(await pageStorage(page), url).toEqual({ databases: [], localStorage: 0, sessionStorage: 0, cookies: '' });
  }
  const extensionDatabases = await worker.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(extensionDatabases).toEqual(['dispute-helper']);
});
