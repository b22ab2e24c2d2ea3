import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round twenty-nine's first score missed (tests/analyzer/README.md, round twenty-nine), with their innocent
// twins. The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;

describe('menace from a position', () => {
  it.each([
    ['У меня знакомые в налоговой, имейте в виду.'],
    ['Вашей фирмой займутся, обещаю.'],
    ['Все ваши посылки будут месяцами стоять на досмотре.'],
    ['Откроете свой магазин утром и увидите пустую страницу.'],
    ['I can have your shop deleted by Monday.'],
    ['Так что жду до пятницы, а то могу и в гости заехать.'],
  ])('%s', (text) => {
    expect(codes(text)).toContain('threat');
  });

  it.each([
    ['Я подам жалобу в налоговую и в Роспотребнадзор.'],
    ['Приглашаю вас в гости на наш сайт отзывов, там всё написано.'],
    ['The platform can have your listing removed if it is misdescribed.'],
  ])('a lawful step or a plain invitation is no threat: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('insults and accusations', () => {
  it.each([
    ['Ну что, валенки с упаковки, опять не тот размер?', 'Ну что, валенки с упаковки,'],
    ['Поясняю для тех, кто не отличает кожу от клеёнки.', 'Поясняю для тех, кто не отличает'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'insult')).toEqual([words]);
  });

  it('a shame said of the item is a judgement; said of them, a name', () => {
    expect(codes('Это не копия, а позорище какое-то.')).not.toContain('insult');
    expect(codes('Вы позорище, а не продавцы.')).toContain('insult');
  });

  it.each([
    ['Your 4.8 stars are obviously bought.', 'stars are obviously bought'],
    ['Рейтинг у вас накрученный.', 'Рейтинг у вас накрученный'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'accusation')).toEqual([words]);
  });
});

describe('mat', () => {
  it('a name dotted between its letters is read', () => {
    expect(flagged('Ваш упаковщик — у.ё.бок.', 'insult')).toEqual(['у.ё.бок']);
    expect(codes('Цена 100 у.е. за штуку, пришла 3 мая.')).not.toContain('profanity');
  });

  it('set against a quoted name of the thing, mat judges', () => {
    expect(codes('Это п и з д е ц, а не «люкс-копия». Пришла 3 мая.')).not.toContain('emotional');
  });

  it('"f*cking idiots" sharpens a name; "f*cking scammers" stays a feeling as older hands label it', () => {
    expect(codes('Unlike you f*cking idiots, I can read a spec sheet.')).not.toContain('emotional');
    expect(codes('You f*cking scammers sold me a dead switch.')).toContain('emotional');
  });
});

describe('requests', () => {
  it.each([
    ['A full refund of USD 89. I am not paying to ship it back to China.', 'full_refund'],
    ['Please refund the $64 I paid.', 'full_refund'],
    ['Думаю, деньги лучше вернуть до пятницы.', 'full_refund'],
    ['Прошу прислать 4 колеса на 11 мм.', 'exchange'],
    ['I can ship it back at my own cost.', 'return'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });
});
