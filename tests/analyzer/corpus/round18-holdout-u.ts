import { labelled as c, type CorpusCase } from './types';

/**
 * Round eighteen, hold-out set U: office workers, accountants, teachers and civil servants writing with icy politeness
 * (irony, faint praise, bureaucratic pressure, menace dressed as courtesy), some losing their composure at the end.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A file in the form whose text also names it («фото прилагаю») is evidence; evidence texts without a file either
 *   name a tracking number / the word «трек-номер» / a post-office report, or get `evidence_not_attached`.
 * - «Было бы очень неприятно, если бы…» after a hint at the owner's home is a veiled threat; checking a business
 *   registry alone would not be.
 * - Publishing the seller's name and phone in a school parents' chat or to neighbours is publishing personal data
 *   (threat).
 * - «Уважаемые мошенники» is a fraud label used as an address: accusation, not insult.
 * - «Складские олухи», "numpties", «клоуны со склада»-type words at staff are insults; «костюм клоуна» is a product.
 * - "This is bullsh*t!!" (cried out with two "!") is profanity and emotional; «Этот зонт — х у й н я» (a judgement of
 *   the item, no "!") and "your service is s h i t." are profanity only.
 * - "Is there anyone at your company capable of reading a number?" talks down to the reader: insult.
 * - «Ну что ж, спасибо, удружили» (irony, no praise of a person) is not rude, following round four.
 * - A long polite text ending «Я в бешенстве!!!» or "I am SO DONE" is emotional only; the politeness does not cancel it.
 * - «Shitterton», «скипидар», «употребляю», «оскорблять», «рубля», «хлебать», "cocktail", "assessment", "Essex" are
 *   innocent words.
 */
export const ROUND18_HOLDOUT_U: CorpusCase[] = [
  // Cold but complete: quantity, date, photo, a sum for the missing items.
  c(
    'r18u-01',
    'ru',
    `Уважаемый продавец, позволю себе напомнить содержание заказа: 30 тетрадей в клетку по 18 листов. В посылке, которую я вскрыла 12 февраля, оказалось 20 тетрадей. Фото содержимого и этикетки с весом прилагаю. Прошу вернуть 140 ₽ за недостающие десять тетрадей.`,
    'photo',
    [],
    'partial_refund',
    140,
  ),
  // Sarcastic praise of the warehouse staff ("гении складского учёта"): insult.
  c(
    'r18u-02',
    'ru',
    `Благодарю вас, гении складского учёта, за столь изящное решение: вместо настольной лампы с тёплым светом 3000K мне прислали холодную 6500K. Обнаружила при первом включении 5 марта, фото маркировки на коробке и на цоколе приложила. Прошу обменять на заказанную модель.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Scare-quoted «случайность» about honesty: accusation; offers the item back.
  c(
    'r18u-03',
    'ru',
    `Добрый день. Заказывала пиджак 48 размера, получила 3 апреля и при примерке обнаружила, что на бирке 44. Фото бирки и страницы заказа прилагаю. Разумеется, это снова «случайность», как и два предыдущих раза в вашем магазине. Готова отправить пиджак обратно, прошу вернуть деньги после получения.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // Knowing where the owner lives plus "it would be unpleasant": veiled threat.
  c(
    'r18u-04',
    'ru',
    `Уважаемый продавец. Кухонные весы с первого же взвешивания 10 мая показывают на 200 г больше: гиря 1 кг на них весит 1,2 кг, фото приложено. Я, знаете ли, много лет работаю в налоговой инспекции, и мне не составит никакого труда узнать, где живёт владелец вашего магазина. Было бы очень неприятно, если бы у него вдруг возникли сложности. Прошу вернуть деньги полностью.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Chargeback and Rospotrebnadzor are lawful steps: innocent, ready.
  c(
    'r18u-05',
    'ru',
    `Здравствуйте. Термокружка протекает через крышку: на второй день использования чай оказался у меня в сумке вместе с отчётом за квартал. На видео видно, как вода сочится по резьбе при наклоне. Прошу вернуть полную стоимость. В случае отказа я буду вынуждена обратиться в банк с заявлением об оспаривании платежа, а также в Роспотребнадзор. Надеюсь, до этого не дойдёт.`,
    'video',
    [],
    'full_refund',
  ),
  // Long polite text, composure lost at the end with disguised mat and "!!!": profanity and emotional.
  c(
    'r18u-06',
    'ru',
    `Уважаемый продавец! Пишу вам как человек, который двадцать лет отвечает за документооборот в районной администрации и привык, что у каждой бумаги есть своё место. Именно поэтому я заказала у вас настольный органайзер на шесть отделений с двумя защёлками. Посылку я получила 2 июня и вскрыла её в тот же вечер. Обе защёлки оказались сломаны: одна отломана полностью и лежала на дне коробки, вторая треснула у основания и не держит крышку. Фото обеих защёлок и коробки приложены. Я понимаю, что в дороге бывает всякое, и поэтому сначала написала вам вежливо и подробно. В ответ я получила предложение «склеить самостоятельно». Я трижды уточнила, что клеить ничего не собираюсь, потому что заплатила за целую вещь. Прошу заменить органайзер на исправный. И позвольте заметить напоследок: это не органайзер, а пи3дец, господа, просто пи3дец!!!`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Icy but empty: generic "не соответствует описанию", nothing else.
  c(
    'r18u-07',
    'ru',
    `Уважаемый продавец. Товар, мягко говоря, не соответствует описанию. Надеюсь на ваше понимание.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «скипидар» and «рубля» are ordinary words: innocent trap, ready.
  c(
    'r18u-08',
    'ru',
    `Заказывала набор для масляной живописи для кружка в школе. Флакон со скипидаром для разбавления красок пришёл с треснувшей крышкой, половина вытекла на кисти и картон. Обнаружила 18 марта при вскрытии посылки на почте, фото приложено. Флакон стоит около 250 рублей, поэтому прошу компенсацию 250 рублей, без копейки сверх того — мне чужого и рубля не надо.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Syllables cut up for the reader: condescension, insult.
  c(
    'r18u-09',
    'ru',
    `Объясню медленно, специально для вашего отдела претензий. За-ка-зы-ва-ла си-нюю што-ру для ван-ной. При-шла зе-лё-на-я. Обнаружила при распаковке 9 ноября, фото шторы рядом с распечаткой заказа прилагаю. Прошу обмен на синюю.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcasm about honesty ("честнейший человек"), tracking named: accusation only.
  c(
    'r18u-10',
    'ru',
    `Посылку жду 58 дней, трек-номер не обновляется с 3 января. Продавец, разумеется, честнейший человек и ни о какой выгоде от залежавшихся денег покупателей не думает. Прошу вернуть деньги в полном объёме.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // "the difference" without a sum: partial refund without amount.
  c(
    'r18u-11',
    'ru',
    `Здравствуйте. В описании наволочек указан 100% натуральный шёлк, на бирке, которую я рассмотрела сразу после получения 14 января, — 100% polyester. Фото бирки приложила. Наволочки оставлю себе, но прошу вернуть разницу между стоимостью шёлка и полиэстера.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a photo is attached, but the form has none.
  c(
    'r18u-12',
    'ru',
    `Настенные часы пришли с треснувшим стеклом, трещина через весь циферблат. Обнаружила при распаковке 3 декабря. Фото прилагаю. Прошу вернуть деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Publishing the seller's name and phone in a 600-person parents' chat: threat.
  c(
    'r18u-13',
    'ru',
    `Уважаемый продавец. Я заказала 35 наборов фломастеров для своего класса. При раздаче детям 2 сентября выяснилось, что в 12 наборах фломастеры засохшие и не пишут совсем, фото приложено. Прошу компенсацию 420 рублей. Напомню, что ваше имя и номер телефона указаны в накладной. Будет жаль, если они окажутся в родительском чате нашей школы на шестьсот человек с моим подробным комментарием.`,
    'photo',
    ['threat'],
    'partial_refund',
    420,
  ),
  // Seller's rude words quoted as evidence: not the buyer's insult; ready.
  c(
    'r18u-14',
    'ru',
    `Рулонная штора должна быть шириной 120 см, как в заказе. Измерила рулеткой 20 апреля — ровно 100 см, фото с рулеткой приложено. На мой вопрос продавец написал: «сам дурак, читать надо внимательнее», скриншот переписки тоже прилагаю. Готова вернуть штору, прошу возврат денег после её получения.`,
    'photo',
    [],
    'return',
  ),
  // Quoted mat stays profanity.
  c(
    'r18u-15',
    'ru',
    `Электрический чайник с первого дня не отключается при закипании: кипит, пока не выдернешь вилку. Это видно на видео. Когда я сообщила об этом продавцу, мне ответили дословно: «идите на х*й со своим чайником». Скриншот переписки сохранён. Прошу вернуть полную стоимость.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Plain complete text: missing part, date, photo, send the part.
  c(
    'r18u-16',
    'ru',
    `Уважаемый продавец, в комплекте пылесоса отсутствует щелевая насадка, указанная и в описании, и на коробке. Обнаружила при распаковке 6 апреля, фото комплектации прилагаю. Прошу прислать недостающую насадку.`,
    'photo',
    [],
    'exchange',
  ),
  // Long, polite, ends with "в бешенстве!!!": emotional.
  c(
    'r18u-17',
    'ru',
    `Добрый день. Вынуждена снова обратиться к вам по поводу зимних сапог. Я получила их 20 ноября, носила аккуратно, только по городу, от дома до школы и обратно. Через неделю носки подошва на левом сапоге отклеилась от носка почти до середины стопы, на правом начала отходить по пятке. Фото обеих подошв прилагаю. Я писала вам 28 ноября, 1 декабря и 5 декабря. Каждый раз получала ответ, что «это нормально для зимней обуви» и что «нужно было обработать клеем перед ноской». Позвольте уточнить: в описании не было ни слова о том, что сапоги продаются как набор «сделай сам». Прошу вернуть деньги полностью. Я в бешенстве!!!`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "складские олухи" aimed at staff: insult; post-office report is evidence.
  c(
    'r18u-18',
    'ru',
    `Из шести чашек сервиза три разбиты. Посылку вскрывали при мне на почте 11 октября, составлен акт, его фото прилагаю. Видимо, ваши складские олухи не знают, что фарфор заворачивают не в один пакет. Прошу вернуть 900 рублей за три разбитые чашки.`,
    'photo',
    ['insult'],
    'partial_refund',
    900,
  ),
  // Escalation to support and the bank: lawful, innocent.
  c(
    'r18u-19',
    'ru',
    `Здравствуйте. Бухгалтерский калькулятор, полученный 2 февраля, с первого дня не реагирует на клавишу «7», на видео это видно. Для человека моей профессии это, согласитесь, существенно. Прошу заменить калькулятор. Если вопрос не решится в течение недели, я открою спор в службе поддержки платформы, а при необходимости обращусь в банк.`,
    'video',
    [],
    'exchange',
  ),
  // Police and court as lawful steps, tracking number as evidence: ready.
  c(
    'r18u-20',
    'ru',
    `Заказ оплачен 15 марта, прошло 65 дней, посылка так и не пришла. Трек-номер LB483920175CN последний раз обновлялся 2 апреля. Прошу вернуть полную стоимость заказа. Оставляю за собой право обратиться в суд и в полицию по факту неполучения оплаченного товара.`,
    'none',
    [],
    'full_refund',
  ),
  // Ominous wish about locks at the warehouse: veiled threat.
  c(
    'r18u-21',
    'ru',
    `Лямка рюкзака оторвалась на третий день: шов просто разошёлся, фото приложено. Прошу вернуть деньги полностью. Надеюсь, у вас крепкие нервы и хорошие замки на складе.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Spaced mat judging the item, no "!": profanity only.
  c(
    'r18u-22',
    'ru',
    `Спица зонта сломалась при первом же открытии 7 июля, фото прилагаю. Этот зонт — х у й н я, простите за прямоту. Готова отправить его обратно за свой счёт, прошу вернуть деньги.`,
    'photo',
    ['profanity'],
    'return',
  ),
  // No words at all.
  c('r18u-23', 'ru', `…`, 'none', ['empty_text'], 'none'),
  // Fraud label as an address, no evidence named.
  c(
    'r18u-24',
    'ru',
    `Уважаемые мошенники (иначе, простите, назвать вас затрудняюсь). Посылку жду 62 дня. Деньги верните.`,
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Irony without praise of a person: not rude (round four); ready.
  c(
    'r18u-25',
    'ru',
    `Ну что ж, спасибо, удружили: вместо серого шарфа, который я заказывала в подарок коллеге, пришёл бордовый. Получила 16 ноября, фото шарфа и страницы заказа прилагаю. Прошу прислать серый.`,
    'photo',
    [],
    'exchange',
  ),
  // Talks down about intelligence: insult.
  c(
    'r18u-26',
    'ru',
    `Подошва утюга поцарапана, царапины видны на видео распаковки 21 августа. Прошу вернуть деньги. И не утруждайте себя поиском умного ответа — судя по переписке, с этим у вас сложности.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // «не доводите до греха… злопамятный… мир тесен»: threat.
  c(
    'r18u-27',
    'ru',
    `Замок портфеля не закрывается с первого дня (портфель получен 4 сентября), фото прилагаю. Прошу заменить. Не доводите до греха: я человек терпеливый, но злопамятный, а мир, как известно, тесен.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Complete except for a request ("жду вашей реакции").
  c(
    'r18u-28',
    'ru',
    `Набор контейнеров для еды: на двух из пяти крышки не защёлкиваются, зазор около 3 мм. Обнаружила при первом использовании 13 марта, фото прилагаю. Жду вашей реакции.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Sum in words: partial with amount; ready.
  c(
    'r18u-29',
    'ru',
    `В комплекте постельного белья отсутствует одна наволочка из двух. Обнаружила при распаковке 28 января, фото содержимого упаковки прилагаю. Прошу вернуть триста пятьдесят рублей за недостающую наволочку.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Decimal comma in euros: 4.5.
  c(
    'r18u-30',
    'ru',
    `Labdien. Два бокала из шести пришли со сколами на кромке, обнаружила при вскрытии посылки 2 мая, фото сколов приложено. Прошу частичный возврат в размере 4,50 € за два бокала.`,
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // Disguised mat as a judgement of the situation, no "!": profanity only.
  c(
    'r18u-31',
    'ru',
    `Принтер для этикеток с первого дня (получен 10 июня) печатает с белыми полосами поперёк ленты, видео прилагаю. Три письма в поддержку магазина остались без ответа. Это, извините, бл@дство. Прошу вернуть деньги полностью.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «употребляю», «оскорблять», «хлебать» are ordinary words: innocent, ready.
  c(
    'r18u-32',
    'ru',
    `Я не собираюсь никого оскорблять, просто изложу факты. Я давно употребляю этот пуэр и знаю, как выглядит блин на 357 г. Присланный весил 290 г — взвесила на кухонных весах 1 декабря, фото весов прилагаю. Чай пить можно, хлебать досыта не выйдет. Прошу вернуть 210 рублей за недовес.`,
    'photo',
    [],
    'partial_refund',
    210,
  ),
  // Negated accusation ("не утверждаю… специально"): not one; ready.
  c(
    'r18u-33',
    'ru',
    `В двух из пяти учебников блок страниц вшит вверх ногами. Обнаружила при проверке перед уроком 15 августа, фото прилагаю. Я не утверждаю, что вы сделали это специально, но прошу заменить эти два учебника.`,
    'photo',
    [],
    'exchange',
  ),
  // "Глубоко разочарована" is affect; no time given.
  c(
    'r18u-34',
    'ru',
    `Глубоко разочарована. Газлифт офисного кресла опускается под моим весом за несколько минут до самого низа, фото приложено. Прошу принять кресло обратно и вернуть деньги.`,
    'photo',
    ['emotional', 'missing_when'],
    'return',
  ),
  // Sarcastic congratulation of the seller's quality control: insult.
  c(
    'r18u-35',
    'ru',
    `Поздравляю, ваш контроль качества превзошёл сам себя: в ежедневнике отсутствуют страницы с 96 по 128. Обнаружила при первом открытии 9 января, фото прилагаю. Прошу заменить ежедневник.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Long non-receipt text ending with spaced mat as a cry and "??": profanity and emotional.
  c(
    'r18u-36',
    'ru',
    `Добрый день. Заказ оформлен 2 февраля, сегодня 13 апреля, то есть прошло семьдесят дней. Трек-номер с 20 февраля показывает «прибыло в страну назначения» и больше не меняется. Я дважды обращалась на почту, мне ответили, что посылка к ним не поступала. Я трижды писала вам, и трижды получала просьбу «подождать ещё немного». Я жду. Я терпеливо жду. Я человек государственной службы и умею ждать ответов месяцами. Прошу вернуть полную стоимость заказа. Сколько можно, б л я т ь ??`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Knowing the school of the seller's children: threat.
  c(
    'r18u-37',
    'ru',
    `Колесо детского самоката треснуло на второй день, фото прилагаю. Прошу вернуть деньги. И ещё: город у нас маленький, и мне известно, в какой школе учатся ваши дети.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "половину стоимости": partial without amount.
  c(
    'r18u-38',
    'ru',
    `Ковёр заявлен размером 150×200 см. Измерила рулеткой 3 октября — 120×180 см, фото с рулеткой прилагаю. Ковёр оставлю, прошу вернуть половину стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Ну конечно, случайно» is sarcasm about honesty; no evidence.
  c(
    'r18u-39',
    'ru',
    `Заказано 10 пачек бумаги А4, при приёмке 23 апреля пришло 8. Ну конечно, случайно недоложили — в третий раз подряд. Прошу вернуть 760 рублей за две пачки.`,
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    760,
  ),
  // Honest review and consumer-protection society: lawful; ready.
  c(
    'r18u-40',
    'ru',
    `При первом включении 19 мая нож блендера не вращается, мотор только гудит, видео прилагаю. Готова вернуть блендер, прошу возврат денег. Оставлю честный отзыв о товаре и, если понадобится, обращусь в общество защиты прав потребителей.`,
    'video',
    [],
    'return',
  ),
  // Mat with digit/Latin look-alikes in a question at the seller: profanity and insult.
  c(
    'r18u-41',
    'ru',
    `Коврик с подогревом с первого включения 2 декабря греет только левую половину, на видео с тепловизором это видно. Продавец предлагает «переворачивать коврик». Вы там, простите, совсем 0хуeли? Прошу вернуть деньги.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «костюм клоуна» is the product: innocent trap; ready.
  c(
    'r18u-42',
    'ru',
    `Заказывала костюм клоуна для школьного спектакля. В комплекте нет парика, хотя он есть и на фото в описании, и в списке комплектации. Обнаружила при распаковке 14 октября, фото прилагаю. Прошу прислать парик.`,
    'photo',
    [],
    'exchange',
  ),
  // Affect word, nothing concrete.
  c(
    'r18u-43',
    'ru',
    `Это просто ужас какой-то. Больше ничего не скажу.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Declines an exchange, asks for money: full refund; ready.
  c(
    'r18u-44',
    'ru',
    `Крышка кофемолки треснула при первом помоле 30 марта, трещина видна на видео. Замена мне не нужна, верните деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Transliterated Russian, polite and complete: ru, ready.
  c(
    'r18u-45',
    'ru',
    `Zdravstvuyte. Zakazyvala 3 rulona oboev, prishlo 2, obnaruzhila pri raspakovke 5 iyulya, foto korobki prilagayu. Proshu vernut 1200 rubley za nedostayushchiy rulon.`,
    'photo',
    [],
    'partial_refund',
    1200,
  ),
  // Video "attached" but none in the form; compensation at the seller's discretion.
  c(
    'r18u-46',
    'ru',
    `В наборе отвёрток отсутствуют 3 биты из 24. Обнаружила при распаковке 17 февраля, видео прилагаю. Прошу компенсацию на ваше усмотрение.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Customs hold counts as non-receipt; cold sarcasm about "efficiency" without a person praised; no request.
  c(
    'r18u-47',
    'ru',
    `Посылка с настольными часами 40 дней лежит на таможне, трек-номер RR205718364CN. Ваша служба поддержки отвечает, что «всё под контролем». Очень рада это слышать.`,
    'none',
    ['missing_resolution'],
    'none',
  ),

  // --- English ---
  // Chargeback deadline is lawful pressure: ready.
  c(
    'r18u-48',
    'en',
    `Good afternoon. The bathroom scale reads 3 kg higher than the one at my GP's surgery; I compared them on 4 March and photographed both readings (photo attached). I would like a full refund. If this is not resolved by Friday, I will be filing a chargeback with my bank.`,
    'photo',
    [],
    'full_refund',
  ),
  // "short words so your team can keep up": insult.
  c(
    'r18u-49',
    'en',
    `Let me use short words so your team can keep up. I ordered a size M. You sent an XS. I found this when I tried it on on 12 January. Photo of the label attached. Please send an M.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "What remarkable honesty" about a fake listing: accusation.
  c(
    'r18u-50',
    'en',
    `What remarkable honesty, listing a "genuine leather" wallet that turns out to be PU. The inner label, which I read on arrival on 9 February, says so plainly; photo attached. I will send it back for a refund.`,
    'photo',
    ['accusation'],
    'return',
  ),
  // "It would be such a shame if something happened…": threat.
  c(
    'r18u-51',
    'en',
    `The desk lamp started flickering on day two; the video shows it clearly. I expect a full refund. I also know the address of your warehouse in Guangzhou, and a few friends of mine pass by it quite often. It would be such a shame if something happened to your lovely little shop.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Masked profanity cried out with "!!": profanity and emotional.
  c(
    'r18u-52',
    'en',
    `I paid 47 days ago. Tracking has said "in transit" since 3 June. Your replies tell me to be patient. Absolute bullsh*t!! Refund me in full, please.`,
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Place name Shitterton: innocent trap; ready.
  c(
    'r18u-53',
    'en',
    `Hello. The garden hose connector has leaked at the thread from the first use on 2 June; photo attached. Delivery was fine to my address in Shitterton, Dorset, so this is not a postage issue. Please send a replacement connector.`,
    'photo',
    [],
    'exchange',
  ),
  // Sarcastic praise of the packer: insult.
  c(
    'r18u-54',
    'en',
    `My congratulations to whoever packed this: truly a genius of the craft. A glass vase wrapped in a single sheet of tissue paper arrived in pieces when I opened the box on 14 April (photo attached). Full refund, please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "see the attached video" with no file.
  c(
    'r18u-55',
    'en',
    `The hair dryer cuts out after about 30 seconds, every time, since the day it arrived (3 May). Please see the attached video. I'd like a full refund.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Plain complete partial request.
  c(
    'r18u-56',
    'en',
    `Two of the four candle holders were missing from the box I opened on 30 November. Photo of the contents attached. Please refund $7.80 for the missing pair.`,
    'photo',
    [],
    'partial_refund',
    7.8,
  ),
  // "disappointed" (affect) and "classic scam" (label).
  c(
    'r18u-57',
    'en',
    `Ordered on 10 August, 50 days ago. Tracking LX048213657CN has not moved since 21 August. I am deeply disappointed. This has all the hallmarks of a classic scam. I want my money back.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Seller's insult quoted as evidence: not the buyer's; ready.
  c(
    'r18u-58',
    'en',
    `While assembling the bookshelf on 8 October I found that 4 of the 16 cam screws are missing (photo of the fittings bag attached). Your agent replied, and I quote, "maybe you are too stupid to assemble it". The screenshot of that chat is attached as well. Please send the missing screws.`,
    'photo',
    [],
    'exchange',
  ),
  // Quoted profanity stays profanity.
  c(
    'r18u-59',
    'en',
    `The yoga mat is listed as 6 mm; I measured it with a calliper on 11 November and it is 4 mm (photo attached). When I raised this, your colleague wrote "go f*ck yourself, no refund". I would still like a full refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Vague, no request ("do something").
  c(
    'r18u-60',
    'en',
    `I am not happy with the quality. Please do something.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Threat that labels the seller a cheat: threat and accusation.
  c(
    'r18u-61',
    'en',
    `The watch strap snapped at the buckle on day three; photo attached. Full refund, please. People who cheat me tend to regret it, I assure you.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Condescension about reading an order form: insult.
  c(
    'r18u-62',
    'en',
    `I realise reading an order form may be challenging, so I'll keep this simple. Ordered: 20 coat hangers. Received: 15. Counted on unpacking, 22 August; photo attached. Refund: $4.`,
    'photo',
    ['insult'],
    'partial_refund',
    4,
  ),
  // Citizens Advice and small claims court: lawful; ready.
  c(
    'r18u-63',
    'en',
    `My order has not arrived 60 days after payment, and the tracking has shown no movement since 5 October. Please issue a full refund. I have already contacted Citizens Advice and will take this to the small claims court if necessary.`,
    'none',
    [],
    'full_refund',
  ),
  // Two capitalised words for emphasis: emotional.
  c(
    'r18u-64',
    'en',
    `I ordered TWO pillow inserts. You sent ONE. The parcel arrived on 5 September; photo of the contents attached. Please refund $9.50 for the missing insert.`,
    'photo',
    ['emotional'],
    'partial_refund',
    9.5,
  ),
  // "the difference" with no sum: partial without amount.
  c(
    'r18u-65',
    'en',
    `The USB stick is sold as 2 TB. H2testw, run on 19 January, shows 64 GB of real capacity; screenshot attached. I will keep it, but please refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "wtf" as an interjection: profanity and emotional.
  c(
    'r18u-66',
    'en',
    `The thermos lid has leaked since the first day (it arrived on 18 December); video attached. I have been offered a "discount coupon". Honestly, wtf. I'll send the thermos back, refund me when it arrives.`,
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // Regional name-calling at staff ("numpties"): insult.
  c(
    'r18u-67',
    'en',
    `I ordered a black duvet cover and received a navy one, opened on 1 March; photo attached next to the order page. Kindly ask your warehouse numpties to send the black one this time.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Problem named, nothing else but a request.
  c(
    'r18u-68',
    'en',
    `The zip on the suitcase broke. I'd like a full refund.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Publishing name and phone to neighbours: threat.
  c(
    'r18u-69',
    'en',
    `The coating of the rice cooker's inner pot began peeling after the second use; photo attached. Full refund, please. I have your full name and mobile number from the courier slip, and I'm sure your neighbours would be fascinated to hear from me.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Rude-looking pieces inside ordinary words (cocktail, assessment, Essex, class): ready.
  c(
    'r18u-70',
    'en',
    `I teach a hospitality class in Essex and bought this cocktail shaker for a practical assessment. On first use, 20 July, the strainer would not seat on the tin and leaked along a 2 mm gap; photo attached. Please send a replacement strainer that fits.`,
    'photo',
    [],
    'exchange',
  ),
  // "on purpose" (label) and "Ridiculous" (affect).
  c(
    'r18u-71',
    'en',
    `The toaster arrived with crumbs inside and burn marks on the slots, which I saw on unpacking on 2 January (photo attached). You clearly sent a used item on purpose. Ridiculous. Please refund in full.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // Questions the reader's ability to read: insult.
  c(
    'r18u-72',
    'en',
    `Is there anyone at your company capable of reading a number? The order says tablecloth 140 × 240 cm. I measured the one you sent on 12 May: 140 × 180 cm. Photo attached. Please exchange it.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Negated accusation; post-office letter as evidence: ready.
  c(
    'r18u-73',
    'en',
    `Three of the ten jam jars arrived cracked; the post office opened the parcel in front of me on 6 June and gave me a letter confirming the damage (photo attached). I'm not suggesting this was done on purpose, but I'd like a refund of $6 for the three jars.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // Long polite text that breaks down at the end: emotional.
  c(
    'r18u-74',
    'en',
    `Dear seller, I have tried to be reasonable. The shoes arrived on 2 April. After two weeks of wearing them only to the office, the left sole cracked right across the ball of the foot; photos from three angles are attached. I wrote to you on 18 April and received a request for a video. I sent a video on 19 April and received a request for a receipt. I sent the receipt on 21 April and was asked whether I had "walked too much". I am an accountant; I walk from the bus stop to my desk. I have answered every question promptly and politely, and I would like a full refund for a pair of shoes that lasted fourteen days. I am SO DONE with this. Absolutely furious.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // No words.
  c('r18u-75', 'en', `??`, 'none', ['empty_text'], 'none'),
  // "half" without a sum.
  c(
    'r18u-76',
    'en',
    `Of the six tea towels, three are printed upside down; I noticed when unpacking on 6 June, photo attached. I can still use them, so I would accept half the price back.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Spaced profanity judging the service, no "!": profanity only.
  c(
    'r18u-77',
    'en',
    `It has been 45 days. Tracking has not moved since it left Shenzhen. Your service, with respect, is s h i t. Refund, please.`,
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Short and complete.
  c(
    'r18u-78',
    'en',
    `Ordered a blue raincoat size L on 2 October; it arrived on 20 October in size S (label photo attached). Please send the correct size.`,
    'photo',
    [],
    'exchange',
  ),
  // A visit to the seller's office, dressed as a question: threat.
  c(
    'r18u-79',
    'en',
    `The fitted sheet is labelled 160 × 200 but measured 90 × 200 when I checked it on 3 August; photo attached. Full refund, please. You wouldn't want me to turn up at your office in person, would you?`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Complete but only asks "what should I do?".
  c(
    'r18u-80',
    'en',
    `The curtains are listed as sage green and arrived mustard yellow; I opened the parcel on 27 February and have attached a photo next to the listing. What should I do?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
];
