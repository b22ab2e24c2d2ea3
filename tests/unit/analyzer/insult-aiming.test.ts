import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Complete in every other respect, so only the tone is in play.
const PHOTO = { attachments: [{ name: 'kettle.jpg', type: 'image/jpeg', size: 90_000 }] };
const EN_REST = ' The kettle arrived with a cracked handle on 4 June, photo attached. Refund please.';
const RU_REST = ' Чайник пришёл 4 июня с треснувшей ручкой, фото прилагаю. Верните деньги.';
const rest = (sentence: string) => (/[а-яё]/i.test(sentence) ? RU_REST : EN_REST);
const insultIn = (sentence: string) => flagged(sentence + rest(sentence), 'insult', PHOTO)?.join(' | ');
/** The text as written, with nothing added: for praise, whose reading depends on what follows it. */
const insultInPlain = (text: string) => flagged(text, 'insult', PHOTO)?.join(' | ');

function catches(cases: [string, string][]) {
  it.each(cases)('%s', (sentence, words) => {
    expect(insultIn(sentence)).toContain(words);
  });
}

function spares(sentences: string[], read = insultIn) {
  it.each(sentences)('not: %s', (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });
}

describe('English name-calling by its aiming grammar, whatever the name', () => {
  catches([
    ['Your dispatch crew are absolute galoots.', 'Your dispatch crew are absolute galoots'],
    ['Your returns people are proper numbnuts, they lost my photos twice.', 'Your returns people are proper numbnuts'],
    ['Your support agent is a complete plank.', 'Your support agent is a complete plank'],
    ['Your night shift staff are utter gonks.', 'Your night shift staff are utter gonks'],
    ['Which goober picked my order?', 'goober'],
    ['Which bampot at your depot packed this kettle?', 'bampot'],
    ['Whoever taped this box is a dingus.', 'Whoever taped this box is a dingus'],
    ['Whoever checked my order must have been a twonk, honestly.', 'must have been a twonk'],
    ['Absolute yahoos at that depot.', 'Absolute yahoos'],
    ['Your shop is run by a bunch of lummoxes.', 'run by a bunch of lummoxes'],
    ['Your packing team is a load of gormless wonders.', 'a load of gormless'],
    ['Your support people are wapumbavu, three replies and no answer.', 'Your support people are wapumbavu'],
  ]);
  spares([
    'Your support team is an absolute pleasure to deal with, but the kettle is split.',
    'Your staff are total professionals, but the kettle is split.',
    'Your store is a total ripoff.',
    'Your warehouse is a complete mess, the kettle was loose in the box.',
    'Your team are absolute stars, thank you, but the handle is split.',
    'Your packers are total beginners at this, I guess.',
    'Your store is a bunch of lies.',
    'The kit was packed by a bunch of volunteers at a charity, I know.',
    'Whoever packed this was a pro, the box was perfect, but the kettle inside is faulty.',
    'Whoever packed this is a mystery, the label is blank.',
    'Whoever packed my order was a trainee, I suppose.',
    'Whoever packed this was a fan of tape.',
    'Which warehouse packed this kettle?',
    'Which factory packed this kettle?',
    'Which courier picked up my order?',
    'Absolute bargains in your store, but this kettle came split.',
    'Absolute scenes at the warehouse, the tracking says returned.',
    'Your staff are absolute sweethearts, thank you, but the handle is split.',
    'Whoever packed this is a saint, thanks, but the handle is split.',
    'Your team is a complete unknown to me.',
  ]);
});

describe('Russian name-calling by its aiming grammar', () => {
  catches([
    ['Вы что, бестолочи, размер прочитать не можете?', 'бестолочи'],
    ['Вы там, салаги, совсем ослепли?', 'салаги'],
    ['Ты что, акымақтар, не видишь артикул?', 'акымақтар'],
    ['Какой дуралей собирал мой заказ?', 'дуралей'],
    ['Что за растрёпа упаковывал чайник без плёнки?', 'растрёпа'],
    ['Похоже, у вас на складе работает целый зоопарк.', 'у вас на складе работает целый зоопарк'],
    ['У вас заказы собирает младшая группа детского сада?', 'У вас заказы собирает младшая группа детского сада'],
    ['У вас там посылки мартышка пакует?', 'У вас там посылки мартышка пакует'],
    ['Вы что, набрали упаковщиков в цирке?', 'Вы что, набрали упаковщиков в цирке'],
    ['Вы там совсем охренели?', 'Вы там совсем охренели'],
    ['Вы на складе совсем ебанулись, что ли?', 'Вы на складе совсем ебанулись'],
  ]);
  spares([
    'Вы что, уверены, что отправили синий?',
    'Вы, продавцы, должны проверять товар.',
    'Вы, наверное, перепутали заказы.',
    'Вы что, издеваетесь, третий раз пишу.',
    'Вы там, девушки, проверьте, пожалуйста, артикул.',
    'Вы что, сами, не видите трещину на фото?',
    'Вы там, пацаны, проверьте артикул.',
    'Вы же, китайцы, умеете делать хорошие вещи.',
    'Вы, ребята, хорошо упаковали, но чайник треснул.',
    'Какой склад собирал мой заказ?',
    'Какая смена упаковывала мой заказ?',
    'Какие детали собирали в этот набор, я не знаю, но двух не хватает.',
    'У вас на фото дети собирают пазл, а в коробке нет двух деталей.',
    'Какая разница, кто упаковывал, если чайник треснул?',
    'Какой смысл, что собирали аккуратно, если винтов нет?',
    'Какая вероятность, что собирал один и тот же человек?',
  ]);
});

describe('mocking comparisons: animals and children doing, or likened to, the staff', () => {
  catches([
    ['Вы неповоротливый, как тюлень: третий раз пишу.', 'как тюлень'],
    ['Вы надулись, как индюки, и не отвечаете.', 'как индюки'],
    ['Даже мой кот упаковал бы аккуратнее.', 'Даже мой кот упаковал бы аккуратнее'],
    ['Даже семилетний племянник положил бы ручку ровнее.', 'Даже семилетний племянник положил бы ручку ровнее'],
  ]);
  spares([
    'Мой кот порвал упаковку, но трещина была уже на фото при получении.',
    'Даже мой внук собрал бы этот шкаф быстрее, если бы были все винты.',
    'Костюм обезьянки для сына пришёл без хвоста.',
    'Ваш ишак-игрушка пришёл без уха.',
    'Заказывала корм для хомяка, пришёл для попугая.',
    'Детская куртка пришла не того размера, ребёнок в ней как в мешке.',
    'My cat chewed the box, but the handle was already split in the photo at pickup.',
    'I ordered a monkey costume for my son and it came without the tail.',
    'The dog bed arrived with a torn seam, my puppy will not lie on it.',
  ]);
});

describe('talking down: doubting that the reader can figure things out', () => {
  catches([
    ['Прикладываю фото, а то вдруг не догадаетесь, где трещина.', 'а то вдруг не догадаетесь'],
    ['Обвела ручку красным, а то у вас опять не сообразят, куда смотреть.', 'а то у вас опять не сообразят'],
    ['Повторяю для особо сообразительных: ручка треснула.', 'для особо сообразительных'],
    ['Checking a size chart seems to be a real struggle for your team.', 'seems to be a real struggle for your'],
    ['Reading an address appears to be quite a challenge over there.', 'quite a challenge over there'],
    ['I drew arrows since your team cannot figure it out.', 'since your team cannot figure it out'],
    ['Вы там вообще читать умеете?', 'Вы там вообще читать умеете'],
  ]);
  it('reads a transliterated infinitive written without its soft sign (chitat)', () => {
    const text = 'Vy tam voobshche chitat umeete? Chajnik prishel s treshchinoj 4 iyunya, foto prilagayu.';
    expect(insultInPlain(text)).toBe('Vy tam voobshche chitat umeete');
  });
  spares([
    'Прикладываю перевод, а то на почте вдруг не разберутся.',
    'Отправьте заказным, а то посылка опять не дойдёт.',
    'Reading the manual was a struggle for me because it is only in Chinese.',
    'Finding the tracking number on your site is a struggle for me, please send it.',
  ]);
});

describe('ironic titles and rewards next to a failure', () => {
  catches([
    ['Wow, packer of the year right there.', 'packer of the year'],
    ['Someone give your packer a raise.', 'give your packer a raise'],
    ['Работник месяца, не иначе.', 'Работник месяца'],
    ['Выдайте упаковщику медаль.', 'Выдайте упаковщику медаль'],
    ["Chef's kiss, team.", "Chef's kiss"],
    ['Высший пилотаж упаковки.', 'Высший пилотаж'],
    ['Профессионализм просто зашкаливает.', 'Профессионализм просто зашкаливает'],
    ['You have outdone yourselves.', 'outdone yourselves'],
    [
      'I asked for the blue kettle and got a green one, employee of the month material whoever picked it.',
      'employee of the month',
    ],
  ]);
  spares(
    [
      'Our courier should be employee of the month: the kettle arrived on time and works.',
      'Упаковка — высший класс, но ручка треснула 4 июня, фото прилагаю.',
      'Курьер — работник месяца, привёз вовремя. К сожалению, ручка треснула.',
      'Я писала продавцу месяца два назад, посылка так и не пришла.',
      'Give the courier a medal, he found my flat in the snow. The kettle works fine.',
    ],
    insultInPlain,
  );
});

describe('a bunch of things, or a thing judged, is not name-calling', () => {
  catches([
    ['What a shower of galoots.', 'What a shower of galoots'],
    ['Сборище бездельников, а не магазин.', 'Сборище бездельников'],
  ]);
  spares([
    'What a bunch of nonsense from your support.',
    'You sent a bunch of excuses instead of a refund.',
    'Сборище отзывов на странице не помогло.',
    'This phone has the memory of a goldfish, it forgets the wifi every day.',
  ]);
});

describe("the seller's words quoted are not the buyer's insult", () => {
  spares([
    'Продавец написал: «вы что, бестолочи, читать не умеете?» — это его слова.',
    'The seller replied: "whoever ordered this is a dingus", screenshot attached.',
    'The seller wrote: "your packers are total galoots", then sent a split kettle.',
  ]);
});
