import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty, hold-out set U: buyers who avoid real swearing and reach for soft substitutes and minced oaths in
 * Russian and English, aimed at the item, the situation, themselves or the seller. Written by a hand that has not read
 * the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Minced oaths that are not mat («блин», «ёлки-палки», «ёлки-моталки», «капец», «пипец», «охренеть», «ёкарный бабай»,
 *   «нафиг», «хрен с ней», "darn", "heck", "gosh", "golly", "frick", "frigging", "oh my days") are neither rude nor
 *   emotional on their own, even said as a cry; only the listed markers (!!, ?!, capitals, affect words) make it emotional.
 * - The buyer naming their own feeling in soft slang («я офигела, когда открыла коробку», "I'm bloody livid") is an
 *   affect word, like «в шоке»: emotional.
 * - «Вы там офигели?», «с ёлки упали?» asked of the seller question their sanity: insult (the soft form of «ohueli?»
 *   drops the profanity, not the insult); not emotional unless another marker is there.
 * - Sending the seller away with a soft formula and no mat («пошли вы в пень», "sod off with …") is an insult, like
 *   «Чтоб вам пусто было» of round twenty-five; with minced mat («идите нах», "eff off", "go fork yourself") it stays
 *   profanity only, as in rounds twelve and eighteen.
 * - "eff off", "effing" and "go fork yourself" still read as the English word: profanity. "frick", "frigging" do not.
 * - "Bloody" as an intensifier is emotional (round fourteen), not rude.
 * - The seller's «идите лесом со своими претензиями», quoted by the buyer after «написал», is the seller's: no finding.
 * - «распорола подкладку у кармана, чтобы проверить» is a discovery circumstance (a "how"), like measuring with a tape.
 * - "Got the lamp yesterday" next to a vague complaint counts as a time; only the "what" is missing.
 * - A broken part's mechanism ("the tab snapped", «пружина выскакивает») with no date or discovery moment has no "when".
 * - Words that only look rude («колебания», «оскорблять», «употребления», «застрахуй», «хрен» the root, «блинница»,
 *   «лесом», «пень», Heckmondwike, Chipping Sodbury, Bloody Mary glasses, darning needles, forks) are innocent.
 */
export const ROUND30_HOLDOUT_U: CorpusCase[] = [
  // «Блинница», «блины»: ordinary words; complete and calm.
  c(
    'r30u-01',
    'ru',
    `Здравствуйте. Блинница BL-200 пришла 3 марта. При первом же включении греется только левая пластина, правая остаётся холодной: через 10 минут термометр для мяса показывает на ней 28 градусов. Блины, соответственно, с одной стороны подгорают, с другой сырые. Видео с термометром прикладываю. Прошу заменить блинницу на исправную.`,
    'video',
    [],
    'exchange',
  ),
  // «Хрен с ней» about the delivery and the horseradish root: innocent; whole price named as the order total.
  c(
    'r30u-02',
    'ru',
    `Хрен с ней, с доставкой в полтора месяца, не в ней дело. Тёрка для хрена и имбиря (керамическая, с ручкой) пришла 12 апреля, и при первой же попытке натереть корень ручка отломилась — пластик треснул у самого основания, на фото видно трещину и скол. Тёркой пользоваться нельзя. Прошу вернуть 640 руб. — полную стоимость заказа.`,
    'photo',
    [],
    'full_refund',
  ),
  // "darn it" and darning needles: innocent; sum for missing items.
  c(
    'r30u-03',
    'en',
    `Hi, darn it, I was looking forward to these. I ordered the set of 30 darning needles (assorted sizes) and it arrived on 14 May with only 18 in the tube - I counted them twice on the kitchen table. Photo of all 18 laid out next to the label that says 30 pcs is attached. The needles themselves are fine. Could you refund $1.80 for the 12 that are missing?`,
    'photo',
    [],
    'partial_refund',
    1.8,
  ),
  // «Вы там офигели?» and «Рулетку в руках держали?» at the seller: insult; otherwise complete.
  c(
    'r30u-04',
    'ru',
    `Вы там офигели? Третий раз пишу одно и то же: заказывала плед 200×220, пришёл 150×200. Получила 8 октября, развернула дома и сразу померила. А вы мне в ответ: «размер соответствует». Рулетку в руках держали когда-нибудь? Фото пледа с рулеткой по обеим сторонам приложила. Верните разницу между размерами — 900 рублей.`,
    'photo',
    ['insult'],
    'partial_refund',
    900,
  ),
  // "Eff off with …" sends the seller away with the F word: profanity only; tracking number is evidence.
  c(
    'r30u-05',
    'en',
    `Order 8152 0034 7761. The tent pegs never arrived. Tracking LP00123456789CN has said 'departed from sorting centre' since 2 February, that's 47 days now. Your chat keeps telling me to wait another 15 days. Eff off with the 'please be patient', I've been patient. I want my money back.`,
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Outburst (!!, «обидно до слёз») with nothing concrete.
  c(
    'r30u-06',
    'ru',
    `Ёлки-палки, ну сколько можно!! Опять всё не так, как я хотела. Обидно до слёз, честное слово.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Ёкарный бабай» about the buyer's own luck: no finding; complete.
  c(
    'r30u-07',
    'ru',
    `Ёкарный бабай, вот это я попал. Удлинитель на 5 розеток в описании с проводом 3 метра, а пришёл с проводом 1,5 м. Измерил рулеткой сразу при получении, 19 ноября, — до розетки за диваном, ради которой брал, он просто не достаёт. На фото рулетка вдоль всего провода. Прошу обменять на удлинитель с трёхметровым проводом, как в описании.`,
    'photo',
    [],
    'exchange',
  ),
  // "You absolute muppets" at the packers: insult.
  c(
    'r30u-08',
    'en',
    `Gosh. You absolute muppets packed a glass cake stand in a paper envelope with no bubble wrap at all. It arrived on 2 June in three pieces, photos of the envelope and the pieces attached. I'd like a full refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Развод», «вы прекрасно знаете, что продаёте»: accusation; «картинка одна, приходит другое» is vague.
  c(
    'r30u-09',
    'ru',
    `Капец. Картинка в карточке товара одна, а приходит совсем другое. Развод чистой воды, и вы прекрасно знаете, что продаёте. Верните деньги.`,
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Heckmondwike and "oh my days": innocent; complete.
  c(
    'r30u-10',
    'en',
    `Oh my days. The shiitake grow kit (2 kg substrate block) was delivered to my house in Heckmondwike on 11 September, and when I cut open the bag that evening the whole block was covered in green mould, not the white mycelium shown in the instructions. Photos of the block from both sides are attached. Could you send a replacement kit, please?`,
    'photo',
    [],
    'exchange',
  ),
  // «Звиздец, а не сушилка» judges the item: profanity only.
  c(
    'r30u-11',
    'ru',
    `Звиздец, а не сушилка для белья. На второй день, как развесила бельё, одна из боковых штанг выскочила из крепления и погнулась, защёлка на фото — пластиковый язычок просто срезан. Сушилку получила 5 июля. Прошу вернуть деньги полностью.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Return declined, compensation «на ваше усмотрение»: partial without a sum.
  c(
    'r30u-12',
    'ru',
    `Добрый день. Скатерть 140×180 см пришла 22 января с тёмным масляным пятном в углу, размером примерно с ладонь. Постирала два раза при 40 градусах — не отстиралось. Фото пятна до и после стирки приложила. Отправлять обратно в Китай долго и дорого, поэтому прошу частичную компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A relative near the warehouse and "a darn shame if he had to stop by": veiled threat.
  c(
    'r30u-13',
    'en',
    `Heck, I don't want this to get ugly. But my brother-in-law drives past your warehouse in Yiwu every week, and it would be a darn shame if he had to stop by and sort this out in person. The ski goggles from order 3001 4471 came with a crack across the left lens on 9 January, photo attached. Refund, please.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Chargeback and an honest review are lawful; «блин» is nothing.
  c(
    'r30u-14',
    'ru',
    `Здравствуйте. Детская ветровка, рост 122: после первой же стирки (30 градусов, как на ярлыке) разошёлся шов на правом рукаве — от подмышки почти до локтя, нитки просто вылезли. Ветровку получили 2 апреля, стирали 6-го. Сын, блин, только один раз успел её надеть. Фото шва и ярлыка прикладываю. Прошу вернуть деньги. Если до 30 апреля вопрос не решится, обращусь в банк за возвратом платежа и напишу честный отзыв о товаре.`,
    'photo',
    [],
    'full_refund',
  ),
  // "Bloody useless" is emotional; "sort it out" is no request; no evidence.
  c(
    'r30u-15',
    'en',
    `Bloody useless. The garden hose nozzle has leaked at the thread from the first day, water runs straight down my arm whatever setting I pick. I've messaged you twice already. Sort it out.`,
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «объясняю как первокласснику» and words cut up for the reader: insult.
  c(
    'r30u-16',
    'ru',
    `Блин, объясняю как первокласснику, раз с первого раза не доходит. Карниз. Заказан. Два. Метра. Пришёл — метр шестьдесят. Получила 14 февраля, на фото карниз лежит вдоль рулетки, цифры видно. Мне нужен обмен на карниз длиной 2 метра, как я и заказывала.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // The seller's «идите лесом» quoted as evidence is the seller's; buyer offers the item back.
  c(
    'r30u-17',
    'ru',
    `Термос 1 л заявлен как «держит тепло 24 часа». 6 декабря, на следующий день после получения, налила кипяток в 8 утра — к 12 часам вода была 35 градусов, проверяла кухонным термометром; повторила дважды, результат тот же. В чате продавец написал мне: «идите лесом со своими претензиями, термос нормальный». Скриншот переписки и фото термометра прикладываю. Прошу вернуть деньги, термос готова отправить обратно.`,
    'photo',
    [],
    'return',
  ),
  // "Go fork yourself" reads as the F word and sends the seller away: profanity only.
  c(
    'r30u-18',
    'en',
    `The seller replied 'no refund, buyer fault'. Well, go fork yourself. The fishing reel's handle snapped off at the joint on my very first cast, 17 August, and I have it on video. Full refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Scare quotes around «случайно», twice: accusation by sarcasm.
  c(
    'r30u-19',
    'ru',
    `Ну конечно, опять «случайно». В наборе семян должно быть 10 пакетиков, пришло 4 — пересчитала при вскрытии 20 марта, фото содержимого прилагаю. В прошлый раз тоже «случайно» недоложили. Верните 180 рублей за 6 недостающих пакетиков.`,
    'photo',
    ['accusation'],
    'partial_refund',
    180,
  ),
  // «не доводите до греха» plus knowing the warehouse and «заехать, поговорить по-другому»: threat.
  c(
    'r30u-20',
    'ru',
    `Ёлки-палки, не доводите до греха. Кресло-мешок пришло 2 октября без внутреннего чехла — при распаковке был только внешний чехол и пакет с наполнителем, фото прилагаю. Я в Москве, ваш склад тоже в Москве, на Каширке, адрес в накладной есть. Могу и лично заехать, поговорить по-другому. Верните 1 200 ₽ за чехол.`,
    'photo',
    ['threat'],
    'partial_refund',
    1200,
  ),
  // Trading Standards and an honest review are lawful steps; "gosh" is nothing.
  c(
    'r30u-21',
    'en',
    `Gosh, I'm not normally one to complain. The bathroom scale shows a different weight every time I step on it: 71.2, 73.8 and 69.9 kg within one minute, on a hard tiled floor. I noticed it the evening it arrived, 25 April, and the video attached shows three weigh-ins in a row. If this can't be resolved I'll contact Trading Standards and leave an honest review. Please refund in full.`,
    'video',
    [],
    'full_refund',
  ),
  // A two-letter word only.
  c('r30u-22', 'ru', `ну`, 'none', ['empty_text'], 'none'),
  // «Пипец какой-то» alone is no marker; nothing concrete, «разберитесь» is no request.
  c(
    'r30u-23',
    'ru',
    `Пипец какой-то. Заказ пришёл, а там такое... Даже писать не хочу. Разберитесь.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Pictures said to be attached with no file; "half the price" has no sum.
  c(
    'r30u-24',
    'en',
    `Heck of a week. The yoga mat, listed as 183 × 61 cm, arrived on 3 March measuring 170 × 58 — I measured it with a tape straight away and took photos, see the pictures attached. I'll keep it, but I'd like half the price back.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «бестолочи со склада» at the staff: insult.
  c(
    'r30u-25',
    'ru',
    `Ну что, бестолочи со склада, опять цвет перепутали? Чехлы на автомобильные сиденья заказывала серые, пришли бежевые, увидела сразу при получении 11 мая. На фото этикетка с артикулом серых и сами бежевые чехлы рядом. Прошу обмен на серые.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «колебания», «употребления», «оскорблять» only look rude; complete partial with a sum.
  c(
    'r30u-26',
    'ru',
    `Добрый день. Заказала 12 стеклянных баночек для специй, в описании: «стекло выдерживает колебания температуры, подходит для употребления в пищу». Пришло 6 баночек из 12: пересчитала при распаковке 2 августа, в коробке 6 пустых гнёзд, фото прилагаю. Оскорблять никого не хочу, но прошу вернуть 270 рублей за недостающие шесть (по 45 рублей за штуку, как в карточке).`,
    'photo',
    [],
    'partial_refund',
    270,
  ),
  // "SO disappointed" is emotional; no date, no evidence.
  c(
    'r30u-27',
    'en',
    `I am SO disappointed. The dog harness (size M) has a buckle on the chest strap that pops open whenever she pulls — it's the plastic clip, one of its two teeth is missing. Oh my days, she nearly ran into the road! Please send a replacement harness with a working buckle.`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «идите нах с ним» sends the seller away with minced mat: profanity only.
  c(
    'r30u-28',
    'ru',
    `Зонт-трость: при первом открытии 15 сентября сломалась спица у самой ручки, купол провис — на видео момент поломки, снимал сразу. Ваш «подарочный купон на 2 доллара вместо возврата» — идите нах с ним. Верните деньги полностью.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // "Bloody Mary" glasses; a negated "on purpose" is no accusation.
  c(
    'r30u-29',
    'en',
    `Hello. The Bloody Mary glass set (4 glasses with salt rim tray) arrived on 30 November, and two of the glasses have chips on the rim, one about 3 mm, the other about 5 mm. I spotted them while washing them before first use. Photos of both chips are attached. I'm sure it wasn't on purpose, it's probably the packing. Could you send two replacement glasses?`,
    'photo',
    [],
    'exchange',
  ),
  // Money declined, missing bits asked for: exchange; no date, no evidence.
  c(
    'r30u-30',
    'ru',
    `Блин, ну как так. Набор отвёрток с битами: в кейсе 24 биты, а должно быть 32 — восьми нет, гнёзда пустые, не хватает всех торксов. Деньги не нужны, пришлите, пожалуйста, недостающие биты.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Sarcastic praise «молодцы, мастера своего дела» for the packing: insult.
  c(
    'r30u-31',
    'ru',
    `Ой, ну молодцы, ёлки зелёные, мастера своего дела! Фарфоровую кружку завернули в один слой газеты и положили в пакет. Пришла 4 апреля — ручка отдельно, сама кружка в трёх кусках, фото осколков прилагаю. Прошу полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "you do this on purpose": accusation; sum in words.
  c(
    'r30u-32',
    'en',
    `Oh for heaven's sake. I paid for the 4-pack of satin pillowcases and you sent the 2-pack — received on 12 July, photo of the packet label attached. Don't tell me it was a mistake, you do this on purpose to save on stock. Refund me twelve dollars for the two that are missing.`,
    'photo',
    ['accusation'],
    'partial_refund',
    12,
  ),
  // A police report is lawful; the carrier's status in quotes is theirs; complete non-receipt.
  c(
    'r30u-33',
    'ru',
    `Ёлки-палки, впервые такое. Посылка с трек-номером RB123456785CN по отслеживанию «вручена адресату» 3 июня, но я её не получала: ячейка в постамате была пустой, а в поддержке постамата сказали, что её открыли чужим кодом. Я подала заявление в полицию. Скриншот отслеживания и талон-уведомление из полиции прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Found the manager's social page and hints at showing it around: threat.
  c(
    'r30u-34',
    'ru',
    `Ёлки-моталки. Дождевик на рост 110 пришёл на рост 92, на фото бирка. Получила 27 августа. Фамилию вашего менеджера я знаю, страничку ВКонтакте тоже нашла. Будет неприятно, если её увидят все мамочки нашего района, правда? Прошу обмен на 110.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // "?!" is emotional; "which of you numpties" names the staff: insult.
  c(
    'r30u-35',
    'en',
    `What the frick?! Which of you numpties decided a 3-tier shoe rack is the same as the 5-tier one in my order? It came on 18 January, photo of the box and the assembled rack attached. Exchange it for the 5-tier one please.`,
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // «!!!» and «в шоке»: emotional; «охренеть» is not rude; a question is no request.
  c(
    'r30u-36',
    'ru',
    `Охренеть!!! Я в шоке! Гирлянда на 10 метров, а светится только половина: с пятого метра и до конца ни одна лампочка не горит. Включила вчера вечером в первый раз — и сразу так. Что мне теперь с этим делать?`,
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Ну и х-ня.» cries out minced mat: profanity and emotional; the whole order sum is a full refund.
  c(
    'r30u-37',
    'ru',
    `Ну и х-ня. Душевая лейка треснула по корпусу через неделю после установки, вода бьёт вбок из трещины, фото прилагаю. Верните 350 руб., это вся сумма заказа.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Chipping Sodbury is a town; offers both bottles back.
  c(
    'r30u-38',
    'en',
    `Hello. The two carbonation bottles from order 5530 were delivered to my address in Chipping Sodbury on 6 February. The cap thread doesn't match the machine they're listed as compatible with — the bottle won't screw in, it just spins, as the video attached shows. I'll send both back; please refund me once they arrive with you.`,
    'video',
    [],
    'return',
  ),
  // Ironic thanks without praise of a person is not rude; photo said attached with no file; decimal comma; no date.
  c(
    'r30u-39',
    'ru',
    `Спасибо, блин, за сюрприз: в наборе акварели 24 цвета вместо 36, двенадцати кюветок нет вообще, на их месте пустое дно. Фото прилагаю. Прошу вернуть 2,70 € за недостающие цвета.`,
    'none',
    ['missing_when', 'evidence_not_attached'],
    'partial_refund',
    2.7,
  ),
  // «дармоедами из поддержки» names the staff: insult; tracking number is evidence.
  c(
    'r30u-40',
    'ru',
    `Третью неделю переписываюсь с вашими дармоедами из поддержки, толку ноль. Посылку жду 52 дня, трек-номер LP00987654321CN, последнее движение — 14 марта, «прибыла на сортировочный центр». Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // "ridiculous" is affect; "not as described" is vague.
  c(
    'r30u-41',
    'en',
    `This is ridiculous. Not as described at all. Heck, I just want my money back.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Капец» as glad surprise, a single «!»: nothing; complete partial with a sum.
  c(
    'r30u-42',
    'ru',
    `Капец, вот это скорость — заказ пришёл за 6 дней, спасибо! Но есть одна проблема: в комплекте штор блэкаут (2 шт.) одна штора шириной 145 см, а вторая 130 см, хотя обе должны быть 145. Заметила 9 декабря, когда вешала их на карниз. Фото обеих штор с рулеткой прикладываю. Прошу компенсировать 500 рублей.`,
    'photo',
    [],
    'partial_refund',
    500,
  ),
  // Wishing the seller's home sparks like the power strip: threat.
  c(
    'r30u-43',
    'ru',
    `Ёкарный бабай, чтоб у вас дома всё так искрило, как этот сетевой фильтр. При первом же включении 13 мая из третьей розетки пошли искры и запахло горелым пластиком, хорошо, что рядом стояла. Видео прикладываю. Верните деньги.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "a right plonker" about the buyer: no insult; a missing part asked for is an exchange.
  c(
    'r30u-44',
    'en',
    `Gosh, I felt like a right plonker assembling this twice before I realised what was wrong: the left rail of the bedside table is drilled on the wrong side, so the drawer can't sit on it. Found this while assembling on 20 October. Photos of both rails side by side are attached. Could you send a correctly drilled left rail?`,
    'photo',
    [],
    'exchange',
  ),
  // «Жульё» is a fraud label: accusation; «разницу» has no sum.
  c(
    'r30u-45',
    'ru',
    `Жульё, блин. Пуховик заявлен с натуральным пухом 90/10, а внутри синтепон — распорола подкладку у кармана, чтобы проверить, фото наполнителя прилагаю. Верните разницу.`,
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «пошли вы в пень» at the seller: insult (see header); tracking number is evidence.
  c(
    'r30u-46',
    'ru',
    `Да пошли вы в пень со своим «подождите ещё 30 дней». Посылку жду 67 дней, трек-номер YT2212345678901234, отслеживание не обновлялось с 3 февраля. Верните деньги.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // "frigging" about the item is a soft intensifier: nothing; complete.
  c(
    'r30u-47',
    'en',
    `The frigging guard comb on the hair clipper snapped on the second use, 14 March — the clip that holds it to the blade just broke off, photo of both halves attached. I know these things happen. I'd like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // «Я офигела» names the buyer's shock: emotional; «вы специально»: accusation; no evidence.
  c(
    'r30u-48',
    'ru',
    `Я офигела, когда открыла коробку 1 октября: набор кастрюль заявлен из трёх штук с тремя крышками, а пришло две кастрюли и одна крышка. Вы специально недокладываете, чтобы люди махнули рукой. Верните стоимость недостающей кастрюли — 1 450 ₽.`,
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'partial_refund',
    1450,
  ),
  // Transliterated Russian with «blin»: ru, innocent, complete.
  c(
    'r30u-49',
    'ru',
    `Blin, zdravstvuyte. Kovrik dlya vannoy prishel 7 iyunya, razmer 50x80 vmesto zakazannogo 60x90, izmeril ruletkoy v tot zhe den, foto prilagayu. Proshu obmen na pravilnyy razmer.`,
    'photo',
    [],
    'exchange',
  ),
  // "Let me use small words" talks down: insult; a return on the seller's label.
  c(
    'r30u-50',
    'en',
    `Let me use small words, since your team clearly struggles with numbers. I ordered 25 mm curtain rings. You sent 40 mm. Heck, even the packet says 40. They arrived on 5 September and I measured them with a ruler that same afternoon; photo of the ruler against a ring is attached. I'll send them back if you provide the return label.`,
    'photo',
    ['insult'],
    'return',
  ),
  // «Бог вам судья» is no finding; complete non-receipt with tracking.
  c(
    'r30u-51',
    'ru',
    `Ёлки-палки, 38 дней жду посылку. Трек-номер RR234567890CN, по отслеживанию с 20 мая «покинула страну отправления» и всё. Продавец на мои сообщения не отвечает. Ну что ж, Бог вам судья. Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // «Обидно до слёз» is affect; otherwise complete.
  c(
    'r30u-52',
    'ru',
    `Обидно до слёз, блин. Купили детям пазл на 500 деталей к праздникам, собирали всей семьёй 2 января — в конце не хватило трёх деталей, на фото видны три пустых места в середине картинки. Коробку перерыли, под диваном искали — нет. Пришлите, пожалуйста, недостающие детали или новый пазл.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Forks are forks; "lol" is filler; complete partial.
  c(
    'r30u-53',
    'en',
    `Hi! The cutlery set (24 pieces) came with 5 forks instead of 6, and the forks are the whole reason I bought it lol. Counted everything when unpacking on 19 April, photo of the tray attached. Please refund $4 for the missing fork.`,
    'photo',
    [],
    'partial_refund',
    4,
  ),
  // Plain and polite but no evidence; offers the shoes back.
  c(
    'r30u-54',
    'ru',
    `Кроссовки заказывала 41 размера, пришли 39-го: на стельке 25 см вместо 26,5. Увидела сразу при получении, 16 апреля. Верните, пожалуйста, деньги, кроссовки готова отправить обратно.`,
    'none',
    ['missing_evidence'],
    'return',
  ),
  // "effing clowns" at the staff: profanity and insult, not emotional.
  c(
    'r30u-55',
    'en',
    `Your effing clowns in the warehouse have sent me a bike pump with a gauge that sits at zero whatever the pressure. Noticed the first time I used it on 2 May, tyre was rock hard and the needle didn't move — photo of the gauge on a pumped tyre attached. Full refund please.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «с ёлки упали?» questions the seller's sanity: insult.
  c(
    'r30u-56',
    'ru',
    `Вы там совсем с ёлки упали? Из 12 стеклянных новогодних шаров 4 пришли разбитыми, коробка мятая. Открыли 28 декабря, фото осколков прилагаю. Верните 300 рублей за четыре разбитых шара.`,
    'photo',
    ['insult'],
    'partial_refund',
    300,
  ),
  // «брак» is generic; exchange asked, nothing else.
  c(
    'r30u-57',
    'ru',
    `Ёлки-палки, брак. Замените.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Knows the return address, a cousin nearby who "may pop round to have a word": veiled threat.
  c(
    'r30u-58',
    'en',
    `Funny thing: the return address on your parcel in Guangzhou is two streets from my cousin's flat. He says hi. Heck, maybe he'll pop round to have a word. The aquarium filter's motor stopped on 12 June, three days after I set it up, video attached showing it humming but not turning. Refund, please.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «Ну вы и жуки» is an accusation; no evidence.
  c(
    'r30u-59',
    'ru',
    `Ну вы и жуки. Рюкзак заявлен на 30 литров, 50×30×20 см, а по факту 40×25×20 — это от силы 20 литров. Заметила вчера, когда собиралась в поход: половина вещей не влезла, потом замерила сантиметром. Прошу обмен на рюкзак, который соответствует заявленному объёму.`,
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // "bloody livid" is emotional; "the difference" has no sum.
  c(
    'r30u-60',
    'en',
    `I'm bloody livid. The duvet set was listed as 100% cotton, and when I washed it for the first time on 5 August I read the care label: 65% polyester, 35% cotton. Photo of the label attached. Refund the difference.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «ёпт» cried on opening the box: profanity and emotional.
  c(
    'r30u-61',
    'ru',
    `Открываю коробку — ёпт, ручка у сковороды болтается во все стороны: винт крепления сорван, подтянуть нельзя. Это было 21 февраля, при распаковке, фото ручки и винта прилагаю. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Long, strong but polite: «застрахуй», «колебаний» only look rude; negated «специально»; consumer authority is lawful.
  c(
    'r30u-62',
    'ru',
    `Здравствуйте. Пишу спокойно и по делу, хотя, признаюсь, первая реакция была «ну ёлки-палки».\nВелосипедный замок (тросовый, с кодом из 4 цифр, артикул ZK-118) получила 11 июля. Уже на третий день, 14 июля, код перестал срабатывать: выставляю свои цифры 4-7-1-9, которые задала при первой настройке по инструкции, — замок не открывается, а открывается на комбинации 4-7-1-8 и ещё на нескольких соседних. То есть колёсики проворачиваются с люфтом, и фактически замок откроет любой, кто покрутит его пару минут. Это не мелочь: велосипед стоит у подъезда, и замок — единственное, что его держит. Застрахуй я велосипед — страховая такой замок и не приняла бы.\nЯ не думаю, что вы сделали это специально, скорее всего, это брак партии. Но без колебаний скажу: пользоваться этим замком нельзя.\nПрикладываю видео, где замок открывается на «чужих» комбинациях, а в начале видео крупно показан артикул на упаковке.\nПрошу полный возврат стоимости — 1 190 рублей. Если вопрос не решится в рамках спора, обращусь в Роспотребнадзор и оставлю честный отзыв с этим видео.`,
    'video',
    [],
    'full_refund',
  ),
  // Concrete fault, "Heck, what am I supposed to do" is no request; no time, no evidence.
  c(
    'r30u-63',
    'en',
    `The zip on the sleeping bag keeps jamming halfway down, right where the two halves of the zipper meet the corner. Heck, what am I supposed to do with it?`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «лесом», «пень» in their plain meaning; complete.
  c(
    'r30u-64',
    'ru',
    `Налобный фонарик: шли с детьми лесом до озера 9 июня, и на первой же прогулке крепление резинки отломилось от корпуса, фонарь упал и укатился под пень. Пластиковая петля лопнула по месту склейки, на фото это хорошо видно. Прошу прислать новый фонарик или хотя бы крепление.`,
    'photo',
    [],
    'exchange',
  ),
  // «нафиг» about the situation and the colour: nothing; complete.
  c(
    'r30u-65',
    'ru',
    `Да ну нафиг, думаю, может, при лампе так кажется. Нет. Пряжа заявлена цвета «мята», 10 мотков, а пришла ярко-салатовая, кислотная. Разглядела при дневном свете на следующий день после получения, 12 марта; фото мотка рядом с картинкой из карточки прилагаю. Нафиг мне такой цвет для детского пледа. Прошу обменять на мятную.`,
    'photo',
    [],
    'exchange',
  ),
  // "Sod off with …" sends the seller away: insult (see header); otherwise complete.
  c(
    'r30u-66',
    'en',
    `Sod off with your 'buyer's mistake' line. The LED desk lamp flickers on the lowest brightness setting and has done since the day it arrived, 22 February. The video attached shows it clearly. Full refund, please.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Sum in words; no time or discovery moment.
  c(
    'r30u-67',
    'ru',
    `Набор деревянных прищепок, 24 штуки: у шести пружина выскакивает из паза, ещё две треснули по дереву. Фото прилагаю. Прошу вернуть сто пятьдесят рублей за восемь бракованных.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    150,
  ),
  // "!!" is emotional; "Classic scam" accuses.
  c(
    'r30u-68',
    'en',
    `Holy heck!! The 'gold-plated' necklace turned my neck green after two days of wearing, and the plating has rubbed off the clasp, photos attached. Classic scam. Full refund.`,
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // A brother at customs holding every parcel: menace by connections, threat.
  c(
    'r30u-69',
    'ru',
    `Блин, не хотела до этого доводить. Набор кистей для макияжа: заявлено 15 штук, пришло 12, пересчитала при распаковке 10 июня, фото прилагаю. У меня брат на таможне работает, так что, если не договоримся, каждая ваша посылка в наш город будет лежать на досмотре месяцами. Верните 240 ₽ за три недостающие кисти.`,
    'photo',
    ['threat'],
    'partial_refund',
    240,
  ),
  // «Я, балда» about the buyer: no insult; return offered.
  c(
    'r30u-70',
    'ru',
    `Я, балда, сразу не проверила, а на следующий день после получения заметила: у настенных часов секундная стрелка стоит, а минутная за сутки отстаёт на 20 минут. Получила 3 марта, батарейку меняла — то же самое. Видео со стрелками прикладываю. Готова вернуть часы, верните, пожалуйста, деньги.`,
    'video',
    [],
    'return',
  ),
  // "whatever you think is fair" is a partial refund without a sum; no evidence.
  c(
    'r30u-71',
    'en',
    `Goodness me. The set of six bamboo plant pots arrived on 8 May with one pot split right down the side. I'm happy to keep the other five; please refund whatever you think is fair for the broken one.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Mat with Latin look-alike letters asked of the seller: profanity and insult.
  c(
    'r30u-72',
    'ru',
    `Вы там совсем оxyeли? 45 дней посылки нет, трек-номер LV123456789CN не отслеживается вообще. Верните деньги.`,
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "Gutted" is affect; no time.
  c(
    'r30u-73',
    'en',
    `Gutted. The zip pull on my son's winter jacket has come off, the little metal tab snapped at the hinge, photo attached. Please send a new jacket in the same size, 7-8 years.`,
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // «На видео видно» with no file.
  c(
    'r30u-74',
    'ru',
    `Электрическая зубная щётка перестала заряжаться на третий день после получения (получила 1 марта): ставлю на подставку, индикатор мигает красным, щётка не включается. На видео видно, как индикатор мигает. Верните деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // The agent's quoted "go f*** yourself" is still profanity.
  c(
    'r30u-75',
    'en',
    `Your agent Leo wrote to me, and I quote: 'go f*** yourself, buyer, read the listing'. Screenshot attached. For the record, the listing says the ceiling light comes with a mounting bracket, and the box had none, which I found when I went to install it on 4 January. Photo of the box contents attached too. Full refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Long, calm, the husband's «ёлки-палки» quoted; complete.
  c(
    'r30u-76',
    'ru',
    `Добрый день. Сразу скажу, что ругаться не люблю, так что обойдусь без выражений, хотя муж, когда ставили палатку, сказал: «Ну, ёлки-палки…».\nЗаказ — палатка четырёхместная, двухслойная, с тентом. Получили 28 мая, 1 июня поехали ставить её на даче на пробу, перед первым походом. Выяснилось следующее:\n1. В чехле 3 дуги вместо 4 (в инструкции на второй странице — 4, так же и на картинке в карточке). Без четвёртой дуги тамбур не держится.\n2. Колышков 8, а в описании — 12.\n3. На тенте у входа шов не проклеен на длине примерно 30 см: проверили из шланга, вода течёт внутрь.\nВидео с разложенным на траве содержимым чехла и с водой из шланга по шву — в приложении.\nПалатка в остальном хорошая, ткань плотная, ничем не пахнет. Прошу заменить её на полный комплект без дефекта шва.`,
    'video',
    [],
    'exchange',
  ),
  // «офигели совсем?!» at the seller: insult and emotional; «забирайте обратно» is a return.
  c(
    'r30u-77',
    'ru',
    `Вы там офигели совсем?! Ортопедическая подушка пришла 15 сентября с резким химическим запахом, неделю лежала на балконе — запах не выветрился, спать на ней невозможно, у сына от неё першит в горле. На фото этикетка: «без запаха, гипоаллергенно». Забирайте свою подушку обратно и верните деньги.`,
    'photo',
    ['insult', 'emotional'],
    'return',
  ),
  // "poor quality, not as described" is vague; receipt yesterday is the time.
  c(
    'r30u-78',
    'en',
    `Oh my days. Got the lamp yesterday and it's just poor quality, not as described. Refund please.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // "whoever cheated me regretted it", disclaimer notwithstanding: threat and accusation.
  c(
    'r30u-79',
    'ru',
    `Блин, я никому не угрожаю, но скажу прямо: кто меня обманывал, потом сильно жалел. Кухонные весы добавляют 40 г к любому весу: ставлю гирю 500 г от старых весов — показывают 540, пустая чаша — 40. Получила 9 ноября, в тот же вечер и заметила. Фото с гирей прилагаю. Верните деньги.`,
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // "Golly" and a cocktail shaker: innocent; complete.
  c(
    'r30u-80',
    'en',
    `Golly. The cocktail shaker's strainer lid won't close — the rim is dented on one side, I noticed it when unpacking on 27 March. Photo of the dent attached. Please send a replacement lid.`,
    'photo',
    [],
    'exchange',
  ),
];
