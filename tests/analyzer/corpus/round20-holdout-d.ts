import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty, hold-out set D: couples and families writing a dispute together, often pasting the seller's own rude or
 * evasive chat lines (Russian or English) as evidence and then their own reply, in a tone from calm to furious. Written
 * by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Seller lines pasted as evidence (name-calling, "crazy lady", the seller's own threat to "find you") are not the
 *   buyer's insult, threat or emotion; only quoted mat (Cyrillic, Latin, transliterated, minced «нах») is profanity.
 * - Mat the buyer quotes from their own spouse («Муж говорит, это … xyйня») is still the text's profanity.
 * - Passing a seller company's registered details from its business licence to the bank for a chargeback is a lawful
 *   step, not publishing personal data; finding a personal WeChat profile with the family's photos is a threat.
 * - Transliterated «foto», «trek» count as evidence words; «zhdem 47 dney» is non-receipt with elapsed time.
 * - «Мы не хотим никого оскорблять», «употребления», «потребителей», «ребёнок», "shiitake", "Cockermouth" are innocent.
 * - "?!" counts as two marks in a row (emotional).
 * - "Refund £15, the difference in price" is a partial refund of 15; "half the price" and "compensation" with no sum
 *   are partial refunds without an amount.
 * - Offering to send the item back together with «верните деньги» / "money back" is `return`.
 * - Everyone-knows / «все вы, продавцы, одинаковые — лишь бы впарить» are accusations even next to measured facts.
 */
export const ROUND20_HOLDOUT_D: CorpusCase[] = [
  // seller's rude words quoted as evidence; the buyers' own text is calm and complete
  c(
    'r20d-01',
    'ru',
    `Пишем вдвоём с мужем. Заказали детский самокат (заказ 8120045573), получили 12 апреля. При сборке выяснилось, что переднее колесо не крутится: ось погнута, колесо трётся о вилку. Написали продавцу, он ответил: «Сами сломали, руки из одного места, не морочьте голову». Скриншот переписки и видео с колесом прикладываем. Просим полный возврат денег.`,
    'video',
    [],
    'full_refund',
  ),
  // digit-disguised mat judging the service, plus "??"
  c(
    'r20d-02',
    'ru',
    `Мы с женой уже месяц ждём нормального ответа. Робот-пылесос пришёл 3 марта, на второй неделе перестала крутиться боковая щётка, мотор щётки просто жужжит. Продавец пишет «это нормально». Нормально?? Это пи3дец, а не сервис. Видео прикладываем, верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // sarcasm with scare quotes around the seller's "mistake" = accusation
  c(
    'r20d-03',
    'ru',
    `Муж заказывал зимнюю куртку 52 размера, пришла 46 — на бирке внутри так и написано, 46. Продавец ответил: «ошибка склада». Ну конечно, «ошибка», у вас уже третий раз подряд «ошибка». Получили 20 января, фото бирки прикладываю. Нужен обмен на 52 размер.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // condescension about the reader's intelligence
  c(
    'r20d-04',
    'ru',
    `Объясняю ещё раз, медленно, для особо одарённых: мы заказали два комплекта штор блэкаут 150×260, пришёл один, второго в посылке нет. Получили 5 мая, вес на накладной 1,1 кг, а должно быть около 2,2 — фото накладной прикрепили. Верните 1450 рублей за недостающий комплект.`,
    'photo',
    ['insult'],
    'partial_refund',
    1450,
  ),
  // veiled threat: a relative near the warehouse will "drop in"
  c(
    'r20d-05',
    'ru',
    `Продавец, мы знаем, что ваш магазин в Иу, а у нашего родственника там склад через дорогу. Он может зайти поговорить лично. Кастрюли пришли помятые, на двух вмятины на боках, получили 14.02, фото есть. Верните деньги до пятницы, иначе сами понимаете.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // plain good text with a sum
  c(
    'r20d-06',
    'ru',
    `Заказ 5009123847. Плед 200×220 пришёл размером 180×200, измерили рулеткой в день получения, 9 ноября. Фото с рулеткой во вложении. Прошу частичный возврат 600 рублей.`,
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // a single two-letter word
  c('r20d-07', 'ru', `Ну???`, 'none', ['empty_text'], 'none'),
  // seller's masked mat quoted as evidence: profanity only; offering to send back = return
  c(
    'r20d-08',
    'ru',
    `Пишем с женой. Ночник-проектор для дочки пришёл 22 августа, при включении звёзды не вращаются, мотор гудит и всё. Написали продавцу, а он в ответ: «идите на х*й, у меня всё работало». Скриншот этого сообщения и видео ночника прикладываем. Просим вернуть деньги, товар готовы отправить обратно.`,
    'video',
    ['profanity'],
    'return',
  ),
  // furious outburst, no evidence
  c(
    'r20d-09',
    'ru',
    `Мы в бешенстве!!! Третий раз пишем: надувной бассейн для детей течёт по шву с первого дня, мы его даже до конца не наполнили. Дети в слезах, лето проходит. Верните деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // vague: generic words only, no request
  c(
    'r20d-10',
    'ru',
    `Товар не соответствует описанию, качество плохое. Мы с мужем ждали другого. Решите вопрос.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // lawful escalation (Роспотребнадзор) and «ребёнок/потребителей» look-alikes
  c(
    'r20d-11',
    'ru',
    `Добрый день. Заказывали детский рюкзак с ортопедической спинкой для ребёнка в первый класс. Получили 28 августа, при распаковке обнаружили, что на правой лямке оторвана пряжка, а молния главного отделения расходится. Ребёнку идти в школу 1 сентября, поэтому просим прислать замену как можно быстрее. Фото лямки и молнии приложили. Если не получится, обратимся в Роспотребнадзор и общество защиты прав потребителей — это наше право.`,
    'photo',
    [],
    'exchange',
  ),
  // «оскорблять» contains a rude-looking piece; polite and complete
  c(
    'r20d-12',
    'ru',
    `Мы не хотим никого оскорблять, просто опишем: кофемолку заказывали чёрную, пришла белая, и на крышке трещина около 3 см. Получили 2 февраля, трещину увидели при распаковке. Фото приложены. Просим вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // blanket "all sellers are the same" accusation next to measured facts
  c(
    'r20d-13',
    'ru',
    `Все вы, продавцы с Али, одинаковые — лишь бы впарить. Мы с женой заказали электрогрелку 60×40, пришла 40×30 (мерили линейкой 10 декабря, фото приложены). Просим вернуть деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // threat to publish the seller's personal data
  c(
    'r20d-14',
    'ru',
    `Швейная машинка не шьёт: игла бьёт по игольной пластине с первого включения, 17 марта. Видео прикладываю. Если до конца недели не вернёте деньги, мы выложим ваше имя, личный телефон и домашний адрес во всех мамских чатах города и группах ВК.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // long pasted thread with the seller's rude English; buyers' own words calm
  c(
    'r20d-15',
    'ru',
    `Копируем переписку с продавцом как есть, чтобы было видно, как всё было.
Мы (15.06): Здравствуйте, палатка пришла без дуг, в чехле только тент и колышки.
Продавец (16.06): you stupid, read description, poles sold separately
Мы (16.06): В описании на фото палатка с дугами, и в тексте написано «в комплекте: тент, дуги, колышки». Вот скриншот описания.
Продавец (18.06): no refund. open dispute if you want
Мы (18.06): Хорошо, открываем спор.
Собирались с детьми на озеро на выходные, пришлось брать палатку у соседей. На фото содержимое чехла сразу после вскрытия посылки и скриншот описания товара. Палатку оставляем, но без дуг она не ставится, поэтому просим вернуть 1900 рублей за недостающие дуги (2 шт.).`,
    'photo',
    [],
    'partial_refund',
    1900,
  ),
  // "half the price" without a sum
  c(
    'r20d-16',
    'ru',
    `Заказывали комплект постельного белья евро, наволочки пришли 50×70 вместо 70×70, заметили при первой стирке 3 октября. Фото бирок прикладываем. Оставим себе, если вернёте половину стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Latin look-alike mat judging the item (quoted from the husband), no "!"
  c(
    'r20d-17',
    'ru',
    `Муж говорит, это не весы, а xyйня какая-то: на пустой платформе показывают 1,2 кг, гирька на 500 г весит 740. Проверили в день получения, 11.01, видео взвешивания прикладываем. Прошу вернуть деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // sarcastic praise aimed at the seller's work
  c(
    'r20d-18',
    'ru',
    `Браво, гении логистики. Стеклянный чайник положили в пакет без единого слоя пупырки, и он, что удивительно, приехал с отколотым носиком. Получили 7 июля, видео распаковки прикладываю. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // non-receipt with tracking number and elapsed time; seller's evasive reply
  c(
    'r20d-19',
    'ru',
    `Посылку с садовым шлангом 30 м (трек LP00123456789012) ждём со 2 апреля, уже 52 дня. По отслеживанию она с 20 апреля «прибыла в страну назначения», и дальше ни одного движения. Мы с мужем писали продавцу дважды, он отвечает «ждите». Просим вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // says a photo is attached, the form has none
  c(
    'r20d-20',
    'ru',
    `Коврик для ванной пришёл другого цвета: заказывали серый, пришёл ярко-розовый. Получили вчера, 19 сентября. Фото прикладываю. Прошу обмен на серый.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «не доводите до греха» is ominous menace
  c(
    'r20d-21',
    'ru',
    `Мы люди спокойные, но не доводите до греха. Детское автокресло пришло с треснувшим креплением Isofix, заметили при установке в машину 4 ноября. Фото трещины прикладываем. Требуем замену.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «развод» + "!!"
  c(
    'r20d-22',
    'ru',
    `Это просто развод!! Заказали 3 упаковки подгузников по 64 шт., пришла одна пачка, и та вскрытая. Получили 13.05. Фото коробки. Верните 2800 рублей за две недостающие.`,
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    2800,
  ),
  // «употребления» hides a rude-looking piece; complete
  c(
    'r20d-23',
    'ru',
    `Здравствуйте. Ложка-поильник для ребёнка: в описании «силикон для пищевого употребления, без запаха», а пришла с сильным запахом резины, он держится даже после кипячения. Получили 30 января, запах заметили сразу при вскрытии. Видео с упаковкой прикрепили. Просим вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // spaced mat judging the item + «в шоке»
  c(
    'r20d-24',
    'ru',
    `Мы с женой в шоке. Х у й н я полная, а не увлажнитель: через три дня работы потёк из-под бака и залил тумбочку. Фото лужи и трещины в баке. Верните деньги!`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // no time, no evidence; send the missing parts = exchange
  c(
    'r20d-25',
    'ru',
    `Купили детский конструктор на 500 деталей, внутри нет инструкции и не хватает двух пакетов с деталями (№4 и №7). Пришлите, пожалуйста, недостающие пакеты.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // pasted chat, then the buyers' own reply questioning the staff's literacy
  c(
    'r20d-26',
    'ru',
    `Продавец нам пишет: «Вы сами выбрали этот вариант». Наш ответ: а вы там на складе читать вообще умеете? В заказе чётко: термос 1 литр, серебристый. Пришёл 0,5 литра, зелёный. Получили 9 декабря. Скрин заказа и фото термоса приложили. Ждём замену.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // negated accusation, polite
  c(
    'r20d-27',
    'ru',
    `Не думаем, что вы это нарочно, наверное, на складе перепутали: вместо настольной лампы с тёплым светом 3000K пришла холодная 6500K, на коробке так и написано. Получили 25 октября. Фото коробки прикладываем. Просим обмен на тёплую.`,
    'photo',
    [],
    'exchange',
  ),
  // sum in words
  c(
    'r20d-28',
    'ru',
    `Мы с мужем согласны оставить ковёр, несмотря на затяжки по краю длиной сантиметров двадцать (заметили при распаковке 2 марта, фото приложены), если вернёте пятьсот рублей.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // threat plus fraud label
  c(
    'r20d-29',
    'ru',
    `С мошенниками у нас разговор короткий: муж служил, друзья у него везде, и в Гуанчжоу найдутся. Кухонный комбайн не включается, кнопка проваливается внутрь — с первого дня, 8 мая. Видео есть. Деньги верните.`,
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // complete but no request
  c(
    'r20d-30',
    'ru',
    `Электрический чайник на 1,7 л пришёл 16 января, через неделю начал протекать снизу, после каждого кипячения на столе лужа. Прикладываем видео. Продавец на сообщения не отвечает.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // seller's "вы тупые" quoted; buyers' reply measured; return
  c(
    'r20d-31',
    'ru',
    `Копируем часть переписки, чтобы было понятно.
Продавец: «Вы что, совсем тупые? Размер надо по таблице выбирать».
Наш ответ: «Мы выбирали по таблице: длина стопы ребёнка 19,5 см, по вашей таблице это 31 размер. Пришли сапоги с биркой 31, но стелька внутри 17,8 см».
Продавец: «Ничем не могу помочь».
Сапоги получили 3 октября, стельку измерили линейкой в тот же день. Фото стельки с линейкой и скриншоты переписки прикладываем. Просим вернуть деньги, сапоги готовы отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // transliterated mat from the seller, quoted
  c(
    'r20d-32',
    'ru',
    `Заказывали детский велошлем размера M (52–56), пришёл S, на внутренней наклейке написано S 48–52. Получили 1 июня. Когда написали продавцу, получили ответ «idi nahui, size ok». Скриншот и фото наклейки во вложении. Просим замену на M.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // affect words, otherwise complete
  c(
    'r20d-33',
    'ru',
    `Мы очень расстроены. Кукла для дочки на день рождения пришла с оторванной рукой, коробка целая — видимо, так и упаковали. Получили 20 ноября, вскрывали вместе с дочкой, она плакала. Фото куклы и коробки прикладываю. Просим вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // masked mat at people in a single question
  c(
    'r20d-34',
    'ru',
    `Вы там совсем еб@нутые? Третий раз присылаете не тот цвет ниток для вышивки: заказывали DMC 3865, пришёл 310. Получили 12.12. Фото мотков прикладываю. Замену!`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «в таком виде» names nothing
  c(
    'r20d-35',
    'ru',
    `Пришёл товар в таком виде, что пользоваться невозможно. Получили 4 июля. Фото прилагаем. Верните деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // family photos and city found: threat
  c(
    'r20d-36',
    'ru',
    `Соковыжималка не отжимает: шнек прокручивается вхолостую с первого дня (получили 21.03). Видео во вложении. Мы нашли ваш профиль в WeChat, видели фото вашей жены и детей и знаем, в каком городе вы живёте. Подумайте хорошенько и верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // chargeback and an honest review are lawful
  c(
    'r20d-37',
    'ru',
    `Заказали набор кастрюль из 5 предметов, пришло 3 — нет ковша и маленькой кастрюли. Получили 18 февраля, вес посылки по накладной 2,1 кг вместо 3,8 кг. Фото накладной и содержимого приложены. Просим вернуть стоимость недостающих предметов — 2350 рублей. Если спор не решится, обратимся в банк за возвратом платежа и оставим честный отзыв.`,
    'photo',
    [],
    'partial_refund',
    2350,
  ),
  // two capitalised words + fraud label
  c(
    'r20d-38',
    'ru',
    `ВЫ ОБМАНЩИКИ. Зеркало для ванной с подсветкой пришло разбитым, осколки по всей коробке. Получили 6 августа. Видео распаковки есть. Деньги верните.`,
    'video',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // dropped-vowel mat as a bare cry
  c(
    'r20d-39',
    'ru',
    `Пздц. Шуруповёрт проработал один день, на второй задымился и перестал крутиться. Видео прикладываю. Возврат денег.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «вы специально» + compensation with a sum
  c(
    'r20d-40',
    'ru',
    `Похоже, вы специально отправляете уценку в надежде, что покупатель не заметит. Детская коляска: на раме царапины и ржавчина у колёс, на ткани капюшона пятно. Получили 14.04, всё увидели при распаковке. Фото приложены. Просим компенсацию 3000 рублей.`,
    'photo',
    ['accusation'],
    'partial_refund',
    3000,
  ),
  // short non-receipt note
  c(
    'r20d-41',
    'ru',
    `Где наш заказ? Мы ждём.`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «блин», «хреновая» are neither rude nor emotional
  c(
    'r20d-42',
    'ru',
    `Блин, опять. Застёжка на детском комбинезоне хреновая: молния разошлась на второй день носки, бегунок слетел. Фото приложили. Просим замену комбинезона.`,
    'photo',
    [],
    'exchange',
  ),
  // «олени» about the print on the item, not a person
  c(
    'r20d-43',
    'ru',
    `Набор форм для выпечки с рисунком «олени и ёлки»: вместо трёх форм 18/22/26 см пришли три одинаковые по 18 см. Получили 30.11, измерили линейкой, фото прикладываем. Просим прислать формы 22 и 26 см.`,
    'photo',
    [],
    'exchange',
  ),
  // «на ваше усмотрение»
  c(
    'r20d-44',
    'ru',
    `Сушилка для белья: одна из стоек погнута при доставке, заметили при сборке 9 сентября. Пользоваться можно, поэтому оставим её себе, если предложите компенсацию на ваше усмотрение. Фото стойки приложили.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated Russian, calm and complete
  c(
    'r20d-45',
    'ru',
    `Zdravstvuyte. My s muzhem zakazali chehol na divan 3-mestnyi, prishel na 2-mestnyi, na birke napisano 145-185 sm. Poluchili 17 iyunya, foto birki prilagaem. Prosim obmen na pravilnyi razmer.`,
    'photo',
    [],
    'exchange',
  ),
  // transliterated mat as a cry, tracking number in text
  c(
    'r20d-46',
    'ru',
    `Blyat, nu skolko mozhno?! Stulchik dlya kormleniya zhdem uzhe 47 dney, trek CY012345678901. Verite dengi.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // English: seller's name-calling quoted; buyers calm
  c(
    'r20d-47',
    'en',
    `My husband and I are writing this together. We ordered a 6-piece non-stick pan set (order 3021557864). It arrived on 4 March and the coating on the largest pan was peeling off in flakes when we unpacked it. When we told the seller, he replied: "You are idiots who cooked with metal spoon, not my problem." We had not cooked with it at all. Photos of the pan and a screenshot of the chat are attached. We would like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // "shiitake" contains a rude-looking piece
  c(
    'r20d-48',
    'en',
    `Our shiitake grow kit arrived on 2 May with the substrate block covered in green mould, visible through the bag as soon as we opened the box. Photos attached. Please send a replacement kit.`,
    'photo',
    [],
    'exchange',
  ),
  // chargeback and consumer protection are lawful
  c(
    'r20d-49',
    'en',
    `We ordered a kids' 4-person tent advertised as waterproof to 3000 mm. On its first night out, 12 August, water came through the seams on both sides and soaked the children's sleeping bags. The video we took that morning is attached. We're asking for a full refund. If that isn't possible here, we will file a chargeback with our bank and contact consumer protection.`,
    'video',
    [],
    'full_refund',
  ),
  // WTF + "??"
  c(
    'r20d-50',
    'en',
    `WTF?? The baby monitor has been losing connection every 10 minutes since day one (it arrived on 9 Jan). Video attached. Full refund please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "small words" condescension
  c(
    'r20d-51',
    'en',
    `I'll use small words so your team can follow: box came, lamp broke. The glass shade of the floor lamp was shattered when we opened the box on 23 October. Photos attached. Send a new shade.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "it would be a shame if"
  c(
    'r20d-52',
    'en',
    `My brother-in-law lives twenty minutes from your warehouse in Yiwu. It would be a shame if he had to drop by and ask about this in person. The rice cooker's lid hinge snapped the first time we opened it, 15 February. Photo attached. Refund us.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "bait and switch"
  c(
    'r20d-53',
    'en',
    `Classic bait and switch. The listing shows a solid oak chopping board; we got a thin bamboo one glued together from strips. Arrived 1 July. Photos attached, side by side with the listing. We'd like a refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // affect word and nothing concrete
  c(
    'r20d-54',
    'en',
    `Honestly disappointed. The product is not as described and the quality is poor. Please sort it out.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // pasted thread, wrong pickup point, seller's "crazy lady" quoted
  c(
    'r20d-55',
    'en',
    `Pasting the chat so you can see what happened:
Seller (10 Nov): "Parcel delivered, stop bothering me."
My wife (10 Nov): "Tracking says delivered to a pickup point in Leeds, but we live in Bristol and the order address is Bristol."
Seller (12 Nov): "Crazy lady, not my problem, talk to the post."
The tracking number is YT2210045678123. The parcel (a pair of children's wellies) never reached us, and it has been 38 days since we paid. A screenshot of the tracking page is attached. Please refund us in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // seller's "fuck off" quoted: profanity only
  c(
    'r20d-56',
    'en',
    `The desk organiser arrived with two of its four drawers missing (we opened it on 5 Dec). When my partner asked about it, the seller's reply was literally "fuck off, no refund". Screenshot and photos attached. Please refund $12 for the missing drawers.`,
    'photo',
    ['profanity'],
    'partial_refund',
    12,
  ),
  // says photos attached, none in form
  c(
    'r20d-57',
    'en',
    `The bathroom scale shows a different weight every time: 71.2, 68.9 and 73.4 kg within one minute. We noticed it the first morning after it arrived, 6 June. Photos attached. Please replace it.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // sarcastic praise
  c(
    'r20d-58',
    'en',
    `Well done, Einsteins: a glass picture frame posted in a paper envelope arrived in three pieces when we opened it on 19 April. Photo attached. Full refund.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "the difference" without a sum
  c(
    'r20d-59',
    'en',
    `We paid for a 128GB memory card for our son's camera; H2testw shows only 32GB usable, tested the day it arrived (28 Feb). Screenshot attached. We'll keep it if you refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // no time, no evidence
  c(
    'r20d-60',
    'en',
    `The blender jug leaks from the base whenever it's more than half full. Could you send us a new jug?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // digit-masked profanity judging the item, no "!"
  c(
    'r20d-61',
    'en',
    `This kettle is absolute sh1t: the switch won't stay down and it turns itself off after 5 seconds. Started on day three. Video attached. Money back.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // company registry details to the bank: lawful
  c(
    'r20d-62',
    'en',
    `The kids' bike arrived on 2 September with a bent front fork: the front wheel rubs the frame and won't turn freely. Photos attached. We're asking for a full refund. If the dispute doesn't settle it, we'll send the seller company's registered details from its business licence to our bank with a chargeback request.`,
    'photo',
    [],
    'full_refund',
  ),
  // "ridiculous"
  c(
    'r20d-63',
    'en',
    `This is ridiculous. The stroller rain cover is 20 cm too short and doesn't reach the footrest; we measured it when we unpacked it on 11 October. Photos attached. Please exchange it for the large size.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // seller's Russian reply quoted and translated; decimal comma
  c(
    'r20d-64',
    'en',
    `The duvet cover shrank by 15 cm in length after the first wash at 30°C, exactly as the label says. The seller answered in Russian: «сами виноваты, не надо было стирать» ("your own fault, you shouldn't have washed it"). Photos with a tape measure attached. Partial refund of €9,50 please.`,
    'photo',
    [],
    'partial_refund',
    9.5,
  ),
  // regional name-calling
  c(
    'r20d-65',
    'en',
    `Listen, you bunch of numpties. We ordered a navy sofa throw 130x170 and got a mustard one 100x150. Arrived 8 March. Photo attached next to the order page. Exchange it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // fraud label, no time
  c(
    'r20d-66',
    'en',
    `Thieves. Paid for 10 LED bulbs, got 6. Photo attached. Refund $7.20 for the 4 missing.`,
    'photo',
    ['accusation', 'missing_when'],
    'partial_refund',
    7.2,
  ),
  // near-empty
  c('r20d-67', 'en', `ok`, 'none', ['empty_text'], 'none'),
  // "Dickens", "Cockermouth": innocent
  c(
    'r20d-68',
    'en',
    `Our Dickens box set for the children (10 books) was delivered to our address in Cockermouth on 27 January. Books 3 and 7 are missing, and book 5 has pages 40–72 printed twice. Photos attached. We'd like the missing and faulty books sent, please.`,
    'photo',
    [],
    'exchange',
  ),
  // spaced profanity as a bare cry
  c(
    'r20d-69',
    'en',
    `Two nights. B u l l s h i t. The heated throw stopped warming after the second night (it arrived on 14 Dec), and the controller shows E1. Photo of the error attached. Refund please.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "gutted", compensation without a sum, no file
  c(
    'r20d-70',
    'en',
    `We're gutted. Our daughter's graduation dress arrived on 30 May, the day before the ceremony, with the zip torn off and a stain on the skirt. We'd like some compensation.`,
    'none',
    ['emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // honest review, return offered
  c(
    'r20d-71',
    'en',
    `Smart plug (order 8101772203): the app pairs, but the relay never clicks and the plug doesn't switch the lamp on or off. Tested on arrival, 3 April; video attached. We'll send it back if needed and would like our money back. We'll also leave an honest review describing what happened.`,
    'video',
    [],
    'return',
  ),
  // police report over a forged signature: lawful
  c(
    'r20d-72',
    'en',
    `The parcel with our robot mop was marked delivered on 9 October with a signature that isn't ours; nobody in the family signed for anything. Tracking number YT8844120931207. We've filed a report with the local police and have the reference number. A screenshot of the tracking page is attached. Please refund us in full.`,
    'photo',
    [],
    'full_refund',
  ),
  // negated accusation
  c(
    'r20d-73',
    'en',
    `I'm not saying you did it on purpose, probably a packing mix-up. We ordered a pair of children's roller skates size 33-36, and the box contains one skate 33-36 and one 29-32. We noticed when our son tried them on the evening they arrived, 21 June. Photos of both labels attached. Please send the matching skate.`,
    'photo',
    [],
    'exchange',
  ),
  // "losing patience", no request
  c(
    'r20d-74',
    'en',
    `We're losing patience. This is our fourth message about the same thing: the glass top of the coffee table has a 10 cm scratch across the middle, visible from the day it arrived, 16 November. Photos are attached again.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // firm but polite
  c(
    'r20d-75',
    'en',
    `Our dumbbell set arrived on 7 August with the box burst open and two 2.5 kg plates missing; the courier's damage note is on the label. Photo of the box and contents attached. Please refund $18 for the missing plates. To be frank, this is not acceptable packing for 40 kg of iron.`,
    'photo',
    [],
    'partial_refund',
    18,
  ),
  // no file, no evidence word
  c(
    'r20d-76',
    'en',
    `The reading lamp's clamp snapped off the first time my husband tightened it on the desk, two days after delivery. We'd like a refund.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // the seller's threat quoted as evidence
  c(
    'r20d-77',
    'en',
    `We ordered a 12-colour watercolour set for our daughter; 4 of the pans arrived cracked and crumbled (opened on 2 December). The seller's reply in chat: "If you open dispute I will find you and make problem." We are opening it anyway. Photos and a chat screenshot attached. Partial refund of $4 please.`,
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // masked profanity at people
  c(
    'r20d-78',
    'en',
    `Third time asking. The pet water fountain pump died after 5 days (it arrived on 3 March) and the water has stopped flowing. Video attached. Refund, you a$$holes.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // seller's minced Russian mat quoted in an English text
  c(
    'r20d-79',
    'en',
    `My wife speaks Russian, so she asked the seller in Russian why the desk lamp flickers all the time. His answer was «пошли нах, всё работает». The lamp arrived on 12 May and has flickered since the first switch-on; video attached. Please refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "everyone knows" + "!!", named sum for the difference, no file
  c(
    'r20d-80',
    'en',
    `Everyone knows this store cheats!! We paid for a 2-metre Christmas tree and got a 1.5-metre one; we measured it on 5 December. Refund £15, the difference in price.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'partial_refund',
    15,
  ),
];
