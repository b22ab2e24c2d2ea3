import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDisputeForm } from '../../../lib/aliexpress/dom/dispute-form';
import { findOrderCards } from '../../../lib/aliexpress/dom/order-cards';
import { readSnapshotsFromDom } from '../../../lib/aliexpress/dom/read-page';
import { finishDomDrafts } from '../../../lib/aliexpress/page-data/finish-dom-drafts';
import { parseObservedResponse } from '../../../lib/aliexpress/page-data/parse-response';
import { parseMoney } from '../../../lib/aliexpress/text/money';
import { parsePageDate } from '../../../lib/aliexpress/text/dates';
import { DisputeSnapshot, OrderSnapshot, PageDate, type PageSnapshots } from '../../../lib/model/snapshots';
import { detectPage } from '../../../lib/pages/detect-page';
import { parseHtml, PAGES_DIR } from './support/load-page';

const API_DIR = path.resolve(import.meta.dirname, '../../fixtures/api');
const ENDPOINT_URLS = [
  'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/',
  'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/',
  'https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/',
  'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.queryreverseorderpagelistforbuyer/1.0/',
  'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer/1.0/',
  'https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web-order-list?_bx-v=2.5.11',
];
const API_FIXTURES = [
  'com/order-list.json',
  'com/order-detail/8190000123456789.json',
  'com/tracking/8190000123456789.json',
  'com/dispute-list.json',
  'com/dispute-detail/5012345678901201.json',
  'ru/web-order-list.json',
].map((file) => JSON.parse(readFileSync(path.join(API_DIR, file), 'utf8')) as unknown);

const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '\u0000\u0007\u202e',
  '__proto__',
  'constructor',
  '9'.repeat(40),
  '-1',
  'NaN',
  'Infinity',
  'R$-5,00',
  'Feb 30, 2026',
  'x'.repeat(20_000),
];
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'orderId',
    'tradeOrderId',
    'reverseOrderLineId',
    'statusText',
    'tag',
    'fields',
    'mailNo',
    'orderLines',
    'totalPriceText',
    'processList',
    'solutionOwner',
    'actionType',
    'items',
    'orders',
    'data',
  ),
  fc.string({ maxLength: 12 }),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.constantFrom(null, true, false, 8190000123456789, 2 ** 60, -5, 1e308),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

function expectSafe(result: PageSnapshots): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const order of result.orders) expect(OrderSnapshot.safeParse(order).success).toBe(true);
  for (const dispute of result.disputes) expect(DisputeSnapshot.safeParse(dispute).success).toBe(true);
}

/** Replaces the value at a random path of a fixture with a hostile one. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const [choice, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const copy = [...value];
    const index = choice! % copy.length;
    copy[index] = mutate(copy[index], rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[choice! % keys.length]!;
  return { ...(value as object), [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

describe('parsers on hostile input never throw and only produce schema-valid snapshots', () => {
  it('random JSON in an mtop envelope, for every endpoint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENDPOINT_URLS), hostileValue, (requestUrl, data) => {
        const text = JSON.stringify({ api: 'mtop.x.y', ret: ['SUCCESS::ok'], data });
        expectSafe(parseObservedResponse({ requestUrl, text }));
      }),
      { numRuns: 400 },
    );
  });

  it('our fixtures with one field anywhere replaced by a hostile value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: API_FIXTURES.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        hostileValue,
        (which, choices, replacement) => {
          const text = JSON.stringify(mutate(API_FIXTURES[which], choices, replacement));
          expectSafe(parseObservedResponse({ requestUrl: ENDPOINT_URLS[which]!, text }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('raw text that is not JSON, JSONP tricks, prototype keys and deep nesting', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const deepObject = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
    for (const text of [
      deep,
      deepObject,
      '{"__proto__":{"polluted":1},"ret":["SUCCESS"],"data":{"constructor":{"prototype":{"polluted":1}},"orderId":"8190000123456701","statusText":"Completed"}}',
      'mtopjsonp1({"ret":["SUCCESS"],"data":{}})',
      'alert(1)//({})',
      'cb({"a":1}); fetch("x")',
      '',
      'null',
      '"string"',
      '{"ret":"SUCCESS","data":[]}',
    ]) {
      for (const requestUrl of ENDPOINT_URLS) expectSafe(parseObservedResponse({ requestUrl, text }));
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...ENDPOINT_URLS), (text, requestUrl) => {
        expectSafe(parseObservedResponse({ requestUrl, text }));
      }),
      { numRuns: 300 },
    );
  });

  it('date and money parsers return a valid value or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.string({ maxLength: 40 })), (text) => {
        const date = parsePageDate(text);
        if (date !== undefined) expect(PageDate.safeParse(date).success).toBe(true);
        const money = parseMoney(text);
        if (money !== undefined) {
          expect(Number.isFinite(money.amount) && money.amount >= 0).toBe(true);
          expect(money.currency).toMatch(/^[A-Z]{3}$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('DOM readers on hostile markup never throw and only produce schema-valid snapshots', () => {
  const PAGES: Array<[string, string]> = [
    ['com/order-list.html', 'https://www.aliexpress.com/p/order/index.html'],
    ['com/order-detail.html', 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789'],
    [
      'com/dispute-detail.html',
      'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201',
    ],
    ['ru/order-list.html', 'https://aliexpress.ru/order-list'],
    ['ru/order-detail.html', 'https://aliexpress.ru/order-list/5385013512515995'],
    ['com/dispute-start.html', 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790'],
  ];
  const templates = PAGES.map(([file, url]) => [readFileSync(path.join(PAGES_DIR, file), 'utf8'), url] as const);
  const TEXT_SLOTS = />([^<>]{1,80})</g;
  const hostileMarkup = fc.oneof(
    hostileString,
    fc.constantFrom(
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">Order ID: 8190000123456701</a>',
      '<span class="order-item-header-status-text"><script>alert(1)</script></span>',
      '<div class="info-row">Order ID: 99999999999999999999999999999</div>',
      '<span class="tracking-number">not a tracking number!</span>',
      '<span class="order-item-content-opt-price-total">US $-3.00</span>',
      '<span data-testid="orderNumber">12 34</span>',
      `<div class="info-row">Order placed on: ${'9'.repeat(5000)}</div>`,
    ),
  );

  it('fixture pages with text slots replaced by hostile markup and text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: templates.length - 1 }),
        fc.array(fc.tuple(fc.nat(), hostileMarkup), { minLength: 1, maxLength: 6 }),
        (which, replacements) => {
          const [template, url] = templates[which]!;
          const slots = [...template.matchAll(TEXT_SLOTS)];
          let html = template;
          for (const [slot, markup] of replacements) {
            const target = slots[slot % slots.length]!;
            html = html.replace(target[0], `>${markup}<`);
          }
          const root = parseHtml(html, url);
          const page = detectPage(url)!;
          expectSafe(finishDomDrafts(readSnapshotsFromDom(root, page), new Date()));
          for (const card of findOrderCards(root, page.site)) expect(card.orderId).toMatch(/^\d{6,24}$/);
          const form = readDisputeForm(root);
          if (form?.amount !== undefined) expect(Number.isFinite(form.amount) && form.amount >= 0).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
    // Each run parses a whole page in happy-dom (~25 ms); shared CI machines can be several times slower.
  }, 60_000);

  it('the worker finishes drafts with a hostile value anywhere, and random drafts, into valid snapshots', () => {
    const drafts = templates.map(([html, url]) => readSnapshotsFromDom(parseHtml(html, url), detectPage(url)!));
    const listOf = (value: unknown) => (Array.isArray(value) ? value : [value]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: drafts.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        hostileValue,
        (which, choices, replacement) => {
          const mutated = mutate(drafts[which], choices, replacement) as Record<string, unknown>;
          const finished = finishDomDrafts(
            { orders: listOf(mutated.orders), disputes: listOf(mutated.disputes) },
            new Date(),
          );
          expectSafe(finished);
          for (const snapshot of [...finished.orders, ...finished.disputes]) expect(snapshot.source).toBe('page-dom');
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(
        fc.array(hostileValue, { maxLength: 4 }),
        fc.array(hostileValue, { maxLength: 4 }),
        (orders, disputes) => expectSafe(finishDomDrafts({ orders, disputes }, new Date(NaN))),
      ),
      { numRuns: 300 },
    );
    const polluting = JSON.parse(
      '{"orderId":"8190000123456701","__proto__":{"polluted":1},"store":{"__proto__":{"polluted":1}},"items":[{"__proto__":{"polluted":1}}]}',
    ) as unknown;
    expectSafe(finishDomDrafts({ orders: [polluting], disputes: [polluting] }, new Date()));
  });
});
