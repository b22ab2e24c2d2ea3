import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round thirty-five's first score missed (tests/analyzer/README.md, round thirty-five), with their innocent
// twins. The sentences are new wordings, not the corpus texts.

const resolutionOf = (text: string) => checkDispute({ text }).detected;

describe('an audience turned on the seller', () => {
  it('"my subscribers will find you" is a threat; a group that knows the shop is not', () => {
    expect(flagged('Trust me, my subscribers will find you.', 'threat')).toEqual(['subscribers will find you']);
    expect(codes('Мои подписчики вас быстро найдут, поверьте.')).toContain('threat');
    expect(
      codes('Веду канал о покупках в ВК, и там уже все в курсе, что ваш магазин тянет с отправкой.'),
    ).not.toContain('threat');
    expect(codes('Я нашла вас в ВК и знаю вашу семью.')).toContain('threat');
  });
});

describe('menace in figures of speech', () => {
  it.each([
    ['I know a dozen ways to make a packer disappear.', 'make a packer disappear'],
    ['Руки бы оторвать тем, кто так пакует посуду.', 'Руки бы оторвать тем'],
    ['Тому, кто это собирал, руки бы поотрывать.', 'Тому, кто это собирал, руки бы поотрывать'],
    ['Таких продавцов раньше в лесу закапывали.', 'Таких продавцов раньше в лесу закапывали'],
    ['Поймал бы этого упаковщика — научил бы его, как возят фарфор.', 'Поймал бы этого упаковщика — научил бы'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'threat')).toEqual([words]);
  });

  it('the seller’s address "just so you know" is a threat; the address to send it back to is not', () => {
    expect(codes('Your shop address is on the invoice. Just so you know.')).toContain('threat');
    expect(codes('Your warehouse address is on the return label, so I will send it back on Monday.')).not.toContain(
      'threat',
    );
  });

  it('a problem made to disappear and a figure about the buyer stay innocent', () => {
    expect(codes('Please make the problem disappear by sending the missing screws.')).not.toContain('threat');
    expect(codes('Тренер меня отделал как бог черепаху, а груша порвалась на второй тренировке.')).not.toContain(
      'insult',
    );
  });
});

describe('talking down without a swear word', () => {
  it.each([
    'Let me do the sums slowly for you: eight chairs ordered, six delivered.',
    'Reading is clearly hard over there, so here it is again.',
    'Maybe hire someone with opposable thumbs for the packing.',
    'Did a troop of baboons pack this?',
    'Посчитаю для вас медленно: заказано восемь, пришло шесть.',
    'Эх вы, шлемазлы.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('insult');
  });

  it('"thick as a brick" said of a person; of a glass it is a measure', () => {
    expect(codes('The girl in your support must be thick as a brick.')).toContain('insult');
    expect(codes('The glass is thick as a brick, which is fine.')).not.toContain('insult');
  });

  it('counting out loud for oneself is not', () => {
    expect(codes('I counted them slowly twice: eight ordered, six delivered.')).not.toContain('insult');
  });
});

describe('feelings told in figures of speech', () => {
  it.each([
    'Меня этот чайник просто доконал.',
    'I could have throttled someone when the lid came off again.',
    'I am still trembling after the charger sparked.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('emotional');
  });

  it('a horror film and a dress that looks great are not feelings', () => {
    expect(codes('Диск с фильмом ужасов пришёл треснутым.')).not.toContain('emotional');
    expect(codes('Куртка сидит ох*енно, но замок сломался на третий день.')).not.toContain('emotional');
  });

  it('"effing" before a noun vents; "eff off" sends away', () => {
    expect(codes('Where is the effing charger?')).toContain('emotional');
    expect(codes('Eff off with your coupon.')).not.toContain('emotional');
  });

  it('an -ing swear word before a name sharpens the name', () => {
    expect(codes('You f-ing plonkers sent the wrong size.')).toEqual(expect.arrayContaining(['profanity', 'insult']));
    expect(codes('You f-ing plonkers sent the wrong size.')).not.toContain('emotional');
  });

  it('«это вообще пиздец» in Latin letters judges the item', () => {
    expect(codes('kurtka prishla rvanaya, eto voobshe pizdets.')).toContain('profanity');
    expect(codes('kurtka prishla rvanaya, eto voobshe pizdets.')).not.toContain('emotional');
  });

  it('an article before spaced capitals is not the word’s first letter', () => {
    expect(flagged('This is a S H I T kettle.', 'profanity')).toEqual(['S H I T']);
  });
});

describe('the platform accused of siding with sellers', () => {
  it('«арбитраж снова встанет на сторону продавца» accuses; a condition does not', () => {
    expect(codes('Знаю, арбитраж снова встанет на сторону продавца.')).toContain('accusation');
    expect(codes('Арбитраж встанет на сторону продавца, если не будет фото.')).not.toContain('accusation');
  });
});

describe('a seller’s mat without its vowels, quoted', () => {
  it('«пшёл нх» is mat; «НХ» in a model name is not', () => {
    expect(codes('Продавец написал: «пшёл нх». Скрин прилагаю.')).toContain('profanity');
    expect(codes('Фонарь модели НХ-200 не включается.')).not.toContain('profanity');
  });
});

describe('the listing’s pictures and short counts', () => {
  it('"nowhere near the pictures" is not the buyer’s evidence', () => {
    expect(codes('The colour is nowhere near the pictures. Refund me.')).toContain('missing_evidence');
    expect(codes('The colour is wrong, see the pictures. Refund me.')).not.toContain('missing_evidence');
  });

  it('"ordered 8, only 5 came" names the problem', () => {
    expect(codes('Ordered 8 spoons, only 5 came.')).not.toContain('missing_what');
  });
});

describe('requests', () => {
  it('compensation at the seller’s discretion, after the return is turned down', () => {
    expect(resolutionOf('Отправлять обратно не хочу, компенсацию назначьте на ваше усмотрение.')).toEqual({
      resolution: 'partial_refund',
    });
  });

  it('«верните за недостающие» is a partial refund; money for the parcel that never came is the whole price', () => {
    expect(resolutionOf('Из пяти пачек пришли три. Верните за недостающие.').resolution).toBe('partial_refund');
    expect(resolutionOf('Прошу вернуть деньги за непришедший заказ.').resolution).toBe('full_refund');
  });

  it('a partial refund turned down for the missing parts', () => {
    expect(resolutionOf('Частичная компенсация мне не нужна, пришлите две недостающие полки.').resolution).toBe(
      'exchange',
    );
  });

  it('«досылать не надо» turns down the resend', () => {
    expect(resolutionOf('Досылать не надо. Верните 40% стоимости.').resolution).toBe('partial_refund');
  });
});
