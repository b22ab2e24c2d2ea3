import { describe, expect, it } from 'vitest';
import { codes, flagged } from './helpers';

// The kinds round thirty-four's first score missed (tests/analyzer/README.md, round thirty-four), with their innocent
// twins. The sentences are new wordings, not the corpus texts.

describe('curses are threats whatever lawful word is near', () => {
  it.each([
    ['Чтоб у того, кто придумал эти споры, руки отсохли.', 'Чтоб у того, кто придумал эти споры, руки отсохли'],
    ['Пусть у упаковщика руки отвалятся, раз банку так упаковал.', 'Пусть у упаковщика руки отвалятся'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'threat')).toEqual([words]);
  });

  it('a lawful step still keeps a visit ordinary', () => {
    expect(codes('Я приеду в пункт выдачи, чтобы оформить возврат.')).not.toContain('threat');
  });
});

describe('a support agent’s private data before an audience', () => {
  it('her name and photo on every review site is a threat; an honest review there is not', () => {
    expect(
      codes('I found her LinkedIn and her city. Her photo and name will go up on every review site I can find.'),
    ).toContain('threat');
    expect(codes('I will post an honest review on every review site I can find.')).not.toContain('threat');
  });
});

describe('the platform accused of siding with sellers', () => {
  it.each([
    ['Поддержка, как всегда, на стороне продавца.', 'Поддержка, как всегда, на стороне продавца'],
    ['AliExpress always sides with the sellers.', 'AliExpress always sides with the sellers'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'accusation')).toEqual([words]);
  });

  it('support on the buyer’s side is no accusation', () => {
    expect(codes('Поддержка встала на мою сторону, спасибо.')).not.toContain('accusation');
    expect(codes('Поддержка сказала, что свяжется только с продавцом.')).not.toContain('accusation');
  });
});

describe('someone else’s accusation, disowned', () => {
  it('«муж сказал, что вы специально, но я так не считаю» is not the writer’s', () => {
    expect(codes('Муж сказал, что вы специально шлёте брак, но я так не считаю.')).not.toContain('accusation');
    expect(codes('Муж сказал, что вы специально шлёте брак, и я с ним согласна.')).toContain('accusation');
  });
});

describe('products named by a rude-looking word', () => {
  it('a cock ring set is the product', () => {
    expect(codes('The cock ring set came with two sizes of three.')).not.toContain('profanity');
    expect(codes('Your packer is a cock.')).toContain('profanity');
  });
});

describe('masks', () => {
  it('a percent or a caret between Cyrillic letters hides a letter', () => {
    expect(codes('Не лампа, а х%рня какая-то.')).toContain('profanity');
    expect(codes('Это п^здец, а не упаковка.')).toContain('profanity');
    expect(codes('Скидка 50%, размер 42, цвет синий.')).not.toContain('profanity');
  });
});
