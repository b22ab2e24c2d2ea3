import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { namesProblem, VAGUE_PROBLEM } from '../../../lib/analyzer/content-phrases';
import { codes, flagged, found } from './helpers';

// The kinds round thirteen's first score missed (tests/analyzer/README.md, round thirteen), each with the innocent
// wordings next to it that must stay as they are. The sentences are new wordings, not the corpus texts.
const detect = (text: string) => checkDispute({ text }).detected;

describe('accusations in cold words: knowingly, as a policy, one thing shown and another sent', () => {
  it.each([
    ['Вы рекламируете одно, а присылаете другое.', 'рекламируете одно, а присылаете другое'],
    ['Продают одно, шлют совсем другое — и так каждый раз.', 'Продают одно, шлют совсем другое'],
    ['You advertise one thing and ship something else.', 'advertise one thing and ship something else'],
    ['You knew the hinge was cracked when you packed it.', 'You knew the hinge was cracked when you packed'],
    ['Товар не соответствует описанию, и вы это прекрасно знаете.', 'и вы это прекрасно знаете'],
    ['Вы же знали, что лампа мигает, когда отправляли её.', 'Вы же знали, что лампа мигает, когда отправляли'],
    [
      'Thin rugs sold as thick ones: I expect that is most of your business model.',
      'that is most of your business model',
    ],
    ['Is it your policy to send returned goods as new?', 'Is it your policy to send returned goods as new'],
    ["'Waterproof', I suppose, is a state of mind.", 'is a state of mind'],
    ['Сколько ещё покупателей получили от вас такие же «новые» шлемы?', '«новые»'],
    ['Не хочу называть это обманом, но как ещё это назвать?', 'как ещё это назвать'],
    ['I must compliment your photographer: the rug looks twice as thick online.', 'compliment your photographer'],
    [
      'Отдаю должное вашей изобретательности: наклейку «24» наклеили поверх «18».',
      'Отдаю должное вашей изобретательности',
    ],
  ])('%s', (text, words) => {
    expect(flagged(text, 'accusation')).toContain(words);
  });

  it('a disclaimer before "but" takes back only what stands before the "but"', () => {
    expect(flagged("I'm not accusing anyone, but you are lying about the tracking.", 'accusation')).toContain(
      'you are lying',
    );
    expect(codes("I'm not saying you did it on purpose, but please send a new one.")).not.toContain('accusation');
  });

  it.each([
    'В карточке одно, а пришло другое: размер 42 вместо 44.',
    'В карточке указано «новый», а на коробке следы вскрытия, фото прилагаю.',
    'Is it your policy to refund the shipping cost as well?',
    'You know it is a gift, so please send the right colour before Friday.',
    'Я знаю, что вы отправили посылку 3 мая, трек это показывает.',
    'The hinge was cracked when I opened the box, photo attached.',
  ])('innocent: %s', (text) => {
    expect(codes(text)).not.toContain('accusation');
  });
});

describe('veiled menace in set phrases', () => {
  it.each([
    ['С теми, кто меня обманывает, потом почему-то случаются неприятности.', 'неприятности'],
    ['Таких, как вы, я наказываю лично.', 'наказываю лично'],
    ['Ваш склад на втором этаже, окна во двор. Пусть таким и остаётся.', 'Пусть таким и остаётся'],
    ['Warehouses burn so easily. Do take care of yours.', 'take care of yours'],
    ['Было бы неприятно, если бы пришлось заехать к вам лично.', 'заехать к вам'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'threat')?.join(' | ')).toContain(words);
  });

  it.each([
    'Накажу вас рублём: открою спор и оставлю честный отзыв.',
    'Пусть так и будет, верните деньги.',
    'Please take care of your packaging: the vase came in a paper bag.',
    'Курьер должен заехать к вам за возвратом в пятницу.',
  ])('innocent: %s', (text) => {
    expect(codes(text)).not.toContain('threat');
  });
});

describe('insults without a swear word', () => {
  it.each([
    [
      'The team are lovely people, but whoever wrote this size chart is a clown, and it cost me a day.',
      'whoever wrote this size chart is a clown',
    ],
    ['It looks like it was packed by monkeys.', 'packed by monkeys'],
    ['Коробку будто паковали и везли её обезьяны.', 'паковали и везли её обезьяны'],
    ['Counting is asking a lot of anyone there, I realise.', 'Counting is asking a lot'],
    ["Dear 'Support' (I use the term loosely), the lamp is still broken.", '(I use the term loosely'],
    ["A shop that can't tell left from right sent me the right mirror.", "can't tell left from right"],
    ['Ваш склад не отличает левое от правого.', 'не отличает левое от правого'],
  ])('%s', (text, words) => {
    expect(flagged(text, 'insult')?.join(' | ')).toContain(words);
  });

  it.each([
    'The toy monkey was packed by hand in a box too small for it.',
    'Reading the manual is hard because it is only in Chinese.',
    'The left earcup works, the right one is silent from the first day.',
    'Whoever packed this is a lovely person, thank you, but the lid is cracked.',
  ])('innocent: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });
});

describe('a female dog is no swear word', () => {
  it.each([
    'Наша сука лабрадора весит 30 кг, а шлейка XL на неё не сходится.',
    'My bitch is a 25 kg Labrador retriever and the dog bed is too small for her.',
  ])('%s', (text) => {
    expect(codes(text)).not.toContain('profanity');
    expect(codes(text)).not.toContain('insult');
  });

  it.each([
    'Эта сука-продавец прислала не тот размер.',
    'Моя сука-жизнь: опять прислали не то.',
    'Seller, you bitch, the dog bed is too small.',
  ])('still mat: %s', (text) => {
    expect(codes(text)).toContain('profanity');
  });
});

describe('mat that judges the item is profanity; mat that vents or stands alone is emotional too', () => {
  it.each([
    'The hair dryer is s h i t. One speed only.',
    'Качество — пздц.',
    'What a pile of shit, the lid is cracked.',
  ])('judging: %s', (text) => {
    expect(codes(text)).toContain('profanity');
    expect(codes(text)).not.toContain('emotional');
  });

  it.each(['Качество — пздц!', 'Bullsh!t. The pump leaks.', 'П1зд3ц просто. Верните деньги.', 'Пздц, а не зарядка.'])(
    'venting: %s',
    (text) => {
      expect(codes(text)).toContain('emotional');
    },
  );

  it('telling the seller where to go is profanity, not a cry of feeling', () => {
    const text = 'Идите нах со своими 50 рублями, хочу полный возврат.';
    expect(codes(text)).toContain('profanity');
    expect(codes(text)).not.toContain('emotional');
  });

  it('an oath minced to its letter is still one', () => {
    expect(flagged('F off with your advice, the mouse is broken.', 'profanity')).toEqual(['F off']);
    expect(codes('Vitamin F offers nothing here, the bottle was open.')).not.toContain('profanity');
  });

  it('a long mask that fits «пиздец» is no name («п****ц» is not «пидор…»)', () => {
    expect(codes('Ну п****ц, господа, другого слова нет.')).not.toContain('insult');
  });

  it("a quoted instruction called the seller's advice is no sarcasm about honesty", () => {
    expect(codes("F off with your 'restart the device' advice.")).not.toContain('accusation');
    expect(codes("Your 'honest' shop sent a used one.")).toContain('accusation');
  });
});

describe('what the buyer asks for', () => {
  it.each([
    ["Please send the ML instead; I'll post the S back if you need it.", 'exchange'],
    ['Отправлю сандалии обратно, пришлите 38 размер.', 'exchange'],
    ['Мне такое не надо, заберите и верните деньги.', 'return'],
    ['Прошу принять чайник обратно и вернуть деньги.', 'return'],
    ['Please take the lamp back and refund me.', 'return'],
    ['Я отправляю стол обратно за ваш счёт, а вы возвращаете его стоимость.', 'return'],
    ['Хочу отправить самокат обратно и получить деньги.', 'return'],
    ['Замену не предлагайте, верните деньги.', 'full_refund'],
    ["Don't offer me a replacement, I want my money back.", 'full_refund'],
    ['Прошу отправить комплект евро, пришла полуторка.', 'exchange'],
    ['Разница в цене между цветами меньше рубля, но прошу заменить на синий.', 'exchange'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['Требую 1400 рублей за недостающие ножи.', 1400],
    ['Each spool is $2.10 on your listing, so please refund $6.30 for the three missing ones.', 6.3],
  ])('the sum asked for: %s', (text, amount) => {
    expect(detect(text)).toMatchObject({ resolution: 'partial_refund', amount });
  });

  it('a return offered with money asked back stays a return', () => {
    expect(detect('I will send it back, please refund me.').resolution).toBe('return');
  });
});

describe('a day of the month says when; a feeling names no problem', () => {
  it('«пришло 28 числа»', () => {
    expect(codes('Пришло 28 числа детское худи вместо взрослого, фото прилагаю.')).not.toContain('missing_when');
  });

  it.each([
    'Not happy with this order at all. Expected better.',
    'Товар не подошёл. Верните деньги.',
    'Такого я ещё не видела, больше здесь ничего не куплю.',
    'Качество, скажем так, не то, на которое рассчитываешь.',
  ])('vague: %s', (text) => {
    expect(found(VAGUE_PROBLEM, text).length).toBeGreaterThan(0);
    expect(namesProblem(text.toLowerCase().replace(/,(?=\s)/g, ' '))).toBe(false);
  });

  it.each([
    'Товар не подошёл по размеру: пришёл S вместо M.',
    'Экран не видит карту памяти.',
    'Такого брака я ещё не видела: ручка отломана.',
  ])('concrete: %s', (text) => {
    expect(namesProblem(text.toLowerCase().replace(/,(?=\s)/g, ' '))).toBe(true);
  });
});

// Found by probing the check with new wordings of the kinds after round thirteen (no corpus text had them).
describe('more wordings of the same kinds', () => {
  it.each([
    ['Хочу не возврат денег, а замену на рабочий.', 'exchange'],
    ['Прошу не замену, а возврат денег.', 'full_refund'],
    ['I want not a refund but a replacement.', 'exchange'],
    ['Не деньги, а новый чайник пришлите.', 'exchange'],
    ['Замена не пришла, а деньги верните.', 'full_refund'],
    ['I do not want store credit or coupons, just my money.', 'full_refund'],
  ])('a remedy refused for another: %s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['Do you even know what a size chart is?', 'Do you even know what a size chart is'],
    ['Вы вообще знаете, что такое таблица размеров?', 'Вы вообще знаете, что такое'],
    ['Вы русский язык вообще понимаете?', 'Вы русский язык вообще понимаете'],
    ['Ваши сотрудники читать умеют?', 'Ваши сотрудники читать умеют'],
    ['Мне кажется, у вас склад обезьяны собирают.', 'у вас склад обезьяны собирают'],
  ])('condescension: %s', (text, words) => {
    expect(flagged(text, 'insult')?.join(' | ')).toContain(words);
  });

  it.each([
    'Цирк с конями, а не магазин.',
    'Дурдом, а не магазин.',
    'Вы понимаете по-русски? Продавец отвечает по-английски.',
    'Do you know what the delivery date is?',
    'Я не умею читать по-китайски, инструкция только на китайском.',
  ])('a judgement of the shop or a plain question is no insult: %s', (text) => {
    expect(codes(text)).not.toContain('insult');
  });

  it.each([
    ['Interesting that the tracking stopped updating right after I paid.', 'right after I paid'],
    ["I'm sure it's just another coincidence that the parcel was opened.", 'just another coincidence'],
    ["I wonder how many other buyers got the same 'new' phone.", "'new'"],
    ['Интересно, что трек перестал обновляться сразу после того, как я оплатила.', 'как я оплатила'],
    ['Не надо делать из меня дуру.', 'делать из меня дуру'],
  ])('insinuation: %s', (text, words) => {
    expect(flagged(text, 'accusation')?.join(' | ')).toContain(words);
  });

  it.each([
    "I'm sure it was just an accident, no worries, please send a new one.",
    "The listing says 'new' but the box was opened.",
  ])('innocent: %s', (text) => {
    expect(codes(text)).not.toContain('accusation');
  });

  it('making sure everyone knows your name is menace, not an accusation', () => {
    const text = 'I will make sure everyone in my city knows your name.';
    expect(codes(text)).toContain('threat');
    expect(codes(text)).not.toContain('accusation');
  });
});
