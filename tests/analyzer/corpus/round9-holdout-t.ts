import { labelled as c, type CorpusCase } from './types';

/**
 * Round nine, held-out set T: written by an independent hand from the definitions in analyzer-notes.md section 1 and
 * the README's labelling decisions (rounds two and four), without reading the analyzer or other corpus files.
 * Buyers from Russia, Kazakhstan, Belarus (some typing Russian in Latin letters), the US, UK, India, Australia,
 * Nigeria, the Philippines and learners of English; first messages and replies in an ongoing dispute.
 *
 * Labelling decisions used in this set:
 * - Whenever the form has a file, the text also names the evidence, so `missing_evidence` never hinges on the file
 *   alone; a text that says a file is attached while the form has none gets `evidence_not_attached` only (the text
 *   does mention evidence).
 * - A tracking number written in the text is evidence without a file; it is not a promise of an attachment.
 * - A receipt date next to a concrete defect ("получила 3 декабря") counts as the time of the problem.
 * - `too_short` texts also carry every missing-content warning that applies (what, when, evidence, resolution).
 * - A veiled threat next to a lawful request is still a threat; a lawful step alone never is.
 * - Regional or foreign-language name-calling inside an English or Russian text (mumu, bobo, galahs, чушпаны,
 *   дятлы) is `insult` when aimed at people; sarcastic praise or a mocking comparison aimed at the seller's work is
 *   `insult`; irony about the item alone is not.
 * - Mat quoted from the seller is `profanity` (a blocker); the seller's non-mat insult quoted as evidence is nothing.
 * - A buyer who turns down the seller's offer and names another request is labelled by that other request.
 */
export const ROUND9_HOLDOUT_T: CorpusCase[] = [
  // ── Russian: rude (blocker) ─────────────────────────────────────────────────────────────────────────────────
  // Latin «x» and «y» inside a Cyrillic mat noun about the item: profanity only (a noun, not an interjection).
  c(
    'r9t-01',
    'ru',
    'Заказывал блок питания на 65 Вт для ноутбука, а прислали какую-то xyйню на 20 Вт, от которой ноутбук вообще не заряжается; получил 9 ноября, фото наклейки на блоке прикладываю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit «3» for a letter in mat used as an interjection: profanity and emotional; otherwise complete.
  c(
    'r9t-02v',
    'ru',
    'Открыл коробку прямо на почте 3 декабря — пи3дец, экран планшета весь в трещинах, видео вскрытия приложил, жду полный возврат.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowel («хйню») still reads as mat; a noun about the goods: profanity only.
  c(
    'r9t-03',
    'ru',
    'Флешка заявлена на 128 ГБ, а после проверки программой в день получения, 27 ноября, реальный объём оказался 8 ГБ, остальное пишется в никуда. Прислали хйню, а не флешку. Скриншот теста прикладываю, прошу вернуть деньги полностью.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Masked mat («@» for «о») aimed at the warehouse staff: profanity and insult (both parts of `rude`).
  c(
    'r9t-04',
    'ru',
    'Пришли два левых ботинка 42 размера, обнаружила при распаковке 15 ноября. Какие долб@ёбы у вас собирают заказы? Фото пары прикладываю, прошу обмен на нормальную пару.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Translit mat «suka» as an interjection: profanity and emotional; tracking number in the text is the evidence.
  c(
    'r9t-05',
    'ru',
    'Posylku zhdu uzhe 55 dney, trek RB123456789CN ne obnovlyaetsya s 2 oktyabrya, suka, skolko mozhno. Vernite dengi.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Translit, questioning the seller's sanity without a swear word: insult only.
  c(
    'r9t-06',
    'ru',
    'Vy tam voobshche s uma poshodili? Prislali chernyy chehol vmesto rozovogo (uvidela pri raspakovke 12 noyabrya, foto prilagayu), proshu zamenu na rozovyy.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // A reply; condescension about the reader's understanding ("медленно, раз с первого не доходит"): insult.
  // A sum for the missing items: partial refund of 640.
  c(
    'r9t-07',
    'ru',
    'Вы опять прислали шаблонный ответ. Повторяю в третий раз и медленно, раз с первого раза у вас не доходит: я заказывала три упаковки фильтров для кувшина, пришла одна. Обнаружила при распаковке 18 ноября. Фото содержимого посылки и накладной, где указан вес 0,3 кг вместо 0,9 кг, прикладываю. Верните 640 рублей за две недостающие упаковки.',
    'photo',
    ['insult'],
    'partial_refund',
    640,
  ),
  // Kazakhstan; street slang «чушпаны» aimed at the packers: insult. Sending the right charger is an exchange.
  c(
    'r9t-08',
    'ru',
    'Зарядка пришла с американской вилкой вместо европейской, хотя в заказе я выбирал EU. Заметил сразу при получении в Алматы 21 ноября. Чушпаны на упаковке даже не смотрят, что кладут в коробку. Фото вилки и скрин заказа прикладываю. Прошу заменить зарядку на версию с европейской вилкой.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Belarus; sarcastic praise of a failure aimed at the seller ("ювелиры, снимаю шляпу"): insult, not emotional.
  c(
    'r9t-09',
    'ru',
    'Ну просто ювелиры, снимаю шляпу: кольцо, заказанное 17-го размера, оказалось 15,5 — мерила кольцомером в день получения, 2 декабря. Фото кольца на кольцомере прилагаю. Прошу обмен на 17-й размер.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mocking comparison of the seller's craftsmen with a first-grader: insult. The buyer offers to send it back: return.
  c(
    'r9t-10',
    'ru',
    'Табурет шатается: одна ножка на 1,5 см короче остальных, измерил рулеткой при сборке 25 ноября. Первоклассник на уроке труда собрал бы ровнее, чем ваши мастера. Фото с рулеткой прилагаю. Готов отправить табурет обратно, деньги прошу вернуть после того, как он до вас дойдёт.',
    'photo',
    ['insult'],
    'return',
  ),
  // Veiled threat: a brother near the warehouse who "has the address" and will "drop in to talk": threat.
  c(
    'r9t-11v',
    'ru',
    'Поводок-рулетка сломался на третий день: кнопка фиксации провалилась внутрь, лента не тормозит. Собака чуть не выбежала на дорогу. Видео прилагаю, прошу вернуть деньги. И да, мой брат живёт в Иу в двух улицах от вашего склада. Адрес у него уже есть — зайдёт поговорить лично, если будете тянуть.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: publishing the seller's name, photo and phone in buyer chats unless refunded: threat.
  c(
    'r9t-12',
    'ru',
    'Пауэрбанк на 20000 мАч заряжает телефон один раз; тестер на следующий день после получения показал 4100 мАч, скрин тестера прилагаю. Это почти в пять раз меньше заявленного. Прошу полный возврат. Я уже нашёл ваше имя, фото и номер телефона через WeChat. Если деньги не вернутся до пятницы, всё это появится во всех покупательских чатах.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Ominous "care" for the seller's children: threat, although worded politely.
  c(
    'r9t-13v',
    'ru',
    'Настольная лампа мигает с первого включения 28 ноября, на любой яркости. Видео приложено. Прошу замену лампы. Надеюсь, мы договоримся мирно: здоровье ваше и ваших детей — вещь такая хрупкая.',
    'video',
    ['threat'],
    'exchange',
  ),
  // The seller's mat quoted as evidence: still profanity (a blocker), not an insult by the buyer.
  c(
    'r9t-14',
    'ru',
    'Посылку жду 47 дней, трек LB556677889CN с 10 октября стоит на «прибыл в страну назначения». Я дважды вежливо спросила продавца, где посылка. На мой вопрос продавец ответил в чате «не еби мне мозг, жди». Скриншот переписки прикладываю. Прошу полный возврат.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // A reply declining the seller's offer; «дятлы» for the packers is name-calling: insult. Request: full refund.
  c(
    'r9t-15v',
    'ru',
    'Ваши полтора доллара компенсации оставьте себе. Ваза пришла разбитой на три части, это видно на видео распаковки от 30 ноября, которое я уже приложил. Упаковывали её дятлы — ни одного слоя пузырчатой плёнки, просто в пакете. Ваш довод про «повреждения при доставке» не принимаю: коробка целая, разбит только товар внутри. Требую полный возврат.',
    'video',
    ['insult'],
    'full_refund',
  ),

  // ── Russian: innocent and complete (ready) ──────────────────────────────────────────────────────────────────
  // Lawful steps stated firmly (arbitration, the bank): not a threat.
  c(
    'r9t-16v',
    'ru',
    'Часы перестали показывать пульс на пятый день: датчик на обратной стороне светится, а в приложении вместо цифр прочерки. Часы заряжены, приложение обновлено, перезагрузка не помогает. Видео прилагаю. Прошу полный возврат. Если до 15 декабря вопрос не решится, я передам спор в арбитраж AliExpress и подам в банк заявление на опротестование платежа.',
    'video',
    [],
    'full_refund',
  ),
  // «Бляха» (a belt buckle) begins like mat but is an ordinary word: ready. Short (2 sentences).
  c(
    'r9t-17',
    'ru',
    'Бляха на ремне треснула поперёк через неделю носки, фото трещины прикладываю. Прошу заменить ремень.',
    'photo',
    [],
    'exchange',
  ),
  // «Скипидар» contains a rude-looking sequence; a missing/empty part with a sum: partial 300, ready.
  c(
    'r9t-18',
    'ru',
    'В наборе для реставрации мебели флакон скипидара пришёл пустым — крышка была не закручена, всё вытекло в пакет. Заметила при распаковке 4 декабря, фото пакета и флакона прилагаю. Прошу частичный возврат 300 рублей за флакон.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // «Сучки» (knots in wood) look like a swear word but describe the item: ready, partial 900.
  c(
    'r9t-19',
    'ru',
    'Столешница журнального столика вся в сучках, два из них выпали и оставили сквозные дырки, хотя в карточке показан ровный дуб без сучков. Увидела при сборке 26 ноября, фото приложила. Прошу компенсацию 900 рублей.',
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // The seller's insult quoted as reported speech (no mat): not the buyer's insult; offers the item back: return.
  c(
    'r9t-20',
    'ru',
    'Брюки размера M: талия по замеру 68 см, а в таблице размеров указано 76 см. Мерила сантиметром в день получения, 1 декабря. Продавец в чате ответил, что я «тупая покупательница, которая не умеет мерить», скриншот этой переписки и фото замера прилагаю. Брюки не надевала, бирки на месте. Готова отправить брюки обратно, прошу вернуть деньги после возврата.',
    'photo',
    [],
    'return',
  ),
  // A negated accusation ("не утверждаю, что специально"): not an accusation; ready.
  c(
    'r9t-21',
    'ru',
    'Я не утверждаю, что вы сделали это специально, скорее всего ошиблись при комплектации: вместо синего чехла для iPhone 13 пришёл чёрный для iPhone 12. Увидела при распаковке 29 ноября, фото обоих чехлов рядом прилагаю. Прошу прислать синий чехол для iPhone 13.',
    'photo',
    [],
    'exchange',
  ),
  // Kazakhstan, firm but polite non-receipt: elapsed time, tracking and a post-office note; ready.
  c(
    'r9t-22',
    'ru',
    'Заказ жду 62 дня. Трек-номер RS998877665CN с 3 октября показывает «передано в доставку» в Астане, но в отделении Казпочты посылки нет — справку из отделения прилагаю. Прошу вернуть полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // A sum in words («двести семьдесят рублей») for missing items: partial 270, ready.
  c(
    'r9t-23',
    'ru',
    'Из набора 12 кистей для макияжа пришло 9 (пересчитала при распаковке 1 декабря, фото раскладки кистей прилагаю), прошу вернуть двести семьдесят рублей за три недостающие кисти.',
    'photo',
    [],
    'partial_refund',
    270,
  ),
  // Translit, complete: a material mismatch seen through an open seam; ready.
  c(
    'r9t-24',
    'ru',
    "Zakazyvala kurtku na natural'nom puhu, a vnutri sintepon — eto vidno cherez razoshedshiysya shov na rukave. Obnaruzhila v pervyy den noski, 20 noyabrya. Foto shva i birki prikladyvayu. Proshu vernut dengi polnostyu.",
    'photo',
    [],
    'full_refund',
  ),
  // Irony about the item only ("теперь просто перчатки"), no praise of the person: not an insult; ready.
  c(
    'r9t-25v',
    'ru',
    'Что ж, перчатки с подогревом теперь у меня просто перчатки: правая не греет, её аккумулятор не заряжается и индикатор не загорается с первого дня. Пробовала две разные зарядки, это видно на видео. Прошу заменить пару.',
    'video',
    [],
    'exchange',
  ),
  // Belarus; a reply to the seller's refusal, firm, with escalation as a lawful step; ready.
  c(
    'r9t-26v',
    'ru',
    'Вы пишете, что проверяли товар перед отправкой, но на видео распаковки от 19 ноября видно, что край чаши блендера отколот ещё в заклеенной коробке. Осколок лежал на дне, блендер ни разу не включался. Видео повторно прилагаю. Ещё раз прошу посмотреть его до конца. Прошу полный возврат; если откажете, передам спор на рассмотрение AliExpress.',
    'video',
    [],
    'full_refund',
  ),
  // Kazakhstan, tenge: a colour mismatch between the two shoes, partial 2500; ready.
  c(
    'r9t-27',
    'ru',
    'Кроссовки пришли разного оттенка: левый светло-серый, правый почти белый. Заметил при примерке в день получения, 27 ноября. Фото пары при дневном свете прилагаю. Носить можно, поэтому прошу частичный возврат 2 500 тенге.',
    'photo',
    [],
    'partial_refund',
    2500,
  ),
  // «Гребень» contains «еб» but is an ordinary word; discovery at the post office; ready.
  c(
    'r9t-28v',
    'ru',
    'Гребень для бороды из сандала пришёл с тремя отломанными зубцами, зубцы лежали в пакете отдельно; увидел при вскрытии на почте 5 декабря, видео вскрытия прилагаю. Прошу выслать новый гребень.',
    'video',
    [],
    'exchange',
  ),
  // Consumer protection and court as lawful steps («потребителей» also holds «еб»): not a threat; ready.
  c(
    'r9t-29v',
    'ru',
    'Мультиварка перестала нагревать на десятый день: на дисплее код ошибки E4, чаша остаётся холодной. Сбросить ошибку по инструкции не получилось. Видео с кодом ошибки прилагаю. Прошу вернуть полную стоимость. В противном случае обращусь в общество защиты прав потребителей и в суд.',
    'video',
    [],
    'full_refund',
  ),
  // Long (6 sentences), Moscow: a missing part shown by an unboxing video and weight; partial 4200; ready.
  c(
    'r9t-30v',
    'ru',
    'Робот-пылесос пришёл без зарядной док-станции, хотя в карточке товара она указана в комплекте и видна на главном фото. Коробку вскрывал на камеру 2 декабря: внутри только сам пылесос, две щётки и кабель. На том же видео видно, что коробка весит 3,1 кг вместо заявленных 5,4 кг. Без станции пылесос нечем заряжать. Видео прилагаю. Прошу вернуть 4 200 рублей — столько станция стоит отдельно в вашем же магазине.',
    'video',
    [],
    'partial_refund',
    4200,
  ),

  // ── Russian: needs work ─────────────────────────────────────────────────────────────────────────────────────
  // Only the generic «не соответствует описанию»: missing_what.
  c(
    'r9t-31',
    'ru',
    'Товар не соответствует описанию, получила 3 декабря, фото прилагаю, прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Generic «с браком» with a discovery circumstance: missing_what only.
  c(
    'r9t-32',
    'ru',
    'Плед пришёл с браком, заметила при распаковке, фото прикладываю. Прошу замену.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // «Плохое качество пошива», no time, no evidence: missing_what, missing_when, missing_evidence.
  c(
    'r9t-33',
    'ru',
    'Очень плохое качество пошива, совсем не как на картинке. Верните деньги, пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // A concrete symptom in unusual words ("хрипит, будто песок"), but no time or discovery: missing_when.
  c(
    'r9t-34v',
    'ru',
    'Колонка хрипит на любой громкости выше половины, будто внутри насыпан песок, видео прикладываю. Прошу вернуть деньги.',
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // Translit; concrete symptom and day, no evidence named and no file: missing_evidence.
  c(
    'r9t-35',
    'ru',
    'Levyy naushnik perestal zaryazhatsya na chetvertyy den, v keyse ogonek pod nim ne zagoraetsya. Proshu zamenu.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // A reply; non-receipt with elapsed time and tracking, but only "что мне делать?": missing_resolution.
  c(
    'r9t-36',
    'ru',
    'Вы второй раз просите подождать, но посылка так и не пришла: прошло 70 дней, трек UA445566778CN последний раз обновлялся 12 сентября. Что мне делать?',
    'none',
    ['missing_resolution'],
    'none',
  ),
  // «На ваше усмотрение» is a partial refund without a sum: partial_without_amount.
  c(
    'r9t-37',
    'ru',
    'Одна из четырёх ламп в люстре не загорается: патрон прокручивается, контакт внутри отошёл. Обнаружил при монтаже 22 ноября, фото патрона прилагаю. Люстру оставлю себе, прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Половину стоимости»: a share, not a sum: partial_without_amount.
  c(
    'r9t-38',
    'ru',
    'Юбка села после первой стирки при 30 градусах: длина была 70 см, стала 61 см. Фото с линейкой прилагаю. Верните, пожалуйста, половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Разницу в цене» without a number: partial_without_amount.
  c(
    'r9t-39',
    'ru',
    'Вместо заказанной версии с 8 ГБ оперативной памяти пришла версия с 4 ГБ, это видно в настройках телефона. Проверил в день получения, 28 ноября, скриншот прилагаю. Прошу вернуть разницу в цене между версиями.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Фото прилагаю" with no file on the form: evidence_not_attached only.
  c(
    'r9t-40',
    'ru',
    'Ручка чемодана оторвалась в аэропорту в первую же поездку, 1 декабря, — вырвана вместе с креплением. Фото прилагаю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Sarcasm about honesty (scare quotes around «случайно», "как и сотне других"): accusation, even with facts.
  c(
    'r9t-41',
    'ru',
    'Ну конечно, «случайно» положили карту памяти на 32 ГБ вместо 256 ГБ — так же «случайно», как и сотне покупателей в отзывах. Проверил в день получения, 30 ноября, скриншот свойств карты прилагаю. Прошу полный возврат.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // CAPS and «!!!»: emotional; the rest is complete (non-receipt, elapsed time, tracking number, request).
  c(
    'r9t-42',
    'ru',
    'Я ЖДУ ЭТУ ПОСЫЛКУ ДВА МЕСЯЦА!!! Трек RB112233445CN не двигается с 1 октября. Верните деньги.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // «В шоке» (affect) and «вы специально…?» (intent): emotional and accusation; otherwise complete.
  c(
    'r9t-43',
    'ru',
    'Я в шоке. Заказывала платье цвета пудры, пришло ярко-розовое — это видно сразу, при распаковке 2 декабря. Оттенок отличается настолько, что к туфлям платье не подходит. Вы специально ставите на фото другой цвет? Фото платья рядом с карточкой товара прилагаю, прошу вернуть деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // A single two-letter word: empty_text only.
  c('r9t-44', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Fewer than 8 words; non-receipt named, nothing else: too_short plus the missing parts.
  c(
    'r9t-45',
    'ru',
    'Где моя посылка?',
    'none',
    ['too_short', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),

  // ── English: rude (blocker) ─────────────────────────────────────────────────────────────────────────────────
  // UK; leetspeak «sh1te» as a noun about the item: profanity only.
  c(
    'r9t-46',
    'en',
    "Kettle arrived on 28 November and the lid hinge snapped on the second boil. The lid now won't stay shut, so the kettle never switches itself off. Honestly the thing is absolute sh1te. Photo of the snapped hinge attached. Please refund me in full.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // US; masked «@$$clowns» aimed at the packers: profanity and insult.
  c(
    'r9t-47',
    'en',
    'Ordered the 10 ft braided USB-C cable and got a 3 ft one; I measured it with a tape the day it came, Nov 29. Photo with the tape measure attached. Not sure which of you @$$clowns packs these orders, but send me the 10 ft cable I paid for.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Australia; "galahs" (regional word for fools) aimed at the packers: insult.
  c(
    'r9t-48',
    'en',
    'Tent pole snapped clean in half the first night we pitched it, 23 Nov at Wilsons Prom, and the spare in the bag is the wrong diameter. We had to borrow a pole from the next campsite. Whichever galahs packed this never checked a thing. Photos of both poles side by side attached. I want a full refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Nigeria; "mumu" (fool) aimed at the seller in a question: insult.
  c(
    'r9t-49',
    'en',
    'Are you people mumu? I ordered the 2-burner gas stove and you sent a 1-burner. A 1-burner is no use for my food business. I saw it when I opened the carton in Lagos on 14 November, photo attached. Please send the correct 2-burner stove.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Philippines (Taglish, mostly English); "bobo" (stupid) aimed at the packer: insult.
  c(
    'r9t-50',
    'en',
    'Ordered the rice cooker in white but you sent pink. I opened it yesterday pagdating, photo attached. Ang bobo naman ng packer niyo, please replace it with a white one.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // India; condescension about the team's understanding ("in very simple words"): insult.
  c(
    'r9t-51v',
    'en',
    'Sir, I am explaining in very simple words since your team is unable to understand basic English: the mixer grinder jar leaks from the bottom seal whenever the motor runs. I noticed it on first use on 2 December and the video is attached. Kindly refund the full amount.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Veiled threat: cousins with the seller's address who "could drop by for a chat": threat.
  c(
    'r9t-52v',
    'en',
    "The drone's left rear motor cuts out mid-flight and it drops out of the sky; it happened on the very first flight on 30 November, video attached. I want a full refund. My cousins in Shenzhen already have the address from your return label, and they could always drop by for a chat if this drags on.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: the seller's family photos and home address posted in buyer groups: threat.
  c(
    'r9t-53',
    'en',
    "The smart plug has never connected to Wi-Fi; it has blinked red since day one, 20 Nov. I reset it three times and tried two different routers. Screenshots of the app error attached. Refund me by Friday. I already have your full name from the business licence on your store page and your family photos from Facebook, and they go up in every buyer group with your home address if I don't hear back.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Ominous remark about the seller's warehouse catching fire: threat, though no verb of harm by the buyer.
  c(
    'r9t-54',
    'en',
    "The blender's blade assembly came loose and the jar leaked all over the counter on the second use, 27 Nov. Photos attached. Send me a new jar and blade. Warehouses catch fire so easily these days, I'd hate for yours to be next.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // The seller's masked mat quoted as evidence: still profanity.
  c(
    'r9t-55',
    'en',
    "It's been 45 days and tracking LP00456123789 hasn't moved since 19 October. The estimated delivery date was 20 November. When I asked about it, the seller wrote back 'stop f***ing messaging me and wait'. Screenshot of the chat attached. I'm asking for a full refund.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Sarcastic praise of the packing ("round of applause… true artists"): insult, not emotional.
  c(
    'r9t-56v',
    'en',
    'Round of applause for your packing team, true artists: a glass teapot wrapped in one sheet of newspaper. It arrived in four pieces, as my unboxing video from 3 December shows. Video attached, full refund please.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Dotted spelling «s.h.i.t» as an interjection plus «??»: profanity and emotional.
  c(
    'r9t-57',
    'en',
    "Three months. Three. s.h.i.t, where is my parcel?? Ordered on 2 September, tracking LV123456789CN has said 'departed origin country' since 9 September. Refund me now.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mocking comparison with a six-year-old aimed at the seller's stitching: insult. Offers the item back: return.
  c(
    'r9t-58',
    'en',
    "The left shoulder strap of the backpack tore away at the seam on the second day of school, 4 December. She had carried it for maybe an hour in total. My six-year-old could sew a straighter seam with her eyes shut than whoever made this. Photos of the torn seam attached. I'll ship the backpack back if you cover postage, and I expect a refund once it arrives.",
    'photo',
    ['insult'],
    'return',
  ),

  // ── English: innocent and complete (ready) ──────────────────────────────────────────────────────────────────
  // UK (Essex); chargeback and Trading Standards are lawful steps: ready.
  c(
    'r9t-59',
    'en',
    "The stainless steel water bottle sticks to a fridge magnet and the rim started rusting after one week of use. It was sold as rust-proof 304 steel. I'm in Essex and checked it on 30 November; photos of the magnet test and the rust are attached. Please refund me in full. If this isn't resolved by 15 December, I will raise a chargeback with my bank and report the listing to Trading Standards.",
    'photo',
    [],
    'full_refund',
  ),
  // A place name with a rude-looking part (Scunthorpe); long non-receipt with dates and a post-office letter: ready.
  c(
    'r9t-60',
    'en',
    "I ordered the wall clock on 3 October and the delivery estimate was 5 November. It is now 4 December and tracking YT2233445566778899 still shows 'arrived at sorting centre'. I live in Scunthorpe and the local Royal Mail office has no record of the parcel. Their letter confirming this is attached as a photo. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // "Cocktail shaker": a rude-looking root inside a product name; a measured mismatch: ready.
  c(
    'r9t-61v',
    'en',
    'The strainer lid of the cocktail shaker is about 2 mm smaller than the tin and drops straight in. Found out making drinks the evening it arrived, 30 Nov. Video attached. Please send a replacement strainer lid that fits.',
    'video',
    [],
    'exchange',
  ),
  // A reply; the seller's insult quoted as reported speech: not the buyer's insult; ready.
  c(
    'r9t-62v',
    'en',
    "You replied in chat that I'm 'too stupid to use a screwdriver'. For the record, the drill's chuck wobbles visibly at any speed and the bit drifts 3-4 mm off the mark; it did so from the first hole I drilled on 21 November. I used it exactly as the manual shows. The video and a screenshot of your message are attached. I'm asking for a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation ("not suggesting you did this on purpose"): not an accusation; ready.
  c(
    'r9t-63',
    'en',
    "I'm not suggesting you did this on purpose, it was probably a mix-up at the warehouse. I ordered the hiking boots in US size 10 and received size 8; the size label inside both boots says 8. They are too small to wear even with thin socks. I noticed when I tried them on the day they arrived, 26 November, and the photo of the labels is attached. Please exchange them for size 10.",
    'photo',
    [],
    'exchange',
  ),
  // Irony about the item ("so much for waterproof"), no praise of the person: not an insult; ready.
  c(
    'r9t-64',
    'en',
    'So much for waterproof: after ten minutes of light rain on 1 December the inside of the jacket was soaked through at the shoulders, photos of the wet lining attached. Please refund in full.',
    'photo',
    [],
    'full_refund',
  ),
  // India; the National Consumer Helpline is a lawful step: ready.
  c(
    'r9t-65v',
    'en',
    'The 65W charger gets hot enough to smell of burnt plastic within 10 minutes of use; I first noticed it on 26 November, video attached. Kindly refund the full amount, otherwise I will file a complaint with the National Consumer Helpline.',
    'video',
    [],
    'full_refund',
  ),
  // Learner of English; "€6,50" is 6.5: partial refund with a sum, ready.
  c(
    'r9t-66',
    'en',
    'I order 5 pieces of the silicone lids but in the pack are only 4, I count them when I open it on 29 November. Photo of the pack I attach. Please give me back €6,50 for the missing piece.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Australia (Cockburn Central); a reply declining A$2 and asking A$15: partial 15, ready.
  c(
    'r9t-67v',
    'en',
    "Thanks for the offer of A$2, but the missing remote is worth more than that. The projector came without its remote, which is shown in the listing photos; I noticed when unpacking it at home in Cockburn Central on 27 Nov, and the unboxing video is attached. I'd accept a partial refund of A$15.",
    'video',
    [],
    'partial_refund',
    15,
  ),
  // Nigeria; long (6 sentences), polite non-receipt with deadline, tracking and a post-office note: ready.
  c(
    'r9t-68',
    'en',
    "Good day. I ordered a hair clipper on 12 September and paid $23.50. The delivery deadline passed on 10 November, and tracking number LP00987654321 has not moved since 20 October, when it showed 'arrived at Lagos hub'. I went to the NIPOST office in Ikeja twice and they have no record of it; their written note is in the attached photo. Please refund my money in full. Thank you.",
    'photo',
    [],
    'full_refund',
  ),
  // Philippines; polite "po", a concrete symptom, date, video, replacement: ready.
  c(
    'r9t-69v',
    'en',
    "Good evening po. The electric fan's oscillation is broken, the head won't turn left or right and only blows straight ahead. We noticed it when we first used it on 2 December. Video attached po. I'm requesting a replacement unit.",
    'video',
    [],
    'exchange',
  ),

  // ── English: needs work ─────────────────────────────────────────────────────────────────────────────────────
  // Only "not as described": missing_what.
  c(
    'r9t-70',
    'en',
    'Item not as described. Received it last Tuesday. Photos attached. Refund please.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "Defective", no time: missing_what and missing_when.
  c(
    'r9t-71v',
    'en',
    'The hair dryer is defective. Video attached, I want a refund.',
    'video',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // US; concrete (seized wheel), a holiday as the date, no evidence: missing_evidence.
  c(
    'r9t-72',
    'en',
    "The kids' scooter arrived with the front wheel bearing seized, so the wheel won't spin at all. We noticed as soon as we put it together on Thanksgiving. Please send a replacement front wheel.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // A reply with a measured mismatch, date and photo but no request: missing_resolution.
  c(
    'r9t-73',
    'en',
    "You keep saying the strap is the right size, but it's 18 mm wide, not 22 mm as listed, and it doesn't fit the watch lugs at all. I measured it with calipers when it arrived on 25 November; photo attached.",
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "Refund half": a share, not a sum: partial_without_amount.
  c(
    'r9t-74',
    'en',
    "The desk lamp's clamp cracked on day two. Photo attached. I'll keep using it with tape if you refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A percentage gives no sum: partial_without_amount, amount null.
  c(
    'r9t-75',
    'en',
    'Please refund 30% since the cushion covers are 40x40 cm instead of 45x45 cm as listed. I measured them with a tape when they arrived on 1 December, photo with the tape attached.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "See the attached video" with no file: evidence_not_attached.
  c(
    'r9t-76',
    'en',
    "See the attached video: the robot mower's left wheel grinds and stops after about five seconds. It started on the third day of use. Please replace it.",
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "Bait-and-switch" labels the seller's intent: accusation, even with facts.
  c(
    'r9t-77',
    'en',
    'This listing is a bait-and-switch. It says 4K 60fps, but the camera only records 1080p and the menu has no 4K option at all. I checked the settings the day it arrived, 24 Nov; screenshots attached. I paid extra for this model precisely because of 4K. Full refund please.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "Gutted" (affect) and two capitalised words: emotional; otherwise complete.
  c(
    'r9t-78v',
    'en',
    "I'm gutted. The ceramic vase I ordered as a wedding gift arrived COMPLETELY SMASHED; I opened the box at the post office on 2 December and filmed it. Video attached. Please refund the full amount.",
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Empty text: empty_text only.
  c('r9t-79', 'en', '', 'none', ['empty_text'], 'none'),
  // Fewer than 8 words, a bare refund demand: too_short plus missing what, when and evidence.
  c(
    'r9t-80',
    'en',
    'Refund me now.',
    'none',
    ['too_short', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
];
