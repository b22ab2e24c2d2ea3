import { describe, expect, it } from 'vitest';
import { disputeStateOf, orderStatusOf } from '../../../lib/aliexpress/text/statuses';

describe('orderStatusOf', () => {
  it.each([
    ['WAIT_BUYER_ACCEPT_GOODS', 'shipped'],
    ['WAIT_BUYER_CONFIRM_GOODS', 'shipped'],
    ['FINISH', 'completed'],
    ['IN_ISSUE', 'in_dispute'],
    ['WAIT_BUYER_PAY', 'awaiting_payment'],
    [8, 'shipped'],
    ['9', 'completed'],
    ['Awaiting delivery', 'shipped'],
    ['Completed', 'completed'],
    ['In dispute', 'in_dispute'],
    ['Ожидает доставки', 'shipped'],
    ['В пути', 'shipped'],
    ['Ожидает отправки', 'processing'],
    ['Спор открыт', 'in_dispute'],
    ['Завершён', 'completed'],
    ['Получен', 'delivered'],
    ['Отменён', 'cancelled'],
  ])('maps %j', (value, expected) => {
    expect(orderStatusOf(value)).toBe(expected);
  });

  it.each(['С отделкой', 'Something new', '', 7, null])('leaves %j unknown', (value) => {
    expect(orderStatusOf(value)).toBeUndefined();
  });
});

describe('disputeStateOf', () => {
  it.each([
    ['wait_seller_accept', 'awaiting_seller', 'seller'],
    ['wait_buyer_accept', 'awaiting_buyer', 'buyer'],
    ['Waiting for your response', 'awaiting_buyer', 'buyer'],
    ["Waiting for AliExpress's feedback", 'under_review', 'platform'],
    ['Waiting for AliExpress’s feedback', 'under_review', 'platform'],
    ['Refund complete', 'refunded', undefined],
    ['Ожидает ответа продавца', 'awaiting_seller', 'seller'],
    ['Спор открыт', 'awaiting_seller', 'seller'],
    ['Завершён', 'closed', undefined],
    ['wait_for_buyer_returnid', 'awaiting_return', 'buyer'],
    [4, 'closed', undefined],
  ])('maps %j', (value, status, awaiting) => {
    expect(disputeStateOf(value)).toEqual(awaiting ? { status, awaiting } : { status });
  });

  it('leaves unknown text without a status', () => {
    expect(disputeStateOf('Something else')).toEqual({});
    expect(disputeStateOf(2)).toEqual({});
  });
});
