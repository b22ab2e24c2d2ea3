import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-three, hold-out set d: negotiators writing mid-dispute after the seller's offer, who turn down a coupon,
 * a re-send or a small sum and name their own figure, accept an offer on a condition, keep the item at a discount or
 * insist on a full refund; calm, sarcastic or losing their temper. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - The seller's offer, quoted or retold (a coupon, a sum, a share, a re-send), is never the request; the request and
 *   `amount` are what the buyer asks for after turning it down.
 * - An offer the buyer accepts, even on a condition ("only to my card", "as long as it's paid this week"), becomes the
 *   buyer's request, with the offered sum as `amount`.
 * - A counter-offer that names its meeting point ("let's meet in the middle at $5", «сойдёмся на 700») is a partial
 *   refund of that sum; a named sum explained as "half the price" keeps the sum.
 * - «Верните N, товар оставлю» with N below the price is a partial refund of N; «верните всю сумму, N», «N полностью»,
 *   "N back, all of it" are full refunds.
 * - Scare quotes around the seller's offer («компенсация», "one-time goodwill") mock the offer, not the seller's
 *   honesty: no accusation. Calling the offer "an insult" or "a joke" is no insult and no feeling.
 * - "F*ck your coupon" dismisses the offer like "f off with …": profanity only. "…and you know it" after judging the
 *   item accuses (like «и вы об этом знали»).
 * - «Оставьте свой доллар себе» and "keep your 30 cents" turn an offer down: no insult.
 * - A reply of only «ок» or "no" to an offer is an empty text.
 * - A lawful fallback ("otherwise I'll take it up with support", "or I escalate") is no second remedy.
 * - Offering the item back after the seller refused an exchange is a return; asking for the right item while
 *   sending the wrong one back is an exchange.
 */
export const ROUND33_HOLDOUT_D: CorpusCase[] = [
  // innocent: the seller's 150 is context; the buyer's own figure is 500, all parts present
  c(
    'r33d-01',
    'ru',
    'Продавец предлагает компенсацию 150 рублей за треснувшую крышку термоса. Это мало: термос стоил 1 290 рублей, а с треснувшей крышкой он не держит тепло. Трещину длиной около 3 см я заметила 12 октября, когда впервые налила кипяток, — фото трещины прикладываю. Готова оставить термос себе, если вы вернёте 500 рублей.',
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // innocent: coupon declined, full refund asked by name; a chargeback is a lawful step
  c(
    'r33d-02',
    'ru',
    'Купон на 2 доллара мне не нужен, я им не воспользуюсь. Настольная лампа пришла 3 ноября с разбитым плафоном — стекло раскололось на три куска ещё в коробке, видео распаковки во вложении. Прошу полный возврат, 24,60 $. Если спор не решится, я обращусь в банк за возвратом платежа (chargeback) — это обычная процедура, ничего личного.',
    'video',
    [],
    'full_refund',
  ),
  // innocent trap (скипидар); the seller's 10% is declined, the buyer names 340
  c(
    'r33d-03',
    'ru',
    'Набор для масляной живописи: по описанию в комплекте 24 тюбика краски и флакон скипидара 100 мл. Скипидара в коробке не было, а тюбиков 18 вместо 24 — пересчитала при распаковке 5 февраля, фото содержимого прикрепила. Вы предложили скидку 10% на следующий заказ, но следующего заказа не будет. Прошу вернуть 340 рублей за недостающее.',
    'photo',
    [],
    'partial_refund',
    340,
  ),
  // innocent traps (бляха as a buckle, застрахуйте); the seller's re-send is accepted: exchange
  c(
    'r33d-04',
    'ru',
    'Ремень с латунной бляхой, заказ от 2 марта. Бляха пришла с облезшим покрытием: по краю видна серая основа, хотя в описании указана латунь. Заметил при распаковке 20 марта, фото бляхи с двух сторон прикладываю. На ваше предложение выслать новую бляху отдельно согласен, только застрахуйте посылку, прошлую везли полтора месяца. Денег не прошу, нужна замена.',
    'photo',
    [],
    'exchange',
  ),
  // innocent traps (Пизанская, Ебург); 30 is the seller's, 120 the buyer's
  c(
    'r33d-05',
    'ru',
    'Заказывала набор магнитов «Города Италии» — 12 штук, среди них Пизанская башня и Колизей. Пришло 11: Пизанской башни нет, а у магнита с Венецией отколот угол. Посылку забрала в Ебурге на пункте выдачи 14 апреля и вскрыла прямо там — на видео видно, что магнитов 11. Вы предлагаете 30 рублей, я прошу 120 рублей: это цена двух магнитов из двенадцати.',
    'video',
    [],
    'partial_refund',
    120,
  ),
  // innocent: the insult is the seller's, quoted as evidence; the buyer asks 7 of 11
  c(
    'r33d-06',
    'ru',
    'Прилагаю скриншот, где продавец ответил мне: «сама ты криворукая, ножницы нормальные». Ножницы для ткани: половинки не смыкаются у кончиков, зазор около 2 мм, ткань жуют с первого дня. Компенсацию в 1 доллар, которую мне предложили после этого, я не принимаю. Прошу вернуть 7 долларов из 11, ножницы оставлю для бумаги.',
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // innocent long text: negated accusation, lawful steps; sending the item back for the full price is a return
  c(
    'r33d-07',
    'ru',
    'Добрый день. Пишу подробно, чтобы в споре всё было в одном месте. Заказывал туристический рюкзак на 30 литров, цвет хаки, для похода в конце месяца. Посылку получил 2 июня, вскрыл дома в тот же вечер: внутри детский рюкзак на 12 литров с мультяшной нашивкой, на бирке объём «12L» — фото бирки и рюкзака рядом с рулеткой прикладываю. Я не утверждаю, что вы сделали это намеренно, — скорее всего, на складе перепутали артикулы, такое бывает. Но дальше начинается то, что меня не устраивает. Сначала вы предложили оставить детский рюкзак и получить 200 рублей. Потом — купон на 300 рублей на следующий заказ. Детский рюкзак мне не нужен ни за 200, ни за 300 рублей: детей у меня нет, а для похода он не годится. Обменять на правильный вы отказываетесь, потому что 30-литровых хаки больше нет. Значит, остаётся один разумный вариант: я отправляю детский рюкзак обратно за ваш счёт, а вы возвращаете полную стоимость, 2 350 рублей. Трек-номер обратной отправки пришлю сразу, как сдам посылку. Если продавец откажется, я попрошу поддержку AliExpress принять решение по спору, а при необходимости обращусь в Роспотребнадзор — это не угроза, а обычный порядок.',
    'photo',
    [],
    'return',
  ),
  // innocent: firm but polite; an honest review is lawful; full refund named
  c(
    'r33d-08',
    'ru',
    'Уважаемый продавец, ваше предложение вернуть 4 евро из 38 я отклоняю. Кофемолка перестала молоть на четвёртый день: мотор гудит, ножи не вращаются, видео прилагаю. Прошу полный возврат 38 евро. После решения спора я оставлю честный отзыв о том, как всё прошло, — в любом случае.',
    'video',
    [],
    'full_refund',
  ),
  // innocent: the buyer calls herself a name, no insult; partial 900
  c(
    'r33d-09',
    'ru',
    'Старая я дура, не проверила размер сразу, а теперь продавец говорит, что срок прошёл. Но дело не в сроке: на пододеяльнике 200×220 пришит ярлык 150×210, и по факту он именно такой — я измерила рулеткой 9 января. Фото с рулеткой и ярлыком во вложении. Ваш вариант, скидка на будущий заказ, мне не подходит. Согласна на частичный возврат 900 рублей, пододеяльник отдам внучке.',
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // innocent trap (сукно); the buyer's sum is 25, not the seller's 5
  c(
    'r33d-10',
    'ru',
    'Пальто из шерстяного сукна, размер 48. На этикетке состав 20% шерсти и 80% полиэстера, а в карточке заявлено 70% шерсти, и сукно заметно тоньше, чем на образце в описании. Обнаружила 17 ноября, когда отпарывала бирку; фото этикетки прилагаю. Предложенные вами 5 долларов несоизмеримы с такой разницей в составе. Прошу вернуть 25 долларов, пальто оставлю.',
    'photo',
    [],
    'partial_refund',
    25,
  ),
  // innocent trap (козлы are trestles); a tracking number is evidence without a file
  c(
    'r33d-11',
    'ru',
    'Заказывал строительные козлы, складные, 2 штуки в комплекте. Пришли одни козлы, вторых нет: по трек-номеру RB123456789CN вес посылки 4,1 кг, а комплект весит 8 кг. Получил 28 августа. Продавец предлагает выслать вторые «когда будут на складе», без срока. Так не пойдёт: прошу вернуть 1 600 рублей за недостающие козлы сейчас.',
    'none',
    [],
    'partial_refund',
    1600,
  ),
  // innocent: the seller's offer accepted on a condition becomes the buyer's request, 600
  c(
    'r33d-12',
    'ru',
    'Хорошо, принимаю ваше предложение — 600 рублей за сломанную ручку чемодана, но только возвратом на карту, а не купоном. Выдвижная ручка заела в среднем положении при первой же поездке, 3 июля, видео прикрепила.',
    'video',
    [],
    'partial_refund',
    600,
  ),
  // innocent: non-receipt with tracking; support and consumer protection are lawful
  c(
    'r33d-13',
    'ru',
    'Посылка с детским велошлемом не пришла: трек LP00123456789012 последний раз обновлялся 10 сентября, прошло 47 дней. Вы предлагаете подождать ещё месяц или взять купон на 3 доллара. Ни то, ни другое мне не подходит. Прошу полный возврат 19,90 $. Если продавец откажет, я передам дело в поддержку AliExpress и в общество защиты прав потребителей.',
    'none',
    [],
    'full_refund',
  ),
  // innocent trap (Хуавей); the counter-offer 250 is the request
  c(
    'r33d-14',
    'ru',
    'Чехол-книжка для Хуавей P30: по описанию натуральная кожа, на деле кожзам — у края крышки отслоилась плёнка и видна тканевая основа, фото прилагаю. Заметил на пятый день. Продавец предлагает вернуть 50 рублей. Мой встречный вариант — 250 рублей, и чехол остаётся у меня.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // innocent trap (потребляет); a sum in words for the difference is a partial refund of 800
  c(
    'r33d-15',
    'ru',
    'Обогреватель, заявленная мощность 2000 Вт. Я проверил ваттметром 15 декабря: на максимуме он потребляет 1150 Вт, комната не прогревается. Показания ваттметра на фото. Купон вместо денег не приму. Прошу вернуть восемьсот рублей — это разница между ценой этой модели и модели на 1000 Вт у вас же в магазине.',
    'photo',
    [],
    'partial_refund',
    800,
  ),
  // plain good text with decimal commas; 2,40 $ is the buyer's
  c(
    'r33d-16',
    'ru',
    'Набор контейнеров для еды, 10 штук. Две крышки из десяти не защёлкиваются — у них обломаны фиксаторы, это видно на фото. Распаковала 6 апреля. Вы предложили 0,50 $, я прошу 2,40 $ — ровно цену двух контейнеров.',
    'photo',
    [],
    'partial_refund',
    2.4,
  ),
  // innocent trap (оскорбляет); keeping the item for 390
  c(
    'r33d-17',
    'ru',
    'Ваше предложение в 45 рублей меня не оскорбляет, но и не устраивает. Садовый распылитель протекает по резьбе под рукояткой с первого же полива, 22 мая, — на видео видно, как капает на ботинки. Пересылать его для проверки я не буду, пересылка стоит дороже. Прошу вернуть 390 рублей из 780, распылитель оставляю себе — перемотаю резьбу лентой.',
    'video',
    [],
    'partial_refund',
    390,
  ),
  // innocent: «Бог вам судья» is no finding; full refund insisted on
  c(
    'r33d-18',
    'ru',
    'Вы третий раз предлагаете мне купон вместо денег. Купон не нужен. Электрическая зубная щётка не держит заряд: после полной зарядки 11 января проработала 2 минуты и выключилась, и так каждый день с момента получения. Видео с зарядкой и выключением прикрепил. Прошу полный возврат 1 450 рублей. Бог вам судья, а я жду решения по спору.',
    'video',
    [],
    'full_refund',
  ),
  // masked mat judging the service; «??» is emotional; the buyer asks 15
  c(
    'r33d-19',
    'ru',
    '1 доллар?? Вы серьёзно? Миксер сдох на третий день: венчики не крутятся, только гудит, видео прикладываю. Оставьте свой доллар себе, пиzдец какой-то, а не сервис. Хочу 15 долларов назад минимум, миксер оставлю на запчасти.',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    15,
  ),
  // talking down to the reader is an insult; re-send declined, 600 asked
  c(
    'r33d-20',
    'ru',
    'Объясняю медленно, раз с первого раза не доходит: повторная отправка мне не нужна. Сушилка для обуви: левый вкладыш не греется совсем, правый тёплый — проверила термометром 2 декабря, фото с показаниями прикрепила. Второй такой же комплект мне ни к чему. Верните 600 рублей за неработающую половину, и на этом разойдёмся.',
    'photo',
    ['insult'],
    'partial_refund',
    600,
  ),
  // veiled threat of a visit; a named sum that is half the price stays 30
  c(
    'r33d-21',
    'ru',
    'Продавец предлагает 3 доллара за палатку, у которой при первой установке 19 июля лопнула дуга, — фото лопнувшей дуги прикладываю. Мне нужно 30 долларов, это половина цены. Кстати, ваш склад в Иу я нашёл на карте, у меня там знакомые работают. Думаю, вам не захочется, чтобы они зашли поговорить лично.',
    'photo',
    ['threat'],
    'partial_refund',
    30,
  ),
  // mat with a digit asked of «ты»: profanity and insult; 45 is the buyer's
  c(
    'r33d-22',
    'ru',
    'Слышь, продавец, ты е6анутый? Какие 2 бакса за куртку, у которой молния разошлась на второй день? Фото молнии прикреплено. Возвращай 45 долларов, это половина цены, куртку оставлю.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    45,
  ),
  // sarcastic praise of the staff is an insult; 1 200 for four glasses
  c(
    'r33d-23',
    'ru',
    'Браво, гении логистики: из шести бокалов целыми доехали два. Четыре разбиты, осколки в коробке, видео вскрытия во вложении, получил 1 марта. И вы, светочи торговли, предлагаете мне за это 100 рублей. Прошу 1 200 рублей — стоимость четырёх бокалов.',
    'video',
    ['insult'],
    'partial_refund',
    1200,
  ),
  // spaced mat as a cry: profanity and emotional; the whole order sum is a full refund
  c(
    'r33d-24',
    'ru',
    'Не нужен мне ваш купон. Третью неделю вы предлагаете то купон, то «подождите ещё». Б л я т ь, верните деньги за этот чайник: течёт по шву на дне с первого кипячения 12 мая, фото снова прикладываю. 2 300 рублей, вся сумма заказа.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // knowing the owner's children and hinting at publishing: threat; quotes mock the offer, not honesty
  c(
    'r33d-25',
    'ru',
    'Ваша «компенсация» в 80 рублей за кронштейн для телевизора — это несерьёзно. Кронштейн погнулся под телевизором весом 6 кг при заявленных 25 кг через сутки после монтажа, фото изгиба прилагаю. Я хочу 1 100 рублей. Я знаю, как зовут владельца магазина и в какой школе учатся его дети, — соцсети открытые. Было бы жаль, если бы эти фото разошлись по родительским чатам.',
    'photo',
    ['threat'],
    'partial_refund',
    1100,
  ),
  // «олухи» aimed at the staff is an insult; discount declined, the right colour asked: exchange
  c(
    'r33d-26',
    'ru',
    'Олухи со склада снова прислали не тот цвет: заказывала шторы блэкаут серые, пришли бежевые, а теперь вы предлагаете оставить бежевые со скидкой 5%. Не надо скидок. Пришлите серые, бежевые отправлю обратно. Фото этикетки с цветом прикладываю, получила 30 января.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Latin look-alike mat with a filler after it judges: profanity only; sarcasm about honesty accuses
  c(
    'r33d-27',
    'ru',
    'Это уже xyйня пoлнaя: вместо 4 метров гирлянды прислали 2, а вы пишете «ошибка склада, возьмите купон». Ага, конечно, ошибка. Каждый раз у вас ошибка в вашу пользу. Верните 350 рублей за недостающие два метра. Измерила сразу при получении, 18 декабря, фото с рулеткой прикреплено.',
    'photo',
    ['profanity', 'accusation'],
    'partial_refund',
    350,
  ),
  // polite menace «не доводите до греха» is a threat
  c(
    'r33d-28',
    'ru',
    'Уважаемый продавец, вы предлагаете мне 200 рублей за утюг, у которого на второй день отвалилась подошва, — видео прилагаю. Я прошу 1 000 рублей и оставлю утюг себе. Очень вас прошу, не доводите до греха.',
    'video',
    ['threat'],
    'partial_refund',
    1000,
  ),
  // masked mat asked of the seller: profanity and insult; «Пздц.» on its own is a cry: emotional
  c(
    'r33d-29',
    'ru',
    'Вы там совсем ох..ели? 10 рублей за пуховик, у которого шов на рукаве разошёлся на 15 см после первого же дня носки? Видео приложено. Пздц. Хочу 2 000 рублей обратно, пуховик оставлю.',
    'video',
    ['profanity', 'insult', 'emotional'],
    'partial_refund',
    2000,
  ),
  // «Здоровья вашим детям. Пока что.» threatens; «полностью» makes it a full refund
  c(
    'r33d-30',
    'ru',
    'Раз вы так упорно предлагаете купон вместо денег за детский горшок с трещиной по дну — протекает, обнаружили в первый же вечер, 4 сентября, фото прилагаю, — то я вам тоже кое-что пожелаю. Здоровья вашим детям. Пока что. Верните 890 рублей полностью.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «валенки» aimed at the staff is an insult; re-send declined, 420 asked
  c(
    'r33d-31',
    'ru',
    'Валенки вы со склада, а не продавцы. Заказал 5 упаковок фильтров для пылесоса, пришло 3, на коробке наклейка «5 шт.» — фото наклейки и трёх пакетов прилагаю, открыл 9 октября. Вы предлагаете дослать «в следующей партии», без сроков. Не надо. Верните 420 рублей за две недостающие упаковки.',
    'photo',
    ['insult'],
    'partial_refund',
    420,
  ),
  // transliterated mat as a cry: profanity and emotional; «половина» without a sum
  c(
    'r33d-32',
    'ru',
    'blyat, skolko mozhno. Prodavec predlagaet 2 dollara za razbityi ekran na chasah, ekran tresnul, uvidela pri raspakovke 3 iyulya, video prilozhila. Hochu polovinu stoimosti, ne menshe.',
    'video',
    ['profanity', 'emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «в шоке» and «!!!» are emotional; the meeting point 700 is the request
  c(
    'r33d-33',
    'ru',
    'Я в шоке от вашего предложения!!! 50 рублей за блендер, у которого при первом включении 8 марта треснула чаша и всё потекло по столу? Видео прикрепила. Вы предложили 50, я просила 1 000 — давайте сойдёмся на 700 рублей, мотор оставлю себе как запасной.',
    'video',
    ['emotional'],
    'partial_refund',
    700,
  ),
  // a fraud label is an accusation even with facts; 1 900 for the missing base
  c(
    'r33d-34',
    'ru',
    'Мошенники. Робот-пылесос пришёл без зарядной базы, в коробке только сам робот и щётки — заметил при распаковке 21 ноября, видео во вложении. Предлагаете 300 рублей, а база отдельно стоит 1 900. Прошу 1 900 рублей.',
    'video',
    ['accusation'],
    'partial_refund',
    1900,
  ),
  // generic complaint is vague; a receipt date counts as when; a percentage gives no sum
  c(
    'r33d-35',
    'ru',
    'Товар не соответствует описанию, качество плохое. Вы предлагаете 5%, мне этого мало. Прошу вернуть 40% стоимости. Получила 2 октября, фото прикладываю.',
    'photo',
    ['missing_what', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // concrete mismatch but no time, no evidence; «разница» without a sum
  c(
    'r33d-36',
    'ru',
    'Заказывала фен с ионизацией, пришёл обычный, без ионизации — на корпусе указана другая модель. Вы предлагаете оставить его себе и взять купон. Купон не нужен, верните разницу в цене между этими моделями.',
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // says a video is attached with no file; offering the fan back is a return
  c(
    'r33d-37',
    'ru',
    'Прикладываю видео, где видно, что у вентилятора на третьей скорости бьётся лопасть о решётку и всё трещит. Заметил через неделю использования. Ваш вариант выслать новую решётку не решает дела: погнута сама лопасть. Прошу вернуть 1 300 рублей, вентилятор готов отправить обратно.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // the seller's dollar is no request of the buyer's; «разберитесь» asks for nothing
  c(
    'r33d-38',
    'ru',
    'Продавец предлагает мне 1 доллар за сломанный зонт: спица сломалась при первом открытии, 11 октября, фото прилагаю. Я не знаю, что с этим делать. Разберитесь, пожалуйста.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // a two-letter reply is an empty text
  c('r33d-39', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // «обидно» is affect; the seller's half is declined, the whole sum is a full refund
  c(
    'r33d-40',
    'ru',
    'Обидно, честное слово. Я ждала посылку сорок два дня, а трек RR987654321CN показывает, что 1 ноября она вернулась отправителю. Повторно отправлять не нужно, уже не актуально — это был подарок к празднику. Продавец предлагает вернуть половину. Нет: верните всю сумму, тысячу двести рублей.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // scare quotes around «случайно» are sarcasm about honesty: accusation
  c(
    'r33d-41',
    'ru',
    'Ну конечно, «случайно» положили в коробку 8 батареек вместо 24, и так же «случайно» вес на накладной указан 0,2 кг. Пересчитала при распаковке 16 августа, фото содержимого и накладной прилагаю. Ваши 40 рублей не беру. Верните 160 рублей за 16 недостающих батареек.',
    'photo',
    ['accusation'],
    'partial_refund',
    160,
  ),
  // «на ваше усмотрение» is a partial refund without a sum; 20 is the seller's
  c(
    'r33d-42',
    'ru',
    'Настольная игра пришла в помятой коробке и без двух фишек из восьми — пересчитали с детьми в день получения, 27 декабря, фото прилагаю. Возвращать не хочу, дети уже играют. Оставлю себе, если вернёте часть денег — сумму на ваше усмотрение, но больше предложенных 20 рублей.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // capitals and «??»; «бракованный» is vague; no time or evidence
  c(
    'r33d-43',
    'ru',
    'ОПЯТЬ купон?? Не нужен мне купон, мне нужны мои деньги. Товар бракованный, я это уже писал. Верните деньги.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // decimal comma sum 4,50 €; no evidence named
  c(
    'r33d-44',
    'ru',
    'Вы предлагаете 0,30 €, это несерьёзно. Заказала 3 рулона малярного скотча по 50 м, а в каждом оказалось около 20 м — перемотала один рулон и замерила 5 марта. Прошу 4,50 € — это стоимость недостающих 90 метров.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    4.5,
  ),
  // «в бешенстве» and «специально»; the seller's 3 dollars declined, exchange asked
  c(
    'r33d-45',
    'ru',
    'Я в бешенстве. Вы специально отправили 36-й размер вместо 39-го, чтобы я не стала возиться с обменом и взяла ваши 3 доллара. Не возьму. Пришлите 39-й размер. Кеды получила 12 июня, фото размерной стельки прилагаю.',
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // unlike the listing photo is vague and the listing photo is no evidence; sending it back is a return
  c(
    'r33d-46',
    'ru',
    'Ваши 10% меня не устраивают. Вещь не такая, как на фото в карточке, носить её я не буду. Верну её обратно — пришлите адрес и верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'return',
  ),
  // innocent trap (Scunthorpe); coupon declined, 9 dollars asked
  c(
    'r33d-47',
    'en',
    "Thanks for the offer of a $3 coupon, but I won't be ordering again, so it's no use to me. The bath towel set (4 towels) arrived at my flat in Scunthorpe on 14 February with one towel missing and a second one grey instead of white. Photo of the contents attached. I'm asking for $9 back, which is the price of two towels on your own listing, and I'll keep the rest.",
    'photo',
    [],
    'partial_refund',
    9,
  ),
  // innocent trap (cocktail); an accepted offer with a condition is the buyer's request, 6
  c(
    'r33d-48',
    'en',
    "OK, I'll accept your offer of $6 for the cocktail shaker, on one condition: it goes back to my card, not as store credit. The strainer lid doesn't seal — it sprayed gin over the counter the first time I used it, on 2 May. Video attached.",
    'video',
    [],
    'partial_refund',
    6,
  ),
  // innocent: re-send declined, full refund named; a chargeback is lawful
  c(
    'r33d-49',
    'en',
    "You've offered to re-send the parcel, but the first one has been stuck for 52 days and the tracking (LY123456789CN) hasn't moved since 3 March. I'd rather not wait another two months. Please issue a full refund of 27.40 GBP. If the dispute is closed without one, I'll ask my bank for a chargeback, which is my right as a card holder.",
    'none',
    [],
    'full_refund',
  ),
  // innocent: the insult is the seller's, quoted; a named sum that is half stays 14
  c(
    'r33d-50',
    'en',
    "For the record, this is your agent's reply from the chat, screenshot attached: 'maybe you are too stupid to assemble it'. I assembled it fine. The problem is that the shoe rack's left side panel has its screw holes drilled 2 cm lower than the right one, so the shelves slope — I found this while assembling it on 20 October. Your offer of $2 doesn't cover it. I'm asking for $14, which is half the price, and I'll drill new holes myself.",
    'photo',
    [],
    'partial_refund',
    14,
  ),
  // innocent trap (Dickens); the meeting point 5 is the request; an honest review is lawful
  c(
    'r33d-51',
    'en',
    "The Dickens box set arrived on 9 June with Great Expectations missing — 11 books in the box, the listing says 12. Photo of the box attached. You offered $1.50 and I first asked for $8. Let's meet in the middle at $5. Either way, my review will describe exactly what happened.",
    'photo',
    [],
    'partial_refund',
    5,
  ),
  // innocent: discount declined, the ladder offered back for the full price: return
  c(
    'r33d-52',
    'en',
    "I've read your offer to keep the ladder with 10% off. I won't keep it: the locking hinge on the second step doesn't engage, so the ladder folded under me the first time I climbed it, on 11 August. Video of the hinge attached. I'll send the ladder back at your cost and want the full 64 EUR refunded. I've kept a copy of everything in case I need to contact consumer protection.",
    'video',
    [],
    'return',
  ),
  // innocent trap (shiitake); a sum in words, twelve dollars
  c(
    'r33d-53',
    'en',
    "Your offer of fifty cents for the shiitake grow kit is noted, but no. The substrate block came dried out and cracked down the middle — I opened it the day it arrived, 5 November, and took photos (attached). Nothing has grown in three weeks. I'd accept twelve dollars back and keep the block to try soaking it.",
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // self-blame is no insult; money declined, missing parts asked: exchange
  c(
    'r33d-54',
    'en',
    "I'm such an idiot for not checking the box at the post office, but here we are. The set of 6 curtain rings arrived with only 4 rings and no end caps. Found that when I unpacked it on 17 September — photo attached. I don't want the $1 you offered. Please just send the missing 2 rings and the end caps.",
    'photo',
    [],
    'exchange',
  ),
  // the dog's name is innocent; discount declined, the right size asked: exchange
  c(
    'r33d-55',
    'en',
    "Our spaniel, Dick, is a big lad, and the dog bed you sold as XL (110 cm) measures 82 cm — I measured it with a tape on 3 January, the day it came, photo with the tape attached. You suggested I keep it with a 15% discount. I'd rather you send the real 110 cm bed; I'll post this one back once the new one arrives.",
    'photo',
    [],
    'exchange',
  ),
  // masked profanity as an intensifier with «??»; full refund; escalation is lawful
  c(
    'r33d-56',
    'en',
    "Are you f***ing kidding me?? $2 for a kettle whose lid hinge snapped off the first morning? Video's attached. Refund the full $31 or I escalate.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // talking down in small words is an insult; 12 dollars asked
  c(
    'r33d-57',
    'en',
    "I'll use small words so your team can follow. Lamp. Broken. Switch. Does. Not. Click. Since 4 April. Photo attached. You offered a coupon. I want 12 dollars. Not a coupon. Dollars.",
    'photo',
    ['insult'],
    'partial_refund',
    12,
  ),
  // «it would be a shame if somebody turned up» is a veiled threat
  c(
    'r33d-58',
    'en',
    "You're offering $4 on a $60 office chair whose gas lift sinks to the floor within ten minutes of sitting — it's done that since the first day, video attached. I want $30. I've got your warehouse address in Guangzhou from the return label. It would be a shame if somebody turned up there asking about my chair.",
    'video',
    ['threat'],
    'partial_refund',
    30,
  ),
  // masked profanity judging the item; «and you know it» accuses; half with a named sum, 22.50
  c(
    'r33d-59',
    'en',
    'This blender is a pile of sh1t and you know it. Your one-time goodwill offer of $5 is not going to cut it. The jug leaks from the base seal on every use, since the first smoothie on 30 June; video attached. I want half my money back, $22.50.',
    'video',
    ['profanity', 'accusation'],
    'partial_refund',
    22.5,
  ),
  // «bunch of clowns» at the seller is an insult; coupon declined, exchange asked
  c(
    'r33d-60',
    'en',
    "Right, you bunch of clowns. Third time: the hoodie I ordered in XL measures 48 cm across the chest, when the XL on your own size chart is 62 cm — photo with the tape measure attached, received on 8 January. I'm not taking a 10% coupon. Send the XL I paid for.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // finding the owner's page and family is a threat; 40 is the buyer's
  c(
    'r33d-61',
    'en',
    "I found your shop owner's Facebook in ten minutes. Nice house, nice kids. Maybe reconsider your $3 offer for the rice cooker that burns the rice on the bottom on every setting — since the first use on 15 May, photos attached. I want $40 back.",
    'photo',
    ['threat'],
    'partial_refund',
    40,
  ),
  // dismissing the offer with masked profanity is profanity only; «scammers» accuses
  c(
    'r33d-62',
    'en',
    'F*ck your coupon. You scammers sent a 64 GB card that fills up at 8 GB — H2testw screenshot attached, I ran it the day it arrived, 12 July. Refund the full $18.',
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // sarcastic praise and a mock title are insults; re-send declined, all of the money asked
  c(
    'r33d-63',
    'en',
    'Congratulations, geniuses, you managed to pack a glass lampshade in a paper envelope. It arrived in five pieces on 23 October, video of the unboxing attached. Your offer is a replacement shade in another envelope. No thanks, Sherlock. I want my 19 dollars back, all of it.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // masked profanity on its own is a cry; non-receipt with days; no tracking or file named
  c(
    'r33d-64',
    'en',
    "Bullsh!t. The parcel hasn't moved in 38 days and now you want me to accept a $2 coupon and wait a bit more. No. I want my $23 refunded in full.",
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // a disclaimer does not cancel the veiled visit; calling the offer an insult is not one
  c(
    'r33d-65',
    'en',
    "I'm not threatening anyone, but my brother-in-law works in Shenzhen and he's very interested in which building your shop is in. The phone tripod you sent has a stripped thread on the mount — the phone fell off on the first day, 1 September, photo attached. $8 on a $25 tripod is an insult. I'm asking for $20.",
    'photo',
    ['threat'],
    'partial_refund',
    20,
  ),
  // profanity before a name: profanity and insult, not emotional; the missing glove asked: exchange
  c(
    'r33d-66',
    'en',
    "You f*cking idiots shipped a left-hand glove twice. I ordered a pair of work gloves, size L, and when I opened the bag on 19 August there were two left gloves — photo attached. You offered $1.20. Send me the right-hand glove, that's all I want.",
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // questioning the reader's brain is an insult; 25 dollars asked
  c(
    'r33d-67',
    'en',
    "Are you braindead? I've sent you the photo of the torn seam on the sleeping bag three times — it tore on the first night of camping, 14 July. Photo attached again. You keep offering a 5% discount. I want 25 dollars back and I'll keep the bag.",
    'photo',
    ['insult'],
    'partial_refund',
    25,
  ),
  // masked profanity used as a name: profanity and insult; the buyer asks 15
  c(
    'r33d-68',
    'en',
    "Listen, a$$holes, I'm done being polite. Your offer of 30 cents for a hair clipper that stopped cutting after the third use (blades don't move, motor hums) is a joke. Video attached. Give me back $15 and keep your 30 cents.",
    'video',
    ['profanity', 'insult'],
    'partial_refund',
    15,
  ),
  // «ridiculous» and «disappointed» are affect words; 7 asked
  c(
    'r33d-69',
    'en',
    "Honestly, this is ridiculous. I'm so disappointed. The lunch box lid cracked along the hinge the second time it went through the dishwasher, which the listing says is fine. Photo attached. Your $1 offer is laughable. I'll take $7 and keep it.",
    'photo',
    ['emotional'],
    'partial_refund',
    7,
  ),
  // «classic scam» accuses even beside a measurement; 15 asked
  c(
    'r33d-70',
    'en',
    'Classic scam: sell a 2000 lumen torch, ship one that barely lights the garden path, then offer $2 and hope the buyer goes away. I measured it with a lux meter app on 6 March next to my old 1000 lumen torch, and yours gave less than half the reading of the old one. Photo of both readings attached. I want $15 back.',
    'photo',
    ['accusation'],
    'partial_refund',
    15,
  ),
  // a video said to be attached with no file; «half» without a sum
  c(
    'r33d-71',
    'en',
    "I've attached a video showing the window-cleaning robot sliding off the glass after two minutes — the suction drops as soon as the battery light turns orange. It first happened on 10 April. Your offer is a coupon. I'd keep the robot if you refund half.",
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's $3 is not the buyer's request; «what should I do?» asks for nothing
  c(
    'r33d-72',
    'en',
    "You offered $3 for the wall clock that runs 10 minutes fast every day. I noticed it after the first week, on 8 December, and I've photographed it against my phone clock each morning (photos attached). I don't know whether $3 is fair. What should I do?",
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «defective» and «junk» are vague; re-send declined, refund asked
  c(
    'r33d-73',
    'en',
    "Not interested in a resend. The item is defective, it's junk, simple as that. Refund me.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «the difference» without a sum
  c(
    'r33d-74',
    'en',
    "You sent the 15 m garden hose instead of the 30 m one I paid for; I measured it on 21 May when I unrolled it. Photo with the tape measure attached. Since you can't send a 30 m one, I'll keep the 15 m hose if you refund the difference between the two.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // a two-letter reply is an empty text
  c('r33d-75', 'en', 'no', 'none', ['empty_text'], 'none'),
  // two capitalised words shout; eight pounds fifty in words is 8.5
  c(
    'r33d-76',
    'en',
    "I am NOT accepting a coupon. NOT. The bathroom scale shows 3 kg more than my doctor's scale — I checked it on 2 January, the week it arrived, and took photos of both readings (attached). Refund me eight pounds fifty and I'll keep it.",
    'photo',
    ['emotional'],
    'partial_refund',
    8.5,
  ),
  // «on purpose» accuses; no time or evidence; the right colour asked: exchange
  c(
    'r33d-77',
    'en',
    "You sent a blue rug instead of the green one on purpose because you ran out of green, admit it. I don't want your $5. Send the green rug and I'll return the blue one.",
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // a thinning patience is emotional; a percentage gives no sum
  c(
    'r33d-78',
    'en',
    "I'm losing patience here. Your offer: $1 store credit. My counter: 40% of the price back, to my card. The drone's left rear motor doesn't spin up — it's been like that since the first flight on 27 April, video attached.",
    'video',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the accepted offer with a condition is a partial refund of 10; support is lawful; no evidence
  c(
    'r33d-79',
    'en',
    "Fine, I accept the $10 you offered for the frying pan — the non-stick coating came off in a strip after the first week of cooking — as long as it's paid this week. Otherwise I'll take it up with AliExpress support.",
    'none',
    ['missing_evidence'],
    'partial_refund',
    10,
  ),
  // «upset» is affect; «at your discretion» is a partial refund without a sum; the seller's quotes are theirs
  c(
    'r33d-80',
    'en',
    "Hello again. I've now read your third message and I want to set out where we are, because the chat is getting long. On 2 September I received the six-piece stretch sofa cover set. Two of the six pieces, the armrest covers, are a different shade: the listing and the other four pieces are charcoal, these two are a brownish grey. I noticed it the same evening when I fitted them. I sent photos of all six pieces side by side on 3 September and I'm attaching them again here. Your first answer was that 'colours may vary due to monitor settings'. Your second was an offer of a $2 coupon. Your third, yesterday, was to re-send two armrest covers 'from a new batch', with no promise that the shade will match this time. I'm honestly upset by how this has gone: I've been polite, I've given you everything you asked for, and each answer moves the problem further away. I don't want another gamble on the shade and I don't want a coupon. I'm willing to keep the whole set and live with the mismatched armrests if you refund part of the price, at your discretion, as long as it's a real refund to my card and not store credit. If we can't agree, I'll ask AliExpress to decide, which is what the dispute is for.",
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
