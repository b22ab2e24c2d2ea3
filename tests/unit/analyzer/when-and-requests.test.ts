import { describe, expect, it } from 'vitest';
import { checkDispute } from '../../../lib/analyzer';
import { CONCRETE_PROBLEM, WHEN_LEXICONS } from '../../../lib/analyzer/content-phrases';
import { flatten } from '../../../lib/analyzer/flatten';
import { findMoney } from '../../../lib/analyzer/money';
import { codes, found } from './helpers';

const detect = (text: string, orderTotal?: number) => checkDispute({ text, orderTotal }).detected;

describe('a discovery time said in ordinary words', () => {
  it.each([
    ['The zip split open on the 9th, when I first zipped it up.', 'on the 9th'],
    ['Unpacked it Friday evening and the glass was cracked.', 'Friday'],
    ['The lamp flickered this evening for the first time.', 'this evening'],
    ['It died on the fourth day of use.', 'on the fourth day'],
    ['The strap snapped within a week.', 'within a week'],
    ['The kettle started leaking the very first time we boiled water.', 'the very first time we'],
    ['The screen went dark over Christmas.', 'over Christmas'],
    ['The blender jammed while I was making a smoothie.', 'while I was making'],
    ['The sole came off after a short rain.', 'after a short rain'],
    ['Three days in, the fan began to rattle.', 'Three days in'],
    ['The seam tore the evening it was delivered.', 'the evening it was delivered'],
    ['Ручка отломилась на пятый день.', 'на пятый день'],
    ['Чайник потёк уже на второй же неделе.', 'на второй же неделе'],
    ['Краска облезла после первой же стирки.', 'после первой же стирки'],
    ['Коляска сломалась спустя два дня.', 'спустя два дня'],
    ['Трещину заметила при сборке стеллажа.', 'при сборке'],
    ['Дефект увидел во время примерки.', 'во время примерки'],
    ['Течь обнаружилась в ту же ночь.', 'в ту же ночь'],
    ['Получила 3-го ноября, ножка шатается.', '3-го ноября'],
    ['Подарок открыли на Новый год, а он не включается.', 'на Новый год'],
    ['Когда мы повесили полку, крепление треснуло.', 'Когда мы повесили'],
    ['Со второй зарядки батарея не держит.', 'Со второй зарядки'],
    ['На прошлой неделе перестал работать пульт.', 'На прошлой неделе'],
    ['Во вторник вечером пропал звук.', 'Во вторник'],
    ['The hinge cracked the morning after delivery.', 'the morning after delivery'],
    ["It's been five weeks and the parcel is still not here.", "It's been five weeks"],
    ['The motor has whined from the very start.', 'from the very start'],
    ['The glass was chipped before I even used it.', 'before I even used'],
    ['The lid was dented as soon as it arrived.', 'as soon as it arrived'],
    ['It stopped charging on 11/23.', 'on 11/23'],
    ['В день доставки коробка была мокрой.', 'В день доставки'],
    ['Недели через две отклеилась подошва.', 'Недели через две'],
    ['Открыв пакет, увидела пятно.', 'Открыв'],
    ['Когда заказ приехал, угол был смят.', 'Когда заказ приехал'],
    ['It was dead on Christmas morning.', 'on Christmas'],
    ['Гирлянда погасла в новогоднюю ночь.', 'в новогоднюю ночь'],
    ['When my son took it out of the box, the wheel fell off.', 'When my son took it out'],
    ['The valve leaked this past weekend.', 'this past weekend'],
    ['Once assembled, the table wobbled.', 'Once assembled'],
    ['I opened it at the pickup point and the mug was chipped.', 'opened it at the pickup point'],
    ['Неделю спустя отклеилась подошва.', 'Неделю спустя'],
    ['Вскрыла прямо на почте: стекло разбито.', 'Вскрыла прямо на почте'],
    ['Перед первым использованием заметила трещину.', 'Перед первым использованием'],
  ])('%s', (text, words) => {
    expect(found(WHEN_LEXICONS, text)).toContain(words);
  });

  it.each([
    'The seller stopped answering and the jacket is torn. Refund please.',
    'This is the 2nd time I write to you about the torn jacket.',
    'My flat is on the 3rd floor and the courier left the parcel outside.',
    'Зубная щётка выключается через пару секунд после включения. Прошу замену.',
    'Когда я писал вам, вы не ответили. Куртка порвана.',
    'При всём уважении, куртка порвана. Верните деньги.',
    'После обращения в поддержку ничего не изменилось, куртка порвана.',
    'Купила в подарок, а ручка отломана. Прошу возврат.',
    'When I got no reply, I opened this case: the lid is cracked.',
    'Когда вы отправляли, коробка была целая, а крышка треснула.',
    'Посылка лежит на почте, а курьер не звонит.',
    'The lid is cracked. Please reply by Monday.',
    'The lid is cracked. Refund me within 24 hours.',
    'The lid is cracked and I will open a case tomorrow morning.',
    'The print is at 1/20 scale and the wing is snapped.',
  ])('no time in: %s', (text) => {
    expect(found(WHEN_LEXICONS, text)).toEqual([]);
    expect(codes(text)).toContain('missing_when');
  });
});

describe('what the buyer asks for, in ordinary words', () => {
  it.each([
    ['Please send a complete set.', 'exchange'],
    ['Just ship an undamaged one.', 'exchange'],
    ['I want the correct charger.', 'exchange'],
    ['Could you swap them for the larger size?', 'exchange'],
    ['I would like it replaced.', 'exchange'],
    ['I want them exchanged for black ones.', 'exchange'],
    ['Пришлите USB-C, пожалуйста.', 'exchange'],
    ['Деньги не нужны, пришлите целый плафон.', 'exchange'],
    ['Please give me back my money.', 'full_refund'],
    ['Refund every penny.', 'full_refund'],
    ['Верните всё до копейки.', 'full_refund'],
    ['Оформите рефанд.', 'full_refund'],
    ['Your offer of $2 is not enough; refund the full price.', 'full_refund'],
    ['Не приму частичный возврат, прошу вернуть деньги.', 'full_refund'],
    ['Замену больше не хочу: первая замена тоже пришла битой. Верните деньги.', 'full_refund'],
    ['The boots go back to you on Monday once you send the label.', 'return'],
    ['I will post them back, please refund.', 'return'],
    ["I've already mailed them back, please refund.", 'full_refund'],
    ['Платье уже отправила обратно, трек в переписке.', 'none'],
    ['Я отвезу коробку обратно в пункт выдачи, верните деньги.', 'return'],
    ['Please refund the price difference.', 'partial_refund'],
    ['Верните разницу в стоимости.', 'partial_refund'],
    ['Прошу вернуть часть суммы.', 'partial_refund'],
    ['Компенсируйте сумму на ваше усмотрение.', 'partial_refund'],
    ['Верните, сколько сочтёте нужным.', 'partial_refund'],
    ['Refund whatever you think is fair.', 'partial_refund'],
    ['I would accept half of the price back.', 'partial_refund'],
    ["I'd like my payment refunded.", 'full_refund'],
    ['Please reimburse me.', 'full_refund'],
    ['Хочу назад свои деньги.', 'full_refund'],
    ['Please reship it.', 'exchange'],
    ['Хочу другую, целую.', 'exchange'],
    ['Поменяйте на синий.', 'exchange'],
    ["I'm posting it back tomorrow.", 'return'],
    ['Can I send it back?', 'return'],
    ['Заберите свой прибор.', 'return'],
    ['Сделайте скидку за царапину.', 'partial_refund'],
    ['I would like some of the money back.', 'partial_refund'],
    ['Please cover the cost of the missing lid.', 'partial_refund'],
    ["I won't accept a partial refund. Please refund in full.", 'full_refund'],
    ['Частичный возврат меня не устраивает, верните деньги.', 'full_refund'],
    ['Компенсация меня не устраивает. Прошу замену.', 'exchange'],
    ['Прошу вернуть уплаченное.', 'full_refund'],
    ['Прошу отправить мне нормальный товар.', 'exchange'],
    ['Post me the correct size.', 'exchange'],
  ])('%s → %s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it.each([
    ['Nice try swapping the 64 GB card for an 8 GB one. The card is fake; I noticed it on 3 May.', 'none'],
    ['What a way to ship a mirror: no padding at all.', 'none'],
    ['The exchange rate made it cost more. The lid is cracked.', 'none'],
    ['The replacement also arrived broken. Please refund me.', 'full_refund'],
    ['Вы заменили мне кабель, но он тоже не заряжает. Верните деньги.', 'full_refund'],
    ['Обнаружил при замене фильтра, что он треснул. Прошу вернуть деньги.', 'full_refund'],
    ['Please send the tracking number.', 'none'],
    ['Please send a photo of the label you shipped.', 'none'],
    ['Купила со скидкой, а ручка отломана.', 'none'],
    ['Вы поменяли упаковку, а ручка отломана.', 'none'],
    ['I will post a review about the cracked lid.', 'none'],
    ['Решение на ваше усмотрение, крышка треснула.', 'none'],
    ['You sent it back to the warehouse instead of delivering it.', 'none'],
    ['Почта отправила посылку обратно продавцу.', 'none'],
    ['Хочу нормальный ответ: куртка порвана.', 'none'],
    ['I paid half the price at a sale, and the lid is cracked.', 'none'],
    ['Купила за полцены, крышка треснула.', 'none'],
    ['Прошу вернуть её стоимость.', 'full_refund'],
    ["I don't need any compensation, just send the lid.", 'exchange'],
  ])('not asked for: %s → %s', (text, resolution) => {
    expect(detect(text).resolution).toBe(resolution);
  });

  it('an accepted offer is the request', () => {
    expect(detect('I accept your offer of a refund of 3 USD.')).toMatchObject({
      resolution: 'partial_refund',
      amount: 3,
    });
  });

  it('half the price is a share, not a sum', () => {
    expect(detect('Верните полцены.', 1800)).toEqual({ resolution: 'partial_refund', percent: 50, amount: 900 });
  });

  it('a partial refund without a sum still asks for the sum', () => {
    expect(codes('Please refund the price difference.')).toContain('partial_without_amount');
    expect(codes('Компенсируйте сумму на ваше усмотрение.')).toContain('partial_without_amount');
  });

  it("the seller's offered sum is not the buyer's", () => {
    expect(detect('You offered 5 USD for a broken lamp. I want a full refund.', 40)).toEqual({
      resolution: 'full_refund',
    });
    expect(detect('Предложили 100 ₽ за разбитую лампу, я не согласна. Прошу полный возврат.', 900)).toEqual({
      resolution: 'full_refund',
    });
  });
});

describe('sums in local currencies and in words', () => {
  it.each([
    ['Please refund S$4.50 for the missing cap.', 4.5, 'SGD'],
    ['Please refund RM 12 for the missing cap.', 12, 'MYR'],
    ['Please refund ₱300 for the missing cap.', 300, 'PHP'],
    ['Please refund Rs. 450 for the missing cap.', 450, 'INR'],
    ['Please refund ₹2,300 for the missing cap.', 2300, 'INR'],
    ['Please refund R95 for the missing cap.', 95, 'ZAR'],
    ['Please refund €4,20 for the missing cap.', 4.2, 'EUR'],
    ['Верните 70 р за недостающую крышку.', 70, 'RUB'],
    ['Прошу компенсацию в размере трёхсот двадцати рублей.', 320, 'RUB'],
    ['Прошу компенсацию в сумме двух тысяч рублей.', 2000, 'RUB'],
    ['Please reimburse A$12 for the missing cap.', 12, 'AUD'],
  ])('%s', (text, amount, currency) => {
    expect(detect(text, 5000)).toEqual({ resolution: 'partial_refund', amount, currency });
  });

  it.each(['Верните деньги, я жду уже 5 раз по 10 минут.', 'My R2 robot is broken.', 'Version 5 р-2 arrived.'])(
    'no sum in: %s',
    (text) => {
      expect(findMoney(flatten(text).flat)).toEqual([]);
    },
  );
});

describe('what is wrong, read more exactly', () => {
  it.each([
    ['Получил 14 мая, трещина на крышке.', ['трещин']],
    ['Где мой заказ? Прошло 50 дней.', ['Где мой заказ']],
    ['The mug I ordered in white arrived in grey.', ['ordered in white arrived in']],
    ['Перестал работать правый наушник.', ['Перестал работать правый']],
    ["I haven't got my order yet.", ["haven't got"]],
  ])('%s', (text, words) => {
    for (const word of words) expect(found(CONCRETE_PROBLEM, text).join(' ')).toContain(word);
  });

  it.each([
    'Товар не соответствует описанию. Получила 5 августа, фото прилагаю. Прошу вернуть деньги.',
    'Утюг перестал работать на второй день. Видео прилагаю. Верните деньги.',
    'Совсем не то, что на фото. Получила 2 мая, фото прилагаю. Верните деньги.',
    'Верните деньги',
  ])('still asks "what exactly?": %s', (text) => {
    expect(found(CONCRETE_PROBLEM, text)).toEqual([]);
    expect(codes(text)).toContain('missing_what');
  });
});
