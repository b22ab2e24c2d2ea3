import { describe, expect, it } from 'vitest';
import { checkDispute, type FindingCode } from '../../../lib/analyzer';
import { namesProblem, VAGUE_PROBLEM, WHEN_LEXICONS } from '../../../lib/analyzer/content-phrases';
import { readText } from '../../../lib/analyzer/reading';
import { shippedModel } from '../../analyzer/learned-model';
import { flagged, found } from './helpers';

const PHOTO = { name: 'photo.jpg', type: 'image/jpeg', size: 250_000 };
const model = shippedModel();

/** The codes of a check as the product runs it: with a file in the form and the shipped model. */
const codes = (text: string): FindingCode[] =>
  checkDispute({ text, attachments: [PHOTO] }, model).findings.map((finding) => finding.code);

const concrete = (text: string) => namesProblem(readText(text).readable);
const detect = (text: string) => checkDispute({ text }).detected;

describe('a problem named only in generic words is asked "what exactly?"', () => {
  it.each([
    'Good evening. The parcel reached me on 18 June and sadly the blender is faulty. I have attached a photo of it. Kindly refund me in full, thank you.',
    'Hi! I collected the coat from the post office on Thursday; it is really poor quality and nothing like the photos in the listing. Pictures attached, I would like a refund.',
    'Hello, I picked up the package on the 7th and the lamp does not work properly. A photo is attached. Could you send me a new one please?',
    'Dear seller, the boots came on June 4th, they are not what I ordered and the quality is terrible. I took photos. Please return my money.',
    'Здравствуйте! Забрала посылку в пятницу, 14 июня, а чайник оказался с браком. Фото приложила. Прошу вернуть деньги, заранее спасибо.',
    'Добрый день. Получил заказ 2024 г. 3 июня, товар ненадлежащего качества и не соответствует описанию на сайте. Фото прилагаю, прошу возврат.',
    'Здравствуйте, заказывала платье 1 мая, получила 20 мая — совсем не то, что я заказывала, качество ужасное. Фото во вложении, верните деньги.',
  ])('asked, even with dates, files and a request: %s', (text) => {
    expect(codes(text)).toContain('missing_what');
  });

  it.each([
    ['not as described', 'The lamp is not as described.', 'not as described'],
    ['в таком виде', 'Товар пришёл в таком виде, что стыдно показать.', 'в таком виде'],
    ['nothing like', 'It looks nothing like what was advertised.', 'nothing like what was advertised'],
    ['качество', 'Качество отвратительное.', 'Качество отвратительное'],
  ])('the generic words are read (%s)', (_, text, words) => {
    expect(found(VAGUE_PROBLEM, text)).toContain(words);
  });

  it.each(['Пришёл сломанный миксер.', 'The fan stopped working.', 'Наушники не работают.'])(
    'a bare state is left to the model, which reads the symptom that usually follows: %s',
    (text) => {
      expect(found(VAGUE_PROBLEM, text)).toEqual([]);
    },
  );

  it.each([
    'Товар бракованный: у куртки отошла подкладка по всему подолу, заметила 5 мая. Фото прилагаю, верните деньги.',
    'Poor quality: the paint flakes off the handle after one wash, 4 May. Photos attached. Refund please.',
    'The watch is defective, it loses 10 minutes a day, checked against my phone from 3 to 5 May. Refund please.',
    'It does not work properly: the display shows random symbols and resets every minute, since day one. Refund please.',
    'Брак: дно сковороды выгнуто, она качается на плите, заметила при первом использовании. Прошу заменить.',
    'Defective: the kettle trips the fuse every time it boils, since the first use on 2 May. Please refund.',
    'Брак — в наушниках слышен треск в левом канале с первого дня. Верните деньги.',
    'Faulty set: 3 of the 8 glasses arrived chipped on 2 May. Please refund those three.',
    'The toy is defective, it came with a broken ladder on 3 May. Please send a new one.',
    'Некачественный зонт: сломалась одна спица при первом открытии 2 мая. Верните половину стоимости.',
    'Ordered a 2 m cable, not what I ordered: got a 1 m one, measured on 3 May. Please send the right one.',
  ])('a concrete problem in unusual words is not asked about: %s', (text) => {
    expect(concrete(text)).toBe(true);
    expect(codes(text)).not.toContain('missing_what');
  });

  it.each([
    ['a weekday is not a stain', 'Открыла посылку в пятницу.'],
    ['a year is not grams', 'Получила 12 мая 2024 г.'],
    ['the order history is no mismatch', 'I ordered the lamp on 3 March and received it on 20 March.'],
    ['ordered and received on dates', 'Заказала 1 марта, получила 20 марта.'],
    ['"not what I ordered" is vague', 'It is not what I ordered.'],
    ['«оказался с браком» is vague', 'Чайник оказался с браком.'],
    ['a month is no colour', 'Ordered in March, arrived in April.'],
    ['no words is not a missing part', 'Слов не хватает.'],
    ['no answer is not a defect', 'Продавец не ответил, вместо ответа шаблон.'],
    ['lost patience', 'I have lost my patience with this.'],
    ['empty promises', 'Only empty promises from the shop.'],
    ['came as a surprise', 'The quality came as a surprise.'],
    ['a pretty picture, then a judgement', 'In the photos it looks great, but the quality is poor.'],
  ])('no defect is read where there is none (%s)', (_, text) => {
    expect(concrete(text)).toBe(false);
  });
});

describe('a discovery time in forms not read before', () => {
  it.each([
    ['The zip broke two days after it came.', 'two days after'],
    ['The screen went black the day after.', 'the day after'],
    ['It broke after a few uses.', 'after a few uses'],
    ['By the second week the paint was peeling.', 'By the second week'],
    ['It lasted two days before it broke.', 'lasted two days'],
    ['Fine for a week, then the hinge cracked.', 'Fine for a week'],
    ['The seam ripped the first time I wore it.', 'the first time I'],
    ['Ever since it arrived it has been rattling.', 'Ever since it arrived'],
    ['Wore them once and the sole split.', 'Wore them once'],
    ['Got it home, opened it, the glass was cracked.', 'Got it home'],
    ['Чайник потёк на следующий день после получения.', 'на следующий день'],
    ['Сразу как пришло, заметила скол.', 'Сразу как пришло'],
    ['Едва открыла коробку, увидела трещину.', 'Едва открыла'],
    ['Прослужил два дня и сломался.', 'Прослужил два дня'],
    ['В первый же вечер сломалась.', 'В первый же вечер'],
    ['Свитер сел после первой стирки.', 'после первой стирки'],
    ['После нескольких стирок полинял.', 'После нескольких стирок'],
    ['Трек стоит с октября.', 'с октября'],
  ])('%s', (text, words) => {
    expect(found(WHEN_LEXICONS, text)).toContain(words);
  });

  it.each([
    'Ботинки пришли ржавые, фото прилагаю. Верните деньги.',
    'Still not here. Photo of the tracking attached, refund please.',
    'Посылки до сих пор нет, трек прилагаю, верните деньги.',
    'The lamp arrived with a cracked shade. Photo attached. Refund please.',
  ])('a text with no time at all is still asked "when?": %s', (text) => {
    expect(codes(text)).toContain('missing_when');
  });
});

describe('requests in replies and conditions', () => {
  it.each([
    [
      'Thanks for your offer of $5, but it does not cover it. I would accept $10 for the dented lid.',
      'partial_refund',
      10,
    ],
    ['OK, $6 works for me, the mug has a chip.', 'partial_refund', 6],
    ['I will keep the jacket if you give me 12 dollars back.', 'partial_refund', 12],
    ['Меня устроит 400 рублей за царапину на корпусе.', 'partial_refund', 400],
    ['Готов оставить себе за 300 рублей, на рукаве затяжка.', 'partial_refund', 300],
    ['Your $3 offer is too low; $9 would be fair.', 'partial_refund', 9],
    ['I paid $40 and I want all of it back.', 'full_refund', undefined],
  ])('%s', (text, resolution, amount) => {
    const detected = detect(text);
    expect(detected.resolution).toBe(resolution);
    expect(detected.amount).toBe(amount);
  });

  it.each([
    ['I would be happy with a new one, the strap broke.', 'exchange'],
    ['I choose the replacement option.', 'exchange'],
    ['You offered to send a new one — yes, please do that.', 'exchange'],
    ['Я согласна, чтобы вы выслали новый, этот не включается.', 'exchange'],
    ['Устроит, если пришлёте недостающую деталь.', 'exchange'],
    ['If you are unable to send the correct colour, then I expect the full amount back.', 'full_refund'],
    ['Если замены нет в наличии, верните деньги.', 'full_refund'],
    ['Если нужного размера нет, тогда возвращайте деньги.', 'full_refund'],
    ['Хочу получить свои деньги.', 'full_refund'],
    ['Please find the missing lid and send it; if it cannot be found, refund the order.', 'exchange'],
    ['I will leave the amount up to you.', 'partial_refund'],
    ['Решение о сумме оставляю за вами.', 'partial_refund'],
    ['I do not accept a 10% discount. I need my money back.', 'full_refund'],
    ["I don't accept a 10% discount. I need my money back.", 'full_refund'],
    ['I decline your offer. Please issue a full refund.', 'full_refund'],
    ['Thanks, but no to the partial refund. Refund the full 30 dollars.', 'full_refund'],
    ['Отказываюсь от скидки, хочу вернуть деньги полностью.', 'full_refund'],
    ['Можно ли получить новый взамен?', 'exchange'],
  ])('%s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['an offer turned down stays the seller’s', 'You offered $2, I do not agree. The mug is cracked.'],
    ['«я не согласна» is no yes', 'Вы предложили компенсацию 22 рубля, я не согласна.'],
    ['a deadline in a condition is no request', 'If there is no answer by Friday I will open a dispute.'],
  ])('no request where there is none (%s)', (_, text) => {
    expect(detect(text).resolution).toBe('none');
  });
});

describe('feeling in ordinary words', () => {
  it.each([
    ['Я сидела и ревела весь вечер, куртка порвана.', ['ревела']],
    ['У меня просто руки опустились, когда увидела трещину.', ['руки опустились']],
    ['Я в полном шоке от этой посылки.', ['в полном шоке']],
    ['Честно, чуть не расплакалась, ваза разбита.', ['расплакалась']],
    ['Настроение на нуле, ваза разбита.', ['Настроение на нуле']],
    ['Я так нервничаю, уже не сплю ночами.', ['нервничаю', 'не сплю ночами']],
    ['I cried the whole evening over this.', ['cried']],
    ["I'm at my wits' end with this parcel.", ["at my wits' end"]],
    ['This has ruined my birthday.', ['ruined my birthday']],
    ['I am so stressed about this order.', ['I am so stressed']],
    ['The strap broke on day 2 😢', ['😢']],
    ['Where is my parcel ‼', ['‼']],
  ])('%s', (text, words) => {
    expect(flagged(text, 'emotional')).toEqual(words);
  });

  it.each([
    ['chat filler', 'lol bro the zipper broke on day two, refund plz'],
    ['chat filler in capitals', 'LOL BRO the zip broke, refund PLS'],
    ['Russian filler', 'Плиз верните деньги, молния сломалась.'],
    ['object emoji', 'The charger 🔌 stopped charging 📦 refund please.'],
    ['a prayer emoji', 'Refund please 🙏'],
    ['tears in fabric', 'There are tears in the fabric near the seam.'],
    ['boiling water', 'The kettle leaked while the water was boiling.'],
    ['a crushed box', 'The box was really crushed when it came.'],
    ['a veiled "sad if"', 'It would be really sad if the photos ended up online.'],
    ['a roaring motor', 'Мотор ревёт и греется.'],
  ])('not emotional: %s', (_, text) => {
    expect(flagged(text, 'emotional')).toBeUndefined();
  });
});
