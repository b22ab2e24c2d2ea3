import { describe, expect, it } from 'vitest';
import { moneyFromCents, moneyFromPriceInfo, parseMoney } from '../../../lib/aliexpress/text/money';

describe('parseMoney', () => {
  it.each([
    ['1 234,56 ₽', 1234.56, 'RUB'],
    ['1\u00a0234,56\u00a0₽', 1234.56, 'RUB'],
    ['1\u202f234 ₽', 1234, 'RUB'],
    ['1 234 ₽', 1234, 'RUB'],
    ['500 руб.', 500, 'RUB'],
    ['Итого: 2 405,10 ₽', 2405.1, 'RUB'],
    ['R$132,74', 132.74, 'BRL'],
    ['R$1.234,56', 1234.56, 'BRL'],
    ['R$61.25', 61.25, 'BRL'],
    ['US $12.50', 12.5, 'USD'],
    ['Total: US $11.48', 11.48, 'USD'],
    ['$1,234.56', 1234.56, 'USD'],
    ['€5,00', 5, 'EUR'],
    ['12,5 USD', 12.5, 'USD'],
    ['CN¥ 88.00', 88, 'CNY'],
    ['1,234 €', 1234, 'EUR'],
    ['1.234 €', 1234, 'EUR'],
    ['1,234,567.5 USD', 1234567.5, 'USD'],
    ['1.234.567 ₽', 1234567, 'RUB'],
  ])('reads %j', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('uses the currency and decimal hints', () => {
    expect(parseMoney('12.50', { currency: 'usd' })).toEqual({ amount: 12.5, currency: 'USD' });
    expect(parseMoney('1,234', { currency: 'EUR', decimal: ',' })).toEqual({ amount: 1.23, currency: 'EUR' });
    expect(parseMoney('1.234', { currency: 'USD', decimal: '.' })).toEqual({ amount: 1.23, currency: 'USD' });
  });

  it.each(['-R$5,66', '− 5,00 ₽', 'Free shipping', '12.50', '', 'US $99999999999', 'NaN USD'])(
    'gives nothing for %j',
    (text) => {
      expect(parseMoney(text)).toBeUndefined();
    },
  );
});

describe('JSON money shapes', () => {
  it('reads {cent, currency}', () => {
    expect(moneyFromCents(6125, 'BRL')).toEqual({ amount: 61.25, currency: 'BRL' });
    expect(moneyFromCents('500', 'USD')).toEqual({ amount: 5, currency: 'USD' });
    expect(moneyFromCents(-1, 'USD')).toBeUndefined();
    expect(moneyFromCents(1.5, 'USD')).toBeUndefined();
    expect(moneyFromCents(100, 'dollars')).toBeUndefined();
  });

  it('reads formatPriceInfo with its currencyCode', () => {
    expect(moneyFromPriceInfo('R$126,59|126|59', 'BRL')).toEqual({ amount: 126.59, currency: 'BRL' });
    expect(moneyFromPriceInfo('R$1.234,50|1.234|50', 'BRL')).toEqual({ amount: 1234.5, currency: 'BRL' });
    expect(moneyFromPriceInfo('US $7.00', undefined)).toEqual({ amount: 7, currency: 'USD' });
    expect(moneyFromPriceInfo(42, 'USD')).toBeUndefined();
  });
});
