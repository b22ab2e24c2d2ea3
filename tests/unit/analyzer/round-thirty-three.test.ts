import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round thirty-three's first score missed (tests/analyzer/README.md, round thirty-three), with their
// innocent twins. The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;

describe('a negotiator’s own figure is the sum asked for', () => {
  it.each([
    ['You offered $3 for the lamp. I want $25.', 25],
    ['Your offer of $2 is too low; I’m asking for $18.', 18],
    ['You said $4, I said $12. Let’s meet in the middle at $8.', 8],
    ['Вы предлагаете 100 рублей. Мне нужно 600 рублей, и зонт остаётся у меня.', 600],
    ['Продавец предлагает 2 доллара. Мой встречный вариант — 9 долларов.', 9],
    ['Какие 50 рублей? Возвращай 700 рублей, и разойдёмся.', 700],
  ])('%s', (text, amount) => {
    expect(detect(text)).toMatchObject({ resolution: 'partial_refund', amount });
  });

  it('a sum someone else wants, or one the buyer turns down, is not asked for', () => {
    expect(detect('Customs now want 40 euros in fees. Give me a full refund.')).toEqual({ resolution: 'full_refund' });
    expect(detect('I don’t want the $2 you offered. Please send the missing screws.')).toEqual({
      resolution: 'exchange',
    });
  });

  it('a coupon’s value is no money back, and "a $2" is no Australian dollar', () => {
    expect(detect('You want me to accept a $2 coupon and wait. No. I want my $30 refunded in full.')).toEqual({
      resolution: 'full_refund',
    });
    expect(detect('A $2 partial refund would be fair.')).toMatchObject({ amount: 2, currency: 'USD' });
  });

  it('money going back to the card is no item sent back', () => {
    expect(detect('I accept your $6, on one condition: it goes back to my card, not as store credit.')).toMatchObject({
      resolution: 'partial_refund',
    });
  });

  it('«ваш вариант» is the seller’s, not the buyer’s request', () => {
    expect(
      detect(
        'Ваш вариант выслать новую крышку не решает дела. Прошу вернуть 900 рублей, чайник готов отправить обратно.',
      ),
    ).toEqual({ resolution: 'return' });
  });
});

describe('timid requests', () => {
  it('"I don’t really want to return it" is no return; half the price back is a partial refund', () => {
    expect(detect('I don’t really want to return the whole set. Would half the price back be OK?')).toMatchObject({
      resolution: 'partial_refund',
    });
  });

  it('«обмен мне, наверное, не нужен» declines the exchange', () => {
    expect(detect('Обмен мне, наверное, не нужен, ждать долго. Лучше верните деньги.')).toEqual({
      resolution: 'full_refund',
    });
  });

  it('«может, поменяете на мятный?» and «доложите недостающее» ask for the right item', () => {
    expect(detect('Может, поменяете на мятный?')).toEqual({ resolution: 'exchange' });
    expect(detect('В наборе нет двух фишек. Доложите недостающее.')).toEqual({ resolution: 'exchange' });
    expect(detect('Можно поменять адрес доставки? Посылка не пришла, верните деньги.')).toEqual({
      resolution: 'full_refund',
    });
  });

  it('the buyer calling themself names, after «я,», insults no one; «я, в отличие от вас» still does', () => {
    expect(codes('Наверное, я, старая дура, не так включаю, но фен молчит.')).not.toContain('insult');
    expect(codes('Я, в отличие от вас, умею читать описание.')).toContain('insult');
  });
});

describe('names that look rude', () => {
  it('a place called by a rude word is its name', () => {
    const text = 'The parcel went to a village called Fucking in Austria, which is where I live. It came broken.';
    expect(codes(text)).not.toContain('profanity');
    expect(codes(text)).not.toContain('emotional');
    expect(codes('Fucking useless, it came broken.')).toContain('profanity');
  });

  it('a bastard file is a file, also when named again; Swedish «slut» is an end', () => {
    expect(
      codes('I ordered a bastard file. The bastard is the one I needed for steel. It did not come.'),
    ).not.toContain('profanity');
    expect(codes('The tag said slutpris, final price. The zip broke.')).not.toContain('profanity');
    expect(codes('You lying bastard, the zip broke.')).toContain('profanity');
  });

  it('«какой-то, а не сервис» after mat names no one', () => {
    expect(flagged('Ну и пиzдец какой-то, а не сервис.', 'insult')).toBeUndefined();
  });
});

describe('insults and threats', () => {
  it.each([
    ['Your Jenkins is a proper muppet.', 'Your Jenkins is a proper muppet'],
    ['Спасибо, умнички, хорошо упаковали. Ваза пришла без коробки, разбита.', 'умнички'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'insult')).toEqual([words]);
  });

  it('«спасибо, умнички» with nothing wrong after it is thanks', () => {
    expect(codes('Спасибо, умнички, всё пришло целым и вовремя.')).not.toContain('insult');
  });

  it('a wish that something bursts at their home threatens', () => {
    expect(codes('Желаю, чтобы у вас дома тоже что-нибудь так же лопнуло ночью.')).toContain('threat');
  });
});

describe('what the buyer shows and says', () => {
  it('a refusal shouted twice is shouting; an order number is not', () => {
    expect(codes('I am NOT taking a coupon. NOT. The scale is 3 kg off.')).toContain('emotional');
    expect(codes('Order NO. 12345 and parcel NO 678: the scale is 3 kg off.')).not.toContain('emotional');
  });

  it('a mattress that deflates names its problem; the courier’s delivery photo is no promise of a file', () => {
    expect(codes('Матрас сдулся в первую же ночь, воздух выходит через клапан.')).not.toContain('missing_what');
    expect(codes('The delivery photo shows a blue door, mine is white. Refund me.')).not.toContain(
      'evidence_not_attached',
    );
  });
});
