import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round fifteen's first score missed (tests/analyzer/README.md, round fifteen), with their innocent twins.
// The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;

describe('words that only look rude, and mat hidden by a symbol the flattening masks', () => {
  it.each([
    'Отправка была из Хуйчжоу, шла три недели.',
    'The stop cock and the drain cock both leak at the thread.',
    'The kit is missing two 47 µF capacitors.',
  ])('innocent: %s', (text) => {
    expect(codes(text)).not.toContain('profanity');
  });

  it('«ху€вый» is mat under a currency sign', () => {
    expect(flagged('Пластик ху€вый, треснул сразу.', 'profanity')).toEqual(['ху€вый']);
  });
});

describe('a cry, a name, a judgement', () => {
  it.each([
    ['Фото прилагаю. Сука, чуть квартиру не спалила.', true],
    ['The seat covers are total S H I T, seams open after a week.', false],
    ['Refund now. Fuckers.', false],
  ])('%s', (text, emotional) => {
    expect(codes(text)).toContain('profanity');
    expect(codes(text).includes('emotional')).toBe(emotional);
  });
});

describe('accusations, insults and menace in slang', () => {
  it.each([
    ['Ты не первый, кто решил меня кинуть.', 'решил меня кинуть'],
    ['Развели как лоха, внутри синтепон.', 'Развели как лоха'],
    ["I'm sure it's pure coincidence that every cell tests at half its label.", "I'm sure it's pure coincidence"],
  ])('accusation: %s', (text, words) => {
    expect(flagged(text, 'accusation')?.join(' | ')).toContain(words);
  });

  it.each([
    ['Слышь, петушара, где заказ?', 'петушара'],
    ['На складе у вас работают такие тюхи и растетёхи.', 'работают такие тюхи'],
  ])('insult: %s', (text, words) => {
    expect(flagged(text, 'insult')?.join(' | ')).toContain(words);
  });

  it.each([
    ['Ружьё у меня, кстати, не только на уток.', 'Ружьё у меня, кстати, не только на'],
    ['С такими продавцами всякое случается — то товар сгорит, то склад.', 'всякое случается'],
  ])('threat: %s', (text, words) => {
    expect(flagged(text, 'threat')?.join(' | ')).toContain(words);
  });

  it.each([
    'Ружьё в чехол не влезает, чехол короче на 15 см.',
    'С такими морозами всякое бывает, но лампа не должна трескаться.',
  ])('innocent: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('requests and sums', () => {
  it.each([
    ['Вернуть её не получится, я уже отрезала кусок. Прошу вернуть разницу в стоимости.', 'partial_refund'],
    ["I don't want to send the sofa back. Please refund the difference.", 'partial_refund'],
    ['Деньги возвращать не надо, пришлите 17-й.', 'exchange'],
    ['Или досылаешь аккумулятор, или пишу жалобу.', 'exchange'],
    ['Send me 44 please, I received 41.', 'exchange'],
    ["I don't want another grip. Refund me in full.", 'full_refund'],
    ['Это издевательство, а не компенсация. Верните полную стоимость.', 'full_refund'],
    ['Посылки пришли 10 ноября, обе с трещинами.', 'none'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ["I accept a partial refund, but not €4. I'd accept €18,50 back and keep the chair.", 18.5],
    ['Refund £0.60 per pack, so £7.20 in total.', 7.2],
    ['Прошу 2 набора по 210 ₽, то есть 420 ₽.', 420],
    ['I would accept a partial refund of 34,50 zł.', 34.5],
    ['Please refund 5 700 tenge.', 5700],
    ['Прошу вернуть разницу в цене, 95 рублей.', 95],
  ])('the sum: %s', (text, amount) => {
    expect(detect(text)).toMatchObject({ resolution: 'partial_refund', amount });
  });
});

describe('vague texts', () => {
  it.each([
    "It isn't quite what one would expect from the listing.",
    'The bike is a complete letdown.',
    'Заказывала сковороду, а получила вот это.',
  ])('%s', (text) => {
    expect(codes(text)).toContain('missing_what');
  });
});
