import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-seven, hold-out set o: number-heavy buyers whose texts are full of order and tracking numbers, part and
 * model codes, phone numbers, sizes, weights, voltages, prices and dates in every format, with a precise, vague or
 * missing request. Written by a hand that has not read the analyzer's rules or other corpus files; labels follow
 * DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - An order number, a pickup point's phone number, a batch number or a part code is never evidence; a carrier's
 *   tracking number (two letters and digits, or a long digit run called "трек"/"tracking") is.
 * - Dates that look like decimals and decimals that look like dates are read by what they are: a hair-dye shade "7.1"
 *   or "6.3" is no date, and a voltage or weight is never the sum asked back.
 * - The amount is the buyer's own figure for what is asked back; the order total, a unit price or a weight next to it
 *   is not. A whole price named with «полную стоимость», «всю сумму», "the full $X" is a full refund.
 * - Part and model codes whose letters look like rude words (XY-6020L, XY-4012, HUIHE-220, FCUK, FUKU, ASSY) and
 *   ordinary words with a rude-looking piece (бляха, употреблять, ballcock, stopcock, Dickies, Scunthorpe) are innocent.
 * - A date of receipt next to a named defect counts as the time; the date of the buyer's own event («подарок на 23-е»)
 *   does not. A receipt date next to a vague complaint still counts as the time (only `missing_what` is labelled).
 * - Mat used as an intensifier inside a question to «ты» («ты χуй ли молчишь») is profanity and emotional, not an
 *   insult: it calls no name. Mat with dropped or masked letters aimed at a courier («ёбл@н из доставки») is
 *   profanity and insult, as at the seller.
 * - Knowing the warehouse address, the owner's home address from a label, the owner's children, or a relative at
 *   customs, said as leverage, is a threat; a bank chargeback, Роспотребнадзор, Trading Standards and an honest review
 *   are lawful steps.
 * - A text that says a file is attached («видео прикладываю», "see the attached photos") while the form has none gets
 *   `evidence_not_attached` only, not `missing_evidence`.
 */
export const ROUND37_HOLDOUT_O: CorpusCase[] = [
  // Melted thermostat contact found on first use 06.03, photo, full price asked: ready; phone and wattage are no sum.
  c(
    'r37o-01',
    'ru',
    `Заказ № 8123 4410 2297 5561. Электрочайник KT-1807, 220–240 В, 1850–2200 Вт. Получила 05.03 в пункте выдачи (ул. Садовая, 14, тел. +7 912 345-67-80). При первом включении 06.03 в 19:40 выбило автомат в щитке, а на дне корпуса оплавился контакт термостата — на фото видно почерневшую клемму. Больше не включала. Прошу вернуть полную стоимость — 2 749 ₽.`,
    'photo',
    [],
    'full_refund',
  ),
  // «ну п1зд3ц просто» right after opening is a cry in digits: profanity and emotional; «досылайте» the battery is an exchange.
  c(
    'r37o-02',
    'ru',
    `Заказ 5012-7733-0981. Дрель-шуруповёрт ZX-18V, в описании 2 аккумулятора по 2,0 А·ч. 12-го открыла коробку — аккумулятор один, и тот на 1,3 А·ч. Ну п1зд3ц просто. Трек LP004188726CN, фото комплектации прикладываю. Досылайте второй аккумулятор на 2,0 А·ч, как в карточке.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Missing pack of bolts, weighed, photo, $3.85 asked back (not the weight, not the order number): ready partial.
  c(
    'r37o-03',
    'en',
    `Order 3016 8845 2210 7719. I ordered 4 packs of M6x20 stainless bolts (50 pcs each, $3.85 per pack). The parcel arrived on 3 March with only 3 packs inside; my scale shows 1.12 kg against the 1.49 kg printed on the shipping label. Photo of the three packs on the scale is attached. Please refund $3.85 for the missing pack.`,
    'photo',
    [],
    'partial_refund',
    3.85,
  ),
  // "Два. Разных. Числа." after «раз с буквами у вас туго» talks down to the reader: insult, no emotion marker.
  c(
    'r37o-04',
    'ru',
    `Заказ 81-440-3927. Объясняю медленно, по цифрам, раз с буквами у вас туго: я заказывал ботинки 44 (EU), длина стельки 28,5 см. Вы прислали 42, стелька 26,7 см. Это разные числа. Два. Разных. Числа. Получил позавчера, 14.11, фото стельки с линейкой в приложении. Обменяйте на 44.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Ballcock and stopcock are plumbing parts, "ASSY" a part code; painted plastic and a magnet test name the mismatch: ready.
  c(
    'r37o-05',
    'en',
    `Order 8802 1147 3390 6615 — a 15 mm ballcock valve (part no. BV-1502-ASSY) and a 1/2" stopcock, both listed as solid brass. Delivered 14/02 (that's 14 February). The ballcock arm is plastic painted gold: the paint flakes off under a thumbnail, and a fridge magnet sticks to the "brass" stopcock body. Photos of both attached. Please send brass ones as listed, same part numbers.`,
    'photo',
    [],
    'exchange',
  ),
  // Warehouse address, the director's phone and "my lads" dropping by: a veiled threat.
  c(
    'r37o-06',
    'ru',
    `Заказ 4471-0023-9915. Пылесос VC-2203, 1400 Вт, пришёл 22.10 с треснутым контейнером на 0,8 л (трещина 7 см по дну, фото выше). Я уже знаю, что ваш склад в Люберцах, ул. Транспортная, 6, и мобильный директора +7 926 ***-**-41 у меня тоже есть. Было бы жаль, если бы кто-то из моих ребят заехал к вам разобраться лично. Замените контейнер до 30.10.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Generic "не соответствует описанию", no date, no evidence, compensation without a sum.
  c(
    'r37o-07',
    'ru',
    `Номер заказа 3355 9102 4468 7721. Товар не соответствует описанию, качество плохое. Хочу частичную компенсацию.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Capitals and "??" (emotional), "you people are scammers" (accusation); tracking number is evidence; "the full $27.90" is full.
  c(
    'r37o-08',
    'en',
    `ORDER 6613-2280-9947. THREE WEEKS of "in transit" for a 2.4 kg kettlebell?? Tracking YT2234019876543 hasn't moved since 02/11 (2 November). You people are scammers, you never shipped it. Refund the full $27.90 now.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // «бляха» is a belt buckle, XY-4012 a code; thickness by caliper and cardboard in the cut, found 9 April: ready.
  c(
    'r37o-09',
    'ru',
    `Заказ № 7720 1184 6603 2219. Ремень 130 см, бляха латунная 40 мм, артикул XY-4012. В карточке — натуральная кожа толщиной 3,5 мм. Штангенциркуль показывает 2,1 мм, а на срезе видно прессованный картон, обтянутый плёнкой. Обнаружила 9 апреля, когда пробивала шилом новую дырку. Фото среза и штангенциркуля прилагаю. Прошу возврат полной стоимости, 1 890 руб.`,
    'photo',
    [],
    'full_refund',
  ),
  // "since words clearly aren't your team's strong suit" is condescension: insult.
  c(
    'r37o-10',
    'en',
    `Order 2290-5517-3308. Let me spell it out in numbers, since words clearly aren't your team's strong suit: 12 V is not 24 V. The LED strip (model LS-2835-60, 5 m) arrived on 11/04 labelled 24 V, and on my 12 V supply it glows at maybe 10%. Photo of the reel label attached. Send the 12 V version.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Scare quotes around «ошибка склада» with «ну конечно» mock honesty: accusation; 310 ₽ is the sum, 4,52 кг a weight.
  c(
    'r37o-11',
    'ru',
    `Заказ 9043-1120-7786. Вместо мешка наполнителя 6 кг пришёл мешок на 4,5 кг — весы на почте показали 4,52 кг, 17.02, видео взвешивания приложила. Ну конечно, это опять «ошибка склада», уже третья за год в вашем магазине. Верните 310 ₽ за недовес.`,
    'video',
    ['accusation'],
    'partial_refund',
    310,
  ),
  // Seller's mat quoted from the chat as evidence stays profanity; 47 days stuck, tracking and screenshot.
  c(
    'r37o-12',
    'ru',
    `Продавец на вопрос про заказ 5560-2231-0047 ответил мне в чате (скрин прикладываю): "ты заеб@ла со своим трекером, жди". Посылка RB123456785CN стоит в статусе "Принято в отделении связи" с 3 марта, сегодня 19 апреля — 47 дней. Прошу вернуть деньги полностью.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «ок» alone: empty text.
  c('r37o-13', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // The seller's name and home address found through the tax number, with the entrance photo to every district chat: threat.
  c(
    'r37o-14',
    'ru',
    `Заказ 1188-4402-9971, телескопическая лестница 3,8 м, нагрузка до 150 кг, 13 секций. Вторая снизу секция не фиксируется: защёлка выскакивает из паза, стоит встать на ступень. Обнаружил 28.08 при первом подъёме на 1,5 м, чудом не упал, всё на видео. Вы пишете в чате, что «все лестницы проверены на заводе, партия 2307-B», — моё видео говорит другое. Я пробил ваш ИНН 7734******, там же ваше имя, Олег Викторович, и домашний адрес. Если до пятницы не будет возврата полной суммы, 8 490 ₽, адрес и фото вашего подъезда будут во всех чатах района.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "the difference" with no sum: partial refund without an amount; otherwise complete.
  c(
    'r37o-15',
    'en',
    `Order 7731-0098-2246. Listed as a 2000 W hair dryer; the rating plate on the handle says 1200 W. I noticed on 26 Jan when it took 20 minutes to dry my hair. Photo of the plate is attached. I'll keep it, but please refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «!!!» and «в бешенстве» are emotional; «на 23-е» is the buyer's event, not the problem's time.
  c(
    'r37o-16',
    'ru',
    `Заказ 2209-1143-8870!!! Заказывала пуховик 52 размера, пришёл 46: рукав 58 см вместо 64 по таблице, в груди 104 вместо 120. Я в бешенстве, это был подарок мужу на 23-е!!! Фото бирки прилагаю. Меняйте на 52.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // "The thing is s h i t" judges the pump with spaced letters: profanity only.
  c(
    'r37o-17',
    'en',
    `Order 4490 2285 1136 0072. Floor bike pump, gauge up to 160 psi. It reads 40 psi on a tyre my garage gauge shows at 65; checked on 8 May against two other gauges (photo of all three attached). The thing is s h i t, honestly. Refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Long, firm and lawful: chargeback and Роспотребнадзор are no threat; dates, screenshots, whole sum asked: ready.
  c(
    'r37o-18',
    'ru',
    `Заказ № 6601 3372 9904 1185 от 28.11.2024. Стиральная машина-полуавтомат, загрузка 3,5 кг, центрифуга 1,5 кг, 220 В, 50 Гц. Доставлена 10.12.2024, при первом же запуске 11.12 мотор центрифуги гудит, но бак не вращается; на стирке всё работает, активатор крутится. Напряжение в сети проверил мультиметром — 228 В, дело не в сети.
13.12 продавец попросил видео — отправил в тот же день. 18.12 написал, что вышлет мотор YYG-60 (60 Вт) отдельной посылкой «в течение 3–5 дней». 27.12 пообещал то же самое ещё раз и прислал «трек», который не находится ни на одном сайте. Сегодня 09.01.2025, мотора нет, ответов нет уже 12 дней. Скриншоты всей переписки (4 шт.) и видео гудящей центрифуги приложены.
Если до 15.01 вопрос не решится, я подам в банк заявление на оспаривание платежа (chargeback) и жалобу в Роспотребнадзор — это моё право покупателя. Машину готов хранить до решения. Требую вернуть 12 300 ₽ — всю оплаченную сумму.`,
    'video',
    [],
    'full_refund',
  ),
  // "pair of galoots" aimed at the warehouse staff: insult.
  c(
    'r37o-19',
    'en',
    `Order 5530-7718-2294. 3 March: a 25 m garden hose arrives as 15 m. I measured it twice with a 30 m tape, photo attached. Whichever pair of galoots measured this at your warehouse, send me the right one: 25 m, 1/2", part HS-25G.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Вы это специально делаете» labels intent: accusation; no evidence named; 1 140 ₽ is the sum, «Ленина, 40» an address.
  c(
    'r37o-20',
    'ru',
    `Заказ 3021 8874 4410 6652. Заказала 3 упаковки кофейных капсул по 50 шт., пришло 2. Получила 12.06 в ПВЗ на Ленина, 40. Вы это специально делаете, чтобы люди не замечали. Верните деньги за одну упаковку — 1 140 ₽.`,
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    1140,
  ),
  // FCUK is a clothing brand; chest measured against the chart, date, photo, exchange: ready.
  c(
    'r37o-21',
    'en',
    `Order 7104-3386-5590. FCUK logo T-shirt, size L (chest 56 cm according to your size chart). Arrived 21 September. Laid flat it measures 49 cm across the chest, which is the chart's S. Photo with the tape measure on it attached. Please exchange it for a real L.`,
    'photo',
    [],
    'exchange',
  ),
  // «ёбнyтыe» with Latin letters asked of the staff, and «Считать до 20 не учили?»: profanity and insult.
  c(
    'r37o-22',
    'ru',
    `Заказ 4820-1176-3349. Кабель-канал 25×16 мм, 20 шт. по 2 м. 5-го получила 12 шт., из них 4 расколоты вдоль. 7-го вы ответили «отправили всё». Вы там на складе совсем ёбнyтыe? Считать до 20 не учили? Фото пачки приложено. Досылайте 8 шт. и замените 4 битых.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «Видео прикладываю» with no file in the form: evidence_not_attached only.
  c(
    'r37o-23',
    'ru',
    `Заказ 7712 0936 5581 4409. Весы кухонные KS-500, до 5 кг, шаг 1 г. Поверенная гиря 1 кг показывает 870 г, проверил 02.02 три раза подряд на ровном столе. Видео прикладываю. Прошу замену.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Knowing the owner's city and children's school, "I'd hate for them to hear about this": veiled threat.
  c(
    'r37o-24',
    'en',
    `Order 9981-2203-4417. The 40 L cooler box (model CB-40, 12 V / 230 V) stopped cooling on day 3, 14 July: the fan spins but the inside plate stays at 24 °C (photo of the thermometer attached). I know your shop's owner lives in Ningbo and has two kids at school there. I'd hate for them to hear about this from someone other than you. Full refund, $129.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Concrete flicker, date, photo, but only «Что теперь делать?»: missing_resolution; batch number is no evidence, «4000 K» no shouting.
  c(
    'r37o-25',
    'ru',
    `Заказ 5501-3348-2217. Лампочки E27, 12 Вт, 4000 K, 10 штук. Три из десяти мерцают примерно раз в секунду, заметил на второй день, 18.09. На фото коробка с номером партии 0423-B и все три лампы. Что теперь делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "so disappointed" (emotional), "not what I paid for" vague, no date, no evidence, no request.
  c(
    'r37o-26',
    'en',
    `Order #4417-2290. I am so disappointed. 3 x 250 g packs, order total $18.60, and it's just not what I paid for. Awful.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «[eqyz» is mat typed in the English layout, judging the cells: profanity only.
  c(
    'r37o-27',
    'ru',
    `Заказ 6640 1189 2237 0054. Аккумуляторы 18650, заявлено 3400 мА·ч. Тестер Liitokala 15.05 намерил по 1120 мА·ч на всех 4 шт. Это [eqyz, а не аккумуляторы. Скрин теста приложил. Верните 1 560 ₽ полностью.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // The seller's rude reply quoted without mat, an honest review and Trading Standards: lawful; ready full refund.
  c(
    'r37o-28',
    'en',
    `Order 3349-6670-1128: 2 x 5 L jerrycans (part JC-05), ordered 1 June, received 19 June. Both leak at the cap seam — filled to the 5 L line at 8 pm, down about 10 cm by 7 am. Photo and video attached. The seller replied "not my problem, buy glue". I will leave an honest review with the photos and, if needed, contact Trading Standards. Please refund the full $24.50.`,
    'video',
    [],
    'full_refund',
  ),
  // Knowing the seller's shipping point and face, «Мир тесен»: threat.
  c(
    'r37o-29',
    'ru',
    `Заказ 1120-3385-7790. Рюкзак 45 л, по факту 35 л: 10.10 заливал воду мерным ведром на 10 л, вошло три с половиной ведра, видео приложил. Ваш пункт отгрузки на Шарикоподшипниковской, 11, я знаю, и лицо ваше из видеообзора запомнил. Мир тесен. Меняйте на 45 л.`,
    'video',
    ['threat'],
    'exchange',
  ),
  // "twelve dollars" in words for two cracked glasses: partial refund of 12; 350 ml and 6 are no sum.
  c(
    'r37o-30',
    'en',
    `Order 8826 0041 5537 9912. Set of 6 wine glasses, 350 ml each. The box arrived on 4 Dec with two of them cracked at the stem (see photos). I'll keep the other four, but please refund twelve dollars for the two broken ones.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // Capitals and «!!!» (emotional), «Кидалы» (accusation); two months and a tracking number: non-receipt with evidence.
  c(
    'r37o-31',
    'ru',
    `ЗАКАЗ 7745-1102-3360!!! ДВА МЕСЯЦА ЖДУ!!! Трек LV445566778CN не обновлялся с 14 января. Кидалы. Верните деньги.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // The seller's «дура» quoted as evidence is not the buyer's insult: ready exchange.
  c(
    'r37o-32',
    'ru',
    `Заказ № 2208 9930 4416 1173. Смарт-часы W-27, 1,85", пришли 3 апреля с разбитым стеклом: скол 4 мм в правом верхнем углу и трещина от него до центра, фото прилагаю. В чате продавец написал мне: «сама уронила, дура, не ври». Оскорбление я зафиксировала скриншотом. Прошу замену часов на целые.`,
    'photo',
    [],
    'exchange',
  ),
  // "Bravo, logistics geniuses" is sarcastic praise of the seller's work: insult.
  c(
    'r37o-33',
    'en',
    `Order 6618-2274-0093. Bravo, logistics geniuses: a 1.5 kg cast iron pan shipped in a plastic mailer bag, no box. The handle arrived snapped off at the rivet on 22/08. Photos attached. Refund it.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Shades 7.1 and 6.3 are no dates; exchange declined, «сколько посчитаете нужным»: partial without a sum.
  c(
    'r37o-34',
    'ru',
    `Заказ 4413-8820-5567. Краска для волос, 3 тюбика по 60 мл, оттенок 7.1 (пепельно-русый). Один тюбик пришёл оттенка 6.3 (золотистый тёмно-русый) — номер на тюбике видно на фото. Обнаружила вчера, 16.03, уже при смешивании. Менять не надо, верните за один тюбик сколько посчитаете нужным.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Bit count against the listing, photo, request, but no time at all: missing_when.
  c(
    'r37o-35',
    'en',
    `Order 9904-3317-6628. Cordless screwdriver, 3.6 V, listed with 32 bits. The case holds 20 bits; the other 12 slots are empty. Photo attached. Please send the missing 12 bits (PH1, PH2, PZ1, PZ2, T10–T30 as in the listing).`,
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // «идите нах» sends the seller away with mat: profanity only.
  c(
    'r37o-36',
    'ru',
    `Заказ 5590-2218-4437, нагреватель для аквариума 100 Вт, выставлен на 25 °C. Утром 9 февраля термометр в аквариуме показал 31 °C, нагреватель не отключался всю ночь, рыбы стояли у поверхности. Видео приложила. На ваше «перезагрузите его» — идите нах. Верните 1 290 ₽ полностью.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "WHAT THE F*CK is this?!" is a masked cry: profanity and emotional.
  c(
    'r37o-37',
    'en',
    `Order 1176-4490-2203. WHAT THE F*CK is this?! 10 m extension cord, 3 x 1.5 mm² according to the listing. Cut it open on 1 Oct after the plug got hot at 1800 W: 2 x 0.5 mm² inside. Photo of the cut end next to a caliper attached. Full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Non-receipt past the guaranteed 45 days, tracking and a post office note: ready; the pickup point's phone is no evidence.
  c(
    'r37o-38',
    'ru',
    `Заказ 3307 1194 8826 5502, оплачен 5/3 (5 марта), гарантированный срок доставки — 45 дней, истёк 19.04. Трек LP004512337770 с 24 марта висит в статусе «Прибыло в сортировочный центр». В отделении 190000 (тел. 8 812 600-11-22) сказали, что посылка к ним не поступала, и выдали справку — справку почты прикладываю. Прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // "I'm not saying you did this on purpose" takes the label back: ready.
  c(
    'r37o-39',
    'en',
    `Order 4458-2290-7713. I'm not saying you did this on purpose, but the 2 TB SSD (model NV-2T) shows 2 TB in Windows and fails H2testw at 128 GB — tested on 12 Jan, screenshot attached. Please refund the full $64.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Пришло не то» with no detail: vague, no time, no evidence, no request.
  c(
    'r37o-40',
    'ru',
    `Заказ 2231-5578-9904. Пришло не то.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "One phone call and your store page goes dark" uses a position as menace: threat.
  c(
    'r37o-41',
    'en',
    `Order 7782-1125-6650. 6 x AA NiMH, 2800 mAh claimed; my charger reads 880–910 mAh on each, measured over 18–19 March (screenshot attached). I work in IT. One phone call and your store page goes dark for a week. Refund in full.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «олухи на складе» names the staff: insult; «досылку или обмен» is an exchange.
  c(
    'r37o-42',
    'ru',
    `Заказ 6603-2219-8847. Тюль 3×2,7 м, пришёл 2,5×2,7, да ещё и отрезан криво: рулетка 10.11 показала 248 см по верху и 251 по низу, фото приложила. Ну вы и олухи на складе. Прошу досылку или обмен на 3 м.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «половину стоимости» is a share, not a sum; «HSS-Co 5%» is an alloy.
  c(
    'r37o-43',
    'ru',
    `Заказ 1145 2203 8876 3319. Набор свёрл по металлу 1–10 мм, 19 шт., HSS-Co 5%. Сверло 8 мм затупилось на первом же отверстии в стали 3 мм, 6,5 и 7 мм — после двух-трёх. Сверлил в субботу, 22.02, на малых оборотах с маслом; на фото кромки под лупой ×10. Верните половину стоимости.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Honestly upset" is emotional; $15 is asked back, not the $42.80 paid.
  c(
    'r37o-44',
    'en',
    `Order 3318 7721 0046 5509. Honestly upset. Paid $42.80 for a 3-piece luggage set; the 20" cabin case arrived on 6 April with a split wheel housing, the wheel wobbles and drags (photo attached). I'll keep the set if you refund $15 for the cabin case.`,
    'photo',
    ['emotional'],
    'partial_refund',
    15,
  ),
  // HUIHE is a brand; cracked tier found 14 January, exchange, but no evidence named or attached.
  c(
    'r37o-45',
    'ru',
    `Заказ № 5582 0194 3367 2218. Пароварка HUIHE-220, 3 яруса, 800 Вт. 14 января при первом же запуске средний ярус треснул по шву, вода потекла на панель с таймером. Прошу обмен на целую.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "@$$clowns" is masked profanity used as a name for the seller: profanity and insult.
  c(
    'r37o-46',
    'en',
    `Order 9012-6648-3371. You absolute @$$clowns. 3 sets of curtain hooks, 24 per set = 72, I got 48. Counted on 2/9 when I hung the first curtain. Photo of all 48 laid out attached. Send the other 24.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Wishing the leaking heater on the seller's children's bedroom: threat.
  c(
    'r37o-47',
    'ru',
    `Заказ 4420-8815-3396. Обогреватель масляный 2 кВт, 9 секций. На третий день, 03.12, потёк по шву 7-й секции, масло на паркете, фото прилагаю. Продайте такой же своим детям в спальню, посмотрим. Возврат полной стоимости, 4 650 ₽.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Dickies 874 and Scunthorpe are innocent; waist measured, date, photo, exchange: ready.
  c(
    'r37o-48',
    'en',
    `Order 2236-9901-4475 — Dickies 874 work trousers, W34 L32, shipped to Scunthorpe. Delivered 10 Oct. The label says W34, but the waistband measures 76 cm all the way round, which is a W30. Photo of the tape on the waistband attached. Please exchange for a true W34.`,
    'photo',
    [],
    'exchange',
  ),
  // «Обмен не нужен!!!» is emotional and declines the exchange; the rating plate is named, no photo or other evidence.
  c(
    'r37o-49',
    'ru',
    `Заказ 7790-3345-1128. Обмен не нужен!!! Уже второй раз присылаете миксер на 300 Вт вместо 500 Вт, на корпусе шильдик «300 W», пришёл позавчера. Верните деньги.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // A long loyal-customer story whose complaint stays "the quality isn't the same": missing_what only.
  c(
    'r37o-50',
    'en',
    `Order 5503-2278-9914, placed 12/01, delivered 28/01, order total €36,40 (two items: the 0.5 L and the 1 L ceramic pour-over pots, colour "sand").
I have been buying from this shop since 2019 — my order history shows 31 orders, and I have left five-star reviews on at least 20 of them. I recommended you to my sister and two colleagues. The 0.35 L pot I bought in March 2022 is still on my desk every morning.
This time the quality just isn't the same. It feels off, not what I expected from the listing, not what I have come to expect from you over five years. I can't quite put my finger on it, but my sister agreed when she saw them at the weekend.
I attached photos of both pots next to the 2022 one. I'd like a refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Transliterated Russian; «Blyat, skolko mozhno?!» is a cry: profanity and emotional.
  c(
    'r37o-51',
    'ru',
    `Zakaz 3349-0027-6681. Nasos dlya lodki 12V, obeshchali 0,6 bar, a on ele duet: lodka 2,8 m za 20 minut ne nakachalas dazhe napolovinu, manometr pokazal 0,1. Proveril 27.06 na ozere, video prilozhil. Blyat, skolko mozhno?! Vernite dengi.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // €4,98 with a decimal comma is the sum; €19,90 a unit price and the grams are weights: ready partial.
  c(
    'r37o-52',
    'en',
    `Order 6684-1102-3357. Ordered 2 kg of 1.75 mm PLA filament (2 × 1 kg spools, €19,90 each). The second spool weighs 992 g on the kitchen scale; the empty reel alone is 240 g, so there is 752 g of filament instead of 1000 g. Weighed on 15.03, the day it arrived; photo of both weighings attached. Please refund €4,98 for the missing ~250 g.`,
    'photo',
    [],
    'partial_refund',
    4.98,
  ),
  // «Для тупеньких менеджеров повторяю» talks down: insult.
  c(
    'r37o-53',
    'ru',
    `Заказ 8871-2203-6649. Для тупеньких менеджеров повторяю: 40 мм — это не 32 мм. Сифон для раковины с выпуском 40 мм пришёл с выпуском 32, проверил 11-го штангенциркулем, фото приложено. Замените на 40.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "Classic scam, every seller on here inflates the numbers" accuses even next to a measured fact (the tester is the how).
  c(
    'r37o-54',
    'en',
    `Order 1127-3390-8846. Listed as a 10,000 mAh power bank; my USB tester shows 3,900 mAh delivered from full to empty. Screenshot of the tester attached. Classic scam, every seller on here inflates the numbers. Refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «триста рублей» in words for the missing pillowcase: partial 300; 70×70 is a size.
  c(
    'r37o-55',
    'ru',
    `Заказ 2290 7713 4468 0015. Комплект постельного белья «евро», наволочки 70×70 — по описанию 2 шт., в упаковке одна. Обнаружила 1 ноября при распаковке, фото содержимого и этикетки с составом комплекта приложила. Верните, пожалуйста, триста рублей за недостающую наволочку.`,
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // A brother at customs holding every batch for a month: connections used as menace, threat.
  c(
    'r37o-56',
    'ru',
    `Заказ 9907-1146-2238. Рулонные шторы 60×160, пришли 60×140 — рулетка 5 июля, фото приложено. У меня брат на таможне в Забайкальске, каждая ваша партия будет стоять на досмотре по месяцу. Меняйте на 160 по-хорошему.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Pressure drop measured on first fill, video, but "Not sure what to do now" asks for nothing.
  c(
    'r37o-57',
    'en',
    `Order 4412-6670-2289. Garden pressure sprayer, 8 L. The relief valve hisses and the pressure drops from 3 bar to 0 in about 40 seconds; I noticed at the very first fill on 17 May. Video attached. Not sure what to do now.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // «Открыл коробку 4-го — п****ц, а не кресло» is a masked cry on opening: profanity and emotional.
  c(
    'r37o-58',
    'ru',
    `Заказ 5538-2267-9910. Открыл коробку 4-го — п****ц, а не кресло: газлифт 100 мм вместо 150, левый подлокотник треснул у крепления. Фото прилагаю. Верните 11 200 ₽, полную стоимость.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "last Tuesday" is the time; zip pulled out 6 cm, photo, exchange: ready.
  c(
    'r37o-59',
    'en',
    `Order 3380 1197 2264 5508. Rain jacket, size XL (chest 124 cm in the chart). The left pocket zip pulled out of the seam — about 6 cm — last Tuesday, the second time I wore it. Photo attached. Please exchange it for a new XL.`,
    'photo',
    [],
    'exchange',
  ),
  // «Я в шоке» with nothing else: emotional and every gap.
  c(
    'r37o-60',
    'ru',
    `Номер заказа 6610 2234 8891 0047. Я в шоке от такого качества. Больше ничего не скажу.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // The warehouse address and "a shame if anything happened to it": veiled threat.
  c(
    'r37o-61',
    'en',
    `Order 8803-1146-2279. Two 5 m HDMI 2.1 cables, no signal at 4K 120 Hz on either one; tested on 30 Nov with three devices, photos attached. Your warehouse is at 18 Industrial Rd, unit 4B, isn't it? Would be a shame if anything happened to it over Christmas. Send two working cables.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «Не думаю, что вы сделали это специально» takes the label back; PZ2 is a bit; 21 В charger found 8 August: ready.
  c(
    'r37o-62',
    'ru',
    `Заказ 1106-4492-3378. Не думаю, что вы сделали это специально, но в коробке с шуруповёртом KD-12 (12 В, биты PH2/PZ2 в комплекте) лежало зарядное на 21 В — шильдик на фото. Заметил 8 августа до первой зарядки, к счастью. Пришлите, пожалуйста, зарядное на 12 В.`,
    'photo',
    [],
    'exchange',
  ),
  // "Which b u l l s h i t artist wrote…" names the copywriter with spaced profanity: profanity and insult; return offered.
  c(
    'r37o-63',
    'en',
    `Order 4427-0093-6651. Which b u l l s h i t artist wrote "100% cotton"? The burn test on 3 June smelled of plastic and the thread beaded up, and the care label sewn inside says 65% polyester / 35% cotton. Photos of the label and the burnt thread attached. Send me a return label and I'll post it back.`,
    'photo',
    ['profanity', 'insult'],
    'return',
  ),
  // Money declined, the right cartridge asked for; «5-го» with «получил» is the time: ready exchange.
  c(
    'r37o-64',
    'ru',
    `Заказ 7715-2208-4493. Деньги возвращать не нужно, пришлите правильный товар: заказывал картридж CF-10 (10", резьба 3/4"), а получил 5-го CF-20 на 20", в корпус фильтра он не влезает. Фото обоих картриджей рядом с рулеткой прилагаю.`,
    'photo',
    [],
    'exchange',
  ),
  // "losing patience" is emotional; FUKU is a brand; no evidence named or attached.
  c(
    'r37o-65',
    'en',
    `Order 2219-8835-6670. Third message. I am losing patience. The FUKU CM-12 coffee maker's carafe lid doesn't lock, and hot coffee poured over the counter the very first morning, 9 Feb. Refund please.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «!!!» (emotional), «жулики» (accusation), «бездари» (insult); 2 100 ₽ is the sum, 500 and 380 are sheet counts.
  c(
    'r37o-66',
    'ru',
    `Заказ 3304 9981 2276 1150!!! Вы, жулики и бездари, прислали 5 пачек бумаги А4 «по 500 листов», а в каждой по 380 — пересчитала 24.09 на работе, фото стопок с линейкой приложила. Верните 2 100 ₽ за недостачу.`,
    'photo',
    ['insult', 'emotional', 'accusation'],
    'partial_refund',
    2100,
  ),
  // "See the attached photos" with no file: evidence_not_attached; $3.20 asked for four blades.
  c(
    'r37o-67',
    'en',
    `Order 5591-7720-3384. Pack of 10 HSS hacksaw blades, 24 TPI, 300 mm. Four of them arrived snapped in half; found on 12 September when I opened the pack. See the attached photos. Refund $3.20 for the four, please.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    3.2,
  ),
  // «ты χуй ли молчишь» (Greek chi) intensifies a question, calls no name: profanity and emotional.
  c(
    'r37o-68',
    'ru',
    `Заказ 8820-1135-7746. Термос 1,2 л, в карточке «держит тепло 24 ч». Залил кипяток 20.01 в 8:00, в 11:00 термометр показал 40 °C, фото приложил. Слышь, продавец, ты χуй ли молчишь уже неделю? Верни деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Two parcels, one lost: tracking numbers and a pickup point's letter are evidence, the phone is not; $11.40 for parcel 2.
  c(
    'r37o-69',
    'en',
    `Order 8104 5527 3390 1126, placed on 1 Feb, shipped in two parcels.
Parcel 1 (tracking UB203948576CN, the 2 kg bag of pottery clay) arrived on 20 Feb, no problem.
Parcel 2 (tracking UB203948580CN, the 3-pack of 40 x 30 cm silicone baking mats, $11.40 of the $26.15 order) was marked "delivered to pickup point" on 22 Feb at 14:07. The pickup point at 48 King St (tel. 0161 555 0198) has no record of it: they searched on 24 Feb and again on 1 Mar and gave me a signed letter saying the parcel never reached them. Letter from the pickup point attached, plus a screenshot of the tracking page.
Please refund the $11.40 for parcel 2.`,
    'photo',
    [],
    'partial_refund',
    11.4,
  ),
  // «это брак» is generic; the receipt date 14.03 counts as the time: missing_what only.
  c(
    'r37o-70',
    'ru',
    `Заказ 4405-1193-8862. Пришло 14.03, но это брак. Фото приложила. Прошу замену.`,
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // "Are you people braindead?" questions sanity: insult.
  c(
    'r37o-71',
    'en',
    `Order 7709-3342-1185. Are you people braindead? I ordered the 3/8" drive socket set, 22 pieces, 8–19 mm. The box that arrived two days ago (27 Aug) holds a 1/4" drive set, 10 pieces, 4–13 mm. Photo attached. Swap it for the set I paid for.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «употреблять» and «колебаний» are ordinary words; melted socket at 1,5 кВт on 7 April, video, whole sum: ready.
  c(
    'r37o-72',
    'ru',
    `Заказ 6628 0017 3394 5501. Сетевой фильтр на 5 розеток, 10 А, 2,2 кВт, кабель 3 м. 7 апреля включил в него только чайник на 1,5 кВт — через 4 минуты корпус у третьей розетки нагрелся до 68 °C по пирометру и пластик поплыл. Колебаний напряжения не было, мультиметр показывал 230 В. Видео с пирометром приложено. Употреблять этот фильтр дальше опасно. Прошу вернуть всю сумму, 1 417 рублей.`,
    'video',
    [],
    'full_refund',
  ),
  // Scare quotes on "genuine" and "What great honesty from your store": accusation.
  c(
    'r37o-73',
    'en',
    `Order 9931-2207-4458. A "genuine" 64 GB Kingston card that turns out to hold 8 GB — tested on 4 March with H2testw, screenshot attached. What great honesty from your store. Refund the full $14.99.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «Обидно до слёз» is emotional; 437,50 ₽ with a decimal comma is the sum.
  c(
    'r37o-74',
    'ru',
    `Заказ 5516-8874-2203. Обидно до слёз: из 12 ёлочных шаров по 8 см пять пришли разбитыми, коробка смята с угла. Открыла 19.12 — сверху одни осколки. Фото приложила. Целые оставлю, верните 437,50 ₽ за пять разбитых.`,
    'photo',
    ['emotional'],
    'partial_refund',
    437.5,
  ),
  // The owner's home address from the return label, "Just saying": threat.
  c(
    'r37o-75',
    'en',
    `Order 3372-6601-9948. Weather station WS-1080: the outdoor sensor reads 0 °C while it's 18 °C outside, from the first day (5 Jun). Photo of both readings next to a mercury thermometer attached. I have your home address from the return label, Mr Zhou. Just saying. Refund in full please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Weights on the waybill and at the pickup point are facts, not accusations; «позавчера, 11.06», an act, full price: ready.
  c(
    'r37o-76',
    'ru',
    `Заказ № 2207 3318 9946 0023, набор сковород из трёх штук (20, 24 и 28 см), 5 980 ₽. Забрала позавчера, 11.06, в ПВЗ на Красном проспекте (тел. +7 383 210-44-56). По накладной вес посылки 3,4 кг, а весы в ПВЗ показали 1,1 кг. Вскрыли при сотруднике: внутри одна сковорода 26 см, которой в наборе вообще нет. Сотрудник составил акт о несоответствии вложения — фото акта и содержимого приложила. Прошу вернуть полную стоимость, 5 980 ₽.`,
    'photo',
    [],
    'full_refund',
  ),
  // "isn't as described", no date, no evidence, "whatever you think is fair": partial without a sum.
  c(
    'r37o-77',
    'en',
    `Order 6605-1183-2274. The lamp isn't as described. I'd like some money back, whatever you think is fair.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «ёбл@н из доставки» calls the courier a masked mat name: profanity and insult.
  c(
    'r37o-78',
    'ru',
    `Заказ 4471-5580-2236. Курьер 17.10 в 14:20 перекинул коробку с монитором 27" через забор, матрица треснула от левого нижнего угла — всё видно на видео с камеры у ворот (приложено). Этот ёбл@н из доставки даже не позвонил. Замените монитор.`,
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // XY-6020L is a real buck-converter code; output measured on 02.09–03.09 with UT61E, video, whole sum: ready.
  c(
    'r37o-79',
    'ru',
    `Заказ 8816-0027-4435. Понижающий модуль XY-6020L (0–60 В, 20 А). Выставляю 12,00 В — на выходе 13,8 В по мультиметру UT61E, а под нагрузкой 5 А скачет до 15 В. Проверял 02.09 и 03.09 на двух разных блоках питания 48 В, видео с показаниями приложил. Верните деньги: 2 310 ₽, полная сумма заказа.`,
    'video',
    [],
    'full_refund',
  ),
  // Offering to send the blanket back at the seller's cost: return; settings measured on 23 Nov, photos: ready.
  c(
    'r37o-80',
    'en',
    `Order 5547-9930-1162. Electric blanket, 150 x 80 cm, 3 heat settings. Settings 1 and 3 heat exactly the same — 41 °C on my probe thermometer after 30 minutes on each, measured on 23 Nov; photos attached. I'm happy to send it back at your cost; please refund once it arrives.`,
    'photo',
    [],
    'return',
  ),
];
