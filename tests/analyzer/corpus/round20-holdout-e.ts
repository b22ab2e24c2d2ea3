import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty, hold-out set E: buyers with a strong grievance who try hard to stay polite but whose anger leaks out
 * (understatement, rhetorical questions, irony, insinuations of deliberate deception, faint praise, veiled
 * consequences), with buyers who are merely firm and precise as traps. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A rhetorical question that insinuates deliberate deception («вы правда рассчитывали, что я не замечу?», "or just a
 *   way to sell more watches?", "it's just a coincidence… or is it?") is an accusation, like sarcasm about honesty.
 * - Irony or faint praise about the item or the result with no praise of a person («Что ж, хотя бы этикетка не
 *   оставляет сомнений», "Well, at least the box was nice", «Чудесная гирлянда, правда») is neither rude nor an
 *   accusation; sarcastic praise of the packers or staff ("Congratulations to whoever packed this") is an insult.
 * - «Ну вы и жуки» (slang for sly cheats) is a fraud label, so an accusation, not name-calling.
 * - Saying staff are younger than a five-year-old, or asking whether anyone there can read a tape measure, talks down
 *   to the reader: insult.
 * - A mat adjective before the seller's chat bot («е6@ный «бот»») is an intensifier: profanity and emotional, no insult.
 * - Mat in a single polite question at the seller («вы там совсем ох*ели?») is profanity and insult, not emotional.
 * - «это просто pizdec» after an apology judges the item: profanity only.
 * - "your a$$ of a manager" is name-calling with a profane word: profanity and insult, not emotional.
 * - An ominous remark that warehouses "sometimes burn" or about the seller's daughter in their profile, or "my
 *   cousin flies to Yiwu, I have your warehouse address", is a veiled threat.
 * - «Было бы жаль» / "It would be a shame" are not affect words; «обидно», "ridiculous", "disappointed", "patience is
 *   running out" are.
 * - "Measured / weighed on the day it arrived" and «мерила рулеткой» give the "when/how".
 * - Listing pictures («картинки в карточке») are not evidence; a text with them and no file is missing evidence.
 * - "Please send the missing lid / a replacement handle / «дослать штифт»" is an exchange.
 * - "Refund the difference, which I'd say is $25" is a partial refund of 25; "four dollars fifty" is 4.5.
 * - Words with rude-looking pieces in ordinary use (бляха on a belt, застрахуйте, потребляет, колебания, Cockermouth,
 *   spice rack, "heck") are innocent.
 */
export const ROUND20_HOLDOUT_E: CorpusCase[] = [
  // firm and precise: defect, discovery, video, request — ready
  c(
    'r20e-01',
    'ru',
    'Заказ кухонных весов SF-400, получены 12 апреля. При первом же взвешивании гири 1 кг весы показали 1340 г, повторила три раза — результат тот же. Видео взвешивания прикладываю. Прошу полный возврат средств.',
    'video',
    [],
    'full_refund',
  ),
  // irony about the label, not about anyone's honesty; complete otherwise — ready
  c(
    'r20e-02',
    'ru',
    'Получила свитер 3 марта. В описании — 100% кашемир, на вшитой этикетке — 100% акрил. Что ж, хотя бы этикетка не оставляет сомнений. Фото этикетки и скриншот описания прилагаю. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // "вы правда рассчитывали, что я не замечу?" + «заведомо» = accusation of intent; partial with sum
  c(
    'r20e-03',
    'ru',
    'Скажите честно: вы правда рассчитывали, что я не замечу? Заказывала набор из трёх сковород (20, 24 и 28 см), 5 мая пришли две — 20 и 24. Вес на накладной 1,9 кг, а у полного набора в описании 3,1 кг. То есть комплект отправили заведомо неполным. Фото коробки и накладной прикладываю. Прошу частичный возврат за недостающую сковороду — 1450 рублей.',
    'photo',
    ['accusation'],
    'partial_refund',
    1450,
  ),
  // "explain slowly so it gets through even to your support" talks down — insult
  c(
    'r20e-04',
    'ru',
    'Попробую объяснить ещё раз, медленно, чтобы дошло даже до вашего отдела поддержки: размер XL — это не размер S. Я заказал куртку XL, 18 октября получил S, бирка на фото. Что тут непонятного? Нужна замена на XL.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // cousin flying to Yiwu with the warehouse address, "discuss in person" — veiled threat
  c(
    'r20e-05',
    'ru',
    'Я человек спокойный и пишу вежливо. Офисное кресло пришло 2 февраля со сломанной крестовиной: одна лапа треснула у основания, фото приложено. Прошу вернуть деньги. И, знаете, мой двоюродный брат как раз летит в Иу по делам, адрес вашего склада у меня есть. Было бы жаль, если бы пришлось обсуждать это лично.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // chargeback and consumer protection are lawful steps — ready
  c(
    'r20e-06',
    'ru',
    'Пишу в последний раз перед тем, как обратиться в банк с заявлением о возврате платежа и в Роспотребнадзор. Электрочайник, заказ от 7 июня: на третий день из-под основания начала подтекать вода, видео приложено. Прошу вернуть полную стоимость.',
    'video',
    [],
    'full_refund',
  ),
  // the seller's insult quoted as evidence — ready
  c(
    'r20e-07',
    'ru',
    'В переписке (скриншот приложен) продавец на мой вопрос о трещине ответил: «сами вы криворукая, нечего было ронять». Я ничего не роняла: трещина на крышке термоса была уже при распаковке 9 сентября, на фото видно, что заводская плёнка ещё не снята. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Latin look-alikes in mat judging the item, no "!" — profanity only
  c(
    'r20e-08',
    'ru',
    'Простите за прямоту, но это не блендер, а пиzдeц: на второй день нож перестал вращаться, мотор гудит и пахнет горелым. Видео приложено. Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «Обидно» is an affect word; the rest complete
  c(
    'r20e-09',
    'ru',
    'Я, конечно, не ожидала чуда за такие деньги. Но плед, который пришёл 14 января, после первой стирки при 30 градусах сел почти на треть: был 150×200, стал 110×140. Обидно, честно говоря. Фото с рулеткой прилагаю. Прошу частичный возврат 900 рублей.',
    'photo',
    ['emotional'],
    'partial_refund',
    900,
  ),
  // a two-letter word only
  c('r20e-10', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // faint praise and irony, but nothing concrete and no request
  c(
    'r20e-11',
    'ru',
    'Ну что тут скажешь. Товар не соответствует описанию. Замечательно. Я бы и рад порекомендовать ваш магазин, но совесть не позволяет.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // masked mat in one "polite" question at the seller — profanity + insult
  c(
    'r20e-12',
    'ru',
    'Вежливо спрашиваю: вы там совсем ох*ели? Заказывал 10 лампочек E27, пришло 6, коробка вскрыта и заново заклеена скотчем. Получил 21 ноября, фото в приложении. Верните 480 рублей за недостающие четыре.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    480,
  ),
  // sarcastic praise of the packers — insult
  c(
    'r20e-13',
    'ru',
    'Браво, мастера упаковки! Хрустальную вазу отправить в пакете без единого слоя плёнки — это надо уметь. Пришла 30 мая в трёх кусках, фото осколков и пакета прилагаю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "или это такой способ продавать?" insinuates deception; no evidence named, no file
  c(
    'r20e-14',
    'ru',
    'Позвольте уточнить: картинки в карточке товара — это вообще тот же рюкзак? Или это такой способ продавать? Мой пришёл 8 августа без отделения для ноутбука и с одной лямкой вместо двух регулируемых. Прошу обмен на рюкзак как в карточке.',
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // firm, third request, support and review as lawful steps — ready
  c(
    'r20e-15',
    'ru',
    'Это уже третье обращение по одному и тому же заказу. Настенные часы: секундная стрелка цепляется за минутную, и часы встают. Обнаружила в первый же вечер после получения, 4 марта. Видео приложено. Требую полный возврат, иначе открою спор через поддержку и оставлю отзыв с этим видео.',
    'video',
    [],
    'full_refund',
  ),
  // remark about the seller's daughter and "hope all will be well with your family" — veiled threat
  c(
    'r20e-16',
    'ru',
    'Я долго держала себя в руках. Фен сгорел на пятый день — из сопла пошёл дым, видео прикладываю. Верните деньги. В вашем профиле, кстати, есть фото вашей дочки у магазина, очень милая. Надеюсь, у вас в семье всё и дальше будет хорошо.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // scare-quoted «случайно» is sarcasm about honesty; "!!!" emotional
  c(
    'r20e-17',
    'ru',
    'Ну конечно, «случайно» положили не тот цвет. Третий раз подряд «случайно»!!! Заказывала зелёный чехол для планшета, 16 июля пришёл розовый. Фото прилагаю. Прошу заменить на зелёный.',
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // vague quality complaint, "the difference" without a sum
  c(
    'r20e-18',
    'ru',
    'Качество так себе, мягко говоря. Не буду устраивать скандал, просто верните разницу.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // transliterated mat judging the situation after an apology — profanity only
  c(
    'r20e-19',
    'ru',
    'Izvinite, no eto prosto pizdec. Zakazyval nabor otvertok na 24 predmeta, 11 marta prishlo 17, foto prilagayu. Vernite dengi za nedostayushchie — 350 rublei.',
    'photo',
    ['profanity'],
    'partial_refund',
    350,
  ),
  // бляха (belt plate) and застрахуйте are ordinary words — ready
  c(
    'r20e-20',
    'ru',
    'Заказал ремень с латунной бляхой. Бляха пришла 2 октября без крепёжного штифта — на ремне не держится. Фото прилагаю. Прошу дослать штифт. При отправке, пожалуйста, застрахуйте посылку.',
    'photo',
    [],
    'exchange',
  ),
  // publishing the seller's name and phone from the label — threat
  c(
    'r20e-21',
    'ru',
    'Пишу спокойно. 3 октября пришли наручные часы с треснувшим стеклом, фото приложено, а в переписке вы уже неделю отвечаете шаблонами. У меня есть ваше настоящее имя и номер телефона с накладной. Если до пятницы не будет возврата, я выложу их во всех группах покупателей. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // firm: refuses exchange, asks money back; complete — ready
  c(
    'r20e-22',
    'ru',
    'Настольная лампа пришла 19 декабря. Свет мигает примерно раз в секунду на любом уровне яркости, через десять минут работать невозможно. Видео мигания прилагаю. Замена мне не нужна — верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // says a video is attached, the form has none; offers to send back
  c(
    'r20e-23',
    'ru',
    'Как видно на приложенном видео, вентилятор на третьей скорости задевает лопастью решётку и стучит. Заметил в первый же день, 23 июня. Готов отправить вентилятор обратно, верните деньги.',
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // «раззявы» aimed at warehouse staff — insult
  c(
    'r20e-24',
    'ru',
    'Уважаемые, кто у вас там на складе работает — раззявы какие-то? Заказал серые кроссовки 43 размера, 11 апреля пришли 41-го, на коробке так и написано, фото приложено. Меняйте на 43.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «в шоке» affect; "все продавцы такие" blanket label
  c(
    'r20e-25',
    'ru',
    'Я в шоке. Все продавцы на этой площадке такие или только мне так везёт? Сушилка для овощей пришла 6 мая, поддоны не встают на место — крепления отлиты криво, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // mat adjective (digit and symbol) before the seller's bot; tracking number, customs hold since a date
  c(
    'r20e-26',
    'ru',
    'Очень вежливо прошу: перестаньте присылать мне шаблонные ответы. Ваш е6@ный «бот» третий день пишет «ожидайте». Посылка LP004512378CN стоит на таможне со 2 марта. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // firm, partial sum in words — ready
  c(
    'r20e-27',
    'ru',
    'Набор контейнеров для еды, 12 штук. При распаковке 17 сентября обнаружила, что у трёх контейнеров нет крышек. Фото приложены. Прошу компенсацию за три крышки — триста рублей.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // irony about the item, decimal comma sum — ready
  c(
    'r20e-28',
    'ru',
    'Чудесная гирлянда, правда — горит ровно половина. Из 100 светодиодов светятся только первые 50, остальные погасли на второй вечер, 28 декабря. Видео прилагаю. Верните, пожалуйста, 4,5 доллара — половину стоимости.',
    'video',
    [],
    'partial_refund',
    4.5,
  ),
  // "your warehouse is in Podolsk, I'm from Podolsk, small world" — veiled threat
  c(
    'r20e-29',
    'ru',
    'Я взрослый человек и не люблю угрожать, поэтому просто скажу: ваш склад в Подольске, я сам из Подольска, мир тесен. Газонокосилка пришла 15 мая без ножа, фото приложено. Жду возврат денег.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // capitals and "??", nothing concrete, no request
  c(
    'r20e-30',
    'ru',
    'ВЫ ВООБЩЕ ЧИТАЕТЕ СООБЩЕНИЯ?? Я пишу вам уже неделю. Ответьте наконец по-человечески.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // negated accusation — ready
  c(
    'r20e-31',
    'ru',
    'Я не утверждаю, что вы сделали это специально, скорее всего, ошибка склада. Но вместо десяти мотков чёрной пряжи 20 февраля пришли синие. Фото мотков рядом с описанием прилагаю. Прошу обменять на чёрные.',
    'photo',
    [],
    'exchange',
  ),
  // spaced mat as a cry — profanity + emotional
  c(
    'r20e-32',
    'ru',
    'Простите, но б л я т ь, сколько можно? Третий раз прошу: шланг для душа течёт в месте соединения с лейкой с первого дня, с 5 апреля, видео есть. Замените шланг.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // non-receipt, tracking, court and bank as lawful steps — ready
  c(
    'r20e-33',
    'ru',
    'Товар не получен: ортопедическая подушка, оплачена 2 января, срок доставки истёк 20 февраля, отслеживание RB123456789SG не обновляется с 10 января. Если вопрос не решится через платформу, я обращусь в суд по месту жительства и в банк. Прошу вернуть полную стоимость.',
    'none',
    [],
    'full_refund',
  ),
  // numbered list "since it doesn't get through the first time" + "Справитесь?" — insult
  c(
    'r20e-34',
    'ru',
    'Напишу по пунктам, специально для вашего отдела, раз с первого раза не доходит. 1) Коврик для йоги. 2) В описании толщина 10 мм. 3) Пришёл 4 мм — измерил линейкой 27 июля. 4) Фото с линейкой приложено. 5) Верните деньги. Справитесь?',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // insinuating question about weighing = accusation; partial refund without a sum
  c(
    'r20e-35',
    'ru',
    'Хотелось бы понять: вы надеялись, что покупатель не станет взвешивать? Мёд заявлен 1 кг, а на моих весах в день получения, 3 сентября, — 720 г вместе с банкой. Фото весов прикладываю. Прошу частичный возврат.',
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // faint praise, complete problem, but no request
  c(
    'r20e-36',
    'ru',
    'Что ж, коробка была красивая. Это, пожалуй, всё хорошее, что я могу сказать. Утюг пришёл 12 ноября: подошва поцарапана, пар идёт только из половины отверстий. Фото приложено.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "warehouses sometimes burn… would be a pity" — veiled threat
  c(
    'r20e-37',
    'ru',
    'Спокойно и вежливо: фритюрница пришла 8 марта с треснувшей чашей, фото прилагаю. Верните деньги. Склады, знаете, иногда горят. Проводка старая, всякое бывает. Было бы жаль, правда?',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «жуки» as a slang fraud label; tracking number; partial in words
  c(
    'r20e-38',
    'ru',
    'Ну вы и жуки, конечно. Заказал три пачки фильтров для пылесоса, 25 января пришла одна. Трек RU458812345CN, фото содержимого приложено. Верните деньги за две недостающие — шестьсот рублей.',
    'photo',
    ['accusation'],
    'partial_refund',
    600,
  ),
  // the seller's mat quoted as evidence — still profanity
  c(
    'r20e-39',
    'ru',
    'Для сведения поддержки: на мою просьбу о замене продавец написал «иди на х*й, с товаром всё нормально». Скриншот приложен. Сама проблема: у детского самоката 3 июня на первой же прогулке отломилось переднее колесо, фото тоже прикладываю. Прошу полный возврат.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // understatement without an affect word; measured with a tape — ready
  c(
    'r20e-40',
    'ru',
    'Честно скажу, не такого я ждала. Шторы к новоселью пришли 20 октября на 40 см короче заявленных — 220 вместо 260 см, мерила рулеткой. Фото прилагаю. Прошу заменить на шторы правильной длины.',
    'photo',
    [],
    'exchange',
  ),
  // "какая трогательная честность" — sarcasm about honesty; offers to send back
  c(
    'r20e-41',
    'ru',
    'Какая трогательная честность: в описании «натуральная кожа», а при распаковке 9 июля сумка пахнет клеем, и на срезе видна тканевая основа. Фото среза прикладываю. Готова отправить сумку обратно за ваш счёт, верните деньги.',
    'photo',
    ['accusation'],
    'return',
  ),
  // "life punishes cheats, and I'll help" — threat and accusation
  c(
    'r20e-42',
    'ru',
    'Таких, как вы, кто обманывает людей, жизнь потом наказывает. А иногда не только жизнь — я с удовольствием помогу. Дрель пришла 1 августа без аккумулятора, фото приложено. Верните 2000 рублей за аккумулятор.',
    'photo',
    ['threat', 'accusation'],
    'partial_refund',
    2000,
  ),
  // колебания, потребляет: ordinary words — ready
  c(
    'r20e-43',
    'ru',
    'Стабилизатор напряжения из заказа от 2 февраля не держит 220 В при колебаниях сети: на выходе от 196 до 243 В. Кроме того, в простое он потребляет около 40 Вт вместо заявленных 5 Вт. Измерил мультиметром и ваттметром 14 февраля, фото показаний приложено. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // no words at all
  c('r20e-44', 'ru', '??', 'none', ['empty_text'], 'none'),
  // long, polite, but "support staff younger than five" is condescension; «обидно» affect
  c(
    'r20e-45',
    'ru',
    'Добрый день. Я долго подбирала слова, чтобы это сообщение получилось вежливым, так что прошу дочитать его до конца.\nДвадцать второго февраля я получила робот-мойщик окон. Уже при первом включении выяснилось, что страховочный трос не фиксируется: карабин не защёлкивается, пружина внутри явно сломана. Робот на стекле без троса — это, как вы понимаете, не мойщик окон, а снаряд с седьмого этажа. Фото карабина и короткое видео приложены.\nЯ написала вам в тот же день. Вы ответили через четыре дня и предложили «попробовать нажать сильнее». Я попробовала. Сильнее не помогло. Тогда вы попросили видео — я его сняла. Потом вы попросили видео «с другого ракурса». Потом номер заказа, который был указан в самом первом сообщении. Потом наступил китайский Новый год, и вы замолчали на две недели.\nЗнаете, у меня трое детей, и даже младший, которому пять, за это время понял бы, что сломанную пружину нажатием не починить. У вас, видимо, в поддержке работают люди, которым пять ещё не исполнилось.\nМне, честно, обидно: я выбирала ваш магазин из-за хороших отзывов.\nИтак, по существу. Советы мне не нужны, отдельный трос тоже. Прошу вернуть полную стоимость робота.',
    'video',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // firm, chargeback as a lawful step, date of receipt and discovery — ready
  c(
    'r20e-46',
    'ru',
    'Мультиварка получена 11 января. При распаковке увидела, что фиксатор крышки сломан — крышка не защёлкивается, это видно на фото. Я не хочу скандала, но если ответа не будет, подам на возврат платежа через банк. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // firm, declines replacement — ready
  c(
    'r20e-47',
    'en',
    "Order for a 26 cm cast-iron skillet. Delivered on 3 May with a crack running about 4 cm down the side from the rim, visible in the attached photos. I don't want a replacement; please issue a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // "I'm sure it's just a coincidence… Or is it?" — sarcasm about honesty
  c(
    'r20e-48',
    'en',
    "I'm sure it's just a coincidence that the listing shows a stainless steel kettle and mine arrived in painted plastic. Or is it? Received on 14 February, photos of the kettle and the listing attached. Please refund me.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "small words so it gets through" — condescension
  c(
    'r20e-49',
    'en',
    'Let me use small words so it gets through: the rug is the wrong size. I ordered 160x230. On 2 March I got 120x170. Photo of the tag attached. Send the right one.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // brother-in-law near the seller's address, "nobody wants that to turn unpleasant" — veiled threat
  c(
    'r20e-50',
    'en',
    "I've been very patient. The standing desk arrived on 19 April with a bent leg frame; photos attached. Refund me in full. I've noticed your registered business address is about twenty minutes from where my brother-in-law works. He's been meaning to stop by. Nobody wants that to turn unpleasant.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // formal notice, chargeback and consumer protection — ready
  c(
    'r20e-51',
    'en',
    'This is a formal notice. The robot vacuum stopped charging on day six (9 June): the dock light stays red and the battery never rises above 0%. Video attached. If there is no refund within 7 days, I will file a chargeback with my card issuer and report the listing to consumer protection. Please refund the full price.',
    'video',
    [],
    'full_refund',
  ),
  // "ridiculous" is an affect word
  c(
    'r20e-52',
    'en',
    'Honestly, this is ridiculous. Three weeks of back and forth over a pair of curtains. They arrived on 5 November in beige, not the grey I ordered; photo attached. Please exchange them for grey.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // digit-masked profanity judging the item, no "!"
  c(
    'r20e-53',
    'en',
    'With all due respect, this wallet is bullsh1t. The stitching on one side came apart within a week of buying it on 2 August, photo attached. Refund.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // the seller's insult quoted as evidence — ready
  c(
    'r20e-54',
    'en',
    "For the record, when I asked about the missing lid, the seller replied: 'You are stupid customer, read the description.' Screenshot attached. The description says 'with lid'. The pot arrived on 11 January without one. Please send the missing lid.",
    'photo',
    [],
    'exchange',
  ),
  // a two-letter word only
  c('r20e-55', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // "disappointed", generic, no request
  c(
    'r20e-56',
    'en',
    'Very disappointed. Not as described. Not what I paid for. I expected better from a store with your rating.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "classic bait and switch" label; named sum for the difference
  c(
    'r20e-57',
    'en',
    "Let's call it what it is: a classic bait and switch. The listing shows a 12-piece knife block; on 20 March I received 6 knives and no block. Photo attached. Refund the difference, which I'd put at $25.",
    'photo',
    ['accusation'],
    'partial_refund',
    25,
  ),
  // masked profanity as intensifier + name-calling
  c(
    'r20e-58',
    'en',
    "I'm trying to stay civil, but you are a bunch of f*cking clowns. The lampshade arrived cracked on 7 July, photo attached. Refund.",
    'photo',
    ['profanity', 'insult', 'emotional'],
    'full_refund',
  ),
  // sarcastic praise of the packer — insult
  c(
    'r20e-59',
    'en',
    'Congratulations to whoever packed this, truly world-class work: a glass teapot in a paper envelope. It arrived on 30 September in pieces, photos attached. Full refund, please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Cockermouth is a town; non-receipt with tracking — ready
  c(
    'r20e-60',
    'en',
    "Parcel addressed to Cockermouth, Cumbria, never arrived. Paid on 2 October; tracking LX552310987CN has shown 'arrived at destination country' since 18 October and nothing since. Please refund in full.",
    'none',
    [],
    'full_refund',
  ),
  // firm, small sum for the missing piece — ready
  c(
    'r20e-61',
    'en',
    'The bedsheet set came on 12 May with one pillowcase instead of two; photo of the opened pack attached. Not the end of the world. A partial refund of £7 for the missing pillowcase will do.',
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // says a video is attached, none in the form
  c(
    'r20e-62',
    'en',
    "As you can see in the attached video, the kids' walkie-talkies only work at about 3 metres, not 3 km. Tested the day they arrived, 22 August. I'd like my money back.",
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // "a lovely family… a shame if anything happened" — veiled threat
  c(
    'r20e-63',
    'en',
    "Your shop has such lovely reviews and, I'm sure, a lovely family behind it. It would be a shame if anything happened to either. The blender jug has leaked from the base since the first use on 4 April; video attached. Refund in full.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // "You knew it was broken when you sent it" — accusation; one capitalised word only
  c(
    'r20e-64',
    'en',
    "You KNEW the zip was broken when you sent it. Don't pretend otherwise. Jacket received on 13 December, the zip pull snapped off on the first try, photo attached. Refund now.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // an honest review is lawful — ready
  c(
    'r20e-65',
    'en',
    "Received the yoga blocks on 8 February. One of the two has a 3 cm gouge on a corner, see photo. I'll be leaving an honest review describing exactly this. Please send a replacement block.",
    'photo',
    [],
    'exchange',
  ),
  // firm and concrete, but no time or discovery circumstance
  c(
    'r20e-66',
    'en',
    "The toothbrush heads I received are the wrong model: the listing says they fit Series 3, but they don't click onto my Series 3 handle. Photos of both attached. Please exchange them for the correct ones.",
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // doubting anyone can read a tape measure — insult
  c(
    'r20e-67',
    'en',
    'Is there anyone at your company who can read a tape measure, or is that asking too much? The shelf is 58 cm wide, not 80 cm as listed. Measured on arrival, 15 June. Photo attached. Refund, please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // spaced profanity as a cry — profanity + emotional
  c(
    'r20e-68',
    'en',
    'S H I T. That is what I said when I opened the box on 3 March and found the mirror shattered. Photos attached. I would like a full refund.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // scare-quoted 'mistake' — sarcasm about honesty
  c(
    'r20e-69',
    'en',
    "Another 'mistake', I see. I ordered size 38 boots and received 36 on 10 October, the third wrong size from your store this year. Photo of the box label attached. Send the 38s.",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // publishing name, phone, address; disclaimer does not cancel it
  c(
    'r20e-70',
    'en',
    "I have your name, your phone number and your home address from the return label. I'm not threatening anyone. But if there is no refund for the coffee grinder (the burr snapped on day two, 5 January, video attached), all of that goes on every buyer forum I know. Refund me.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // police report and consumer protection are lawful; tracking — ready
  c(
    'r20e-71',
    'en',
    "I paid on 14 August for a child car seat. Tracking RR123450987CN shows it delivered on 2 September to a pickup point I have never used, and the signature isn't mine. I've reported it to the local police and have a reference number. Please refund the full amount; otherwise I'll take it to the consumer protection agency.",
    'none',
    [],
    'full_refund',
  ),
  // compensation "at your discretion" — partial without a sum
  c(
    'r20e-72',
    'en',
    "The picture frame arrived on 1 May with a scratch across the glass, photo attached. It's still usable, so I'll leave the amount of compensation at your discretion.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "heck" is a soft euphemism — ready
  c(
    'r20e-73',
    'en',
    'Well, heck. The garden hose reel arrived on 27 April with the crank handle snapped off at the hinge; photo attached. Please send a replacement handle.',
    'photo',
    [],
    'exchange',
  ),
  // "or just a way to sell more watches?" insinuates deception; no evidence
  c(
    'r20e-74',
    'en',
    "Forgive me for asking, but was the 'waterproof' on the listing meant as a joke, or just as a way to sell more watches? Mine fogged up inside after my first swim on 12 July. I want a refund.",
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // mocking question "which numpty packed this?" — insult
  c(
    'r20e-75',
    'en',
    'Which numpty packed this order? A 20-litre fish tank in a bag with no padding. It arrived on 8 November with a cracked side panel, photo attached. Refund, please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // sum in words — ready
  c(
    'r20e-76',
    'en',
    'The spice rack came with 11 jars instead of 12 on 19 January; photo attached. Please refund four dollars fifty for the missing jar.',
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // long, dry irony and faint praise, quoted seller, support as a lawful step — ready
  c(
    'r20e-77',
    'en',
    "Hello. I'll keep this factual, although I'd be lying if I said this order has been a pleasure.\nI ordered a set of four bar stools (listing: 'height adjustable 60-80 cm, walnut finish'). The parcel arrived on 28 June. When I assembled them that evening, two of the four gas lifts would not hold: the seat sinks to the lowest position within a minute of someone sitting down. The other two work fine. I've attached a video showing one stool sinking under a 20 kg bag of rice, with the lift part numbers visible at the end.\nYour colleague's first reply was, and I quote, 'Maybe you are too heavy, customer.' I weigh 64 kg, and the bag of rice, as far as I know, has no snacking habit. The screenshot of that exchange is in the same video.\nTo be fair, the walnut finish is lovely and the two working stools are sturdy. I'm not asking for the moon. Please send me two replacement gas lifts.\nIf we can't settle this here, I'll ask AliExpress support to step in, which is my right as a buyer. I'd rather not.",
    'video',
    [],
    'exchange',
  ),
  // "your a$$ of a manager" — profanity aimed at a person; tracking mentioned
  c(
    'r20e-78',
    'en',
    "Kindly explain to your a$$ of a manager that 'in stock' means in stock. I paid on 3 March for a sewing machine, it is now 5 May and the tracking hasn't moved since 10 March. Refund me.",
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // thinning patience is emotional; only a question, no request
  c(
    'r20e-79',
    'en',
    'My patience is running out. The rice cooker lid hinge broke on day three (21 February). Photos attached. What do you suggest I do?',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // the seller's threat quoted as evidence — ready
  c(
    'r20e-80',
    'en',
    "The seller wrote to me: 'If you open dispute, we will find you.' Screenshot attached. As for the dispute itself: the pressure cooker arrived on 16 March without the sealing ring. Please send the sealing ring.",
    'photo',
    [],
    'exchange',
  ),
];
