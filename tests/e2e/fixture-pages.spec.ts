import { FIXTURE_FACTS } from '../support/fixture-facts';
import { expect, test } from './extension-test';

const RESOURCE_TYPE = { fetch: 'fetch', xhr: 'xhr', jsonp: 'script' } as const;

// The fixture pages make their data requests the way the real pages do, and the fixture server answers them:
// the page-traffic observer's fetch, XHR and JSONP paths all get real traffic to read.
for (const facts of FIXTURE_FACTS.filter((entry) => entry.requests.length > 0)) {
  test(`fixture page ${facts.page} loads its data: ${facts.requests.map((r) => r.transport).join(', ')}`, async ({
    page,
  }) => {
    const responses = facts.requests.map((request) =>
      page.waitForResponse((response) => response.url().includes(request.api)),
    );
    await page.goto(facts.url);
    for (const [index, request] of facts.requests.entries()) {
      const response = await responses[index]!;
      expect(response.status()).toBe(200);
      expect(response.request().resourceType()).toBe(RESOURCE_TYPE[request.transport]);
      expect(response.request().method()).toBe(request.method);
      const body = await response.text();
      expect(request.transport === 'jsonp' ? body.startsWith('mtopjsonp') : body.startsWith('{')).toBe(true);
    }
  });
}

test('the order list renders the cards its response adds; the case page renders the history it receives', async ({
  page,
}) => {
  await page.goto('https://www.aliexpress.com/p/order/index.html');
  await expect(page.locator('div.order-item')).toHaveCount(10);
  await page.goto('https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201');
  await expect(page.locator('ul.history > li')).toHaveCount(7);
  await page.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456701');
  await expect(page.locator('#order-id')).toHaveText('8190000123456701');
  await expect(page.locator('.tracking-number')).toHaveText('LX012345678CN');
});
