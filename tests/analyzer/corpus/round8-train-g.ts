import { labelled as c, type CorpusCase } from './types';

/**
 * Round eight, training set G. Written as a screenwriter of a comedy series about a parcel locker would write the
 * buyers at its door: a conspiracy-minded uncle, a meticulous accountant, a drama student, a biker, a beekeeper, a
 * crypto bro, a farmer, a young mum on a night shift. Russian texts use slang and jargon (army, prison-light, IT,
 * motoring) and dialect words; English texts use Australian, London, American Southern and Scottish slang.
 *
 * Labels follow analyzer-notes.md section 1 and the README's labelling decisions (rounds two and four), not any
 * program's output. Decisions used in this file:
 * - slang, jargon and dialect words for a person (салаги, ламеры, нубы, фраер, растетёхи, drongo, galahs,
 *   plonkers, numpties) are `insult` when aimed at the seller or staff; fraud labels in slang (развод, spivs,
 *   "honest mistake" in scare quotes) are `accusation`, not insult;
 * - mat as an interjection or intensifier is `profanity` + `emotional`; as a noun or adjective about the item only
 *   `profanity`; as a name for the seller `profanity` + `insult`; quoted mat stays `profanity`;
 * - a proverb («не буди лихо», "what goes around comes around", «земля круглая») is a `threat` when it comes with
 *   people, addresses or family; on its own it would not be labelled here (no such text);
 * - a named discovery method (weighed, measured, tested with a wattmeter) counts as has_when_or_how;
 * - every text with a file names the evidence; texts without files either name none (`missing_evidence`) or claim
 *   a file (`evidence_not_attached`).
 */
export const ROUND8_TRAIN_G: CorpusCase[] = [
  // ── Name-calling with ordinary, slang and dialect words (Russian) ───────────────────────────────────────────
  // «одни ротозеи» + "explaining by syllables": condescension and name-calling without a swear word.
  c(
    'r8g-01',
    'ru',
    'Я, конечно, понимаю, что у вас на складе работают одни ротозеи, но объясню медленно, по слогам: заказывал антенну-усилитель 4G для дачи, а пришла комнатная антенна для телевизора. Забрал из постамата 3 мая, фото коробки и этикетки прикладываю. Прошу обмен на правильную модель.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Army slang «салаги» aimed at the packers: insult; the rest is complete (crack, date, video, refund).
  c(
    'r8g-02v',
    'ru',
    'Салаги с вашей упаковки засунули зеркало для мотоцикла в пакет без пупырки, и оно доехало с трещиной через всё стекло. Обнаружил при вскрытии в постамате 11.06, на видео всё видно. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // IT slang «ламеры» for the support staff: insult; symptom (wheel jammed) and «с первого дня» are concrete.
  c(
    'r8g-03v',
    'ru',
    'Ваши ламеры из поддержки третий раз советуют мне перезагрузить беспроводную мышь, у которой колесо прокрутки просто не крутится — заклинило с первого дня. Видео прикладываю. Прошу замену мыши.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Accountant: sarcastic praise («бухгалтеры от бога») and "counting to twelve is hard for you": insult.
  c(
    'r8g-04',
    'ru',
    'Уважаемые бухгалтеры от бога, в коробке 9 папок-регистраторов вместо оплаченных 12 — пересчитала дважды при получении 2 апреля. Понимаю, что считать до двенадцати для вас задача со звёздочкой. Фото содержимого приложила. Прошу частичный возврат за три недостающие папки — 540 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    540,
  ),
  // Drama student: «режиссёры этого склада» — sarcastic praise of the staff's failure: insult.
  c(
    'r8g-05',
    'ru',
    'Браво, режиссёры этого склада, вы поставили настоящий спектакль абсурда: вместо парика каре платинового цвета прислали рыжий кудрявый. Открыла коробку в постамате вчера вечером, фото с ярлыком приложено. Прошу обменять на платиновый, как в заказе.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Farmer: «охламоны» for the pickers, in a question: insult; one "?" is not emotional.
  c(
    'r8g-06',
    'ru',
    'Чё за охламоны у вас товар собирают? Заказывал соски для выпойки телят, двадцать штук, а прислали пять, да и те для детской бутылочки. Получил 14 июля в постамате у сельпо, фото прикладываю. Прошу вернуть деньги полностью.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Young mum: «совсем валенки» questions the seller's wits: insult; the defect is concrete.
  c(
    'r8g-07v',
    'ru',
    'Вы там совсем валенки или только по ночам? Радионяня, которую я получила 2 февраля, шипит на всех каналах, а родительский блок отключается через десять минут даже от сети. Видео записала после ночной смены, прикладываю. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Prison-light «фраер ушастый» aimed at the seller: insult; missing sockets are a missing part.
  c(
    'r8g-08',
    'ru',
    'Продавец, ты фраер ушастый, а не торговец: в наборе головок для трещотки нет размеров 10 и 13, гнёзда пустые. Распаковал 20 августа, фото пустых гнёзд прикладываю. Прошу замену на полный набор.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Crypto bro: «нубы» for the warehouse staff: insult; a pre-initialised wallet is a fact, not a label of intent.
  c(
    'r8g-09v',
    'ru',
    'Чел, у тебя на складе работают нубы уровня «купил биток на хаях»: аппаратный кошелёк пришёл с сорванной пломбой и уже инициализированным — при первом включении 5 марта он не предложил создать сид-фразу. Видео распаковки прикладываю. Верните деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Beekeeper: «таких бестолочей на складе» — name-calling: insult; missing lid and crank.
  c(
    'r8g-10',
    'ru',
    'Пасечник я старый, но таких бестолочей на складе ещё не встречал: медогонку отправили без крышки и без ручки привода, в коробке только бак. Вскрыл при курьере 9 июня, фото в приложении. Прошу заменить на комплектную медогонку.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Motoring: «криворукие чайники» aimed at the seller: insult; offering the mats back is a return.
  c(
    'r8g-11',
    'ru',
    'Вы, криворукие чайники, даже не проверили, что шлёте: коврики в салон под Ладу Весту, а у меня Гранта, и они на 6 см короче пола. Примерил в машине в день получения, 17 сентября, фото прикладываю. Готов отправить коврики обратно и получить деньги.',
    'photo',
    ['insult'],
    'return',
  ),
  // Northern dialect «растетёхи» (clumsy folk) aimed at the seller: insult; measured size mismatch.
  c(
    'r8g-12',
    'ru',
    'Ну вы и растетёхи, право слово: заказала шерстяные носки 39 размера, а пришли 44-го, в один носок обе мои ноги влезут. Примерила сразу, как забрала из постамата 3 ноября, фото с линейкой прилагаю. Прошу обмен на 39-й.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ── Veiled threats (Russian) ───────────────────────────────────────────────────────────────────────────────
  // Biker club "riding to your warehouse", address found: veiled threat.
  c(
    'r8g-13',
    'ru',
    'Мои ребята из мотоклуба давно хотели прокатиться до вашего склада в Подольске, адрес я уже нашёл. Прислали шлем размера M вместо заказанного XL, на голову не налезает — проверил при получении 8 мая, фото бирки прикладываю. Жду обмен на XL, пока ребята не собрались.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Conspiracy uncle: owner's surname and house, published in his channel unless refunded: doxxing threat.
  c(
    'r8g-14v',
    'ru',
    'Я давно понял, кто стоит за вашим магазином: знаю фамилию владельца и в каком доме в Иу он живёт — выложу это в своём канале на 40 тысяч подписчиков, если не вернёте деньги. Экранирующий чехол для телефона ничего не экранирует: сеть в нём ловит четыре палки, проверил звонком 12 июня, видео прикладываю. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Prison-light «за базар придётся ответить», «ставил на счётчик»: menace without a usual verb: threat.
  c(
    'r8g-15',
    'ru',
    'За базар, продавец, придётся ответить, и не в переписке: я таких, как ты, на счётчик ставил. Налобный фонарь светит 15 минут вместо заявленных 6 часов — засекал три раза после полной зарядки, начиная со 2 октября, скрин таймера прикладываю. Верни деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Proverb «земля круглая» + a cousin who visits Guangzhou: veiled threat.
  c(
    'r8g-16v',
    'ru',
    'Земля круглая, продавец, а Гуанчжоу не так далеко, как вам кажется, — мой двоюродный брат там часто бывает и любит заходить в гости. Электрочайник пахнет горелым пластиком с первого кипячения, 21 января, видео прикладываю. Прошу вернуть деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Beekeeper: bees "don't like those who wrong the beekeeper" + "I know your shop's address": threat.
  c(
    'r8g-17',
    'ru',
    'У меня двенадцать ульев, и пчёлы очень не любят тех, кто обижает пасечника, — а адрес вашей лавки в Москве я знаю. Лицевая сетка пришла с дыркой размером с пятирублёвую монету у подбородка, заметил на пасеке при первой примерке 2 июня, фото прикладываю. Прошу замену.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Army: "finding your warehouse and manager Li's home address is half a day's work for me": threat.
  c(
    'r8g-18',
    'ru',
    'Служил в разведке, так что вычислить ваш склад и домашний адрес менеджера Ли мне — полдня работы, учтите это. Берцы 43 размера оказались 41-го: стелька 26,5 см, проверил линейкой при получении 5 декабря, фото приложил. Прошу обмен на 43-й.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Farmer: proverb «не буди лихо» + "men with tractors and free time": threat; partial refund with a sum.
  c(
    'r8g-19',
    'ru',
    'Не буди лихо, пока оно тихо, — слыхал такую поговорку, продавец? У меня мужики с тракторами и свободного времени навалом. Доильный аппарат прислали без вакуумного шланга, хотя в описании он есть, распаковал 30 мая, фото коробки приложено. Прошу частичный возврат 1500 рублей за шланг.',
    'photo',
    ['threat'],
    'partial_refund',
    1500,
  ),
  // IT: traced by IP, wife's number found in leaked databases, will write to her: doxxing and family: threat.
  c(
    'r8g-20',
    'ru',
    'Я уже пробил по айпишнику, откуда вы мне отвечаете, и номер вашей жены нашёл в слитых базах — могу ей написать, какой у неё муж продавец. Клавиатура пришла с английской раскладкой без кириллицы, хотя заказывал RU-версию, увидел при распаковке 7 августа, фото прикладываю. Прошу замену.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Polite ominous menace: passing the seller's name and photo to "acquaintances in Shenzhen": threat.
  c(
    'r8g-21v',
    'ru',
    'Очень надеюсь, что вы человек разумный и мне не придётся передавать ваше имя и фото знакомым, которые бывают в Шэньчжэне по делам. Видеорегистратор не пишет файлы на карту: после пяти минут записи папка пустая, проверял 16 апреля на двух картах, видео прикладываю. Верните, пожалуйста, деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Young mum: "my brother is a boxer and worries about me" after describing standing outside: veiled threat.
  c(
    'r8g-22v',
    'ru',
    'Я после ночных смен всё равно не сплю, так что могу каждое утро стоять у вашего пункта выдачи, пока не решите, — а ещё у меня брат боксёр, и он очень за меня переживает. Молокоотсос на максимальной настройке тянет как на минимальной, заметила на второй день, 10 марта, видео прикладываю. Прошу вернуть деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),

  // ── Disguised profanity (Russian) ──────────────────────────────────────────────────────────────────────────
  // Latin x and y inside «хуёвой», an adjective about the item: profanity only.
  c(
    'r8g-23',
    'ru',
    'Зарядка для ноутбука оказалась xyёвой: штекер 5,5 мм вместо USB-C, как в заказе, а корпус греется до 70 градусов за десять минут — мерил пирометром 19 апреля. Фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Digit 3 for «з» in an interjection: profanity + emotional.
  c(
    'r8g-24',
    'ru',
    'Пи3дец, а не компрессор: манометр показывает 3 атмосферы, когда шина уже лопнула. Подключил 4 июля, покрышку разорвало на второй подкачке, фото прикладываю. Верните деньги за компрессор.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked «Ё@аный» as an intensifier: profanity + emotional.
  c(
    'r8g-25v',
    'ru',
    'Ё@аный стыд, простите: зимняя резина на фото шипованная, а пришла липучка без единого шипа. Вскрыл коробки при грузчике 1 ноября, видео есть, прикладываю. Прошу обмен на шипованную.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Dropped vowels «пздц» as an interjection: profanity + emotional.
  c(
    'r8g-26v',
    'ru',
    'бл, пздц, третий раз пишу: фен выключается через 30 секунд работы, и так с первого дня, с 12 января. Видео приложено. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digit 6 for «б» in «е6ать какой», an intensifier: profanity + emotional; measured mismatch.
  c(
    'r8g-27',
    'ru',
    'Это ж е6ать какой термос: кофе остывает за час, а заявлено 24 часа. Замерила 3 февраля кухонным термометром — через 60 минут было 40 градусов, фото термометра прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Transliterated Russian (counts as ru) with «blyat» as an interjection: profanity + emotional.
  c(
    'r8g-28',
    'ru',
    "Blyat, kto tak upakovyvaet? Kuvshin-fil'tr dlya vody prishel raskolotym popolam, uvidel pri vskrytii v postamate 22 sentyabrya, foto prikladyvayu. Verni dengi.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked mat word «ебл@ны» calling the warehouse staff names: profanity + insult.
  c(
    'r8g-29',
    'ru',
    'Какие ебл@ны у вас на складе комплектуют заказы? Детский манеж пришёл без двух ножек из четырёх, хотя в описании комплект полный. Открыли коробку 6 декабря, фото прикладываю. Замените манеж на комплектный.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),

  // ── Innocent traps (Russian) ───────────────────────────────────────────────────────────────────────────────
  // «Требую» and «рубля» contain rude-looking strings; a firm, complete partial-refund request: ready.
  c(
    'r8g-30',
    'ru',
    'Требую вернуть 350 рублей за недовложенные шурупы: в наборе мебельной фурнитуры 40 шурупов вместо 60, пересчитал при сборке шкафа 14 мая — это 20 штук по 17,5 рубля. Фото пакетиков прикладываю.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Lawful steps stated firmly (dispute, chargeback, Rospotrebnadzor) and «команда»: not a threat; ready.
  c(
    'r8g-31v',
    'ru',
    'Если ваша команда не вернёт деньги до 1 июня, я открою спор, обращусь в банк за чарджбэком и подам жалобу в Роспотребнадзор — это мои законные права. Робот-пылесос не заряжается от базы: индикатор мигает красным, началось 3 мая, видео прикладываю. Прошу полный возврат.',
    'video',
    [],
    'full_refund',
  ),
  // «застрахуйте» (insure!) contains a mat string but is an ordinary verb; post-office act and photo: ready.
  c(
    'r8g-32',
    'ru',
    'В следующий раз застрахуйте, пожалуйста, посылку: стеклянный аквариум на 30 литров пришёл с трещиной по задней стенке, увидел при вскрытии на почте 2 марта, есть акт почты и фото. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // IT jargon «дебаг», «ребут», «бутлуп» look rude but are not; symptom concrete: ready.
  c(
    'r8g-33',
    'ru',
    'Я разработчик, делал дебаг по USB: плата ESP32 из заказа после каждого ребута уходит в бутлуп, а на второй плате тот же скетч работает без проблем. Проверял 9 октября, лог и скриншот монитора порта прикладываю. Прошу заменить плату.',
    'photo',
    [],
    'exchange',
  ),
  // «бляха» (a belt buckle) is an ordinary word; missing part and a sum: ready.
  c(
    'r8g-34',
    'ru',
    'Ремень пришёл без бляхи — в пакете только кожаная полоса с дырками, а на фото в карточке товара бляха с черепом. Распаковал 4 апреля, фото прикладываю. Прошу вернуть 400 рублей за бляху.',
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // «Хлебопечка», «хлеб», «колеблется», «колебания» contain «еб»; measured symptom: ready.
  c(
    'r8g-35v',
    'ru',
    'Хлебопечка выпекает хлеб сырым в середине: в режиме «Основной» температура в камере колеблется от 90 до 140 градусов, мерил щупом 27 ноября. Колебания видно на видео, прикладываю. Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // «Пизанская» and «сукно» look rude but are not; a declined refund («деньги не нужны») means exchange.
  c(
    'r8g-36',
    'ru',
    'Заказывала сувенир — Пизанскую башню на подставке из зелёного сукна, а пришла Эйфелева башня на пластике. Получила 18 августа, фото приложила. Деньги возвращать не нужно, пришлите, пожалуйста, Пизанскую башню.',
    'photo',
    [],
    'exchange',
  ),
  // Brand name «Хуавей»: innocent; measured mismatch (8 mm offset): ready.
  c(
    'r8g-37',
    'ru',
    'Чехол заказан на Хуавей P30, а пришёл на P30 Pro: вырез под камеру смещён на 8 мм и кнопки не совпадают, примерил при получении 5 июля. Фото телефона в чехле прикладываю. Прошу обмен.',
    'photo',
    [],
    'exchange',
  ),
  // The seller's insult quoted as evidence (reported speech, no mat): not the buyer's insult; ready.
  c(
    'r8g-38',
    'ru',
    'Продавец в чате написал мне: «ты тупой, читай описание» — скриншот переписки прикладываю. Но в описании указана ёмкость 20000 мАч, а USB-тестер после полной разрядки показал 6200 мАч. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // The seller's mat quoted as evidence: mat stays mat when quoted → profanity (blocker), not insult.
  c(
    'r8g-39',
    'ru',
    'Когда я спросил про сломанную застёжку на рюкзаке, продавец ответил: «не еби мозги, носи так». Скриншот переписки прикладываю. Пряжка грудной стяжки треснула при первом застёгивании 12 сентября, фото тоже в приложении. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // A negated accusation («не думаю, что специально»): not an accusation; measured mismatch: ready.
  c(
    'r8g-40',
    'ru',
    'Я не думаю, что вы сделали это специально, скорее склад перепутал: пришли наколенники детского размера вместо взрослого L, обхват 28 см вместо 40. Измерила сантиметром при получении 11 мая, фото прикладываю. Прошу обмен на L.',
    'photo',
    [],
    'exchange',
  ),
  // Place name «Хуэйчжоу» looks rude; non-receipt with tracking number and elapsed time: ready.
  c(
    'r8g-41',
    'ru',
    'Трек LP004512378CN с 3 марта висит на сортировке в Хуэйчжоу, прошло 45 дней, а в постамат посылка так и не пришла. Скриншот отслеживания прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Prison-light words about the parcel itself («малява с этапа»), no person targeted: ready.
  c(
    'r8g-42',
    'ru',
    'Посылка шла как малява с этапа — два месяца, зато дошла, но в ней одна кружка вместо набора из четырёх. Открыл в постамате 25 января, фото прикладываю. Прошу вернуть 600 рублей за три недостающие кружки.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // Dialect «давеча», «шибко», and «оскорбляет» (contains «бля»): innocent; after the first wash: ready.
  c(
    'r8g-43',
    'ru',
    'Давеча, 2 октября, забрала из постамата пуховый платок, а он шибко линяет: после первой стирки вода серая, на полотенце клочья пуха. Меня это не оскорбляет, но носить его нельзя. Фото прикладываю. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),

  // ── Vague vs concrete (Russian) ────────────────────────────────────────────────────────────────────────────
  // Only generic words («не соответствует описанию», «качество плохое»): missing_what.
  c(
    'r8g-44',
    'ru',
    'Товар не соответствует описанию, качество плохое. Получила 15 марта в постамате, фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «с браком», «в таком виде» and «пришла с браком» (no time): missing_what + missing_when.
  c(
    'r8g-45',
    'ru',
    'Дрель пришла с браком, в таком виде пользоваться ей нельзя. Фото прилагаю. Верните деньги.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // Beekeeper names the symptom in his own words (bellows leak at the seam, embers die): ready.
  c(
    'r8g-46v',
    'ru',
    'Дымарь не держит дым: мех травит воздух по шву, и через минуту качания угли гаснут. Заметил при первом окуривании ульев 28 мая, видео прикладываю. Прошу замену.',
    'video',
    [],
    'exchange',
  ),
  // A bare «не работает» with «с первого дня»: missing_what only.
  c(
    'r8g-47',
    'ru',
    'Калькулятор не работает с первого дня, фото прикладываю. Прошу обменять на исправный.',
    'photo',
    ['missing_what'],
    'exchange',
  ),
  // Accountant: concrete symptom (key 7 sticks, display drops a digit) but no time or circumstance: missing_when.
  c(
    'r8g-48',
    'ru',
    'У бухгалтерского калькулятора западает клавиша 7, а дисплей теряет последний разряд: двенадцатизначное число показывается как одиннадцатизначное. Фото прикладываю. Прошу замену.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Farmer: concrete leak and time, but no evidence named and no file: missing_evidence.
  c(
    'r8g-49',
    'ru',
    'Поилка для телят течёт из-под поплавкового клапана — за ночь уходит полведра воды на пол. Заметил на следующее утро после установки, 6 апреля. Прошу вернуть деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Non-receipt with elapsed time and deadline, no tracking or other evidence named: missing_evidence.
  c(
    'r8g-50',
    'ru',
    'Посылка с воздушным фильтром для мотоцикла так и не пришла: жду уже 52 дня, срок доставки вышел 20 июля. Верните деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Biker: «с дефектом», «качество никакое», «носить невозможно» — generic: missing_what.
  c(
    'r8g-51v',
    'ru',
    'Шлем с дефектом, качество никакое, носить невозможно. Получил 3 августа, видео прикладываю. Прошу вернуть деньги.',
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // Crypto: concrete symptom (screen goes dark after PIN, reboots) with a start date: ready.
  c(
    'r8g-52v',
    'ru',
    'Холодный кошелёк не принимает PIN: после ввода восьми цифр экран гаснет и устройство перезагружается — так при каждом включении, начиная с 14 февраля. Видео прикладываю. Прошу замену.',
    'video',
    [],
    'exchange',
  ),

  // ── Accusations (Russian) ──────────────────────────────────────────────────────────────────────────────────
  // «Классический развод» labels intent even next to facts: accusation.
  c(
    'r8g-53',
    'ru',
    'Классический развод с трек-номером: отслеживание показывает вручение 2 мая в Самаре, а я живу в Казани и ничего не получал, в постамате пусто. Скрин отслеживания прикладываю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty («ну конечно, „ошибка склада“»): accusation; weighed on a steelyard: has_when.
  c(
    'r8g-54',
    'ru',
    'Ну конечно, «ошибка склада» — уже третий раз подряд вместо 2 кг пчелиного воска приходит 500 г. Взвесил на безмене при получении 19 марта, фото весов прикладываю. Прошу вернуть 900 рублей за недостающие полтора килограмма.',
    'photo',
    ['accusation'],
    'partial_refund',
    900,
  ),
  // «Вы специально шлёте…» — a label of intent: accusation.
  c(
    'r8g-55',
    'ru',
    'Вы специально шлёте майнинговые видеокарты под видом новых: на плате следы старой термопасты, термопрокладки спёкшиеся, в радиаторе пыль. Увидел при вскрытии 8 ноября, фото прикладываю. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),

  // ── Emotional (Russian) ────────────────────────────────────────────────────────────────────────────────────
  // CAPS and «!!!» plus «в шоке»: emotional.
  c(
    'r8g-56',
    'ru',
    'Я В ШОКЕ!!! Детская автолюлька пришла с треснутым замком ремня, увидела при установке в машину 4 декабря. Фото прикладываю. Прошу вернуть деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Обидно до слёз» (affect words): emotional; the symptom is concrete.
  c(
    'r8g-57v',
    'ru',
    'Обидно до слёз: после ночной смены забрала из постамата ночник-проектор, а он не включается от кабеля — светодиод питания даже не мигает, проверила с тремя блоками питания 15 января. Видео прикладываю. Прошу замену.',
    'video',
    ['emotional'],
    'exchange',
  ),
  // «???»: emotional; partial refund with a sum.
  c(
    'r8g-58',
    'ru',
    'Как можно было отправить набор для грима без кистей??? В описании 12 кистей, а в коробке только палетка, открыла на репетиции 9 апреля. Фото прикладываю. Прошу частичный возврат 700 рублей.',
    'photo',
    ['emotional'],
    'partial_refund',
    700,
  ),

  // ── Requests (Russian) ─────────────────────────────────────────────────────────────────────────────────────
  // A sum in words («двести восемьдесят рублей»): partial refund, 280.
  c(
    'r8g-59',
    'ru',
    'Прошу вернуть двести восемьдесят рублей за три недостающие свечи зажигания: в комплекте на четыре цилиндра в коробке одна свеча. Обнаружил при замене свечей 17 июня, фото прикладываю.',
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // «Верните разницу» without a sum: partial_without_amount.
  c(
    'r8g-60',
    'ru',
    'В описании набор ключей из хром-ванадиевой стали, а на ключах выбито «Carbon Steel» — увидел при распаковке 2 сентября, фото маркировки прикладываю. Верните разницу в цене.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Компенсацию на ваше усмотрение»: partial refund without a sum.
  c(
    'r8g-61',
    'ru',
    'Рамки для ульев пришли в количестве 45 штук вместо 50, пересчитал при распаковке 10 мая, фото прикладываю. Компенсацию назначьте на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Only a question «что мне теперь делать?»: no request → missing_resolution.
  c(
    'r8g-62v',
    'ru',
    'Видеоняня отключает звук через 5 минут после включения, проверила в первую же ночь, 3 апреля, видео прикладываю. Что мне теперь с этим делать?',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // «Фото прикладываю» but no file in the form: evidence_not_attached.
  c(
    'r8g-63',
    'ru',
    'Фото прикладываю: у пистолета для подкачки шин сорвана резьба на штуцере, воздух свистит при подключении к компрессору, заметил при первом использовании 12 июля. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),

  // ── Empty and near-empty (Russian) ─────────────────────────────────────────────────────────────────────────
  // A single two-letter word: empty_text only.
  c('r8g-64', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Four words: non-receipt named, tracking named (no file claimed), no time, no request; too_short is a tip.
  c('r8g-65', 'ru', 'Трек молчит, посылки нет.', 'none', ['too_short', 'missing_when', 'missing_resolution'], 'none'),

  // ── Name-calling (English) ─────────────────────────────────────────────────────────────────────────────────
  // Australian «drongo» for whoever packed it: insult.
  c(
    'r8g-66',
    'en',
    'Which drongo in your warehouse packed a glass kombucha jar loose in a satchel? It turned up smashed at my parcel locker on 4 March — photos of the shards and the soaked box attached. Full refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // London «absolute plonkers» aimed at the seller: insult; measured insole.
  c(
    'r8g-67',
    'en',
    "Right, you absolute plonkers, I ordered the size 10 Chelsea boots and got a size 7, and you've now told me twice to check the size chart. The insole measures 24 cm — I measured it when I opened the parcel on 12 May, photo attached. I want them exchanged for a 10.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Southern condescension ("I'll type slow so y'all can keep up"): insult.
  c(
    'r8g-68v',
    'en',
    "Bless your heart, I'll type real slow so y'all can keep up: the chicken waterer I got on June 2 leaks from the base seam, a whole gallon on the coop floor overnight. Video attached. Send me a refund.",
    'video',
    ['insult'],
    'full_refund',
  ),
  // Scottish «a bunch o' numpties»: insult; missing clasp.
  c(
    'r8g-69',
    'en',
    "Whit a bunch o' numpties. The kilt pin came without its clasp — just the bar and a wee thistle, nae fastening at all. Opened it at the locker on 9 August, photo attached. Please send a complete pin as a replacement.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Crypto bro: sarcastic praise of the QA team ("galaxy brains"): insult.
  c(
    'r8g-70v',
    'en',
    'Absolute genius move, ser, shipping a hardware wallet with the recovery card already filled in — your QA team must be the galaxy brains of the industry. Found it when I unboxed it on 18 January, video attached. Refund me in full.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Australian «support galahs»: insult; concrete symptom with a start date.
  c(
    'r8g-71v',
    'en',
    "Your support galahs keep telling me to charge the thing, mate. The solar fence energiser doesn't charge in full sun — the battery reads 0% after a whole day out in the paddock, every day since 3 October. Video attached. I'd like a replacement unit.",
    'video',
    ['insult'],
    'exchange',
  ),

  // ── Veiled threats (English) ───────────────────────────────────────────────────────────────────────────────
  // Biker "the lads from the chapter" popping into the warehouse: threat.
  c(
    'r8g-72',
    'en',
    "Me and the lads from the chapter ride past your Melbourne warehouse most weekends, and we'd love to pop in for a chat about this. The exhaust baffle I got on 2 July doesn't fit: its inlet is 45 mm and the pipe is 51 mm, measured with calipers, photo attached. Exchange it for the 51 mm one.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // Crypto bro: owner's name and the kids' school, "my followers would find that interesting": threat.
  c(
    'r8g-73v',
    'en',
    "I know the owner's name and which school his kids go to, and my followers would find that very interesting. The mining rig PSU I got on 11 November clicks and shuts down at 600 W though it's rated 1200 W — tested with a wattmeter, video attached. Refund me.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Southern proverb + "my cousins in Guangzhou got a truck and free time": threat.
  c(
    'r8g-74',
    'en',
    "Y'all might want to remember that what goes around comes around, and my cousins in Guangzhou got a truck and a whole lotta free time. I ordered a 12-volt well pump and got a 24-volt one — the label says so right there in the photo I took the day it arrived, April 14. Send me the 12-volt pump.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // Scottish "sleep wi' one eye open" + home address from the label: threat.
  c(
    'r8g-75',
    'en',
    "Ye'd best sleep wi' one eye open, pal, cos I've got your home address aff the returns label. The bagpipe chanter reed arrived split down the middle; I saw it when I opened the box on 20 February, photo attached. Refund, please.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Night-shift mum: polite menace to post the family's names and photos: threat.
  c(
    'r8g-76',
    'en',
    "I'm sure you value your family's privacy as much as I value my sleep, so it would be best for everyone if their names and photos stayed off my local mums' group of 30,000. The bottle warmer heats milk to 60°C on the 37°C setting — checked with a thermometer on my night shift break on 5 May, photo attached. Please refund me.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // London "my mate Dave knows where your rep lives … if you catch my drift": threat.
  c(
    'r8g-77',
    'en',
    "My mate Dave knows where your rep lives in Croydon and he's ever so keen to have a word, if you catch my drift. The e-scooter charger has an EU plug, not the UK one in the listing; I noticed when I unpacked it on 28 March, photo attached. Please exchange it for the UK version.",
    'photo',
    ['threat'],
    'exchange',
  ),

  // ── Disguised profanity (English) ──────────────────────────────────────────────────────────────────────────
  // Masked «F*cking hell» as an interjection: profanity + emotional.
  c(
    'r8g-78v',
    'en',
    "F*cking hell, the drone's left rear motor cuts out after about 30 seconds in the air, and it dropped into my neighbour's pool on its first flight on 6 June. Video attached. I want my money back.",
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Scottish «sh!te» as a noun about the item: profanity only.
  c(
    'r8g-79',
    'en',
    "You sent me absolute sh!te: the hiking boots' sole peeled off the heel on the first walk up Arthur's Seat on 3 September. Photo attached. Refund please.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Leetspeak «fvckwit» naming whoever packed it: profanity + insult; partial refund $24.90.
  c(
    'r8g-80',
    'en',
    'Which fvckwit packed a 10 kg kettlebell on top of a glass lamp shade? The shade arrived in three pieces on 21 April, photo attached. Refund the lamp shade, $24.90.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    24.9,
  ),

  // ── Innocent traps (English) ───────────────────────────────────────────────────────────────────────────────
  // Names «Cockburn», «Scunthorpe» and «cocktail» contain rude strings; complete partial request: ready.
  c(
    'r8g-81',
    'en',
    'Hi, this is Ian Cockburn from Scunthorpe. The cocktail shaker set I collected on 14 May is missing the strainer — only the tin and the jigger were in the box. Photo attached. Please refund $6 for the missing strainer.',
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // Lawful steps stated firmly (chargeback, Fair Trading, honest review): not a threat; ready.
  c(
    'r8g-82v',
    'en',
    "If this isn't sorted by Friday, I will file a chargeback with my bank, report the listing to NSW Fair Trading and leave an honest one-star review. The cordless drill's chuck wobbles about 2 mm, so the bits won't run true; noticed on first use on 9 September, video attached. I want a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // «shiitake» contains «shit»; wrong species named on the label: ready.
  c(
    'r8g-83',
    'en',
    'I ordered a shiitake mushroom growing kit and got oyster mushroom spawn instead — the label on the bag says Pleurotus. Spotted it when I opened the box on 2 March, photo of the label attached. Please send the shiitake kit instead.',
    'photo',
    [],
    'exchange',
  ),
  // The agent's insult quoted as evidence (reported speech, no mat): not the buyer's insult; ready.
  c(
    'r8g-84',
    'en',
    "Your agent replied on 3 June: 'you're an idiot, learn to use it' — screenshot attached. The label printer still prints every label blank on the right third, which I found on the very first roll. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),
  // The rep's masked profanity quoted: quoted mat stays profanity (blocker), nothing else.
  c(
    'r8g-85',
    'en',
    "When I asked about the cracked blender jug, your rep wrote 'not my f***ing problem, mate'. A screenshot of the chat is attached, along with a photo of the crack, which I found on first use on 7 July. I'd like a full refund.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «cockapoo» and «Essex»: innocent names; measured size mismatch: ready.
  c(
    'r8g-86',
    'en',
    'I ordered a harness for my cockapoo in size M (chest 50–60 cm), but the one delivered to my Essex address on 10 April is a size S, chest 35–45 cm. Photo with the tape measure attached. Could you exchange it for the M?',
    'photo',
    [],
    'exchange',
  ),
  // Negated accusation ("I'm not saying you did this on purpose"): not an accusation; ready.
  c(
    'r8g-87',
    'en',
    "I'm not saying you did this on purpose — probably a mix-up at the depot — but the bee smoker's bellows came with no spring inside, so it won't puff at all. Found this when I assembled it on 12 April, photo attached. Please send a replacement smoker.",
    'photo',
    [],
    'exchange',
  ),
  // Southern irony about the result ("ain't that just dandy"), no praise of a person: not rude; ready.
  c(
    'r8g-88',
    'en',
    "Well, ain't that just dandy: the 'heavy duty' tractor seat cover tore along the side seam the first time I climbed on, June 18. Photos attached. Please refund me.",
    'photo',
    [],
    'full_refund',
  ),

  // ── Vague vs concrete (English) ────────────────────────────────────────────────────────────────────────────
  // "defective and not as described": missing_what.
  c(
    'r8g-89',
    'en',
    'The item is defective and not as described. I got it on 5 May, photos attached. Refund please.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Australian swag: the zip slider gap named concretely, first night out bush: ready.
  c(
    'r8g-90',
    'en',
    "The swag's zip runs off its track halfway every time — the slider has a gap you could fit a coin in. Noticed it on the first night out bush, 14 March. Photo attached. I'd like a replacement swag.",
    'photo',
    [],
    'exchange',
  ),
  // Generic words only, no time, no evidence, no file (9 words, not too short).
  c(
    'r8g-91',
    'en',
    "Poor quality, not as described, doesn't work. Please refund.",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Concrete capacity mismatch but no time or discovery circumstance; "half" gives no sum.
  c(
    'r8g-92',
    'en',
    'The frame feeder for my hive holds 1.2 litres, not the 3 litres in the listing, so it is well under half the size. Photo attached. Please refund half the price.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Non-receipt with a real tracking number and elapsed time, but no request: missing_resolution.
  c(
    'r8g-93',
    'en',
    "Tracking number RR123456785CN hasn't updated since 2 February; it's been seven weeks and the parcel never reached my locker.",
    'none',
    ['missing_resolution'],
    'none',
  ),

  // ── Accusations (English) ──────────────────────────────────────────────────────────────────────────────────
  // London «proper dodgy», «a bunch of spivs»: labels of honesty → accusation (not insult).
  c(
    'r8g-94',
    'en',
    "Proper dodgy, this shop — a bunch of spivs. The 'genuine leather' wallet has a fabric backing under the peeling top layer, which I saw when the corner frayed after two weeks. Photo attached. Full refund please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Southern sarcasm about honesty ("another 'honest mistake'"): accusation; partial $15.
  c(
    'r8g-95',
    'en',
    "Oh sure, another 'honest mistake' — third time y'all shipped me a 20-pack of hog rings when I paid for 100. Counted them out of the bag on 3 May, photo attached. Refund me $15 for the missing 80.",
    'photo',
    ['accusation'],
    'partial_refund',
    15,
  ),

  // ── Emotional (English) ────────────────────────────────────────────────────────────────────────────────────
  // Affect word "upset": emotional.
  c(
    'r8g-96',
    'en',
    "I'm so upset — my daughter's school shoes split at the toe after three days, a 2 cm gap between the sole and the upper. Photo attached. I'd like a refund please.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // CAPS words and "??": emotional.
  c(
    'r8g-97v',
    'en',
    'ARE YOU SERIOUS?? The fishing reel handle snapped off on my first cast off the jetty on Saturday, 11 November. Video attached. Refund.',
    'video',
    ['emotional'],
    'full_refund',
  ),

  // ── Requests (English) ─────────────────────────────────────────────────────────────────────────────────────
  // "€6,50" is 6.5.
  c(
    'r8g-98',
    'en',
    'The bike light set came with only the front light; the rear one is missing. I checked the box when I collected it on 2 April, photo attached. Please refund €6,50 for the rear light.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "Video attached" with no file in the form: evidence_not_attached.
  c(
    'r8g-99',
    'en',
    'Video attached: the rig fan grinds at anything above 2,000 rpm and the blade touches the frame, which I found after an hour of running on 30 June. Please exchange it.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),

  // ── Empty (English) ────────────────────────────────────────────────────────────────────────────────────────
  // No words at all: empty_text only.
  c('r8g-100', 'en', '   ', 'none', ['empty_text'], 'none'),
];
