import { describe, expect, it } from 'vitest';
import { codes, flagged } from './helpers';

describe('insults', () => {
  it.each([
    ['Вы идиоты', ['идиоты']],
    ['Продавец, вы тупые бараны?', ['вы тупые', 'бараны']],
    ['Уроды, верните деньги', ['Уроды']],
    ['Ну вы и клоуны', ['клоуны']],
    ['you morons', ['morons']],
    ['Are you blind?', ['Are you blind']],
    ['stupid seller', ['stupid seller']],
    ['Мудаки, вы что прислали?', ['Мудаки']],
    ['you assholes', ['assholes']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'insult')).toEqual(expected);
  });

  it.each([
    'Нож пришёл тупой, не режет',
    'Уродливая сумка, швы кривые',
    'Баранина в описании, а пришла курица',
    'Козловой кран сломан',
    'stupid design of the clasp',
  ])('judging the product is not an insult: %s', (text) => {
    expect(flagged(text, 'insult')).toBeUndefined();
  });
});

describe('threats', () => {
  it.each([
    ['Засужу вас', ['Засужу']],
    ['Найду вас и мало не покажется', ['Найду вас']],
    ['Вы пожалеете', ['пожалеете']],
    ["I'll find you", ["I'll find you"]],
    ['You will regret this', ['You will regret this']],
    ['I will sue you', ['I will sue you']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'threat')).toEqual(expected);
  });

  it.each(['Обращусь в поддержку AliExpress', 'I will open a claim and leave a review'])(
    'a lawful next step is not a threat: %s',
    (text) => {
      expect(flagged(text, 'threat')).toBeUndefined();
    },
  );
});

describe('emotional', () => {
  it.each([
    ['Где посылка??', ['??']],
    ['Ужас!!!', ['Ужас', '!!!']],
    ['ВЕРНИТЕ МОИ ДЕНЬГИ', ['ВЕРНИТЕ', 'МОИ', 'ДЕНЬГИ']],
    ['НЕ ТОТ ЦВЕТ', ['НЕ', 'ТОТ', 'ЦВЕТ']],
    ['Я в шоке', ['в шоке']],
    ['Я разочарована', ['разочарована']],
    ['worst seller', ['worst']],
    ['I am so disappointed 😡', ['disappointed', '😡']],
    ['блять, опять', ['блять']],
    ['what a fucking joke', ['fucking']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });

  it.each([
    'К сожалению, товар пришёл с царапиной!',
    'Unfortunately the item is scratched.',
    'Кабель USB и HDMI не работают, трек LP00123456789012',
    'Краска слезла через неделю',
    'Шоколад растаял в посылке',
    'Достали из коробки, а там трещина',
  ])('calm text is not emotional: %s', (text) => {
    expect(codes(text)).not.toContain('emotional');
  });
});

describe('accusations', () => {
  it.each([
    ['Вы мошенники', ['мошенники']],
    ['Это развод', ['развод']],
    ['Меня кинули', ['Меня кинули']],
    ['Вы специально прислали старую модель', ['специально']],
    ['Все продавцы такие', ['Все продавцы такие']],
    ['Ворьё', ['Ворьё']],
    ['You scammed me', ['scammed']],
    ['classic scam', ['scam']],
    ['thieves and liars', ['thieves', 'liars']],
    ['sent on purpose', ['on purpose']],
    ['Everyone knows this store cheats', ['Everyone knows', 'cheats']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    'Купила специально для поездки',
    'Ворс лезет, воротник порван',
    'Разводной ключ сломан',
    'Посылку кинули через забор',
    'Посылка пришла пустой: вес 0,02 кг',
  ])('a fact or an innocent word is not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});
