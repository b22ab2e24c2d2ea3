import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { codes, flagged } from './helpers';

// The kinds round thirty's first score missed (tests/analyzer/README.md, round thirty), with their innocent twins.
// The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;

describe('minced oaths and soft substitutes', () => {
  it.each([
    ['Well, go fork yourself, the heater died on 2 May.', 'go fork yourself'],
    ['Fork off with your excuses.', 'Fork off'],
    ['Your effing courier left it in the rain.', 'effing'],
  ])('a minced oath still reads as the word: %s', (text, words) => {
    expect(flagged(text, 'profanity')).toContain(words);
  });

  it.each([
    ['I ate the cake with a fork on 3 May and the plate cracked.'],
    ['The fork in the road on the map is printed wrong.'],
    ['Heck, the lid cracked on 3 May. Frigging annoying, but a refund will do.'],
  ])('a fork, a heck or a frick is no oath: %s', (text) => {
    expect(codes(text)).not.toContain('profanity');
  });

  it.each([
    ['Да пошли вы лесом со своими советами.', 'пошли вы лесом'],
    ['Идите вы в баню с такой упаковкой.', 'Идите вы в баню'],
    ['Sod off with your survey.', 'Sod off'],
    ['Вы там с печки упали? Прислали не тот цвет.', 'Вы там с печки упали'],
    ['Пишу уже вашим дармоедам из поддержки третий раз.', 'дармоедам'],
  ])('sending the seller away or asking if they fell from a tree calls names: %s', (text, words) => {
    expect(flagged(text, 'insult')).toEqual([words]);
  });

  it.each([['Мы пошли в баню, а курьер приехал без звонка.'], ['Идите в сервисный центр, сказал мастер.']])(
    'going to the bathhouse is no insult: %s',
    (text) => {
      expect(codes(text)).not.toContain('insult');
    },
  );

  it('the buyer’s own «я обалдел» is a feeling; «вы обалдели?» asked of them is a name', () => {
    expect(flagged('Я просто обалдел, когда открыл коробку 2 мая.', 'emotional')).toEqual(['Я просто обалдел']);
    expect(codes('Вы там обалдели? Прислали не тот цвет.')).toContain('insult');
  });
});

describe('names the buyer calls themself', () => {
  it.each([
    ['I felt like a complete plonker putting it together twice.'],
    ['Made me feel like a total muppet, the holes are drilled on the wrong side.'],
    ['I am not the brightest bulb, but even I can see the holes are drilled wrong.'],
  ])('%s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });

  it('the same words said of them call names', () => {
    expect(codes('Your packers are not the sharpest tools in the shed.')).toContain('insult');
  });
});

describe('someone else’s words', () => {
  it.each([
    ['Сын сказал, что вы обманщики, но я с ним не согласна, думаю, это ошибка склада.'],
    ['My husband says you are crooks; I disagree, I think the parcel was just mixed up.'],
  ])('a relative’s label the writer disowns is no accusation: %s', (text) => {
    expect(codes(text)).not.toContain('accusation');
  });

  it('kept, the same label accuses', () => {
    expect(codes('Сын сказал, что вы обманщики. И он прав.')).toContain('accusation');
  });

  it('words passed on to the seller are the writer’s to send', () => {
    expect(flagged('Жена просила передать дословно: вы там все идиоты.', 'insult')).toEqual(['идиоты']);
    expect(codes('Продавец ответил, дословно: вы там все идиоты.')).not.toContain('insult');
  });
});

describe('proverbs, quotes and verdicts', () => {
  it.each([
    ['На воре и шапка горит: отзыв мой вы сразу удалили.', 'На воре и шапка горит'],
    ['У вас явно рыльце в пушку.', 'рыльце в пушку'],
  ])('a proverb that calls them thieves accuses: %s', (text, words) => {
    expect(flagged(text, 'accusation')).toEqual([words]);
  });

  it('mat naming the item it points at judges; the same word as an adjective vents', () => {
    expect(codes('Лампа перестала светить 3 мая. Верните деньги за этот пиздец.')).not.toContain('emotional');
    expect(codes('Этот ебучий фен сгорел 3 мая.')).toContain('emotional');
  });

  it('an ironic title is sarcasm when the failure comes two sentences on', () => {
    expect(
      codes('Ну молодцы, мастера своего дела! Вазу завернули в один лист газеты. Пришла 4 мая в трёх кусках.'),
    ).toContain('insult');
    expect(codes('Курьер — мастер своего дела, доставил 4 мая. Ваза целая, спасибо.')).not.toContain('insult');
  });

  it('a motherfucker set off by commas in a sentence to "you" is a name', () => {
    expect(flagged('Send it, m*therf*cker, do you hear me?', 'insult')).toEqual(['m*therf*cker']);
  });
});

describe('threats', () => {
  it('a wish that their home sparks like the item is a threat', () => {
    expect(codes('Чтоб у вас дома проводка так искрила, как эта гирлянда.')).toContain('threat');
    expect(codes('Чтобы у вас всё работало, проверяйте гирлянды перед отправкой.')).not.toContain('threat');
  });

  it('customs held over their boxes is a threat; a complaint about customs is not', () => {
    expect(
      codes('My brother is a customs officer. Every parcel of yours will be stuck in inspection for weeks.'),
    ).toContain('threat');
    expect(codes('Every parcel from you ends up stuck at customs for weeks.')).not.toContain('threat');
  });
});

describe('requests and times', () => {
  it('a sum asked back that is the price the text names asks for the whole price', () => {
    expect(
      detect('I bought a lamp from your store for $42.50. It arrived broken on 2 May. Refund the $42.50.'),
    ).toEqual({
      resolution: 'full_refund',
    });
    expect(detect('Купила шапку за 900 ₽. Пришла 2 мая с дыркой. Верните 900 ₽.')).toEqual({
      resolution: 'full_refund',
    });
  });

  it('a part’s price or the shipping paid is no price of the whole', () => {
    expect(detect('I paid $7.99 for express shipping, it took 30 days. Refund the $7.99.')).toMatchObject({
      resolution: 'partial_refund',
      amount: 7.99,
    });
    expect(detect('Набор за 1 290 ₽, гребень в нём стоил 390 ₽ и не пришёл. Верните 390 ₽.')).toMatchObject({
      resolution: 'partial_refund',
      amount: 390,
    });
    expect(detect('Я заплатила 35 евро за багаж из-за вашего размера. Верните 35 евро.')).toMatchObject({
      resolution: 'partial_refund',
    });
  });

  it('offering to send "this one" back, or «готовы вернуть» the item, is a return', () => {
    expect(detect('We will send this one back as well, just refund him.')).toEqual({ resolution: 'return' });
    expect(detect('Готовы вернуть куртку, если вы оплатите доставку и вернёте деньги.')).toEqual({
      resolution: 'return',
    });
    expect(detect('Please don’t make me send this back, just refund me.')).toEqual({ resolution: 'full_refund' });
  });

  it('«N дней посылки нет» tells how long', () => {
    expect(codes('50 дней посылки нет, трек стоит. Верните деньги.')).not.toContain('missing_when');
  });

  it('the seller’s stock line quoted after "your" is no scare quote', () => {
    expect(codes('Enough of your "buyer’s mistake" excuse, the lamp flickers.')).not.toContain('accusation');
    expect(codes('Your "mistake" cost me a week.')).toContain('accusation');
  });
});
