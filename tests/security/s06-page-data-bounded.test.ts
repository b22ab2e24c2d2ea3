import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { handleMessage } from '../../lib/worker/handle-message';
import { TEXT_LIMITS } from '../../lib/model/snapshots';
import { senderWithRole, seededWorker } from './support/messages';

/**
 * S6: what the page shows is hostile. Through the worker's real entry, a data response and a markup report carrying
 * markup, script URLs, control characters and megabyte strings leave only bounded plain text in the database.
 */
let worker: Awaited<ReturnType<typeof seededWorker>>;
beforeEach(async () => {
  worker = await seededWorker();
});
afterEach(() => worker.close());

const PAGE_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const HUGE = 'A'.repeat(1_000_000);
const SCRIPT = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/** Every string stored anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function hostileDetailResponse(): string {
  const fixture = readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/api/com/order-detail/8190000123456789.json'),
    'utf8',
  );
  // Every text value of the real-shaped response becomes hostile, keeping the shape the parser recognises; one is
  // a megabyte long (the observer passes at most 2 MB in all).
  let replaced = 0;
  return fixture.replace(
    /"(title|text|value|storeName|itemTitle|productName|reminder)": "[^"]*"/g,
    (_, key: string) =>
      `"${key}": ${JSON.stringify(`${SCRIPT} javascript:alert(3) \u0000${replaced++ === 0 ? HUGE : 'B'.repeat(5000)}`)}`,
  );
}

it('S6: a hostile data response and markup report leave only bounded plain text', async () => {
  const sender = senderWithRole('content-script');
  const data = await handleMessage(
    {
      type: 'page-data',
      pageUrl: PAGE_URL,
      requestUrl: 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/',
      text: hostileDetailResponse(),
    },
    { ...sender, url: PAGE_URL },
    worker.env,
  );
  expect(data.ok).toBe(true);
  const dom = await handleMessage(
    {
      type: 'page-dom',
      pageUrl: PAGE_URL,
      orders: [
        {
          orderId: '8190000123456789',
          statusText: SCRIPT,
          store: { name: `${SCRIPT}${HUGE}`, id: 'javascript:alert(1)' },
          items: [{ title: `\u0007${HUGE}`, priceText: SCRIPT }],
          totalText: HUGE,
          orderedOnText: SCRIPT,
        },
      ],
      disputes: [],
    },
    { ...sender, url: PAGE_URL },
    worker.env,
  );
  expect(dom.ok).toBe(true);

  const stored = (await worker.snapshot()) as Record<string, unknown[]>;
  const texts = strings([stored.orderFacts, stored.disputeFacts]);
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts) {
    expect(text.length).toBeLessThanOrEqual(TEXT_LIMITS.message);
    expect(text).not.toMatch(/<\s*\/?\s*[a-z!]/i);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  }
  expect(texts.some((text) => text.startsWith('javascript:'))).toBe(false);
});
