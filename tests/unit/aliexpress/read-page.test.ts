import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDisputeForm } from '../../../lib/aliexpress/dom/dispute-form';
import { findOrderCards } from '../../../lib/aliexpress/dom/order-cards';
import type { DomDrafts } from '../../../lib/aliexpress/dom/drafts';
import { readSnapshotsFromDom } from '../../../lib/aliexpress/dom/read-page';
import { currencyIn } from '../../../lib/aliexpress/text/money';
import { finishDomDrafts } from '../../../lib/aliexpress/page-data/finish-dom-drafts';
import { toPlainText } from '../../../lib/model/plain-text';
import type { PageSnapshots } from '../../../lib/model/snapshots';
import { detectPage } from '../../../lib/pages/detect-page';
import { loadPage } from './support/load-page';

const LEGACY_CAPTURE = path.resolve(
  import.meta.dirname,
  '../../../../shared/fixtures/real/aliexpress-2014-trade-order-detail.redacted.html',
);

const OBSERVED_AT = new Date('2026-01-08T12:00:00Z');

/** The content script's drafts for a fixture page, as the worker finishes them into snapshots. */
function read(file: string, url: string): PageSnapshots {
  const drafts = readSnapshotsFromDom(loadPage(file, url), detectPage(url)!);
  expectPlainStrings(drafts);
  return finishDomDrafts(drafts, OBSERVED_AT);
}

/** Every string the content script sends is already plain and bounded: the worker has nothing to clean. */
function expectPlainStrings(drafts: DomDrafts): void {
  const strings: string[] = [];
  JSON.stringify(drafts, (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  for (const text of strings) expect(toPlainText(text, 4000)).toBe(text);
}

describe('readSnapshotsFromDom, finished by the worker', () => {
  it('global order list: the four server-rendered cards', () => {
    const { orders, disputes } = read('com/order-list.html', 'https://www.aliexpress.com/p/order/index.html');
    expect(disputes).toEqual([]);
    expect(orders.map((order) => [order.orderId, order.status, order.total?.amount, order.orderedOn])).toEqual([
      ['8190000123456701', 'shipped', 11.48, '2025-12-17'],
      ['8190000123456702', 'in_dispute', 23.47, '2025-12-09'],
      ['8190000123456703', 'completed', 18.02, '2025-11-28'],
      ['8190000123456704', 'completed', 17.86, '2025-11-03'],
    ]);
    expect(orders[0]).toEqual({
      orderId: '8190000123456701',
      source: 'page-dom',
      route: 'dom:global/order-list',
      status: 'shipped',
      statusText: 'Awaiting delivery',
      store: { name: 'Harbor Lights Store', id: '1102345678' },
      items: [
        {
          title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W',
          productId: '1005006123456789',
          quantity: 1,
          price: { amount: 12.99, currency: 'USD' },
        },
      ],
      total: { amount: 11.48, currency: 'USD' },
      orderedOn: '2025-12-17',
    });
  });

  it('global order detail: id from the URL when the page has not filled it in yet', () => {
    const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
    expect(read('com/order-detail.html', url).orders).toEqual([
      {
        orderId: '8190000123456789',
        source: 'page-dom',
        route: 'dom:global/order-detail',
        status: 'shipped',
        statusText: 'Awaiting delivery',
        store: { name: 'Harbor Lights Store' },
        items: [
          {
            title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W',
            productId: '1005006123456789',
            options: ['Color: Black', 'Length: 2m'],
            quantity: 1,
            price: { amount: 12.99, currency: 'USD' },
          },
        ],
        total: { amount: 11.48, currency: 'USD' },
        orderedOn: '2025-12-17',
        paidOn: '2025-12-17',
        tracking: [{ number: 'LX012345678CN', carrier: 'Cainiao' }],
        protectionEndsOn: '2026-02-14',
      },
    ]);
  });

  it('reads nothing from the re-hashed, mobile and unknown layouts', () => {
    const empty = { orders: [], disputes: [] };
    expect(
      read(
        'com/order-detail-renamed.html',
        'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789&dh-fixture=renamed',
      ),
    ).toEqual(empty);
    expect(
      read('mobile/order-detail.html', 'https://m.aliexpress.com/p/order/detail.html?orderId=8190000123456789'),
    ).toEqual(empty);
    for (const url of [
      'https://www.aliexpress.com/p/order/index.html?dh-fixture=unknown',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789&dh-fixture=unknown',
      'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201&dh-fixture=unknown',
      'https://aliexpress.ru/order-list?dh-fixture=unknown',
    ]) {
      expect(read('common/unknown-layout.html', url), url).toEqual(empty);
    }
  });

  it('dispute detail: status, awaiting party, deadline, proposal and history', () => {
    const url = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';
    const [dispute] = read('com/dispute-detail.html', url).disputes;
    expect(dispute).toMatchObject({
      disputeId: '5012345678901201',
      orderId: '8190000123456703',
      route: 'dom:global/dispute-detail',
      reason: 'Item not as described',
      status: 'awaiting_buyer',
      statusText: 'Waiting for your response',
      awaiting: 'buyer',
      deadline: { on: '2026-01-12T08:40' },
    });
    expect(dispute!.history).toEqual([
      {
        actor: 'seller',
        action: "Seller's proposal",
        text: "Seller's proposal: Partial refund US $5.00 Keep the item",
        amount: { amount: 5, currency: 'USD' },
      },
      {
        actor: 'seller',
        at: '2026-01-07T08:40',
        text: 'Proposed a partial refund of US $5.00.',
        amount: { amount: 5, currency: 'USD' },
      },
      { actor: 'buyer', at: '2026-01-05T10:15', text: 'Added 2 photos as evidence.' },
      expect.objectContaining({ actor: 'buyer', at: '2026-01-05T10:12', amount: { amount: 18.02, currency: 'USD' } }),
    ]);
  });

  it('aliexpress.ru list and detail', () => {
    expect(read('ru/order-list.html', 'https://aliexpress.ru/order-list').orders).toEqual([
      {
        orderId: '5385013512515995',
        source: 'page-dom',
        route: 'dom:ru/order-list',
        status: 'shipped',
        statusText: 'В пути',
        total: { amount: 1234.56, currency: 'RUB' },
      },
      {
        orderId: '5385013512516021',
        source: 'page-dom',
        route: 'dom:ru/order-list',
        status: 'processing',
        statusText: 'Ожидает отправки',
        total: { amount: 689, currency: 'RUB' },
      },
      {
        orderId: '5385013512516104',
        source: 'page-dom',
        route: 'dom:ru/order-list',
        status: 'delivered',
        statusText: 'Получен',
        total: { amount: 2405.1, currency: 'RUB' },
      },
    ]);
    expect(read('ru/order-detail.html', 'https://aliexpress.ru/order-list/5385013512515995').orders).toEqual([
      {
        orderId: '5385013512515995',
        source: 'page-dom',
        route: 'dom:ru/order-detail',
        status: 'shipped',
        statusText: 'В пути',
        store: { name: 'Harbor Lights Store', id: '1102345678' },
        items: [
          {
            title: 'Кабель USB-C для быстрой зарядки 2 м, нейлоновая оплётка, 100 Вт',
            productId: '1005006123456789',
            price: { amount: 1234.56, currency: 'RUB' },
          },
        ],
        total: { amount: 1234.56, currency: 'RUB' },
        orderedOn: '2025-12-17',
      },
    ]);
  });

  it.skipIf(!existsSync(LEGACY_CAPTURE))(`legacy 2014 order detail, real capture (${LEGACY_CAPTURE})`, () => {
    const url = 'https://trade.aliexpress.com/order_detail.htm?orderId=62386252923552';
    expect(read(LEGACY_CAPTURE, url).orders).toEqual([
      {
        // The shown order number; the capture's tbody[data-orderid] is a different id (164732391969956).
        orderId: '62386252923552',
        source: 'page-dom',
        route: 'dom:legacy/order-detail',
        status: 'shipped',
        statusText: 'Awaiting Receipt',
        store: { name: 'Shenzhen VIP Price Store Technology co.,Ltd.', id: '604584' },
        items: [
          {
            title:
              '2014 Neoprene Bikini Tie-up sliding Triangle Top Neoprene Swimsuit Sports Neoprene Swimwear bathing 4 Colors 202',
            options: ['Color: Orange', 'Size: S'],
            quantity: 1,
            price: { amount: 10, currency: 'USD' },
          },
        ],
        total: { amount: 13.77, currency: 'USD' },
        tracking: [{ number: 'RI002972278CN', carrier: 'China Post Air Mail' }],
      },
    ]);
  });
});

describe('readSnapshotsFromDom drafts', () => {
  it('sends the texts the worker parses, not parsed values', () => {
    const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
    const { orders } = readSnapshotsFromDom(loadPage('com/order-detail.html', url), detectPage(url)!);
    expect(orders).toEqual([
      {
        orderId: '8190000123456789',
        route: 'dom:global/order-detail',
        statusText: 'Awaiting delivery',
        store: { name: 'Harbor Lights Store' },
        items: [
          {
            title: 'USB-C Fast Charging Cable 2m Braided Nylon 100W',
            productId: '1005006123456789',
            options: ['Color: Black', 'Length: 2m'],
            quantity: 1,
            priceText: 'US $12.99 x1',
          },
        ],
        totalText: 'US $11.48',
        orderedOnText: 'Dec 17, 2025',
        paidOnText: 'Dec 17, 2025',
        tracking: [{ number: 'LX012345678CN', carrier: 'Cainiao' }],
        // From the promise's phrase to the 60 characters the worker reads its date from.
        protectionText: 'Refund if no delivery before Feb 14, 2026 Track order Confirm received Delivery address S',
      },
    ]);
  });

  it('carries the .ru price format and the dispute texts', () => {
    const ruUrl = 'https://aliexpress.ru/order-list';
    expect(readSnapshotsFromDom(loadPage('ru/order-list.html', ruUrl), detectPage(ruUrl)!).orders[0]).toEqual({
      orderId: '5385013512515995',
      route: 'dom:ru/order-list',
      statusText: 'В пути',
      totalText: '1 234,56 ₽',
      priceFormat: { currency: 'RUB', decimal: ',' },
    });
    const url = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';
    const [dispute] = readSnapshotsFromDom(loadPage('com/dispute-detail.html', url), detectPage(url)!).disputes;
    expect(dispute).toMatchObject({
      statusText: 'Waiting for your response',
      deadlineText: "Respond before Jan 12, 2026 08:40. If you don't respond, the request will be closed.",
    });
    expect(dispute!.history![1]).toEqual({
      actor: 'seller',
      atText: 'Jan 7, 2026 08:40',
      text: 'Proposed a partial refund of US $5.00.',
    });
  });
});

describe('findOrderCards', () => {
  it('finds each .com card with its status label as the badge anchor', () => {
    const cards = findOrderCards(loadPage('com/order-list.html'), 'global');
    expect(cards.map((card) => card.orderId)).toEqual([
      '8190000123456701',
      '8190000123456702',
      '8190000123456703',
      '8190000123456704',
    ]);
    expect(cards.every((card) => card.element.classList.contains('order-item-header-status-text'))).toBe(true);
  });

  it('finds each .ru card by its grouped number', () => {
    const cards = findOrderCards(loadPage('ru/order-list.html', 'https://aliexpress.ru/order-list'), 'ru');
    expect(cards.map((card) => card.orderId)).toEqual(['5385013512515995', '5385013512516021', '5385013512516104']);
    expect(cards[0]!.element.textContent).toBe('В пути');
  });

  it('finds nothing on unknown markup', () => {
    expect(findOrderCards(loadPage('common/unknown-layout.html'), 'global')).toEqual([]);
    expect(findOrderCards(loadPage('com/order-detail-renamed.html'), 'ru')).toEqual([]);
  });
});

describe('readDisputeForm', () => {
  it('reads the current form as filled in', () => {
    const page = loadPage('com/dispute-start.html');
    (page.querySelector('#description') as HTMLTextAreaElement).value = 'The parcel never arrived.';
    page.querySelector('#reason-value')!.textContent = 'Tracked as returned/canceled/lost';
    (page.querySelector('#refund-amount') as HTMLInputElement).value = '5,50';
    const container = page.querySelector('.upload--imageContainer--3tTIByI')!;
    for (let i = 0; i < 2; i++) {
      const thumb = page.createElement('div');
      thumb.className = 'upload--imageThumb--1diFoUj';
      container.append(thumb);
    }
    const form = readDisputeForm(page)!;
    expect({ ...form, textarea: form.textarea?.id, submitButton: form.submitButton?.getAttribute('data-pl') }).toEqual({
      text: 'The parcel never arrived.',
      reason: 'Tracked as returned/canceled/lost',
      resolution: 'partial_refund',
      amount: 5.5,
      currencyText: 'Max. US $12.99',
      attachmentCount: 2,
      textarea: 'description',
      submitButton: 'buyersubmit_btn_submit',
    });
    // The currency is read where the money parser runs, from the text the form sends.
    expect(currencyIn(form.currencyText!)).toBe('USD');
  });

  it('reads typed amounts with either decimal mark, and no negative or oversized ones', () => {
    const page = loadPage('com/dispute-start.html');
    const input = page.querySelector('#refund-amount') as HTMLInputElement;
    const amountOf = (typed: string) => {
      input.value = typed;
      return readDisputeForm(page)?.amount;
    };
    expect(['12.99', '5,5', ' 7 ', '1.234,56', '1,234.56', '1.234', '10.'].map(amountOf)).toEqual([
      12.99, 5.5, 7, 1234.56, 1234.56, 1234, 10,
    ]);
    expect(['', 'abc', '-5', '−5,00', '9'.repeat(12)].map(amountOf)).toEqual(Array(5).fill(undefined));
    input.value = '12.99';
    expect(readDisputeForm(page)?.resolution).toBe('full_refund');
    input.value = '12,98';
    expect(readDisputeForm(page)?.resolution).toBe('partial_refund');
  });

  it('knows the untouched form, return & refund, and pages without a form', () => {
    const page = loadPage('com/dispute-start.html');
    expect(readDisputeForm(page)).toMatchObject({
      text: '',
      reason: undefined,
      resolution: 'full_refund',
      amount: 12.99,
      attachmentCount: 0,
    });
    (page.querySelector('input[value="refund_only"]') as HTMLInputElement).checked = false;
    (page.querySelector('input[value="return_and_refund"]') as HTMLInputElement).checked = true;
    expect(readDisputeForm(page)?.resolution).toBe('return');
    expect(readDisputeForm(loadPage('com/order-detail.html'))).toBeNull();
    expect(readDisputeForm(loadPage('common/unknown-layout.html'))).toBeNull();
  });

  it('reads the legacy form (Part 2 A4 ids)', () => {
    const page = loadPage('common/unknown-layout.html');
    const body = page.body;
    const textarea = page.createElement('textarea');
    textarea.id = 'request-detail-txt';
    textarea.value = 'Not received';
    const amount = page.createElement('input');
    amount.id = 'refund-amount';
    amount.value = '3.20';
    const submit = page.createElement('button');
    submit.id = 'submit';
    body.append(textarea, amount, submit);
    expect(readDisputeForm(page)).toMatchObject({
      text: 'Not received',
      amount: 3.2,
      attachmentCount: 0,
      submitButton: submit,
    });
  });
});
