import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { findMoney } from '../../../lib/analyzer/money';
import { readText } from '../../../lib/analyzer/reading';

const detect = (text: string, orderTotal?: number) => checkDispute({ text, orderTotal }).detected;
const sums = (text: string) => findMoney(readText(text).flat).map(({ value, currency }) => [value, currency]);

describe('two requests: the first counts', () => {
  it.each([
    ['Верните, пожалуйста, деньги, а если нет — то хотя бы компенсацию.', 'full_refund'],
    ['I would like my money back, or failing that a partial refund.', 'full_refund'],
    ['Полный возврат, либо скидка 200 рублей за царапину.', 'full_refund'],
    ['A full refund, otherwise $3 for the scratch.', 'full_refund'],
    ['Пришлите другой чайник, или верните деньги.', 'exchange'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['Прошу компенсацию 250 рублей или полный возврат.', 250],
    ['Please refund $4 for the stain, or else the whole price.', 4],
  ])('a partial refund named first keeps its sum: %s', (text, amount) => {
    expect(detect(text)).toMatchObject({ resolution: 'partial_refund', amount });
  });

  it.each(['Refund the difference or I will take it to AliExpress.', 'Верните половину стоимости, или я открою спор.'])(
    '"or" before a step that is no request keeps the partial refund: %s',
    (text) => {
      expect(detect(text).resolution).toBe('partial_refund');
    },
  );
});

describe('what the seller promised or offered is told, not asked', () => {
  it.each([
    ['You promised to resend the missing lid two weeks ago. Please refund $6 for it.', 'partial_refund'],
    ['Вы обещали дослать насадку, но так и не дослали. Верните 300 рублей за неё.', 'partial_refund'],
    ['The kettle you sent as a replacement leaks the same way. Refund me this time.', 'full_refund'],
    ['Замену вы прислали, и она тоже треснула. Верните деньги.', 'full_refund'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['I no longer want the replacement, just the money back.', 'full_refund'],
    ['От купона отказываюсь, верните деньги.', 'full_refund'],
    ['Бонусные баллы мне не нужны, прошу полный возврат.', 'full_refund'],
    ["I don't want store credit, please refund the full price.", 'full_refund'],
    ['Rather than a voucher, I want my money returned.', 'full_refund'],
    ['Скидка 100 рублей меня совсем не устраивает, верните деньги.', 'full_refund'],
    ['От компенсации я отказываюсь, верните полную стоимость.', 'full_refund'],
  ])('a coupon, bonus or offer set against the request: %s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });
});

describe('requests in ordinary words', () => {
  it.each([
    ["I'd like to send the heater back for a refund.", 'return'],
    ["We'll post it back once you confirm.", 'return'],
    ['Хочу вернуть утюг продавцу и получить назад деньги.', 'return'],
    ['Готова сдать куртку и вернуть стоимость.', 'return'],
    ['Please return my full amount.', 'full_refund'],
    ['I am asking for the return of my payment.', 'full_refund'],
    ['Please send cable with the USB-C end.', 'exchange'],
    ['Send blue.', 'exchange'],
    ['Could you send a new one?', 'exchange'],
    ['Отправьте, пожалуйста, 12-вольтовые.', 'exchange'],
    ['Прошу доотправить недостающую крышку.', 'exchange'],
    ['Допришлите вторую перчатку.', 'exchange'],
    ['Please refund the cost of the missing charger.', 'partial_refund'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['Посылки до меня так и не дошли, верните деньги.', 'full_refund'],
    ['Письма дошли до вас? Верните деньги.', 'full_refund'],
    ['Please send photos of the packing, and refund me.', 'full_refund'],
    ['Please send tracking details.', 'none'],
    ['Отправьте трек-номер.', 'none'],
    ['Please sort it out.', 'none'],
    ['Разберитесь, пожалуйста.', 'none'],
    ['What will you do about it?', 'none'],
    ['Что вы собираетесь с этим делать?', 'none'],
  ])('no exchange is read in: %s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });
});

describe('sums in words, minor units and other currencies', () => {
  it.each([
    ['Refund nine dollars twenty, please.', [[9.2, 'USD']]],
    ['Верните 7 долларов 40 центов.', [[7.4, 'USD']]],
    ['Прошу 450 рублей 50 копеек за шнур.', [[450.5, 'RUB']]],
    ['Верните 3 тысячи рублей.', [[3000, 'RUB']]],
    ['Верните 2 тыс. руб. за недостачу.', [[2000, 'RUB']]],
    ['Refund 15 euros.', [[15, 'EUR']]],
    ['Refund 800 naira for the strap.', [[800, 'NGN']]],
    ['Refund KES 350 for the lid.', [[350, 'KES']]],
    ['Верните 40 манат.', [[40, 'AZN']]],
    ['Прошу вернуть 120 гривен.', [[120, 'UAH']]],
    ['Refund 600 rubles.', [[600, 'RUB']]],
    ['Верните 15 злотых.', [[15, 'PLN']]],
  ])('%s', (text, expected) => {
    expect(sums(text)).toEqual(expected);
  });

  it.each([
    ['a number after the sum that is no cents', 'Refund 10 dollars 3 days ago I asked.', [[10, 'USD']]],
    ['a second sum after a comma', 'Refund 10 euros, 5 for the cable.', [[10, 'EUR']]],
    ['"won" the verb', 'Which one won? Refund me.', []],
    ['a bag is not a sum', 'Пришли 2 сумки вместо трёх.', []],
  ])('no wrong sum: %s', (_, text, expected) => {
    expect(sums(text)).toEqual(expected);
  });

  it.each([
    ['Keep the lamp, refund eleven dollars fifty.', 11.5],
    ['Оставлю себе, верните триста рублей за царапину.', 300],
    ['Please refund 12 euros for the missing bag.', 12],
  ])('a partial refund with a sum in words or another currency has its amount: %s', (text, amount) => {
    const result = checkDispute({ text });
    expect(result.detected).toMatchObject({ resolution: 'partial_refund', amount });
    expect(result.findings.map((finding) => finding.code)).not.toContain('partial_without_amount');
  });

  it.each([
    'Оставлю товар, верните сумму на ваше усмотрение.',
    'I will keep it if you refund half.',
    'Please refund the difference.',
  ])('a partial refund without a sum is asked for one: %s', (text) => {
    const codes = checkDispute({ text }).findings.map((finding) => finding.code);
    expect(codes).toContain('partial_without_amount');
  });
});
