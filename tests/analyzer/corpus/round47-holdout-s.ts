import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-seven, hold-out set s: buyers of vapes, pods, coils, lighters, hookahs, grinders, rolling papers and a
 * few neighbouring goods (a car lighter socket, a kitchen torch, a bee smoker, a hoodie) write dispute texts full of
 * smoking slang that sounds rude or illegal but is not, beside real mat, insults, threats and fraud labels. Written by
 * a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Vaping and hookah slang ("hit", "toke", "dry hit", "bong", "joint" of a pipe, "blunt" blades, "pod", "roach tips",
 *   «жижа», «парить», «затяжка», «хапка», «дудка», «дует», «убойная крепость») describes use of the goods: no finding.
 * - «Барыги» is a fraud label for a seller (profiteers, dealers), so it is an accusation, not an insult, as the brief
 *   groups it.
 * - «Зажигалка — говно» and «Качество х*ёвое» are flat predicates about the item: profanity only, no feeling (round
 *   forty-six's "The motor is shit.").
 * - Two capitalised colour words set against each other (BLACK … WHITE) are two fully capitalised words, so emotional,
 *   even though they also name the mismatch.
 * - «Фото могу скинуть» names evidence without attaching it: neither `missing_evidence` nor `evidence_not_attached`.
 * - "F off with your 'send more photos'" is profanity only (round twelve); the photos it says were sent before are
 *   evidence named.
 * - A clown emoji after "your support team" is name-calling (round twenty-six), an insult only: it is not an emotive
 *   face of the writer.
 * - "Got it last Friday" next to a vague "not as described" still gives the time; only `missing_what` is labelled.
 * - «вернуть стоимость двух штук» with no sum is a partial refund without an amount (round forty-two, part of a batch).
 * - "It kills the whole experience" of a cigar cutter and the cigar cutter's "guillotine" are no threat.
 * - A reply that says the video is "already in the dispute" is given a video file in the form.
 */
export const ROUND47_HOLDOUT_S: CorpusCase[] = [
  // pods leaking; «жижа» and «затяжка» are innocent; complete
  c(
    'r47s-01',
    'ru',
    `Заказывал картриджи (поды) для Vaporesso XROS, 4 шт. Получил 12 марта, и при первой же заправке два пода из четырёх потекли через нижнее отверстие — жижа оказывается в отсеке аккумулятора уже через пару затяжек. Видео, как подтекает, прикрепил. Прошу заменить два неисправных пода.`,
    'video',
    [],
    'exchange',
  ),
  // "hit" innocent; multimeter reading as discovery; no evidence
  c(
    'r47s-02',
    'en',
    `Hi, bought the 5-pack of replacement coils for my Caliburn. From the very first hit every one tastes burnt, and my multimeter reads 0.8 ohm while the box says 1.2 ohm. Could you refund me please?`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // vulgar word as a flat predicate about the item; short and rude
  c(
    'r47s-03',
    'ru',
    `Зажигалка — говно, кремень выпал на второй день. Деньги верните.`,
    'none',
    ['profanity', 'missing_evidence'],
    'full_refund',
  ),
  // "bong" and "joint" innocent trap; complete
  c(
    'r47s-04',
    'en',
    `The glass bong arrived on 4 May with a hairline crack right at the joint where the downstem goes in, and it leaks water as soon as I fill it. Photos of the crack are attached. I'd like a replacement sent out.`,
    'photo',
    [],
    'exchange',
  ),
  // «барыги» = fraud label
  c(
    'r47s-05',
    'ru',
    `Барыги, продали кальянную чашу с отколотым краем, скол увидел сразу при распаковке. Фото во вложении. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // veiled arson threat with a lighter
  c(
    'r47s-06',
    'en',
    `Your torch lighter stopped igniting after three days, the piezo just clicks and nothing comes out. I have your warehouse address from the return label. Would be a shame if something there caught fire, wouldn't it. Refund me.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // partial compensation without a sum
  c(
    'r47s-07',
    'ru',
    `Гриндер 4-секционный, алюминий. Пришёл 2 апреля, нижняя крышка не накручивается — сорвана резьба, это видно на фото. Пользоваться можно, если придерживать рукой, поэтому готов оставить себе за частичную компенсацию.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // rolling papers short count, partial with dollar sum
  c(
    'r47s-08',
    'en',
    `Ordered 10 packs of king size rolling papers, received on 18 Feb and there were only 7 packs in the box. I've attached a photo of the opened box with the 7 packs laid out. Please refund $4.20 for the 3 missing packs.`,
    'photo',
    [],
    'partial_refund',
    4.2,
  ),
  // «слепые» aimed at staff in a question
  c(
    'r47s-09',
    'ru',
    `Вы там на складе совсем слепые? Заказал испарители 0,6 Ом, прислали 1,0 Ом, хотя на упаковке крупно написано. Распаковал вчера, снимок коробки прилагаю. Жду замену.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "blow clouds" innocent; "!!" emotional
  c(
    'r47s-10',
    'en',
    `I bought this mod to blow clouds and it can't even hold 40W!! The screen shows 80W but it cuts out after two seconds, every single time, since the day it arrived. Refund please.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // «убойная крепость» in the listing; volume short; half named with a sum
  c(
    'r47s-11',
    'ru',
    `Купил жидкость «Ice Mango» 50 мг — в описании «убойная крепость» и флакон 60 мл, а по факту во флаконе 30 мл. Измерил мерным стаканом сразу после получения, 9 июня. Фото флакона рядом со стаканом во вложении. Прошу вернуть половину стоимости — 250 руб.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // WTF as a cry, "??", mat about the item; no request
  c(
    'r47s-12',
    'en',
    `WTF is this?? The pod won't even fire, the light blinks 10 times and nothing. Fucking useless. Got it on Monday.`,
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «хапка» innocent; no time
  c(
    'r47s-13',
    'ru',
    `Кальян тянет очень туго, даже при нормальной хапке дым еле идёт — клапан продувки залит краской и не открывается. Видео прилагаю. Хочу обменять на исправный.`,
    'video',
    ['missing_when'],
    'exchange',
  ),
  // "blunt" blades, grinder used on basil; offer to send back
  c(
    'r47s-14',
    'en',
    `The ceramic blades in this herb grinder are blunt out of the box, it just mashes the basil instead of cutting it. Noticed it the first time I used it, 22 March. There's a video attached showing it. I'll send it back for a refund.`,
    'video',
    [],
    'return',
  ),
  // brother in the warehouse's city + "think carefully"
  c(
    'r47s-15',
    'ru',
    `Продавец, турбо-зажигалка потекла газом на третий день, в кармане воняло. Я знаю, в каком городе ваш склад, у меня там брат живёт. Подумайте хорошо. Верните деньги.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // vague "not as described"
  c(
    'r47s-16',
    'en',
    `Hi, the hookah hose you sent is not as described. Got it last Friday. Photos attached. Please exchange.`,
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // calm, complete, offer to return
  c(
    'r47s-17',
    'ru',
    `Здравствуйте. Электронная сигарета (под-система, 1000 мАч) пришла 15.10. При первой же зарядке через USB-C индикатор не загорается, устройство не заряжается ни от одного блока — проверил три разных. Видео прилагаю. Готов отправить товар обратно, прошу возврат средств.`,
    'video',
    [],
    'return',
  ),
  // sarcastic praise of the staff
  c(
    'r47s-18',
    'en',
    `Bravo, quality control geniuses. The refillable lighter arrived on 3 July with the fuel valve snapped clean off, you can see it in the picture. Exchange please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // says photo attached, form has none
  c(
    'r47s-19',
    'ru',
    `Папиросная бумага пришла отсыревшая, листы слиплись в один ком — обнаружил сразу при распаковке 20 августа. Фото прикладываю. Прошу полный возврат.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // "no hit" innocent; no request
  c(
    'r47s-20',
    'en',
    `Hello, I received the 510-thread battery on 11 January. The threading on top is cut crooked, so no cartridge screws in straight; they sit at an angle and don't make contact, so there's no hit at all. I have attached a photo showing the gap. Not sure what the next step is.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // «парю» innocent; disposable auto-firing; complete
  c(
    'r47s-21',
    'ru',
    `Парю уже лет пять, поэтому сразу понял, что с одноразкой на 5000 затяжек что-то не так: после 3 дней использования датчик залипает, и она греет сама, даже когда просто лежит на столе. Снял на видео, как горит индикатор без всякой затяжки, — оно во вложении. Прошу вернуть деньги полностью.`,
    'video',
    [],
    'full_refund',
  ),
  // mat as a flat predicate about a "windproof" lighter
  c(
    'r47s-22',
    'en',
    `Sold as windproof. It goes out in the lightest breeze — tried it on my balcony the evening it arrived (7 Nov), video attached. This lighter is sh*t. Refund.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «в шоке» affect; otherwise complete
  c(
    'r47s-23',
    'ru',
    `Я в шоке. Колба от кальяна пришла разбитой вдребезги, коробка при этом целая, внутри одни осколки. Вскрывал при курьере 5 мая, видео вскрытия прикреплено. Верните деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // "toke" and "one-hitter" innocent
  c(
    'r47s-24',
    'en',
    `Long-time user here. The mouthpiece on the glass one-hitter cracked on my second toke, two days after delivery (it was delivered 14 April). It's a clean crack across the tip, pic attached. Could you send me a new one?`,
    'photo',
    [],
    'exchange',
  ),
  // «бараны» aimed at the packers
  c(
    'r47s-25',
    'ru',
    `Упаковщики у вас бараны: заказывал кокосовые угли-кубики 25 мм, пришли прессованные древесные 22 мм. Открыл посылку вчера вечером, фотографию приложил. Обмен.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // cost of two coils without a sum
  c(
    'r47s-26',
    'ru',
    `Испарители для Smok Nord: из пяти в упаковке два горят уже на первой затяжке, сразу после пропитки (ставил вчера, 03.03). Остальные три нормальные. Горелый вкус на видео не снимешь, но фото потемневшей ваты прикладываю. Прошу вернуть стоимость двух штук.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "on purpose" accusation
  c(
    'r47s-27',
    'en',
    `You clearly sent a used hookah bowl on purpose. It has black tar stains inside and a chip on the rim, I saw it when I unwrapped it on 9 Sept. Pictures attached. Full refund.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // transliterated Russian, complete
  c(
    'r47s-28',
    'ru',
    `Zdravstvuyte, zakazal plazmennuyu zazhigalku s USB zaryadkoy (dve dugi). Prishla 21.02, odna duga ne zazhigaetsya s pervogo dnya, zaryad derzhit normalno. Video prilozhil. Proshu zamenit.`,
    'video',
    [],
    'exchange',
  ),
  // mat as an interjection
  c(
    'r47s-29',
    'ru',
    `Бля, ну опять! Второй раз заказываю шахту для кальяна, и второй раз она приходит погнутая. Получил сегодня, 17 ноября, фото прикрепил. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // material mismatch, no time, no evidence
  c(
    'r47s-30',
    'en',
    `The grinder teeth are plastic, not aluminium as listed. The magnet is also too weak to hold the lid on. Please send a metal one.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «не доводите до греха»
  c(
    'r47s-31',
    'ru',
    `Третий раз пишу. Бензиновая зажигалка пропускает бензин через фитиль, руки и карман пахнут бензином с первого дня. Фото пятен на брюках приложил. Верните деньги и не доводите до греха.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // missing parts, keep the item for pounds
  c(
    'r47s-32',
    'en',
    `My hookah arrived on 2 June without the tongs and the wind cover, both listed in "what's in the box". Everything else is fine, so I'd rather keep it. Photo of the full contents is attached. Could you refund £6 for the two missing pieces?`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // calm, no evidence, only a question
  c(
    'r47s-33',
    'ru',
    `Добрый день. Заказал электронный кальян (стик), пришёл 8 декабря. С первого дня при затяжке слышно бульканье, жидкость попадает в рот, вкус горький. Проверял и на полной, и на половинной заправке — одинаково. Что мне с этим делать?`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // condescension about the reader
  c(
    'r47s-34',
    'en',
    `I'll use small words so your team can follow: coil. does. not. fit. The 0.4 ohm mesh coils I got on 30 Oct are 2 mm too wide for the tank. Photo attached. Send the right ones.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «хапка», «дует» innocent; return
  c(
    'r47s-35',
    'ru',
    `Кальянная чаша-гриб (глина): при первом же прогреве 12 января по дну пошла сквозная трещина, через неё табак сыплется в шахту. Нормальной хапки не сделать — дует в щель. Видео приложено. Готов отправить чашу вам обратно, верните, пожалуйста, деньги.`,
    'video',
    [],
    'return',
  ),
  // "disappointed" affect; partial with sum
  c(
    'r47s-36',
    'en',
    `Really disappointed. The rolling tray came with one magnet missing from the lid, noticed on unboxing yesterday. Photo attached. A partial refund of $3 would be fine.`,
    'photo',
    ['emotional'],
    'partial_refund',
    3,
  ),
  // mat next to a fraud label; photo offered; no request
  c(
    'r47s-37',
    'ru',
    `Кидалы е**ные, вместо 30 мл жидкости прислали 10 мл, посылка пришла 14.07. Фото могу скинуть.`,
    'none',
    ['profanity', 'accusation', 'missing_resolution'],
    'none',
  ),
  // "see the attached video" with no file; euro sum
  c(
    'r47s-38',
    'en',
    `The "leakproof" pod leaked into my bag the day after I got it (Tuesday 6 Feb): the silicone plug on the fill port doesn't seal. See the attached video. I'm happy with a €5 partial refund.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    5,
  ),
  // «дудка», «дует» innocent; send the right seal = exchange
  c(
    'r47s-39',
    'ru',
    `Дудка пришла 19.03, собрал — дует из-под уплотнителя шахты: резинка на 2 мм меньше горлышка колбы и не держит. Фото с линейкой приложил. Пришлите, пожалуйста, уплотнитель нужного размера.`,
    'photo',
    [],
    'exchange',
  ),
  // publishing home address and phone
  c(
    'r47s-40',
    'ru',
    `Газ для заправки зажигалок — баллон наполовину пустой: заявлено 250 г, кухонные весы показали 170 г. Взвесил сразу при получении, 1 сентября, фото весов приложил. Если не вернёте деньги, выложу ваш домашний адрес и телефон в городскую группу.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // car part: cigarette-lighter USB adapter; complete
  c(
    'r47s-41',
    'en',
    `Car cigarette-lighter USB adapter: the 12V plug sits loose in the socket and the blue LED flickers, so charging stops every few seconds. It started on day 3. My passenger filmed it on the road and that video is attached. Requesting a full refund.`,
    'video',
    [],
    'full_refund',
  ),
  // kitchen torch, «кошмар» and a bare "не работает"
  c(
    'r47s-42',
    'ru',
    `Это просто кошмар какой-то, а не горелка. Купила кухонную горелку для крем-брюле, в воскресенье попробовала — не работает. Верните деньги.`,
    'none',
    ['emotional', 'missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // staff called a monkey in a question; bee smoker (garden)
  c(
    'r47s-43',
    'ru',
    `Кто у вас собирает заказы, обезьяна? Заказывал дымарь для пчёл из нержавейки, пришёл оцинкованный, на дне штамп «Zn». Распаковал 28 апреля, фото штампа прилагаю. Жду обмен на нержавейку.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "guillotine", "kills the experience" innocent; compensation without sum
  c(
    'r47s-44',
    'en',
    `The guillotine cigar cutter won't cut clean: the blade is blunt and crushes the cap instead of slicing it. Found this on the first cigar, 16 Dec. Photo attached. It kills the whole experience, so some compensation would be fair.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // colour mismatch; sum in words
  c(
    'r47s-45',
    'ru',
    `Портсигар кожаный, заказывал коричневый, пришёл чёрный. Увидел при распаковке 3 октября, фото портсигара на фоне карточки товара во вложении. Цвет для меня не критичен, оставлю себе, если вернёте двести рублей.`,
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // transliterated mat as a cry, "!!"
  c(
    'r47s-46',
    'ru',
    `blyat, opyat prishel kartridzh bez uplotnitelnogo kolca!! zakaz ot 5 iyunya, poluchil vchera. vernite dengi`,
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // formal letter with a customs cousin
  c(
    'r47s-47',
    'en',
    `Dear Sir or Madam, I write regarding my order for a butane refill canister, delivered on 12 August. The valve stem is bent and gas escapes when a lighter is pressed onto it; a video is attached. I request a full refund. Please note that my cousin works at the customs office your shipments pass through, and your next containers could easily be held for inspection. I trust we understand each other.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // length measured; no evidence
  c(
    'r47s-48',
    'ru',
    `Шланг силиконовый для кальяна, по описанию 1,8 м — намерил рулеткой 1,2 м, сразу после получения в пятницу. Прошу заменить на шланг нужной длины.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "roach tips" innocent; partial with sum
  c(
    'r47s-49',
    'en',
    `The glass roach tips (pack of 20) arrived on 1 March with 6 of them snapped in half. A photo of the broken ones is attached. Please refund $2.50 for the six.`,
    'photo',
    [],
    'partial_refund',
    2.5,
  ),
  // scare quotes about "mistakes"
  c(
    'r47s-50',
    'ru',
    `«Случайно» положили вместо стального гриндера пластиковый, уже третий раз у вашего магазина такие «ошибки». Получил 2 февраля, фото приложил. Обмен на стальной.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // seller's mat quoted by the buyer
  c(
    'r47s-51',
    'ru',
    `Продавец в чате ответил мне: «иди на х*й, сам сломал». Повторяю спокойно: чаша калауда пришла с трещиной, это видно на видео распаковки от 10.05. Прошу вернуть деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // two capitalised colour words = shouting
  c(
    'r47s-52',
    'en',
    `I ordered the BLACK hoodie with the hookah print in size L, you sent a WHITE one in M. Opened it on Saturday, photo attached. Please swap it.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // pipe cracked at first smoke; complete
  c(
    'r47s-53',
    'ru',
    `Набор: трубка курительная вишнёвая и ёршики. Трубка пришла с трещиной на чубуке возле мундштука, обнаружил при первой раскурке 25.11 — дым идёт через трещину. Видео прикладываю. Прошу полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // foil short; no time
  c(
    'r47s-54',
    'ru',
    `Фольга для кальяна: в рулоне 5 м вместо 10 м. Фото с рулеткой прикреплено. Верните, пожалуйста, 150 ₽ за недостающую половину.`,
    'photo',
    ['missing_when'],
    'partial_refund',
    150,
  ),
  // "NPCs" aimed at the packers; "bro", "fr" filler
  c(
    'r47s-55',
    'en',
    `Bro your packers are NPCs fr. Vape charger cable missing from the box, opened it on Jan 9, photo attached. Send the cable.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // harm wished on whoever assembles the lighters
  c(
    'r47s-56',
    'ru',
    `Зажигалка взорвалась у меня в руке на второй день, ожог на пальце, справка из травмпункта есть, фото приложено. Чтоб у того, кто их собирает, руки так же обгорели. Требую вернуть деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Classic scam"; tracking named; no request
  c(
    'r47s-57',
    'en',
    `Classic scam. Paid 35 days ago for a dry herb vaporizer and the tracking hasn't moved since it left the sorting centre.`,
    'none',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // non-receipt with a tracking number and a deadline
  c(
    'r47s-58',
    'ru',
    `Угли для кальяна (1 кг) оплачены 3 марта, срок доставки истёк 20 апреля. По трек-номеру LP00123456789CN последнее обновление 28 марта — «покинул страну отправления». Прошу вернуть деньги.`,
    'none',
    [],
    'full_refund',
  ),
  // «жижа» innocent; «на ваше усмотрение»
  c(
    'r47s-59',
    'ru',
    `Жижа пришла с перепутанными вкусами: заказывал 3 флакона «Арбуз», пришли 2 «Арбуз» и 1 «Табак». Заметил сразу при вскрытии посылки, 11.06, фото этикеток во вложении. Табачные вкусы не парю, компенсацию — на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // offer to send back with a label
  c(
    'r47s-60',
    'en',
    `The electric arc lighter I got on 5 October shuts off after 2 seconds of pressing, even fully charged (charged overnight, light turned green). Video attached. I can send it back if you provide a label; refund once it reaches you.`,
    'video',
    [],
    'return',
  ),
  // «убойная крепость» in the listing; strength mismatch; screenshot named
  c(
    'r47s-61',
    'ru',
    `В описании солевой жидкости — «убойная крепость 50 мг», а на флаконе напечатано 20 мг. Обнаружил, когда открыл посылку 30 января. Фото этикетки и скрин карточки приложил. Прошу обменять на 50 мг.`,
    'photo',
    [],
    'exchange',
  ),
  // masked mat as a flat predicate about the quality
  c(
    'r47s-62',
    'ru',
    `Мундштук на поде треснул в первый же день. Качество х*ёвое. Фото приложил, нужна замена.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "dry hit", "puff", "pods" innocent
  c(
    'r47s-63',
    'en',
    `The replacement pods (2-pack, 1.2 ohm) both give a dry hit from the first puff: the cotton wasn't saturated at the factory and it scorches even after soaking for 10 minutes. Tried both on 14 May; photos of the scorched wicks are attached. Please refund them.`,
    'photo',
    [],
    'full_refund',
  ),
  // reply box; missing mesh screen; partial with sum
  c(
    'r47s-64',
    'ru',
    `Отвечаю на ваш вопрос: да, видео распаковки прикреплено к этому сообщению. На нём видно, что у гриндера 63 мм нет сетки-сита между вторым и третьим отсеком — посылку я вскрывал 7 июля прямо на почте. Согласен на возврат 300 ₽ за недостающую деталь.`,
    'video',
    [],
    'partial_refund',
    300,
  ),
  // knowing the seller's house and children
  c(
    'r47s-65',
    'en',
    `Lighter case came dented, photo attached, delivered last Thursday. I looked you up. Nice house, nice kids. Send a new one.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // car part with contact count mismatch
  c(
    'r47s-66',
    'ru',
    `Прикуриватель в сборе для Лады Гранты пришёл 12.12, при установке выяснилось, что разъём на 2 контакта, а в машине 3. Фото обоих разъёмов рядом прилагаю. Прошу поменять на версию с 3 контактами.`,
    'photo',
    [],
    'exchange',
  ),
  // two-letter reply
  c('r47s-67', 'en', `ok`, 'none', ['empty_text'], 'none'),
  // «для тупеньких»; partial with sum
  c(
    'r47s-68',
    'ru',
    `Объясняю для тупеньких ещё раз: в заказе 100 листов бумаги для самокруток, в пачке 60. Пересчитал при получении 4 апреля, видео пересчёта приложено. Верните 90 ₽ за 40 листов.`,
    'video',
    ['insult'],
    'partial_refund',
    90,
  ),
  // long calm hookah text; send the right purge valve
  c(
    'r47s-69',
    'ru',
    `Добрый вечер. Пишу по заказу кальяна (высота 55 см, колба «Богемия»). Посылку получил 22 сентября, при сборке обнаружил, что клапан продувки на шахте не закручивается: резьба на шахте и на клапане разного шага, закрутить можно максимум на один виток. При затяжке воздух идёт через клапан, и кальян не тянет. Собирал аккуратно, силу не прикладывал. Прикладываю видео, где крупно видна резьба и то, как клапан болтается. Прошу прислать подходящий клапан продувки, остальное меня устраивает.`,
    'video',
    [],
    'exchange',
  ),
  // "F off"; photos sent before named; no time
  c(
    'r47s-70',
    'en',
    `F off with your "send more photos". I already sent four photos of the cracked tank. Full refund now.`,
    'none',
    ['profanity', 'missing_when'],
    'full_refund',
  ),
  // «расстроилась до слёз»; no request
  c(
    'r47s-71',
    'ru',
    `Расстроилась до слёз: заказывала мужу на день рождения зажигалку с гравировкой, а гравировка кривая, буквы «С днём рождения» съехали вниз по краю. Увидела вчера, когда открыла коробку. Фото прикрепила. Не знаю теперь, что дарить.`,
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // coil count short; partial with sum
  c(
    'r47s-72',
    'en',
    `Bought 3 coil packs (5 coils each). Box 2 contains only 4 coils, counted when I opened it on 28 Nov; photo of that box and its coils attached. Please refund $1.80 for the missing coil.`,
    'photo',
    [],
    'partial_refund',
    1.8,
  ),
  // masked mat asked of «вы»
  c(
    'r47s-73',
    'ru',
    `Вы там ох*ели? Вторую неделю жду ответ по зажигалке, у которой с первого дня не работает пьезо. Видео давно в споре. Верни деньги.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "not like the photo" is vague; no time
  c(
    'r47s-74',
    'ru',
    `Здравствуйте, кальян пришёл не такой, как на фото в объявлении. Прошу вернуть деньги, свои фото прикладываю.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // clown emoji at the support team
  c(
    'r47s-75',
    'en',
    `Your support team 🤡. Pod mod screen dead since 2 March (stays black, no display, still vapes). Video attached. Exchange.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // electric grinder jammed; offer to return
  c(
    'r47s-76',
    'ru',
    `Электрический гриндер для специй и табака: нож не вращается, мотор только гудит — заклинило с первого включения 16 февраля. Видео работы приложено. Отправлю гриндер обратно, деньги прошу вернуть после получения.`,
    'video',
    [],
    'return',
  ),
  // "joint" of a pipe, "high draw" innocent
  c(
    'r47s-77',
    'en',
    `The brass joint between the stem and the bowl on my pipe was loose on arrival (14 Jan); it spins freely and smoke escapes there. Draws fine at a high pull otherwise. Photo attached, I'd like an exchange.`,
    'photo',
    [],
    'exchange',
  ),
  // fraud label plus "whoever cheats me regrets it"
  c(
    'r47s-78',
    'ru',
    `Вы мошенники, и вы это знаете. Одноразка пустая, жидкости ноль, пришла 9 марта. Видео в приложении. Кто меня обманывает, потом очень жалеет. Деньги на карту.`,
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // «затяжка», «пар» innocent; buttons dead
  c(
    'r47s-79',
    'ru',
    `Пар на затяжке есть, но мощность не регулируется: кнопки «+» и «−» не реагируют, на экране всё время 15 Вт. Заметил 2 мая, на второй день после получения. Снял на видео, приложил. Прошу замену устройства.`,
    'video',
    [],
    'exchange',
  ),
  // missing spring; receipt day; no evidence; partial with sum
  c(
    'r47s-80',
    'ru',
    `Щипцы для углей пришли без одной пружины, не разжимаются сами. Получил в среду. Хотел бы компенсацию 100 рублей.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    100,
  ),
];
