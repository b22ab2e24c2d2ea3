import { labelled as c, type CorpusCase } from './types';

/**
 * Round seven, held-out set P: written by an independent hand in the voice of a parcel-delivery and returns office
 * (complaints from every age group and region; English from UK, US, Indian and Eastern European non-native buyers).
 * Scored once, never tuned on. Labels follow analyzer-notes.md section 1 and the README's labelling decisions;
 * mat used as an interjection or intensifier is `profanity` + `emotional`, mat as a plain word about the item is only
 * `profanity`, a vulgar word used to call the seller names is `profanity` + `insult` (as in round five).
 */
export const ROUND7_HOLDOUT_P: CorpusCase[] = [
  // ---------- Insults without a swear word (8 ru, 4 en) ----------

  // Condescension about the reader's wits ("медленно, чтобы даже на складе дошло"); otherwise complete → insult only.
  c(
    'r7p-01',
    'ru',
    'Повторяю в третий раз, медленно, чтобы даже на вашем складе дошло: заказывала сушилку для обуви на 220 В, а пришла с американской вилкой и надписью 110 V на корпусе. Обнаружила 5 июня, когда вынула её из коробки. Фото вилки и наклейки приложила. Верните деньги полностью.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Everyday word «охламоны» aimed at the packers (people, not the item) → insult; video attached and named.
  c(
    'r7p-02v',
    'ru',
    'Упаковщики у вас — чистые охламоны: крем для лица положили в пакет без коробки, крышка треснула, и половина тюбика вытекла на остальные вещи. Это было видно сразу при вскрытии посылки 2 июля, я снимала на видео. Прошу прислать замену крема.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of the seller's work («снимаю шляпу… умудрились») → insult; concrete size mismatch, photo, exchange.
  c(
    'r7p-03',
    'ru',
    'Снимаю шляпу перед вашим отделом контроля качества: умудрились положить в одну коробку левый ботинок 42-го размера и правый 44-го. Заметил вчера, когда начал мерить. Фото подошв с размерами прилагаю. Нужен обмен на пару 42-го.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mocking comparison of staff with a five-year-old grandson, diminutive «работнички» → insult; partial with 390.
  c(
    'r7p-04',
    'ru',
    'У меня пятилетний внук посылки аккуратнее собирает, чем ваши работнички. В наборе садовых секаторов должно быть три штуки, а пришло два. Распаковывала 12 мая прямо на почте при сотруднице, есть фото. Верните за недостающий секатор 390 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    390,
  ),
  // Questioning sanity with an idiom («у вас там все дома?») → insult; measured mismatch, date, photo, return.
  c(
    'r7p-05',
    'ru',
    'У вас на складе все дома? Заказывала детский самокат с колёсами 120 мм, пришёл с колёсами 100 мм — замерила линейкой в день получения, 18 апреля. Фото с линейкой приложено. Хочу отправить самокат обратно и получить деньги.',
    'photo',
    ['insult'],
    'return',
  ),
  // Older buyer's name-calling «бестолочи» aimed at the sellers → insult; no affect words, so not emotional.
  c(
    'r7p-06',
    'ru',
    'Бестолочи вы, а не продавцы. Заказывала тонометр с манжетой на 22–42 см, а положили детскую манжету на 15 см, на руку не налезает. Обнаружила в первый же день, 3 марта. Фото манжеты с сантиметром прикладываю. Верните полную стоимость.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Condescension «нарисую картинку, раз буквы у вас не в ходу» (reader can't read) → insult; USB-tester measurement.
  c(
    'r7p-07',
    'ru',
    'Нарисую вам картинку, раз буквы у вас не в ходу: повербанк заявлен на 20000 мАч, а USB-тестер через неделю после получения показал, что он отдаёт 6100 мАч. Скриншот замеров и фото тестера приложил. Прошу полный возврат.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of the manager with a stool («объяснять табуретке») → insult; missing part, video, exchange.
  c(
    'r7p-08v',
    'ru',
    'Общаться с вашим менеджером — всё равно что объяснять что-то табуретке. Ещё раз: палатка пришла без двух дуг из четырёх, это видно на видео распаковки от 9 августа. Пришлите недостающие две дуги.',
    'video',
    ['insult'],
    'exchange',
  ),
  // UK: condescension about the reader's reading ("reading clearly isn't a strength at your end") → insult.
  c(
    'r7p-09',
    'en',
    "Right, I'll go slowly, since reading clearly isn't a strength at your end. The kettle I ordered was the 1.7 L model with a UK plug; it arrived with a two-pin EU plug and a 1.0 L max mark. I noticed the moment I unpacked it on 4 March. Photos of the plug and the marking are attached. Please send the correct UK model.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // US: everyday name-calling "bozos" aimed at warehouse staff → insult; video of the unboxing attached.
  c(
    'r7p-10v',
    'en',
    'Whatever bozos you have in the warehouse put a glass lamp shade in a paper envelope, and it came out in three pieces when I opened it on June 2. I recorded the unboxing on video. I want a full refund.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // India: sarcastic praise of the seller's work ("hats off… first-class job") for a failure → insult.
  c(
    'r7p-11',
    'en',
    'Hats off to your quality checking team, really first-class job: both side seams of the kurta opened after the first wash itself. Photos of the seams are attached. Kindly refund the full amount.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Eastern European: mocking comparison of staff with a neighbour's goat → insult; wrong chain, date, photo, exchange.
  c(
    'r7p-12',
    'en',
    "My neighbour's goat would read an order more carefully than your staff. I was ordering bicycle chain for 9 speed, you send chain for single speed, it is not fitting on my cassette. I see this on 11 May when my mechanic try to install it. Photo of both chains is attached. Please make exchange for correct 9 speed chain.",
    'photo',
    ['insult'],
    'exchange',
  ),

  // ---------- Veiled threats (6 ru, 4 en) ----------

  // A relative who will "drop in for a talk" at the seller's warehouse → threat (associates visiting).
  c(
    'r7p-13',
    'ru',
    'Чехол заказывал под iPhone 13, пришёл под 12-й — вырез камеры не совпадает, проверил сразу при получении 20 октября, фото прилагаю. Верните деньги. У меня шурин как раз работает в Иу, думаю, заглянет к вам на склад поговорить по-свойски, если вопрос затянется.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Knowing the shop's address and the owner's surname + "мир тесен" → ominous threat; otherwise complete.
  c(
    'r7p-14v',
    'ru',
    'Часы остановились на третий день, стрелки стоят на 4:15, батарейку менял — не помогло. Видео прикладываю. Полный возврат, и давайте без затягивания. Адрес вашего магазина в Гуанчжоу и фамилия владельца у меня уже есть, мир тесен.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Publishing the manager's phone number and social-media page (doxxing) → threat.
  c(
    'r7p-15',
    'ru',
    'Настольная лампа пришла с отломанным креплением плафона, обнаружил при распаковке 7 февраля, фото в приложении. Верните деньги до пятницы. Иначе номер телефона вашего менеджера и скрины её страницы в соцсетях окажутся во всех группах покупателей.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite, ominous menace «по-другому вам не понравится, поверьте» with no lawful step named → threat.
  c(
    'r7p-16',
    'ru',
    'Чаша блендера треснула по нижнему шву в первый же день, при второй заливке воды, фото трещины приложено. Прошу замену чаши. Очень советую решить вопрос по-хорошему: по-другому вам не понравится, поверьте.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Mentioning the seller's daughter and "берегите её" → veiled threat against family; tracking number is evidence.
  c(
    'r7p-17',
    'ru',
    'Посылка не пришла: прошло 52 дня, трек-номер LP00498812337601 не обновляется с 3 сентября. Скрин отслеживания прилагаю. Верните деньги. И передавайте привет вашей дочке, она такая красивая на фото в вичате. Берегите её.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Transliterated Russian (counts as ru): friends in Shenzhen "who know how to find people" → threat.
  c(
    'r7p-18v',
    'ru',
    "Naushniki prishli, levyi ne zaryazhaetsya s pervogo dnya, video prilagayu. Trebuyu polnyi vozvrat deneg. Ya by na vashem meste ne riskoval: u menya v Shenzhene est' druz'ya, kotorye umeyut nahodit' lyudei.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // US: owner's home address and kids' school "from a bit of digging… just so you know" → threat (family).
  c(
    'r7p-19',
    'en',
    "The spare drone battery swelled up after the second charge, on May 9; photos of the bulge are attached. Refund it in full. I've got your owner's home address and his kids' school from a bit of digging. Just so you know.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // UK: "my lads" given the shop's address, "very persuasive" → threat by associates; return offered.
  c(
    'r7p-20',
    'en',
    "Ordered the blackout curtains in charcoal, 168x183 cm; received light grey ones, 117x137 cm. Spotted it as soon as I opened the bag on Saturday the 12th. Photos with the tape measure are attached. I'll send them back for a full refund. Some of my lads are in Ningbo next month and I've given them your shop's address. They can be very persuasive.",
    'photo',
    ['threat'],
    'return',
  ),
  // India: relatives who know the office and will "settle this matter personally" → threat; video, replacement jar.
  c(
    'r7p-21v',
    'en',
    'The small jar of the mixer grinder is wobbling at the blade and leaking from the bottom since the very first use on 2nd January. Video is attached. Kindly replace the jar. I am having relatives in Shenzhen who know where your office is located, they will visit and settle this matter personally.',
    'video',
    ['threat'],
    'exchange',
  ),
  // Eastern European: finding the seller's name, wife's name and city "in 10 minutes… think about this" → threat.
  c(
    'r7p-22',
    'en',
    'Sneakers size 44 come like size 41, inner length is 26 cm, I measure it same day I receive, 15 April. Photo with ruler is attached. I want the money back. I know how to find people on internet. Your name, your wife name, your city, it take me 10 minutes. Think about this.',
    'photo',
    ['threat'],
    'full_refund',
  ),

  // ---------- Disguised profanity (5 ru, 3 en) ----------

  // Latin x and y inside a Cyrillic mat word («xyйню»), a plain noun about the item → profanity only.
  c(
    'r7p-23',
    'ru',
    'Вместо зарядки на 65 Вт прислали какую-то xyйню на 18 Вт, на корпусе так и написано, увидел при распаковке 14 ноября. Фото наклейки приложил. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit for a letter («пи3дец») used as an interjection → profanity + emotional.
  c(
    'r7p-24v',
    'ru',
    'Ну пи3дец, товарищи: робот-пылесос через две недели перестал заряжаться от базы, индикатор мигает красным. Видео приложил. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Dropped vowels «спздл» (= stole) still reads as mat → profanity; "кто-то" in transit is not a label of the
  // seller, so no accusation. Weighed at the post office, photo, partial 1100.
  c(
    'r7p-25',
    'ru',
    'Из коробки кто-то спздл два аккумулятора: пришло 2 шт. вместо 4, в накладной вес 0,9 кг, а по факту 0,5 кг. Взвешивала на почте 23 января, фото весов и накладной приложила. Прошу частичный возврат 1100 рублей за два аккумулятора.',
    'photo',
    ['profanity'],
    'partial_refund',
    1100,
  ),
  // The seller's minced mat quoted as evidence («иди на х…»): reported speech is not the buyer's insult, but quoted mat
  // is still profanity (a blocker). Otherwise complete; partial 400.
  c(
    'r7p-26',
    'ru',
    'На мой вопрос про крышку продавец ответил в чате: «не нравится — иди на х…». Скрин переписки приложила. Суть: кастрюля 3 л пришла без стеклянной крышки, хотя на странице товара она в комплекте, обнаружила при распаковке 11 марта, фото тоже есть. Прошу вернуть за крышку 400 рублей.',
    'photo',
    ['profanity'],
    'partial_refund',
    400,
  ),
  // Mask with $ and @ («Ё$@ный») as an intensifier on the item → profanity + emotional.
  c(
    'r7p-27v',
    'ru',
    'Ё$@ный чайник течёт из-под дна с первого дня, каждый раз лужа на столе. Видео прикладываю, замените на исправный.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Leetspeak "sh1t" as a plain noun about the item → profanity only (not an interjection, not aimed at a person).
  c(
    'r7p-28',
    'en',
    "This keyboard is absolute sh1t: the USB-C port fell inside the case on day three and now it won't charge. Photos attached. Full refund please.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // US: minced "phukkin" as an intensifier → profanity + emotional.
  c(
    'r7p-29',
    'en',
    'The phukkin zipper on the carry-on split open at the airport on my first trip, Dec 18, and my stuff was all over the belt. Photos attached. Refund me in full.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Eastern European: masked vulgar name-calling "a$$hats" aimed at the sellers → profanity + insult.
  c(
    'r7p-30v',
    'en',
    'You are a$$hats, not sellers. Order was 3 pcs water filters, I receive 1 pc, I open box on 5 June at post office and make video. Send me other 2 filters.',
    'video',
    ['profanity', 'insult'],
    'exchange',
  ),

  // ---------- Innocent traps: must not be flagged (10 ru, 6 en) ----------

  // Lawful steps stated firmly (escalation, bank chargeback, Роспотребнадзор) are not threats → ready.
  c(
    'r7p-31v',
    'ru',
    'Мышь с третьего дня делает двойной клик при одиночном нажатии левой кнопки, видео приложено. Верните деньги. Если до 20 числа вопрос не решится, прошу эскалацию спора, параллельно подаю на чарджбэк в банк и пишу жалобу в Роспотребнадзор.',
    'video',
    [],
    'full_refund',
  ),
  // Place name with a rude-looking root (Хуэйчжоу); non-receipt with elapsed time and tracking screenshot → ready.
  c(
    'r7p-32',
    'ru',
    'Посылка со склада в Хуэйчжоу так и не пришла: прошло 45 дней, последний статус в отслеживании — «покинула сортировочный центр» 2 апреля. Скриншот отслеживания прилагаю. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Ordinary words with rude-looking substrings («рубля», «Страхуйте»); a declined seller offer; full refund → ready.
  c(
    'r7p-33v',
    'ru',
    'Хрустальная ваза пришла с отбитым краем горлышка — сняла это на видео сразу при распаковке 8 декабря. Вы предложили компенсацию 22 рубля, я не согласна. Страхуйте хрупкие посылки и кладите их в пупырку. Прошу вернуть полную стоимость вазы.',
    'video',
    [],
    'full_refund',
  ),
  // Brand name «Хуавей» written in Cyrillic; concrete size mismatch, date, photo, exchange → ready.
  c(
    'r7p-34',
    'ru',
    'Ремешок заказывала для Хуавей Watch GT 3 на 46 мм, а пришёл на 42 мм и в крепление не встаёт. Проверила при примерке 30 января, фото крепления прилагаю. Прошу обмен на ремешок 46 мм.',
    'photo',
    [],
    'exchange',
  ),
  // The seller's insult quoted as evidence after «написал» (reported speech, no mat) → not rude; ready; return.
  c(
    'r7p-35',
    'ru',
    'Платье размера M по замерам оказалось 84 см в обхвате груди вместо 96 по таблице, измерила в день получения, 6 мая. Продавец в переписке написал мне: «сама дура, читать описание надо». Фото замеров и скриншот переписки приложены. Готова отправить платье обратно за полный возврат.',
    'photo',
    [],
    'return',
  ),
  // Firm, formal complaint with a count and a sum → ready (partial 350).
  c(
    'r7p-36',
    'ru',
    'Добрый день. Заказ получен 14 февраля. При проверке обнаружено: в наборе отвёрток 24 биты вместо заявленных 32, отсутствуют все шестигранники (H1.5–H4). Фото содержимого кейса и страницы товара прилагаю. Прошу частичный возврат в размере 350 руб.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Negated accusation («не думаю, что вы… нарочно») is taken back in the same sentence → not an accusation; ready.
  c(
    'r7p-37',
    'ru',
    'Не думаю, что вы меня обманули нарочно, скорее на складе перепутали коробки: вместо чёрных кроссовок 38-го размера пришли белые 39-го. Увидела сразу при вскрытии 22 июня, фото приложила. Прошу обмен на чёрные 38-го.',
    'photo',
    [],
    'exchange',
  ),
  // Irony about the result with no praise of the person («эксклюзив — одна варежка») → not rude (r2e-05 rule); ready.
  c(
    'r7p-38',
    'ru',
    'Теперь у меня эксклюзив — одна варежка на две руки: второй в пакете нет, вскрывала на почте 5 ноября, это видно на фото пакета и накладной с весом. Пришлите, пожалуйста, вторую варежку.',
    'photo',
    [],
    'exchange',
  ),
  // «бляха» as the ordinary word for a belt buckle (a noun about a part, not an interjection) → ready.
  c(
    'r7p-39',
    'ru',
    'Ремень из натуральной кожи: бляха держится на одном винте, второй выпал при первой же застёжке 3 апреля, резьба в бляхе сорвана. Фото прилагаю. Прошу заменить ремень на новый.',
    'photo',
    [],
    'exchange',
  ),
  // An honest review and a court named as next steps are lawful, not threats → ready.
  c(
    'r7p-40v',
    'ru',
    'Масляный обогреватель на второй день начал отключаться через 10 минут работы: щёлкает термостат и гаснет индикатор. Видео приложено. Прошу вернуть деньги. Если спор не поможет, честно опишу всё в отзыве и обращусь в суд по месту жительства.',
    'video',
    [],
    'full_refund',
  ),
  // UK place names with rude-looking parts (Penistone, Cockermouth); non-receipt with a date and screenshot → ready.
  c(
    'r7p-41',
    'en',
    'The parcel was meant to go to my mum in Penistone, but the tracking shows it delivered to a depot near Cockermouth on 3 August and it never reached her. Screenshot of the tracking attached. Please refund the order.',
    'photo',
    [],
    'full_refund',
  ),
  // US: breed names with rude-looking parts (Shih Tzu, cockapoo); measured mismatch, date, photo, exchange → ready.
  c(
    'r7p-42',
    'en',
    'Bought the harness in size S for my Shih Tzu (my sister has the same one for her cockapoo). The chest strap measures 28 cm although the listing says 35-45 cm; I measured it the day it arrived, Oct 2. Photo with the tape is attached. Exchange for size M please.',
    'photo',
    [],
    'exchange',
  ),
  // India: consumer helpline and bank chargeback stated firmly are lawful steps → ready; colour mismatch is concrete.
  c(
    'r7p-43',
    'en',
    'Ordered the saree in bottle green as in the listing photo, received a parrot green saree with a different border. Noticed while opening the parcel on 9th Feb; photos of both are attached. I request full refund. If not resolved by the 15th I will go to the National Consumer Helpline and file a chargeback with my bank.',
    'photo',
    [],
    'full_refund',
  ),
  // Eastern European: negated accusation ("I don't say you did this on purpose") + partial with "4.80 USD" → ready.
  c(
    'r7p-44',
    'en',
    "I don't say you did this on purpose, maybe is warehouse mistake: I ordered 10 m LED strip, in package is 5 m, I measure with tape when I open it on 28 March. Photo attached. Please return me money for missing 5 m, 4.80 USD.",
    'photo',
    [],
    'partial_refund',
    4.8,
  ),
  // The seller's agent's insult quoted as evidence ("replied that I am 'too stupid'") → reported speech, ready.
  c(
    'r7p-45v',
    'en',
    "The kitchen tap drips from the swivel joint since day one, 12 January; video attached. Your agent Lily replied that I am 'too stupid to install a simple tap' (screenshot also attached). Please send a replacement tap.",
    'video',
    [],
    'exchange',
  ),
  // UK irony about the product ("so much for a waterproof jacket"), no praise of a person, no scare quotes → ready.
  c(
    'r7p-46',
    'en',
    "So much for a waterproof jacket: after twenty minutes of light rain on Sunday the shoulders and back were soaked through to my jumper. Photos of the wet lining are attached. I'd like to return it for a refund.",
    'photo',
    [],
    'return',
  ),

  // ---------- Accusations and emotion (5 ru, 3 en) ----------

  // Sarcasm about honesty («удивительное совпадение», scare quotes around «теряется») → accusation; else complete.
  c(
    'r7p-47',
    'ru',
    'Какое удивительное совпадение: уже третий мой заказ подряд «теряется» именно у вас. Посылка по треку LP00123456789012 стоит с 10 мая, прошло 38 дней. Скрин отслеживания прилагаю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Label of intent («отработанная схема — кидать людей») flagged even next to facts → accusation; partial 250.
  c(
    'r7p-48',
    'ru',
    'Гирлянда на 10 метров оказалась длиной 6 метров, замерила рулеткой при распаковке 1 декабря, фото прилагаю. Это у вас отработанная схема — кидать людей на метраже. Верните 250 рублей за недостающие 4 метра.',
    'photo',
    ['accusation'],
    'partial_refund',
    250,
  ),
  // Affect phrase «в отчаянии» plus «!!» → emotional only.
  c(
    'r7p-49',
    'ru',
    'Шарф из кашемира — подарок маме на юбилей — пришёл с дыркой размером с монету у края, увидела, когда разворачивала его 27 апреля. Фото дырки приложила. Праздник через два дня, я просто в отчаянии!! Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Two or more fully capitalised words (ТРЕТИЙ РАЗ, ТРЕБУЮ) → emotional; concrete symptom, date, video.
  c(
    'r7p-50v',
    'ru',
    'ТРЕТИЙ РАЗ пишу одно и то же: фен перегревается и отключается через 2 минуты, так с первого включения 16 августа. Видео в приложении. Я ТРЕБУЮ возврат денег.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Elderly buyer: «обидно до слёз» (affect) + «наживаетесь на стариках» (label of intent) → emotional + accusation.
  c(
    'r7p-51',
    'ru',
    'Заказала очки для чтения +2,5, а пришли +1,0, так на дужке и написано, увидела в тот же день, 19 сентября, внучка сфотографировала. Обидно до слёз. Наживаетесь на стариках. Верните деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // US: "???" and the affect word "frustrated" → emotional; non-receipt with dates, tracking screenshot.
  c(
    'r7p-52',
    'en',
    "Where is my package??? It's been 47 days since I paid on Feb 3 and the tracking hasn't moved since Feb 10. Screenshot of the tracking attached. I'm beyond frustrated, just refund me.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // UK: sarcasm about honesty (scare quotes around 'mix-ups', "funny how… always") → accusation.
  c(
    'r7p-53',
    'en',
    "Ordered the size 10 wellies, got size 7, which I found when my daughter tried them on on the 14th. Photo of the sole stamp attached. Funny how these 'mix-ups' always seem to happen with your shop. Exchange for size 10, please.",
    'photo',
    ['accusation'],
    'exchange',
  ),
  // India: "This is cheating only" (label) + "disappointed" (affect) → accusation + emotional; H2testw discovery.
  c(
    'r7p-54',
    'en',
    'I ordered 128 GB pendrive, H2testw shows only 16 GB real capacity and the rest data is getting corrupted. Tested on the day of delivery, 6th March, screenshot attached. This is cheating only, I am very much disappointed. Refund my full money.',
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),

  // ---------- Content: vague vs concrete, when, evidence (6 ru, 4 en) ----------

  // Generic «не соответствует описанию» and no time → missing_what + missing_when; photo named and attached.
  c(
    'r7p-55',
    'ru',
    'Пришедший товар не соответствует описанию на странице, фото прилагаю, прошу вернуть деньги.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Date and discovery given, but the problem is only «брак» → missing_what.
  c(
    'r7p-56',
    'ru',
    'Включила обогреватель 12 июля в первый раз — брак. Фото приложила, прошу замену.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // Concrete symptom in unusual words (нож крутится вхолостую, только гудит) but no time or discovery → missing_when.
  c(
    'r7p-57v',
    'ru',
    'У кофемолки нож крутится вхолостую: зёрна остаются целыми, она только гудит. Видео приложено. Верните деньги.',
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // Measured mismatch and date, but no evidence named and no file → missing_evidence; partial 600.
  c(
    'r7p-58',
    'ru',
    'Одеяло заявлено 200×220, а по факту 172×205, перемерила дважды при распаковке 4 октября. Прошу частичный возврат 600 рублей.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    600,
  ),
  // Near-empty complaint: generic «плохое качество», affect «разочарована», «сделайте что-нибудь» is no request,
  // fewer than 8 words.
  c(
    'r7p-59',
    'ru',
    'Плохое качество, разочарована. Сделайте что-нибудь.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),
  // Transliterated ru: non-receipt is a concrete what; «do sih por» is not a time → missing_when, missing_evidence.
  c(
    'r7p-60',
    'ru',
    'Posylka do sih por ne prishla. Vernite dengi, pozhaluysta, za zakaz.',
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "defective, not as described" are generic → missing_what; date of opening, photos, full refund.
  c(
    'r7p-61',
    'en',
    'Opened the box on 3 May and the item is defective, not as described at all. Photos attached. Full refund please.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // UK: concrete symptom with a measurement and "since last Tuesday", but no evidence named and no file.
  c(
    'r7p-62',
    'en',
    "The hob's left ring only ever gets lukewarm, never past about 60 degrees on my cooking thermometer, ever since I first switched it on last Tuesday. I'd like a replacement unit.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // US: non-receipt with dates and a tracking number, but "What should I do?" is no request → missing_resolution.
  c(
    'r7p-63',
    'en',
    "Ordered on Jan 5, it's now Feb 20 and nothing has arrived; tracking LB123456789CN shows no movement since Jan 12. Screenshot attached. What should I do?",
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // A single word of two letters → only empty_text.
  c('r7p-64', 'en', 'ok', 'none', ['empty_text'], 'none'),

  // ---------- Requests and evidence (4 ru, 2 en) ----------

  // Declined refund («деньги возвращать не надо — пришлите взамен») → exchange; complete → ready.
  c(
    'r7p-65v',
    'ru',
    'Деньги возвращать не надо — пришлите взамен рюкзак с целой молнией: у этого бегунок слетел с молнии основного отделения на второй день, 8 сентября. Видео приложено.',
    'video',
    [],
    'exchange',
  ),
  // Sum in words («сто восемьдесят рублей») counts as an amount → partial 180, ready.
  c(
    'r7p-66',
    'ru',
    'В наборе столовых приборов на 6 персон не хватает трёх чайных ложек, пересчитала при распаковке 13 января, фото разложенных приборов приложила. Прошу вернуть за ложки сто восемьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // «Фото прилагаю» with no file → evidence_not_attached; «компенсацию на ваше усмотрение» → partial without amount.
  c(
    'r7p-67',
    'ru',
    'Сковорода заявлена 28 см, а по дну оказалась 24 см и 26 см по верху, измерила в день получения, 2 марта. Фото с линейкой прилагаю. Прошу компенсацию на ваше усмотрение.',
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Whitespace only → empty_text.
  c('r7p-68', 'ru', '  \n ', 'none', ['empty_text'], 'none'),
  // UK: "Refund half" is a share, not a sum → partial_without_amount; otherwise complete.
  c(
    'r7p-69',
    'en',
    'The box was meant to hold 12 Christmas crackers and there were only 6 in it when I opened it on 1 December. Photo attached. Refund half, please.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // India: video promised ("I am attaching video") but no file → evidence_not_attached; "the difference" → no amount.
  c(
    'r7p-70',
    'en',
    'I paid for the 64 GB version of the tablet but Settings shows 32 GB storage, checked on the day of delivery, 21st November. I am attaching video of the settings screen. Kindly refund the difference.',
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
