import { labelled as c, type CorpusCase } from './types';

/**
 * Round seven, held-out set Q: scored once, never tuned on. Written by an independent hand in the voices of a bitter
 * retiree, a hot-headed young driver, a cold corporate buyer, an anxious first-time shopper and a sarcastic IT admin;
 * Russian with regional colour (Ural «чё ли», southern «шо», Odessa-style turns, transliteration), English from
 * Australia, Ireland, Nigeria, the US South and non-native speakers. Labels follow analyzer-notes.md section 1 and the
 * README's labelling decisions (rounds two and four), not any program's output.
 *
 * Labelling decisions used in this set:
 * - mat as an interjection or intensifier (пиzдец, бл9, заипали, fkn) is `profanity` + `emotional`; mat as a noun about
 *   the item (х**ню, sh1t) is only `profanity`; a masked mat word calling the seller names (a$$clowns) is `profanity`
 *   + `insult`; quoted mat from the seller's chat is `profanity` only.
 * - regional or everyday words aimed at people (валенки, бестолочи, durni, galah, mumu) are `insult`; the same kind of
 *   word about a thing («тупой, как валенок» of a knife) is not.
 * - fraud labels even in dialect ("a shower of chancers", жульё) are `accusation`, not `insult`.
 * - «блин» and «хреновый» (about the item) are neither rude nor emotional: they are not mat and not in the affect list.
 * - «верните 4 300 рублей полностью» is `full_refund` (the whole price), so no amount.
 * - "after a minute or two" style durations of a symptom are avoided, so `missing_when` texts carry no time at all.
 * - `too_short` is labelled where the text has fewer than 8 words; an «ок» text gets only `empty_text`.
 */
export const ROUND7_HOLDOUT_Q: CorpusCase[] = [
  // ===== Insults without a swear word (12) =====

  // Retiree's mocking comparison of the manager to a calf at a new gate → insult; otherwise complete (label, date, photo, refund).
  c(
    'r7q-01',
    'ru',
    `Мне семьдесят четыре года, и даже я понимаю разницу между шерстью и синтетикой, а ваш менеджер, видать, как тот телёнок — смотрит на новые ворота и ничего не понимает. Заказывала носки из 100% овечьей шерсти, а на ярлыке, который я увидела при получении 9 октября, написано «акрил 95%». Фото ярлыка прикладываю. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Ural driver calls warehouse staff «валенки» (dimwits) → insult; concrete missing item, opened at the post office on video.
  c(
    'r7q-02v',
    'ru',
    `Вы там на складе валенки, чё ли? Заказывал видеорегистратор, вскрыл коробку на почте 3 апреля под камеру — внутри только провод для прикуривателя, самого регистратора нет. Видео вскрытия приложил. Верните деньги полностью.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // IT admin's sarcastic praise of a failure aimed at the seller's work («настоящие виртуозы») → insult (round-four rule).
  c(
    'r7q-03',
    'ru',
    `Снимаю шляпу перед вашим отделом контроля качества: отправить коммутатор на 8 портов, в котором живы только три, — это надо уметь, коллеги, настоящие виртуозы. Проверял 14 ноября сразу после распаковки, разными кабелями и с двух ноутбуков; скриншоты и фото индикаторов приложены. Прошу замену на исправный.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Southern «шо» and «бестолочи» aimed at the staff → insult; partial refund with a sum for the missing pot.
  c(
    'r7q-04',
    'ru',
    `Шо вы мне голову морочите, бестолочи? Третью неделю пишу одно и то же: в наборе из шести кастрюль пришло пять, нет самой маленькой, на 1,2 литра, — пересчитали с мужем при вскрытии коробки 2 марта, фото приложила. Верните за неё 870 рублей.`,
    'photo',
    ['insult'],
    'partial_refund',
    870,
  ),
  // Cold corporate condescension about the manager's ability to read → insult, though no rude word at all.
  c(
    'r7q-05',
    'ru',
    `Вынуждены констатировать, что ваш менеджер не в состоянии прочитать спецификацию из трёх строк; рекомендуем поручить переписку сотруднику, владеющему навыком чтения. При приёмке партии 12.09 выяснилось, что светодиодные ленты имеют цветовую температуру 6500 K вместо заказанных 3000 K — замер и фото этикеток приложены. Просим вернуть полную стоимость партии.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Вы там белены объелись?» questions the seller's sanity → insult; the 2% offer is the seller's, the buyer asks for a full refund.
  c(
    'r7q-06v',
    'ru',
    `Вы там белены объелись — предлагать мне компенсацию в два процента за треснувший экран планшета? Трещина через весь экран была видна сразу при вскрытии посылки 17 мая, видео распаковки приложено. Соглашусь только на полный возврат денег.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison: a parrot answers more sensibly than the support staff → insult.
  c(
    'r7q-07',
    'ru',
    `Мой попугай Кеша отвечает осмысленнее, чем ваша служба поддержки: на вопрос про совместимость вы мне трижды прислали смайлик. Чехол не подходит к Redmi Note 12, хотя модель указана в карточке, — отверстие под камеру смещено на сантиметр, проверил в день получения, 8 июня, фото приложено. Верните деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Transliterated Russian (counts as ru): «durni» aimed at the warehouse → insult; size mismatch, date, photo, exchange.
  c(
    'r7q-08',
    'ru',
    `Vy tam na sklade sovsem durni? Zakazyval shlem razmera L, prishel S, meril 4 avgusta srazu posle polucheniya, foto birki prilozhil. Pomenyajte na L.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Australian "a proper galah" (fool) aimed at the packer → insult; snapped esky lid found on opening, photos, refund.
  c(
    'r7q-09',
    'en',
    `Whoever packed this is a proper galah, mate. The esky lid came snapped clean off its hinge and there was no padding in the box at all - found it when I opened it on the 2nd of Feb, photos attached. Full refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // US South "bless your heart" plus "couldn't find the size chart with both hands and a flashlight" → condescension, insult; offers to send back.
  c(
    'r7q-10',
    'en',
    `Bless your heart, y'all couldn't find a size chart with both hands and a flashlight. I ordered boots in a US 10 and got a 7, tried them on the day they came, March 14th, photo of the label attached. I'll send them back if y'all refund me.`,
    'photo',
    ['insult'],
    'return',
  ),
  // Nigerian "are you people mumu?" (fools) → insult; 1 of 3 packs, counted at the post office, $7 for two packs.
  c(
    'r7q-11',
    'en',
    `Oga seller, are you people mumu? I ordered 3 packs of the satin hair bonnets, only 1 pack came, I counted it at the post office on 19 August and took photos, they are attached. Refund me for the 2 packs, that is $7.`,
    'photo',
    ['insult'],
    'partial_refund',
    7,
  ),
  // Non-native condescension ("I will write very simple for you… the. lamp. is.") → insult; colour mismatch on video, exchange.
  c(
    'r7q-12v',
    'en',
    `I will write very simple for you, because seem your team cannot understand normal English: the. lamp. is. not. the. colour. I ordered warm white, it is cold blue, I see this at first switch on, 11 May, video is attached. Please send the warm white one.`,
    'video',
    ['insult'],
    'exchange',
  ),

  // ===== Veiled threats (10) =====

  // A cousin "near your warehouse" who may drop in "по-родственному" → veiled threat; otherwise complete.
  c(
    'r7q-13',
    'ru',
    `У меня двоюродный брат в Гуанчжоу работает, как раз недалеко от вашего склада. Может, зайдёт к вам, поговорит лично, по-родственному. А пока по делу: блендер пришёл с расколотой чашей, трещина видна на фото, обнаружила при распаковке 6 декабря. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: owner's name and home phone "in the city groups" → threat; polite wording does not save it.
  c(
    'r7q-14v',
    'ru',
    `Я нашёл ваш магазин на Taobao, имя владельца и домашний телефон. Будет неловко, если всё это окажется в городских пабликах вместе с фотографией. Наушники пришли без левого вкладыша, в кейсе одна сторона пустая, — видео распаковки от 28 июля приложено. Верните полную стоимость.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Knows the seller's daughter and her school, "think of your family" → threat; measured thermos failure, photo.
  c(
    'r7q-15',
    'ru',
    `На вашей аватарке видно дочку в школьной форме и вывеску школы. Подумайте о семье, прежде чем опять отказывать. Термос не держит тепло: кипяток через три часа остывает до 40 градусов, замеряла термометром 10 января, фото приложено. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Retiree's ominous "I have nothing to lose — remember that" → threat (ominous menace); measured blood-pressure mismatch.
  c(
    'r7q-16',
    'ru',
    `Я старый человек, мне терять нечего — вы это запомните. Тонометр показывает давление на 30 единиц выше, чем аппарат в поликлинике: сравнивала 5 и 6 февраля при медсестре, фото обоих экранов прилагаю. Верните пенсионерке деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Driver's "the lads from our district have long arms, they'll reach China" → threat via associates.
  c(
    'r7q-17',
    'ru',
    `Ребята с нашего района таких продавцов не любят, а руки у них длинные, до Китая достанут. Велосипедный фонарь перестал включаться на второй поездке, 15 сентября: кнопка провалилась внутрь корпуса. Фото приложено, верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Corporate polite menace: "ways you will regret, no arbitration needed" → threat (extra-legal, unlike a court).
  c(
    'r7q-18',
    'ru',
    `Настоятельно рекомендуем урегулировать вопрос по-хорошему: иначе мы найдём способы, о которых вы пожалеете, и никакой арбитраж вам уже не понадобится. При приёмке поставки 3 октября 40 из 200 кабелей USB-C не заряжают ноутбук — акт проверки и фото приложены. Просим замену этих сорока кабелей.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Irish cousins "only delighted to call round to your warehouse for a little chat" → threat; concrete heating fault on video.
  c(
    'r7q-19v',
    'en',
    `I've a few cousins over in Shenzhen who'd be only delighted to call round to your warehouse for a little chat, if you keep stalling. The hair straightener won't heat past lukewarm - the display says 200 degrees but I can hold the plates in my bare hand, tested it the evening it arrived, 4 November. Video attached. Refund me.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // US South "we settle things face to face, your address is on my fridge" → threat (knows where the seller is).
  c(
    'r7q-20',
    'en',
    `Where I come from, folks settle things face to face, and I've got your business address written down right here on my fridge. The fishing reel's handle snapped off on my second trip out, May 9th, photos attached. I want a full refund.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Nigerian doxxing: name, phone and shop address on Facebook and WhatsApp status → threat; measured capacity mismatch.
  c(
    'r7q-21',
    'en',
    `I have your name, your phone number and your shop address already. By this time next week everybody on my Facebook and my WhatsApp status will have them too, with your picture. The power bank is 5000 mAh, not 20000 mAh, I tested it with a USB meter on 2 July, photo attached. Refund my money.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Corporate "we'd hate for anything unfortunate to happen to your storefront or the people running it" → threat; partial $54.
  c(
    'r7q-22',
    'en',
    `We'd hate for anything unfortunate to happen to your storefront or the people running it, so let's keep this simple. Order 8123 arrived on 14 January with 12 of the 60 ceramic mugs broken; photos of each are attached. Please refund the 12 mugs, $54 in total.`,
    'photo',
    ['threat'],
    'partial_refund',
    54,
  ),

  // ===== Disguised profanity (8) =====

  // «пиzдец» with a Latin z inside Cyrillic, used as an interjection → profanity + emotional.
  c(
    'r7q-23',
    'ru',
    `Ну пиzдец, ребята: заказывал зарядку на 65 Вт, а тестер показывает 9 Вт, телефон еле заряжается — проверял 20 марта, фото тестера приложил. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «бл9» (digit 9 for я) as an interjection → profanity + emotional; different-size shoes, exchange.
  c(
    'r7q-24',
    'ru',
    `бл9, ну сколько можно — кроссовки пришли разного размера, левый 42, правый 44, увидел сразу при примерке 1 мая, фото подошв приложил. Замените на пару 42-го.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Masked «х**ню» as a noun about the item → profanity only (not aimed at a person, not an interjection).
  c(
    'r7q-25',
    'ru',
    `Прислали какую-то х**ню вместо электробритвы: пластиковый корпус без ножей, внутри пусто, вскрыл 12 июля, фото приложено. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Minced «заипали» still reads as заебали, used as an exclamation → profanity + emotional; non-receipt 67 days, tracking.
  c(
    'r7q-26',
    'ru',
    `Заипали уже с этой доставкой. Посылка не пришла, жду 67 дней, трек не обновляется с 3 февраля — скрин отслеживания приложил. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Seller's masked mat quoted as evidence: reported speech, but quoted mat is still profanity (not insult, not emotional).
  c(
    'r7q-27',
    'ru',
    `Когда я спросила про недостающие пуговицы, продавец ответил мне в чате: «пошла ты на х*й». Скриншот переписки приложен. На пальто не хватает трёх пуговиц из пяти, обнаружила при распаковке 25 ноября, фото тоже есть. Прошу вернуть 400 рублей.`,
    'photo',
    ['profanity'],
    'partial_refund',
    400,
  ),
  // English leetspeak "sh1t" as a noun about the item → profanity only.
  c(
    'r7q-28',
    'en',
    `This phone case is complete sh1t: the clip snapped the first time I put it on, 10 Oct, photo attached. Refund please.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Australian dropped-vowel "fkn" as an intensifier → profanity + emotional; concrete torch fault, video, replacement.
  c(
    'r7q-29v',
    'en',
    `The fkn thing died after two days - the torch won't switch on at all, the button does nothing, tried new batteries on 6 Dec. Video attached, send a replacement.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Masked "a$$clowns" calling the seller names → profanity + insult.
  c(
    'r7q-30',
    'en',
    `You a$$clowns sent me two left-hand gloves instead of a pair, opened it on 22 Aug, photo attached. Send the right-hand glove.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),

  // ===== Innocent traps (16) =====

  // Retiree's firm lawful steps (court, Роспотребнадзор, police, bank chargeback) are not threats → ready.
  c(
    'r7q-31v',
    'ru',
    `Предупреждаю официально: если до 20 мая вопрос не решится, я пойду в суд, напишу заявление в Роспотребнадзор и в полицию, а в банке оформлю отзыв платежа. Это не угроза, это мои права. Ингалятор не распыляет лекарство — мотор гудит, пара нет, обнаружила при первом включении 2 мая, видео приложено. Верните деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Ordinary words with rude-looking roots (гребней, ребёнка, рублей) → innocent; partial with a sum → ready.
  c(
    'r7q-32',
    'ru',
    `Набор из 12 гребней для ребёнка стоил 1 490 рублей, а пришло 7 — пересчитала при распаковке 11 июня, фото всех гребней на столе приложила. Прошу вернуть 620 рублей за недостающие пять.`,
    'photo',
    [],
    'partial_refund',
    620,
  ),
  // Brand name «Хуавей» in a retiree's text → innocent; pairing error, dates, screenshots, offers to send back → return.
  c(
    'r7q-33',
    'ru',
    `Внук заказал мне часы для телефона Хуавей, а они с ним не соединяются: блютус их видит, но через минуту пишет «ошибка сопряжения». Пробовали с 3 по 5 августа, скриншоты ошибки прикладываю. Заберите часы обратно и верните деньги, отправлю за свой счёт.`,
    'photo',
    [],
    'return',
  ),
  // Chinese place names from tracking (Хуэйчжоу, Хуайнань) → innocent; non-receipt 45 days, tracking number → ready.
  c(
    'r7q-34',
    'ru',
    `Посылка вышла из сортировочного центра в Хуэйчжоу 2 сентября, потом отметилась в Хуайнане — и с тех пор тишина, уже 45 дней. Трек-номер LP00498231577CN, скрин отслеживания приложен. Верните деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Seller's insult quoted as evidence after «ответил в чате» → reported speech, not the buyer's insult → ready.
  c(
    'r7q-35',
    'ru',
    `Продавец на мой вопрос ответил в чате: «ты тупая корова, читай описание». Скриншот переписки прилагаю. По существу: платье пришло зелёное, а заказывала бордовое, увидела сразу при вскрытии 19 апреля, фото приложено. Прошу заменить на бордовое.`,
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result with no praise of the person («очень дорогая подставка под кружку») → not rude → ready.
  c(
    'r7q-36v',
    'ru',
    `Ну что ж, теперь у меня есть очень дорогая подставка под кружку: электронные весы показывают 0,0 г с любым грузом, хоть с килограммовым пакетом сахара. Проверяла 13 марта с новыми батарейками, видео приложено. Верните деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Corporate firm but polite, with lawful steps (support, bank) → ready; partial 9 000 ₽ stated.
  c(
    'r7q-37',
    'ru',
    `Уведомляем: при приёмке поставки 05.06 выявлено, что 30 из 100 термосов имеют вмятины на корпусе; акт приёмки с фотографиями приложен. Просим вернуть стоимость тридцати единиц — 9 000 рублей. В случае отказа обратимся в поддержку площадки и в банк.`,
    'photo',
    [],
    'partial_refund',
    9000,
  ),
  // «корабля» and «застрахуйте» contain rude-looking letter runs → innocent; «4 300 рублей полностью» is a full refund.
  c(
    'r7q-38',
    'ru',
    `Судя по треку, коробку везли морем, и где-то на борту корабля её хорошенько помяли: у жёсткого диска на 2 ТБ погнут разъём SATA, система его не видит, подключал 9 октября к двум разным компьютерам. Фото разъёма приложил. В следующий раз застрахуйте посылку, а сейчас верните 4 300 рублей полностью.`,
    'photo',
    [],
    'full_refund',
  ),
  // «тупой, как валенок» said of a knife set, not a person → not insult; offers to return the set → return.
  c(
    'r7q-39v',
    'ru',
    `Набор ножей тупой, как валенок: помидор не режет, а мнёт, бумагу жуёт. Заметила при первой же готовке, 30 декабря, видео приложено. Хочу вернуть набор и получить деньги обратно.`,
    'video',
    [],
    'return',
  ),
  // Soft euphemisms «блин», «хреновый» about the zip → neither rude nor emotional → ready.
  c(
    'r7q-40',
    'ru',
    `Блин, молния на рюкзаке хреновая оказалась: разошлась на третий день, 16 августа, прямо в метро. Фото молнии приложено. Прошу обменять рюкзак на новый.`,
    'photo',
    [],
    'exchange',
  ),
  // Australian place names Cockburn Central and Dickson → innocent; non-receipt 38 days, tracking screenshot.
  c(
    'r7q-41',
    'en',
    `Tracking shows the parcel sitting at the Cockburn Central depot since 3 March, and the scan before that was in Dickson. It's been 38 days since I paid. Tracking screenshot attached - please refund me.`,
    'photo',
    [],
    'full_refund',
  ),
  // Product words "Shih Tzu", "cocktail" look rude but are not; measured size mismatch → ready.
  c(
    'r7q-42',
    'en',
    `I ordered a Shih Tzu harness in XS and a cocktail shaker in one order; the harness came in XL and swallows the dog whole. Measured it with a tape on 18 June, 62 cm around the chest instead of 30 cm, photo attached. Please exchange it for an XS.`,
    'photo',
    [],
    'exchange',
  ),
  // Nigerian firm lawful steps (escalation, chargeback, consumer protection commission) → not a threat → ready.
  c(
    'r7q-43v',
    'en',
    `I am telling you firmly: if this is not resolved by 30 September I will escalate the dispute, file a chargeback with my bank and report to the Federal Competition and Consumer Protection Commission. The blender jar leaks from the bottom seal since the first use on 12 September, video attached. Refund my money in full.`,
    'video',
    [],
    'full_refund',
  ),
  // Seller's insult quoted as evidence ("the seller replied '…'") → reported speech → ready; partial $15.
  c(
    'r7q-44',
    'en',
    `When I asked about the missing charger, the seller replied 'you are stupid woman, stop write me'. The chat screenshot is attached. The drill arrived on 3 April without its charger, nothing else in the box, photo attached. Please refund $15 for the charger.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // Negated accusation ("I'm not saying anyone did this on purpose") → not accusation → ready.
  c(
    'r7q-45',
    'en',
    `I'm not saying anyone did this on purpose, it was probably a packing mix-up. I got a black phone case instead of the clear one I ordered, saw it when I opened the parcel on 27 May, photo attached. Could you send the clear one?`,
    'photo',
    [],
    'exchange',
  ),
  // Irish "deadly" (slang for great) about a sparking charger → not a threat; declines a replacement → full refund.
  c(
    'r7q-46v',
    'en',
    `The charger is deadly, and not in the good Irish sense - it sparks at the plug every time, noticed it the first night, 8 January. Video attached. I'd rather you refund me than send another one.`,
    'video',
    [],
    'full_refund',
  ),

  // ===== Accusations and emotion (8) =====

  // «Вы специально подсовываете» labels intent → accusation, even with facts present.
  c(
    'r7q-47',
    'ru',
    `Вы специально подсовываете уценку под видом нового: на пылесосе царапины, в контейнере пыль, фильтр уже серый — всё видно на фото, сделанном при распаковке 4 марта. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty: «Ну конечно, опять "ошибка склада"» → accusation; H2testw check, screenshot.
  c(
    'r7q-48',
    'ru',
    `Ну конечно, опять «ошибка склада» — уже третий раз подряд вместо 256 ГБ приходит флешка на 64 ГБ, проверял H2testw 11 ноября, скриншот приложил. Верните деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // CAPS («Я В ШОКЕ»), «!!!» and «в шоке» → emotional; concrete size mismatch, exchange.
  c(
    'r7q-49',
    'ru',
    `Я В ШОКЕ!!! Заказывала детский комбинезон на рост 98, а пришёл на 74 — ребёнок в него даже ногу не просунул. Примеряли 2 ноября, фото с биркой приложено. Поменяйте на 98.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Anxious first-time buyer «очень расстроена» → emotional (affect word); asks politely for money back → full_refund.
  c(
    'r7q-50',
    'ru',
    `Простите, я первый раз заказываю на АлиЭкспресс и очень расстроена. Пришла сумка, а у неё оторвана ручка — висит на одной нитке, увидела, как только открыла пакет 23 октября. Фото прикладываю. Можно мне вернуть деньги? Я не знаю, как это правильно делается.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Odessa-style «Жульё, а не магазин!!!» → accusation (fraud label, not insult) + emotional («!!!»).
  c(
    'r7q-51',
    'ru',
    `Жульё, а не магазин!!! Вместо золотой цепочки прислали крашеную проволоку: магнит к ней липнет, краска слезла за день, 14 февраля, фото приложено. Верните деньги.`,
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // "Classic bait-and-switch" labels intent → accusation; concrete material mismatch found on opening.
  c(
    'r7q-52',
    'en',
    `Classic bait-and-switch, this: the listing showed a solid oak chopping board, what came is plywood with an oak sticker that peeled at the corner when I opened it on 9 June, photos attached. Refund me.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "RIDICULOUS??" (affect word and "??") → emotional.
  c(
    'r7q-53',
    'en',
    `This is absolutely RIDICULOUS?? I ordered a 2-seat sofa cover and received a single pillowcase, opened the parcel on 1 December, photo attached. Full refund please.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Irish "a shower of chancers" plus scare quotes round 'waterproof' → accusation (honesty label), not insult.
  c(
    'r7q-54',
    'en',
    `Ye're a shower of chancers, selling a 'waterproof' jacket that soaks through in ten minutes of Galway drizzle - walked home in it on 2 October and my shirt was wet through, photos attached. Refund me.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // ===== Vague vs concrete, other content (10) =====

  // «не соответствует описанию» only → missing_what; no date → missing_when; photo attached; exactly 8 words, not too_short.
  c(
    'r7q-55',
    'ru',
    `Товар не соответствует описанию. Верните деньги, фото прилагаю.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // «с браком» is generic → missing_what; the date and discovery are present; video attached; exchange.
  c(
    'r7q-56v',
    'ru',
    `Миксер оказался с браком, заметила 12 февраля, при первом же включении. Видео приложено, прошу замену.`,
    'video',
    ['missing_what'],
    'exchange',
  ),
  // Concrete symptom in unusual words (blade spins on the shaft with a click, beans stay whole) → ready.
  c(
    'r7q-57v',
    'ru',
    `Кофемолка жужжит, но не мелет: нож прокручивается на валу с сухим щелчком, зёрна остаются целыми. Заметил в первое же утро, 2 февраля, видео приложил. Верните деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Measured mismatch with a tape (discovery circumstance) but no evidence named, no file; «половину» → partial without a sum.
  c(
    'r7q-58',
    'ru',
    `В карточке кабель HDMI длиной 3 метра, а пришёл — я измерил рулеткой — 1 метр 45 сантиметров. Прошу вернуть половину стоимости.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Missing part, photo attached, but no time or discovery and only «Разберитесь» → missing_when + missing_resolution.
  c(
    'r7q-59',
    'ru',
    `У табуретки из набора нет одной ножки — в коробке три вместо четырёх. Фото приложила. Разберитесь, пожалуйста.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // A single two-letter word → empty_text only.
  c('r7q-60', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // "defective, not as described" → missing_what; no date, no evidence; 7 words → too_short; asks for a refund.
  c(
    'r7q-61',
    'en',
    `Item defective, not as described. Want refund.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),
  // Non-native concrete symptom (kettle switches off after 10 seconds), first use on 5 June, video → ready.
  c(
    'r7q-62v',
    'en',
    `The kettle switch clicks off after about 10 seconds, before the water is even warm. I noticed it at first use on 5 June. Video attached. Please exchange it.`,
    'video',
    [],
    'exchange',
  ),
  // Nigerian "bad quality" → missing_what; "since Monday when they came" is a time; no evidence; "What should I do?" → none.
  c(
    'r7q-63',
    'en',
    `Please the shoes you sent are bad quality, I noticed since Monday when they came. What should I do?`,
    'none',
    ['missing_what', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // US South concrete symptom ("flickers like there's a haint in it, then goes dark") but no time at all → missing_when.
  c(
    'r7q-64v',
    'en',
    `The porch light I bought flickers like there's a haint in it and then goes dark altogether. Video's attached. I'd like my money back, please.`,
    'video',
    ['missing_when'],
    'full_refund',
  ),

  // ===== Requests and evidence (6) =====

  // Declined refund («Деньги мне не нужны, пришлите…») → exchange; otherwise complete → ready.
  c(
    'r7q-65',
    'ru',
    `Деньги мне не нужны, пришлите, пожалуйста, такой же плед, только серый, как я и заказывала, — пришёл ярко-розовый, увидела при вскрытии 8 января, фото приложено.`,
    'photo',
    [],
    'exchange',
  ),
  // Sum in words «триста пятьдесят рублей» → partial 350; measured shortfall in a measuring cup → ready.
  c(
    'r7q-66',
    'ru',
    `Заявлено 500 мл, а во флаконе шампуня — я перелила его в мерный стакан 15 марта — ровно 300. Фото стакана приложено. Верните, пожалуйста, триста пятьдесят рублей за недолив.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // «частичную компенсацию на ваше усмотрение» → partial refund without a sum → partial_without_amount.
  c(
    'r7q-67',
    'ru',
    `Коврик для йоги пришёл с надорванным краем — надрыв сантиметров пять, видно сразу при распаковке 20 апреля, фото приложено. Пользоваться можно, поэтому прошу частичную компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Прикладываю видео распаковки» but the form has no file → evidence_not_attached (evidence is named, so not missing).
  c(
    'r7q-68',
    'ru',
    `Прикладываю видео распаковки: в коробке от робота-пылесоса лежала только зарядная станция, самого робота нет. Вскрывал 29 июня на камеру. Верните деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Irish "€6,50" with a decimal comma → partial 6.5; chipped rims found unwrapping → ready.
  c(
    'r7q-69',
    'en',
    `Two of the six wine glasses came with chipped rims - spotted it unwrapping them on 15 December, photos attached. Grand otherwise, so just refund €6,50 for the two.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "refund the difference" → partial refund without a sum; capacity checked with H2testw, screenshot attached.
  c(
    'r7q-70',
    'en',
    `Paid for a 128 GB memory card, but the phone and H2testw both show 32 GB, checked on 7 March, screenshot attached. Please refund the difference.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
];
