import { labelled as c, toneCase as item, type CorpusCase } from './types';

/**
 * Round five, set A (issue 12): disguised mat, insults without swear words, veiled threats and lawful steps,
 * innocent look-alikes, reported speech, accusations, resolution nuances, promised files and empty texts. Written
 * by a hand that has not read the analyzer's rules or its earlier corpus texts; labels follow analyzer-notes.md
 * section 1 and the README's labelling decisions.
 *
 * Labelling decisions used throughout round five:
 * - mat used as an interjection or an intensifier ("ёпт, …", "ё6аный роутер", "what the fvck") is `profanity` and
 *   `emotional`; mat as a plain noun or adjective about the item ("прислали χуйню", "sh!tty zipper") is only
 *   `profanity`; a mat word used to call the seller names is both `profanity` and `insult` (it meets both parts of
 *   the `rude` definition).
 * - `too_short` (fewer than 8 words) is labelled where it applies; other tips are avoided by the texts themselves.
 */
export const ROUND5_A: CorpusCase[] = [
  // ── Disguised mat (Russian) ─────────────────────────────────────────────────────────────────────────────────
  // Greek chi for «х» inside a noun about the item: profanity only.
  c(
    'r5a-01',
    'ru',
    'Заказывала смарт-часы с металлическим ремешком, а прислали какую-то χуйню на резинке и с треснутым стеклом. Получила 12 октября, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Armenian «ո» standing for «п», used as an interjection: profanity and emotional.
  c(
    'r5a-02v',
    'ru',
    'Открыл коробку 3 ноября — ոиздец: корпус дрели треснул, патрон болтается и не зажимает сверло. Видео прилагаю. Прошу замену.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Digits for a syllable ("3,14" = «пи»), interjection.
  c(
    'r5a-03',
    'ru',
    'Курьер отдал коробку 8 декабря, внутри увлажнитель с отломанной крышкой бака, 3,14здец просто. Фото во вложении. Верните полную стоимость.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Vowels dropped, interjection in front of the facts.
  c(
    'r5a-04',
    'ru',
    'Пздц. Шов на крыше палатки разошёлся в первую же ночь под дождём, 14 июля, спальник промок насквозь. Фото приложил. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Minced «ёпт» that still reads as the mat word (README round two).
  c(
    'r5a-05',
    'ru',
    'Ёпт, опять не то: заказывала термокружку на 500 мл, а пришла на 350 мл, измерила мерным стаканом 2 марта. Фото прилагаю. Прошу обмен на правильный объём.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Mat mask inside name-calling aimed at the packers: profanity and insult.
  c(
    'r5a-06',
    'ru',
    'Упаковщики у вас д*лб*ёбы: фен положили в пакет без коробки, и насадка-концентратор треснула пополам. Получил 19 января, фото во вложении. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Digit «6» for «б» in an intensifying adjective.
  c(
    'r5a-07',
    'ru',
    'Этот е6аный роутер отключает вайфай каждые десять минут, началось на второй день после покупки, 5 мая. Скриншоты из панели управления прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ── Insults without a swear word (Russian) ──────────────────────────────────────────────────────────────────
  // Condescension: doubting the staff can count.
  item(
    'r5a-08',
    'ru',
    'Понимаю, что считать до трёх для вашего склада — задача со звёздочкой, но в заказе было три мотка лески 0,3 мм, а пришёл один. Обнаружил при получении 22 августа. Фото приложено. Прошу дослать два мотка.',
    'insult',
    'exchange',
  ),
  // Ordinary word as name-calling («растяпы»).
  item(
    'r5a-09',
    'ru',
    'Вашим растяпам со склада передайте: кроссовки пришли 41 размера вместо 43, заметил при примерке 2 апреля. Фото бирки во вложении. Прошу обмен на 43.',
    'insult',
    'exchange',
  ),
  // Regional / slang name-calling («бакланы»).
  item(
    'r5a-10',
    'ru',
    'Бакланы с вашей упаковки засунули зеркало для ванной в тонкий пакет, и оно пришло с трещиной через всё стекло. Получила 30 сентября. Фото прилагаю. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),
  // Sarcastic praise of the failure aimed at the seller's work.
  item(
    'r5a-11v',
    'ru',
    'Аплодирую стоя вашему контролю качества: насадка электрощётки не крутится с первого включения, 9 сентября. Видео приложено. Прошу вернуть деньги.',
    'insult',
    'full_refund',
  ),
  // Sarcasm about the reader's ability to read their own listing.
  item(
    'r5a-12',
    'ru',
    'Я понимаю, что прочитать описание собственного товара — непосильный умственный труд, но там написано 2 метра, а кабель 1 метр. Измерил рулеткой 17 июня. Фото прилагаю. Прошу замену.',
    'insult',
    'exchange',
  ),
  // Questioning the reader's sanity.
  item(
    'r5a-13',
    'ru',
    'Вы там головой о стеллаж не ударились, когда вместо синего пуховика положили розовый? Посылку вскрыла на почте 11 декабря, фото прилагаю. Прошу обмен на синий.',
    'insult',
    'exchange',
  ),

  // ── Veiled threats (Russian) ────────────────────────────────────────────────────────────────────────────────
  // A visit by a relative, no violent verb.
  item(
    'r5a-14',
    'ru',
    'У моего брата как раз отпуск, съездит к вам на склад и посмотрит, кто там кладёт зеркала в пакет без плёнки. Зеркало пришло разбитым 11 ноября, фото прилагаю. Верните деньги.',
    'threat',
    'full_refund',
  ),
  // Doxxing: publishing the director's surname and address.
  item(
    'r5a-15v',
    'ru',
    'Фамилию вашего директора и адрес его квартиры я уже нашёл; если деньги не вернутся до пятницы, всё это будет висеть в городских пабликах. Гирлянда не горит половиной ламп с 1 декабря, видео приложено. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),
  // Polite menace about the seller's relatives.
  item(
    'r5a-16',
    'ru',
    'Искренне советую вам беречь себя и своих близких, времена нынче неспокойные. Увлажнитель протекает снизу, заметила лужу на третий день, 6 февраля. Фото прилагаю. Жду возврат денег.',
    'threat',
    'full_refund',
  ),
  // Ominous promise of personal consequences, no lawful step named.
  item(
    'r5a-17',
    'ru',
    'Запомните: такие вещи бесследно не проходят, и я лично прослежу, чтобы вы это почувствовали на себе. Велокомпьютер не показывает скорость, датчик не ловит магнит с первого выезда 4 июня. Фото прилагаю. Прошу замену.',
    'threat',
    'exchange',
  ),
  // The seller's child and school, aimed at the seller.
  item(
    'r5a-18',
    'ru',
    'Дочка ваша в седьмой класс ходит, я правильно понял? Вот пусть одноклассники и узнают, чем её папа на жизнь зарабатывает. Садовый шланг лопнул по шву при первом поливе 19 мая. Фото прилагаю. Прошу вернуть деньги.',
    'threat',
    'full_refund',
  ),

  // ── Lawful steps that are not threats (Russian) ─────────────────────────────────────────────────────────────
  item(
    'r5a-19',
    'ru',
    'Если до 20 марта вопрос не решится, я открою спор, попрошу арбитраж Алиэкспресса и оставлю честный отзыв с фотографиями. Стекло на ночнике пришло с трещиной, заметил при распаковке 2 марта. Фото прилагаю. Прошу замену.',
    undefined,
    'exchange',
  ),
  // «Роспотребнадзор» and «оспаривание»: lawful, and also an in-word trap (…потреб-на…).
  item(
    'r5a-20',
    'ru',
    'Параллельно пишу обращение в Роспотребнадзор и заявление в банк на оспаривание платежа. Весы кухонные врут на 40 граммов: проверил гирькой 500 г 7 октября. Фото прилагаю. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5a-21',
    'ru',
    'Если продавец и дальше будет молчать, подам заявление в полицию и иск в суд по месту жительства, у меня сохранены все чеки. Посылка с видеорегистратором не пришла, жду 67 дней, трек-номер не обновляется с 2 августа. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),

  // ── Innocent look-alikes (Russian) ──────────────────────────────────────────────────────────────────────────
  // «застрахуйте» contains a mat root inside an ordinary verb.
  item(
    'r5a-22',
    'ru',
    'Кофемолка пришла с треснувшей крышкой, заметила при распаковке 4 марта, фото прилагаю. Прошу отправить замену и, если можно, застрахуйте посылку на этот раз.',
    undefined,
    'exchange',
  ),
  item(
    'r5a-23',
    'ru',
    'Сучкорез пришёл с погнутым лезвием, половинки не смыкаются, щель около 3 мм. Обнаружил 27 апреля при первой обрезке яблони. Фото приложил. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  item(
    'r5a-24',
    'ru',
    'Заказывала эфирное масло мандарина 10 мл, а пришло масло грейпфрута, видно по этикетке. Получила 13 января. Фото прилагаю. Прошу прислать мандариновое.',
    undefined,
    'exchange',
  ),
  // «потребляет» (…ебля…) and «рублей»; partial refund with a sum, so a full case.
  c(
    'r5a-25',
    'ru',
    'Ночник потребляет 12 Вт вместо заявленных в карточке 3 Вт, измерил ваттметром 2 февраля. Фото с показаниями прилагаю. Прошу частичный возврат 150 рублей.',
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // A brand name in Cyrillic with a rude-looking start.
  item(
    'r5a-26',
    'ru',
    'Заказывал чехол для Хуавей Нова 9, а пришёл для Нова 8: вырез под камеру смещён и закрывает объектив. Заметил при примерке 8 октября. Фото прилагаю. Прошу обмен.',
    undefined,
    'exchange',
  ),

  // ── Reported speech (Russian) ───────────────────────────────────────────────────────────────────────────────
  // The seller's insult, quoted as evidence: not the buyer's.
  item(
    'r5a-27',
    'ru',
    'На мою просьбу о замене продавец ответил в чате: «сами вы слепая, размер правильный». Но на бирке куртки 46, а заказывала 50; получила 15 ноября. Фото бирки и скриншот переписки прилагаю. Прошу обмен.',
    undefined,
    'exchange',
  ),
  // The seller's threat, quoted: not the buyer's.
  item(
    'r5a-28',
    'ru',
    'Продавец написал мне: «ещё раз откроешь спор — пожалеешь». Скриншот прилагаю. Посылка с проектором не пришла, жду 52 дня, трек стоит на месте с 3 сентября. Прошу вернуть деньги.',
    undefined,
    'full_refund',
  ),
  // Quoted mat stays mat.
  c(
    'r5a-29',
    'ru',
    'В ответ на фото трещины продавец написал «не еб*т, сам разбил». Скриншот переписки и фото прилагаю. Стекло часов треснуло ещё в коробке, увидел при распаковке 9 мая. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // ── Accusations (Russian) ───────────────────────────────────────────────────────────────────────────────────
  // Scare quotes around the seller's excuse: sarcasm about honesty.
  c(
    'r5a-30',
    'ru',
    'Ну конечно, у вас опять «пересорт» — третий раз подряд вместо 40 размера приходит 38. В этот раз получила 21 марта, фото бирки прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // A negated label is not an accusation.
  c(
    'r5a-31',
    'ru',
    'Я не говорю, что вы сделали это нарочно, скорее всего, ошиблись на складе: вместо белой клавиатуры пришла чёрная. Получил 30 января, фото прилагаю. Прошу обмен на белую.',
    'photo',
    [],
    'exchange',
  ),
  c(
    'r5a-32',
    'ru',
    'Классический развод: в карточке заявлено 20000 мАч, а тестер показал 4800 мАч при полной разрядке 12 июня. Фото тестера прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty; partial refund with a sum.
  c(
    'r5a-33',
    'ru',
    'Какая трогательная честность: на фото в карточке металлический корпус, а пришёл пластик, покрашенный под металл. Заметил 3 августа, когда краска стёрлась ногтем до белого. Фото прилагаю. Прошу частичный возврат 500 рублей.',
    'photo',
    ['accusation'],
    'partial_refund',
    500,
  ),

  // ── Resolution nuances (Russian) ────────────────────────────────────────────────────────────────────────────
  // A declined refund: the request is the exchange.
  c(
    'r5a-34',
    'ru',
    'Деньги мне не нужны, пришлите, пожалуйста, новую колбу для аквариумного фильтра: старая пришла с трещиной, обнаружила при распаковке 18 октября. Фото прилагаю.',
    'photo',
    [],
    'exchange',
  ),
  // A sum in words.
  c(
    'r5a-35',
    'ru',
    'В пазле на 1000 деталей не хватает двух деталей, досчитала при сборке 2 января. Фото пустых мест прилагаю. Прошу компенсацию в размере ста пятидесяти рублей.',
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // «разницу» is a partial refund without a sum.
  c(
    'r5a-36',
    'ru',
    'Оплатила набор из 6 кистей для макияжа, а пришло 4 кисти. Обнаружила при распаковке 7 июня, фото прилагаю. Прошу вернуть разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  c(
    'r5a-37',
    'ru',
    'У зонта сломалась одна спица при первом открытии 16 сентября. Пользоваться в целом можно, поэтому прошу вернуть половину стоимости. Фото приложено.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  c(
    'r5a-38',
    'ru',
    'Шапка пришла с затяжкой на отвороте длиной около 2 см, заметила при распаковке 25 ноября. Фото прилагаю. Прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ── Files promised but not attached (Russian) ───────────────────────────────────────────────────────────────
  c(
    'r5a-39',
    'ru',
    'У роутера не работает порт для интернета: при подключении кабеля лампочка не загорается. Обнаружил при первом подключении 28 февраля. Прикладываю фото и видео. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  c(
    'r5a-40',
    'ru',
    'На фото видно, что у триммера отломан зубец на ножевом блоке. Увидел сразу при распаковке 1 апреля. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),

  // ── Empty or near-empty (Russian) ───────────────────────────────────────────────────────────────────────────
  c('r5a-41', 'ru', '', 'none', ['empty_text'], 'none'),
  c('r5a-42', 'ru', 'ок', 'none', ['empty_text'], 'none'),

  // ── Disguised profanity (English) ───────────────────────────────────────────────────────────────────────────
  // Leetspeak adjective about the item: profanity only.
  c(
    'r5a-43',
    'en',
    'The zipper on this backpack is sh!tty: the teeth split apart on the second day, 4 May. Photo attached. Please send a replacement.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Intensifier: profanity and emotional.
  c(
    'r5a-44v',
    'en',
    'The f@cking LED strip only lights up halfway, and has done since the first day (it arrived on 10 June). Video attached. I want a refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  c(
    'r5a-45',
    'en',
    'What the fvck. The phone mount arrived with its clamp snapped off; I found it when unboxing on 2 July. Photo attached. Refund please.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ── Insults without a swear word (English) ──────────────────────────────────────────────────────────────────
  item(
    'r5a-46',
    'en',
    'I realise counting to three is a stretch for your warehouse, but I ordered three phone cases and received one. Found this when opening the parcel on 6 April. Photo attached. Please send the other two.',
    'insult',
    'exchange',
  ),
  // Regional (Scottish) name-calling.
  item(
    'r5a-47',
    'en',
    'You absolute numpties packed a glass table lamp in a paper bag, and the shade arrived in three pieces on 19 February. Photo attached. Please refund me.',
    'insult',
    'full_refund',
  ),
  item(
    'r5a-48',
    'en',
    'Hats off to your quality control team: the kettle lid will not close, straight out of the box on 8 March. Photo attached. Please refund me.',
    'insult',
    'full_refund',
  ),

  // ── Veiled threats (English) ────────────────────────────────────────────────────────────────────────────────
  item(
    'r5a-49',
    'en',
    "I've got your home address and your wife's profile, and I'm sure her friends would love to hear how you treat customers. The air fryer basket coating peeled off after the second use, 12 January. Photo attached. I want a full refund.",
    'threat',
    'full_refund',
  ),
  item(
    'r5a-50',
    'en',
    "A couple of my mates are in Yiwu next week and they'd be glad to drop by your stockroom for a quiet word about this. The hair clipper blade is missing two teeth; noticed on unboxing, 3 October. Photo attached. Send a new one.",
    'threat',
    'exchange',
  ),
  item(
    'r5a-51',
    'en',
    "I'd hate for anything unfortunate to happen to your little shop, so let's settle this nicely. The tent pole snapped on its first setup, 21 August. Photo attached. Please refund me.",
    'threat',
    'full_refund',
  ),

  // ── Lawful steps (English) ──────────────────────────────────────────────────────────────────────────────────
  item(
    'r5a-52',
    'en',
    'If this is not resolved by 15 May I will escalate to AliExpress, file a chargeback with my bank and leave an honest review. The smartwatch strap pin fell out on day three, 2 May. Photo attached. Please send a replacement strap.',
    undefined,
    'exchange',
  ),
  item(
    'r5a-53',
    'en',
    'I have reported this to Trading Standards and will take it to the small claims court if I have to. The parcel with the drone never arrived; tracking has not moved since 9 September, 48 days ago. Tracking screenshot attached. Please refund me.',
    undefined,
    'full_refund',
  ),

  // ── Innocent look-alikes (English) ──────────────────────────────────────────────────────────────────────────
  item(
    'r5a-54',
    'en',
    'The shiitake mushroom growing kit arrived with the substrate block covered in green mould; I found it on opening the box on 14 November. Photo attached. Please send a fresh kit.',
    undefined,
    'exchange',
  ),
  item(
    'r5a-55',
    'en',
    'The pudding basin I bought for my spotted dick arrived with a crack across the base, which I noticed while unpacking on 20 December. Photo attached. Please refund me.',
    undefined,
    'full_refund',
  ),
  item(
    'r5a-56',
    'en',
    'Delivered to Scunthorpe on 5 March: the Shih Tzu harness is size XS, not the M I ordered, and the label says so. Photo attached. Please exchange it for size M.',
    undefined,
    'exchange',
  ),

  // ── Reported speech (English) ───────────────────────────────────────────────────────────────────────────────
  item(
    'r5a-57',
    'en',
    "When I asked for help, the seller replied: 'you are too stupid to plug in a cable'. Screenshot of the chat attached. The power bank does not charge any phone, tested with two cables on 1 June. Please refund me.",
    undefined,
    'full_refund',
  ),
  c(
    'r5a-58',
    'en',
    "The seller's reply was literally 'f*ck off, not my problem'. Screenshot attached. The cocktail shaker leaks at the lid seal, found on first use on 27 July. I want a refund.",
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // ── Accusations (English) ───────────────────────────────────────────────────────────────────────────────────
  c(
    'r5a-59',
    'en',
    "Funny how the 'accident' always goes your way: the second charger in a row came with a US plug instead of the EU plug I selected. Received on 11 April, photo attached. Please send the EU version.",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Negated: not an accusation.
  c(
    'r5a-60',
    'en',
    "I'm not suggesting anyone did this deliberately, but the kitchen scale reads 50 g heavy: I checked it with a 1 kg bag of sugar on 3 February. Photo attached. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),
  c(
    'r5a-61',
    'en',
    'Your store is clearly running a bait-and-switch: the listing shows a wool blanket, and what arrived on 18 October is 100% polyester according to its label. Photo attached. I want a full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // ── Resolution nuances (English) ────────────────────────────────────────────────────────────────────────────
  c(
    'r5a-62',
    'en',
    "I don't want a refund, just send a replacement: the left earbud has no sound at all since the first day, 9 January. Video attached.",
    'video',
    [],
    'exchange',
  ),
  c(
    'r5a-63',
    'en',
    'The USB-C cable listed in the bundle was missing from the box when I opened it on 2 September. Photo attached. Please refund €6,50 for the missing cable.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  c(
    'r5a-64',
    'en',
    'One of the two pillow cases in the set has a torn seam of about 5 cm, noticed when unpacking on 30 June. Photo attached. Please refund half.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),

  // ── Files promised but not attached (English) ───────────────────────────────────────────────────────────────
  c(
    'r5a-65',
    'en',
    'The desk lamp arrived with a dent in the base and the arm will not hold its position. I noticed it when unpacking on 7 March. I attach photos of the dent. Please send a replacement.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // ── Empty (English) ─────────────────────────────────────────────────────────────────────────────────────────
  c('r5a-66', 'en', '   ', 'none', ['empty_text'], 'none'),
];
