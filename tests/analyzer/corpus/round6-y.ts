import { labelled as c, type CorpusCase } from './types';

/**
 * Round six, set Y: held-out texts by an independent hand (not tuned on). Insults without swear words, new veiled
 * threats, disguised mat, innocent look-alikes and lawful steps, accusations and emotion, resolution nuances, and
 * empty or very short texts. Labels follow analyzer-notes.md section 1 and the README's labelling decisions.
 *
 * Labelling decisions used in this set:
 * - a request to send the missing pieces or a missing part ("send the missing 6 mats", «дошлите вторую камеру») is
 *   `exchange` (the definition's "send the correct item"), not a partial refund.
 * - a dropped-vowel or look-alike mat word used to call the seller's staff names is `profanity` + `insult`; as an
 *   interjection (`6ля, …`, `зaеб@ли`, `fkn`) it is `profanity` + `emotional`; as a plain noun about the item only
 *   `profanity`.
 * - place and brand names with a rude-looking root (Ебург, Хуавей, Хуэйчжоу, Scunthorpe, shiitake, колебалка) are
 *   not rude.
 */
export const ROUND6_Y: CorpusCase[] = [
  // ── Insults without a swear word (ru) ──

  // Retired teacher: condescension about the reader's understanding («медленно и по слогам… не доходит») → insult.
  // Otherwise complete (size mismatch, date, photo attached, exchange).
  c(
    'r6y-01',
    'ru',
    'Уважаемый продавец, попробую объяснить медленно и по слогам, раз с первого раза у вас не доходит: я заказывала комплект постельного белья полутороспальный, а пришёл евро 200х220, на этикетке так и написано. Обнаружила 12 ноября, когда распаковала. Фото этикетки и упаковки прикладываю. Прошу обмен на правильный размер.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Southern slang: warehouse staff called «чучела» (an ordinary word aimed at people) → insult. Complete otherwise.
  c(
    'r6y-02',
    'ru',
    'Слышь, продавец, у вас там на складе одни чучела работают или как? Заказывал чехол на Samsung A54, а пришёл на A34, вырез под камеру не совпадает, кнопки не там. Достал из пакета 3 декабря и сразу увидел. Фото чехла на телефоне приложил. Верните деньги полностью.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Ukrainian-flavoured: the packer is called «телепень» (dolt) → insult. Missing bearing, day two, video, exchange.
  c(
    'r6y-03v',
    'ru',
    'Шановний продавец, ну шо вам сказать... ваш упаковщик, видно, тот ещё телепень: педали для велосипеда положил, а в левой нет подшипника, она болтается на оси и стучит. Заметил на второй день, когда поставил на велик и проехал до работы. Видео прилагаю. Прошу замену левой педали или обмен всего комплекта.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the seller's work («Браво, мастера логистики, аплодирую стоя») → insult. Quantity mismatch,
  // weighed at the post office on a date, photo + screenshot, partial refund with a sum (2870).
  c(
    'r6y-04',
    'ru',
    'Браво, мастера логистики, аплодирую стоя. Оплатил 40 метров светодиодной ленты, а в коробке одна катушка на 5 метров. Взвесили посылку на почте 15.10 — 0,3 кг, ровно столько и указано в отправлении, значит так и отправили. Фото катушки и скрин заказа прикладываю. Прошу вернуть деньги за недостающие 35 метров — 2870 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    2870,
  ),
  // Belarusian-flavoured: «у вас там думать некому» — condescension about the staff's intelligence → insult.
  c(
    'r6y-05',
    'ru',
    'Добры дзень. Я, канечне, разумею, что думать у вас там некому, но парик я заказывала цвет 613, светлый блонд, а прислали тёмно-русый, тон 4. Распаковала вчера, 21 ноября, сравнила с картинкой при дневном свете. Фото парика рядом с карточкой товара прикладываю. Верните, пожалуйста, полную стоимость.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison about the manager's wits → insult. Ends with a question, not a request → missing_resolution too.
  c(
    'r6y-06',
    'ru',
    'Ваш менеджер соображает медленнее, чем идёт ваша доставка, а это, поверьте, надо постараться. Удочка телескопическая 3,6 м пришла со сломанным третьим коленом, обнаружил при первом раскладывании 2 сентября на берегу. Фото излома прикладываю. И что мне теперь с ней делать?',
    'photo',
    ['insult', 'missing_resolution'],
    'none',
  ),
  // Student gamer, no capitals: «гении маркетинга» sarcastic praise aimed at the seller → insult. Spec mismatch (dpi),
  // first evening, screenshots, refund.
  c(
    'r6y-07',
    'ru',
    'продавец вы вообще в курсе что мышка которую вы продаете не 16000 dpi а максимум 3200? проверил в софте и в онлайн тесте в первый же вечер как пришла. вы товар хоть раз в руки брали, гении маркетинга. скрины из программы приложил, верните деньги',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Reply to a seller who keeps asking to close the dispute; «для особо одарённых» → insult. Complete otherwise.
  c(
    'r6y-08',
    'ru',
    'Вы мне третий раз пишете «закройте спор, отправим новые». Для особо одарённых повторяю: сначала отправьте, потом поговорим. Кроссовки 42 размера пришли с разными стельками — левая 26,5 см, правая 28 см, померил линейкой 5 октября, фото с линейкой прикреплено. Я хочу обмен на нормальную пару.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ── Insults without a swear word (en) ──

  // UK: "keep this simple so even your lot can follow it" — condescension → insult. Sending the missing mats is
  // labelled exchange.
  c(
    'r6y-09',
    'en',
    "Right, I'll try to keep this simple so even your lot can follow it: I ordered a 10 pack of silicone baking mats and received 4. Counted them the day it arrived, 9 November, and the label on the packet itself says 10. Photo of the mats and the label attached. Please send the missing 6 mats.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Australian: the packer is "a proper galah" (fool) → insult. Missing remote and battery, date, video, refund.
  c(
    'r6y-10v',
    'en',
    "Mate, whoever packed this must be a proper galah. Ordered the drone with 2 batteries and the remote, got the drone and one battery, no remote at all. Found out unboxing it on Saturday the 14th, filmed the whole thing, video's attached. Just refund me in full, I'm not waiting another month for a remote.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // US: "a room full of bobbleheads" aimed at staff → insult. Leak on first use (date), pics, full refund.
  c(
    'r6y-11',
    'en',
    'Do you guys even read your own listings or is that too much to ask from a room full of bobbleheads? The listing says IP68 waterproof phone case, it leaked on the very first dip in the pool on July 4th and now my phone speaker crackles. Pics of the case with water inside attached. I want a full refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Indian English: "working with the brain of a pigeon" — mocking comparison about staff → insult.
  c(
    'r6y-12',
    'en',
    'Sir, with due respect, it seems your customer service is working with the brain of a pigeon. Three times I am telling that the non-stick coating of the rice cooker inner pot is peeling off after the 2nd use, and three times you are asking me which colour I ordered. Photos of the peeling pot are attached here only. Kindly return my full amount.',
    'photo',
    ['insult'],
    'full_refund',
  ),

  // ── Veiled threats (ru) ──

  // A cousin "dropping by" the warehouse for a family-style talk → threat (associates visiting).
  c(
    'r6y-13',
    'ru',
    'Кофемолка пришла с треснувшей крышкой, трещина через всю крышку, видно на фото, обнаружила при распаковке 28.11. Верните деньги. Кстати, мой двоюродный брат в январе как раз будет в Иу, адрес вашего склада у него уже записан — заглянет, побеседует с вами по-родственному.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: knows the owner's phone and the school of his daughter → threat. No photo, no files → missing_evidence.
  c(
    'r6y-14',
    'ru',
    'Набор блёсен на 30 штук пришёл с 18 блёснами, пересчитал при вскрытии 2 ноября. Прошу вернуть за 12 недостающих 540 рублей. И чтобы вы понимали: я потратил вечер и теперь знаю, как зовут владельца магазина, его номер телефона и в какой школе учится его дочка. Надеюсь, до этого не дойдёт.',
    'none',
    ['threat', 'missing_evidence'],
    'partial_refund',
    540,
  ),
  // Publishing personal data (photos, names, home addresses in city groups) → threat.
  c(
    'r6y-15',
    'ru',
    'Одеяло заявлено 200х220, пришло 140х205, измерила рулеткой в день получения, 19 октября, фото с рулеткой приложила. Прошу полный возврат. Если до пятницы возврата не будет, ваши фото, имена и домашние адреса окажутся в паре крупных городских пабликов, пусть соседи с вами познакомятся.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Truck driver: "I can drive to your warehouse, let's settle it while I'm still polite" → ominous menace, threat.
  c(
    'r6y-16v',
    'ru',
    'Видеорегистратор перестал включаться через 9 дней после получения: экран не загорается, на кнопки не реагирует, снял на видео. Прошу вернуть деньги. Я дальнобойщик, по всей стране мотаюсь, заехать к вам на склад мне не крюк, так что давайте решим по-хорошему, пока я ещё вежливый.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Southern: "in our stanitsa people are searched for in the reeds for such tricks" → veiled threat. Return offered.
  c(
    'r6y-17v',
    'ru',
    'Эхолот не видит дно глубже двух метров, а заявлено до 100 м. Проверял на Дону 7 августа, на видео экран и рядом показания соседского эхолота — там 6,5 м. Готов отправить его вам обратно, верните деньги. И по-свойски скажу: у нас в станице за такие фокусы потом долго по камышам ищут, так что не доводите.',
    'video',
    ['threat'],
    'return',
  ),
  // Knowing the seller's family and home photo → threat. Robot vacuum defect, from day one, video, exchange.
  c(
    'r6y-18v',
    'ru',
    'Робот-пылесос не заряжается от базы: индикатор мигает красным, на видео видно. Так с первого дня, получил его 3 ноября. Прошу замену на рабочий. Передавайте привет супруге Лине и сыну, он ведь в этом году в первый класс пошёл? Красивая у вас фотография возле дома, я её сохранил.',
    'video',
    ['threat'],
    'exchange',
  ),

  // ── Veiled threats (en) ──

  // Nigerian Pidgin-flavoured English: friends in Guangzhou who know the office and "don't send message before they
  // come" → threat. Seller offered $1; partial refund $46.
  c(
    'r6y-19',
    'en',
    'Oga seller, I ordered 3 pieces of 20000mAh solar power bank and only 1 came, I confirm am when I open the parcel for post office on 10th October, photo attached. You offered me $1 for the two missing ones, that one na joke. Refund $46 for the 2 pieces. I no want wahala, but my cousin get friends for Guangzhou wey sabi where your office dey, and dem no dey send message before dem come.',
    'photo',
    ['threat'],
    'partial_refund',
    46,
  ),
  // UK, polite menace: has noted the name and home address on the business licence → threat.
  c(
    'r6y-20',
    'en',
    "The duvet cover I received on 2 March has a 20 cm split along the side seam, photo attached. Please issue a full refund. I'd add that I've made a note of the name and home address on your business licence; I'm sure neither of us wants me to have to use them.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // US gamer: found the seller's and partner's personal Instagram, 40k viewers, "keep in mind" → threat (doxxing).
  c(
    'r6y-21v',
    'en',
    "The RGB keyboard I got on Jan 5 has the space bar and both shift keys dead out of the box, video attached. Full refund please. Also, I found your personal Instagram and your girlfriend's, and about 40k people watch my stream every night. Just something to keep in mind while you decide.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Philippines: "my tito knows the building of your store, can drop by to talk personally hehe" → threat.
  c(
    'r6y-22v',
    'en',
    "Hello po, the hair clipper I received last Sept 12 won't charge, the light doesn't turn on even after 8 hours plugged in, video attached. Sir please refund already. My tito is in Shenzhen and he knows the building of your store, he said he can drop by anytime to talk to you personally, not only by chat hehe.",
    'video',
    ['threat'],
    'full_refund',
  ),

  // ── Disguised profanity (ru) ──

  // Greek χ inside «хуйню», a plain noun about the item → profanity only (not an interjection, not aimed at a person).
  c(
    'r6y-23',
    'ru',
    'Вместо зарядки на 65 Вт прислали какую-то χуйню на 18 Вт, на корпусе так и написано 18W. Увидел при распаковке 10.12, фото наклейки прикладываю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Armenian օ inside «долбоёб», aimed at the packer → profanity + insult.
  c(
    'r6y-24v',
    'ru',
    'Какой долбօёб у вас упаковывал? Стеклянную вазу положили в пакет без пупырки, пришла в осколках, вскрывал при курьере 30.10, видео приложено. Верните полную сумму.',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Digit for a letter: «6ля» as an interjection → profanity + emotional.
  c(
    'r6y-25',
    'ru',
    '6ля, ну сколько можно. Шторы «блэкаут» пропускают свет как тюль, проверил в первый же вечер, когда повесил на окно. Фото на просвет приложил. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels: «ебнтые» (ебанутые) aimed at the warehouse staff → profanity + insult.
  c(
    'r6y-26v',
    'ru',
    'Вы на складе ебнтые что ли, зачем класть аккумулятор от дрона отдельно без коробки? Он пришёл вздутый, корпус раздуло, заметил сразу при распаковке 4 декабря, видео прилагаю. Пришлите новый аккумулятор.',
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Latin a + @ mask: «зaеб@ли» (заебали, listed as emotional profanity) → profanity + emotional. Non-receipt with a
  // tracking number in the text (evidence), no files and none promised.
  c(
    'r6y-27',
    'ru',
    'Вы уже зaеб@ли со своим «подождите ещё 15 дней». Катушки рыболовные оплачены 2 августа, посылка так и не пришла, трек LB123456789CN не обновляется с 20 августа. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),

  // ── Disguised profanity (en) ──

  // Non-native English, leetspeak "sh1t" as a plain noun about the item → profanity only.
  c(
    'r6y-28',
    'en',
    'The bike chain is complete sh1t, it broke after only 40 km on my first ride on 6 October. Photo of the broken link is attached. I want refund of full money please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Dropped vowels "fkn" as an intensifier → profanity + emotional.
  c(
    'r6y-29v',
    'en',
    "This fkn LED strip went half dead after 3 days, the last 2 metres don't light up at all anymore. Video attached. Refund please.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digits for letters "a55holes" addressing the store staff → profanity + insult.
  c(
    'r6y-30',
    'en',
    'To the a55holes running this store: the wig I got on Monday (Nov 17) has a bald patch the size of my palm at the crown, like the lace was never filled. Pics attached. Full refund.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ── Innocent traps (ru) ──

  // Lawful steps only: chargeback through the bank, Роспотребнадзор, a deadline → not a threat. Complete → ready.
  c(
    'r6y-31v',
    'ru',
    'Правый наушник не заряжается в кейсе, индикатор на нём не горит, заметил через неделю использования, 25 ноября. Видео прилагаю. Прошу вернуть деньги. Если до 10 декабря вопрос не решится, обращусь в банк за чарджбэком и напишу жалобу в Роспотребнадзор.',
    'video',
    [],
    'full_refund',
  ),
  // Place name with a rude-looking root («в Ебурге», Yekaterinburg) → not profanity. Partial refund with a sum.
  c(
    'r6y-32',
    'ru',
    'Заказывала набор из 6 силиконовых лопаток для кухни, пришло 4, пересчитала сразу в пункте выдачи в Ебурге 16 ноября. Фото содержимого пакета прикладываю. Прошу вернуть 380 рублей за две недостающие лопатки.',
    'photo',
    [],
    'partial_refund',
    380,
  ),
  // Brand and city names (Хуавей, Хуэйчжоу) → not rude. Specific mismatch, date, photo, exchange → ready.
  c(
    'r6y-33',
    'ru',
    'Чехол для Хуавей nova 11i, отправлен из Хуэйчжоу, пришёл 2 декабря, но вырез под камеру смещён на 3 мм и закрывает вспышку, это видно сразу при надевании. Фото прикладываю. Прошу обменять на правильный чехол.',
    'photo',
    [],
    'exchange',
  ),
  // Reported speech: the seller's insult and threat quoted as evidence, no mat → not the buyer's insult/threat; ready.
  c(
    'r6y-34',
    'ru',
    'Фен-щётка перестала греть на четвёртый день, 3 ноября, дует только холодным воздухом. На мой вопрос продавец написал в чате «ты тупая, сама сломала» и «не пиши больше, а то хуже будет». Скриншот переписки прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Reported speech WITH mat (the seller's «иди нахуй» quoted as evidence) → still profanity (blocker); not emotional,
  // since the buyer does not use it as an interjection.
  c(
    'r6y-35',
    'ru',
    'Тапочки 38 размера пришли 35-го, стелька 22,5 см, померила линейкой при получении 1 ноября, фото приложено. На просьбу об обмене продавец ответил в чате: «иди нахуй, сама виновата», скрин переписки тоже прикладываю. Прошу обмен на 38 размер.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Negated accusation («я не думаю, что вы это сделали специально») → not an accusation. Act from the post office.
  c(
    'r6y-36',
    'ru',
    'Заказывал 2 камеры заднего вида, в коробке одна, вторая ячейка пустая, при вскрытии на почте 11 сентября составили акт. Фото коробки и акта прикладываю. Я не думаю, что вы это сделали специально, видимо на складе перепутали. Прошу дослать вторую камеру.',
    'photo',
    [],
    'exchange',
  ),
  // Wrong town delivery; police and court named as lawful steps → not threats. Tracking screenshot attached → ready.
  c(
    'r6y-37',
    'ru',
    'Посылка LP00456789012345 по отслеживанию вручена 3 октября в Тамбове, а я живу в Тюмени и ничего не получала. Скриншот отслеживания прикладываю. Прошу вернуть деньги. Если спор отклонят, напишу заявление в полицию и подам в суд по месту жительства.',
    'photo',
    [],
    'full_refund',
  ),
  // Fishing word «колебалки» contains the substring «ебал» → not profanity. Partial refund with a sum → ready.
  c(
    'r6y-38',
    'ru',
    'Набор колебалок на щуку, 10 штук: у четырёх блёсен нет заводных колец и тройников, увидел, когда разбирал коробку перед рыбалкой 12 апреля. Фото этих четырёх колебалок прикладываю. Прошу частичный возврат 300 рублей.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // Transliterated Russian (lang ru) with an honest review as the only step → not a threat; complete → ready.
  c(
    'r6y-39',
    'ru',
    'Zdravstvuyte, prishel zaryadnik dlya samokata, no shteker ne podhodit: 3 pina vmesto 2, uvidel pri raspakovke 5 noyabrya. Foto shtekera prilagayu. Proshu obmen na pravilnyy zaryadnik. Esli ne reshim, prosto ostavlyu chestnyy otzyv s foto.',
    'photo',
    [],
    'exchange',
  ),

  // ── Innocent traps (en) ──

  // UK: chargeback and Trading Standards are lawful steps → not a threat. Complete → ready.
  c(
    'r6y-40',
    'en',
    "The MagSafe case I received on 3 Nov doesn't hold the charger at all, the magnet ring inside is missing, you can see it on the photo against the light. Please refund me. If it isn't sorted by the 20th I'll raise a chargeback with my bank and report it to Trading Standards.",
    'photo',
    [],
    'full_refund',
  ),
  // Reseller: "Scunthorpe", "cocktail" contain rude-looking strings → not profanity. Partial refund £21 → ready.
  c(
    'r6y-41',
    'en',
    'I run a small cocktail bar in Scunthorpe and bought 12 cocktail shakers; 3 of them leak at the cap seam, found when I tested each one with water on 8 October. Photos of the leaking shakers attached. Please issue a partial refund of £21 for the 3 faulty ones.',
    'photo',
    [],
    'partial_refund',
    21,
  ),
  // Reported speech: the seller's "you are stupid … you will regret" quoted after "replied" → not the buyer's; ready.
  c(
    'r6y-42',
    'en',
    "The ring light tripod arrived on 17 Oct with the lower section of one leg snapped clean off, I saw it as soon as I took it out of the box. When I asked about it, the seller replied: 'you are stupid, you broke it yourself, stop writing or you will regret'. Screenshot of that chat and photos of the leg attached. Please refund me in full.",
    'photo',
    [],
    'full_refund',
  ),
  // Philippines, wrong town; "I'm not saying anyone did this on purpose" — negated accusation → not one. Ready.
  c(
    'r6y-43',
    'en',
    "Tracking shows my parcel was delivered on 12 Sept in Davao, but I live in Cebu City and nothing came to me. Tracking screenshot attached po. I'm not saying anyone did this on purpose, probably a mix-up at the sorting centre, but please refund me in full since it never reached me.",
    'photo',
    [],
    'full_refund',
  ),
  // "shiitake" contains "shit" → not profanity. Mould on arrival, photos, replacement → ready.
  c(
    'r6y-44',
    'en',
    'Bought a shiitake mushroom grow kit, the substrate block arrived covered in green mould, noticed right when I opened the box on 2 Feb. Photos attached. Please send a replacement block.',
    'photo',
    [],
    'exchange',
  ),

  // ── Accusations and emotion (ru) ──

  // Fake brand; «Вы прекрасно знали, что продаёте копию» is a label of intent → accusation (even with facts).
  c(
    'r6y-45',
    'ru',
    'Заказывал наушники Sony WH-1000XM5, пришла подделка: на коробке написано «Sany», шумоподавления нет вообще, фирменное приложение их не находит. Обнаружил в день получения, 8 ноября. Фото коробки и наушников прикладываю. Вы прекрасно знали, что продаёте копию под видом оригинала. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Mother of three: sarcasm about honesty with scare quotes («опять „случайно“») → accusation. Partial 150.
  c(
    'r6y-46',
    'ru',
    'Заказывала 5 пар детских носков на троих детей, пришло 3 пары, пересчитала при получении 20 октября, фото приложила. Ну конечно, опять «случайно» недоложили, у вас всё всегда случайно. Верните 150 рублей за две пары.',
    'photo',
    ['accusation'],
    'partial_refund',
    150,
  ),
  // CAPS + «КОШМАР» + !!! → emotional. Otherwise complete (broken plates, opened at the post office, video).
  c(
    'r6y-47v',
    'ru',
    'ЭТО ПРОСТО КОШМАР!!! Заказала сервиз на 6 персон, 4 тарелки из 6 пришли разбитыми, вскрывала на почте 15 ноября, есть акт, видео вскрытия прикладываю. Верните деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Retired woman: «очень расстроена» → emotional. «плед с оленями» is about a thing, not an insult.
  c(
    'r6y-48',
    'ru',
    'Плед «с оленями» пришёл без оленей — просто серый, без всякого рисунка, увидела при распаковке 27 ноября. Фото пледа рядом с картинкой из объявления прикладываю. Я, честно говоря, очень расстроена, брала внуку в подарок. Прошу обменять на плед с рисунком.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «Кидалы, все вы тут такие!!» → accusation + emotional. Non-receipt with a month of waiting and tracking named;
  // no files, none promised.
  c(
    'r6y-49',
    'ru',
    'Месяц жду посылку, трек не двигается с 1 ноября. Кидалы, все вы тут такие!! Верните деньги.',
    'none',
    ['accusation', 'emotional'],
    'full_refund',
  ),

  // ── Accusations and emotion (en) ──

  // "This whole store is a bait-and-switch operation and you know it" → accusation. Fake capacity, H2testw, screenshot.
  c(
    'r6y-50',
    'en',
    'Listing says 2TB portable SSD, H2testw on the day it arrived (Nov 28) shows only 58 GB of real capacity, everything after that comes back corrupted. Screenshot attached. This whole store is a bait-and-switch operation and you know it. Full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // US mom: "so upset" → emotional. Wheel snapped, date, photo, replacement.
  c(
    'r6y-51',
    'en',
    "I am so upset right now. Ordered a remote control car for my son's 6th birthday, it arrived on the 3rd with the front left wheel snapped off the axle. Photo attached. Please send a replacement car.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Reseller: sarcasm about honesty ("funny how the 'mistake' always goes in your favour") → accusation. Partial $12.
  c(
    'r6y-52',
    'en',
    "Ordered 500 pcs M3 brass inserts for my shop, got 200. Weighed them on arrival on 5 May: 100 g, and by your own listing 500 pcs weigh 250 g. Photo of the scale attached. Funny how the 'mistake' always goes in your favour. Refund $12 for the missing 300.",
    'photo',
    ['accusation'],
    'partial_refund',
    12,
  ),

  // ── Content and resolution (ru) ──

  // Declined money request + "send the right size" → exchange; complete → ready.
  c(
    'r6y-53',
    'ru',
    'Ботинки зимние 40 размера маломерят на два размера: стелька 24 см вместо 26, померил в день получения, 18.11. Фото стельки с линейкой прикладываю. Деньги возвращать не надо, пришлите такие же, только 42 размера.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words («двести пятьдесят рублей») → partial_refund 250; ready.
  c(
    'r6y-54',
    'ru',
    'В наборе кистей для макияжа 12 штук вместо 15, не хватает трёх, пересчитала при распаковке 3 декабря, фото приложено. Прошу вернуть двести пятьдесят рублей за недостающие кисти.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // «компенсацию на ваше усмотрение» → partial_refund without a sum → partial_without_amount.
  c(
    'r6y-55v',
    'ru',
    'Светодиодная гирлянда на 10 м: последние 3 метра не горят совсем, обнаружила при первом включении 1 декабря. Видео прикладываю. Гирлянду согласна оставить себе, прошу компенсацию на ваше усмотрение.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Фото прикладываю» but the form has no file → evidence_not_attached (evidence is mentioned, so not missing).
  c(
    'r6y-56',
    'ru',
    'Комплект постельного белья линяет: после первой стирки 22 ноября при 30 градусах вода была синяя, белые наволочки стали голубыми. Фото прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // Generic only («с браком», «не соответствует описанию»), no time, no evidence → missing_what/when/evidence.
  c(
    'r6y-57',
    'ru',
    'Товар пришёл с браком, не соответствует описанию. Верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),

  // ── Content and resolution (en) ──

  // "refund the difference" → partial_refund without a sum → partial_without_amount.
  c(
    'r6y-58',
    'en',
    "The tablet I received on 21 Oct is the 64GB version, not the 128GB I paid for, Settings > Storage shows 64GB, screenshot attached. I'm happy to keep it if you refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Non-native English, "€6,50" → 6.5; complete → ready.
  c(
    'r6y-59',
    'en',
    'Hello, I ordered 3 bicycle bottle cages, only 2 was in the package, I saw it when opening at 14 September. Photo of package content is attached. Please give back €6,50 for the missing one.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Non-receipt with elapsed time and tracking screenshot, but only "What should I do?" → missing_resolution.
  c(
    'r6y-60',
    'en',
    "My parcel never came. I paid on 10 Aug, that's 52 days now, and tracking has been stuck at 'departed from sorting centre' since 18 Aug, screenshot attached. What should I do?",
    'photo',
    ['missing_resolution'],
    'none',
  ),

  // ── Other: empty, very short, mixed (ru) ──

  // Empty text → only empty_text.
  c('r6y-61', 'ru', '', 'none', ['empty_text'], 'none'),
  // A single two-letter word → only empty_text.
  c('r6y-62', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Three words: non-receipt is a concrete "what"; no time, no evidence, no request; too_short tip.
  c(
    'r6y-63',
    'ru',
    'Где моя посылка?',
    'none',
    ['too_short', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Mixed Russian/English, majority Russian → ru. Empty parcel, weight, video of unboxing attached → ready.
  c(
    'r6y-64v',
    'ru',
    'Здравствуйте, parcel пришла пустая, внутри только пакетик, вес по трекингу 0,02 кг, распаковку снимала на видео 9 ноября, видео прикладываю. Please full refund, верните деньги.',
    'video',
    [],
    'full_refund',
  ),

  // ── Other (en) ──

  // A single two-letter word → only empty_text.
  c('r6y-65', 'en', 'hi', 'none', ['empty_text'], 'none'),
  // Four words: "wrong colour" is a specific mismatch; no time or evidence; too_short tip.
  c(
    'r6y-66',
    'en',
    'Refund pls, wrong colour',
    'none',
    ['too_short', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
];
