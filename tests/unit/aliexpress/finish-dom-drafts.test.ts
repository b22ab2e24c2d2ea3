import { describe, expect, it } from 'vitest';
import { finishDomDrafts } from '../../../lib/aliexpress/page-data/finish-dom-drafts';

const OBSERVED_AT = new Date('2026-01-08T12:00:00Z');
const ORDER = '8190000123456789';
const finishOrders = (...orders: unknown[]) => finishDomDrafts({ orders, disputes: [] }, OBSERVED_AT).orders;

describe('finishDomDrafts', () => {
  it('parses the texts of an order draft into a page-dom snapshot', () => {
    expect(
      finishOrders({
        orderId: ORDER,
        route: 'dom:global/order-detail',
        statusText: 'Awaiting delivery',
        items: [{ title: 'Cable', quantity: 2, priceText: 'US $12.99 x2' }],
        totalText: 'US $11.48',
        orderedOnText: 'Dec 17, 2025',
        paidOnText: '2025-12-17 10:05',
        shippedOnText: 'Dec. 19',
        protectionText: 'Refund if no delivery before Feb 14, 2026 Track order',
      }),
    ).toEqual([
      {
        orderId: ORDER,
        source: 'page-dom',
        route: 'dom:global/order-detail',
        status: 'shipped',
        statusText: 'Awaiting delivery',
        items: [{ title: 'Cable', quantity: 2, price: { amount: 12.99, currency: 'USD' } }],
        total: { amount: 11.48, currency: 'USD' },
        orderedOn: '2025-12-17',
        paidOn: '2025-12-17T10:05',
        // Yearless: placed by when the page was read, not by when the worker runs.
        shippedOn: '2025-12-19',
        protectionEndsOn: '2026-02-14',
      },
    ]);
  });

  it('reads prices by the page format the draft states, and a status code before the text', () => {
    const [order] = finishOrders({
      orderId: ORDER,
      statusCode: 'FINISH',
      statusText: 'Awaiting Receipt',
      items: [{ priceText: '1 234,56' }],
      totalText: '1.234',
      priceFormat: { currency: 'RUB', decimal: ',' },
    });
    expect(order).toMatchObject({
      status: 'completed',
      items: [{ price: { amount: 1234.56, currency: 'RUB' } }],
      // The stated decimal comma makes the dot a thousands mark.
      total: { amount: 1234, currency: 'RUB' },
    });
    // An unusable format is ignored: a price without a currency is no price.
    expect(
      finishOrders({ orderId: ORDER, totalText: '12,50', priceFormat: { currency: 'rubles', decimal: ';' } }),
    ).toEqual([{ orderId: ORDER, source: 'page-dom' }]);
  });

  it('parses a dispute draft: state from the status text, deadline, history dates and amounts', () => {
    const { disputes } = finishDomDrafts(
      {
        orders: [],
        disputes: [
          {
            disputeId: '5012345678901201',
            orderId: '8190000123456703',
            statusText: 'Waiting for your response',
            deadlineText: `Respond before Jan 12, 2026 08:40. ${'x'.repeat(250)}`,
            history: [
              { actor: 'seller', atText: 'Jan 7 08:40', text: 'Proposed a partial refund of US $5.00.' },
              { actor: 'buyer', atText: 'no date', text: 'Added 2 photos as evidence.' },
            ],
          },
        ],
      },
      OBSERVED_AT,
    );
    expect(disputes).toEqual([
      {
        disputeId: '5012345678901201',
        orderId: '8190000123456703',
        source: 'page-dom',
        status: 'awaiting_buyer',
        statusText: 'Waiting for your response',
        awaiting: 'buyer',
        deadline: { on: '2026-01-12T08:40', text: expect.stringMatching(/^Respond before .{150,}…$/) },
        history: [
          {
            actor: 'seller',
            at: '2026-01-07T08:40',
            text: 'Proposed a partial refund of US $5.00.',
            amount: { amount: 5, currency: 'USD' },
          },
          { actor: 'buyer', text: 'Added 2 photos as evidence.' },
        ],
      },
    ]);
    expect(disputes[0]!.deadline!.text!.length).toBe(200);
  });

  it('drops each bad field alone and ignores what a draft may not carry', () => {
    expect(
      finishOrders({
        orderId: ORDER,
        source: 'page-data',
        status: 'completed',
        total: { amount: 1, currency: 'USD' },
        totalText: 'US $-3.00',
        orderedOnText: 'Feb 30, 2026',
        statusText: '<img src=x onerror=alert(1)>',
        route: 42,
        store: { name: 'x'.repeat(5000), id: '1102345678' },
        items: ['garbage', { title: 7, productId: '1005006123456789', quantity: '2' }],
        tracking: [{ number: 'not a tracking number!' }, { number: 'LX012345678CN', carrier: 'Cainiao' }],
        protectionText: 'Refund if no delivery before soon',
      }),
    ).toEqual([
      {
        orderId: ORDER,
        source: 'page-dom',
        store: { id: '1102345678' },
        items: [{ productId: '1005006123456789' }],
        tracking: [{ number: 'LX012345678CN', carrier: 'Cainiao' }],
      },
    ]);
  });

  it('never throws: non-objects, bad ids, prototype keys and throwing getters lose only their draft', () => {
    const throwing = Object.defineProperty({}, 'orderId', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const polluting = JSON.parse(`{"orderId":"${ORDER}","__proto__":{"polluted":true},"constructor":{"x":1}}`);
    expect(
      finishOrders('garbage', null, [ORDER], { orderId: '42' }, { orderId: 8190000123456789 }, throwing, polluting),
    ).toEqual([{ orderId: ORDER, source: 'page-dom' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      finishDomDrafts({ orders: [], disputes: [{ disputeId: '5012345678901201', history: 'x' }] }, new Date(NaN)),
    ).toEqual({ orders: [], disputes: [{ disputeId: '5012345678901201', source: 'page-dom' }] });
  });
});
