import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Each rule is written for a family of wordings; the examples are new wordings of the family, and each family has
// innocent twins that share its words.

describe('accusation: labels of honesty by word family', () => {
  it.each([
    ['Вы нам наврали в описании про ёмкость', ['Вы нам наврали']],
    ['В карточке соврали про материал', ['соврали']],
    ['Это ложь: трек не обновлялся ни разу', ['ложь']],
    ['Сплошная брехня в характеристиках', ['брехня']],
    ['Описание — сплошной пиздёж', ['пиздёж']],
    ['Вы ввели меня в заблуждение фотографиями', ['ввели меня в заблуждение']],
    ['Нас облапошили с этой зарядкой', ['Нас облапошили']],
    ['Развели на деньги с этим чехлом', ['Развели на деньги']],
    ['Вы просто прикарманили мои деньги', ['Вы просто прикарманили']],
    ['Лишь бы втюхать что-нибудь', ['втюхать']],
    ['Всучили б/у вместо нового', ['Всучили']],
    ['Опять мухлюете с весом', ['мухлюете']],
    ['Такие обманы для покупателей не проходят даром', ['обманы']],
    ['You lied about the battery capacity', ['You lied about']],
    ['A pack of lies from start to finish', ['pack of lies']],
    ['You ripped me off with this charger', ['ripped me off']],
    ['Thirty dollars for this is daylight robbery', ['daylight robbery']],
    ['Classic bait-and-switch with the photos', ['bait-and-switch']],
    ['It is a con job from start to finish', ['con job']],
    ['This is a total scheme, nothing more', ['This is a total scheme']],
    ['What a bunch of grifters', ['grifters']],
    ['This store is shady', ['store is shady']],
    ['Проходимцы, а не магазин', ['Проходимцы']],
    ['Это афера чистой воды', ['афера']],
    ['Недобросовестный продавец, увы', ['Недобросовестный']],
    ['Вы нас обворовали на триста рублей', ['обворовали']],
    ['Хватит вешать лапшу на уши про таможню', ['вешать лапшу']],
    ['Не надо мне сказки рассказывать про склад', ['Не надо мне сказки']],
    ['Так я и поверила, что это склад', ['Так я и поверила']],
    ["That's outright theft", ['theft']],
    ['A likely story, given the empty box', ['A likely story']],
    ['Unscrupulous seller, avoid', ['Unscrupulous']],
    ['Магазин-однодневка, кидают всех подряд', ['кидают всех']],
    ['Подсунули брак и довольны', ['Подсунули']],
    ['You are trying to trick me with these photos', ['trick me']],
    ["You're running a racket here", ['running a racket']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    'Ложка в наборе погнута',
    'Весы врут на пять граммов, проверьте калибровку',
    'Почтальон, похоже, украл посылку',
    'Разводной ключ пришёл без регулятора',
    'Обман зрения: на фото цвет темнее',
    'The strap ripped off on day one',
    'The problem lies in the hinge',
    'Pros and cons aside, the lid cracked',
    'It is a colour scheme issue: the blue is grey',
    'The wiring looks dodgy and the seam is crooked',
    'I was happy with the first order',
    'Крем «Хвойная сказка» протёк в пакет',
    'Извещение подсунули под дверь, а посылки нет',
    'Here is a trick to open the lid, but it still sticks',
    'Spare me the details: the lid is cracked',
  ])('not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('accusation: what the seller knew, meant or counted on', () => {
  it.each([
    ['Вы же прекрасно знали, что аккумулятор вздут', ['Вы же прекрасно знали']],
    ['Продавец заведомо отправил брак', ['заведомо']],
    ['Выдаёте реплику за оригинал', ['Выдаёте реплику за оригинал']],
    ['Продаёте китайский пластик под видом немецкой стали', ['Продаёте китайский пластик под видом']],
    ['Думали, покупатель не взвесит? Взвесил.', ['Думали, покупатель не взвесит']],
    ['Рассчитывали, что никто не заметит подмены', ['Рассчитывали, что никто не заметит']],
    ['Отправляете такое только тем, кто не проверяет посылку', ['тем, кто не проверяет']],
    ['Вы со всеми так поступаете?', ['Вы со всеми так поступаете']],
    ['You knew full well the screen was cracked', ['You knew full well']],
    ['You knew the cable was frayed before you shipped it', ['You knew the cable was frayed before you shipped']],
    ['Counting on nobody would weigh it?', ['Counting on nobody would weigh']],
    ['You figured I wouldn’t test the capacity', ['figured I wouldn’t test']],
    ['Passing off polyester as silk again', ['Passing off polyester as']],
    ['Knowingly shipped a used unit', ['Knowingly']],
    ['Вы же знали, что товар бракованный', ['Вы же знали']],
    ['You clearly knew the item was defective', ['You clearly knew']],
    ['Вы решили сэкономить на мне и положили б/у', ['решили сэкономить на мне']],
    ['Obviously intentional, the seal was cut', ['intentional']],
    ['Вы не случайно положили прошлогоднюю модель', ['не случайно']],
    ['Преднамеренно занизили вес в карточке', ['Преднамеренно']],
    ['This was no accident, the seal was cut', ['This was no accident']],
    ['They purposely left out the charger', ['purposely']],
    ['Вы дурите покупателей этими фото', ['дурите покупателей']],
    ['Я думаю, это сделано специально', ['специально']],
    ['I think it was done deliberately', ['deliberately']],
    ['Вы специально заказали у другого поставщика', ['специально']],
    ['False advertising on the product page', ['False advertising']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    'Я специально заказала размер побольше, но он всё равно мал',
    'Мы намеренно выбрали курьерскую доставку',
    'Специально писала в комментарии: упакуйте получше',
    'Купила специально к поездке, а замок сломан',
    'I deliberately ordered a size up, and it is still tight',
    'I accidentally dropped the box, but the crack was already inside',
    'The case is specially designed for the S23, yet it does not fit',
    'Мы думали, что не заметим разницы в оттенке, но заметили',
    'I thought I would test it first before writing',
    'Я не случайно выбрал ваш магазин: отзывы были хорошие',
    'Посылку специально упаковали в пупырку, спасибо, но экран всё равно треснул',
    'I had deliberately chosen the blue one, and the blue one came',
    'Вы знаете, что посылка задерживается? Напишите срок',
  ])('the buyer’s own doing or a plain question: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('accusation: taken back in the same sentence', () => {
  it.each([
    "I'm not for a second claiming you did it deliberately, but the box was crushed",
    'Я вовсе не говорю, что вы сделали это специально, но детали нет',
    'Не думаю, что нарочно, но размер другой',
    "I don't believe you meant to mislead anyone, but the set has 10 pieces",
  ])('%s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('accusation: schemes, fake reviews, "you are all the same", conscience', () => {
  it.each([
    ['Схема у вас, видимо, отлаженная', ['Схема у вас, видимо, отлаженная']],
    ['Знакомая схема: пустой пакет и трек', ['Знакомая схема']],
    ['Не удивлюсь, если отзывы вам сами пишут', ['отзывы вам сами пишут']],
    ['Накрученные отзывы на странице товара', ['Накрученные отзывы']],
    ['Все вы здесь такие', ['Все вы здесь такие']],
    ['Все продавцы в этом разделе одинаковые', ['Все продавцы в этом разделе одинаковые']],
    ['Как вам не стыдно продавать такое?', ['Как вам не стыдно']],
    ['Как вы спите спокойно после такого?', ['Как вы спите']],
    ['Fake reviews all over your page', ['Fake reviews']],
    ['Do you write your own reviews too?', ['write your own reviews']],
    ["You're all the same on this site", ["You're all the same"]],
    ['All the sellers in this category are alike', ['All the sellers in this category are alike']],
    ['Everyone in our buyers’ group knows this shop sells fakes', ['Everyone in our buyers’ group knows']],
    ['How do you sleep at night?', ['How do you sleep at night']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    'Схема подключения в инструкции не такая, как на плате',
    'Схема такая: я заказал два, пришёл один',
    'По знакомой схеме подключения лампа не горит',
    'Оставлю отзыв с фото, чтобы другие знали размер',
    'Все продавцы раньше были такие вежливые',
    'You are all very helpful, but the lid is still cracked',
    'Everybody knows how to use a charger, and this one does not charge',
    'Мне не стыдно за свой отзыв',
  ])('not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('accusation: sarcasm about honesty', () => {
  it.each([
    ['Какая трогательная честность', ['Какая трогательная честность']],
    ['Вот это порядочность у вас', ['Вот это порядочность']],
    ['Ну да, разумеется, «отправили вовремя»', ['Ну да, разумеется, «отправили']],
    ['Ну конечно, «потерялась на таможне»', ['Ну конечно, «потерялась']],
    ['Товар положить «забыли», коробку отправить не забыли', ['«забыли»']],
    ['Забавно, что каждый раз именно у меня не хватает детали', ['Забавно, что каждый раз']],
    ['Какое интересное совпадение: опять не тот цвет', ['Какое интересное совпадение']],
    ['Funny how the wrong size always ends up at my door', ['Funny how the wrong size always']],
    ['What an odd coincidence that the box was empty', ['What an odd coincidence']],
    ['Real leather, my foot.', ['my foot']],
    ['Nice try sending a refurbished unit', ['Nice try']],
    ['Какая досадная случайность: опять пустая коробка', ['Какая досадная случайность']],
    ['Как удобно для вас: трек не работает', ['Как удобно']],
    ['Да-да, конечно, «задержка на таможне»', ['Да-да, конечно, «задержка']],
    ["Sure, 'lost in transit' again", ["Sure, 'lost"]],
    ['Честный продавец, ничего не скажешь', ['Честный продавец, ничего не скажешь']],
    ['Honest mistake? Third time?', ['Honest mistake?']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    "The listing says 'waterproof', but it leaked in light rain",
    "The listing says 'waterproof', as usual for this brand, and it leaked",
    'I\'m sure "Size M" was on the label',
    'Спасибо за честность, но размер всё равно другой',
    'Strange that it always disconnects after five minutes',
    'I hurt my foot on the sharp edge.',
    'Набор «Юный химик» пришёл без пробирок',
  ])('not sarcasm: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('emotional: mat as an intensifier, in any spelling', () => {
  it.each([
    ['Этот ебучий принтер опять зажевал бумагу', ['ебучий']],
    ['Е*аный кабель отвалился', ['Е*аный']],
    ['Ё6аный насос не качает', ['Ё6аный']],
    ['Это ж ебать как громко гудит', ['ебать как']],
    ['Б...я, опять не тот размер', ['Б...я']],
    ['Бл9, снова пустая коробка', ['Бл9']],
    ['The fcking lid snapped', ['fcking']],
    ['Phuckin useless lamp', ['Phuckin']],
    ['What the fvck is this', ['What the fvck']],
    ['What the f... happened to the box', ['What the f...']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });

  it.each(['Эбонитовая палочка в наборе сломана', 'The pumpkin lamp flickers', 'Скребок для льда треснул'])(
    'no intensifier: %s',
    (text) => {
      expect(flagged(text, 'emotional')).toBeUndefined();
    },
  );
});

describe('emotional: the buyer’s own state', () => {
  it.each([
    ["I'm gutted, it was a gift", ['gutted']],
    ['Honestly livid about this', ['livid']],
    ["I'm at my wits' end with this order", ["at my wits' end"]],
    ['I am sick and tired of waiting', ['sick and tired']],
    ["We're sick of the excuses", ['sick of']],
    ['Я в отчаянии, подарок испорчен', ['в отчаянии']],
    ['Достало уже ждать', ['Достало']],
    ['Вы меня достали своими отговорками', ['Вы меня достали']],
    ['Надоело писать одно и то же', ['Надоело']],
    ['Ну сколько можно ждать ответа', ['Ну сколько можно']],
    ['Я взбешена таким ответом', ['взбешена']],
    ["I'm so mad about the broken lid", ['mad']],
    ['Дочка готова плакать', ['плакать']],
    ['Опять не тот размер 🤦', ['🤦']],
    ['Посылка снова пустая 💔', ['💔']],
    ['Honestly, I could scream', ['could scream']],
    ['Меня аж трясёт от такого ответа', ['Меня аж трясёт']],
    ['Руки опускаются, третий раз одно и то же', ['Руки опускаются']],
    ['This made me cry, it was a gift', ['cry']],
    ['Я в полном отчаянии', ['в полном отчаянии']],
    ['Нервы уже на пределе', ['Нервы уже на пределе']],
    ["I'm losing my mind over this order", ['losing my mind']],
    ['I am beside myself', ['beside myself']],
    ["I'm not angry, just disappointed", ['disappointed']],
    ['Я на грани нервного срыва', ['на грани нервного срыва']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });

  it.each([
    'Достали из коробки, а там трещина',
    'Сколько можно заказать в одном заказе?',
    'I was happy with the first order',
    'Please send the right size!',
    'An awful lot of glue on the seams',
    'Bloody Mary mix arrived with a broken lid',
    'The dog got sick of the food',
    'Шов на грани разрыва',
    "I'm not upset about the delay, I just want the right size",
    'Я не злюсь, просто верните деньги',
    'It is not terrible, but the lid sticks',
    'The cry of the toy owl is too quiet',
    'Кабель USB и RGB LED лента, размер XL',
    'Заказал XIAOMI REDMI Buds, левый не заряжается',
    'Спасибо, всё остальное пришло 🙂',
    'Я плачу за доставку отдельно',
  ])('not emotional: %s', (text) => {
    expect(flagged(text, 'emotional')).toBeUndefined();
  });
});
