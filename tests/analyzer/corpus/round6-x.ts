import { labelled as c, type CorpusCase } from './types';

/**
 * Round six, set X: a held-out set written by a hand that has read only analyzer-notes.md section 1, the README's
 * labelling decisions (rounds two and four) and the header of round5-a.ts. Labels follow those definitions, not any
 * program's output. Groups: insults without swear words (01-12), veiled threats (13-22), disguised profanity (23-30),
 * innocent traps (31-44), accusations and emotion (45-52), content and resolution (53-60), mixed and other (61-66).
 *
 * Labelling decisions of this set:
 * - Mat used as an interjection or intensifier is `profanity` + `emotional`; mat as a noun about the item is only
 *   `profanity`; a mat word calling the seller names is `profanity` + `insult` (as in round five).
 * - An adjective like «тупой» said of a thing (knives) is not name-calling.
 * - Quoting the seller's insult (not mat) after «ответил», "replied" is reported speech: not flagged.
 * - Asking for the full price as a sum («вернуть полную стоимость — 2 452 рубля») is `full_refund`.
 * - A text with a tracking number but no file attached is not `evidence_not_attached` (nothing was promised).
 */
export const ROUND6_X: CorpusCase[] = [
  // ───────────── insults without a swear word ─────────────

  // Condescension about the reader's intelligence ("slowly, syllable by syllable, since it doesn't get through");
  // otherwise complete (size mismatch, date, photo attached, exchange).
  c(
    'r6x-01',
    'ru',
    'Объясню ещё раз, медленно и по слогам, раз с первого раза до вас не доходит: я заказывала платье размера M, а пришло XS. Получила его 12 октября и сразу померила, бирка с размером на фото. Прошу обменять на размер M.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Ordinary/colloquial word «раззявы» aimed at warehouse staff = name-calling. Missing sockets named, date, photo.
  c(
    'r6x-02',
    'ru',
    'Ну и раззявы у вас на складе, ей-богу. Заказывал набор торцевых головок на 24 предмета, а при вскрытии коробки 11 сентября насчитал 19 — нет головок на 10, 12, 13, 14 и 17, на фото пустые гнёзда. Верните деньги полностью.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of a failure aimed at the seller's work («низкий вам поклон, кудесники логистики») = insult.
  c(
    'r6x-03v',
    'ru',
    'Низкий вам поклон, кудесники логистики: зеркало для прихожей завернули в один слой плёнки, и 3 ноября оно пришло расколотым на три части. Видео распаковки прилагаю, трещины видны с первых секунд. Прошу вернуть полную стоимость.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Young slang: calling staff "NPC" (brainless bots) is name-calling; one capitalised abbreviation is not emotional.
  c(
    'r6x-04v',
    'ru',
    'Бро, вы реально NPC какие-то, третий раз один и тот же скрипт мне шлёте. Наушники с первого дня: левый не заряжается в кейсе вообще, на видео видно, что индикатор не загорается. Верните бабки полностью.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Elderly buyer; «до пятидесяти считать не научились» mocks the staff's intelligence = insult.
  c(
    'r6x-05',
    'ru',
    'Пишу с помощью внучки. Я человек старый, но даже я знаю, что 40 и 46 — разные размеры, а у вас там, видать, до пятидесяти считать не научились. Сапоги пришли 20 сентября, дома примерил — малы, на фото бирка с размером 40, а заказывал 46. Прошу обменять на 46-й.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Для особо одарённых» is sarcastic condescension about intelligence (new wording of «для тупеньких»).
  c(
    'r6x-06',
    'ru',
    'Для особо одарённых сотрудников повторяю в третий раз: заказывал щётки стеклоочистителя 600 и 400 мм, а пришли обе по 400. Измерил рулеткой в день получения, 14 августа, фото с рулеткой прикреплено. Нужна замена одной щётки на 600 мм.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Southern regional speech; «бестолочи» aimed at the seller = name-calling. Offers to send the hose back → return.
  c(
    'r6x-07',
    'ru',
    'Шланг садовый брала на 25 метров, а по факту там 15 — вчера на огороде размотала и промеряла, фото с рулеткой прикладываю. Шо ж вы за бестолочи такие, уже второй раз у вас так. Верните деньги, шланг могу отправить обратно.',
    'photo',
    ['insult'],
    'return',
  ),
  // Mocking question about the staff's brains ("were your brains also issued without instructions?") = insult.
  c(
    'r6x-08',
    'ru',
    'Комод собрать невозможно: в коробке нет пакета с фурнитурой и инструкции, обнаружил это при сборке 2 декабря. На фото всё содержимое коробки разложено на полу. Вам там мозги тоже без инструкции выдают? Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // British slang name-calling ("you absolute plonkers") with "spell it out" condescension; otherwise complete.
  c(
    'r6x-09',
    'en',
    "Right, you absolute plonkers, I'll spell it out once more. I ordered the red rear bike light and got two white front ones, which I noticed when I opened the bag on 9 June. Photo of both lights attached. Please send the red rear light.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Indian English condescension ("what even a class 2 child understands"), polite surface; insult.
  c(
    'r6x-10',
    'en',
    'Kindly read slowly sir, maybe then you will understand what even a class 2 child understands: I ordered 2 kg protein powder and received a 1 kg packet. Packet came on 14th March and the weight printed on the label is clearly visible in the photo. Kindly refund my full amount.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Australian sarcastic praise of a failure aimed at the seller's packing ("top effort, champions") = insult.
  c(
    'r6x-11v',
    'en',
    'Top effort, champions, real gold-medal packing. The esky lid was cracked clean through when it turned up on Tuesday, video of me opening the box is attached. I want a full refund.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Nigerian Pidgin name-calling ("which kind mumu" = fool) aimed at packers; single question marks only.
  c(
    'r6x-12',
    'en',
    'Are you people sleeping at that warehouse? Abeg, which kind mumu dey pack these orders? I ordered the black wig 22 inches, what came on 3rd May is a brown one of 14 inches. I have snapped the tag and the length against a tape, pictures attached. Send me the correct one.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ───────────── veiled threats ─────────────

  // Relative who will "drop in and talk in a family way" at the warehouse address = veiled threat of a visit.
  c(
    'r6x-13v',
    'ru',
    'Контроллер самоката сгорел на 4-й день: запах гари и ошибка E10 на дисплее, всё снято на видео. Верните деньги. У меня шурин по работе часто бывает в Гуанчжоу, а адрес вашего склада напечатан на накладной — думаю, он не откажется заглянуть и поговорить с вами по-родственному.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: found the seller's real name and phone, will show them to a 30k-subscriber channel = threat.
  c(
    'r6x-14',
    'ru',
    'Куртка пришла 11 апреля без капюшона, хотя на фото в карточке товара он есть, мои фото прилагаю. Прошу вернуть деньги. И да, ваше настоящее имя и личный номер телефона я уже выяснил через знакомых в логистике — посмотрим, как вам понравится, когда их увидят 30 тысяч подписчиков моего канала.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Ominous polite menace ("don't test how much of my calm is left") — new wording of «не доводите до греха».
  c(
    'r6x-15',
    'ru',
    'Набор кистей для макияжа пришёл 7 мая, и у трёх кистей из двенадцати при первом же мытье отвалился ворс вместе с ободком — фото прилагаю. Прошу замену набора. Я человек спокойный, но не советую проверять, сколько у этого спокойствия осталось запаса.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Knowing the manager's family (daughter's photo) with "say hello" = veiled threat. Offers to send pram back → return.
  c(
    'r6x-16',
    'ru',
    'Колесо коляски треснуло на второй неделе прогулок, фото трещины прикладываю. Прошу вернуть деньги, коляску готова отправить обратно. Кстати, у вашего менеджера Лили очень милая дочка на аватарке в WeChat — передавайте ей привет от покупательницы, которая умеет ждать.',
    'photo',
    ['threat'],
    'return',
  ),
  // Violence implied without a violence verb ("lucky we are far apart; here such things are explained not with words").
  c(
    'r6x-17v',
    'ru',
    'Видеорегистратор с 15 июня перезагружается каждые две-три минуты, карта памяти новая, видео с экраном прилагаю. Деньги верните. Ваше счастье, что между нами восемь тысяч километров: у нас за такое объясняют не словами.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Regional (Ural) menace about the seller's health ("think whether the mask is worth your health") = threat.
  c(
    'r6x-18v',
    'ru',
    'Маска-хамелеон не затемняется при сварке — проверял 21 июля в гараже, на видео всё видно. Пришлите рабочую маску на замену. Мы люди простые, уральские, у нас за такое по-хорошему не прощают, так что подумайте, стоит ли эта маска вашего здоровья.',
    'video',
    ['threat'],
    'exchange',
  ),
  // Friends who will "pop into your shop and have a word in person" = veiled threat of a visit.
  c(
    'r6x-19',
    'en',
    "The phone case I got on 2 August doesn't fit the Pixel 8 at all, the camera cutout is off by about 5 mm, see the photos. Please send the right case. I know a couple of lads who do runs to Yiwu every month, and they'd be more than happy to pop into your shop and have a word in person.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // Publishing the owner's home address and mobile number = doxxing threat.
  c(
    'r6x-20',
    'en',
    "The replacement blades for my robot mower arrived on 18 May as a pack of 3 instead of 9, photo of the opened pack attached. Please refund the full price. By the way, the owner's home address and mobile number are on the business licence you uploaded, and I'm more than happy to share them with every buyer group I'm in.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Filipino English: relatives ("my titos") who are "not so patient" and know where the shop is = veiled threat.
  c(
    'r6x-21',
    'en',
    'The inner pot coating of the rice cooker started peeling on the 5th day of use, I took pictures of the flakes in the rice, attached po. Kindly refund the full amount. I am a patient person po, but my titos are not so patient, and they already know where your shop in Divisoria is.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Accidents happen ... now and then to the people who send them" = ominous menace; offers return.
  c(
    'r6x-22v',
    'en',
    "The cordless vacuum's battery lasts 4 minutes instead of the 40 in the listing. I timed it on the first full charge on 6 October, video attached, and I'll send it back for a refund. Accidents happen to parcels all the time, and now and then to the people who send them.",
    'video',
    ['threat'],
    'return',
  ),

  // ───────────── disguised profanity ─────────────

  // Greek π and ε inside «пиздец», used as an exclamation about the item → profanity + emotional.
  c(
    'r6x-23v',
    'ru',
    'Открыл коробку 4 марта — πиздεц, а не торшер: плафон разбит в крошку, стойка погнута. Видео распаковки прилагаю. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Minced «заипали» still reads as «заебали» (listed as an emotional interjection) → profanity + emotional.
  // Tracking number in the text is evidence; non-receipt with elapsed days.
  c(
    'r6x-24',
    'ru',
    'Вы уже заипали со своим «подождите ещё 15 дней». Трек LP00512345678CN со 2 сентября висит на «прибыло в страну назначения», сегодня 47-й день. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Mask «х@#$ня» (хуйня) as a noun about the watch → profanity only (single "?").
  c(
    'r6x-25',
    'ru',
    'Что это за х@#$ня вместо часов? Смарт-часы с первого дня не подключаются к телефону по Bluetooth, на скриншоте ошибка сопряжения. Прошу заменить на рабочие.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Latin «o» inside «долбоёбы», calling the seller names → profanity + insult.
  c(
    'r6x-26',
    'ru',
    'Какие же вы дoлбoёбы. Заказывал передние тормозные колодки на Kia Rio 2017, пришли задние — понял при установке в сервисе 10 ноября, фото коробки и колодок прикладываю. Пришлите передние.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Spaced mat «е б у ч и й» as an intensifier about the item → profanity + emotional.
  c(
    'r6x-27v',
    'ru',
    'Этот е б у ч и й робот-пылесос с третьего дня крутится на месте и пищит ошибку 14. Видео прилагаю. Прошу обмен на исправный.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Transliterated Russian (lang ru); "suka" as an interjection → profanity + emotional.
  c(
    'r6x-28',
    'ru',
    'Otkryla posylku 12 iyunya, a tam, suka, sumka krasnaya vmesto chernoy. Foto prilagayu. Pomenyayte na chernuyu, pozhaluysta.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // English leetspeak "bu11$h1t" as a noun about the stitching → profanity only.
  c(
    'r6x-29',
    'en',
    'The hiking boots leaked through the toe seam on the very first walk on 12 September, photo of the soaked sock attached. The stitching on these is total bu11$h1t. Full refund, please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Armenian «ս» (U+057D) for "u" in "fucking", an intensifier → profanity + emotional.
  c(
    'r6x-30',
    'en',
    'The fսcking strap snapped on day two and my camera hit the pavement, photos of the torn strap attached. Refund the strap, please.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ───────────── innocent traps (must not be flagged) ─────────────

  // Lawful steps only: escalation, Роспотребнадзор, bank chargeback. Complete → ready.
  c(
    'r6x-31',
    'ru',
    'Принтер с первого листа печатает белые полосы по всей странице — получила его 6 ноября, фото отпечатка прилагаю. Прошу вернуть деньги. Если до 20 ноября вопрос не решится, открою эскалацию, обращусь в Роспотребнадзор и в банк за возвратом платежа.',
    'photo',
    [],
    'full_refund',
  ),
  // Ordinary words with rude-looking roots: «бляха» (buckle) and «застрахуйте» (insure). Ready.
  c(
    'r6x-32',
    'ru',
    'Ремень пришёл 8 июля: бляха погнута, язычок пряжки не держит — фото бляхи прилагаю. Прошу прислать новый ремень на замену и, пожалуйста, застрахуйте посылку при отправке.',
    'photo',
    [],
    'exchange',
  ),
  // Reported speech: the seller's insult quoted as evidence after «ответил» is not the buyer's insult. Ready.
  c(
    'r6x-33',
    'ru',
    'Фен перестал греть на 4-й день, дует только холодным воздухом. Продавец в переписке ответил мне «сама сломала, руки кривые», скриншот переписки прилагаю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Negated accusation («я не говорю, что вы сделали это специально») is not an accusation. Ready.
  c(
    'r6x-34',
    'ru',
    'Обои пришли 25 февраля, на рулонах артикул 8812, а заказывала 8821 — фото этикеток прилагаю. Я не говорю, что вы сделали это специально, скорее всего, на складе просто перепутали. Прошу обменять на правильный артикул.',
    'photo',
    [],
    'exchange',
  ),
  // Non-delivery; place name «Хуэйчжоу» and «рубля» look rude but are not; a court claim is lawful. Tracking number
  // in the text is evidence; the full price given as a sum is full_refund. Ready.
  c(
    'r6x-35',
    'ru',
    'Посылку оплатила 3 августа, трек LP00698765432CN с 10 августа показывает только «принято в сортировочном центре Хуэйчжоу», прошло уже 60 дней. Прошу вернуть полную стоимость — 2 452 рубля. Если деньги не вернут, подам иск в суд, это моё законное право.',
    'none',
    [],
    'full_refund',
  ),
  // Over-polite elderly buyer, offers to send the device back → return. Ready.
  c(
    'r6x-36',
    'ru',
    'Уважаемый продавец, здравствуйте, будьте так добры, помогите. Тонометр завышает верхнее давление на 20–25 единиц: 3 мая я проверила его в поликлинике рядом с аппаратом врача, фото обоих показаний прилагаю. Прошу вернуть деньги, прибор готова отправить вам обратно. Заранее благодарю, дай вам Бог здоровья.',
    'photo',
    [],
    'return',
  ),
  // «Хлебница», «требую» contain «еб»; an honest review with photos is a lawful step. Ready.
  c(
    'r6x-37',
    'ru',
    'Хлебница из бамбука пришла с трещиной через всю крышку, обнаружила при распаковке 30 января, фото прилагаю. Требую замену. Если вопрос не решится, оставлю честный отзыв с этими фотографиями.',
    'photo',
    [],
    'exchange',
  ),
  // «Тупые как валенок» said of knives (a thing), not of a person → not an insult. Ready.
  c(
    'r6x-38v',
    'ru',
    'Набор ножей пришёл 16 апреля, и все пять ножей тупые как валенок — помидор не режут, а мнут, это видно на видео. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Place name "Penistone" and "cocktail" contain rude-looking strings. Ready.
  c(
    'r6x-39',
    'en',
    "Hi, I'm in Penistone, South Yorkshire. The cocktail shaker I received on 4 July has a dented cap that won't screw on, photos attached. Please send a replacement.",
    'photo',
    [],
    'exchange',
  ),
  // Australian; chargeback and ACCC complaint are lawful steps; ACCC is an abbreviation, not CAPS. Ready.
  c(
    'r6x-40',
    'en',
    "G'day. The solar garden lights arrived on 2 February and not one of the eight switches on at night, even after three full days of sun; photo of them in the dark attached. Please refund the full amount. If it's not sorted by the 28th, I'll lodge a chargeback with my bank and a complaint with the ACCC.",
    'photo',
    [],
    'full_refund',
  ),
  // Reported speech: the seller's agent's insult quoted after "replied". Ready.
  c(
    'r6x-41',
    'en',
    "The blender jug cracked along the base the second time I used it, on 10 January. Your agent replied 'you are stupid, you broke it yourself'; a screenshot of the chat and a photo of the crack are attached. I'd like a replacement jug.",
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation ("I'm not saying anyone did this on purpose") + partial refund with a sum ($15). Ready.
  c(
    'r6x-42',
    'en',
    "The building block set is missing bags 4 and 5; we found out when my son got to step 112 on 2 January. Photo of the bags and the manual page attached. I'm not saying anyone did this on purpose, packing mistakes happen. A partial refund of $15 would be fine.",
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // Nigerian English, over-polite; "the difference of $7" names a sum → partial_refund 7. Ready.
  c(
    'r6x-43',
    'en',
    'Good day sir, I hope you are doing well. I ordered 6 yards of the blue ankara fabric, but what I received on 11 November is 4 yards, I measured it with tape immediately and the photo is attached. Kindly refund the difference of $7 for the 2 yards. Thank you and God bless.',
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // "Fanny pack" (British-rude-looking product name). Ready.
  c(
    'r6x-44',
    'en',
    "The fanny pack's zip pull came off the first time I opened it, on 22 August; photo attached. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),

  // ───────────── accusations and emotion ─────────────

  // Sarcasm about honesty: «опять „случайно“ перепутали» (scare quotes) → accusation. Otherwise complete.
  c(
    'r6x-45',
    'ru',
    'Пряжу заказывала цвета «мята», а пришла «лаванда», получила 15 января, фото этикеток на мотках прилагаю. Ну конечно, опять «случайно» перепутали, третий раз подряд. Прошу заменить на мяту.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Fraud label «жулики» is accusation, not insult, even with facts (GPU-Z screenshot).
  c(
    'r6x-46',
    'ru',
    'Видеокарта оказалась перешитой: GPU-Z при первой проверке 3 марта показывает GT 730 вместо GTX 1660, скриншот прилагаю. Вы обычные жулики. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Three fully capitalised words → emotional. Non-delivery with tracking number and screenshot.
  c(
    'r6x-47',
    'ru',
    'Я ЖДУ ПОСЫЛКУ УЖЕ ДВА МЕСЯЦА. Трек LP00887766554CN не обновлялся с 5 июля, скриншот отслеживания прилагаю. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Affect words «в шоке», «расстроена» → emotional.
  c(
    'r6x-48',
    'ru',
    'Платье на выпускной пришло 20 июня с жёлтыми пятнами на подоле, на фото их хорошо видно. Я в шоке и очень расстроена, выпускной через неделю. Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Это просто развод!!!» → accusation (label) + emotional (!!!). Facts present.
  c(
    'r6x-49',
    'ru',
    'Это просто развод!!! Крем пришёл с истёкшим сроком годности — на тюбике «годен до 01.2024», увидела при вскрытии 5 апреля, фото приложено. Верните деньги.',
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // "scammers" is a fraud label → accusation, even with an H2testw screenshot.
  c(
    'r6x-50',
    'en',
    "You're scammers, plain and simple. The 2TB SSD I got on 8 February shows only 64 GB of real capacity in H2testw, screenshot attached. Full refund, please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "ridiculous" + "!!" → emotional.
  c(
    'r6x-51',
    'en',
    'This is absolutely ridiculous!! The bridesmaid dress came on 14 May two sizes smaller than the size chart says, bust measures 80 cm instead of 92, photos attached. I want a full refund.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Filipino English sarcasm about honesty ("very honest seller" + scare-quoted capacity) → accusation.
  c(
    'r6x-52',
    'en',
    "Wow, very honest seller po, a '20000mAh' power bank that charges my phone only once. I tested it on 3 July, photos of the battery percentage attached. Please refund the full amount.",
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // ───────────── content and resolution ─────────────

  // Declined money + request for a replacement → exchange. Complete → ready.
  c(
    'r6x-53',
    'ru',
    'Чехлы на сиденья для Лады Весты пришли 2 марта, на заднем чехле шов разошёлся на 5 см — фото прилагаю. Деньги возвращать не нужно, пришлите, пожалуйста, замену заднего чехла.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words («триста пятьдесят рублей») → partial_refund 350. Ready.
  c(
    'r6x-54',
    'ru',
    'В наборе должно быть 10 пар носков, а пришло 8 — пересчитала при получении 14 января, фото всех пар на кровати прилагаю. Прошу частично вернуть триста пятьдесят рублей за две недостающие пары.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Compensation «на ваше усмотрение» → partial_refund without a sum.
  c(
    'r6x-55',
    'ru',
    'Шуруповёрт пришёл 27 октября с одной батареей вместо двух, как указано в описании, — фото содержимого кейса прилагаю. Прошу компенсацию за недостающую батарею, сумма на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Video promised («видео прилагаю») but the form has no file → evidence_not_attached.
  c(
    'r6x-56',
    'ru',
    'Кофемашина протекает снизу с первого включения 9 декабря, под ней каждый раз лужа. Видео прилагаю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Generic wording («не соответствует описанию», «с браком»), no time, no evidence; 10 words (not too short).
  c(
    'r6x-57',
    'ru',
    'Товар не соответствует описанию, пришёл с браком. Прошу вернуть деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "€6,50" is 6.5 → partial_refund 6.5. Ready.
  c(
    'r6x-58',
    'en',
    'Hello, the set of 12 paint markers had only 10 in the box when I opened it on 19 March; photo of the box attached. Please refund €6,50 for the two missing markers.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "half the price" → partial_refund without a sum.
  c(
    'r6x-59',
    'en',
    "The sofa cover arrived on 2 June in grey instead of the beige I ordered, photo next to the listing screenshot attached. I'll keep it if you refund half the price.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Concrete problem and time, but no evidence and only "what should I do?" → missing_evidence + missing_resolution.
  c(
    'r6x-60',
    'en',
    'The left earbud stopped charging on day three. What should I do?',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),

  // ───────────── mixed and other ─────────────

  // Empty text → only empty_text.
  c('r6x-61', 'ru', '', 'none', ['empty_text'], 'none'),
  // A single two-letter word → only empty_text.
  c('r6x-62', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Quoted mat from the seller («иди нах*й») is still profanity (blocker), though reported speech.
  c(
    'r6x-63',
    'ru',
    'Пауэрбанк на 20 000 мА·ч вздулся при первой же зарядке 9 октября, фото прилагаю. На мою просьбу о возврате продавец ответил в чате: «иди нах*й, возврата не будет», скрин переписки тоже прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // 4 words: non-receipt is a concrete "what", full refund asked, but no time or evidence → too_short (tip) +
  // missing_when + missing_evidence.
  c(
    'r6x-64',
    'ru',
    'Где посылка? Верните деньги.',
    'none',
    ['too_short', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // A two-letter greeting only → empty_text.
  c('r6x-65', 'en', 'Hi', 'none', ['empty_text'], 'none'),
  // Everything at once: "WTF" (profanity as interjection), "??" and two capitalised words (emotional), "thieves"
  // (accusation); a concrete defect but no time and no evidence.
  c(
    'r6x-66',
    'en',
    'WTF?? You thieves sent a lamp with a cracked shade. Refund NOW.',
    'none',
    ['profanity', 'emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
];
