import { describe, expect, it } from 'vitest';
import { readFactsFor } from '../../../lib/db/facts';
import { handleMessage } from '../../../lib/worker/handle-message';
import type { PageDomResult, PageReadResult } from '../../../lib/messaging/protocol';
import { contentScriptAt, extensionPageAt, NOW, useTestWorker } from '../support/worker-env';

const env = useTestWorker('page-facts-test');
const ORDER = '8190000123456789';
const DISPUTE = '5012345678901234';
const detailUrl = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`;
const sender = contentScriptAt;
const optionsPage = extensionPageAt('options.html');

describe('page-dom', () => {
  it('parses and stores the texts read from the markup, drops bad ones, and answers the page facts', async () => {
    const worker = env();
    const reply = await handleMessage(
      {
        type: 'page-dom',
        pageUrl: detailUrl,
        orders: [
          {
            orderId: ORDER,
            source: 'page-data',
            totalText: 'US $9.99',
            orderedOnText: 'Oct 1, 2026',
            // Parsed values are not the content script's to send: only the worker's parsers make them.
            paidOn: '2026-10-02',
            status: 'completed',
          },
          { orderId: '42', source: 'page-dom' },
          { orderId: '8190000123450000', source: 'page-dom', statusText: '<img src=x onerror=alert(1)>' },
          JSON.parse('{"orderId":"8190000123451111","source":"page-dom","__proto__":{"polluted":true}}'),
          'garbage',
        ],
        disputes: [],
      },
      sender(detailUrl),
      worker,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    const result = reply.result as PageReadResult;
    // Field by field: a bad id or a non-object loses the snapshot; other orders than the page's own are not believed.
    expect(result.read).toEqual({ orders: 1, disputes: 0 });
    // The content script cannot claim the page's own data: the source is what the channel says it is.
    expect(result.facts.order?.facts).toMatchObject({
      source: 'page-dom',
      total: { amount: 9.99, currency: 'USD' },
      orderedOn: '2026-10-01',
    });
    expect(result.facts.order?.facts).not.toHaveProperty('paidOn');
    expect(result.facts.order?.facts).not.toHaveProperty('status');
    expect(result.facts.order?.origins.total?.source).toBe('page-dom');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await readFactsFor(await worker.db(), { orderId: '8190000123450000' }, 0)).order).toBeUndefined();

    // On a list, the orders whose cards are on it are the page's own: a bad field loses only itself.
    const listUrl = 'https://www.aliexpress.com/p/order/index.html';
    const listed = await handleMessage(
      {
        type: 'page-dom',
        pageUrl: listUrl,
        orders: [{ orderId: '8190000123450000', source: 'page-dom', statusText: '<img src=x onerror=alert(1)>' }],
        disputes: [],
        listedOrderIds: ['8190000123450000'],
      },
      sender(listUrl),
      worker,
    );
    expect(listed.ok && (listed.result as PageReadResult).read).toEqual({ orders: 1, disputes: 0 });
    const stored = await readFactsFor(await worker.db(), { orderId: '8190000123450000' }, 0);
    expect(stored.order?.facts).toEqual({ orderId: '8190000123450000', source: 'page-dom' });
  });

  it('refuses a page on another origin than the sender, and pages that are not ours', async () => {
    const other = await handleMessage(
      { type: 'page-dom', pageUrl: 'https://aliexpress.ru/order-list/8190000123456789', orders: [], disputes: [] },
      sender(detailUrl),
      env(),
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const product = 'https://www.aliexpress.com/item/1005001234567890.html';
    const notOurs = await handleMessage(
      { type: 'page-dom', pageUrl: product, orders: [], disputes: [] },
      sender(product),
      env(),
    );
    expect(notOurs).toMatchObject({ ok: false, error: { code: 'not-our-page' } });
  });
});

describe('page-data', () => {
  it('accepts only responses of observed endpoints', async () => {
    const reply = await handleMessage(
      {
        type: 'page-data',
        pageUrl: detailUrl,
        requestUrl: 'https://acs.aliexpress.com/h5/mtop.search/1.0/',
        text: '{}',
      },
      sender(detailUrl),
      env(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });
});

describe('manual-facts', () => {
  it('stores typed dates as the buyer’s own, and page facts later take precedence', async () => {
    const worker = env();
    const typed = await handleMessage(
      {
        type: 'manual-facts',
        pageUrl: detailUrl,
        orderId: ORDER,
        orderedOn: '2026-09-30',
        protectionEndsOn: '2026-12-20',
      },
      sender(detailUrl),
      worker,
    );
    expect(typed.ok && (typed.result as PageReadResult).facts.order?.origins.protectionEndsOn?.source).toBe('manual');
    const read = await handleMessage(
      { type: 'page-dom', pageUrl: detailUrl, orders: [{ orderId: ORDER, orderedOnText: '2026-10-01' }], disputes: [] },
      sender(detailUrl),
      worker,
    );
    expect(read.ok && (read.result as PageReadResult).facts.order?.facts).toMatchObject({
      orderedOn: '2026-10-01',
      protectionEndsOn: '2026-12-20',
    });
  });

  it('rejects impossible dates', async () => {
    const reply = await handleMessage(
      { type: 'manual-facts', pageUrl: detailUrl, orderId: ORDER, orderedOn: '2026-02-31' },
      sender(detailUrl),
      env(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });
});

describe('page-seen, and the dispute states a list report answers', () => {
  it('a dispute page links its dispute to the order in its address, and the list badge sees it', async () => {
    const worker = env();
    const disputeUrl = `https://www.aliexpress.com/p/reverse-pages/detail.html?orderId=${ORDER}&reverseOrderLineId=${DISPUTE}`;
    const seen = await handleMessage(
      { type: 'page-seen', url: disputeUrl, language: 'en' },
      sender(disputeUrl),
      worker,
    );
    expect(seen.ok && (seen.result as PageReadResult).facts.dispute).toMatchObject({
      disputeId: DISPUTE,
      orderId: ORDER,
    });

    const listUrl = 'https://www.aliexpress.com/p/order/index.html';
    const listed = await handleMessage(
      { type: 'page-dom', pageUrl: listUrl, orders: [], disputes: [], listedOrderIds: [ORDER, '8190000999999999'] },
      sender(listUrl),
      worker,
    );
    expect(listed.ok && (listed.result as PageDomResult).disputeStates).toEqual({
      [ORDER]: 'open',
      '8190000999999999': 'none',
    });
  });
});

describe('what a page script cannot do through the content script', () => {
  const listUrl = 'https://www.aliexpress.com/p/order/index.html';
  const detailJson = (orderId: string, total: string) =>
    JSON.stringify({ data: { data: { detail_summary: { tag: 'detail_summary', fields: { orderId, total } } } } });

  it('a response seen before "Delete all my data" is refused and stores nothing', async () => {
    const worker = env();
    await handleMessage({ type: 'delete-all-data', confirmed: true }, optionsPage, worker);
    const replayed = await handleMessage(
      {
        type: 'page-data',
        pageUrl: detailUrl,
        requestUrl: 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/',
        text: detailJson(ORDER, 'US $999.99'),
        observedAt: NOW - 60_000,
      },
      sender(detailUrl),
      worker,
    );
    expect(replayed).toMatchObject({ ok: false, error: { code: 'outdated' } });
    expect((await readFactsFor(await worker.db(), { orderId: ORDER }, 0)).order).toBeUndefined();
  });

  it('typed facts must be about the order on screen', async () => {
    const worker = env();
    const forOther = await handleMessage(
      { type: 'manual-facts', pageUrl: detailUrl, orderId: '8190000999999999', orderedOn: '2026-01-01' },
      sender(detailUrl),
      worker,
    );
    expect(forOther).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    const onList = await handleMessage(
      { type: 'manual-facts', pageUrl: listUrl, orderId: ORDER, orderedOn: '2026-01-01' },
      sender(listUrl),
      worker,
    );
    expect(onList).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect((await readFactsFor(await worker.db(), { orderId: '8190000999999999' }, 0)).order).toBeUndefined();

    const own = await handleMessage(
      { type: 'manual-facts', pageUrl: detailUrl, orderId: ORDER, orderedOn: '2026-01-01' },
      sender(detailUrl),
      worker,
    );
    expect(own.ok).toBe(true);
  });

  it('the same page load reported twice counts one visit', async () => {
    const worker = env();
    const seen = () =>
      handleMessage(
        { type: 'page-seen', url: detailUrl, language: 'en', loadId: 'load-0001' },
        sender(detailUrl),
        worker,
      );
    await seen();
    const again = await seen();
    expect(again.ok && again.result).toMatchObject({ visit: { visits: 1 } });
    const nextLoad = await handleMessage(
      { type: 'page-seen', url: detailUrl, language: 'en', loadId: 'load-0002' },
      sender(detailUrl),
      worker,
    );
    expect(nextLoad.ok && nextLoad.result).toMatchObject({ visit: { visits: 2 } });
  });
});
