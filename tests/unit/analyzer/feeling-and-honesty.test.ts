import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

// Feeling and honesty, written by class: each example is a new wording of its family (none copied from the corpus),
// and each family has innocent twins that share its words: the product judged or described, a device's message, a
// brand or a title, the buyer's own doing, a label taken back, a fact backed by evidence.

describe('emotional: feeling in ordinary words', () => {
  it.each([
    ['This whole order has left me in despair, it was a present for my mother.', ['despair']],
    ["I'm crushed, my son waited two months for this bike.", ['crushed']],
    ['My nerves are shot after six weeks of chasing this parcel.', ['nerves are shot']],
    ["I'm a nervous wreck waiting for the refund.", ['nervous wreck']],
    ['I am pulling my hair out over this order.', ['hair out']],
    ['This is driving me up the wall, the lid still leaks.', ['driving me up the wall']],
    ['Honestly, it is driving me crazy that nobody answers.', ['driving me crazy']],
    ["I'm speechless, the box was empty.", ['speechless']],
    ["I am lost for words, the coat is a child's size.", ['lost for words']],
    ['I feel sick to my stomach about the money I lost.', ['sick to my stomach']],
    ["I'm at breaking point with this seller.", ['breaking point']],
    ["I'm really annoyed, the strap snapped on day two.", ['annoyed']],
    ['My patience has run out, where is my parcel.', ['patience has run out']],
    ['My patience is wearing thin with these replies.', ['patience is wearing thin']],
    ['I was horrified when I opened the box.', ['horrified']],
    ["I'm mortified, I gave it to my boss as a gift.", ['mortified']],
    ["I'm so embarrassed, the guests saw it fall apart.", ['embarrassed']],
    ["I'm in complete shock, the screen is shattered.", ['in complete shock']],
    ["I'm worried sick that my money is gone.", ['worried sick']],
    ['Enough is enough, refund me now.', ['Enough is enough']],
    ["I've had it up to here with excuses.", ['had it up to here']],
    ["My husband laughed, I didn't, I wanted to scream.", ['scream']],
    ['I feel so let down, I trusted your shop.', ['let down']],
    ["I'm sooo done with waiting, three months now.", ["I'm sooo done with waiting"]],
    ["This is the last straw, I've been patient for two months.", ['last straw']],
    ['Words fail me, the box was empty.', ['Words fail me']],
    ['This is insane, nobody answers my messages.', ['insane']],
    ["I'm freaking out, it was a birthday present for tomorrow.", ['freaking out']],
    ["I was so looking forward to this, and now I'm just sad.", ["I'm just sad"]],
    ['What a disgrace.', ['disgrace']],
    ['Shocking service.', ['Shocking']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });

  it.each([
    ['Я в панике, посылки нет уже два месяца.', ['в панике']],
    ['Моё терпение лопнуло, верните деньги.', ['терпение лопнуло']],
    ['Терпение на исходе, пишу в третий раз.', ['Терпение на исходе']],
    ['Я уже вся на нервах из-за этой посылки.', ['вся на нервах']],
    ['Я вся извелась, пока ждала ответа.', ['вся извелась']],
    ['Мне очень горько, это был подарок маме.', ['Мне очень горько']],
    ['Я отчаялась получить ответ.', ['отчаялась']],
    ['Возмутительно! Коробка пустая.', ['Возмутительно']],
    ['Это просто безобразие, шов разошёлся в первый день.', ['безобразие']],
    ['Внутри всё кипит, когда читаю ваши ответы.', ['Внутри всё кипит']],
    ['Слов нет, прислали детский размер.', ['Слов нет']],
    ['До сих пор трясёт, как вспомню это общение.', ['До сих пор трясёт']],
    ['Просто шок, экран разбит вдребезги.', ['шок']],
    ['Я больше не могу это терпеть, месяц жду.', ['терпеть']],
    ['Жесть какая-то, а не доставка.', ['Жесть какая']],
    ['Сижу и плачу, подарок испорчен.', ['Сижу и плачу']],
    ['Я так переживаю, это были последние деньги.', ['переживаю']],
    ['Я чуть не поседела, когда увидела счёт.', ['чуть не поседела']],
    ['Я разозлилась, когда увидела пустую коробку.', ['разозлилась']],
    ['Меня до глубины души возмутил ваш ответ.', ['возмутил']],
    ['Ребёнок ревел весь вечер.', ['ревел весь']],
    ['Это был шок, когда я открыла коробку.', ['шок']],
    ['Я злая как собака, жду уже два месяца.', ['злая как собака']],
    ['Я в ауте, прислали не тот цвет.', ['в ауте']],
    ['Меня просто распирает от злости.', ['распирает от злости']],
    ['Бесите вы меня уже.', ['Бесите']],
    ['Я на взводе, третий раз одно и то же.', ['на взводе']],
    ['Меня колотит от злости.', ['колотит от злости']],
    ['Я больше так не могу!', ['больше так не могу']],
    ['Я очень зла на ваш магазин.', ['зла']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });
});

describe('emotional: the same words with no feeling in them', () => {
  it.each([
    'The outer box was crushed and the manual is missing.',
    'The screen arrived shattered, photo attached.',
    'The charger is annoying to plug in because the port is tight.',
    'Please send the right size, my patience is not the issue.',
    'The motor keeps stalling after two minutes.',
    "I'm worried the replacement will have the same crack.",
    'Tracking says "in transit" since 3 May.',
    'hi seller pls check my order lol the cable is 1m not 2m ty',
    'I am writing calmly but firmly: the item does not match the listing and I want a full refund.',
    'The shock absorber is in shock test mode, it clicks.',
    'The fabric left my skin irritated after one wear.',
    'My skin got really irritated from the strap.',
    'Patience is needed with the glue: it takes 24 hours, but this one never set.',
    'The light is horrifically dim.',
    "I'm worried the courier left it at the wrong door.",
    'The shattered glass is visible in the photo.',
    'I was in a rush and did not check the size.',
    'My daughter was not upset at all, she just wants the right size.',
    "Nothing dramatic, I'm just a bit annoyed that the lid is loose.",
    'Thanks for your help, the item is fine except the strap is 2 cm short.',
    'Could you please check the size? The label says M but it fits like XS.',
    'I understand delays happen; it has been 45 days, please refund.',
    'Please note: the box was crushed, the kettle works, the manual is missing.',
    'The sad face emoji on the box is printed upside down.',
  ])('not emotional: %s', (text) => {
    expect(flagged(text, 'emotional')).toBeUndefined();
  });

  it.each([
    'The seller wrote: «не переживайте, посылка в пути».',
    'Жесть 0,5 мм для кровли пришла погнутой.',
    'Шок-заморозка не работает в холодильнике.',
    'Я переживаю за сроки, подскажите, когда отправка.',
    'Товар пришёл в таком виде, что стыдно показать.',
    'Я плачу за доставку отдельно, а её нет.',
    'Терпение и труд: набор для вышивки пришёл без ниток.',
    'Настольная игра «Паника в лаборатории» пришла без карточек.',
    'Безобразный шов на рукаве, фото прилагаю.',
    'Здравствуйте заказывала куртку размер M пришла S вот фото бирки прошу обменять на M спасибо',
    'Чайник закипает за десять минут, а обещали три.',
    'Стиральную машину трясёт на отжиме, хотя она стоит ровно.',
    'Блендер аж трясёт от вибрации на высокой скорости.',
    'Набор «Жесть и олово» пришёл без паяльника.',
    'Кровельная жесть пришла погнутой.',
    'Настроение у куклы «Злюка» на коробке, а внутри другая.',
    'Сын был в восторге, но через день колесо отвалилось.',
    'Пишу спокойно: коробка была вскрыта, фото прилагаю.',
    'Я не злюсь и не расстраиваюсь, просто пришлите замену.',
    'Я больше не могу пользоваться этим феном: он греется.',
    'Мотор злой, как собака, рычит, но не тянет.',
    'Достали из коробки, а там трещина.',
    'Жду посылку 40 дней, трек не обновляется с 3 марта, прошу вернуть деньги.',
    'Шокер для самообороны не заряжается.',
  ])('not emotional: %s', (text) => {
    expect(flagged(text, 'emotional')).toBeUndefined();
  });

  it.each([
    'Terrier toy "Crushed Ice" arrived without the squeaker.',
    'Набор Ужас Аркхэма пришёл без карточек.',
    'We bought the Shocked Pikachu plush and the ear is torn.',
    'My son loves the Angry Birds game, but the slingshot snapped.',
    'The angry birds toy set is missing two birds.',
    'The "Shock Top" cap arrived without a logo.',
  ])('a title or a name: %s', (text) => {
    expect(flagged(text, 'emotional')).toBeUndefined();
  });
});

describe('emotional: capitals that name or copy, not shout', () => {
  it.each([
    'Order: SONY WH-1000XM4, colour BLACK, size ONE SIZE.',
    'Заказ: кабель BASEUS, цвет ЧЁРНЫЙ, длина 2 м.',
    'На коробке написано FRAGILE HANDLE WITH CARE, а внутри осколки.',
    'The display shows ERROR E4 and then switches off.',
    'Model: XPRO MAX ULTRA 5000 mAh, the battery holds 3000.',
    'Заказ на ПВЗ СДЭК, трек NL123456789CN, статус ОЖИДАЕТ ВРУЧЕНИЯ.',
    'Status: DELIVERED, but I did not receive it.',
    'The label reads MADE IN GERMANY but the box says CHINA.',
    'Brand KEMEI trimmer, the KEMEI logo is crooked.',
    'Ordered the BASEUS charger and the ANKER cable, the ANKER cable is 1 m.',
    'Шуруповёрт ЗУБР ДШ-18, аккумулятор не держит заряд.',
    'The seller wrote "DON\'T WORRY, WE SEND NEW ONE" and then nothing.',
    'Вы пишете «ВСЁ ОТПРАВЛЕНО», а трека нет.',
    'На этикетке: ОСТОРОЖНО ХРУПКОЕ, а внутри осколки.',
  ])('not shouting: %s', (text) => {
    expect(flagged(text, 'emotional')).toBeUndefined();
  });
});

describe('accusation: labels of honesty or intent by class', () => {
  it.each([
    ['You pocketed my money and sent nothing.', ['pocketed my money']],
    ['You sold it knowing full well it was broken.', ['knowing full well']],
    ['This was a deliberate misdescription of the size.', ['deliberate']],
    ["You're hoping I'll give up and forget about it.", ["hoping I'll give up"]],
    ['You keep stalling until my buyer protection runs out.', ['You keep stalling until']],
    ['You are playing for time so the dispute closes.', ['You are playing for time so the']],
    ['Another dirty trick from your shop.', ['dirty trick']],
    ['Shame on you for selling this.', ['Shame on you for selling']],
    ['Your listing is a lie from top to bottom.', ['lie']],
    ['The tracking number you gave me is fake.', ['tracking number you gave me is fake']],
    ['That fake tracking number shows a delivery in another city.', ['fake tracking']],
    ['You marked it as shipped just so you would not have to refund me.', ['just so you would not have to refund']],
    ['Same old tricks every time I order here.', ['Same old tricks']],
    ['Shameless seller, selling plastic as steel.', ['Shameless']],
    ["Don't trust this seller, they swapped the item.", ["Don't trust this seller"]],
    ['Funny how every order from you is missing something.', ['Funny how every']],
    ['It is no coincidence that the box arrived empty twice.', ['coincidence']],
    ['Every mistake somehow goes in your favour.', ['in your favour']],
    ['This was clearly deliberate.', ['deliberate']],
    ['Wow, what an honest shop, a 2 TB drive that holds 64 GB.', ['honest shop']],
    ["Sure, it 'went missing' again, the third parcel this year.", ["Sure, it 'went"]],
    ["You're stringing me along until the deadline passes.", ["You're stringing me along until"]],
    ['You took my money and ran.', ['took my money and ran']],
    ['Such blatant dishonesty from a top-rated store.', ['dishonesty']],
    ['Your shop is a con from start to finish.', ['con']],
    ['Quit lying, the tracking never moved.', ['Quit lying']],
    ["Don't play dumb, you know exactly what you sent.", ["Don't play dumb"]],
    ["You think I'm stupid enough to believe that?", ["think I'm stupid enough"]],
    ['You fobbed me off with excuses for six weeks.', ['fobbed me off']],
    ['This is robbery.', ['robbery']],
    ['This shop rips people off.', ['rips people off']],
    ['You never intended to send it, did you.', ['never intended to send']],
    ['You had no intention of shipping this order.', ['had no intention of shipping']],
    ['You clearly count on buyers not checking.', ['count on buyers not checking']],
    ['Your refund "policy" is a joke designed to wear people down.', ['designed to wear people down']],
    ['Lying about the battery to sell more, nice.', ['Lying about the']],
    ["I've been conned.", ['conned']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    ['Вы тянете время, чтобы закрылась защита покупателя.', ['тянете время']],
    ['Надеетесь, что я забуду и отстану?', ['Надеетесь, что я забуду']],
    ['Опять ваши фокусы с трек-номером.', ['фокусы']],
    ['Вы дали липовый трек-номер, посылка ушла в другой город.', ['липовый трек']],
    ['Вы нечисты на руку.', ['нечисты на руку']],
    ['Совести у вас нет совсем.', ['Совести у вас нет']],
    ['Вы меня за дурака держите?', ['за дурака держите']],
    ['Очередная уловка, чтобы не возвращать деньги.', ['уловка']],
    ['Вы отметили доставку, лишь бы не возвращать деньги.', ['лишь бы не возвращать деньги']],
    ['Не доверяйте этому продавцу.', ['Не доверяйте этому продавцу']],
    ['Это не совпадение, что коробка снова пустая.', ['не совпадение']],
    ['Почему-то все ошибки в вашу пользу.', ['в вашу пользу']],
    ['Шарашкина контора, а не магазин.', ['Шарашкина контора']],
    ['Вас что, совесть не мучает?', ['совесть не мучает']],
    ['Хватит водить меня за нос.', ['водить меня за нос']],
    ['Вы просто кормите меня завтраками, чтобы истёк срок.', ['кормите меня завтраками']],
    ['Вы меня просто обокрали.', ['Вы меня просто обокрали']],
    ['Обычная схема: деньги взяли, товар не отправили.', ['Обычная схема']],
    ['Хватит врать про таможню.', ['Хватит врать']],
    ['Не держите покупателей за идиотов.', ['Не держите покупателей за идиотов']],
    ['Вы нагло врёте мне в глаза.', ['врёте']],
    ['Не верю ни одному вашему слову.', ['Не верю ни одному вашему слову']],
    ['Кинули на деньги, спасибо.', ['Кинули на деньги']],
    ['Вы и не собирались ничего отправлять.', ['не собирались ничего отправлять']],
    ['Продаёте воздух и собираете деньги.', ['Продаёте воздух']],
    ['Опять эти сказки про задержку на таможне.', ['сказки']],
    ['Вы снова рассказываете мне сказки про склад.', ['рассказываете мне сказки']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });
});

describe('accusation: taken back in the same sentence', () => {
  it.each([
    "I'm not accusing you of anything, but the box was empty.",
    "I'm not saying you meant to, but the size is wrong.",
    'Я не утверждаю, что это было сделано намеренно, но размер не тот.',
    "I'm not saying you're scammers, but the parcel never came.",
    "I wouldn't call it a scam, but the size is wrong.",
    'Я далека от мысли, что вы специально, но цвет другой.',
    'No one is accusing you of fraud, I just need the right part.',
    'Я уверена, что это не специально, просто пересорт.',
    "I don't think you did it deliberately, but please check your stock.",
    "I'm not implying any dishonesty, the listing just shows the wrong size.",
    'Мне кажется, это не обман, а ошибка склада.',
    "It's possible the warehouse mixed it up, no blame on you.",
    'Я не обвиняю вас в обмане, но коробка пришла пустой.',
    'Without accusing anyone: the seal was cut when it arrived.',
    'Не хочу сказать, что вы мошенники, но посылки нет.',
    "Not that I'm calling anyone a liar, but the scale shows 350 g.",
    'Не буду называть это обманом, но размер другой.',
  ])('not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('accusation: a fact backed by evidence, or a counterfeit named as a fact about the item', () => {
  it.each([
    "The AirPods are fake: the serial number is not on Apple's site, screenshot attached.",
    'The watch says Genuine Leather on the back, but it is a fake Casio.',
    'The shoes are counterfeit Nike: the logo is misprinted and the box has no barcode.',
    'Кроссовки — подделка: логотип кривой, на коробке нет штрихкода.',
    'The tracking number shows delivery to Lyon, I live in Lille, see the screenshot.',
    'Трек-номер показывает вручение в другом городе, скриншот прилагаю.',
    'The fake fur collar is coming off in clumps.',
    'Фото в карточке не совпадает с товаром: другой цвет, скриншот приложен.',
    'The tracking number shows delivery to another city, screenshot attached.',
    'Трек показывает вручение в другом городе, скриншот прилагаю.',
    'The listing says "lost wax casting", the ring has bubbles.',
    'This fake leather jacket peels at the cuffs.',
    'The counterfeit Adidas logo on the sole is misprinted.',
    'В описании неправильный размер: заявлено 42, пришло 40.',
    'Это подделка, а не оригинальный Xiaomi: нет голограммы, фото прилагаю.',
    'The listing was changed after my order, screenshots of both versions attached.',
    'The tracking number belongs to another parcel delivered in Spain, screenshot attached.',
    'The weight on the label is 0.2 kg, the listing says 1 kg.',
  ])('not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('accusation: the same words used literally', () => {
  it.each([
    'The colours do not coincide with the picture.',
    "I deliberately waited a week before writing, and it still doesn't work.",
    'The engine stalls until it warms up, the new sensor did not help.',
    "Please pay the customs just so I don't have to go to the office twice.",
    'There is an old trick to reset it, and it did not work.',
    "I don't trust the seller's size chart any more, it says M but it is XS.",
    'Please refund before the protection expires, the parcel is still not here.',
    'The cowboy boots have a split sole.',
    'The engine keeps stalling after I installed the part.',
    'Here is a trick to open the lid: press and turn, still stuck.',
    'Shame, it was a nice design, but the zip broke.',
    'The item tag reads "100% cotton", but the fabric melts under an iron.',
    'На экране робота «ошибка 14», и он не едет.',
    'The display shows "Error E3" and beeps.',
    'I trust you will sort this out quickly.',
    'Сын подменил батарейки, но всё равно не работает.',
    'I pocketed the receipt and only found it today.',
    'The clock keeps running out of battery.',
    'Вы тянете время? Подскажите, когда будет отправка.',
    'The seller replied: "it was a mistake at the warehouse, we will resend".',
    'Not your fault, but the courier threw the box.',
    'I had to rip off the protective film and the screen under it is cracked.',
    'The sticker is easy to rip off, but the glue stays.',
    "My bank's fraud department asked me for the order number.",
    'I keep a cheat sheet of the settings, and none of them work.',
    'Курьер кидал посылки через забор, коробка смята.',
    'Грузчики кидали коробки, на фото вмятина.',
    "I'm paying extra just to avoid paying customs twice.",
    'Пришлите хотя бы деталь, лишь бы не возвращать весь товар.',
    'Это старый трюк с кнопкой сброса: зажать на 10 секунд, но не помогло.',
    'Набор для фокусов: эти фокусы не работают, нет карт.',
    'Эти штучки для крепления не подходят к раме.',
    "It's no coincidence I chose your shop: your reviews were good.",
    'The card game "Liar\'s Dice" came without dice.',
    "Sure, here is the photo of the label: 'size L'.",
    'Конечно, я понимаю, что «задержка» бывает, но прошло 60 дней.',
    'I sent the photos knowing you asked for a video, the video is too big.',
    'Прошу ответить, пока не истёк срок защиты.',
    'Счётчик пишет «ошибка связи» после обновления.',
    'The app shows "error" each time I pair it.',
    "I'm sure the seller is honest, but the parcel never came.",
    "Wow, the seller was so honest last time, I'm sure you will fix this.",
    'Completely honest review: the lid cracked on day two.',
    'It was a deliberate choice to order XL, and XL came as M.',
    'This is a racket for kids, the strings snapped on day one.',
    'What a racket the fan makes, it rattles at every speed.',
    'The badminton racket was a racket with a cracked frame.',
    'Прикидывала размер по таблице, всё равно мал.',
  ])('not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});

describe('feeling and honesty: more word families', () => {
  it.each([
    ['Я негодую.', ['негодую']],
    ['Я вся на эмоциях, простите.', ['вся на эмоциях']],
  ])('emotional: %s', (text, expected) => {
    expect(flagged(text, 'emotional')).toEqual(expected);
  });

  it.each([['Вы врунишки.', ['врунишки']]])('accusation: %s', (text, expected) => {
    expect(flagged(text, 'accusation')).toEqual(expected);
  });

  it.each([
    'The seller said the parcel was lost and offered a resend, which I accept.',
    'Я понимаю, что ошибки бывают, прошу просто заменить.',
    'I believe it was an honest mistake, please send the right one.',
    "The parcel was stolen from my porch, the neighbour's camera shows it.",
    'Посылку украли из почтового ящика, заявление в полицию приложено.',
  ])('not an accusation: %s', (text) => {
    expect(flagged(text, 'accusation')).toBeUndefined();
  });
});
