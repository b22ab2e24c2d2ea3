import { describe, expect, it } from 'vitest';
import { asksToCloseDispute, disputeActionOf, type DisputeAction } from '../../../lib/aliexpress/dispute-actions';
import type { HistoryEntry } from '../../../lib/model/snapshots';

describe('dispute history actions', () => {
  it.each<[HistoryEntry, DisputeAction]>([
    [{ action: 'initiate' }, 'open'],
    [{ action: 'cancel' }, 'cancel'],
    [{ action: 'buyer accept' }, 'accept'],
    [{ action: 'seller accept' }, 'accept'],
    [{ action: 'buyer refuse' }, 'reject'],
    [{ action: 'seller create solution', amount: { amount: 3, currency: 'USD' } }, 'proposal'],
    [{ action: 'seller modify solution' }, 'proposal'],
    [{ action: 'seller create solution', amount: { amount: 0, currency: 'USD' } }, 'reject'],
    [{ action: 'seller create proof' }, 'proof'],
    [{ action: 'buyer modify issue reason' }, 'modify'],
    [{ action: 'Seller rejected the request' }, 'reject'],
    [{ action: 'Продавец отклонил запрос' }, 'reject'],
    [{ action: 'Продавец предложил решение' }, 'proposal'],
    [{ action: 'Покупатель не согласен' }, 'reject'],
    [{ text: 'Hello' }, 'message'],
    [{ amount: { amount: 4, currency: 'USD' } }, 'proposal'],
    [{ amount: { amount: 0, currency: 'USD' } }, 'reject'],
  ])('%j → %s', (entry, expected) => {
    expect(disputeActionOf(entry)).toBe(expected);
  });
});

describe('asks the buyer to close the dispute', () => {
  it.each([
    ['Please close the dispute and I will refund you', true],
    ['Can you cancel this dispute? I send new parcel', true],
    ['Kindly withdraw your refund request', true],
    ['I will pay you $2 via PayPal', true],
    ['Закройте, пожалуйста, спор', true],
    ['Прошу отменить спор, вышлю новый товар', true],
    ['отзовите претензию', true],
    ['Please cancel your refund request, I will resend the parcel', true],
    ['Withdraw the application and I pay you by Western Union', true],
    ['Снимите, пожалуйста, спор', true],
    ['Отмените заявку на возврат, я вышлю замену', true],
    ['Верну деньги на вашу карту, только закройте', true],
    ['Переведу 300 рублей через PayPal', true],
    ['At the end of the week we will review your request', false],
    ['Your request has been closed by AliExpress', false],
    ['Я вернул посылку на склад', false],
    ['Мы отправили уведомление на телефон', false],
    ['The parcel is close to your city', false],
    ['We are sorry for the delay, the dispute is being reviewed', false],
    ['Посылка уже в вашем городе', false],
    [undefined, false],
  ])('%j → %s', (text, expected) => {
    expect(asksToCloseDispute(text)).toBe(expected);
  });
});
