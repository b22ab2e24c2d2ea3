import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { framedInsults } from '../../../lib/analyzer/insult-frames';
import { framedThreats } from '../../../lib/analyzer/threat-frames';
import { codes, flagged } from './helpers';

/** A span of the finding covers the expected words, or lies inside them (another rule may find a part of them). */
function expectFlagged(text: string, code: 'insult' | 'threat', words: string) {
  const spans = flagged(text, code) ?? [];
  expect(
    spans.some((span) => span.includes(words) || words.includes(span)),
    `${spans.join(' | ')}`,
  ).toBe(true);
}

describe('round four: condescension by its frame (belittling + the reader or an explaining verb)', () => {
  it.each([
    ['Объясняю как для детей: пришла одна перчатка.', 'как для детей'],
    ['Пишу по слогам, может, дойдёт: заказ не пришёл.', 'по слогам'],
    ['Попросите кого-нибудь из взрослых прочитать вам письмо.', 'кого-нибудь из взрослых'],
    ['Перечитайте ещё раз, шевеля губами.', 'шевеля губами'],
    ["I'll use tiny words for your support team.", 'tiny words'],
    ['I will spell it out like I would for a five-year-old.', 'like I would for a five-year-old'],
    ['Maybe ask a grown-up at your company to read this.', 'ask a grown-up'],
    ["I'll go nice and slow so your bots can keep up.", 'nice and slow'],
    ['Apparently a one-sentence description is beyond your staff.', 'is beyond your staff'],
    ['Для вашей поддержки это, наверное, слишком сложно.', 'Для вашей поддержки это, наверное, слишком сложно'],
    ['Пишу крупно, чтобы даже ваш оператор понял.', 'чтобы даже ваш оператор понял'],
    ['Прикладываю видео, раз читать у вас никто не умеет.', 'читать у вас никто не умеет'],
    ["Not sure which part of 'cracked' is too advanced for your staff.", "which part of 'cracked' is too advanced"],
    ['Не уверен, что у вашей поддержки хватит образования понять.', 'образования'],
  ])('%s', (text, words) => {
    expectFlagged(text, 'insult', words);
  });

  // The same words where nobody's intelligence is in question.
  it.each([
    'Объясните, пожалуйста, медленно ли работает доставка?',
    'Объясните мне, как ребёнку, что делать с возвратом.',
    'Куртка маленькая, как для ребёнка, рукава короткие.',
    'Раскраска «Для малышей» пришла с порванными страницами.',
    'Повторю коротко, чтобы не было путаницы: посылка не пришла.',
    'Чтобы вам было понятнее, прикладываю фото с линейкой.',
    'Напишу подробно, по пунктам, чтобы вам было проще проверить.',
    'Let me explain step by step what happened.',
    'To put it simply: ordered two pillows, received one.',
    'The tracking page updates slowly.',
    'Shipping delays are beyond your control, I understand.',
    'Maybe I wasn’t clear: the charger gets hot.',
    'Вы не поняли мой вопрос, поясню ещё раз.',
    "The 'Little Genius' learning tablet won't turn on.",
  ])('stays clean: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });
});

describe('round four: sarcasm is emphatic praise of the failure that follows it', () => {
  it.each([
    ['Браво, вы превзошли сами себя: вместо платья пришла юбка.', 'Браво'],
    ['Огромное спасибо за чудесный сервис: два месяца и ни одной посылки.', 'Огромное спасибо за чудесный сервис'],
    ['Stellar job as always, team. The strap snapped on day two.', 'Stellar job'],
    ['Oh, brilliant. Another charger that melts after a day.', 'Oh, brilliant'],
  ])('%s', (text, words) => {
    expectFlagged(text, 'insult', words);
  });

  it.each([
    'Great packaging, but the plate inside is cracked.',
    'Спасибо за быстрый ответ. К сожалению, замена тоже пришла с трещиной.',
    'Спасибо, что быстро отправили. Но в коробке не тот адаптер.',
    'Отличная работа, всё пришло целым, спасибо!',
  ])('stays clean: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });
});

describe('round four: name-calling by its grammar, whatever the word', () => {
  it.each([
    ['Обормоты, вы опять положили не тот провод.', 'Обормоты'],
    ['Лоботрясы, месяц не можете отправить заказ.', 'Лоботрясы'],
    ['Ну вы и тюлени: ответа нет две недели.', 'тюлени'],
    ['Какие же растеряхи у вас работают.', 'Какие же растеряхи у вас работают'],
    ['You useless bunch of plonkers sent the wrong case.', 'You useless bunch of plonkers'],
    ['Cheers, you pair of absolute wombats.', 'you pair of absolute wombats'],
    ['Listen, you lazy lot: the order is not shipped.', 'you lazy lot'],
  ])('%s', (text, words) => {
    expectFlagged(text, 'insult', words);
  });

  it.each([
    'Наушники, которые вы прислали, не заряжаются.',
    'Коллеги, вы перепутали размер.',
    'Увы, вы прислали не тот цвет.',
    'Ну вы и даёте: третий раз не тот цвет.',
    'Ну и цены у вас в магазине, но товар хороший.',
    'You lovely lot, thank you for the quick reply.',
    'The total amount would be 12 dollars.',
    'Вместо игрушки-обезьяны пришёл плюшевый осёл.',
  ])('stays clean: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });
});

describe('round four: veiled threats by their frame, lawful steps stay clean', () => {
  it.each([
    ['Я знаю, в какой школе учится ваш сын.', 'знаю, в какой школе'],
    ['Фамилию вашего директора и номер его машины я уже выяснил.', 'машины я уже выяснил'],
    ['Скоро все ваши соседи узнают, кто вы и где вы живёте.', 'все ваши соседи узнают'],
    ['Вашу жену зовут Ли, и она забирает сына из садика.', 'Вашу жену'],
    ['Скоро к вам постучат люди.', 'к вам постучат'],
    ['Мои знакомые умеют решать вопросы по-своему.', 'решать вопросы по-своему'],
    ['Было бы грустно, если бы с вашим магазином случилась беда.', 'грустно, если бы с вашим магазином случилась'],
    ['Я бы на вашем месте подумал о здоровье своих близких.', 'на вашем месте подумал о здоровье'],
    ['Someone might knock on your door one evening.', 'knock on your door'],
    ['My mates are great at convincing people in person.', 'convincing people in person'],
    ["I found your licence plate and your kids' names.", "found your licence plate and your kids'"],
    ['Shops burn down all the time, you know.', 'Shops burn down all the time'],
    ['It would be unfortunate if your family got caught up in this.', 'unfortunate if your family got caught up in'],
    ["I'll make sure your home address is pinned in every buyer group.", 'your home address is pinned'],
    ['He will discuss it with you outside your warehouse.', 'discuss it with you outside your warehouse'],
  ])('%s', (text, words) => {
    expectFlagged(text, 'threat', words);
  });

  it.each([
    'Адрес вашего склада для возврата я нашёл в карточке товара.',
    'Мой брат забрал посылку на почте 14 августа.',
    'Моя дочь открыла коробку 3 февраля.',
    'My husband found the crack in the bowl.',
    'I hope your family is well and safe during the holidays.',
    'I hope you and your family are well.',
    'Скоро к вам приедет курьер за возвратом.',
    'Если вопрос не решится, обращусь в банк и в Роспотребнадзор.',
    'I have reported the missing parcel to the police and to my bank.',
    'If this is not resolved, I will take it to small claims court.',
    'Please visit the tracking page yourself.',
    'Знаю, что у вас праздники, поэтому жду ответа спокойно.',
    'Было бы жаль, если бы я открыл спор.',
    'The toy fire engine arrived with a broken ladder.',
    'I found your shop through a friend.',
  ])('stays clean: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('round four: the seller quoted is not the buyer', () => {
  it.each([
    'Продавец в чате ответил мне: «Объясняю как первокласснику: товар надо зарядить».',
    'The seller wrote: "we know where you live, stop complaining".',
    'Менеджер написал: «ваш адрес мы знаем, ждите».',
  ])('%s', (text) => {
    expect(codes(text)).not.toContain('insult');
    expect(codes(text)).not.toContain('threat');
  });
});

describe('round four: advice for insults and threats without a rude word', () => {
  it('condescension gets the plain-statement advice; a named insult keeps the rewrite', () => {
    const framed = checkDispute({ text: 'Пишу как для детсадовцев: пришла одна перчатка.' });
    expect(framed.findings.find((item) => item.code === 'insult')?.suggestion?.key).toBe(
      'check.suggestion.state_plainly',
    );
    const named = checkDispute({ text: 'Вы идиоты, объясняю по слогам: пришла одна перчатка.' });
    expect(named.findings.find((item) => item.code === 'insult')?.suggestion?.key).toBe('check.rewrite.insult');
  });

  it('a veiled threat gets the advice to leave the private life out', () => {
    const result = checkDispute({ text: 'Номер вашей машины я уже выяснил. Верните деньги.' });
    expect(result.findings.find((item) => item.code === 'threat')?.suggestion?.key).toBe(
      'check.suggestion.leave_private_life_out',
    );
  });
});

describe('round four: frame functions', () => {
  it('spans stay inside the text and point at words', () => {
    const text = 'браво, вы превзошли себя: пришла одна перчатка. я знаю, в какой школе учится ваш сын.';
    for (const span of [...framedInsults(text, text), ...framedThreats(text)]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end).trim()).not.toBe('');
    }
  });

  it('finds nothing in text without frames', () => {
    expect(framedInsults('', '')).toEqual([]);
    expect(framedThreats('посылка не пришла, трек стоит с 3 марта.')).toEqual([]);
  });
});

describe('round four, third pass: more frames and their twins', () => {
  it.each([
    ['In case spotting it is too much of a challenge for you.', 'too much of a challenge for you', 'insult'],
    ['Вы там хоть иногда головой думаете?', 'головой думаете', 'insult'],
    ['A goldfish would have packed this better.', 'A goldfish would have packed this better', 'insult'],
    ['Растяпы вы, а не продавцы.', 'Растяпы', 'insult'],
    ['What a shower of chancers.', 'What a shower of chancers', 'insult'],
    ['Top marks for consistency: the cable is missing again.', 'Top marks for', 'insult'],
    ['Мой дядя живёт в двух кварталах от вашего офиса.', 'в двух кварталах от вашего офиса', 'threat'],
    ['People who cheat me tend to regret it.', 'People who cheat me tend to regret', 'threat'],
    [
      'Жалко будет, если ваша машина однажды не заведётся.',
      'Жалко будет, если ваша машина однажды не заведётся',
      'threat',
    ],
    ['Stay safe out there, and think hard about refunding me.', 'Stay safe out there, and think', 'threat'],
  ] as const)('%s', (text, words, code) => {
    expectFlagged(text, code, words);
  });

  it.each([
    ['Жулики вы, а не магазин.', 'insult'],
    ['Пластик, а не стекло, как в описании.', 'insult'],
    ['Bubble wrap would have protected it better.', 'insult'],
    ['Top marks for the fast shipping, thank you.', 'insult'],
    ['Я знаю вашу фамилию только из накладной.', 'threat'],
    ['My brother lives near your warehouse and can bring the return.', 'threat'],
    ['Было бы жаль, если бы товар сломался при возврате.', 'threat'],
    ['Stay safe, and thank you for the quick reply.', 'threat'],
    ['Перечитайте, пожалуйста, описание товара: там указано 64 ГБ.', 'insult'],
    ['You guys have always been great, so I am sure this is a one-off.', 'insult'],
    ['My son needs this for school next week.', 'threat'],
  ] as const)('stays clean: %s', (text, code) => {
    expect(codes(text)).not.toContain(code);
  });
});

describe('round four, fourth pass', () => {
  it.each([
    ["Your support team can't count past five.", "Your support team can't count", 'insult'],
    ['Горе-упаковщики, вы хоть раз видели стекло?', 'Горе-упаковщики', 'insult'],
    ['Lovely area, I will be in town next month.', 'I will be in town', 'threat'],
    ['Не испытывайте моё терпение, у меня длинные руки.', 'у меня длинные руки', 'threat'],
    ['Пусть ваши дети тоже получат такой подарок.', 'ваши дети', 'threat'],
  ] as const)('%s', (text, words, code) => {
    expectFlagged(text, code, words);
  });

  it.each([
    ["I can't read the label on the box.", 'insult'],
    ['Explain to me like I am five how to reset this router.', 'insult'],
    ['Объясните мне, пожалуйста, по-простому, как вернуть товар.', 'insult'],
    ['Thank you for the wonderful service last time. This time, however, the lamp arrived cracked.', 'insult'],
    ['Надеюсь, с посылкой ничего не случится на обратном пути.', 'threat'],
    ['My friends in Guangzhou said your shop is nearby and very reliable.', 'threat'],
    ['I will be in town next month to collect the return.', 'threat'],
    ['Учительница моей дочери посоветовала ваш магазин.', 'threat'],
    ['Надеюсь, ваши дети тоже получат удовольствие от игры.', 'threat'],
    ['Slowly but surely the parcel reached my city.', 'insult'],
  ] as const)('stays clean: %s', (text, code) => {
    expect(codes(text)).not.toContain(code);
  });
});

describe('round four: frames stay linear on long texts', () => {
  // Before the parts of a frame were looked for within REACH of its first part, 20 KB of one of these took seconds
  // (every part rescanned the whole sentence); the bound catches that, not a busy machine.
  it.each(['браво ', 'знаю вашу жену ', 'жаль если ', 'спасибо за чудесный сервис вместо ', 'ваш сын зовут '])(
    '100 KB of %j',
    (unit) => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const started = performance.now();
      checkDispute({ text });
      expect(performance.now() - started).toBeLessThan(5_000);
    },
  );
});

describe('round four: family and home words that name a product', () => {
  it.each([
    'Ваши детские самокаты ходят плохо.',
    'Я знаю, что ваша стиральная машина дешевле в другом магазине.',
    'I found your car charger does not work with my home socket.',
    'Your kids bike size goes up to 6 years.',
  ])('stays clean: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});
