import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round twenty-five's first score missed (tests/analyzer/README.md, round twenty-five), with their innocent
// twins. The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;
const PHOTO = { attachments: [{ name: 'a.jpg', type: 'image/jpeg', size: 1 }] };

describe('what older buyers and hurt buyers ask for', () => {
  it.each([
    ['Забирайте свой чайник обратно за ваш счёт, а деньги верните.', 'return'],
    ['Заберите вашу лампу, деньги верните.', 'return'],
    ["I'm happy to post everything back at your expense for a refund.", 'return'],
    ['Деньги верните, а плед я оставлю себе.', 'full_refund'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it('a sum named as the whole order is a full refund; a sum named as a part is not', () => {
    expect(detect('Если не найдёте посылку, верните 2 340 рублей, это вся сумма заказа.').resolution).toBe(
      'full_refund',
    );
    expect(detect('Верните 340 рублей за сломанную ручку, это часть суммы.')).toMatchObject({
      resolution: 'partial_refund',
      amount: 340,
    });
  });

  it('a replacement only told about does not turn "a full refund of 3 200 ₽" into a partial one', () => {
    const told = 'Я спрашивала, можно ли прислать другой размер, ответа нет. Прошу полный возврат 3 200 ₽.';
    expect(detect(told).resolution).toBe('full_refund');
    expect(detect('Пришлите недостающую ножку, а за царапину верните 300 ₽.')).toMatchObject({
      resolution: 'partial_refund',
      amount: 300,
    });
  });

  it('no time for an exchange: the sum "at your discretion" is a partial refund without a sum', () => {
    const text = 'Менять некогда, праздник завтра. Верните за сколотую тарелку сколько сочтёте нужным.';
    expect(detect(text).resolution).toBe('partial_refund');
    expect(codes(text, PHOTO)).toContain('partial_without_amount');
    expect(detect('Пожалуйста, замените тарелку, время ещё есть.').resolution).toBe('exchange');
  });

  it.each([
    'Либо возвращаете деньги, либо я пишу в поддержку.',
    'Деньги на карту, пожалуйста, до пятницы.',
    'Dress: wrong colour. Photo: attached. Money: back.',
  ])('a refund asked for in few words: %s', (text) => {
    expect(detect(text).resolution).toBe('full_refund');
  });
});

describe('wishes of harm and promises of regret', () => {
  it.each([
    ['Чтоб у тебя руки отсохли за такую сборку.', 'Чтоб у тебя руки отсохли'],
    ['Чтобы вы так же болели, как мой сын.', 'Чтобы вы так же болели'],
    ['I hope your kids get sick from your junk.', 'I hope your kids get sick'],
    ['Таких, как вы, я заставляю пожалеть.', 'заставляю пожалеть'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'threat')).toEqual([words]);
  });

  it.each([
    'Чтобы вы не болели этой зимой, желаю здоровья, но чайник течёт с 3 марта.',
    "I hope you don't get sick from the cold; the heater stopped on 3 March.",
    'I hope your family is well. The heater stopped on 3 March.',
  ])('a good wish is no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('feelings', () => {
  it('mat right after opening the parcel is a cry, even a few words later; mat as a verdict is not', () => {
    expect(codes('Распаковала посылку с платьем для выпускного — пиздец.', PHOTO)).toEqual(
      expect.arrayContaining(['profanity', 'emotional']),
    );
    expect(codes('Качество шва — пиздец.', PHOTO)).not.toContain('emotional');
  });

  it('mat asked of the seller after «ты» calls a name; the same word as a cry does not', () => {
    expect(codes('Ты ёбнт? Прислал трек чужой посылки.')).toEqual(expect.arrayContaining(['profanity', 'insult']));
    expect(codes('Ты ёбнт? Прислал трек чужой посылки.')).not.toContain('emotional');
    expect(codes('Ёбнт, опять не тот цвет пришёл 3 марта.')).not.toContain('insult');
  });

  it.each(["I DON'T NEED A COUPON, I need the stroller.", 'Я В ШОКЕ ОТ ЭТОГО.'])(
    'capitals with short words between them shout: %s',
    (text) => {
      expect(codes(text)).toContain('emotional');
    },
  );

  it('capitals printed on the label do not', () => {
    expect(codes("The care label says DON'T IRON, the listing says iron on low. Photo attached.")).not.toContain(
      'emotional',
    );
  });

  it.each(['Ненавижу этот магазин. Верните деньги.', 'I hate this shop. Refund me.'])('hate: %s', (text) => {
    expect(codes(text)).toContain('emotional');
  });

  it('"I hate to bother you" is politeness', () => {
    expect(codes('I hate to bother you, but the lamp flickers since 3 May.')).not.toContain('emotional');
  });
});

describe('labels and names', () => {
  it('"thieving" labels the shop; "shame on you for the packing" scolds without one', () => {
    expect(flagged('Thieving little shop. Refund.', 'accusation')).toEqual(['Thieving']);
    expect(codes('Shame on you for packing glass in a paper bag. It came broken on 3 May.')).not.toContain(
      'accusation',
    );
  });

  it('"Dick, my grandson," is a name; "you dick" is not', () => {
    expect(codes('Dick, my grandson, says the tablet will not charge since 2 May.')).not.toContain('profanity');
    expect(codes('Refund me, you dick.')).toContain('profanity');
  });

  it('a baby size in months is no time; months waited are', () => {
    const size =
      'The romper came in size 6-9 months, not the 0-3 months I ordered. Photo attached. Please exchange it.';
    expect(codes(size, PHOTO)).toContain('missing_when');
    expect(codes('I waited 3 months for the romper. Photo attached. Refund please.', PHOTO)).not.toContain(
      'missing_when',
    );
  });
});
