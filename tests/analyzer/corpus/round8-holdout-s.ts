import { labelled as c, type CorpusCase } from './types';

/**
 * Round eight, held-out set S: 80 buyer messages (50 ru, 30 en), written as an epistolary novel of buyers' letters to
 * sellers: a Novosibirsk ice fisherman, an Ekaterinburg IT teacher, a Krasnodar housewife preserving for winter, a
 * Petersburg pensioner and her cat, an Altai beekeeper, a Manitoba hockey dad, a Durban gardener, an Otago farmer, a
 * Cork man with one glove, and others. HELD-OUT: scored once, never tuned on.
 *
 * Labels follow analyzer-notes.md section 1 and the README's labelling decisions (rounds two and four):
 * - mat as an interjection or intensifier → `profanity` + `emotional`; mat about the item → `profanity` only; a
 *   masked vulgar word used to call the seller names → `profanity` + `insult`.
 * - reported speech: the seller's rude words quoted as evidence are not the buyer's insult; quoted mat stays
 *   `profanity`.
 * - a date of receipt or unpacking counts as the discovery circumstance of a defect found then.
 * - a text with a file attached names that evidence in words too, so `missing_evidence` only appears when there is
 *   neither a file nor a named type of evidence.
 * - `too_short` is a tip and leaves the verdict alone; `empty_text` stands alone.
 */
export const ROUND8_HOLDOUT_S: CorpusCase[] = [
  // ── Insults without a swear word (ru 9, en 5) ────────────────────────────────────────────────────────────────
  // Novosibirsk ice fisherman. «валенки» (a Siberian everyday word for dolts) aimed at the warehouse staff: insult;
  // otherwise complete (what, date, photo, refund).
  c(
    'r8s-01',
    'ru',
    `Заказывал палатку для зимней рыбалки, на упаковке написано «до минус сорока», а при первой же установке на Оби 9 января лопнули две дуги из трёх. Такое мог отправить только склад, где работают одни валенки, мороза в глаза не видевшие. Фото сломанных дуг прикладываю, прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Ekaterinburg IT teacher. Condescension about the reader's intelligence ("explain slowly so it reaches even your
  // support"): insult; H2testw is the discovery circumstance.
  c(
    'r8s-02',
    'ru',
    `Попробую объяснить медленно, чтобы дошло даже до вашего отдела поддержки: я заказал SSD на 1 ТБ, а программа H2testw 3 ноября показала реальный объём 64 ГБ, дальше файлы пишутся в пустоту. Скриншот теста прилагаю. Верните полную стоимость.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Krasnodar housewife. Sarcastic praise of the packer's failure ("браво… настоящий мастер"): insult; partial
  // refund with a sum.
  c(
    'r8s-03',
    'ru',
    `Браво вашему упаковщику, настоящий мастер своего дела: из двенадцати стеклянных банок для закаток доехали целыми четыре, остальные он уложил в пакет без единого слоя пупырки. Вскрывала посылку 21 августа прямо на почте и снимала на видео. Прошу компенсацию за восемь разбитых банок — 640 рублей.`,
    'video',
    ['insult'],
    'partial_refund',
    640,
  ),
  // Petersburg pensioner. Mocking comparison of the staff with her cat: insult; measured mismatch, date, photo.
  c(
    'r8s-04',
    'ru',
    `Мой кот читает описания товаров внимательнее, чем ваши сотрудники: заказан был плед 150×200, а прислан 100×140, что я измерила портновским сантиметром в день получения, 4 февраля. Фотографии с сантиметром прилагаю. Прошу обменять на плед заказанного размера.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Chelyabinsk builder. Questioning the seller's sanity («вы в своём уме вообще»), one «?» only: insult, not
  // emotional.
  c(
    'r8s-05',
    'ru',
    `Вы в своём уме вообще — литиевый аккумулятор для шуруповёрта отправлять в мягком конверте без коробки? Пришёл он 2 декабря уже со вздутым корпусом и в шуруповёрт не вставляется, на фото видно, как его раздуло. Замените аккумулятор на исправный.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Zlatoust metalworker (Urals). «косорукие» aimed at the seller: insult.
  c(
    'r8s-06',
    'ru',
    `Какие ж вы косорукие: тиски пришли с треснутой чугунной губкой, трещину видно и без лупы. Заметил в тот же день, 17 марта, когда распаковал. Фото трещины прикрепил. Деньги верните.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Rostov market trader. «Олухи царя небесного» — an old everyday phrase for fools, addressed to the seller: insult.
  c(
    'r8s-07',
    'ru',
    `Олухи царя небесного, я заказывала купальник размера M в синем цвете, а вы положили XXL в леопардовый принт. Обнаружила 30 июня, как только открыла пакет, фото этикетки и самого купальника прикладываю. Прошу прислать правильный купальник.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Tomsk student writing in translit (counts as ru). Sarcastic praise «genii logistiki»: insult.
  c(
    'r8s-08',
    'ru',
    `Nu vy i genii logistiki: zakazal chekhol dlya iPhone 13, a prishel dlya Samsung A52, ne nalezaet dazhe napolovinu. Uvidel srazu pri raspakovke 8 aprelya, foto prilozhil. Prishlite pravilnyi chekhol.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Irkutsk retired pilot. «для особо одарённых» is condescension aimed at support staff: insult. Non-receipt with
  // a tracking number and elapsed days.
  c(
    'r8s-09',
    'ru',
    `Повторяю в третий раз, для особо одарённых сотрудников поддержки: посылка с налобным фонарём не пришла, трек-номер LP00498765432 последний раз обновлялся 2 сентября в Кургане, с тех пор прошло 47 дней. Скриншот отслеживания прикладываю. Верните деньги за заказ.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Manitoba hockey dad. Sarcastic praise of the packer ("truly a genius"): insult; partial refund $21.
  c(
    'r8s-10',
    'en',
    `Congrats to whoever packed this, truly a genius: you shipped a set of four ceramic mugs in a plain poly mailer and three of them arrived in pieces on November 12. Photos of the shards are attached. I'd like a refund for the three broken mugs, $21.`,
    'photo',
    ['insult'],
    'partial_refund',
    21,
  ),
  // Durban gardener. "I'll type slowly so your team can follow along": condescension, insult. "Shame" is a South
  // African interjection, not an affect word.
  c(
    'r8s-11',
    'en',
    `Shame, I'll type slowly so your team can follow along: the solar garden lights are meant to run 8 hours, mine die after 40 minutes, every night since I put them in on 3 January. Video of a light switching off is attached. Please refund in full.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // Otago farmer. "a proper bunch of eggs" (NZ slang for idiots) aimed at the seller: insult.
  c(
    'r8s-12',
    'en',
    `Right, you lot are a proper bunch of eggs. I ordered a 12V water pump for the stock trough and you sent a 24V one, it says so on the label; noticed it when I went to wire it up on the 5th. Photo of the label attached. Send the 12V pump I paid for.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Cork pensioner. "pack of eejits" (Irish) aimed at the shop's staff: insult; missing part, photo, exchange.
  c(
    'r8s-13',
    'en',
    `The pack of eejits running this shop sent me one glove instead of a pair. Opened the parcel on Saturday the 14th, photo of the single left glove attached. Send on the right-hand one, please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // Non-native buyer (German-speaking). Mocking comparison of the staff with "a blind chicken": insult.
  c(
    'r8s-14',
    'en',
    `I think your quality control is made by a blind chicken. The zip of the backpack broke on the second day, the slider is come off completely. I have make photos, they are attached. Please I want my money back.`,
    'photo',
    ['insult'],
    'full_refund',
  ),

  // ── Veiled threats (ru 7, en 5) ─────────────────────────────────────────────────────────────────────────────
  // Kemerovo miner. A relative "dropping by" the warehouse whose address he has: veiled threat.
  c(
    'r8s-15',
    'ru',
    `Электрочайник пришёл с вмятиной на корпусе и не включается — индикатор не загорается, проверял 11 октября в день получения. Фото вмятины прикладываю, верните деньги. Мой брат по работе часто бывает в Гуанчжоу, адрес вашего склада у него уже есть — заглянет лично посмотреть, кто у вас так упаковывает.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Petersburg translator. Found the seller's home address and children's photos and hints they may become public:
  // doxxing threat, said politely.
  c(
    'r8s-16',
    'ru',
    `Ваза пришла разбитой на три части, обнаружила при вскрытии коробки 6 мая, видео прикладываю. Прошу вернуть деньги. И имейте в виду: ваш домашний адрес и фотографии ваших детей я нашла без всякого труда, и им ничего не стоит оказаться в открытом доступе.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Krasnodar young man. "The lads from my district don't forgive such things, and they know the way to you":
  // veiled threat.
  c(
    'r8s-17',
    'ru',
    `Заказал кроссовки 43 размера, пришли 40-го: стелька 25,5 см вместо 28, измерил 19 июля, когда получил. Фото стельки с линейкой прикрепил. Прошу обменять на 43-й размер. Пацаны с моего района такие вещи не прощают, а дорога до вашего склада им хорошо известна.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // Ekaterinburg engineer. Remarks about the seller's wife and a noted shop address in a P.S.: ominous menace.
  c(
    'r8s-18',
    'ru',
    `Робот-пылесос перестал заряжаться на пятый день: на базе горит красный индикатор, сам пылесос не реагирует, видео приложено. Верните деньги. P.S. Ваша супруга очень мила на фотографиях из WeChat, да и адрес вашей лавки в Иу теперь у меня записан.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // Altai beekeeper. "The earth is round, one day we'll meet — better settle it now": ominous menace, no violent verb.
  c(
    'r8s-19',
    'ru',
    `Медогонка пришла с погнутым валом, крутится с биением, заметил при первой откачке 28 июня. Видео прикладываю, прошу замену вала или всей медогонки. Человек я мирный, но земля круглая, и однажды мы с вами встретимся — так что лучше решим всё сейчас.`,
    'video',
    ['threat'],
    'exchange',
  ),
  // Surgut oil worker. Publishing the seller's real name, phone and address in local groups: doxxing threat (an
  // honest review would be lawful; personal data is not).
  c(
    'r8s-20',
    'ru',
    `Тепловизор показывает температуру с ошибкой в 8 градусов: сравнивал с поверенным пирометром 2 февраля, фото обоих экранов прилагаю. Прошу вернуть 3 000 рублей как компенсацию. Я уже выяснил ваше настоящее имя, телефон и домашний адрес и выложу их в местных пабликах вместе с этой историей, если до пятницы денег не будет.`,
    'photo',
    ['threat'],
    'partial_refund',
    3000,
  ),
  // Sochi barman. "Health to you and your children — you'll need it": ominous wish, threat.
  c(
    'r8s-21',
    'ru',
    `Солнцезащитные очки пришли с трещиной на левой линзе, увидел сразу, как открыл футляр 3 августа, фото трещины прикладываю. Верните деньги. Здоровья вам и вашим детям — оно вам ещё очень понадобится.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Alberta trucker. A cousin who "would be glad to drop by and have a word with your packer": veiled threat.
  c(
    'r8s-22',
    'en',
    `The trail camera arrived with the lens cracked right across, found it when I unboxed it on Feb 2, photos attached. I want a full refund. My cousin runs freight through Shenzhen every other week and would be glad to drop by and have a word with your packer in person.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Johannesburg braai enthusiast. Knows the seller's personal address and "people who owe me favours": threat.
  c(
    'r8s-23',
    'en',
    `The "stainless" braai grid you sold me is plain steel – it rusted after the first wash on Sunday, photos attached. Refund me in full. Your personal address was on the return slip, and I know a few people in Guangzhou who owe me favours.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Wellington mother. Found the school of the seller's kids: threat through the family. (Scare quotes here are
  // about material, not honesty: no accusation.)
  c(
    'r8s-24',
    'en',
    `The merino jumper is 60% acrylic according to its own care label, not 100% merino as listed; I checked the label the day it arrived, 9 May, photo attached. I want a refund. By the way, your kids' school has a very active parents' page — I found it, and I'm sure the other parents would love to read about their dad's shop.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Dublin courier. Posting the seller's name, mobile and home address on Facebook groups: doxxing threat.
  c(
    'r8s-25',
    'en',
    `Parcel with the kettle never arrived, tracking LX402118833IE has said "in transit" since 2 March, that's seven weeks. Screenshot of the tracking attached. Refund me, or your full name, mobile number and home address go up on every Facebook group I'm in by Friday.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polish e-bike commuter (non-native). "My friends are not so patient and know where your office is": threat.
  c(
    'r8s-26',
    'en',
    `The e-bike battery charger gives 36V instead of 42V, I measure with multimeter on the day of delivery, 20 October, the photo of the display is attached. Please send a correct charger. I am calm man, but my friends are not so patient like me and they know very well where is your office.`,
    'photo',
    ['threat'],
    'exchange',
  ),

  // ── Disguised profanity (ru 5, en 3) ────────────────────────────────────────────────────────────────────────
  // Novokuznetsk welder. Latin "y" and "e" inside «хуевая» (adjective about the item): profanity only.
  c(
    'r8s-27',
    'ru',
    `Сварочная маска — хyeвая подделка: светофильтр не затемняется при поджиге дуги, проверял 14 ноября на первом же шве. Видео с поджигом прикладываю. Прошу вернуть деньги.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Perm gamer. «бл9» (digit 9 for «я») as an interjection: profanity + emotional.
  c(
    'r8s-28',
    'ru',
    `бл9, геймпад опять отвалился посреди игры: через 10–15 минут связь по Bluetooth пропадает, и так с первого дня, со 2 марта. Записал видео, где это видно. Хочу замену на рабочий.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Krasnoyarsk driver. Vowels dropped («нхй») used as an intensifier in a question: profanity + emotional.
  c(
    'r8s-29',
    'ru',
    `Зачем нхй было обещать доставку за 15 дней? Посылка с цепями противоскольжения не пришла, трек RB771203456CN стоит без движения с 28 декабря, а сегодня уже 9 февраля. Скрин трека приложил. Верните деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Astrakhan fisherman. Digit «6» and mask «@» in an interjection («Е6@ть»): profanity + emotional.
  c(
    'r8s-30',
    'ru',
    `Е6@ть, что за вонь: забродные вейдерсы пахнут бензином так, что держу их на балконе, а на левом сапоге отслоилась подошва после первой же рыбалки 12 апреля. Фото подошвы приложил. Прошу вернуть деньги.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Petersburg office clerk. Spaced-out mat noun about the item («х у й н я»): profanity only.
  c(
    'r8s-31',
    'ru',
    `Это не зонт, а х у й н я: спицы сложились от первого порыва ветра на Невском 3 октября, две из восьми сломаны пополам. Фото спиц прилагаю. Верните деньги.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Ontario teenager. Leetspeak "5h1t" as a noun about the item: profanity only.
  c(
    'r8s-32',
    'en',
    `this phone case is absolute 5h1t, the corner cracked the first time I dropped it, like 2 days after it came on Monday. photos of the crack attached. refund pls`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Pretoria student. Greek upsilon inside "fυcking" used as an intensifier: profanity + emotional. "Eish" is a
  // South African interjection, not an affect word.
  c(
    'r8s-33',
    'en',
    `Eish, the fυcking blender jug leaks from the bottom seal the moment it spins, ever since the first smoothie on the 8th, video attached. Send me a new jug.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Non-native barber. Masked vulgar name-calling "a$$clowns" aimed at the seller: profanity + insult.
  c(
    'r8s-34',
    'en',
    `The hair clipper you send is not "professional", the blades pull the hair and the motor stop after 5 minutes, from first use on 11 June. Video is attached. Refund please, a$$clowns.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ── Innocent traps (ru 11, en 7) ────────────────────────────────────────────────────────────────────────────
  // Tyumen lawyer's wife. Bank dispute, consumer protection and court stated firmly: lawful steps, not threats.
  c(
    'r8s-35',
    'ru',
    `Электронная книга пришла с битым экраном: в левом верхнем углу чёрное пятно с трещинами, видно при первом включении 2 мая, фото приложено. Требую вернуть деньги. Если до 20 мая вопрос не будет решён, я обращусь в банк с заявлением об оспаривании платежа, в Роспотребнадзор, а при необходимости — в суд.`,
    'photo',
    [],
    'full_refund',
  ),
  // Krasnodar seamstress. «сукна», «застрахуйте» contain rude-looking roots but are ordinary words; partial refund
  // with a sum.
  c(
    'r8s-36',
    'ru',
    `Заказывала отрез шерстяного сукна 3 метра, пришло 2 метра 10 сантиметров: мерила сразу при получении 15 ноября, фото ткани с сантиметровой лентой прилагаю. Прошу вернуть 870 рублей за недостающие 90 сантиметров. И в следующий раз застрахуйте посылку.`,
    'photo',
    [],
    'partial_refund',
    870,
  ),
  // Petersburg student. The seller's insult («сама дура») quoted after «ответил» as evidence: reported speech, not
  // the buyer's insult.
  c(
    'r8s-37',
    'ru',
    `На мой вопрос о размере продавец в чате ответил: «сама дура, надо было мерить». Скриншот переписки прилагаю. Джинсы W28 оказались в поясе 66 см вместо заявленных 72, измерила 25 января при получении, фото с сантиметром тоже прилагаю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Tomsk engineer. Quoted mat from the seller («иди нахуй…») stays profanity even as reported speech.
  c(
    'r8s-38',
    'ru',
    `Когда я написал, что дрель не держит сверло, продавец ответил мне «иди нахуй, всё работает». Патрон прокручивается под нагрузкой с первого сверления 4 октября. Скриншот его сообщения и видео с дрелью прилагаю. Прошу замену дрели.`,
    'video',
    ['profanity'],
    'exchange',
  ),
  // Irkutsk teacher. Firm but polite («вынуждена настаивать»): nothing to flag.
  c(
    'r8s-39',
    'ru',
    `Добрый день. Вынуждена настаивать на возврате средств: увлажнитель воздуха с 3 марта, то есть с первого включения, не выпускает пар — вентилятор шумит, а резервуар остаётся полным. Прилагаю видео работы прибора. Прошу оформить полный возврат.`,
    'video',
    [],
    'full_refund',
  ),
  // Novosibirsk carpenter. A negated accusation («не думаю, что вы обманули… намеренно»): not an accusation.
  c(
    'r8s-40',
    'ru',
    `Не думаю, что вы обманули меня намеренно, скорее ошиблись на складе: вместо набора из 24 бит для отвёртки пришло 12, пересчитал при распаковке 18 июня. Фото содержимого прилагаю. Прошу вернуть 250 рублей за недостающие биты.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Ekaterinburg grandmother. Irony about the result without praise of the person: not rude (round four).
  c(
    'r8s-41',
    'ru',
    `Хороший подарок к Новому году получился: вместо гирлянды длиной 10 метров в коробке оказалась трёхметровая, измерила рулеткой 27 декабря, когда стала вешать. Фото с рулеткой прилагаю. Прошу заменить на гирлянду 10 метров.`,
    'photo',
    [],
    'exchange',
  ),
  // Omsk buyer. Brand name «Хуавей» contains a rude-looking root; «пришли копии» is a fact about the item, not an
  // honesty label.
  c(
    'r8s-42',
    'ru',
    `Заказывал оригинальные наушники Хуавей FreeBuds 5i, а пришли копии: в приложении AI Life они не определяются, серийного номера на кейсе нет. Обнаружил при первом подключении 10 июля, скриншоты приложения и фото кейса прилагаю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Ekaterinburg resident. «Ебург» is the everyday nickname of the city, not mat; non-receipt with elapsed days.
  c(
    'r8s-43',
    'ru',
    `Посылка с настольной лампой застряла в сортировочном центре Ебурга: трек-номер ZA458812374RU не обновляется с 3 апреля, прошло 38 дней. Скриншот отслеживания прилагаю. Прошу вернуть полную стоимость заказа.`,
    'photo',
    [],
    'full_refund',
  ),
  // Novocherkassk Cossack. «бляха» is a belt buckle here, a literal noun: not rude.
  c(
    'r8s-44',
    'ru',
    `Кожаный ремень пришёл с треснувшей бляхой — трещина идёт прямо через герб, заметил, когда вынимал его из пакета 5 марта. Фото бляхи прикладываю. Прошу заменить ремень.`,
    'photo',
    [],
    'exchange',
  ),
  // Petersburg commuter. An honest review with photos announced: lawful, not a threat.
  c(
    'r8s-45',
    'ru',
    `Оставлю честный отзыв с фотографиями, чтобы другие покупатели знали: у этой термокружки течёт крышка, после первой поездки 11 ноября в сумке была лужа чая. Фото мокрой сумки и крышки прикладываю. Прошу вернуть деньги.`,
    'photo',
    [],
    'full_refund',
  ),
  // Galway gardener. "shiitake" contains "shit" inside an ordinary food word: not profanity.
  c(
    'r8s-46',
    'en',
    `The shiitake mushroom grow kit arrived with the substrate block dried out and cracked, and nothing has sprouted in the three weeks since I started it on 2 April. Photos of the block attached. I'd like a full refund.`,
    'photo',
    [],
    'full_refund',
  ),
  // Quebec skier. Chargeback and the Competition Bureau stated firmly: lawful steps, no threat.
  c(
    'r8s-47',
    'en',
    `The heated insoles only warm the left foot; the right one stays cold on every setting, I've tested them on three walks since they came on January 8. Photos of the thermometer readings on both insoles are attached. Please refund me in full. If this isn't resolved by the 30th, I'll file a chargeback with Visa and report the listing to the Competition Bureau.`,
    'photo',
    [],
    'full_refund',
  ),
  // Northern Cape farmer. "Kakamas" is a real town ("kak" is Afrikaans for shit): a place name, not profanity.
  c(
    'r8s-48',
    'en',
    `I live in Kakamas and the parcel with the dash cam never reached our post office; tracking RR882046515ZA has been stuck at "arrived at Upington" since 14 July, 33 days now. Screenshot of the tracking page attached. Please refund the order.`,
    'photo',
    [],
    'full_refund',
  ),
  // Nelson pensioner. The agent's words quoted after "wrote back": reported speech, not the buyer's insult.
  c(
    'r8s-49',
    'en',
    `When I asked why the wool duvet smelt of mildew, your agent wrote back that I was "a silly old woman who can't read a listing". Screenshot of the chat attached, plus photos of the mould spots I found when I unpacked it on 22 June. I'd like to send it back for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // Vietnamese student in Canada (non-native). "I do not think you did this on purpose": negated, no accusation.
  c(
    'r8s-50',
    'en',
    `I do not think you did this on purpose, probably warehouse mistake: I ordered the charger with EU plug, but I received UK plug, I saw it when I opened the box on 3 March. Photo of the plug is attached. Please send charger with EU plug.`,
    'photo',
    [],
    'exchange',
  ),
  // Nova Scotia family. Irony about the result ("one way to make a jigsaw harder"), no praise of a person: not rude.
  c(
    'r8s-51',
    'en',
    `Well, that's one way to make a jigsaw harder: the 1,000-piece puzzle came with 974 pieces, we counted them twice while sorting on Boxing Day. Photo of the sorted trays attached. A partial refund of $6 would be fair.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // Cape Town mechanic. Brand "Dickies" contains a rude-looking word: not rude; measured size mismatch.
  c(
    'r8s-52',
    'en',
    `I ordered Dickies 874 work trousers in 34/32, but the waist measures 38 cm laid flat, which is a 30, not a 34; I measured them the day they arrived, 19 September, photo with the tape measure attached. Please exchange them for the size 34 I ordered.`,
    'photo',
    [],
    'exchange',
  ),

  // ── Accusations and emotion (ru 6, en 4) ────────────────────────────────────────────────────────────────────
  // Barnaul pensioner. «Вы специально… на это и расчёт»: intent label, flagged even next to facts.
  c(
    'r8s-53',
    'ru',
    `Вы специально кладёте в коробку меньше, чем на картинке, — на это и расчёт. Набор заклёпок на 500 штук весит 180 граммов вместо 450, взвесил 23 мая в день получения, фото весов прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Volgograd housewife. Scare quotes around «случайно»: sarcasm about honesty → accusation.
  c(
    'r8s-54',
    'ru',
    `Ну да, «случайно» перепутали цвет уже в третьем заказе подряд: заказывала бежевый чехол для дивана, пришёл ярко-оранжевый. Увидела, когда открыла пакет 4 октября, фото прилагаю. Прошу обмен на бежевый.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // Petersburg young mother. Affect phrase «в полном отчаянии»: emotional.
  c(
    'r8s-55',
    'ru',
    `Я в полном отчаянии: детская автолюлька пришла с треснувшим креплением ремня, трещина сбоку у замка, увидела при сборке 12 января, а выписка из роддома через два дня. Фото трещины прикладываю. Прошу срочно вернуть деньги.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Magnitogorsk biker. Three fully capitalised words: emotional; missing visor is a concrete missing part.
  c(
    'r8s-56',
    'ru',
    `Мотоциклетный шлем пришёл без визора, в коробке только сам шлем и пустой пакетик от винтов. Распаковал 6 мая, видео распаковки прилагаю. ВЕРНИТЕ ДЕНЬГИ НЕМЕДЛЕННО.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // Stavropol gardener. «Ворьё» is a fraud label (accusation, not insult) and «???» is emotional; sum for 2 kg.
  c(
    'r8s-57',
    'ru',
    `Ворьё, а не магазин??? Заплатила за 3 кг семян газонной травы, пришёл 1 кг, взвесила на почте 9 апреля, фото весов приложила. Верните за недостающие 2 кг — 1 400 рублей.`,
    'photo',
    ['accusation', 'emotional'],
    'partial_refund',
    1400,
  ),
  // Tobolsk teenager. Crying emoji: emotional; she offers to send the hoodie back → return.
  c(
    'r8s-58',
    'ru',
    `Заказала худи оверсайз размера L, а пришло детское — длина 52 см, рукава до локтя 😭 Померила сразу, как забрала с почты 16 ноября, фото с линейкой прикладываю. Хочу отправить худи обратно и получить деньги назад.`,
    'photo',
    ['emotional'],
    'return',
  ),
  // Saskatoon accountant. "Textbook bait-and-switch from this store": a label of intent → accusation.
  c(
    'r8s-59',
    'en',
    `Textbook bait-and-switch from this store: the listing shows a 20,000 mAh power bank, the one I got is marked 10,000 mAh on its own casing, and it charged my phone just once when I tested it on March 9. Photos of the casing attached. Refund in full, please.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Limerick hill-walker. "!!": emotional.
  c(
    'r8s-60',
    'en',
    `This is beyond a joke!! Ordered a rain jacket and it leaked through at the shoulder seams on the very first walk on 4 November, I came home soaked. Photos of the wet lining attached. I want my money back.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Bloemfontein handyman. "you leave the screws out on purpose, hey": intent label → accusation; R150 is the sum.
  c(
    'r8s-61',
    'en',
    `Funny how it's always the cheap bit that goes missing — you leave the mounting screws out on purpose, hey. The TV wall bracket arrived with no bolts in the bag; I found out when I started installing it on Saturday the 12th. Photo of the empty bag attached. Please refund R150 for the screws I had to buy.`,
    'photo',
    ['accusation'],
    'partial_refund',
    150,
  ),
  // Hamilton (NZ) dad. "gutted" is an affect word: emotional.
  c(
    'r8s-62',
    'en',
    `Absolutely gutted. The kid's bike helmet came with a split right through the foam shell, found it when I fitted it on her on 21 August. Photo of the split attached. I'd like a replacement helmet.`,
    'photo',
    ['emotional'],
    'exchange',
  ),

  // ── Vague vs concrete content (ru 6, en 4) ──────────────────────────────────────────────────────────────────
  // Kurgan buyer. «не соответствует описанию» only: missing_what.
  c(
    'r8s-63',
    'ru',
    `Товар не соответствует описанию, фото прикладываю. Обнаружил при получении 3 июля. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Novosibirsk radio amateur. A concrete symptom in unusual words (relay clicks, error S-E): complete, ready.
  c(
    'r8s-64',
    'ru',
    `Паяльная станция при нагреве до 350 °C через минуту начинает щёлкать реле и показывает ошибку S-E, жало остывает. Так с первого включения 30 октября, видео приложил. Прошу вернуть деньги.`,
    'video',
    [],
    'full_refund',
  ),
  // Chita buyer. «брак» and no time: missing_what + missing_when; exactly 8 words, so not too_short.
  c(
    'r8s-65',
    'ru',
    `Пришёл брак, на фото всё видно. Прошу заменить.`,
    'photo',
    ['missing_what', 'missing_when'],
    'exchange',
  ),
  // Ufa home barista. Concrete symptom and date, but no file and no evidence named: missing_evidence.
  c(
    'r8s-66',
    'ru',
    `Кофемолка перемалывает зёрна неравномерно: половина остаётся целыми, а нож заметно шатается на валу. Заметила при первом помоле 14 февраля. Прошу вернуть деньги.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // Anapa landlady (south). Non-receipt with a tracking number but no elapsed time («так и не
  // пришла»): missing_when.
  c(
    'r8s-67',
    'ru',
    `Посылка так и не пришла. Трек-номер YT2245120301123 показывает «доставлено», но в отделении её нет, скриншот прилагаю. Верните деньги.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Kazan-born Petersburger, terse. «плохое качество» with no time and no evidence: three gaps; 8 words.
  c(
    'r8s-68',
    'ru',
    `Очень плохое качество, не советую. Прошу вернуть деньги.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Winnipeg buyer. "defective and not as described": missing_what only.
  c(
    'r8s-69',
    'en',
    `Item is defective and not as described. I noticed it when I unpacked it on June 2 and took photos, attached. Please refund.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Non-native (Brazilian) buyer. A concrete symptom ("hissing like a boiling kettle"): complete, ready.
  c(
    'r8s-70',
    'en',
    `The left earbud makes a hissing sound like a boiling kettle when no music is playing, the right one is silent. I notice it from the first day, 5 May. I have a video, it is attached. Please exchange to a new pair.`,
    'video',
    [],
    'exchange',
  ),
  // Christchurch tramper. Measured mismatch and date, no file and no evidence named: missing_evidence.
  c(
    'r8s-71',
    'en',
    `The tent's rainfly is 30 cm shorter than the inner on the door side, so the mesh door is left exposed. Found it when pitching it at Lake Tekapo on our first night, 27 December. I'd like a partial refund of $35.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    35,
  ),
  // Waterford buyer. "Where is my order?" names non-receipt but no time, no evidence, no request; 7 words → too_short.
  c(
    'r8s-72',
    'en',
    `Where is my order? Nothing has arrived.`,
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),

  // ── Requests and evidence (ru 6, en 2) ──────────────────────────────────────────────────────────────────────
  // Perm dacha owner. Declined refund («деньги возвращать не нужно»), asks for the missing panel → exchange.
  c(
    'r8s-73',
    'ru',
    `Деньги возвращать не нужно — пришлите, пожалуйста, недостающую вторую створку москитной сетки: в коробке была одна вместо двух. Обнаружила при распаковке 2 июня, фото содержимого коробки прилагаю.`,
    'photo',
    [],
    'exchange',
  ),
  // Chelyabinsk cook. Sum in words («триста пятьдесят рублей») → partial_refund 350.
  c(
    'r8s-74',
    'ru',
    `Из набора в 6 кухонных ножей пришло 5, нет самого маленького, для чистки овощей. Пересчитала, когда вскрыла коробку 10 августа, фото прикладываю. Прошу вернуть за недостающий нож триста пятьдесят рублей.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Taganrog grandmother. «сумму на ваше усмотрение» → partial refund without a sum.
  c(
    'r8s-75',
    'ru',
    `Скатерть пришла с затяжками в трёх местах и пятном от клея в центре, заметила, когда расстелила её на стол 8 марта. Фото прикладываю. Оставлю скатерть себе, если вернёте часть денег — сумму на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Tomsk courier. «Прикладываю видео» but the form has no file: evidence_not_attached.
  c(
    'r8s-76',
    'ru',
    `Прикладываю видео: у электросамоката на скорости выше 15 км/ч отключается мотор и на дисплее загорается ошибка E10. Началось на третьей поездке, 22 апреля. Прошу замену контроллера.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Petersburg bookworm. No request, only «разберитесь»: missing_resolution.
  c(
    'r8s-77',
    'ru',
    `Книжная полка пришла без четырёх из восьми полкодержателей, обнаружил при сборке 19 сентября. Фото комплекта прилагаю. Разберитесь, пожалуйста, как так вышло.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Siberian buyer who pressed send too early. No words at all: empty_text only.
  c('r8s-78', 'ru', `??`, 'none', ['empty_text'], 'none'),
  // Dutch buyer living in Dublin (non-native). "€6,50" with a decimal comma → 6.5.
  c(
    'r8s-79',
    'en',
    `The set of 4 silicone baking moulds came with only 3, the star-shaped one is missing. I opened the parcel on 17 May, photo of the content is attached. Please refund €6,50 for the missing mould.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Limpopo camper. "Photos attached" with no file, and "refund half" without a sum.
  c(
    'r8s-80',
    'en',
    `The padded camping chair's left armrest snapped off the first time my dad sat in it, on the 2nd at Kruger. Photos attached. Keep the chair, just refund half.`,
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
];
