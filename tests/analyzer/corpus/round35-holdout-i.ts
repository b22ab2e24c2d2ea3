import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-five, hold-out set I: buyers of multi-item orders who count and calculate in their message (pieces
 * missing from a set, one of two parcels never arriving, per-item prices, shipping, coupons, two currencies) and ask
 * back the missing part. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - The amount is the sum the buyer asks back, never the order total, the shipping, the coupon or the unit price next
 *   to it; a sum worked out in the text and then named («1 800 / 6 = 300 ₽, прошу вернуть 300 ₽») is the amount.
 * - A unit price and a count followed only by «верните за недостающие» names no sum to ask back: partial refund with
 *   `null` (`partial_without_amount`); the arithmetic is left to the reader.
 * - A written product ("$4.20 × 3 = $12.60") asks for its result.
 * - A sum in another currency given for reference in brackets, or the bank's charge in another currency, does not
 *   change the amount: it is the sum asked in the currency of the request.
 * - Refunding one parcel of a two-parcel order (or the missing pieces of a set) is a partial refund, with that
 *   parcel's or those pieces' sum; refunding "the full £24.60" while sending the whole set back is a return.
 * - "ровно половина", "the missing half", "half of a two-parcel order" describe the quantity, not a "half" request.
 * - «Не всё пришло» alone does not say what is missing: `missing_what`.
 * - In a pasted chat, the buyer's own line with its date stamp and «сегодня, 12 марта» gives the time.
 * - "You fuckers" aimed at the staff is profanity and an insult; «Кидалы ебучие» is profanity and an accusation.
 */
export const ROUND35_HOLDOUT_I: CorpusCase[] = [
  // Plain good text: count, weight on the label, photo, sum for the three missing pieces.
  c(
    'r35i-01',
    'ru',
    'Заказ из 10 шампуров по 180 ₽, всего 1 800 ₽. Посылку вскрыла на почте 14 марта, пересчитала при сотруднике — внутри 7 шампуров, трёх не хватает. На накладной вес 1,7 кг, по факту 1,2 кг. Фото содержимого и накладной прикладываю. Прошу вернуть 540 ₽ за три недостающих шампура.',
    'photo',
    [],
    'partial_refund',
    540,
  ),
  // Scunthorpe and shuttlecocks are innocent; the asked sum is the computed 3.17, not 9.50 or 12.
  c(
    'r35i-02',
    'en',
    'Hi, I ordered 2 tubes of feather shuttlecocks for our badminton club in Scunthorpe, $9.50 per tube, 12 per tube. The first tube is fine, but the second one had only 8 shuttlecocks in it - I counted them when I opened the parcel on 3 June, and the label on the tube says 12 pcs. Photo of the open tube next to the full one is attached. Please refund $3.17 for the 4 missing shuttlecocks (9.50 / 12 × 4).',
    'photo',
    [],
    'partial_refund',
    3.17,
  ),
  // «хлебница», «рублей» contain rude-looking pieces; the buyer declines money and asks for the missing jar.
  c(
    'r35i-03',
    'ru',
    'Добрый день. Заказывала набор: хлебница и три банки для круп, 2 340 рублей. Распаковывала 21 апреля — хлебница на месте, банок только две, третье гнездо в коробке пустое. Фото коробки и содержимого прилагаю. Прошу дослать третью банку, деньги возвращать не нужно.',
    'photo',
    [],
    'exchange',
  ),
  // Chargeback and consumer protection are lawful steps; tracking number in the text is the evidence.
  c(
    'r35i-04',
    'ru',
    'Здравствуйте. Заказ был разделён магазином на две посылки. Первая, с сушилкой для белья, пришла 2 июля, всё в порядке. Вторая, с двумя комплектами прищепок, трек-номер RU123456789CN, стоит в статусе «Покинула страну отправителя» уже 52 дня и дальше не двигается. Сумма заказа 3 160 ₽, из них вторая посылка — 1 890 ₽ (по 945 ₽ за комплект). Прошу вернуть 1 890 ₽ за вторую посылку. Если спор не решится, я обращусь в банк за возвратным платежом и в Роспотребнадзор — это моё право как покупателя.',
    'none',
    [],
    'partial_refund',
    1890,
  ),
  // The seller's "Customer is lying" is quoted as evidence, not the buyer's accusation.
  c(
    'r35i-05',
    'en',
    'Ordered a set of 20 masonry drill bits for $18.00. The case came with 14 bits - six slots are empty. I noticed it the same evening it arrived (May 9) and took photos right away, attached. When I messaged the store, the seller replied: "Customer is lying, we packed 20, stop writing." The empty slots are visible in the photos. The bits are $0.90 each, so please refund $5.40 for the six missing ones.',
    'photo',
    [],
    'partial_refund',
    5.4,
  ),
  // An honest review announced is no threat.
  c(
    'r35i-06',
    'ru',
    'Набор фломастеров «48 цветов» за 1 248 ₽ пришёл 17 января, при распаковке насчитала 36 штук: не хватает всей третьей линейки, 12 цветов. Фото раскладки прилагаю. Прошу вернуть 312 ₽ (по 26 ₽ за фломастер). После решения напишу честный отзыв о комплектации, с фотографиями.',
    'photo',
    [],
    'partial_refund',
    312,
  ),
  // Post office letter and tracking; small claims court is lawful; reshipping a lost parcel is an exchange.
  c(
    'r35i-07',
    'en',
    'My order of curtain hooks and rings was split into two parcels. Parcel 1 arrived on 2 May. Parcel 2 (tracking LY512884930CN, 60 rings) has shown "arrived at destination country" since 18 April and never got to me; my local post office gave me a letter saying they hold nothing under that number. Please reship the second parcel. I have already reported it to the post, and if this goes nowhere I will take it to the small claims court.',
    'none',
    [],
    'exchange',
  ),
  // Sum in words; «ровно половина» describes the quantity, not the request.
  c(
    'r35i-08',
    'ru',
    'Купила 20 крючков-присосок для ванной за 480 ₽, пришло 10. Пакет был заклеен, пересчитала при распаковке 9 февраля — ровно половина. Фото пакета и крючков прикладываю. Прошу вернуть двести сорок рублей за десять недостающих.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // Euro sum with a decimal comma: 6.5.
  c(
    'r35i-09',
    'en',
    'Ordered 5 ceramic plant pots at €3,25 each. The box I opened on 11 October held 3 pots; the packing slip inside also lists 5. Photo of the box, the 3 pots and the slip is attached. Please refund €6,50 for the two missing pots.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Tenge; tracking weight as a discovery circumstance; screenshot and photo.
  c(
    'r35i-10',
    'ru',
    'Заказ: 3 упаковки фильтров для пылесоса по 2 150 ₸. По отслеживанию всё пришло одной посылкой 5 ноября, вес 0,4 кг, хотя три упаковки весят около 0,6. Внутри оказалось две упаковки. Скриншот отслеживания и фото содержимого прикладываю. Верните, пожалуйста, 2 150 ₸ за недостающую упаковку.',
    'photo',
    [],
    'partial_refund',
    2150,
  ),
  // «Ебург» is a city; unboxing video attached; money declined, missing part asked.
  c(
    'r35i-11',
    'ru',
    'Живу в Ебурге, посылку забрала в пункте выдачи 30 августа. Заказывала 4 стеклянных плафона для люстры, в коробке 3 и пустое гнездо в пенопласте — это видно на видео распаковки, прилагаю. Пришлите, пожалуйста, четвёртый плафон, деньги возвращать не нужно.',
    'video',
    [],
    'exchange',
  ),
  // Cocktail, Middlesex are innocent; sending the whole set back for the full price is a return.
  c(
    'r35i-12',
    'en',
    'Cocktail glasses, set of 6, £21.60 + £3.00 shipping. Delivered to my flat in Middlesex on 14 February: 5 glasses in the box, and one of those has a chipped rim. Photos of the box and the chip are attached. I would rather send the whole set back, so please arrange a return and refund the full £24.60.',
    'photo',
    [],
    'return',
  ),
  // Measured with a tape; support mentioned; "the difference" with a named sum.
  c(
    'r35i-13',
    'ru',
    'Заказала 5 м атласной ленты по 62 ₽ за метр, 310 ₽. Пришёл моток, измерила рулеткой 3 октября — ровно 3 метра. Фото ленты с рулеткой прилагаю. Я уже написала в поддержку AliExpress, мне посоветовали открыть спор. Прошу вернуть разницу — 124 ₽ за недостающие два метра.',
    'photo',
    [],
    'partial_refund',
    124,
  ),
  // Two currencies: the bank's rouble charge is context, the asked sum is $7.80.
  c(
    'r35i-14',
    'en',
    'Order of 3 silicone baking mats, $23.40 total (my bank charged 2 106 ₽). The parcel came on 19 March with 2 mats; the third was not in the package, and the packing list shows quantity 3. Photos of the package and the list attached. Please refund $7.80 for the missing mat.',
    'photo',
    [],
    'partial_refund',
    7.8,
  ),
  // «корабля» contains a rude-looking piece; 1 299,50 ₽ is 1299.5.
  c(
    'r35i-15',
    'ru',
    'Заказывала два набора для сборки модели корабля «Паллада» по 1 299,50 ₽. Посылка пришла 6 декабря, внутри только один набор, хотя в заказе количество 2 и вес на упаковке 0,9 кг вместо 1,8. Фото коробки и наклейки с весом прилагаю. Прошу вернуть 1 299,50 ₽ за второй набор.',
    'photo',
    [],
    'partial_refund',
    1299.5,
  ),
  // The seller's offer ($2) is not the request; the buyer's own figure is.
  c(
    'r35i-16',
    'en',
    'My order of 12 wooden napkin rings arrived on 22 July with 7 in the bag, five short. Photo of the 7 rings attached. You offered $2 as compensation; I do not accept that. Each ring cost $1.10, so I am asking for $5.50.',
    'photo',
    [],
    'partial_refund',
    5.5,
  ),
  // Partial refund declined, missing legs asked: exchange.
  c(
    'r35i-17',
    'ru',
    'Журнальный столик, комплект: столешница и 4 ножки. При сборке 8 мая обнаружила, что ножек в коробке две. Фото комплекта и страницы инструкции, где указано 4 шт., прилагаю. Частичный возврат мне не нужен — пришлите, пожалуйста, две недостающие ножки.',
    'photo',
    [],
    'exchange',
  ),
  // A court under consumer law is lawful; the dollar price in brackets is a reference, the amount is 690.
  c(
    'r35i-18',
    'ru',
    'Заказал 3 пары термоносков по 690 ₽. Получил 24 ноября пакет, в нём 2 пары, а на упаковке наклейка «3 pairs». Фото пакета и наклейки прикладываю. Прошу вернуть 690 ₽ (в карточке было $7.60 за пару) за недостающую пару. Если продавец откажет, подам претензию и при необходимости обращусь в суд по закону о защите прав потребителей.',
    'photo',
    [],
    'partial_refund',
    690,
  ),
  // Shipping in the total but not asked back.
  c(
    'r35i-19',
    'en',
    'Order: 4 packs of seed trays at $3.80 each plus $2.40 shipping, $17.60 in total. Only 3 packs were in the parcel I received on 8 May; tracking shows a weight of 0.9 kg, which matches 3 packs, not 4. Screenshot of the tracking and a photo of the contents attached. Please refund $3.80 for the missing pack. I am not asking for the shipping back.',
    'photo',
    [],
    'partial_refund',
    3.8,
  ),
  // Long, calm, two parcels with dates, coupon arithmetic; exchange declined, 300 asked.
  c(
    'r35i-20',
    'ru',
    'Здравствуйте. Пишу подробно, чтобы не было путаницы с суммами. 2 марта я оформила заказ на 6 керамических кружек «Скандинавия» по 350 ₽, итого 2 100 ₽; доставка бесплатная, применила купон магазина на 300 ₽, к оплате вышло 1 800 ₽. Магазин отправил заказ двумя посылками: в первой, трек LP00731845520, должно было быть 4 кружки, во второй, трек LP00731845537, — 2. Первая пришла 18 марта, в ней 4 кружки, всё целое. Вторую я забрала в пункте выдачи 3 апреля: коробка по размеру на две кружки, но внутри одна кружка и пустая картонная ячейка, хотя вес на наклейке 0,9 кг — как у двух. Коробку вскрывала прямо в пункте выдачи, сотрудница видела, что вторая ячейка пустая. Фото наклейки с весом, пустой ячейки и всего содержимого прикладываю. Считаю так: с учётом купона одна кружка обошлась мне в 1 800 / 6 = 300 ₽. Досылать одну кружку ради этого не нужно, ждать ещё месяц смысла нет. Прошу вернуть 300 ₽ за недостающую кружку. К остальным кружкам претензий нет.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // The seller's «растяпа» is quoted as evidence; post office note and screenshot.
  c(
    'r35i-21',
    'ru',
    'Из двух посылок пришла одна. Вторая, трек LB298104466CN, по отслеживанию «вручена» 12 июня, но в пункт выдачи её не привозили, там мне дали справку, что такого отправления не поступало. Продавец в чате ответил мне: «Сами вы растяпа, потеряли, а на нас валите». Справку и скриншот переписки прилагаю. Прошу вернуть 970 ₽ за вторую посылку.',
    'photo',
    [],
    'partial_refund',
    970,
  ),
  // Blue tits and great tits are birds.
  c(
    'r35i-22',
    'en',
    'I bought 3 wooden nest boxes for blue tits and great tits (£8.99 each). Two came in the parcel on 27 March, the third is missing; the invoice in the box says qty 3. Photo of the two boxes with the invoice attached. Please send the third nest box.',
    'photo',
    [],
    'exchange',
  ),
  // Transliterated Russian, calm and complete.
  c(
    'r35i-23',
    'ru',
    'Zdravstvuyte. Zakazyvala 8 steklyannyh banok dlya spetsiy po 95 rub, prishlo 6, pereschitala pri raspakovke 15 sentyabrya. Foto korobki i banok prilagayu. Vernite pozhaluysta 190 rub za dve nedostayushchie banki.',
    'photo',
    [],
    'partial_refund',
    190,
  ),
  // A chargeback is lawful; the courier's weight photo is evidence.
  c(
    'r35i-24',
    'en',
    'Ordered 10 packs of kitchen sponges at $1.45 each. The parcel delivered on 30 January contained 6 packs; the courier weighed it at the door and I have the delivery photo with the weight. Photos attached. Please refund $5.80 for the 4 missing packs. If the dispute is closed without that, I will file a chargeback with my card issuer.',
    'photo',
    [],
    'partial_refund',
    5.8,
  ),
  // «не специально» takes the label back: no accusation.
  c(
    'r35i-25',
    'ru',
    'Заказала 10 пакетов семян газона по 135 ₽. Пришло 8, пересчитала, как только открыла посылку 11 мая. Думаю, это не специально, скорее ошибка при сборке на складе. Фото содержимого прилагаю. Прошу вернуть 270 ₽ за два недостающих пакета.',
    'photo',
    [],
    'partial_refund',
    270,
  ),
  // Negated accusation, two parcels with dates, tracking in the text; money declined, resend asked.
  c(
    'r35i-26',
    'en',
    'Hello, and first of all I am not accusing anyone of doing this on purpose, I am sure it is a warehouse slip. I ordered 2 kg of beeswax pellets for candle making, $23.80 in total, and the store shipped them as two 1 kg bags in separate parcels. The first bag arrived on 4 September and is fine. The second parcel, tracking number UH039227451CN, was last scanned on 6 September at the sorting centre and has not moved since, which is 41 days now. My local post office checked and says it never reached them. I only need the wax, not the money: please send the second bag again.',
    'none',
    [],
    'exchange',
  ),
  // Mat as an interjection with "?!": profanity and emotional.
  c(
    'r35i-27',
    'ru',
    'Какого хуя из 10 тарелок пришло 7?! Посылку открыла 20 февраля при курьере, фото прилагаю. Верните 1 050 ₽ за три недостающие тарелки (по 350 ₽).',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    1050,
  ),
  // Look-alike Latin letters in mat asked of the seller: profanity and insult, not emotional.
  c(
    'r35i-28',
    'ru',
    'Вы там совсем оxуeли? Заказ на 6 пар носков, в пакете 4, пересчитала при получении 2 марта. Фото пакета с этикеткой «6 пар» прикладываю. Верните 300 ₽ за две пары.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    300,
  ),
  // Digits for a syllable, mat judging the set: profanity only.
  c(
    'r35i-29',
    'ru',
    'Это 3,14здец, а не комплект: из 12 чайных ложек в футляре 9, три гнезда пустые. Обнаружила при распаковке 7 июля, фото прилагаю. Прошу вернуть 255 ₽ за три ложки (набор стоил 1 020 ₽, по 85 ₽ за штуку).',
    'photo',
    ['profanity'],
    'partial_refund',
    255,
  ),
  // "the fuck" as an intensifier: profanity and emotional.
  c(
    'r35i-30',
    'en',
    'Where the fuck are the other two lamps? I paid $54 for 3 solar garden lamps and the box that came on 12 August has one lamp in it. Photo attached. Refund $36 for the two that never showed up.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    36,
  ),
  // Masked swear word aimed at the packer: profanity and insult.
  c(
    'r35i-31',
    'en',
    'Whichever a$$hole packed my order can’t count. I ordered 10 candle jars and there were 7 in the box when I opened it on 1 November, photo attached. Refund $9.60 for the 3 missing jars ($3.20 each).',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    9.6,
  ),
  // Spaced-out swear word as an intensifier; tracking number in the text.
  c(
    'r35i-32',
    'en',
    'One of my two parcels never came. 45 days now, and tracking LP00918273645 still says "in transit". This is a F U C K I N G joke. Refund the $19.80 for the missing parcel.',
    'none',
    ['profanity', 'emotional'],
    'partial_refund',
    19.8,
  ),
  // Dropped-vowel mat right after opening the box: a cry, profanity and emotional.
  c(
    'r35i-33',
    'ru',
    'Открыла коробку — пздц: вместо 6 стаканов 4, и ещё один из них треснутый. Получила 19 января, видео распаковки прилагаю. Верните 960 ₽ за два недостающих и треснутый (по 320 ₽ за стакан).',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    960,
  ),
  // Talking down with arithmetic: insult.
  c(
    'r35i-34',
    'ru',
    'Объясняю как первокласснику: десять минус три — это семь. Заказано 10 рамок для фото, пришло 7, я пересчитала их при распаковке 4 октября. Семь — это не десять. Фото всех рамок на столе прилагаю. Верните 630 ₽ за три рамки, по 210 ₽.',
    'photo',
    ['insult'],
    'partial_refund',
    630,
  ),
  // Condescension about counting: insult.
  c(
    'r35i-35',
    'en',
    'Let me do the maths slowly for you, since counting is clearly hard over there: I ordered 12 coat hooks and got 9. Twelve minus nine is three. Box opened on 16 April, photo of all nine hooks attached. Send the three missing hooks.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Animal name for the warehouse staff: insult.
  c(
    'r35i-36',
    'ru',
    'Олени на складе опять недоложили: заказывал 5 упаковок саморезов по 200 шт., пришло 4. Получил 9 июня, трек-номер RB774120386SG, фото коробки прикладываю. Дошлите пятую упаковку.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the packers: insult (a single "!").
  c(
    'r35i-37',
    'ru',
    'Браво, гении комплектации! Набор бит «32 предмета», в кейсе 27, пять ячеек пустые — увидела это, как только открыла кейс 13 августа. Фото кейса прикладываю. Прошу дослать недостающие 5 бит.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mock congratulations; "half" describes the order, not the request.
  c(
    'r35i-38',
    'en',
    'Congratulations, geniuses, you managed to lose half of a two-parcel order. The first parcel came on 10 January; the second (tracking YT2208813345671) has been "awaiting departure" for 38 days. Reship the second parcel.',
    'none',
    ['insult'],
    'exchange',
  ),
  // Veiled threat to the warehouse through acquaintances.
  c(
    'r35i-39',
    'ru',
    'Я знаю, где ваш склад в Иу, у меня там знакомые. Не хотелось бы, чтобы с ним что-нибудь случилось. Заказ из 3 настольных ламп, пришли две, получил 22 мая, фото коробок прикладываю. Верните 1 150 ₽ за третью лампу.',
    'photo',
    ['threat'],
    'partial_refund',
    1150,
  ),
  // Owner's name and street, publishing threatened: threat.
  c(
    'r35i-40',
    'en',
    'I know your store owner is called Li Wei and I know which street your shop is on. It would be a shame if that address ended up in every buyer group on Facebook. I ordered 8 drawer knobs at $1.25 and got 5 on 14 May, photo attached. Refund $3.75 for the three missing ones.',
    'photo',
    ['threat'],
    'partial_refund',
    3.75,
  ),
  // "On purpose" plus "I'll find you, you'll regret it": accusation and threat.
  c(
    'r35i-41',
    'ru',
    'Это уже второй заказ у вас, где не хватает товара, и я больше не верю в ошибки склада — вы специально недокладываете, рассчитывая, что никто не будет пересчитывать. В мае из 6 форм для выпечки пришло 5, я тогда промолчал. Теперь заказ на 10 силиконовых крышек для банок по 90 ₽: пакет открыл 27 июня, крышек 8. Фото пакета с этикеткой «10 pcs» и всех восьми крышек приложил. Найду вас и заставлю лично пересчитать каждую крышку, пожалеете, что связались. Верните 180 ₽ за две недостающие крышки.',
    'photo',
    ['threat', 'accusation'],
    'partial_refund',
    180,
  ),
  // The manager's child named as leverage: threat.
  c(
    'r35i-42',
    'ru',
    'У вашего менеджера ведь дочка в школу ходит, я видел фото в его профиле. Подумайте о ней, прежде чем отказывать мне в возврате. Мне пришло 3 рулона обоев из 5, получил 18 сентября, фото прилагаю. Верните 2 980 ₽ за два рулона.',
    'photo',
    ['threat'],
    'partial_refund',
    2980,
  ),
  // Transliterated mat set off as a cry: profanity and emotional.
  c(
    'r35i-43',
    'ru',
    'Suka, opyat nedolozhili. Iz 8 formochek dlya kapkeykov prishlo 5, raspakovala 2 aprelya, foto prilagayu. Vernite 285 rub za tri formochki.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    285,
  ),
  // Greek look-alike letter, mat judging the set: profanity only.
  c(
    'r35i-44',
    'ru',
    'χуйня, а не комплектация: в наборе «24 прищепки для белья» 18 штук. Пересчитала сразу при распаковке 5 июля, фото прилагаю. Верните 90 ₽ за 6 недостающих прищепок.',
    'photo',
    ['profanity'],
    'partial_refund',
    90,
  ),
  // Mat typed in the English layout, judging: profanity only.
  c(
    'r35i-45',
    'ru',
    'Продавец, пересчитайте сами, это [eqyz какая-то: в заказе 4 банки краски по 0,9 л, в коробке 3. Получил 11 августа, фото коробки и этикеток прикладываю. Верните 760 ₽ за одну банку.',
    'photo',
    ['profanity'],
    'partial_refund',
    760,
  ),
  // Minced "effing" as an intensifier; "the missing half" is the quantity, $14.50 the sum.
  c(
    'r35i-46',
    'en',
    'Where is the effing second parcel? My order of 20 glass jars was split in two: the first 10 arrived on 6 June, the other 10 (tracking LB661930021CN) have been stuck in transit for 5 weeks. Refund $14.50 for the missing half.',
    'none',
    ['profanity', 'emotional'],
    'partial_refund',
    14.5,
  ),
  // Publishing the manager's name and phone: threat.
  c(
    'r35i-47',
    'ru',
    'Фамилию и телефон вашего менеджера я уже нашёл. Если до пятницы не решите — выложу их во все группы города. Из 5 рулонов малярного скотча пришло 3, пакет вскрыл 8 февраля, фото приложил. Верните 260 ₽ за два рулона.',
    'photo',
    ['threat'],
    'partial_refund',
    260,
  ),
  // Mat said to the addressed seller: profanity and insult.
  c(
    'r35i-48',
    'ru',
    'Продавец, сука, где вторая посылка? Заказ на два кашпо разделили на две отправки, первая пришла 3 марта, вторая, трек LP00299180027, стоит без движения 40 дней. Верни 840 ₽ за второе кашпо.',
    'none',
    ['profanity', 'insult'],
    'partial_refund',
    840,
  ),
  // Seller's mat quoted as evidence: profanity stays; a written product asks for its result.
  c(
    'r35i-49',
    'en',
    'The seller replied to my message with "f*ck off, we sent all 10". Screenshot of that chat is attached, along with photos of what actually came on 2 December: 6 tea towels, not 10. Please refund 4 × $1.80 = $7.20 for the missing towels.',
    'photo',
    ['profanity'],
    'partial_refund',
    7.2,
  ),
  // Pasted chat: the seller's line has mat (profanity only); the buyer's line gives the date.
  c(
    'r35i-50',
    'ru',
    'Переписка с магазином:\nЯ (12.03): Здравствуйте, из 4 комплектов штор пришло 3, посылку вскрыла сегодня, 12 марта, фото отправила.\nПродавец (12.03): иди нах, всё отправили\nПрошу вернуть 1 450 ₽ за недостающий комплект. Фото упаковки прилагаю.',
    'photo',
    ['profanity'],
    'partial_refund',
    1450,
  ),
  // Mat next to a fraud label, no time, no evidence, no sum.
  c(
    'r35i-51',
    'ru',
    'Кидалы ебучие, из трёх пачек бумаги А4 пришли две. Верните за недостающую.',
    'none',
    ['profanity', 'accusation', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "You fuckers" at the staff; "sort it out" is no request.
  c(
    'r35i-52',
    'en',
    'Ordered 6 packs of dish cloths, 3 came. You fuckers don’t even answer messages. Sort it out.',
    'none',
    ['profanity', 'insult', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Name-calling with "!!": insult and emotional; «третий раз пишу» is no talking down.
  c(
    'r35i-53',
    'ru',
    'Бестолочи!! Третий раз пишу: из 3 подушек пришли 2, получила 15 мая, фото прикладываю. Верните 890 ₽ за третью.',
    'photo',
    ['insult', 'emotional'],
    'partial_refund',
    890,
  ),
  // Shouting and an ominous visit: threat and emotional; the refund is the request.
  c(
    'r35i-54',
    'en',
    'I AM DONE being patient. 5 of the 12 wine glasses were missing when I opened the box on 7 March, photos attached. Refund $17.50 for the five, or I will come to your Guangzhou warehouse myself and you will not enjoy the visit.',
    'photo',
    ['threat', 'emotional'],
    'partial_refund',
    17.5,
  ),
  // Masked swear word in an exclamation: profanity and emotional.
  c(
    'r35i-55',
    'en',
    'What a load of sh1t! Ordered 8 dining chair pads, 2 of them were missing when I opened the parcel on 9 September, photos attached. Send the 2 missing pads.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Shock and "!!!": emotional, otherwise complete.
  c(
    'r35i-56',
    'ru',
    'Я в шоке!!! Заказала 10 десертных тарелок по 290 ₽, пришло 7, открывала посылку 26 февраля. Фото коробки и тарелок прилагаю. Верните 870 ₽ за три недостающие.',
    'photo',
    ['emotional'],
    'partial_refund',
    870,
  ),
  // "disappointed" is an affect word.
  c(
    'r35i-57',
    'en',
    'Really disappointed with this order. I bought 4 packs of bamboo skewers ($2.15 each) and only 2 packs were in the envelope that came on 17 June. Photo of the envelope and both packs attached. Please refund $4.30.',
    'photo',
    ['emotional'],
    'partial_refund',
    4.3,
  ),
  // "You do it on purpose": accusation, with facts beside it.
  c(
    'r35i-58',
    'ru',
    'Второй заказ подряд не хватает товара, вы это делаете специально. В этот раз из 6 контейнеров для ланча пришло 4, распаковала 9 ноября, фото прилагаю. Верните 560 ₽ за два контейнера.',
    'photo',
    ['accusation'],
    'partial_refund',
    560,
  ),
  // "Classic scam": accusation.
  c(
    'r35i-59',
    'en',
    'Classic scam: ship half the order and hope nobody counts. I counted. 20 tealight holders ordered, 12 delivered on 5 December, photos attached. Refund $10.40 for the 8 missing ones ($1.30 each).',
    'photo',
    ['accusation'],
    'partial_refund',
    10.4,
  ),
  // Scare quotes around «случайно»: accusation; the carrier's «доставлена» is the carrier's word.
  c(
    'r35i-60',
    'ru',
    'Ну конечно, «случайно» забыли отправить вторую половину заказа. Заказ шёл двумя посылками: первая пришла 14 апреля, вторая, трек LP00556677889, «доставлена» 20 апреля, но её никто не получал. Скриншот отслеживания прикладываю. Верните 1 340 ₽ за вторую посылку.',
    'photo',
    ['accusation'],
    'partial_refund',
    1340,
  ),
  // Vague, no time, no evidence, «разберитесь».
  c(
    'r35i-61',
    'ru',
    'Комплект пришёл не такой, как заказывала, не соответствует описанию. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // No time given.
  c(
    'r35i-62',
    'en',
    'Three of the ten cork coasters were missing from the pack. Photo attached. Please refund $4.50 for them.',
    'photo',
    ['missing_when'],
    'partial_refund',
    4.5,
  ),
  // "What should I do now?" asks for nothing.
  c(
    'r35i-63',
    'ru',
    'Заказал 12 метров гирлянды — три куска по 4 м, пришло два куска. Заметил при распаковке 28 декабря, фото коробки и этикетки прикладываю. Что мне теперь делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Unit price and count, then only «за недостающие»: no sum named.
  c(
    'r35i-64',
    'ru',
    'Набор «15 зажимов для пакетов» за 525 ₽, то есть по 35 ₽ за штуку. В упаковке 11, пересчитала при распаковке 2 августа, фото приложила. Верните деньги за недостающие четыре.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "The difference" with no sum.
  c(
    'r35i-65',
    'en',
    'I ordered 3 m of LED strip; the reel I received on 13 October measures 2 m (checked with a tape measure, photo attached). Please refund the difference.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Half" with no sum.
  c(
    'r35i-66',
    'ru',
    'Заказывала две упаковки бумажных стаканчиков по 50 шт., 7 марта пришла одна, второй в посылке нет. Фото посылки прилагаю. Верните половину стоимости заказа.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Proportional refund" with no sum.
  c(
    'r35i-67',
    'en',
    'My order was a set of 6 coffee mugs; 5 came on 24 January and one slot in the box is empty. Photo attached. I would like a proportional refund for the missing mug.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r35i-68',
    'ru',
    'Из 8 формочек для льда пришло 6, распаковывал 3 июля, видео распаковки прилагаю. Компенсацию за две недостающие — на ваше усмотрение.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Says a photo is attached, the form has none.
  c(
    'r35i-69',
    'ru',
    'Заказала 5 рулонов фольги по 160 ₽, пришло 4, пересчитала при получении 16 января. Фото коробки прикладываю. Верните 160 ₽ за недостающий рулон.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    160,
  ),
  // Says a video is attached, the form has none.
  c(
    'r35i-70',
    'en',
    'Ordered 2 sets of 6 wine stoppers and received one set on 11 February. You can see in the attached unboxing video that the box held only one set. Please send the second set.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Near-empty reply.
  c('r35i-71', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Says something is missing but not what.
  c(
    'r35i-72',
    'ru',
    'Не всё пришло.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // No evidence named or attached; a written product asks for its result.
  c(
    'r35i-73',
    'en',
    '3 of the 10 silk scrunchies were missing when I opened the parcel on 4 May. Please refund $4.20 × 3 = $12.60 for them.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    12.6,
  ),
  // Resending declined; a percentage only.
  c(
    'r35i-74',
    'ru',
    'Досылать не надо, ждать ещё месяц не хочу. Из 10 кухонных полотенец пришло 7, распаковала 22 сентября, фото прилагаю. Верните 30% от суммы заказа.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Second parcel never came; no tracking, no file.
  c(
    'r35i-75',
    'en',
    'My order came in two parcels. The first, with the lamp base, arrived on 2 October. The second, with the shade, never came, and it has been 47 days. Please refund $12.99 for the shade.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    12.99,
  ),
  // Long and angry: "!!!", «обманщики», refund for the missing pot with no sum.
  c(
    'r35i-76',
    'ru',
    'Это просто издевательство!!! Пишу уже второй раз, первый спор закрыли, ничего не решив. Заказала набор кастрюль «6 предметов»: по описанию это три кастрюли (1,5 л, 2 л и 3 л) и три стеклянные крышки. Набор стоил 4 890 ₽, плюс доставка 350 ₽. Коробку открывала при курьере 4 июня: крышки все три, а кастрюль две — нет самой большой, на 3 л, хотя место под неё в коробке есть. Курьер пожал плечами и уехал. Продавцу написала в тот же день, мне предложили «подождать, может, придёт отдельно». Ничего отдельно не пришло, отслеживание показывает одну посылку. Вы обманщики, на картинке в карточке одно, в коробке другое, и вы это прекрасно знаете. Фото коробки, двух кастрюль и пустого места прилагаю. Большая кастрюля мне теперь не нужна, ждать ещё месяц я не буду. Верните деньги за недостающую кастрюлю.',
    'photo',
    ['emotional', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Generic words only, no time, no evidence; money back is a full refund.
  c(
    'r35i-77',
    'en',
    'Not what I ordered. The set is not as described and the quality is bad. I want my money back.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «У меня есть доказательства» names no evidence.
  c(
    'r35i-78',
    'ru',
    'Заказывала 4 наволочки, получила 2, открыла пакет 12 апреля. У меня есть доказательства. Верните 380 ₽ за две наволочки.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    380,
  ),
  // Sum in words, no time.
  c(
    'r35i-79',
    'ru',
    'Из набора «12 кисточек для макияжа» пришло 9, фото прилагаю. Верните, пожалуйста, сто пятьдесят рублей за три недостающие кисти.',
    'photo',
    ['missing_when'],
    'partial_refund',
    150,
  ),
  // "ridiculous": emotional; partial refund declined, the missing panels asked.
  c(
    'r35i-80',
    'en',
    'This is ridiculous. Third time writing. I do NOT want a partial refund, I want the 2 missing curtain panels. Ordered 4 panels, got 2 on 19 August, photo attached. Send the other 2.',
    'photo',
    ['emotional'],
    'exchange',
  ),
];
