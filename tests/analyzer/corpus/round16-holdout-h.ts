import { labelled as c, type CorpusCase } from './types';

/**
 * Round sixteen, hold-out set h: small-business resellers and bulk buyers (market stalls, workshops, online shops, a café)
 * buying tens or hundreds of units, writing number-heavy, sometimes curt or abusive texts, in Russian and in English from
 * the US, Australia, South Africa and Singapore. Written by a hand that has not read the analyzer's rules or other corpus
 * files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Counting or measuring the batch at receipt (при пересчёте, при приёмке, "QC on …", "counted on …") is a discovery
 *   moment, so it gives "when".
 * - A shortfall or a wrong size in part of the batch ("пришло 90 вместо 100", "20 are 20 x 20") names the problem.
 * - "Send / дошлите the missing N", "reprint N", "reship" are exchanges.
 * - With per-unit prices and several sums in the text, `amount` is the sum the buyer finally asks back (the total when
 *   two sums are added up); a sum in words with a per-unit figure in digits gives the spoken total.
 * - "the missing half" with an explicit sum is a partial refund with that sum; "half the order", "половину стоимости"
 *   and a percentage are partial refunds without a sum.
 * - Sums in rand, Belarusian roubles, tenge and dollars with a decimal comma are read as numbers (R684,50 = 684.5).
 * - "WTF" as a sentence of its own and "Fkn" before an affect word are profanity used as interjection (emotional too).
 * - "domkop" (Afrikaans "blockhead") and "galah" aimed at staff are insults; "mate", "G'day", "lah", "wah" are filler.
 * - Acquaintances who could make the seller's future parcels "get lost" is a veiled threat.
 * - "dog's breakfast" about the packaging is a judgement of the item, not rude.
 * - A seller's threat or insult quoted by the buyer as evidence (without mat) leaves the text innocent.
 * - "t-w-e-l-v-e" is written in lower case, so the spelling-out is condescension only, not shouting.
 * - Transliterated Russian is `ru`.
 */
export const ROUND16_HOLDOUT_H: CorpusCase[] = [
  // plain good: per-unit shortfall counted at receipt, decimal-comma sum, photo
  c(
    'r16h-01',
    'ru',
    'Здравствуйте. Заказ на 200 бумажных стаканчиков 250 мл (8 рукавов по 25 шт.) для нашей кофейни. При приёмке 12 марта пересчитали каждый рукав: в двух рукавах оказалось по 19 штук вместо 25, итого недостача 12 стаканчиков. Цена за штуку 4,35 ₽, прошу частичный возврат 52,20 ₽. Фото пересчёта прикладываю.',
    'photo',
    [],
    'partial_refund',
    52.2,
  ),
  // mocking question with regional name-calling ("galah") aimed at staff; otherwise complete
  c(
    'r16h-02',
    'en',
    "Ordered 500 compostable lids, 80 mm, to fit the 8 oz cups I bought from you in January. Opened the carton Monday 4 March and every sleeve is 90 mm, they just sit on top of the cup and fall off. Photo with the ruler attached. Which galah in your warehouse can't tell an 8 from a 9? Send 500 of the 80 mm lids, that's what I paid for.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // masked mat as a sentence of its own (interjection) -> profanity and emotional; sum without currency sign per pair
  c(
    'r16h-03',
    'ru',
    'Взяла у вас 60 пар носков на рынок, по 87,50 за пару. 3 апреля начала раскладывать на прилавок — у 14 пар разошёлся шов на мыске, прямо дырка, палец пролезает. П!здец просто. Как я это продавать буду? Фото всех 14 пар в приложении. Верните 1225 ₽ за брак, остальные оставлю.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    1225,
  ),
  // innocent trap: "butt hinges" is a hardware term; complete exchange of part of a batch
  c(
    'r16h-04',
    'en',
    'Hi, I run a small cabinet shop and ordered 120 brass butt hinges, 3 inch, listing SKU BH-300. All 120 arrived, but when I checked them with calipers on Feb 19 before installing, 40 of them measure 2.5 inches across the leaf, not 3. The other 80 are fine. Photos of the calipers on both sizes are attached. Please send 40 of the 3 inch hinges to replace the short ones; I can hold the 2.5 inch ones until you say what to do with them. Thanks.',
    'photo',
    [],
    'exchange',
  ),
  // scare quotes and "каждый раз в вашу пользу" = sarcasm about honesty; send-the-missing is an exchange
  c(
    'r16h-05',
    'ru',
    'Заказывала 300 пакетов-маек с логотипом, пришло 250 — при пересчёте 2 мая не хватает двух пачек по 25. Вес на накладной 3,1 кг, а 300 штук должны весить 3,7. Фото пачек и накладной прикладываю. Ваш менеджер пишет, что это «ошибка комплектовщика». Ну да, конечно, третий раз подряд «ошибка», и каждый раз в вашу пользу. Досылайте 50 пакетов.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // veiled threat: partner who knows the warehouse address may "drop in to talk"; otherwise complete
  c(
    'r16h-06',
    'ru',
    'Партия 40 светодиодных гирлянд по 10 м для магазина, цена 312 ₽ за штуку. Перед продажей 28 ноября проверила каждую: у 11 гирлянд горит только первая половина нити, дальше темно. Видео проверки всех 11 прикладываю. Прошу вернуть 3432 ₽. И напомню: мой партнёр бывает в Иу каждый месяц, адрес вашего склада у него записан. Не хотелось бы, чтобы ему пришлось заходить к вам поговорить лично.',
    'video',
    ['threat'],
    'partial_refund',
    3432,
  ),
  // plain good (Singapore): cracked lids found at unboxing, SGD sum for part of batch
  c(
    'r16h-07',
    'en',
    'Hello, my shop ordered 50 pcs bamboo lunch box (2 tier) at SGD 7.90 each. Unboxed on 14 June and 6 pcs the bamboo lid is cracked along the grain, cannot close properly. Photos of the 6 attached. The rest ok, we keep. Please refund SGD 47.40 for the 6 cracked ones. Thank you.',
    'photo',
    [],
    'partial_refund',
    47.4,
  ),
  // a single two-letter word: empty text only
  c('r16h-08', 'ru', 'да', 'none', ['empty_text'], 'none'),
  // digit-masked "sh1t" as a predicate about the packing, no "!" -> profanity only; ZA decimal comma
  c(
    'r16h-09',
    'en',
    'Ordered 100 x 2 litre plastic storage tubs for my shop in Pietermaritzburg at R18,50 each. We unpacked the 4 boxes on Saturday 9 March and 37 tubs have the lid snapped off at the hinge. The boxes came crushed flat, the packing was sh1t, no bubble wrap, nothing between the tubs. Photos of each box and the broken lids attached. Please refund R684,50 for the 37 broken tubs.',
    'photo',
    ['profanity'],
    'partial_refund',
    684.5,
  ),
  // cracked glass is concrete, but no date or discovery moment; "половину стоимости" has no sum
  c(
    'r16h-10',
    'ru',
    'Брала 120 свечей в стеклянных стаканах для своего магазинчика. Примерно треть пришла с расколотыми стаканами, воск высыпался в коробку. Фото в приложении. Продавать такое нельзя. Прошу вернуть половину стоимости заказа.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: seller's insult quoted as evidence, chargeback and ACCC are lawful steps
  c(
    'r16h-11',
    'en',
    "Order of 250 kraft paper bags 20 x 30 cm for my stall at the Rose Street market. Counted them on 2 Feb when setting up: 200 bags, i.e. 4 bundles of 50 instead of 5. I messaged the store and the reply was, word for word, 'you are too stupid to count, mate, we packed 250'. Screenshot of that chat and a photo of the 4 bundles attached. I'd like a partial refund of AUD 11.00 for the 50 missing bags (0.22 each). If this isn't sorted through the dispute I'll ask my bank for a chargeback and report it to the ACCC.",
    'photo',
    [],
    'partial_refund',
    11,
  ),
  // condescension about the staff's ability to read numbers; otherwise complete
  c(
    'r16h-12',
    'ru',
    'Объясняю медленно, для тех, кто у вас на складе не различает цифры. Я заказал 10 коробок саморезов по 200 шт., размер 3,5×35. При вскрытии 17 января в трёх коробках оказались 3,5×25. Двадцать пять — это не тридцать пять. Фото коробок и штангенциркуля прикладываю. Замените три коробки на 3,5×35.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // vague curt trader: no problem named, no time, no evidence, "fix this" is no request
  c(
    'r16h-13',
    'en',
    "Got the bulk order. Not what I paid for, not even close. I buy from a lot of suppliers and this is not how it's done. Fix this.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // transliterated Russian; "blyat" as an interjection -> profanity and emotional
  c(
    'r16h-14',
    'ru',
    'Zakazyval 40 sht termokruzhek po 380 rub dlya magazina. 5 iyulya proveryal pered prodazhej - u 9 shtuk kryshka ne zakruchivaetsya, rezba sorvana, blyat. Foto prikladyvayu. Vernite 3420 rub za eti 9, ostalnye ostavlyu.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    3420,
  ),
  // plain good café order: wrong flavour in one line, sum in words
  c(
    'r16h-15',
    'ru',
    'Кофейня «Зерно», заказ из трёх позиций: 24 бутылки сиропа по 1 л (ваниль, карамель, лесной орех — по 8), 6 упаковок деревянных мешалок по 1000 шт. и 2 упаковки трубочек. Пришло всё, кроме лесного ореха: вместо 8 бутылок ореха положили 8 бутылок кокоса. Обнаружили при разборе коробки 21 октября, фото этикеток прикладываю. Кокос нам не нужен, а отправлять обратно за свой счёт невыгодно. Прошу частично вернуть стоимость восьми бутылок — две тысячи девятьсот шестьдесят рублей (по 370 ₽ за бутылку).',
    'photo',
    [],
    'partial_refund',
    2960,
  ),
  // publishing the owner's name and address is a threat; "cheats ... on purpose" is a blanket accusation
  c(
    'r16h-16',
    'en',
    "Ordered 80 pcs acrylic display stands for my shop at SGD 3.20 each. Unpacked on 3 Aug, 22 pcs got deep scratches across the front, cannot sell. Photos attached. Refund SGD 70.40 for the 22. Your shop cheats small resellers on purpose, everybody in our group knows. I have the owner's full name and the Guangzhou address from the invoice. No refund by Friday, I post both in every reseller group in SG and MY.",
    'photo',
    ['threat', 'accusation'],
    'partial_refund',
    70.4,
  ),
  // caps and "!!!" plus "в шоке"; says photo attached but the form has no file
  c(
    'r16h-17',
    'ru',
    'Я В ШОКЕ!!! Заказала 150 силиконовых форм для мыла, открыла коробку 2 февраля — у 40 форм надорван край, силикон лопнул по шву. Фото прикладываю. Пришлите замену на эти 40 форм.',
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // innocent trap: place name Assagay and "cocktail napkins"; escalation to support is lawful
  c(
    'r16h-18',
    'en',
    "Good day. We run a small coffee shop in Assagay and ordered 2 000 cocktail napkins (5 packs of 400, white, 3-ply). On delivery on 11 April there were only 4 packs, 1 600 napkins. The box was sealed and the weight on the label says 2,1 kg, which fits 4 packs. Photo of the packs and label attached. Please send the missing pack of 400. If the store doesn't reply I'll escalate to AliExpress support.",
    'photo',
    [],
    'exchange',
  ),
  // name-calling without a swear word («олухи царя небесного») aimed at the seller
  c(
    'r16h-19',
    'ru',
    'Ну вы и олухи царя небесного. 12 рулонов атласной ленты шириной 25 мм заказывала, при распаковке 6 декабря приложила линейку — 12 мм. На всех двенадцати. Фото с линейкой прикладываю. Верните деньги за весь заказ, перезаказывать у вас не буду.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "classic bait and switch" is a label of intent; no file and no evidence named
  c(
    'r16h-20',
    'en',
    'Ordered 300 candle tins, 8 oz, for my candle business. Unpacked them on Oct 2 and every single tin is 4 oz. Classic bait and switch: list the big tin at the small tin price, ship the small one and hope nobody measures. Refund the whole order.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // exchange declined, then a share "на ваше усмотрение": partial refund without a sum
  c(
    'r16h-21',
    'ru',
    'Заказ: 50 пар детских резиновых сапог, размер 30. При разборе коробки 14 сентября увидела, что 20 пар — 28-го размера, на подошве так и выбито «28». Фото подошв прикладываю. Замену не хочу — пока дождусь, сезон пройдёт. 28-й размер продам дешевле, так что верните часть денег за эти 20 пар на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // dropped-vowel "Fkn" as intensifier plus "ridiculous": profanity and emotional
  c(
    'r16h-22',
    'en',
    '60 microfibre beach towels for my stall at Noosa markets, $9.50 each. Hung them up Sunday 7 Jan and 18 have pulled threads and a hole near the hem. Fkn ridiculous. Photos attached. Refund AUD 171 for the 18.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    171,
  ),
  // innocent: "рубля", consumer protection and an honest review are lawful steps; complete
  c(
    'r16h-23',
    'ru',
    'Добрый день. Для магазина бытовой техники взяли 30 электрочайников 1,7 л. 19 февраля проверили каждый перед выкладкой: у 5 штук вода греется, но не загорается подсветка колбы и индикатор на кнопке. Видео проверки всех пяти прикладываю. Обратная пересылка выйдет дороже чайника (одна доставка до нас стоила 52 рубля за кг), поэтому прошу прислать 5 исправных чайников на замену. Если договориться не получится, напишу честный отзыв и обращусь в Роспотребнадзор.',
    'video',
    [],
    'exchange',
  ),
  // sarcastic praise "Congratulations, geniuses" aimed at the seller's work
  c(
    'r16h-24',
    'en',
    'Congratulations, geniuses, you shipped 400 glass mason jars in a carton with zero dividers. We unloaded the pallet Thursday May 16 and 63 jars were broken. Video of opening the carton is attached. At $0.85 a jar, I want $53.55 back for the 63.',
    'video',
    ['insult'],
    'partial_refund',
    53.55,
  ),
  // curt: shortfall named, no date or discovery, no evidence
  c(
    'r16h-25',
    'ru',
    'Пришло 90 флаконов спрея для волос вместо 100. Досылайте 10.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // mat with Latin look-alike letters as a predicate about the item, no "!" -> profanity only
  c(
    'r16h-26',
    'ru',
    'Заказали 25 наборов отвёрток для мастерской и на перепродажу. 10 марта при комплектации заказов выяснилось, что в 7 наборах нет биты PH2, ячейка пустая. Набор без PH2 — это xyйня, а не набор, его никто не купит. Фото пустых ячеек прикладываю. Дошлите 7 бит PH2.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Singlish filler is neutral, "disappointed" is an affect word; otherwise complete
  c(
    'r16h-27',
    'en',
    'Wah, really disappointed lah. Ordered 120 pcs tote bags printed with our cafe logo. QC on 2 Sep found 30 pcs the logo printed crooked and smudged at the edge. Photos of all 30 attached. Please reprint and send 30 new ones.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "не соответствует описанию" is generic; date and unpacking moment are there
  c(
    'r16h-28',
    'ru',
    'Партию футболок (45 шт.) получила 8 мая, при распаковке сразу стало понятно, что товар не соответствует описанию. Фото прилагаю. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // veiled threat: relative who knows the warehouse, "it'd be a real shame"
  c(
    'r16h-29',
    'en',
    "200 stubby holders with our pub's logo, ordered in November. Unpacked on 12 Dec: 50 have the logo printed upside down. Photos attached. Send 50 correct ones before Christmas. My brother-in-law drives freight out of Shenzhen and knows your warehouse well. It'd be a real shame if he had to drop by and sort this out in person.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // innocent trap: «бляхи» (belt buckles), «рубля», «требую»; complete
  c(
    'r16h-30',
    'ru',
    'Мастерская по коже. Заказ 100 блях для ремней (бляха-пряжка 40 мм, латунь), 64,80 ₽ за штуку. При приёмке 23 января у 15 блях оказался отломан язычок. Видео распаковки и фото всех 15 прикладываю. Требую вернуть 972 рубля за эти 15 штук, остальные 85 в порядке.',
    'video',
    [],
    'partial_refund',
    972,
  ),
  // "worst" is affect; "what are you going to do about it?" is no request
  c(
    'r16h-31',
    'en',
    "Worst wholesale order I've had this year. 48 stoneware mugs, unboxed on Jan 5, 11 with chipped rims. Photos attached. What are you going to do about it?",
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «ворьё» is a fraud label; acquaintances making the seller's parcels "get lost" is a veiled threat
  c(
    'r16h-32',
    'ru',
    'Заказ 60 кухонных фартуков по 245 ₽, пересчитали 30 июня — 48 штук. Скрин трек-номера с весом посылки прикладываю, вес меньше заявленного. Верните 2940 ₽ за 12 недостающих. Ворьё вы, а не продавцы. И учтите, у меня знакомые в транспортной компании, через которую вы отправляете в Казань. Будет жаль, если ваши следующие коробки где-нибудь потеряются.',
    'photo',
    ['threat', 'accusation'],
    'partial_refund',
    2940,
  ),
  // plain good itemised order (ZA, decimal commas): refund of one line
  c(
    'r16h-33',
    'en',
    "Order for my hardware shop in Polokwane, three lines: 50 x padlock 40 mm @ R32,00; 50 x hasp and staple 50 mm @ R18,50; 20 x galvanised chain 1 m @ R45,00. Padlocks and chain are fine. When we packed the shelves on 20 Feb we measured the hasps: they are 30 mm, not 50 mm, all 50 of them. Photos with a tape measure attached. They don't fit our customers' doors, so please refund the hasp line, R925,00.",
    'photo',
    [],
    'partial_refund',
    925,
  ),
  // «Кошмар!!», «вы специально», compensation demanded with no sum
  c(
    'r16h-34',
    'ru',
    'Кошмар!! 80 стеклянных ёлочных игрушек, распаковала 15 декабря, треть побита в крошку. Коробка без единого слоя пупырки. Вы специально так пакуете, чтобы потом тянуть с возвратом. Видео распаковки прикладываю. Требую компенсацию.',
    'video',
    ['emotional', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked "a$$hats" aimed at staff: profanity and insult; offers to ship back
  c(
    'r16h-35',
    'en',
    "36 LED desk lamps for my office supply store. Tested every one on March 11 and 9 flicker nonstop on all three brightness levels. Video attached. Your support a$$hats told me to 'wait and see if it stops'. I'll ship the 9 back to you, refund them.",
    'video',
    ['profanity', 'insult'],
    'return',
  ),
  // «на фото видно» with no file in the form; otherwise complete
  c(
    'r16h-36',
    'ru',
    'Кофе в зёрнах, 20 пачек по 1 кг, 1 150 ₽ за пачку. При приёмке 9 ноября у 4 пачек порван дегазационный клапан, зерно без запаха. На фото видно разрывы. Прошу вернуть 4 600 ₽ за эти четыре пачки.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    4600,
  ),
  // innocent trap: Cockburn Central and "shitake"; "the missing half" comes with a sum
  c(
    'r16h-37',
    'en',
    'Hi, café in Cockburn Central here. We ordered 5 kg of dried shitake, listed as 10 x 500 g bags, paid AUD 125.00. The bags are 250 g each: we weighed them on the kitchen scales on 3 June, 248 to 253 g per bag. Photo of the scale attached. So we got 2.5 kg of the 5 kg. Please refund AUD 62.50 for the missing half.',
    'photo',
    [],
    'partial_refund',
    62.5,
  ),
  // condescension «объясняю по буквам, раз у вас с алфавитом туго»
  c(
    'r16h-38',
    'ru',
    '40 коробок нитриловых перчаток, размер M. Пришли 40 коробок размера S, открыли 4 апреля. Объясняю по буквам, раз у вас с алфавитом туго: эМ, а не эС. Фото маркировки коробок прикладываю. Поменяйте все 40 на M.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // itemised sums without units; size mismatch named; no time, no evidence
  c(
    'r16h-39',
    'ru',
    'В заказе три позиции: 10 сковород по 1 450, 10 крышек по 390, 10 лопаток по 120. Сковороды 28 см, а крышки пришли на 24 см — на сковороду не ложатся. Верните за крышки 3900.',
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    3900,
  ),
  // "WTF" as a sentence of its own: profanity as interjection
  c(
    'r16h-40',
    'en',
    'WTF. 100 sets stainless straws for my shop, QC on 17 Nov, 25 sets no cleaning brush inside. Photos attached. Send 25 brushes.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // plain good: measured heat loss, offers to send the 12 back
  c(
    'r16h-41',
    'ru',
    'Взяли в магазин 60 термосов по 500 мл. 7 октября проверяли партию: налили воду 95 °C, через 2 часа у 12 штук вода остыла до 40 °C, у остальных держится около 80. Видео замера прикладываю. Готов отправить эти 12 термосов обратно за ваш счёт, верните за них деньги.',
    'video',
    [],
    'return',
  ),
  // "scam" label, "defective" is generic, nothing else
  c(
    'r16h-42',
    'en',
    'Your store is a scam. Half the order was defective. Refund me.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // digit-masked mat adjective before the item = intensifier: profanity and emotional
  c(
    'r16h-43',
    'ru',
    '30 швабр с отжимом для хозмага, по 690 ₽. Распаковали 1 марта — у 10 штук треснуло ведро у основания, вода течёт. Эти ё6аные вёдра даже до прилавка не доехали. Фото трещин прикладываю. Частичный возврат 6 900 ₽ за 10 комплектов.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    6900,
  ),
  // innocent trap: «ребята», «употреблять», «потребитель», «требую», honest review
  c(
    'r16h-44',
    'ru',
    'Здравствуйте, ребята. Я мастерская по ремонту обуви, заказывал у вас 200 пар полиуретановых набоек 10×12 мм. 5 мая при приёмке промерил штангенциркулем: 60 пар оказались 8×10, их на наши каблуки употреблять нельзя. Фото замеров прикладываю. Как потребитель требую обмена этих 60 пар на 10×12. По итогам напишу честный отзыв.',
    'photo',
    [],
    'exchange',
  ),
  // "upset" is affect; "half the order" is a share without a sum
  c(
    'r16h-45',
    'en',
    "I'm really upset with this order. 40 stainless braai tongs for my shop, unpacked on 22 January and 14 already have rust spots on the hinge. Photos attached. Refund half the order please.",
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: support and court are lawful steps; complete
  c(
    'r16h-46',
    'ru',
    '48 пачек наждачной бумаги P240 по 10 листов. При вскрытии 12 июня в 16 пачках оказалась P80 — маркировка на обороте листа. Фото обратной стороны листов прикладываю. Прошу заменить 16 пачек на P240. Если через спор вопрос не решится, подам претензию в поддержку, а потом и в суд — чеки и переписка сохранены.',
    'photo',
    [],
    'exchange',
  ),
  // plain good non-receipt: tracking number in the text is evidence, elapsed days are the time
  c(
    'r16h-47',
    'en',
    "Ordered 300 kraft gift boxes on 2 Feb. Tracking LP00123456789CN hasn't moved since 20 Feb, it's been 45 days since I paid. Please refund in full.",
    'none',
    [],
    'full_refund',
  ),
  // «обидно до слёз» is affect; sum in words
  c(
    'r16h-48',
    'ru',
    'Обидно до слёз. Взяла 24 вязаные шапки на осеннюю ярмарку, при раскладке 30 октября увидела, что у 6 шапок затяжки на отвороте, нитки торчат петлями. Фото приложила. Шапка у вас по двести рублей, прошу вернуть тысячу двести рублей за шесть штук.',
    'photo',
    ['emotional'],
    'partial_refund',
    1200,
  ),
  // "bunch of clowns" is name-calling, "thieves" a fraud label
  c(
    'r16h-49',
    'en',
    "Ordered 150 vinyl sticker sheets, received 100. Counted on July 8, twice. Photo of the stacks attached. You're a bunch of clowns and thieves. Refund $20 for the 50 missing sheets ($0.40 each).",
    'photo',
    ['insult', 'accusation'],
    'partial_refund',
    20,
  ),
  // the seller's mat quoted as evidence is still profanity; the buyer is calm
  c(
    'r16h-50',
    'ru',
    'Заказ на 70 мотков пряжи для магазина рукоделия, пришло 56, пересчитала 19 марта. Написала продавцу, в ответ получила: «иди нах*й, сама считай». Скрин переписки прикладываю. Прошу вернуть 1890 ₽ за 14 недостающих мотков по 135 ₽.',
    'photo',
    ['profanity'],
    'partial_refund',
    1890,
  ),
  // broken springs named, no time; "partial refund" with no sum
  c(
    'r16h-51',
    'en',
    'Some of the 200 pcs hair clips got broken spring, about 30 pcs. Photo attached. Pls give partial refund.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // plain good: dollar sum with decimal point
  c(
    'r16h-52',
    'ru',
    'Заказ 500 бирок для одежды по 0.06 $ за штуку. При пересчёте 2 августа вышло 400 — четыре пачки по 100 вместо пяти. Фото пачек прикладываю. Верните 6.00 $ за 100 недостающих бирок.',
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // «Остолопы» is name-calling; shouted caps question
  c(
    'r16h-53',
    'ru',
    'Остолопы. 20 рулонов самоклеящейся плёнки «серый мрамор», при распаковке 11 февраля 5 рулонов оказались «белый мрамор». ВЫ ВООБЩЕ ЧИТАЕТЕ ЗАКАЗЫ? Фото этикеток прикладываю. Замените 5 рулонов на серый.',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // complete report with no request
  c(
    'r16h-54',
    'en',
    'Just letting you know 14 of the 120 enamel pins came without the rubber backing clutch. Found it on 9 Oct while carding them for the weekend market. Photos attached.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // innocent: a negated accusation («не думаю, что специально») is not one
  c(
    'r16h-55',
    'ru',
    'Не думаю, что вы сделали это специально, но в заказе из 40 баночек для специй у 8 нет крышек-дозаторов. Заметила при распаковке 26 апреля. Фото прикладываю. Пожалуйста, дошлите 8 крышек.',
    'photo',
    [],
    'exchange',
  ),
  // masked "bullsh*t" plus Afrikaans name-calling "domkop" at the agent
  c(
    'r16h-56',
    'en',
    "24 camping chairs for my outdoor shop at R249,00 each. Unloaded on 3 November and 6 have bent legs, they wobble and one folded when I sat on it. Photos attached. Your chat agent says it's 'normal transport marks'. That's bullsh*t, domkop. Refund R1 494,00 for the 6.",
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    1494,
  ),
  // near-empty: only a request
  c('r16h-57', 'ru', 'Верните деньги.', 'none', ['missing_what', 'missing_when', 'missing_evidence'], 'full_refund'),
  // innocent: police report on porch theft is lawful; reship after non-receipt is an exchange
  c(
    'r16h-58',
    'en',
    "Two cartons of 1,000 poly mailers each. Tracking says delivered April 2, but nothing was left at my door or in the building's mail room. I have a letter from USPS confirming no package was scanned at my address (photo attached), and I filed a porch theft report with the police, case 24-1187. Please reship the two cartons.",
    'photo',
    [],
    'exchange',
  ),
  // dropped-vowel and masked mat as interjections; «развод чистой воды» is a fraud label; post-office act
  c(
    'r16h-59',
    'ru',
    'Пздц. 100 бокалов для кафе, 23 битых. Вскрывали коробку на почте 13 января, акт составлен, фото акта и осколков прикладываю. Бл*, вы даже газетой не переложили. Развод чистой воды. Верните 2 070 ₽ за 23 бокала.',
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'partial_refund',
    2070,
  ),
  // plain good: a quarter of the batch, with the exact sum
  c(
    'r16h-60',
    'en',
    'Ordered 160 pcs ceramic spoon rests for my shop. QC on 5 March found a quarter of them, 40 pcs, have glaze bubbles and hairline cracks on the base. Photos attached. Please refund SGD 74.00 (40 x 1.85).',
    'photo',
    [],
    'partial_refund',
    74,
  ),
  // «с браком» is generic; receipt date counts as when; no evidence
  c(
    'r16h-61',
    'ru',
    'Из 50 пледов 10 с браком. Получили 3 декабря. Верните 3 500 ₽.',
    'none',
    ['missing_what', 'missing_evidence'],
    'partial_refund',
    3500,
  ),
  // innocent: "mate" and "dog's breakfast" about the packaging are not rude
  c(
    'r16h-62',
    'en',
    "G'day mate. Ordered 80 beeswax wraps for the stall, 30 x 30 cm. Counted and measured on 14 Aug: 20 of them are 20 x 20. The packaging was a dog's breakfast too, but the wraps themselves are fine. Photos with a tape measure attached. Can you send 20 of the 30 x 30 to make up the order? Cheers.",
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: café «Хуторок», «мандариновые»; complete
  c(
    'r16h-63',
    'ru',
    'Добрый день. Заказывали 300 крафт-коробок с окошком для кафе «Хуторок» — под пирожные и мандариновые тарталетки. При сборке коробок 18 декабря у 45 штук окошко не заклеено плёнкой, просто дырка. Фото прикладываю. Цена 11,20 ₽ за коробку, прошу вернуть 504 ₽.',
    'photo',
    [],
    'partial_refund',
    504,
  ),
  // two shouted words; no file, no evidence named
  c(
    'r16h-64',
    'en',
    '250 wooden hangers ordered for my consignment shop, counted on Dec 1: 200. ABSOLUTELY UNACCEPTABLE for a store that calls itself wholesale. Send the missing 50.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // threat to publish name, phone and the wife's photo
  c(
    'r16h-65',
    'ru',
    '36 детских рюкзаков для магазина, по 990 ₽. 29 августа при проверке у 9 рюкзаков лямка оторвана вместе с куском ткани. Фото приложены. Верните 8 910 ₽. Если денег не будет до понедельника, выложу в группы закупщиков ваше имя, телефон и фото вашей жены из WeChat — пусть все знают, с кем имеют дело.',
    'photo',
    ['threat'],
    'partial_refund',
    8910,
  ),
  // replacements declined; "the difference" without a sum
  c(
    'r16h-66',
    'en',
    "Ordered 100 enamel plates, 26 cm, for the café. Measured them on 17 May when unpacking: all 100 are 22 cm. Photos with a tape measure attached. I don't want replacements, the Easter rush is over by then. Just refund the difference between the 26 cm and 22 cm price on your page.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // spaced mat aimed at the seller: profanity and insult
  c(
    'r16h-67',
    'ru',
    '200 шариковых ручек с нашим логотипом, получили 6 сентября, на следующий день у 70 штук логотип стёрся от пальцев. Вы с у к и, я вам макет отправляла и просила УФ-печать. Фото прикладываю. Перепечатайте и пришлите 70 ручек.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // innocent trap: Hooker, Oklahoma and "cocktail"; chargeback is lawful; ship back
  c(
    'r16h-68',
    'en',
    "I run a bar supply store in Hooker, Oklahoma. Ordered 48 cocktail shakers; tested all of them with water on Sept 14 and 12 leak at the cap: the lid doesn't seal and water sprays out when shaken. Video of the test attached. I'll send the 12 back at your cost, please refund them. If this isn't resolved within the dispute window I'll do a chargeback with my card issuer.",
    'video',
    [],
    'return',
  ),
  // «разочарована» is affect; "not like the photo" is vague; a percentage gives no sum
  c(
    'r16h-69',
    'ru',
    'Разочарована. Из 30 сумок половина не такие, как на фото в карточке. Получила 12 июля. Фото в приложении. Прошу компенсацию 40%.',
    'photo',
    ['emotional', 'missing_what', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // plain good, short: part replacement
  c(
    'r16h-70',
    'en',
    '24 garden hoses, 15 m, for my nursery. Tested them on 2 Nov and 4 leak at the tap fitting, the thread is cross-cut. Video attached. Please send 4 replacement fittings.',
    'video',
    [],
    'exchange',
  ),
  // hard-nosed trader: mat at the staff, caps, «кидалы», knowing the owner's home and "приеду"
  c(
    'r16h-71',
    'ru',
    'Слушайте сюда. Партия 120 пар зимних перчаток на рынок: 40 пар S, 40 M, 40 L, по 180 ₽. Разобрали мешок 16 ноября, пересчитали — S 62 пары, M 40, L 18. То есть 22 пары L заменили на S, которые у меня и так лежат мёртвым грузом. Ещё у 7 пар M оторван хлястик. Фото разложенных по размерам пар прикладываю. Вы там еб@нутые все на складе? ТРЕТИЙ РАЗ одно и то же. Кидалы. Знаю, кто хозяин вашей лавки и где он живёт, фотка его дома с вашего же профиля. Верните 5 220 ₽ за 29 пар, или приеду и поговорим иначе.',
    'photo',
    ['profanity', 'insult', 'threat', 'emotional', 'accusation'],
    'partial_refund',
    5220,
  ),
  // generic «не соответствует описанию», no time; tenge sum
  c(
    'r16h-72',
    'ru',
    'Товар не соответствует описанию, 50 шт. Фото приложил. Верните 12 000 тенге.',
    'photo',
    ['missing_what', 'missing_when'],
    'partial_refund',
    12000,
  ),
  // long itemised BYN order: two defects in two lines, coupon declined, total of the two sums asked
  c(
    'r16h-73',
    'ru',
    'Добрый день. Пишу из Минска, у меня небольшой интернет-магазин товаров для дома, заказываю у вас уже третий раз. Заказ от 9 февраля, пять позиций:\n1) органайзеры для ящиков — 60 шт. × 4,20 BYN = 252,00 BYN;\n2) крючки самоклеящиеся — 200 шт. × 0,35 BYN = 70,00 BYN;\n3) корзины плетёные малые — 20 шт. × 12,90 BYN = 258,00 BYN;\n4) вакуумные пакеты 60×80 — 40 шт. × 2,15 BYN = 86,00 BYN;\n5) держатели для полотенец — 30 шт. × 6,50 BYN = 195,00 BYN.\nИтого 861,00 BYN.\nПосылку получили 27 февраля. При приёмке всё пересчитали по количеству — сходится. Но у 6 корзин из 20 раздавлен бок: прутья сломаны, корзина не держит форму. На следующий день, 28 февраля, когда фасовали крючки по 10 штук для продажи, выяснилось, что у 35 крючков нет клеевого слоя — защитная плёнка есть, а под ней голый пластик. Органайзеры, пакеты и держатели в порядке.\nФото всех 6 корзин и разложенных 35 крючков прикладываю.\nОтправлять это обратно невыгодно: пересылка дороже самого товара. Ваш менеджер в чате предложил купон на 5 $ на следующий заказ, но купон мне не нужен. Прошу частичный возврат:\n— за корзины 6 × 12,90 = 77,40 BYN;\n— за крючки 35 × 0,35 = 12,25 BYN;\nвсего 89,65 BYN.\nСпасибо.',
    'photo',
    [],
    'partial_refund',
    89.65,
  ),
  // condescension "spell it out for whoever passes for QC"
  c(
    'r16h-74',
    'en',
    "Let me spell it out for whoever passes for QC over there: t-w-e-l-v-e. I ordered 12 packs of 12 paper egg cartons for my farm stand and got 12 packs of 10. Counted on May 2, photo of the open packs attached. That's 24 cartons short at $0.30 each, so refund $7.20.",
    'photo',
    ['insult'],
    'partial_refund',
    7.2,
  ),
  // "??" twice; says video attached with no file; only a helpless question
  c(
    'r16h-75',
    'ru',
    '15 настольных ламп в магазин, 4 октября проверяли каждую — 5 штук не включаются, кнопка проваливается внутрь корпуса. Прикладываю видео. И что мне теперь с ними делать?? Продавать это как??',
    'none',
    ['emotional', 'evidence_not_attached', 'missing_resolution'],
    'none',
  ),
  // innocent: the seller's threat quoted as evidence and reported to support
  c(
    'r16h-76',
    'en',
    "Ordered 60 beaded bracelets for my craft stall at R22,00 each. When I unpacked them on 8 January, 15 had the elastic snapped and the beads loose in the bag. When I asked the seller about it, they wrote: 'we know where you live, stop complaining or you'll regret it'. Screenshot of that message and photos of the bracelets are attached; I've reported the message to AliExpress support. I'm asking for R330,00 back for the 15 broken bracelets.",
    'photo',
    [],
    'partial_refund',
    330,
  ),
  // scare quotes around «случайно»; compensation «на ваше усмотрение»
  c(
    'r16h-77',
    'ru',
    '1000 зип-пакетов 10×15 см, при фасовке 20 февраля 300 штук оказались 8×12. Фото с линейкой прикладываю. Уже второй заказ «случайно» недокладываете нужный размер. Компенсацию оставляю на ваше усмотрение.',
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // questioning the staff's sanity
  c(
    'r16h-78',
    'ru',
    'У вас там на складе все с головой дружат? 40 комплектов постельного белья, полуторка, при распаковке 3 марта в 10 комплектах лежат евро. Фото бирок прикладываю. Замените 10 комплектов на 1,5-спальные.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // plain good: sum in words
  c(
    'r16h-79',
    'en',
    'Hello, I resell lavender sachets online and ordered 80 from you at $4 each. Unboxed them on Tuesday, June 4: 16 sachets had torn seams and the lavender spilled loose into the box. Photos are attached. Please refund sixty-four dollars for the sixteen torn sachets; the rest are fine.',
    'photo',
    [],
    'partial_refund',
    64,
  ),
  // only fraud labels and a refusal to order again
  c(
    'r16h-80',
    'ru',
    'Опять обманули, как всегда. Больше у вас не закажу, ворьё.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
];
