import { labelled as c, type CorpusCase } from './types';

/**
 * Round seven, set C: written by an independent hand as a novelist's cast of buyers (a retired colonel, a teenage
 * gamer, a pedantic engineer, a grandmother, a small online reseller, a lawyer's wife, a fisherman, a nurse; English
 * texts by Australian, New Zealand, Scottish and American characters). Weighted toward insults without swear words
 * and mocking comparisons, veiled threats, disguised mat, innocent look-alikes and vague vs concrete problems.
 * Labels follow analyzer-notes.md section 1 and the README's labelling decisions (rounds two and four); mat as an
 * interjection or intensifier is `profanity` + `emotional`, mat as a plain noun about the item is `profanity` only.
 */
export const ROUND7_TRAIN_C: CorpusCase[] = [
  // ---------- Russian: insults without a swear word (mocking comparisons, condescension, sarcastic praise) ----------

  // Colonel: packers compared to raw recruits who can't tell a box from a sack of potatoes — mocking comparison aimed
  // at staff → insult; otherwise complete (crack + sticking needle, opening date, photo, refund).
  c(
    'r7c-01',
    'ru',
    'Докладываю: компас вскрыл 12 мая, стекло треснуто, стрелка залипает на северо-востоке. Фото трещины прилагаю. Ваш склад, судя по упаковке, укомплектован новобранцами, которые ещё не отличают коробку от мешка с картошкой. Прошу полный возврат средств.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Teen gamer: «нубы со склада, мышку от мыла не отличают» — ordinary gamer word used as name-calling → insult.
  // Symptom (left button double-clicks), when (first evening), video attached, refund.
  c(
    'r7c-02',
    'ru',
    'короче мышка пришла в пятницу и в первый же вечер левая кнопка начала сама делать даблклик, на видео видно. у вас там на складе нубы какие-то, мышку от мыла не отличают. верните деньги',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Grandmother: "writing as if for a little girl" and "maybe someone will help you read my letter" — condescension
  // about the reader's intelligence → insult. "розовая, как поросёнок" is about the yarn, not rude.
  c(
    'r7c-03',
    'ru',
    'Деточка, пишу вам уже третий раз, как для маленькой: пряжа пришла не того цвета, заказывала бордовую, а в пакете розовая, как поросёнок. Получила 20 марта, фото мотков рядом со скриншотом заказа прикладываю. Может, вам кто поможет прочитать моё письмо. Прошу обменять на бордовую.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Engineer: "I'll explain slowly, point by point, since at your level it doesn't get through" — condescension →
  // insult; measured mismatch (6 830 vs 20 000 mAh), USB tester, date, screenshots attached.
  c(
    'r7c-04',
    'ru',
    'Объясню медленно и по пунктам, раз на вашем уровне с первого раза не доходит. 1) Заявлено 20 000 мА·ч. 2) Измерено USB-тестером при полном разряде 14 апреля: 6 830 мА·ч. 3) 6 830 меньше 20 000. Скриншоты тестера приложены. Требую полный возврат.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Reseller: packers called "a herd of sleepy seals" → insult (mocking comparison). Partial with a sum (450).
  c(
    'r7c-05',
    'ru',
    'Коллеги, я сама продаю и знаю, как работает склад, но упаковщики у вас — стадо сонных тюленей: 5 из 30 чехлов пришли с порванной плёнкой и царапинами на задней крышке, обнаружила при приёмке 2 июня, фото каждого прилагаю. Прошу частичный возврат за эти 5 штук — 450 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    450,
  ),
  // Lawyer's wife: "unlike you, I can read a product description" — condescension about the reader → insult.
  c(
    'r7c-06',
    'ru',
    'Уважаемый продавец, я, в отличие от вас, умею читать описание товара. Там написано «натуральный шёлк», а на ярлыке блузки — 100% полиэстер, это я увидела сразу при распаковке 8 сентября. Фото ярлыка прилагаю. Прошу вернуть полную стоимость.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Fisherman: seller compared to a bream on the bank that only flaps its mouth — mocking comparison → insult.
  c(
    'r7c-07',
    'ru',
    'Катушку получил в субботу, на первой же рыбалке в воскресенье ручка отвалилась вместе с винтом, видео с берега прилагаю. А вы, как лещ на берегу, только ртом хлопаете да отписки шлёте. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Nurse: «Браво, мастера калибровки» — sarcastic praise aimed at the seller's work → insult (round four).
  c(
    'r7c-08',
    'ru',
    'Тонометр завышает верхнее давление на 25–30 единиц: сверила 11 ноября с поверенным аппаратом в отделении, фото обоих экранов прилагаю. Браво, мастера калибровки, с такими показаниями вы полгорода на больничный отправите. Прошу замену на исправный.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Colonel: the seller's reply "deserves a medal for resourcefulness", "not even a rear-service genius would invent
  // it" — sarcastic praise of the person → insult.
  c(
    'r7c-09',
    'ru',
    'Ваш ответ «проблема на стороне покупателя» достоин отдельной медали за находчивость, такого даже гений тыловой службы не сочинит. Факт: бинокль пришёл 2 октября, правый окуляр не фокусируется, изображение двоится, фото через окуляры приложены. Требую замены.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Teen gamer: «вы там реально с дуба рухнули?» — questioning sanity → insult (one "?", not emotional).
  // Missing part (no case), unboxing video, partial with a sum (600).
  c(
    'r7c-10',
    'ru',
    'бро, вы там реально с дуба рухнули? отправили наушники без зарядного кейса, в коробке только сами уши и провод, распаковывал 5 января на видео. верните 600 р за кейс',
    'video',
    ['insult'],
    'partial_refund',
    600,
  ),
  // Grandmother: «растяпа-ротозей» used for whoever packed the order — everyday words as name-calling → insult.
  // Missing item found at the post office, photo + post-office slip, partial 1 350.
  c(
    'r7c-11',
    'ru',
    'Это ж каким растяпой-ротозеем надо быть, чтобы в заказ из двух сковородок положить одну. Посылку получила 14 февраля, вскрыла прямо на почте, второй сковороды нет, есть фото и справка с почты о весе. Прошу вернуть деньги за вторую сковороду, 1 350 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    1350,
  ),

  // ---------- Russian: veiled threats ----------

  // Colonel: ex-comrades in the seller's city who "like to visit without warning" — associates visiting → threat.
  c(
    'r7c-12',
    'ru',
    'У меня много бывших сослуживцев в вашем городе, и они любят заходить в гости без предупреждения. Вопрос простой: палатка пришла 4 августа без дуг, фото содержимого прилагаю. Верните деньги, и визитов не понадобится.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Teen: knows the warehouse address and a mate works there who will "drop by for a chat" → threat.
  c(
    'r7c-13',
    'ru',
    'я знаю адрес вашего склада в Иу и у меня там кент работает. так что либо рефанд за геймпад (левый стик отвалился на 3й день, видео есть), либо кент зайдёт к вам поболтать',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Reseller: found the seller's children's photos and school, "not publishing yet" — doxxing menace → threat.
  c(
    'r7c-14',
    'ru',
    'Я нашла ваш профиль в соцсети, фотографии ваших детей и название их школы. Пока ничего не публикую. Партия из 50 ламп пришла 17 июля, 12 штук не загораются при подключении к сети, видео проверки каждой прилагаю. Верните 1 800 рублей за неработающие.',
    'video',
    ['threat'],
    'partial_refund',
    1800,
  ),
  // Lawyer's wife: polite menace ("I'd hate for something to happen to your shop or to you personally") → threat.
  c(
    'r7c-15',
    'ru',
    'Мне бы очень не хотелось, чтобы с вашим магазином или с вами лично что-то случилось из-за такой мелочи. Сумка пришла 30 января с оторванной ручкой, фото прилагаю. Верните, пожалуйста, полную стоимость, и расстанемся друзьями.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Fisherman: "on the water all sorts of things happen, and I know a lot about you now" → ominous menace → threat.
  c(
    'r7c-16',
    'ru',
    'Эхолот не видит дно глубже трёх метров, проверял на озере 6 июня, видео с экраном прилагаю. Верните деньги по-хорошему. На воде, знаете, всякое бывает, а я о вас теперь многое знаю.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Grandmother: grandson's "strong friends" already asking about the seller + «не доводите до греха» → threat.
  c(
    'r7c-17',
    'ru',
    'Внучок мой в полиции не служит, зато друзья у него крепкие, и они о вас уже спрашивали. Одеяло пришло 22 декабря, на углу дыра размером с ладонь, фото есть. Верните деньги, сынок, не доводите до греха.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Engineer: has the seller's IP, registration address and director's phone; will post them on forums → publishing
  // personal data → threat.
  c(
    'r7c-18',
    'ru',
    'Ваш IP, адрес регистрации ИП и личный номер директора я уже нашёл. Если вопрос не решится, эти данные окажутся в открытом доступе на трёх форумах. По существу: паяльная станция с 3 марта не держит температуру, скачет на ±60 °C, видео с термопарой приложено. Прошу замену.',
    'video',
    ['threat'],
    'exchange',
  ),
  // Nurse: "I see every day how such frauds end for those who arrange them. Think about it." — ominous menace
  // (threat) that also labels the seller's honesty («такие обманы») → threat + accusation (round four).
  c(
    'r7c-19',
    'ru',
    'Я работаю в больнице и каждый день вижу, чем заканчиваются вот такие обманы для тех, кто их устраивает. Подумайте об этом. Пульсоксиметр пришёл 9 апреля и показывает 85% у здоровых людей, проверяли на трёх коллегах, фото приложены. Прошу вернуть деньги.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // Colonel: "Solve it by the end of the week. After that it will be too late, and not for me." → ominous → threat.
  c(
    'r7c-20',
    'ru',
    'Рекомендую решить вопрос до конца недели. Потом будет поздно, и не для меня. Фонарь пришёл 11 ноября: не включается режим стробоскопа и треснула линза, фото приложено. Прошу обменять.',
    'photo',
    ['threat'],
    'exchange',
  ),

  // ---------- Russian: disguised mat ----------

  // Digit for a letter (пи3дец) used as an interjection → profanity + emotional.
  c(
    'r7c-21',
    'ru',
    'ну это пи3дец, клава пришла 3 марта и у половины клавиш не горит подсветка, видео прилагаю. верните деньги',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Latin look-alikes x and y inside a Cyrillic mat noun about the item → profanity only (plain noun).
  c(
    'r7c-22',
    'ru',
    'Вместо зарядки на 65 Вт прислали какую-то xyйню на 18 Вт, так написано на корпусе, обнаружил при распаковке 21 августа. Фото наклейки прилагаю. Прошу обмен на 65 Вт.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Vowels dropped (Пздц) as a standalone interjection → profanity + emotional.
  c(
    'r7c-23',
    'ru',
    'Пздц. После первой стирки 2 октября на куртке разошлась молния и полиняла краска на рукавах, фото есть. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Colonel: minced «Ёпт» as an interjection still reads as mat → profanity + emotional.
  c(
    'r7c-24',
    'ru',
    'Ёпт, товарищи, часы пришли 16 мая с запотевшим изнутри стеклом, фото прилагаю. Прошу замену.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Mask with digit and @ (Е6@нный) as an intensifier about the kettle → profanity + emotional.
  c(
    'r7c-25',
    'ru',
    'Е6@нный чайник протёк по шву дна на второй день, фото лужи под ним прилагаю. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Transliterated Russian (lang ru): "Suka" as an interjection → profanity + emotional.
  c(
    'r7c-26',
    'ru',
    "Suka, opyat' ne to prislali: zakazyval chernyj chekhol, prishel rozovyj, foto pri raspakovke 9 iyulya prilagayu. Pomenyaite na chernyj.",
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Grandmother quotes the seller's masked mat («иди на х*р») as evidence — reported speech is not her insult, but
  // quoted mat is still profanity (blocker).
  c(
    'r7c-27',
    'ru',
    'Продавец в чате мне ответил «иди на х*р, бабка», скриншот переписки прилагаю. А вопрос-то простой: кастрюля пришла 3 апреля с вмятиной на боку, крышка из-за неё не закрывается. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),

  // ---------- Russian: innocent traps (must not be flagged) ----------

  // Lawful steps stated firmly (dispute, Rospotrebnadzor, bank chargeback) are not threats → ready.
  c(
    'r7c-28',
    'ru',
    'Если до 20 мая деньги не вернутся, я открою спор, подам жалобу в Роспотребнадзор и оспорю платёж через банк. Проблема: робот-пылесос пришёл 2 мая и не заряжается от базы, индикатор на базе не загорается, видео прилагаю. Прошу полный возврат.',
    'video',
    [],
    'full_refund',
  ),
  // «бляха» (belt buckle) contains «бля» — ordinary word → not profanity; ready.
  c(
    'r7c-29',
    'ru',
    'Заказал армейский ремень с латунной бляхой. Бляха пришла 14 июня с отколотой эмалью на звезде, фото прилагаю. Прошу обменять ремень.',
    'photo',
    [],
    'exchange',
  ),
  // «учебник», «гребень» contain «еб» — ordinary words; partial refund for one item with a sum → ready.
  c(
    'r7c-30',
    'ru',
    'Заказывала внучке учебник и гребень. Гребень пришёл 5 сентября без четырёх зубцов, обломки лежали в пакете, фото прилагаю. Деньги за гребень, 240 рублей, прошу вернуть.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // Colour name «мандарин» (contains a vulgar root) → innocent; colour mismatch checked against the listing → ready.
  c(
    'r7c-31',
    'ru',
    'Заказывала шарф цвета «мандарин», а пришёл бледно-жёлтый: сравнила с карточкой товара при распаковке 4 марта, фото шарфа рядом с экраном телефона прилагаю. Прошу обмен на цвет из описания.',
    'photo',
    [],
    'exchange',
  ),
  // Engineer quotes the site's button «Застрахуйте отправление» (contains «хуй» inside страхуй) — innocent; non-receipt
  // with elapsed time and an actual tracking number (evidence), no files and no claim of an attachment → ready.
  c(
    'r7c-32',
    'ru',
    'Я оплатил страхование доставки, кнопка на сайте так и называлась: «Застрахуйте отправление». Посылка LP00123456789CN не пришла: 52 дня с отправки, трек не обновляется с 3 апреля. Прошу полный возврат.',
    'none',
    [],
    'full_refund',
  ),
  // Fisherman: lure brand «Колебалка» and «скипидар» contain rude-looking roots — innocent; missing item with a sum.
  c(
    'r7c-33',
    'ru',
    'Заказывал блёсны «Колебалка» и скипидар для чистки катушки. Пришли только блёсны, скипидара в посылке нет, вскрывал на почте 18 апреля, есть видео вскрытия. Верните 310 рублей за скипидар.',
    'video',
    [],
    'partial_refund',
    310,
  ),
  // The seller's insult quoted as evidence («назвал меня тупой курицей») — reported speech, not the buyer's → ready.
  c(
    'r7c-34',
    'ru',
    'Продавец в чате назвал меня «тупой курицей» и отказался что-либо менять, скриншот прилагаю. Сама проблема: фен через 10 дней перестал греть и дует только холодным воздухом. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // The seller's threat quoted as evidence — reported speech → not the buyer's threat → ready.
  c(
    'r7c-35',
    'ru',
    'После моего отзыва продавец написал: «знаем, где ты живёшь, сними отзыв». Скриншот переписки приложен, прошу поддержку обратить на это внимание. По заказу: лампа пришла 1 июля с разбитым плафоном. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Negated accusation («не считаю вас мошенниками») → not an accusation; missing items with a sum → ready.
  c(
    'r7c-36',
    'ru',
    'Я не считаю вас мошенниками и уверена, что это ошибка склада: вместо трёх упаковок фильтров пришла одна, обнаружила при вскрытии 12 августа, фото прилагаю. Прошу вернуть стоимость двух упаковок — 520 рублей.',
    'photo',
    [],
    'partial_refund',
    520,
  ),
  // Irony about the result without praise of the person («Ну спасибо, порадовали») → not rude (round four) → ready.
  c(
    'r7c-37',
    'ru',
    'Ну спасибо, порадовали: вместо детских сандалий 28 размера пришли 34-го, стелька 21 см вместо 17,5. Распаковали 9 мая, фото стельки с линейкой прилагаю. Прошу обмен на 28 размер.',
    'photo',
    [],
    'exchange',
  ),
  // Negative judgement of a thing («застёжка дурацкая») is not name-calling → ready.
  c(
    'r7c-38',
    'ru',
    'Застёжка у рюкзака дурацкая: пластиковая пряжка на поясе лопнула на второй день похода, фото прилагаю. Прошу замену рюкзака.',
    'photo',
    [],
    'exchange',
  ),
  // An insult word used as a product name («Козёл Вася», a plush toy) → about a thing, not rude → ready.
  c(
    'r7c-39',
    'ru',
    'Мягкая игрушка «Козёл Вася» пришла 11 января с оторванным рогом, из шва торчит наполнитель, фото прилагаю. Прошу замену.',
    'photo',
    [],
    'exchange',
  ),
  // A brick instead of a phone stated as fact + a police report (lawful) → no accusation, no threat → ready.
  c(
    'r7c-40',
    'ru',
    'Посылка вскрыта: пломба сорвана, внутри вместо смартфона кирпич. Обнаружила 15 октября при вскрытии на почте, есть акт почты и фото. Заявление в полицию я уже подала. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // An honest review promised is a lawful step, not a threat → ready.
  c(
    'r7c-41',
    'ru',
    'Если вопрос не решится, я напишу честный отзыв с фото, чтобы другие покупатели знали. Сама проблема: чехол для планшета пришёл 19 февраля, отверстие под камеру смещено на 5 мм, фото приложено. Прошу возврат денег.',
    'photo',
    [],
    'full_refund',
  ),

  // ---------- Russian: vague vs concrete ----------

  // Generic «не соответствует описанию» → missing_what; date, photo and request present.
  c(
    'r7c-42',
    'ru',
    'Товар не соответствует описанию, получила 5 мая, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Fisherman, terse: «брак» only, no date, no evidence, 4 words.
  c(
    'r7c-43',
    'ru',
    'Пришёл брак. Верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),
  // Concrete unusual symptom (smell of burnt rubber, black drops under the lid), first boil, video → ready.
  c(
    'r7c-44',
    'ru',
    'Чайник при закипании пахнет жжёной резиной, а на крышке изнутри выступают капли чёрной жидкости. Заметила при первом кипячении 28 ноября, видео прилагаю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Engineer: measured torque mismatch (19 vs 45 N·m), stand + date + photo, sum in words («полторы тысячи») → 1500.
  c(
    'r7c-45',
    'ru',
    'Шуруповёрт: заявлено 45 Н·м, на моём динамометрическом стенде — 19 Н·м при полностью заряженном аккумуляторе. Измерял трижды 17 января, протокол и фото стенда прилагаю. Прошу частичный возврат — полторы тысячи рублей.',
    'photo',
    [],
    'partial_refund',
    1500,
  ),
  // «Плохое качество, дешёвка» — generic, no time; 8 words; «дешёвка» is about the item, not rude.
  c(
    'r7c-46',
    'ru',
    'Плохое качество, дешёвка. Фото прилагаю, прошу возврат денег.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Concrete missing parts (bits PH2 and T10) but no date or discovery circumstance → missing_when; sum 150.
  c(
    'r7c-47',
    'ru',
    'В наборе отвёрток нет бит PH2 и T10, хотя на коробке они указаны. Фото коробки и пустых ячеек прилагаю. Прошу компенсацию 150 рублей.',
    'photo',
    ['missing_when'],
    'partial_refund',
    150,
  ),
  // Colonel: non-receipt with deadline and tracking status (tracking named), no files, nothing claimed attached → ready.
  c(
    'r7c-48',
    'ru',
    'Посылка не доставлена. Срок доставки истёк 2 марта, отслеживание с 5 февраля показывает «Покинуло страну отправителя». Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Non-receipt is a concrete "what", but no time and no evidence; 5 words.
  c(
    'r7c-49',
    'ru',
    'Где моя посылка? Верните деньги.',
    'none',
    ['missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),
  // Bare «Не работает» with no part or symptom → missing_what; the receipt date counts as when; 9 words.
  c(
    'r7c-50',
    'ru',
    'Не работает. Получил 12 июля, видео прилагаю. Прошу замену.',
    'video',
    ['missing_what'],
    'exchange',
  ),

  // ---------- Russian: accusations, emotion, requests, promised files, empty ----------

  // Sarcasm about honesty: scare quotes «случайно» + "as with the previous three buyers" → accusation.
  c(
    'r7c-51',
    'ru',
    'Ну конечно, «случайно» положили флешку на 32 ГБ вместо 128 ГБ, как и предыдущим трём покупателям в отзывах. Проверила H2testw 6 июня, скриншот прилагаю. Прошу вернуть деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // «Вы кидалы» — fraud label (accusation, not rude) even with facts; tracking number is evidence; no files needed.
  c(
    'r7c-52',
    'ru',
    'Вы кидалы: трек RB123456789CN показывает вручение 14 марта в другом городе, а я ничего не получала. Верните деньги.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Lawyer's wife: CAPS (3 words) + affect «в шоке» → emotional only.
  c(
    'r7c-53',
    'ru',
    'Я В ШОКЕ. Платье пришло 3 августа с разорванным боковым швом, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Nurse: "???" → emotional; «Верните разницу» → partial refund without a sum.
  c(
    'r7c-54',
    'ru',
    'Почему в упаковке 10 масок вместо 50??? Вскрыла 2 февраля, фото прилагаю. Верните разницу.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «компенсацию на ваше усмотрение» → partial refund without a sum.
  c(
    'r7c-55',
    'ru',
    'Кроссовки пришли 10 апреля, после первого дня носки на правом отклеилась подошва у носка, фото прилагаю. Прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Declined money request: «Деньги мне не нужны… пришлите правильный размер» → exchange; ready.
  c(
    'r7c-56',
    'ru',
    'Деньги мне не нужны, мне нужен нормальный плед: пришёл 150×200 вместо 200×220, измерила рулеткой 23 ноября, фото с рулеткой прилагаю. Пришлите правильный размер.',
    'photo',
    [],
    'exchange',
  ),
  // «Верните половину стоимости» → partial refund, a share, no sum.
  c(
    'r7c-57',
    'ru',
    'Лампа светит вполсилы: из 48 светодиодов горят только 24, заметила при первом включении 5 октября, фото прилагаю. Верните половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Promises an unboxing video but the form has no file → evidence_not_attached.
  c(
    'r7c-58',
    'ru',
    'Прикладываю видео распаковки: в коробке от дрели лежали только аккумулятор и зарядка, самой дрели нет. Вскрывал 27 августа на камеру. Прошу полный возврат.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «Разберитесь» is not a request → missing_resolution.
  c(
    'r7c-59',
    'ru',
    'Заказ пришёл 4 июня, у рюкзака сломана молния на главном отделении: бегунок слетел при первом же застёгивании. Фото прилагаю. Разберитесь.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // A single two-letter word → empty_text only.
  c('r7c-60', 'ru', 'ок', 'none', ['empty_text'], 'none'),

  // ---------- English: insults without a swear word ----------

  // Australian: "a pack of galahs could pack better than your mob" — regional word for fools, aimed at staff → insult.
  c(
    'r7c-61',
    'en',
    'Ordered a 2.4 m surf rod and got a 1.8 m one, measured it on the lawn the day it arrived, 12 March. Photo with the tape measure is attached. Honestly, a pack of galahs could pack orders better than your mob. Please send the 2.4 m rod as listed.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // NZ: whoever packed it is "a few sandwiches short of a picnic" — questioning intelligence → insult.
  c(
    'r7c-62',
    'en',
    'Kia ora. The sleeping bag arrived on 3 July with the zip torn off at the bottom, photo attached. Whoever packed it must be a few sandwiches short of a picnic, because it was stapled through the fabric. Please refund in full.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Scottish: "Right, ye numpties" — regional word aimed at the seller → insult.
  c(
    'r7c-63',
    'en',
    "Right, ye numpties, the kilt pin came with the clasp snapped clean off. Opened the parcel on Saturday the 9th, photo's attached. Send me a replacement pin.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // American nurse: "most creative packing job", "a real stroke of genius from your team" — sarcastic praise → insult.
  c(
    'r7c-64',
    'en',
    'Congratulations on the most creative packing job I have ever seen: a glass thermometer loose in a paper envelope. It arrived on May 2 in three pieces, photos attached. A real stroke of genius from your team. Please issue a full refund.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // American teen: "I'll type slowly so you can keep up" — condescension → insult.
  c(
    'r7c-65',
    'en',
    "ok I'll type slowly so you can keep up: the controller's right stick drifts up on its own, started on day 2, video attached. refund pls",
    'video',
    ['insult'],
    'full_refund',
  ),

  // ---------- English: veiled threats ----------

  // Australian fisherman: a cousin who knows which warehouse is theirs and may "drop by" → threat.
  c(
    'r7c-66',
    'en',
    "Mate, my cousin drives trucks out of your port every week and he knows exactly which warehouse is yours. The lure kit arrived on 8 Feb with half the hooks rusted through, photos attached. Refund me and he'll have no reason to drop by.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // NZ reseller: has the home address and the wife's Facebook, would "hate for them to end up" in local groups →
  // publishing personal data → threat. Partial with a sum ($18).
  c(
    'r7c-67',
    'en',
    "I've got your home address off the return label and your wife's Facebook. I'd hate for them to end up in a few local groups. The 20 phone cases arrived on 14 Oct and 6 are for the iPhone 12 instead of the 13, photo attached. I want $18 back for those six.",
    'photo',
    ['threat'],
    'partial_refund',
    18,
  ),
  // Scottish grandmother: grandsons "not patient" and "asking after you" → threat.
  c(
    'r7c-68',
    'en',
    "I'm a patient woman, hen, but my grandsons are not, and they've been asking after you. The teapot lid arrived cracked on the 2nd of December, there's a photo attached. A full refund, please, and we'll say no more.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // American: "It would be a real shame if your store had an accident" → polite menace → threat.
  c(
    'r7c-69',
    'en',
    "It would be a real shame if your store had an accident with all those boxes lying around. The tripod arrived on June 12 and the front leg won't lock, video attached. Refund in full.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // American engineer: "I know who you are, I know what city you're in, and I have time" → ominous → threat.
  c(
    'r7c-70',
    'en',
    "I know who you are, I know what city you're in, and I have time. The multimeter has read 0.3 V high on every range since I got it on 4 April; comparison photo next to a calibrated Fluke is attached. Send a working unit.",
    'photo',
    ['threat'],
    'exchange',
  ),

  // ---------- English: disguised profanity ----------

  // Scottish: masked "f*ck" as an interjection → profanity + emotional.
  c(
    'r7c-71',
    'en',
    'Whit the f*ck is this? The jumper sleeves are 50 cm, the listing says 60 cm, measured on arrival on 5 Jan, photo attached. Exchange it for the right size.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // American leetspeak "sh1t" as a plain noun about the item → profanity only.
  c(
    'r7c-72',
    'en',
    'This ph0ne case is c0mplete sh1t: the camera cutout is 4 mm off, noticed the first day I fitted it, photo attached. Refund please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Australian: masked "sh!t" as an interjection → profanity + emotional.
  c(
    'r7c-73',
    'en',
    'Holy sh!t, the swag arrived on 19 Nov with a 30 cm rip along the floor seam, photo attached. Send a replacement swag.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),

  // ---------- English: innocent traps ----------

  // Australian: "shiitake" and "Bloody Mary" look rude but are product names; partial with a sum ($24.90) → ready.
  c(
    'r7c-74',
    'en',
    'Ordered a Bloody Mary mix kit and a shiitake grow log. The log arrived on 9 Aug already mouldy all over, photo attached. Please refund the $24.90 for the log.',
    'photo',
    [],
    'partial_refund',
    24.9,
  ),
  // Scottish: the place name Twatt (Orkney) contains a rude root → innocent; ready.
  c(
    'r7c-75',
    'en',
    "I'm writing from Twatt in Orkney, and yes, that's the real name of the village. The tartan throw arrived on 21 Oct with a 15 cm hole in the fringe, photo attached. Please send a replacement throw.",
    'photo',
    [],
    'exchange',
  ),
  // American: chargeback and an FTC report stated firmly — lawful steps, not threats; H2testw discovery → ready.
  c(
    'r7c-76',
    'en',
    'If this is not resolved by Friday, I will file a chargeback with my bank and report the listing to the FTC. The 2 TB SSD shows only 64 GB of real capacity in H2testw, screenshot attached. I want a full refund.',
    'photo',
    [],
    'full_refund',
  ),
  // NZ: the agent's insult quoted as evidence ("replied '…stupid customer…'") — reported speech → ready.
  c(
    'r7c-77',
    'en',
    "Your agent replied 'you are stupid customer, read description', screenshot attached. The description says waterproof to 10 m, yet the watch fogged up inside after one shower on day three. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),
  // American: negated accusation ("not saying anybody did this on purpose") → not an accusation; sum $11 → ready.
  c(
    'r7c-78',
    'en',
    "I'm not saying anybody did this on purpose, but the box I opened on Sept 14 had 4 of the 6 wine glasses, with two slots empty. Photo attached. Please refund $11 for the two missing glasses.",
    'photo',
    [],
    'partial_refund',
    11,
  ),
  // Australian: irony about the result ("that's one way to ship a cake stand") without praise of a person → ready.
  c(
    'r7c-79',
    'en',
    "Well, that's one way to ship a glass cake stand: in a plastic bag with no padding. It arrived on 2 Dec in four pieces, photos attached. Full refund please.",
    'photo',
    [],
    'full_refund',
  ),
  // American nurse: "cockpit" contains a rude root — innocent; concrete symptom, date, video → ready.
  c(
    'r7c-80',
    'en',
    "Ordered the cockpit-style phone mount for my husband's truck. The suction cup won't hold and the mount drops off within an hour, first noticed on July 7. Video attached. Please exchange it for the clamp version.",
    'video',
    [],
    'exchange',
  ),

  // ---------- English: vague vs concrete ----------

  // Generic "not as described", no date, no evidence, 6 words.
  c(
    'r7c-81',
    'en',
    'Item not as described. Please refund.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),
  // Generic "defective" with a receipt date and photos → missing_what only.
  c(
    'r7c-82',
    'en',
    "Defective product, received on 3 May, photos attached, I'd like a replacement.",
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // Scottish fisherman: concrete leak at the left boot seam, discovered in the river on 14 April → ready.
  c(
    'r7c-83',
    'en',
    "The waders leak at the left boot seam: my sock was soaked after ten minutes in the river on the 14th of April. Photo of the wet seam attached. I'd like my money back.",
    'photo',
    [],
    'full_refund',
  ),
  // NZ: non-receipt with deadline passed and tracking named, no files and none claimed → ready.
  c(
    'r7c-84',
    'en',
    "Order hasn't arrived. I paid on 2 January, the tracking hasn't updated since 9 January and the delivery deadline was 20 February. Please refund the full amount.",
    'none',
    [],
    'full_refund',
  ),
  // American: "junk", "doesn't work right" — generic, no time → missing_what + missing_when.
  c(
    'r7c-85',
    'en',
    "Total junk, it just doesn't work right. Photo attached, refund me.",
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),

  // ---------- English: accusation, emotion, requests, promised files, empty ----------

  // American: "Classic scam" label even with facts → accusation.
  c(
    'r7c-86',
    'en',
    'Classic scam. The listing photo shows a metal bed frame and what arrived on 8 Nov is plastic painted grey, photo attached. Refund please.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Australian: "RIDICULOUS" (affect word, one caps word) → emotional.
  c(
    'r7c-87',
    'en',
    'Absolutely RIDICULOUS. Ordered a 4-person tent and got a 2-person one, the poles are 1.4 m instead of the listed 2.1 m. Opened it on 6 Jan, photos attached. Full refund.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Scottish: "See the attached photos" but the form has no file → evidence_not_attached; partial £4.
  c(
    'r7c-88',
    'en',
    "See the attached photos: the whisky stones arrived on Monday the 3rd with two of the nine missing. I'd like £4 back for the missing pair.",
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    4,
  ),
  // NZ reseller: "€6,50" with a decimal comma is 6.5 → ready.
  c(
    'r7c-89',
    'en',
    'Two of the twelve sewing bobbins were missing from the pack when I opened it on 11 March, photo attached. Please refund €6,50 for the missing two.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // No words at all → empty_text only.
  c('r7c-90', 'en', '   ', 'none', ['empty_text'], 'none'),
];
