import { labelled as c, type CorpusCase } from './types';

/**
 * Round eight, held-out set R: written by a community manager of a large CIS marketplace forum who also reads
 * English-language buyer groups (UK, US, India, Philippines, Nigeria). Scored once, never tuned on.
 * Labels follow analyzer-notes.md section 1 and the README's labelling decisions (rounds two and four).
 *
 * Decisions used here:
 * - mat as an interjection or intensifier is `profanity` + `emotional`; mat as a noun about the item is `profanity`
 *   only; a mat word calling staff names is `profanity` + `insult`; quoted mat is `profanity` only.
 * - a seller's insult or threat quoted by the buyer (reported speech) is not the buyer's.
 * - a date of receipt of a wrong/mismatched item counts as the time of the problem (it was found on receipt).
 * - `too_short` is labelled where a text has fewer than 8 words.
 */
export const ROUND8_HOLDOUT_R: CorpusCase[] = [
  // ── Insults without a swear word (Russian) ───────────────────────────────────────────────────────────────
  // Condescension about the reader's intelligence ("explaining slowly so even your warehouse understands"): insult.
  c(
    'r8r-01',
    'ru',
    'Объясняю медленно, чтобы даже на вашем складе поняли: я заказывала кабель Type-C длиной 2 метра, а пришёл micro-USB на 1 метр. Получила 3 апреля, на фото упаковка с этикеткой. Верните деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Everyday word used to call the seller names («лопухи»); otherwise complete.
  c(
    'r8r-02',
    'ru',
    'Ну вы и лопухи: отправили чехол на iPhone 13 вместо iPhone 15 Pro, хотя в заказе модель указана прямо. Обнаружила при распаковке 20 мая, фото заказа и чехла прикладываю. Прошу обмен на правильную модель.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Sarcastic praise of a failure aimed at the seller's work («браво, мастера логистики»): insult, no emotion marker.
  c(
    'r8r-03v',
    'ru',
    'Браво, мастера логистики: стеклянный чайник обмотали одним слоем плёнки, и он приехал с отколотым носиком. Вскрывала на почте 11.02, видео вскрытия приложено. Прошу вернуть полную стоимость.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of the manager with a grandmother on a push-button phone; partial refund with a sum.
  c(
    'r8r-04',
    'ru',
    'Третью неделю переписываюсь с вашим менеджером, а он соображает медленнее, чем моя бабушка с кнопочным телефоном. Наушники пришли без зарядного кейса, это видно на фото коробки, получены 2 марта. Прошу частичный возврат 900 рублей за кейс.',
    'photo',
    ['insult'],
    'partial_refund',
    900,
  ),
  // «дятел» aimed at the packer (a person), not a thing: insult.
  c(
    'r8r-05',
    'ru',
    'Передайте вашему дятлу на упаковке, что S и XL — это разные размеры: заказывала куртку XL, прислали S. Получила 7 ноября, бирку сфотографировала и прикладываю. Прошу обменять на XL.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Transliterated Russian (counts as ru); "can you people even read?" is condescension about intelligence.
  c(
    'r8r-06',
    'ru',
    "Vy tam voobshche chitat' umeete? V zakaze chyornyj chehol, a prishyol rozovyj. Poluchila 5 iyunya, foto prilagayu. Vernite den'gi.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Reply to a seller's offer: questioning sanity («вы в своём уме») is an insult; the 50 ₽ offer is declined.
  c(
    'r8r-07v',
    'ru',
    'Вы в своём уме, предлагать мне 50 рублей компенсации за разбитый плафон? Лампа пришла 14 января с плафоном в осколках, фото и видео распаковки приложены. Согласна только на полный возврат денег.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of the person («гениальный продавец») about a failed robot vacuum: insult.
  c(
    'r8r-08v',
    'ru',
    'Спасибо, гениальный продавец, теперь у меня самый дорогой пылесборник в квартире. Робот-пылесос перестал заряжаться на третий день: на док-станции не загорается индикатор, видео прилагаю. Прошу вернуть деньги.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison (a hamster would pack better than your staff): insult.
  c(
    'r8r-09',
    'ru',
    'Хомяк упаковал бы аккуратнее, чем ваши сотрудники: фен лежал в пакете без коробки, насадка-концентратор треснула. Получил 28.08, фото трещины и пакета прикладываю. Прошу заменить фен на новый.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ── Insults without a swear word (English) ───────────────────────────────────────────────────────────────
  // Nigerian register: "you be mugu?" (are you a fool?) aimed at the seller; majority English.
  c(
    'r8r-10',
    'en',
    'Oga seller, you be mugu? I ordered two pairs of sneakers size 44, you sent one pair size 40. Received on 9 July, photos of both labels attached. Abeg send the correct pairs.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // UK: "numpties" aimed at the seller; "cheers for nothing" alone would not be enough.
  c(
    'r8r-11',
    'en',
    "Cheers for nothing, you numpties. The kettle I ordered is 1.7 litres, you've sent a 0.8 litre travel one. Arrived Tuesday 4 March, photos of the box next to the listing attached. Refund please.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // US: condescension ("walk you through this really slowly since reading seems hard for you").
  c(
    'r8r-12',
    'en',
    'Let me walk you through this really slowly, since reading an order page seems hard for you: I ordered the 256GB SSD, and the drive you sent shows 128GB in Windows. I checked it the day it arrived, May 2, screenshots attached. Please send the 256GB drive.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Indian register: mocking comparison ("IQ of a potato"); the coupon offer is declined.
  c(
    'r8r-13v',
    'en',
    'Sir, your customer care is having the IQ of a potato only. The mixer grinder jar is leaking from the bottom seal since first use on 12 June, video attached. Your 2 dollar coupon is not acceptable, please refund the full amount.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Filipino register: sarcastic praise of the packing team ("real geniuses po"): insult.
  c(
    'r8r-14',
    'en',
    'Wow, congrats to your packing team, real geniuses po. The rice cooker arrived with the lid hinge snapped, I saw it when I opened the box last Friday, Aug 15. Photos attached. Please send a replacement unit.',
    'photo',
    ['insult'],
    'exchange',
  ),

  // ── Veiled threats (Russian) ─────────────────────────────────────────────────────────────────────────────
  // A relative "dropping by the warehouse to talk in person": associates visiting.
  c(
    'r8r-15',
    'ru',
    'Мой двоюродный брат часто бывает в Гуанчжоу, он с удовольствием заглянет к вам на склад поговорить лично. Пауэрбанк на 20000 мАч по тестеру отдаёт около 6000, замер от 10 марта на фото. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Knowing the seller's child and school, then an ominous hint: threat.
  c(
    'r8r-16',
    'ru',
    'Кстати, видела в соцсетях фото вашей дочки у школы. Думаю, вы не захотите, чтобы этот спор затянулся. Куртка полиняла после первой стирки при 30 градусах, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Doxxing: publishing the seller's address, phone and passport data.
  c(
    'r8r-17',
    'ru',
    'Ваши адрес, телефон и паспортные данные у меня есть, и если деньги не вернутся, я выложу их во все чаты продавцов. Заказ не пришёл: трек не обновляется со 2 февраля, прошло 55 дней, скрин отслеживания прилагаю. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polite, ominous menace ("I am calm, my acquaintances are not"); partial refund with a sum.
  c(
    'r8r-18',
    'ru',
    'Очень советую решить вопрос мирно. Я человек спокойный, а вот мои знакомые — нет. Вместо 10 фильтров для пылесоса в пакете было 4, обнаружил при распаковке 6 сентября, фото содержимого и этикетки приложил. Прошу компенсацию 1200 рублей за шесть недостающих фильтров.',
    'photo',
    ['threat'],
    'partial_refund',
    1200,
  ),
  // Knowing where the warehouse is + "a pity if something happened to it": threat.
  c(
    'r8r-19v',
    'ru',
    'Склад у вас, насколько я понимаю, в Шэньчжэне, адрес я нашёл. Жалко будет, если с ним что-нибудь случится. Дрель прислали без аккумуляторов, хотя в описании комплект с двумя АКБ; коробку открыл 19.04, видео распаковки прилагаю. Верните полную стоимость.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Reply to a seller's 3 $ offer: an acquaintance with the office address "will drop by to say hello". Declined offer.
  c(
    'r8r-20v',
    'ru',
    'Ваши 3 доллара оставьте себе. Мой знакомый летит в Иу на следующей неделе, адрес вашего офиса у него уже есть, заглянет передать привет. Телефон пришёл с царапиной через весь экран, видео вскрытия от 8 октября приложено. Верните всю сумму.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Threat to expose the seller's real name and home address to followers (doxxing), not an honest review.
  c(
    'r8r-21',
    'ru',
    'Ваше настоящее имя и домашний адрес я нашла по номеру телефона с накладной. Будете и дальше игнорировать — их увидят все мои подписчики. Сумка пришла серая вместо бежевой, получила 1 ноября, фото рядом со скрином заказа приложены. Прошу вернуть деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),

  // ── Veiled threats (English) ─────────────────────────────────────────────────────────────────────────────
  // UK: "mates in Yiwu ... very good at finding people": associates.
  c(
    'r8r-22v',
    'en',
    "I've got mates in Yiwu who owe me a favour, and they're very good at finding people. The bike light stopped charging after the second ride on 3 June, video attached. Full refund please.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // US: knowing the wife's name and the kids' school, "just saying": threat about the family.
  c(
    'r8r-23',
    'en',
    "I know your wife's name and which school your kids go to. Just saying. The grill cover ripped along the seams after one week outdoors, it was delivered on 2 April, photos attached. Refund me.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Nigeria: "my boys know his face and his house ... before they visit him" (the delivery agent): threat.
  c(
    'r8r-24v',
    'en',
    'Your agent in Lagos who delivered this charger, my boys know his face and his house. Settle this before they visit him. The charger is marked 65W but my meter shows 18W max, I tested it the day it came, 21 Sept, video attached. I want my money back.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // India: having the seller's personal WhatsApp, home address and daughter's photos, threatening to post them.
  c(
    'r8r-25v',
    'en',
    "I have screenshots of your personal WhatsApp, your home address in Guangzhou and your daughter's photos. One more copy-paste reply and all of it goes on every buyer group in India. I ordered 3 sarees and received 2, the parcel was opened on video on 30 Oct, attached. Refund ₹1,450 for the missing saree.",
    'video',
    ['threat'],
    'partial_refund',
    1450,
  ),
  // Philippines: polite menace ("my cousins are not patient and know where your warehouse is").
  c(
    'r8r-26',
    'en',
    "Ma'am, I'm a very patient person po, but my cousins are not, and they know where your warehouse in Binondo is. Hope we can settle this nicely. The shoe sole came off after 2 days of use, photos attached. Refund po.",
    'photo',
    ['threat'],
    'full_refund',
  ),

  // ── Disguised profanity (Russian) ────────────────────────────────────────────────────────────────────────
  // Latin "e" inside a Cyrillic mat adjective used as an intensifier about the item: profanity + emotional.
  c(
    'r8r-27',
    'ru',
    'Этот eбучий удлинитель задымился на второй день, розетка оплавилась, фото приложил. Получен 15 июля. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digit 6 for «б» in a mat word calling the packers names: profanity + insult (single «?» is not emotional).
  c(
    'r8r-28',
    'ru',
    'Ваши упаковщики ё6нутые? Положили две левые перчатки вместо пары, увидел сразу при вскрытии 2 декабря, фото приложил. Верните деньги.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Dropped vowel («блть») as an interjection: profanity + emotional.
  c(
    'r8r-29',
    'ru',
    'Блть, опять не тот цвет. Заказывала пряжу тёмно-зелёную, артикул 512, а пришла салатовая, открыла пакет 10 января, фото с этикеткой приложила. Прошу обмен на артикул 512.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Minced form «ёпта» (reads as mat, like «ёпт») as an interjection: profanity + emotional; partial with a sum.
  c(
    'r8r-30v',
    'ru',
    'Ёпта, третий раз пишу: в комплекте нет пульта ДУ, хотя на странице товара он есть. Распаковывал 5 марта на камеру, видео прикладываю. Верните 700 рублей за пульт.',
    'video',
    ['profanity', 'emotional'],
    'partial_refund',
    700,
  ),
  // Masked mat noun about the item («х*ета»): profanity only.
  c(
    'r8r-31',
    'ru',
    'Вместо кожаного ремешка прислали какую-то х*ету из кожзама, которая облезла за неделю. Получила 3 мая, фото облезшего края приложила. Прошу частичный возврат 400 рублей.',
    'photo',
    ['profanity'],
    'partial_refund',
    400,
  ),

  // ── Disguised profanity (English) ────────────────────────────────────────────────────────────────────────
  // UK leetspeak "sh1te" as a noun about the item: profanity only.
  c(
    'r8r-32',
    'en',
    'The phone holder is absolute sh1te, the clamp snapped off on day two in my car. Photos attached. Refund please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Dotted "f.u.c.k.i.n.g" as an intensifier: profanity + emotional; non-receipt with elapsed time.
  c(
    'r8r-33',
    'en',
    "Ordered on 2 Feb, it's now 40 days and the f.u.c.k.i.n.g tracking still says 'label created'. Tracking screenshot attached. Refund me.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked "a$$clowns" calling the returns staff names: profanity + insult.
  c(
    'r8r-34v',
    'en',
    'To the a$$clowns in the returns department: the blender you sent as a replacement is the same faulty model, the blade wobbles and scrapes the jar from the first use on 14 April. Video attached. Full refund this time.',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),

  // ── Innocent traps (Russian) ─────────────────────────────────────────────────────────────────────────────
  // Lawful steps stated firmly (bank chargeback, Роспотребнадзор) with a real-looking tracking number: ready.
  c(
    'r8r-35',
    'ru',
    'Если до 20 марта не будет решения, я обращусь в банк за чарджбэком и напишу жалобу в Роспотребнадзор. Посылка не пришла: 62 дня с оплаты, трек LP00612345678901 не обновлялся с 5 января, скрин приложен. Верните деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Ordinary words with a rude-looking root (учебник, гребень, ребёнка); post-office act and video: ready.
  c(
    'r8r-36v',
    'ru',
    'Заказывала учебник испанского и гребень для ребёнка, а в посылке оказался только гребень. Вскрыла на почте 22 августа, есть видео и акт почты. Прошу вернуть 640 рублей за учебник.',
    'video',
    [],
    'partial_refund',
    640,
  ),
  // The seller's insult quoted as evidence («ответил мне: «сама дура…»»): reported speech, not the buyer's insult.
  c(
    'r8r-37',
    'ru',
    'Продавец в чате ответил мне: «сама дура, читать описание надо». Скрин переписки приложила. Плед должен быть 150×200, а пришёл 110×140, измеряла рулеткой в день получения, 4 февраля. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Quoted mat stays mat: profanity only (the buyer is not emotional, the word is the seller's).
  c(
    'r8r-38',
    'ru',
    'На вопрос, где посылка, продавец написал «иди нах*й со своим треком», скрин переписки прилагаю. Заказ оплачен 12 декабря, прошло 47 дней, отслеживание стоит на «принято перевозчиком». Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Brand and place names with rude-looking roots (Хуавей, посёлок Хужир): ready.
  c(
    'r8r-39v',
    'ru',
    'Часы Хуавей Watch Fit 3 пришли в пункт выдачи в посёлке Хужир 9 июля, экран не реагирует на касания в нижней трети, видео приложено. Прошу заменить часы.',
    'video',
    [],
    'exchange',
  ),
  // Firm but polite complaint about a repeated fault; no affect words: ready.
  c(
    'r8r-40v',
    'ru',
    'Прошу отнестись к претензии серьёзно. Вторая подряд фритюрница из вашего магазина перестаёт греть через 10 минут работы, индикатор гаснет: первую заменили 2 мая, эта сломалась 30 мая. Видео работы прилагаю. Рисковать третий раз не хочу, верните, пожалуйста, деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation («не думаю, что специально»): not an accusation; "the difference" with a sum → 420.
  c(
    'r8r-41',
    'ru',
    'Не думаю, что вы сделали это специально, скорее ошиблись на складе: вместо 6 метров гирлянды пришло 3 метра, измерил рулеткой 18 декабря, фото приложены. Прошу компенсировать разницу — 420 рублей.',
    'photo',
    [],
    'partial_refund',
    420,
  ),
  // Irony about the result («вот это сюрприз») with no praise of the person: not rude (round-four decision).
  c(
    'r8r-42v',
    'ru',
    'Вот это сюрприз к дню рождения дочки: в коробке от куклы лежала игрушечная машинка. Открывали 14 ноября при гостях, есть видео. Прошу прислать куклу из заказа.',
    'video',
    [],
    'exchange',
  ),
  // «корабля» contains a rude-looking sequence; a missing parts sheet, partial refund in dollars.
  c(
    'r8r-43',
    'ru',
    'Сборная модель парусного корабля «Санта-Мария»: при распаковке 3 октября обнаружили, что нет листа деталей №3 с мачтами и реями. Фото содержимого вместе с описью приложены. Прошу частичный возврат 15 $.',
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // Insult words inside a film title printed on a mug (a product name), not aimed at anyone: ready.
  c(
    'r8r-44',
    'ru',
    'Заказывала кружку с принтом «Тупой и ещё тупее», а пришла кружка с котиками. Получила 25 января, фото кружки и скрин заказа приложены. Прошу прислать кружку с правильным принтом.',
    'photo',
    [],
    'exchange',
  ),
  // Lawful steps (an honest review with photos, a consumer-protection lawsuit) are not threats: ready.
  c(
    'r8r-45',
    'ru',
    'Предупреждаю заранее: если спор закроют без возврата, я оставлю подробный отзыв с фотографиями и подам иск в суд по закону о защите прав потребителей. Контейнер пылесоса пришёл с трещиной, заметила при распаковке 17 июня, фото приложены. Верните полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // The seller's threat quoted as evidence («написал: «адрес твой знаем…»»): reported speech, not the buyer's.
  c(
    'r8r-46v',
    'ru',
    'После того как я открыла спор, продавец написал в чат: «адрес твой знаем, жди гостей». Скрин прилагаю, прошу поддержку обратить на это внимание. Сам увлажнитель не включается: кнопка нажимается, но ни подсветки, ни пара, проверила в день получения 6 октября, видео тоже приложено. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),

  // ── Innocent traps (English) ─────────────────────────────────────────────────────────────────────────────
  // UK place names with rude-looking substrings (Penistone, Scunthorpe); non-receipt with a doorbell video.
  c(
    'r8r-47v',
    'en',
    "My parcel to Penistone Road, Scunthorpe was marked delivered on 12 March but never arrived; my neighbour's doorbell camera shows no courier that day, video attached. Please refund the order.",
    'video',
    [],
    'full_refund',
  ),
  // India: the agent's insult quoted as evidence ("replied: 'you are stupid customer'"): reported speech.
  c(
    'r8r-48',
    'en',
    "Your agent replied 'you are stupid customer, read description' when I asked about the load. The listing says the AC outdoor unit stand holds 150 kg, the sticker on it says 80 kg, I checked on delivery on 19 May. Photo of the sticker and the chat screenshot attached. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // US: chargeback and a BBB complaint are lawful steps, not threats; a measured runtime mismatch.
  c(
    'r8r-49v',
    'en',
    "If this isn't resolved by Friday I'm filing a chargeback with my credit card company and a complaint with the BBB. The cordless vacuum battery dies after 4 minutes instead of the advertised 40, I timed it three times on June 9, video attached. Refund the full amount.",
    'video',
    [],
    'full_refund',
  ),
  // Philippines: an intent label taken back ("I don't think anyone meant this"): not an accusation.
  c(
    'r8r-50',
    'en',
    "I don't think anyone meant this, probably just a mix-up in the warehouse po. I ordered size 8 slippers and got size 6, noticed upon opening on Sept 2, photo of the sole marking attached. Kindly exchange for size 8 po.",
    'photo',
    [],
    'exchange',
  ),
  // Names and words with rude-looking substrings (Dickens, cocktail); partial refund "$7.80" → 7.8.
  c(
    'r8r-51',
    'en',
    'I ordered the Charles Dickens 5-book box set and a cocktail shaker. The shaker is fine, but the box set has only 4 books, Great Expectations is missing. Found it when unpacking on 8 Jan, photo attached. Please refund $7.80 for the missing book.',
    'photo',
    [],
    'partial_refund',
    7.8,
  ),
  // Nigeria: firm, polite, "loyal customer"; concrete voltage reading: ready.
  c(
    'r8r-52v',
    'en',
    'Good afternoon sir. I received the voltage stabilizer on Monday 3 Nov, it hums loudly and the output reads 180V instead of 220V on my multimeter. Video attached. Kindly refund my money, I have been a loyal customer of your store.',
    'video',
    [],
    'full_refund',
  ),

  // ── Accusations and emotion (Russian) ────────────────────────────────────────────────────────────────────
  // «лохотрон» labels the seller's scheme as a scam: accusation even with facts (weight, post-office act, video).
  c(
    'r8r-53v',
    'ru',
    'Пустая коробка вместо наушников — это ваш обычный лохотрон. Вес посылки по трекингу 0,05 кг, вскрывала на почте 12 мая, акт почты и видео прилагаю. Верните деньги.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // Scare quotes around «ошибка склада»: sarcasm about honesty → accusation; partial with a sum.
  c(
    'r8r-54',
    'ru',
    'Какая удивительная «ошибка склада»: третий заказ подряд кофе приходит по 800 г вместо 1 кг. Взвешивала на кухонных весах сразу после получения 2 августа, фото весов приложено. Прошу вернуть 300 рублей за недовес.',
    'photo',
    ['accusation'],
    'partial_refund',
    300,
  ),
  // CAPS + «!!!» + «в шоке»: emotional; otherwise complete.
  c(
    'r8r-55v',
    'ru',
    'Я В ШОКЕ!!! У детского автокресла ремень не защёлкивается в замке, язычок выпадает при лёгком рывке. Получили 1 сентября, проверили в тот же вечер, видео прилагаю. Верните деньги, возить ребёнка в таком нельзя.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // «Жульё!!» : a fraud label (accusation) plus «!!» (emotional).
  c(
    'r8r-56',
    'ru',
    'Жульё!! Месяц жду ответа, а вы продлили защиту покупателя и молчите. Заказ оплачен 3 марта, трек не двигается с 10 марта, скрин приложила. Верните деньги.',
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // «???» and «расстроена»: emotional only.
  c(
    'r8r-57',
    'ru',
    'Как так??? Я очень расстроена: платок, который я дарила маме, в первый же день пошёл затяжками по всей длине. Фото приложила. Прошу полный возврат.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «Вы специально…» labels intent: accusation, even with measured facts.
  c(
    'r8r-58',
    'ru',
    'Вы специально распродаёте старую партию: колонка держит заряд 2 часа вместо заявленных 8, замеряла трижды с 5 по 7 апреля, скрины таймера приложены. Прошу частичный возврат 1500 рублей.',
    'photo',
    ['accusation'],
    'partial_refund',
    1500,
  ),

  // ── Accusations and emotion (English) ────────────────────────────────────────────────────────────────────
  // US: "typical bait and switch" labels intent: accusation.
  c(
    'r8r-59',
    'en',
    'Typical bait and switch: the listing shows a mount for 65-inch TVs, you shipped one rated up to 42 inches, it is printed right on the box. Got it on Oct 12, photos attached. Refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // India: "disappointed" + "!!": emotional; non-receipt with elapsed time.
  c(
    'r8r-60',
    'en',
    "Very disappointed!! Ordered on 5 June, today is 20 July, 45 days and no parcel, tracking shows only 'in transit'. Screenshot attached. Please refund my money.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // UK: "funny how every 'genuine leather' wallet from you…" is sarcasm about honesty: accusation.
  c(
    'r8r-61',
    'en',
    "Funny how every 'genuine leather' wallet from you peels like cardboard. The peeling started about three weeks after delivery on 1 Feb, photos attached. Refund please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Nigeria: "thieves" (fraud label → accusation, not insult) + "!!!" (emotional).
  c(
    'r8r-62',
    'en',
    'You people are thieves!!! I paid on 10 August and no package till today, the tracking has been dead since. Screenshot attached. Refund my money now.',
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),

  // ── Content: vague vs concrete, missing dates/evidence (Russian) ─────────────────────────────────────────
  // Generic «не соответствует описанию», «качество так себе»: missing_what only.
  c(
    'r8r-63',
    'ru',
    'Рюкзак не соответствует описанию, качество так себе. Заметила при получении 11 марта, фото приложила. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Concrete symptom in unusual words (iron spits rusty drops), no time or discovery circumstance: missing_when.
  c(
    'r8r-64v',
    'ru',
    'Утюг на режиме пара плюётся бурыми каплями и оставляет рыжие пятна на белой ткани. Видео приложено. Прошу заменить утюг.',
    'video',
    ['missing_when'],
    'exchange',
  ),
  // Near-empty: «брак», «плохое качество», no date, no evidence, 7 words.
  c(
    'r8r-65',
    'ru',
    'Пришёл брак, очень плохое качество, верните деньги.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'too_short'],
    'full_refund',
  ),
  // Measured mismatch (legs 45 vs 42 cm), date given, no evidence named or attached: missing_evidence.
  c(
    'r8r-66',
    'ru',
    'Ножки табурета разной длины: три по 45 см, а одна 42, табурет качается. Замерила в день сборки, 8 июня. Прошу обмен на другой комплект ножек.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // A single two-letter word: empty_text only.
  c('r8r-67', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Non-receipt with elapsed time, but no evidence and no request; 6 words.
  c(
    'r8r-68',
    'ru',
    'Где посылка? Уже два месяца жду.',
    'none',
    ['missing_evidence', 'missing_resolution', 'too_short'],
    'none',
  ),

  // ── Content (English) ────────────────────────────────────────────────────────────────────────────────────
  // Philippines: generic "defective" → missing_what; discovery on unboxing is given.
  c(
    'r8r-69',
    'en',
    'Item is defective po, I noticed right after unboxing on Aug 3. Photos attached. Please refund.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // US: concrete symptom in unusual words ("sounds like it's underwater"), a time, no evidence: missing_evidence.
  c(
    'r8r-70',
    'en',
    "The left earbud sounds like it's underwater: muffled, and about half as loud as the right one. It started on day 3 of use. Please send a new pair.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // UK: "not as described", "poor quality", no time, partial refund without a sum.
  c(
    'r8r-71',
    'en',
    "Not as described, to be honest, and quite poor quality for the price. Photos attached. I'd like a partial refund.",
    'photo',
    ['missing_what', 'missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Nigeria: concrete non-receipt with dates and a screenshot, but only "what should I do?": missing_resolution.
  c(
    'r8r-72',
    'en',
    "Good day. My order of hair extensions, paid on 14 September, has not arrived, and the tracking has shown 'arrived at destination country' for 3 weeks. Screenshot attached. What should I do?",
    'photo',
    ['missing_resolution'],
    'none',
  ),

  // ── Requests and evidence (Russian) ──────────────────────────────────────────────────────────────────────
  // Reply to a seller's offer: the 200 ₽ compensation is declined, an exchange is asked: ready, exchange.
  c(
    'r8r-73',
    'ru',
    'Спасибо за предложение вернуть 200 рублей, но компенсация мне не нужна. Пришлите, пожалуйста, сандалии 38 размера вместо 36-го, которые пришли 2 июля. Фото стельки с размером прилагаю.',
    'photo',
    [],
    'exchange',
  ),
  // Sum in words («триста пятьдесят рублей»): partial refund of 350.
  c(
    'r8r-74',
    'ru',
    'В наборе фонарика должно быть три аккумулятора 18650, а в коробке только один. Обнаружил при распаковке 15 февраля, фото вскрытой коробки прикладываю. Прошу компенсацию триста пятьдесят рублей за два недостающих аккумулятора.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // «на ваше усмотрение»: partial refund without a sum.
  c(
    'r8r-75',
    'ru',
    'Платье пришло с пятном от клея на подоле, заметила, когда достала из пакета 9 апреля. Отстирывать боюсь, фото пятна приложила. Готова оставить платье, если вернёте часть суммы на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «видео прикладываю» with no file in the form: evidence_not_attached.
  c(
    'r8r-76',
    'ru',
    'Блендер при включении пахнет горелым и через минуту отключается. Заметила в первый же день, 23 ноября, видео прикладываю. Прошу замену.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «Разберитесь, пожалуйста» is no request: missing_resolution.
  c(
    'r8r-77v',
    'ru',
    'Кофемолка мелет крупно даже на самом мелком положении, жернов болтается. Получила 14 января, видео приложено. Разберитесь, пожалуйста.',
    'video',
    ['missing_resolution'],
    'none',
  ),

  // ── Requests and evidence (English) ──────────────────────────────────────────────────────────────────────
  // Reply to a coupon offer: coupon declined, "refund the difference" → partial refund without a sum.
  c(
    'r8r-78',
    'en',
    "Thanks for offering a coupon, but I don't want a coupon. The listing said 100% cotton and the label says 65% polyester, I noticed when washing it on 2 May. Photos of the label attached. Please refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "€6,50" with a decimal comma → 6.5.
  c(
    'r8r-79',
    'en',
    'Two of the six glasses in the set arrived cracked, I saw it when unpacking on 17 Dec. Photos attached. Please refund €6,50 for the two glasses.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // India: "refund half the amount" → partial refund without a sum.
  c(
    'r8r-80',
    'en',
    'The kurta is maroon but I ordered mustard yellow, received on 6 Oct, photo with the order screenshot attached. The stitching is fine, so I will keep it if you refund half the amount.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
];
