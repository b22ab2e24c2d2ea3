import { labelled as c, type CorpusCase } from './types';

/**
 * Round seventeen, hold-out set j: number-heavy buyers (café, nail-salon and repair-shop owners restocking, neighbours
 * and class parents splitting one group order, parents buying school uniforms in bulk) who itemise quantities, unit
 * prices and differences in roubles, tenge, dollars, euros and hryvnia. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - When a text computes "quantity × unit price = total", the amount is the final total the buyer asks back.
 * - A sum asked "for the difference" or "for the missing items" after «верните деньги» is a partial refund with that sum.
 * - A percentage ("40 %") is a partial refund without an amount (`partial_without_amount`), as the form needs a sum.
 * - Goods asked for one fault and a sum for another: labelled as the partial refund with its sum (round fourteen).
 * - A text with a file attached always also names the evidence in words, so no label depends on the form alone.
 * - «где заказ» names the problem (non-receipt) but has no time, evidence or request.
 * - «третий раз заказываю» is a history, not a time of discovery: `missing_when`.
 * - A bare mat word as a sentence of its own («Пздц.») and a masked interjection («Бл@ть», «Ну е*ать», "Bullsh!t!")
 *   are profanity and emotional; mat as a predicate about the item with no "!" («не фартуки, а xуйня») is profanity only.
 * - Telling the seller to go away with masked mat («идите на х...») is profanity only (rounds twelve and thirteen).
 * - "Hey a-holes" as an address is profanity and insult (mat at people); not emotional without other markers.
 * - «бляшки» (belt buckles), «скипидар», «оскорблять», Scunthorpe, Cockburn's, Assam, cocktail are innocent.
 * - Transliterated Russian with "Suka" as an interjection is `ru`, profanity and emotional.
 * - A "reported by my cousin / my lads will drop by" visit to the warehouse is a veiled threat.
 */
export const ROUND17_HOLDOUT_J: CorpusCase[] = [
  // Café restock, missing packs counted and priced, photo, sum: complete and calm.
  c(
    'r17j-01',
    'ru',
    'Здравствуйте. Заказ на кофейню: 12 упаковок бумажных стаканчиков 250 мл по 50 шт. При распаковке 3 марта насчитала 9 упаковок, трёх не хватает, коробка не вскрыта, вес на накладной 4,1 кг вместо 5,4 кг. Фото коробки, накладной и содержимого прикладываю. Прошу частичный возврат за недостающие 3 упаковки: 3 × 410 ₽ = 1230 ₽.',
    'photo',
    [],
    'partial_refund',
    1230,
  ),
  // Wattage mismatch with a date and photo, exchange: ready.
  c(
    'r17j-02',
    'ru',
    'Добрый день. Заказывала для салона UV/LED лампу 48 Вт, на странице товара указано 48 Вт. Пришла лампа, на наклейке снизу корпуса написано 24 W, гель-лак под ней за 60 секунд не высыхает. Обнаружила в день получения, 17.04, при первой проверке. Фото наклейки и страницы заказа во вложении. Прошу заменить на лампу 48 Вт, как в описании.',
    'photo',
    [],
    'exchange',
  ),
  // Masked mat as an opening interjection with "!": profanity and emotional.
  c(
    'r17j-03',
    'ru',
    'Бл@ть, опять недовложение! Заказывали на весь 3 «Б» класс 28 бутылок для воды по 180 ₽, открыли коробку на родительском собрании 12 сентября — 22 штуки. Фото прилагаю. Верните 1080 ₽ за шесть недостающих.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    1080,
  ),
  // Chargeback mentioned as a lawful next step; otherwise complete: ready.
  c(
    'r17j-04',
    'en',
    'Hello. I ordered 50 sets of M3 screws for my repair shop at $0.42 per set, $21.00 in total. All 50 arrived, but when I sorted them on 2 May, 14 sets turned out to have stripped Phillips heads that a screwdriver just slips in. Photos of the 14 sets next to a good one are attached. Please refund $5.88 for the 14 faulty sets (14 × 0.42). If I get no answer within five days, I will ask my bank for a chargeback.',
    'photo',
    [],
    'partial_refund',
    5.88,
  ),
  // Condescension about the warehouse's ability to count: insult.
  c(
    'r17j-05',
    'ru',
    'Объясняю медленно, для тех, кто у вас на складе считать не умеет: сорок — это четыре десятка, а не три. Заказ: 40 фартуков для кофейни по 2 400 ₸. Пришло 30, проверила при получении на почте 9 октября, есть фото и видео вскрытия. Верните 24 000 ₸ за 10 недостающих.',
    'video',
    ['insult'],
    'partial_refund',
    24000,
  ),
  // A cousin "dropping by" the seller's warehouse: veiled threat.
  c(
    'r17j-06',
    'en',
    'Your listing says 500 nail tips per box, I got boxes with about 240 each — counted them on 20 June, photos attached. By the way, I know your warehouse address in Yiwu, and my cousin has an office two streets away. It would be a shame if he had to drop by and count them for you. Full refund, please.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «специально» plus "!!!": accusation and emotional.
  c(
    'r17j-07',
    'ru',
    'Вы специально недокладываете!!! Из 10 упаковок одноразовых полотенец для салона пришло 7, вскрыла коробку 5 февраля, фото прилагаю. Верните 3 × 250 = 750 руб.',
    'photo',
    ['emotional', 'accusation'],
    'partial_refund',
    750,
  ),
  // A two-letter word only: empty text.
  c('r17j-08', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // "the difference" with no sum: partial refund without an amount.
  c(
    'r17j-09',
    'en',
    'School uniform group order for our class: 15 white shirts, size 134, ordered for 15 families. All 15 arrived, but 4 of them have a size 128 label sewn inside and are clearly shorter in the sleeve. We found this when sorting the parcel on 1 September. Photos of the four labels are attached. Please refund the difference for the four wrong shirts.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Sum in words (двести сорок рублей): ready partial.
  c(
    'r17j-10',
    'ru',
    'Здравствуйте. В заказе для кофейни было 10 пачек салфеток по 120 рублей, в коробке при вскрытии 22 ноября оказалось 8. Фото коробки и пачек прилагаю. Прошу вернуть двести сорок рублей за две недостающие пачки.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // Euros with a decimal comma: 6,30 € is 6.3.
  c(
    'r17j-11',
    'ru',
    'Живу в Берлине, заказывала на салон 6 пилок для ногтей по 2,10 €. Пришли все 6, но у трёх абразив 80 грит вместо заявленных 180, видно по маркировке на ручке. Заметила 14 мая, когда распаковала. Фото маркировки во вложении. Прошу частичный возврат 6,30 € за три пилки.',
    'photo',
    [],
    'partial_refund',
    6.3,
  ),
  // Ukrainian-tinged Russian, hryvnia, no time at all: missing_when.
  c(
    'r17j-12',
    'ru',
    'Добрий день. Заказывали с соседями по подъезду общий заказ: 5 наборов кухонных полотенец по 3 штуки, по 180 грн за набор. В двух наборах по 2 полотенца вместо 3. Фото наборов прилагаю. Прошу компенсацию 120 грн (2 полотенца по 60 грн).',
    'photo',
    ['missing_when'],
    'partial_refund',
    120,
  ),
  // Seller's mat quoted as evidence: mat stays profanity.
  c(
    'r17j-13',
    'ru',
    'Заказ: 20 катушек ниток для ателье по ремонту одежды, пришло 14, пересчитала при получении 8 августа. Фото и скриншот переписки прилагаю. В чате продавец написал мне: «иди на х**, всё отправили». Прошу вернуть 6 × 95 = 570 ₽ за недостающие катушки.',
    'photo',
    ['profanity'],
    'partial_refund',
    570,
  ),
  // Seller's insult quoted as evidence, no mat: innocent, ready.
  c(
    'r17j-14',
    'ru',
    'Заказ на 3 семьи: 9 пар детских колготок размера 128–134. Пришли 9 пар, но 4 из них 116–122, размер на бирке. Обнаружили при раздаче 3 октября. Я написала продавцу, он ответил: «вы тупая, считать не умеете, всё правильно». Скриншот переписки и фото бирок прикладываю. Прошу замену четырёх пар на размер 128–134.',
    'photo',
    [],
    'exchange',
  ),
  // Scunthorpe and cocktail are innocent; leak on a date, video, exchange.
  c(
    'r17j-15',
    'en',
    "Hi, delivery to our café in Scunthorpe. I ordered 30 cocktail shakers (stainless, 750 ml) at $3.10 each. 30 arrived, but on 11 March when we washed them, 5 leaked at the lid seam. I've attached a short video of water running out of one of them. Please send 5 replacement shakers.",
    'video',
    [],
    'exchange',
  ),
  // «бляхи/бляшки» for belts and «скипидар» are innocent words.
  c(
    'r17j-16',
    'ru',
    'Здравствуйте. Заказала для мастерской 4 флакона скипидара по 0,5 л и 30 бляшек для ремней школьной формы. Скипидар в порядке, а бляхи на ремни пришли 20 вместо 30 — пересчитала при распаковке 26 августа. Фото пакета и этикетки с количеством «30 pcs» прилагаю. Цена одной бляхи 45 рублей, прошу вернуть 450 рублей за 10 недостающих.',
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // Spaced F U C K with "??": profanity and emotional.
  c(
    'r17j-17',
    'en',
    'What the F U C K is this?? Ordered 12 hair dryers for the salon at $18.50, got 12 boxes but three are empty. Opened them on 3 July, video attached. Refund $55.50 for the three.',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    55.5,
  ),
  // Mocking comparison of packers to toddlers: insult.
  c(
    'r17j-18',
    'en',
    'Do they let toddlers pack orders at your warehouse? I ordered 24 ceramic espresso cups for my café and received 24 saucers and 12 cups. Unpacked on 8 February, photos attached. Please send the 12 missing cups.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Knowing the manager's address and children's names: threat.
  c(
    'r17j-19',
    'ru',
    'Пришло 15 школьных рубашек вместо 25, вскрыли коробку 30 августа, фото во вложении. Деньги за 10 рубашек верните — 10 × 1 150 ₽ = 11 500 ₽. И учтите: адрес вашего менеджера и как зовут его детей я уже знаю, в интернете всё находится.',
    'photo',
    ['threat'],
    'partial_refund',
    11500,
  ),
  // Support, chargeback, Rospotrebnadzor, honest review: lawful steps, ready.
  c(
    'r17j-20',
    'ru',
    'Здравствуйте. Открываю спор по заказу термопасты и паяльных жал для ремонтной мастерской. Заказал 10 шприцев термопасты по 3 г и 20 жал T12-K. Получил 14 апреля, при вскрытии на почте обнаружил 10 шприцев, но жал только 12. Есть акт вскрытия, составленный на почте, фото акта и содержимого прикладываю. Стоимость одного жала 210 ₽, прошу частичный возврат 1680 ₽ за 8 жал. Если спор не будет решён, обращусь в поддержку AliExpress, а при необходимости в банк за чарджбэком и в Роспотребнадзор. Также оставлю честный отзыв о комплектации.',
    'photo',
    [],
    'partial_refund',
    1680,
  ),
  // Nothing concrete, no time, no evidence, only «разберитесь».
  c(
    'r17j-21',
    'ru',
    'Всё пришло не так, как надо, половину вообще непонятно что прислали. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Says photos are attached, form has none.
  c(
    'r17j-22',
    'en',
    'I ordered 8 packs of 100 nitrile gloves size M for my nail salon. Three of the packs are size L (printed on the box). I noticed on 6 June when I opened the second carton. See the attached photos of the boxes. Please exchange the three L packs for size M.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Money declined, missing pieces asked: exchange.
  c(
    'r17j-23',
    'ru',
    'Добрый день. В наборе для швейной мастерской должно быть 12 ножниц для ткани, пришло 6 — посчитали 19 января при распаковке, фото содержимого прикладываю. Деньги возвращать не нужно, просто дошлите недостающие 6 штук.',
    'photo',
    [],
    'exchange',
  ),
  // «половину стоимости» with no sum.
  c(
    'r17j-24',
    'ru',
    'Заказали на класс 30 пеналов, у 11 сломана молния — бегунок отваливается при первом же открытии. Заметили 4 сентября, когда раздавали детям. Фото прилагаю. Прошу вернуть половину стоимости этих пеналов.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «на ваше усмотрение», no evidence at all.
  c(
    'r17j-25',
    'ru',
    'Кофемолка для кофейни: заявлен помол в 15 режимах, а регулятор крутится только на 8 положений, дальше упирается. Проверил в первый же день, 2 декабря. Прошу компенсацию на ваше усмотрение.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Scare quotes around «случайно»: sarcasm about honesty.
  c(
    'r17j-26',
    'ru',
    'Ну конечно, «случайно» положили 8 кассет вместо 12, как и в прошлый раз. Кассеты со скобами для степлера, заказ для мастерской, вскрыла 11 июля, фото коробки во вложении. Верните 4 × 75 = 300 ₽.',
    'photo',
    ['accusation'],
    'partial_refund',
    300,
  ),
  // Accusation negated in the text: innocent, ready.
  c(
    'r17j-27',
    'ru',
    'Я не говорю, что вы это сделали специально, скорее всего ошибка при сборке. Заказывали вдвоём с соседкой 2 набора форм для выпечки по 6 штук, в одном наборе 4 формы. Обнаружили 21 марта при разборе посылки, фото прилагаю. Пришлите, пожалуйста, две недостающие формы.',
    'photo',
    [],
    'exchange',
  ),
  // Transliterated Russian, "Suka" as an interjection.
  c(
    'r17j-28',
    'ru',
    "Suka, opyat'! Zakazala 30 par perchatok dlya salona, prishlo 20, proverila 15 noyabrya pri poluchenii. Foto prikladyvayu. Vernite 900 rub za 10 par (po 90 rub).",
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    900,
  ),
  // Latin x look-alike in mat, predicate about the item, no "!": profanity only.
  c(
    'r17j-29',
    'ru',
    'Это не фартуки, а xуйня: заказывала 15 штук чёрного цвета для бариста, 6 пришли коричневые. Распаковала 2 апреля, фото прилагаю. Прошу заменить 6 коричневых на чёрные.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Sarcastic praise of the packer: insult.
  c(
    'r17j-30',
    'en',
    "Congratulations to your packing genius: I ordered 40 kids' PE T-shirts in navy for the school team and got 40 in pink. Opened the box on 29 August, photos attached. Please exchange them for navy ones.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // "scammers" next to checkable facts: accusation.
  c(
    'r17j-31',
    'en',
    'You are scammers. I ordered 6 barista milk jugs of 600 ml and received 6 jugs of 350 ml, the volume is stamped on the bottom. Checked on 14 January when unpacking, photos of the stamp attached. I want a full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "disappointed" is an affect word.
  c(
    'r17j-32',
    'en',
    "I'm really disappointed. I ordered 100 reusable lids for my café, and 37 of them don't fit the 12 oz cups they were sold with; they pop off when pressed. Found this on the first day of use, 9 October. Photos attached. Please refund $11.10 for the 37 lids.",
    'photo',
    ['emotional'],
    'partial_refund',
    11.1,
  ),
  // Size mismatch, photo, exchange, but no time.
  c(
    'r17j-33',
    'ru',
    'Заказ на школьную форму: 4 юбки в клетку размер 140. Пришли юбки 152, длина на 9 см больше, бирку сфотографировала, фото прилагаю. Прошу обмен на 140.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Weight shortfall with a date, no evidence mentioned or attached.
  c(
    'r17j-34',
    'ru',
    'Заказали с соседями по этажу 6 кг сушёных грибов, по килограмму на семью. При получении 5 мая на почте пакет весил 4,2 кг. Верните деньги за недостающие 1,8 кг, это 1 620 ₽.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    1620,
  ),
  // "People who cheat me regret it": threat and accusation.
  c(
    'r17j-35',
    'en',
    'People who cheat me usually regret it, ask around. I paid for 20 replacement laptop keyboards and got 20, but 7 have a UK layout instead of US. Noticed when installing them on 12 March, photos attached. Refund for the 7: $84.',
    'photo',
    ['threat', 'accusation'],
    'partial_refund',
    84,
  ),
  // Non-receipt with days and tracking; ominous health wish: threat.
  c(
    'r17j-36',
    'ru',
    'Посылка с 3 кг кофейных зёрен для кофейни не пришла, жду уже 52 дня, трек-номер показывает «в пути» с 10 числа прошлого месяца. Верните деньги. И берегите здоровье, мало ли что может случиться с теми, кто так работает.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // Ordinary-word name-calling «раззявы» at staff: insult.
  c(
    'r17j-37',
    'ru',
    'Раззявы вы на складе, вот кто. Заказ на 8 семей: 8 наборов тетрадей, в коробке 6. Вскрывали 27 августа все вместе, сняли видео. Пришлите недостающие два набора.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Regional name-calling "numpties": insult.
  c(
    'r17j-38',
    'en',
    "Right, you bunch of numpties: 20 rolls of 57 mm receipt paper ordered for the till, 20 rolls of 80 mm arrived. They don't fit the printer. Opened the box on 4 November, photo attached. Send the 57 mm ones.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Dropped-vowel mat as a sentence of its own: profanity and emotional.
  c(
    'r17j-39',
    'ru',
    'Пздц. Заказ для кофейни: 500 деревянных мешалок, пришло 300, пересчитали 6 июня. Фото коробки прилагаю. Верните 2 доллара за недостающие 200 — я платил 5 $ за 500.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    2,
  ),
  // Digit for a letter in a mat adjective before the item: profanity, intensifier so emotional.
  c(
    'r17j-40',
    'ru',
    'Этот ё6аный стерилизатор для инструментов в салоне нагревается только до 120 градусов вместо 180, проверила термометром в первый же день, 3 марта. Видео замера прилагаю. Верните деньги, товар отправлю обратно.',
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // "fkn" as an intensifier.
  c(
    'r17j-41',
    'en',
    'These fkn bottles leak. 48 squeeze bottles for syrups, 19 leak from the cap seam, found on the first day of use (10 May). Video attached. Refund $9.50 please.',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    9.5,
  ),
  // "a-holes" aimed at the seller: profanity and insult.
  c(
    'r17j-42',
    'en',
    'Hey a-holes, where are the other 6 tablecloths? Ordered 18 for the café, got 12, opened the parcel on 7 August. Photos attached. Refund $42 for the missing six.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    42,
  ),
  // Crying emoji: emotional.
  c(
    'r17j-43',
    'ru',
    'Заказывала для дочки и ещё двух девочек из класса 3 школьных сарафана размер 134, пришли 3 сарафана размер 122 😭 Померили 28 августа, на бирках 122, фото прилагаю. Прошу замену на 134.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Three vague words.
  c(
    'r17j-44',
    'en',
    'wrong stuff came',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Two words, non-receipt named, nothing else.
  c('r17j-45', 'ru', 'где заказ', 'none', ['missing_when', 'missing_evidence', 'missing_resolution'], 'none'),
  // Long itemised group order in tenge, video, computed partial sum: ready.
  c(
    'r17j-46',
    'ru',
    'Здравствуйте! Пишу по совместному заказу: мы с пятью соседками по дому в Караганде скинулись и заказали всё одним заказом на мой адрес. Получила 16 октября, вскрывала прямо в пункте выдачи и сразу сняла видео. Что было в заказе и что пришло:\n1) кухонные полотенца, 10 шт. по 900 ₸ — пришли все 10, претензий нет;\n2) силиконовые крышки, 6 наборов по 1 500 ₸ — пришло 6, в порядке;\n3) контейнеры для круп 1,2 л, 12 шт. по 1 100 ₸ — пришло 9, трёх нет;\n4) тёрка-овощерезка, 2 шт. по 3 400 ₸ — обе пришли, но у одной нет вставки для нарезки соломкой, которая есть на фото в карточке товара;\n5) прищепки для пакетов, 3 упаковки по 20 шт. по 600 ₸ — пришли 3 упаковки, в порядке.\nИтого не хватает трёх контейнеров (3 × 1 100 = 3 300 ₸) и одной вставки для тёрки. Вставку отдельно не продают, поэтому за тёрку прошу 800 ₸ — примерно столько она стоит у других продавцов. Всего прошу частичный возврат 4 100 ₸. Видео вскрытия приложено, на нём видно, что пакет был запаян и вскрыт при мне, и видно содержимое каждого пакетика. Спасибо.',
    'video',
    [],
    'partial_refund',
    4100,
  ),
  // Missing height adjustment found at assembly, offers to send back: return.
  c(
    'r17j-47',
    'ru',
    'Добрый день. Заказала для салона подставку для ног к педикюрному креслу, на странице регулировка высоты 45–70 см. Пришла подставка с фиксированной высотой 52 см, механизма регулировки нет вообще. Обнаружила при сборке 11 февраля. Фото и видео сборки прилагаю. Готова отправить товар обратно за ваш счёт, прошу вернуть деньги после получения.',
    'video',
    [],
    'return',
  ),
  // «оскорблять», «хлебницы» are innocent; complete.
  c(
    'r17j-48',
    'ru',
    'Не хочу никого оскорблять, но комплектация снова неполная. Заказ для кофейни: 4 хлебницы и 40 десертных ложек. Хлебницы пришли, ложек 32 — пересчитали 18 марта при приёмке товара, фото прилагаю. Прошу вернуть за 8 ложек по 35 ₽ — 280 ₽.',
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // Publishing the seller's name, phone and home address: threat.
  c(
    'r17j-49',
    'ru',
    'Если до пятницы не вернёте 2 300 ₽ за 5 недостающих машинок для стрижки (заказ на парикмахерскую, получен 13 мая, пришло 5 из 10, фото прилагаю), я выложу ваш телефон, ФИО и домашний адрес во все группы мастеров нашего города. Нашла их по данным вашего ИП.',
    'photo',
    ['threat'],
    'partial_refund',
    2300,
  ),
  // A named sum for "the difference" in hryvnia: ready partial.
  c(
    'r17j-50',
    'ru',
    'Доброго дня. Заказувала для перукарні 3 фена, в описании 2200 Вт. На коробке и на корпусе у всех трёх написано 1600 W, волосы сушат вдвое дольше. Заметила 20 апреля при первом включении, фото маркировки прилагаю. Фены оставлю, прошу вернуть разницу 750 грн (по 250 грн за каждый).',
    'photo',
    [],
    'partial_refund',
    750,
  ),
  // "All sellers are the same": blanket accusation; no time.
  c(
    'r17j-51',
    'ru',
    'Все вы, продавцы, одинаковые — лишь бы недоложить. 50 стиков сахара заказано, пришло 35, фото упаковки прилагаю. Верните деньги за 15 стиков, это 45 рублей.',
    'photo',
    ['accusation', 'missing_when'],
    'partial_refund',
    45,
  ),
  // Caps and «в шоке»; no evidence anywhere.
  c(
    'r17j-52',
    'ru',
    'Я В ШОКЕ. Заказ на класс: 25 комплектов спортивной формы, на каждой бирке написано 140, а по факту это размер 110 — ребёнку до пупка. Раздавали детям 2 сентября. Прошу полный возврат денег.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Spelling out by syllables "since it didn't get through": condescension.
  c(
    'r17j-53',
    'ru',
    'По-вто-ря-ю по сло-гам, раз с первых двух раз не до-хо-дит: кар-трид-жи. Заказ для мастерской по заправке: 12 картриджей, получено 9, вскрыли 15 января, фото и скриншоты прошлой переписки приложены. Верните 3 × 640 ₽ = 1920 ₽.',
    'photo',
    ['insult'],
    'partial_refund',
    1920,
  ),
  // «Браво, мастера упаковки»: sarcastic praise aimed at staff.
  c(
    'r17j-54',
    'ru',
    'Браво, мастера упаковки: 6 стеклянных банок для сиропов положили в один пакет без плёнки, три приехали осколками. Вскрыла 19 ноября в пункте выдачи, видео прилагаю. Верните 3 × 420 = 1260 ₽.',
    'video',
    ['insult'],
    'partial_refund',
    1260,
  ),
  // Offer of 5 dollars declined with «идите на х...»: profanity; request is the full refund.
  c(
    'r17j-55',
    'ru',
    'Заказ: 14 фартуков с логотипом для кофейни, логотип напечатан криво и размыт на 9 из 14, заметили 3 марта при распаковке, фото приложены. Ваше предложение 5 долларов компенсации не принимаю, идите на х... со своими пятью долларами. Прошу полный возврат.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Masked mat interjection; "third time" is no time of discovery.
  c(
    'r17j-56',
    'ru',
    'Ну е*ать, опять то же самое. Третий раз заказываю пилки для маникюра, третий раз приходят не той жёсткости: нужны 100/180, пришли 240/240. Фото маркировки прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional', 'missing_when'],
    'full_refund',
  ),
  // «не доводите до греха» and lads visiting the warehouse: threat.
  c(
    'r17j-57',
    'ru',
    'Заказ: 3 кг кардамона для кофейни, пришло 2 кг, взвесила на весах 4 апреля, фото весов прилагаю. Верните за 1 кг 3 200 ₽. Я человек спокойный, но не доводите до греха — ребята мои в Гуанчжоу бывают часто, заедут к вам на склад, поговорят.',
    'photo',
    ['threat'],
    'partial_refund',
    3200,
  ),
  // Missing bit in a screwdriver set: short, complete.
  c(
    'r17j-58',
    'ru',
    'Набор отвёрток 24 в 1 для мастерской: в кейсе 23 биты, нет биты T6, ячейка пустая. Обнаружил при открытии 9 июня, фото кейса прилагаю. Пришлите биту T6 или замените набор.',
    'photo',
    [],
    'exchange',
  ),
  // Only «сделайте что-нибудь»: no request.
  c(
    'r17j-59',
    'ru',
    'Заказ на 4 семьи из нашего двора: 4 комплекта постельного белья, на упаковке 150×215, а пододеяльники 140×200, измерили рулеткой 20 июля. Фото с рулеткой прилагаю. Сделайте что-нибудь.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «Это развод» plus a percentage.
  c(
    'r17j-60',
    'ru',
    'Это развод, а не магазин. Заказали 2 рулона плёнки для ламинирования меню, по 100 м каждый, по факту в каждом около 60 м — перемотали и измерили 12 декабря. Видео перемотки прилагаю. Верните 40 % стоимости.',
    'video',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Uniform bulk order: exchange for one fault and a sum for another; labelled with the sum.
  c(
    'r17j-61',
    'ru',
    'Здравствуйте. Я собирала общий заказ школьной формы для 2 «А» класса — 18 комплектов (жилет + брюки или юбка). Получила 24 августа, раскладывала по пакетам для родителей и сверяла по таблице. Итог: 15 комплектов в порядке, в 2 комплектах брюки 128 вместо 134 (бирки на фото), в 1 комплекте нет жилета. Фото бирок и таблицы прилагаю. Прошу брюки 128 заменить на 134, а за недостающий жилет вернуть 1 350 ₽.',
    'photo',
    [],
    'partial_refund',
    1350,
  ),
  // Euro sum with a decimal comma, repair shop, video: ready.
  c(
    'r17j-62',
    'en',
    'Hello, I run a small phone and laptop repair shop in Porto and ordered 5 soldering stations at €24,90 each (€124,50 in total). All five arrived well packed, and four of them work fine. The fifth has a broken temperature knob: it spins freely without stopping, and the display stays at 200 °C whatever I set, so the iron never gets hot enough for lead-free solder. I found this on 17 January, the first time I powered the stations on after delivery. The video attached shows the knob turning and the display not changing. I would rather keep the other four and not send anything back, so please refund €24,90 for that one station.',
    'video',
    [],
    'partial_refund',
    24.9,
  ),
  // Trolley with fewer tiers, offers return: ready.
  c(
    'r17j-63',
    'en',
    "Good afternoon. The salon trolley I bought is listed with 3 tiers and locking wheels; it arrived with 2 tiers and wheels without any locks. Unpacked on 21 April, photos attached. I'd like to return it and get my money back.",
    'photo',
    [],
    'return',
  ),
  // Non-receipt with a tracking number and elapsed days, no file needed: ready.
  c(
    'r17j-64',
    'en',
    'Order for my café: 4 kg of matcha powder, paid on 2 March. Tracking LP00612345678901 has not updated since 9 March, and it has now been 47 days. Please give me a full refund.',
    'none',
    [],
    'full_refund',
  ),
  // Assam and Cockburn's are innocent names.
  c(
    'r17j-65',
    'en',
    "Hi. Our café ordered 20 tins of Assam tea and a bottle-opener set branded for Cockburn's port. The tea was fine. The opener set was listed as 12 pieces; we received 8. Counted on 30 May when unpacking, photo of the open case attached. Please refund $6.00 for the 4 missing openers ($1.50 each).",
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // Seller's insult quoted: innocent, complete.
  c(
    'r17j-66',
    'en',
    "I reported the missing items and your agent replied, quote: 'you are stupid, count again'. I counted again. Order: 60 gel polish bottles in 12 shades, 5 per shade. Shade 07 has 0 bottles and shade 11 has 3, so 7 are missing; found on 5 August when shelving them. A screenshot of the chat and photos of the shelf are attached. Please refund 7 x $1.20 = $8.40.",
    'photo',
    [],
    'partial_refund',
    8.4,
  ),
  // "brain-dead" questioning the reader: insult.
  c(
    'r17j-67',
    'en',
    'Are you people brain-dead? The order said 30 black aprons, you sent 30 white ones. Arrived 14 Feb, photo attached. Swap them for black.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "I'll find you", registration data, "you will regret it": threat.
  c(
    'r17j-68',
    'en',
    "I'll find you. I have your name from the business registration and I know which market you sell at in Guangzhou. You sent me 6 nail drills that don't spin above 5,000 rpm instead of 30,000 — tested on the day they came, 2 Oct, video attached. Full refund or you will regret it.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Masked "Bullsh!t!" as an interjection: profanity and emotional.
  c(
    'r17j-69',
    'en',
    'Bullsh!t! Three of the ten tool bags I ordered for my workshop came without zip pullers, found on 12 June when I handed them out to staff. Photos attached. I want $15 back, that is $5 a bag.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    15,
  ),
  // Scare quotes around "honest mistake": accusation.
  c(
    'r17j-70',
    'en',
    "Another 'honest mistake', I suppose. Third order in a row with items missing: 24 packs of coffee filters ordered, 18 arrived. Opened on 3 Dec, photo attached. Refund $4.50 for the 6 packs.",
    'photo',
    ['accusation'],
    'partial_refund',
    4.5,
  ),
  // Generic "not what I ordered" plus "disappointed", nothing else.
  c(
    'r17j-71',
    'en',
    'not what I ordered. disappointed.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Group order short by two bags, no evidence.
  c(
    'r17j-72',
    'en',
    'We split one order between five neighbours: 10 bags of 2 kg cat litter. Only 8 bags came on 19 September. Please refund the two missing bags, $13.80.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    13.8,
  ),
  // "half the price" with no sum, return declined.
  c(
    'r17j-73',
    'en',
    "The 6 hair straighteners for my salon arrived on 28 Nov. They work, but all 6 have a UK plug instead of the EU plug shown in the listing. Photos attached. I can use adapters, so I'm asking for half the price back instead of a return.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Caps and "ridiculous"; no time.
  c(
    'r17j-74',
    'en',
    'THIS IS RIDICULOUS. We ordered 50 gift boxes for the café Christmas sets and 20 came crushed flat. Photos attached. Send 20 new ones.',
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // Sum in words, weight on the label: ready.
  c(
    'r17j-75',
    'en',
    'Dear seller, I ordered 12 school cardigans (navy, size 8) for the parents of our class. Eleven arrived on 4 September; the twelfth is missing from the bag, which matches the weight on the label: 3.3 kg instead of 3.6 kg. Photo of the label and contents attached. Please refund twenty-two dollars for the missing cardigan.',
    'photo',
    [],
    'partial_refund',
    22,
  ),
  // Firm but polite, support and consumer protection as lawful steps: ready.
  c(
    'r17j-76',
    'en',
    'I must be firm here: the espresso tamper I ordered is listed as 58 mm, but it measures 53 mm with a caliper (measured on 15 August, the day it arrived). It does not fit my 58 mm basket. Photo with the caliper attached. Please send the 58 mm version. If this cannot be solved, I will contact AliExpress support and my local consumer protection office.',
    'photo',
    [],
    'exchange',
  ),
  // Says a video is attached; form has no file.
  c(
    'r17j-77',
    'en',
    "Group order for my daughter's class (24 pupils): 24 sets of 12 coloured pencils. When we opened the carton on 10 September, 5 sets had only 10 pencils. I've attached a video of us counting. Please refund $3 for the missing pencils.",
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    3,
  ),
  // "Your idiots in the warehouse": insult; tenge and dollars mixed.
  c(
    'r17j-78',
    'en',
    'Your idiots in the warehouse sent 3 kettles instead of 5. I paid 9,000 tenge (about $19) for five and received three on 22 Jan. Photo attached. Refund $7.60.',
    'photo',
    ['insult'],
    'partial_refund',
    7.6,
  ),
  // Two letters only.
  c('r17j-79', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // Roubles and dollars, tracking screenshot: ready.
  c(
    'r17j-80',
    'en',
    'Ordered 3 packs of 500 cotton pads for the salon, paid 1,260 roubles ($14). Received 2 packs on 6 March, the third is missing; the parcel weight on the tracking page is 0.6 kg instead of 0.9 kg. Screenshot of the tracking page attached. Please refund 420 roubles for the missing pack.',
    'photo',
    [],
    'partial_refund',
    420,
  ),
];
