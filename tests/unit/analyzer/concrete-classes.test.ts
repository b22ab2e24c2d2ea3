import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { namesProblem, SYMPTOMS } from '../../../lib/analyzer/content-phrases';
import { flatten } from '../../../lib/analyzer/flatten';
import { spansOf } from '../../../lib/analyzer/patterns';
import { readText } from '../../../lib/analyzer/reading';
import { shippedModel } from '../../analyzer/learned-model';

const PHOTO = { name: 'photo.jpg', type: 'image/jpeg', size: 250_000 };
const model = shippedModel();
const concrete = (text: string) => namesProblem(readText(text).readable);
const asked = (text: string) =>
  checkDispute({ text, attachments: [PHOTO] }, model).findings.some((finding) => finding.code === 'missing_what');

/** The words SYMPTOMS finds, cut from the original text. */
function found(text: string): string[] {
  const lex = flatten(text).flat.replace(/,(?=\s)/g, ' ');
  return spansOf(SYMPTOMS, lex).map((span) => text.slice(span.start, span.end));
}

describe('a problem named by class is concrete, not "what exactly?"', () => {
  it.each([
    [
      'arrived with a named flaw',
      'Сумка пришла с оторванной ручкой, заметила 4 мая. Верните деньги.',
      'пришла с оторванной ручкой',
    ],
    [
      'arrived without a part, a date between',
      'Миксер приехал 9 марта без венчика. Прошу дослать.',
      'приехал 9 марта без венчика',
    ],
    ['arrived with, English', 'The kettle arrived with a loose spout on 3 May. Refund please.', 'arrived with a loose'],
    ['shelf life run out', 'Шампунь прислали просроченный, увидела 2 мая. Верните деньги.', 'просроченный'],
    ['expiry, English', 'The vitamins are past their expiry date, found on 2 May. Refund please.', 'expiry date'],
    ['mould', 'Хлебцы покрыты плесенью, вскрыла пачку 6 мая. Верните деньги.', 'плесенью'],
    ['fogging', 'The camera lens fogs up inside after a minute outdoors, since 2 May. Refund please.', 'fogs up'],
    ['a comparison by a number', 'Пакет сахара на 200 г легче заявленного, взвесила 3 мая.', 'на 200 г легче'],
    ['a reading', 'The thermometer reads 41 in a room at 22 degrees, checked on 4 May.', 'reads 41'],
    ['a share that works', 'Из 6 конфорок работают только 4, проверил 2 мая.', 'Из 6 конфорок работают только 4'],
    [
      'lines on a screen',
      'There are pink lines across the display since 5 May. Refund please.',
      'lines across the display',
    ],
    ['dead segments', 'The clock has two dead segments in the hour digits since 5 May.', 'dead segments'],
    ["someone else's use", 'В телефоне чужие фотографии и контакты, включил 7 мая.', 'чужие фотографии'],
    ['signs of use', 'The boots show signs of wear on the soles, opened on 8 May.', 'signs of wear'],
    ['a print out of place', 'Рисунок на кружке смещён к ручке, заметила 9 мая.', 'смещён'],
    ['fault verbs, Russian', 'Клавиша пробела залипает с первого дня. Прошу замену.', 'залипает'],
    ['fault verbs, English', 'The earbuds keep cutting out every few seconds since 2 May.', 'cutting out'],
    [
      'ordered one thing, another came',
      'Заказывала 3 рулона по 10 метров, а пришли по 5, получила 4 мая.',
      'Заказывала 3 рулона по 10 метров, а пришли',
    ],
    [
      'ordered and got, English',
      'I ordered the 20 cm pan and got a 16 cm one, on 5 May.',
      'ordered the 20 cm pan and got',
    ],
    ['a label read out', 'На бирке стоит 44, а я заказывал 48; получил 6 мая.', 'На бирке стоит 44'],
    [
      'a missing piece by "нет"',
      'У чайника нет крышки, распаковал 3 мая. Прошу вернуть часть стоимости.',
      'У чайника нет крышки',
    ],
  ])('%s', (_, text, words) => {
    expect(found(text)).toContain(words);
    expect(concrete(text)).toBe(true);
  });

  it.each([
    'Кофеварка приехала 2 мая без капсульного держателя, а на третий день ещё и протекла. Фото прилагаю, прошу замену.',
    'The dog bed arrived on 6 May with a seam already split along one side. Photos attached. Please refund me.',
    'Powerbank держит 40% заряда вместо заявленных 100, а через час разряжается — проверил 3 мая, видео прилагаю. Верните деньги.',
  ])('with the model, no needless "what exactly?": %s', (text) => {
    expect(asked(text)).toBe(false);
  });
});

describe('non-receipt, missing pieces, mismatches and symptoms in ordinary words', () => {
  it.each([
    'The parcel has not moved since 4 May.',
    'The tracking has been frozen for three weeks.',
    'My package never reached the pickup point.',
    'Посылка висит на таможне уже 20 дней.',
    'По треку нет движения с 3 мая.',
    'When will my parcel arrive?',
    'Когда уже отправите мой заказ?',
    'В коробке с феном нет диффузора.',
    'Нет одной из четырёх ножек.',
    'You sent the lamp without a bulb.',
    'Забыли положить зарядку.',
    'The colour is green, not the blue I picked.',
    'The router drops the Wi-Fi every hour.',
    'The stick drifts to the left.',
    'It switches itself off after a minute.',
    'The hob only gets lukewarm.',
    'The warmer heats milk to 70°C on the lowest setting.',
    'The cream caused a rash on my hands.',
    'Крем вызвал сыпь на руках.',
    'Часики спешат.',
    'Камера пишет без звука.',
    'The strap split open on day two.',
    'Чайник протёк по шву.',
    'The mirror arrived in shards.',
    'The mat slides across the floor.',
    'In the box were two left gloves.',
    'Both are left shoes.',
    'Not one of the six bulbs lights up.',
    'Кроссовки пришли разного размера.',
    'В посылке лежала чужая кофта вместо моей.',
    'The zip broke the first time I used it.',
  ])('%s', (text) => {
    expect(concrete(text)).toBe(true);
  });
});

describe('innocent look-alikes stay not concrete', () => {
  it.each([
    ['a delay', 'Посылка пришла с большим опозданием.'],
    ['a generic flaw', 'Товар пришёл с заводским браком.'],
    ['a greeting card', 'Заказ пришёл с красивой открыткой, спасибо.'],
    ['a delivery service', 'Посылка пришла с другой службой доставки.'],
    ['the order history, Russian', 'Заказывала 1 марта, а пришло только 20 апреля.'],
    ['the order history, delay', 'Заказывал в марте, но пришло через два месяца.'],
    ['the order history, English', 'I ordered the lamp on 3 March and received it on 20 March.'],
    ['arrived with a delay', 'The package arrived with a delay.'],
    ['a date is no reading', 'The tracking shows 3 May as the delivery date.'],
    ['«по факту получения»', 'По факту получения 3 мая товар не работает как надо.'],
    ['halfway in time', "I'm halfway through the month already."],
    ['blame shifted', 'The seller shifted the blame onto me.'],
    ['dates moved', 'Сроки доставки сдвинули.'],
    ['the seller confused', 'Вы путаетесь в показаниях.'],
    ['"shocks me"', 'It shocks me that you refuse.'],
    ['on hold', "I've been stuck on hold for an hour."],
    ['no conscience', 'У вас нет совести.'],
    ['no answer from the seller', 'У продавца нет ответа.'],
    ['"second time" is no second part', 'Второй раз нет ответа.'],
    ['a date on the box', 'На коробке 3 мая стоит штамп.'],
    ['a pattern', 'The shirt with white stripes is nice.'],
    ["someone else's problems", 'Это чужие проблемы.'],
    ['the seller fell silent', 'The seller stopped responding.'],
    ['weather', 'Temperature 20 °C outside.'],
    ['no word from the seller', 'No signal from the seller for a week.'],
    ['no progress', 'The dispute has not moved forward.'],
    ['a level never reached', 'It never reached the level I expected.'],
    ['it did arrive', 'The parcel has reached me on time.'],
    ['they keep writing', 'Они не отстают от меня с шаблонами.'],
    ['a question of haste', 'Спешат ли они ответить?'],
    ['a number of messages', 'Я писала 3 раза, а не 1.'],
    ['a refund asked about', 'When is my refund coming?'],
    ['both sides fine', 'Both left and right work.'],
    ['everything in the box', 'В коробке лежало всё, что нужно.'],
    ['no answer helps', 'Not one of your answers helps.'],
    ['generic words', 'Товар ненадлежащего качества, не соответствует описанию.'],
    ['generic words, English', 'The item is defective and not as described.'],
  ])('%s', (_, text) => {
    expect(concrete(text)).toBe(false);
  });

  it.each([
    'Товар пришёл с браком, заметила 3 мая при распаковке. Фото прилагаю, прошу замену.',
    'The heater came faulty and is not as described, noticed on 4 May. Photos attached. Refund please.',
  ])('generic words with dates and files are still asked "what exactly?": %s', (text) => {
    expect(asked(text)).toBe(true);
  });
});
