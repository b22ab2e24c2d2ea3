import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

const PHOTO = { attachments: [{ name: 'drone.jpg', type: 'image/jpeg', size: 90_000 }] };
const EN_REST = ' The drone arrived with a broken arm on 3 May, photo attached. Refund please.';
const RU_REST = ' Дрон пришёл 3 мая со сломанным лучом, фото прилагаю. Верните деньги.';

describe('mocking comparisons: the reader likened to an animal or a child', () => {
  it.each([
    ['Your support team answers like a goldfish, a new excuse every day.', 'like a goldfish'],
    ["My neighbour's parrot could pack a parcel better than your warehouse.", 'parrot could pack a parcel better than'],
    ['A hamster would sort parcels faster than your warehouse does.', 'hamster would sort parcels faster than'],
    ['Your packers work like toddlers at a birthday party.', 'like toddlers'],
    ['Ваш оператор отвечает как первоклассник у доски.', 'как первоклассник'],
    ['Мой кот разбирается в размерах лучше, чем ваши сотрудники.', 'кот разбирается в размерах лучше, чем'],
    ['Менеджер ваш соображает, словно улитка после обеда.', 'словно улитка'],
  ])('%s', (sentence, words) => {
    expect(flagged(sentence + EN_REST, 'insult', PHOTO)?.join(' | ')).toContain(words);
  });

  it.each([
    'The carrier your store sent is smaller than a hamster cage should be.',
    'I bought it for my grandma, like your listing suggested.',
    'Your dog harness is smaller than the dog in the photo.',
    'Ваш рюкзак подходит как для ребёнка, так и для взрослого.',
    'Заказывала костюм для ребёнка, как и ваш менеджер советовал.',
    'Это игрушка для детей, а ваш склад прислал её без батареек.',
    'The kids loved the first one; this one, as your photo shows, has a cracked lid.',
  ])('not: %s', (sentence) => {
    expect(flagged(sentence + EN_REST, 'insult', PHOTO)).toBeUndefined();
  });
});

describe("veiled threats: the buyer's people with time, trucks or plans to meet the seller", () => {
  it.each([
    [
      'You should know my cousins in Shenzhen have a van and plenty of free time.',
      'my cousins in Shenzhen have a van and plenty of free time',
    ],
    [
      'Me and the boys might pop round your shop for a little chat about this.',
      'Me and the boys might pop round your shop for a little chat about this',
    ],
    [
      'У меня братья в Иу, времени у них навалом, могут и к вам на склад заглянуть.',
      'меня братья в Иу, времени у них навалом, могут и к вам на склад заглянуть',
    ],
    [
      'Мой кореш знает ваших ребят с рынка, при встрече всё им объяснит.',
      'кореш знает ваших ребят с рынка, при встрече',
    ],
  ])('%s', (sentence, words) => {
    const rest = /[а-я]/i.test(sentence) ? RU_REST : EN_REST;
    expect(flagged(sentence + rest, 'threat', PHOTO)?.join(' | ')).toContain(words);
  });

  it.each([
    'My brother has free time this week, he will help me pack the return for you.',
    'My friends recommended your shop to me.',
    'Мой брат привёз посылку на грузовике с почты, коробка была цела.',
    'Мои друзья тоже заказывали у вас, у них всё пришло.',
    'Мой друг при встрече показал мне ваш магазин, поэтому я заказала здесь.',
  ])('not: %s', (sentence) => {
    const rest = /[а-я]/i.test(sentence) ? RU_REST : EN_REST;
    expect(flagged(sentence + rest, 'threat', PHOTO)).toBeUndefined();
  });
});

describe('condescension about what the reader never learned', () => {
  it.each([
    ['For those of you who skipped maths class: ten minus three is seven.', 'For those of you who skipped'],
    ['Measuring is clearly not your strong suit.', 'Measuring is clearly not your strong suit'],
    [
      'Для тех, кто на уроках географии спал: Казань и Казахстан — разные места.',
      'Для тех, кто на уроках географии спал',
    ],
    ['Арифметика, видимо, не ваш конёк.', 'Арифметика, видимо, не ваш конёк'],
  ])('%s', (sentence, words) => {
    const rest = /[а-я]/i.test(sentence) ? RU_REST : EN_REST;
    expect(flagged(sentence + rest, 'insult', PHOTO)?.join(' | ')).toContain(words);
  });

  it.each([
    'For those who asked about the size: it is M.',
    'Для тех, кто будет рассматривать спор: фото прилагаю.',
    'Spelling mistakes in the manual are not my concern.',
    'Читать инструкцию на китайском мне не под силу, но дрон сломан.',
  ])('not: %s', (sentence) => {
    const rest = /[а-я]/i.test(sentence) ? RU_REST : EN_REST;
    expect(flagged(sentence + rest, 'insult', PHOTO)).toBeUndefined();
  });
});
