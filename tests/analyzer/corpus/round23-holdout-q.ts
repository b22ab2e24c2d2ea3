import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-three, hold-out set Q: buyers whose parcel went wrong on the way (customs, wrong pickup point, returned
 * to sender, "delivered" to a neighbour, a locker or someone else's door), quoting carrier statuses and couriers' words,
 * with patience running from calm to furious. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Asking to send a lost or returned parcel again ("send it again", «отправьте повторно») is labelled `exchange`.
 * - A late arrival against a delivery date or speed promised in the order, and customs duty paid against a listing that
 *   promised "all fees included", name a concrete problem (a checkable mismatch with the listing).
 * - Quotation marks around a carrier status («вручено», 'Delivered') quote the carrier and are not scare quotes; they
 *   make no accusation. Quoted seller or courier words with no mat make the text neither rude nor emotional.
 * - The courier's proof-of-delivery photo seen in the carrier's app, named in the text, counts as evidence named; it is
 *   a claim of an attached file only when the buyer says they attach it.
 * - Tracking statuses pasted in Chinese pinyin or English inside a Russian text leave the text Russian.
 * - «сраная» (vulgar) is `profanity`; a swear adjective before the service or the post («Е**ная почта», "S H I T
 *   service!") is an intensifier, so `emotional` too.
 * - «терпение кончается / на исходе» is a thinning patience: `emotional` (round nineteen).
 * - A whole-order refund is written as «полную стоимость» / "in full" rather than a bare sum, so no sum is read as partial.
 * - Ordinary words hiding a rude-looking piece (оскорблять, застрахуйте, рубля, ребёнок, учебник, shuttlecocks,
 *   "assistant") and real place names (Shitterton, Cockermouth, Bitche, Sussex) are innocent.
 */
export const ROUND23_HOLDOUT_Q: CorpusCase[] = [
  // ---------- plain good texts and innocent traps ----------

  // Stuck in customs, dates, tracking number, full refund: ready.
  c(
    'r23q-01',
    'ru',
    'Заказ — набор чугунных сковород, 3 шт. Посылка LP00634218870215 с 12 февраля стоит на таможне со статусом «Передано на таможню», дальше движения нет. 6 марта я позвонила на таможенный пост, мне ответили, что отправление передано обратно в сортировочный центр для досылки, но в отслеживании оно так и не появилось. Прошло больше трёх недель сверх срока доставки. Прошу вернуть полную стоимость заказа.',
    'none',
    [],
    'full_refund',
  ),
  // Wrong pickup point; «рубля» hides a rude-looking piece; screenshot attached: ready.
  c(
    'r23q-02',
    'ru',
    'Здравствуйте. Детские резиновые сапоги (размер 27) доставили не в тот пункт выдачи. В заказе указан ПВЗ на ул. Корабельной, 14, а по трекингу YT2406193382101547 посылка 18 июня поступила в пункт на ул. Судостроительной, на другом берегу, и хранится там только до 25 июня. Скриншот адреса из заказа и статуса прикладываю. За доставку в пункт я доплатила 92 рубля, но ехать через весь город с двумя детьми не могу, поэтому прошу вернуть полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // Locker in Cockermouth (place name), screenshots attached: ready.
  c(
    'r23q-03',
    'en',
    "Hello. The order is a hanging bird feeder. Tracking LP00598833410277 shows 'Delivered to parcel locker' on 9 October at 14:12, but the locker is in Cockermouth and my address is in Keswick, which is what I chose at checkout. Screenshots of the checkout address and the tracking page are attached. I have not been able to collect the parcel, and no locker code was ever sent to me. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // A chargeback is a lawful step, not a threat: ready.
  c(
    'r23q-04',
    'en',
    "Order for a 12-piece drill bit set, paid on 11 April. Tracking RB208771354SG shows 'Returned to sender – addressee unknown' on 2 June, although the address on the order is correct and matches my card's billing address (screenshot attached). I did not refuse the parcel and nobody tried to deliver it. I am asking for a full refund through this dispute. If the dispute is closed without one, I will file a chargeback with my bank and include this conversation.",
    'photo',
    [],
    'full_refund',
  ),
  // The courier's words («Я что, дурак…») quoted as evidence, no buyer insult: ready.
  c(
    'r23q-05',
    'ru',
    'Заказ: увлажнитель воздуха. 14 ноября в отслеживании появился статус «Вручено», но я посылку не получала. Я позвонила курьеру, он ответил дословно: «Я что, дурак, на пятый этаж без лифта таскать? Оставил у соседки из 52-й». В 52-й квартире живёт пожилая женщина, она говорит, что ничего не брала и никто к ней не звонил. Прикладываю скриншот звонка и статуса. Прошу вернуть полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // Returned to sender without a notice; resend asked (exchange): ready.
  c(
    'r23q-06',
    'ru',
    'Ремешки для часов, 4 штуки. По трек-номеру LP00611098245530: 03.04 «Прибыло в место вручения», 05.05 «Возврат отправителю — истёк срок хранения». Извещение мне не приносили, СМС не было; в отделении 630099 подтвердили, что извещение не формировалось, и обещали выдать справку по запросу. Прошу отправить заказ повторно за ваш счёт.',
    'none',
    [],
    'exchange',
  ),
  // Left with a neighbour, one of two items missing, sum named: ready, partial 8.40.
  c(
    'r23q-07',
    'en',
    "Two silicone baking mats were ordered (order total $16.80). Tracking said 'Delivered' on 21 August at 09:37, but the parcel had been left with a neighbour three doors down, who only brought it to me on 11 September. The bag had been opened and only one mat was inside. Photos of the opened bag and the label are attached. Please refund $8.40 for the missing mat.",
    'photo',
    [],
    'partial_refund',
    8.4,
  ),
  // «ребёнку», «учебников» hide rude-looking pieces; wrong city: ready.
  c(
    'r23q-08',
    'ru',
    'Заказывала ребёнку к школе пенал и набор обложек для учебников. Посылка AE028845193RU прибыла в Россию 9 августа, а 20 августа отслеживание показывает «Направлено в ПВЗ» с адресом в Ставрополе, хотя я живу в Самаре и в заказе указана Самара. В поддержке Cainiao мне ответили, что «адрес получателя изменён по данным отправителя». Я адрес не меняла, скриншот заказа прикладываю. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // Shitterton is a real hamlet; resend asked: ready, exchange.
  c(
    'r23q-09',
    'en',
    "My address is 3 Shitterton, Bere Regis, Dorset. Yes, that is the real name of the hamlet, and it is spelled correctly on the order. The tracking for my cocktail shaker set (LP00617740093361) shows 'Address not found – returned to sender' on 13 January, and the courier's note says 'no such place'. Royal Mail delivers here every day. Please send the set again, through Royal Mail if possible.",
    'none',
    [],
    'exchange',
  ),
  // Locker that does not exist; police and consumer protection named as lawful steps: ready.
  c(
    'r23q-10',
    'ru',
    'Заказ: рулонная штора 80×160. 27 сентября по отслеживанию посылка «доставлена в постамат» по адресу ул. Гагарина, 5, но постамата по этому адресу нет: я ходила туда 28 и 29 сентября, там аптека, и сотрудники говорят, что постамат убрали ещё летом. Код получения мне не приходил. Фото места и скриншот статуса прикладываю. Я уже написала заявление в службу доставки, а если посылка не найдётся, обращусь в полицию и в Роспотребнадзор. Прошу вернуть полную стоимость заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // Chinese pinyin statuses, six weeks without movement: ready.
  c(
    'r23q-11',
    'en',
    "Ordered a ceramic teapot set on 2 May. The tracking (LP00702265931844) is stuck on the Chinese statuses: '5 May 18:20 yi lanshou (picked up)', '7 May 03:11 yi daoda zhuanyun zhongxin (arrived at transit centre)', and nothing since. It is now 19 June, six weeks without an update, and the delivery deadline in the order was 14 June. Please refund the order in full.",
    'none',
    [],
    'full_refund',
  ),
  // «оскорблять» and «застрахуйте» hide mat-like pieces; post office certificate: ready.
  c(
    'r23q-12',
    'ru',
    'Не хочу никого оскорблять, понимаю, что посылки иногда теряются. Но мой заказ — набор кистей для акварели — с 3 июля по трек-номеру RS449102238NL значится «Выпущено таможней», и больше ничего: ни сортировки, ни прибытия. На почте 22 июля мне выдали справку, что отправление в их систему не поступало, её фото прикладываю. Прошу вернуть полную стоимость, а дорогие заказы на будущее, пожалуйста, застрахуйте.',
    'photo',
    [],
    'full_refund',
  ),
  // Courier's photo of another door; an honest review is lawful: ready.
  c(
    'r23q-13',
    'en',
    "The parcel (a foldable laundry basket) was marked 'Delivered – handed to resident' on 4 March at 16:05, but I live alone and was at work all day. The courier's proof-of-delivery photo shows a green door with the number 17; my door is white and the number is 71. Screenshot attached. Please give a full refund. Once this is settled I will describe what happened in an honest review.",
    'photo',
    [],
    'full_refund',
  ),
  // Customs duty paid although the listing promised fees included; receipt photo; sum: ready, partial 1180.
  c(
    'r23q-14',
    'ru',
    'Ручная кофемолка пришла, но только после того, как 11 января я оплатила на почте таможенный сбор и пошлину — 1 180 рублей, фото квитанции прикладываю. В описании товара было написано «доставка без пошлин, все сборы включены». Прошу компенсировать эту сумму: 1 180 ₽.',
    'photo',
    [],
    'partial_refund',
    1180,
  ),
  // Accusation taken back in the same sentence; "Sussex"; resend: ready, exchange.
  c(
    'r23q-15',
    'en',
    "I'm not saying anyone did this on purpose, but the label is clearly wrong: the tracking for my order (a 15 m garden hose with reel) shows it was sent to Brighton, Colorado instead of Brighton, East Sussex, and on 30 January it was marked 'Undeliverable – returning to sender'. My address in the order is correct; screenshots of the order page and the tracking history are attached. Please send the hose again to the right address.",
    'photo',
    [],
    'exchange',
  ),
  // The seller's condescending reply quoted as evidence: ready.
  c(
    'r23q-16',
    'ru',
    'Посылка с ковриком для йоги со 2 мая висит на таможне, сегодня 14 июня. Продавец в переписке ответил мне: «Ждите, вы тут не одна такая умная, таможня не наша проблема». Скриншот переписки и отслеживания прикладываю. Срок защиты покупателя заканчивается 20 июня, поэтому открываю спор и прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Paid home delivery, left at a kiosk; decimal comma sum: ready, partial 6.5.
  c(
    'r23q-17',
    'en',
    "The courier did not bring my order (a set of 6 linen napkins) to my home address, although I paid for home delivery: on 12 May at 11:48 the tracking switched to 'Delivered to PUDO point – Tabak Kiosk, Hauptstr. 40', 6 km away. I collected it on 14 May by bus. Home delivery cost €6,50 extra at checkout (screenshot attached). Please refund those €6,50.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Transliterated Russian, plain and complete: ready.
  c(
    'r23q-18',
    'ru',
    'Zdravstvuyte. Zakaz — detskiy velosipednyi shlem, oplatila 3 marta. Po treku LP00581120347796 s 20 marta status "Pribylo v sortirovochnyi centr Moskva", i bolshe nichego, uzhe 5 nedel. Proshu vernut dengi polnostyu.',
    'none',
    [],
    'full_refund',
  ),
  // Shuttlecocks and "assistant" as innocent words; customs: ready.
  c(
    'r23q-19',
    'en',
    "Order: 12 feather shuttlecocks for our badminton club. Tracking LP00640018837725 shows 'Arrived at destination country' on 3 February, then 'Held by customs – awaiting documents' on 5 February, and nothing since. I called customs on 26 February and the assistant told me no documents had ever been requested from me or from the sender. Please refund the order; our tournament was on 1 March, so re-sending is no use to us.",
    'none',
    [],
    'full_refund',
  ),
  // Redirected for two months, then the wrong size inside; offers to send it back: ready, return.
  c(
    'r23q-20',
    'ru',
    'Посылка два месяца ходила между Казанью и Калугой (в отслеживании 14.10 «Неверный адрес, возврат», 29.10 «Досылка»), и 3 декабря я её наконец получила — а внутри не тот ночник: заказывала «Луну» диаметром 15 см, пришла 10 см, измерила линейкой. Фото с линейкой прикладываю. Готова отправить ночник обратно за ваш счёт, верните деньги.',
    'photo',
    [],
    'return',
  ),
  // Police report and a courier named Dick: innocent, ready.
  c(
    'r23q-21',
    'en',
    "My parcel (a 2-litre stainless steel thermos) was marked 'Delivered – left in safe place (porch)' on 17 November at 13:02. I have no porch: I live in a flat above a shop. The DPD app names the driver as Dick and shows a photo of a porch with a blue bench that is not my building. I asked DPD on 18 November and they replied: 'The driver confirms delivery, please contact the sender.' I have also reported it to the police as a missing delivery (reference 4118/2211). Screenshots of the app and of DPD's email are attached. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // Paid express, got 48 days; the fee asked back in digits and words: ready, partial 250.
  c(
    'r23q-22',
    'ru',
    'Оплатила экспресс-доставку за 250 рублей, срок был 7–10 дней. Заказ (термокружка) оформлен 2 октября, получила я его только 19 ноября — через 48 дней; по отслеживанию посылка 30 дней лежала в Урумчи со статусом «Ожидает отправки». Скриншоты прикладываю. Прошу вернуть стоимость экспресс-доставки — двести пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // Returned by mistake, post office letter photographed: ready.
  c(
    'r23q-23',
    'en',
    "The parcel with my order (a wall-mounted spice rack) was sent back to China on 8 July. The post office gave me a letter (photo attached) saying it was marked 'returned – addressee refused' by mistake: I never refused anything and nobody contacted me. Tracking: UB774120338CN. Please refund in full.",
    'photo',
    [],
    'full_refund',
  ),
  // «вы не специально» takes the label back; address typo on the label; resend: ready, exchange.
  c(
    'r23q-24',
    'ru',
    'Понимаю, что вы не специально, но в накладной ошибка: вместо «Новосибирск, ул. Ельцовская» указано «Новосибирск, ул. Ельцинская», и 21.05 посылка с набором ножей для овощей ушла в «Возврат: адрес не найден» (трек LP00677710204481). Скриншот накладной прилагаю. Прошу отправить заказ заново с правильным адресом.',
    'photo',
    [],
    'exchange',
  ),
  // Bitche is a real French town: ready.
  c(
    'r23q-25',
    'en',
    "I live in Bitche (Moselle, France; that is the real name of the town, postcode 57230). The parcel with my order, a pair of wool slippers in size 39, was addressed to 'Biche': tracking LP00655312096031 shows 'Delivery failed – incorrect address' on 6 December, and it has sat at a depot in Metz since. Colissimo told me by phone on 9 December that only the sender can correct the address. I'd rather not wait any longer: please refund the full amount.",
    'none',
    [],
    'full_refund',
  ),
  // Courier's photo of a stranger's door, doorbell video attached: ready.
  c(
    'r23q-26',
    'ru',
    '17 апреля в 15:40 курьер СДЭК отметил заказ (массажёр для шеи) как «Вручён», в приложении есть его фотоотчёт: коричневая дверь с номером 114. У меня квартира 41, дверь серая. Видео с моей дверной камеры за 17 апреля прикладываю: курьер к моей двери не подходил. Прошу вернуть полную стоимость.',
    'video',
    [],
    'full_refund',
  ),

  // ---------- blockers ----------

  // «сраная» vulgar, «блять» as a cry, "!!!": profanity and emotional.
  c(
    'r23q-27',
    'ru',
    'Два месяца!!! Два месяца эта сраная посылка лежит на таможне, блять. Трек LP00601188243390, статус с 4 января «Таможенное оформление», сегодня 6 марта. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «пиздeц» with a Latin e, cried out with "!": profanity and emotional.
  c(
    'r23q-28',
    'ru',
    'Захожу 9 сентября в приложение — пиздeц! Мой обогреватель, заказанный в ПВЗ на Ленинском проспекте в Химках, «вручён в пункт выдачи» в Подольске, это 60 км. Трек YT2409051167203318. Ехать туда я не собираюсь. Верните деньги за заказ.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked profanity, "??", no evidence, only "sort it out".
  c(
    'r23q-29',
    'en',
    "Third week of waiting for my bathroom scale. 'Delivered to neighbour' on 2 Feb — which neighbour?? Nobody in my building has it. Absolute sh!t service, f*cking sort it out.",
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «пи3дец полный» judges the post (filler after mat): profanity only; resend.
  c(
    'r23q-30',
    'ru',
    'Посылку с шезлонгом вернули отправителю, потому что «истёк срок хранения», а извещения не было ни одного. Это не почта, а пи3дец полный. Трек RR338412906CN, возврат оформлен 14.07. Прошу отправить шезлонг повторно.',
    'none',
    ['profanity'],
    'exchange',
  ),
  // Syllables spelt out for "those who can't read": insult.
  c(
    'r23q-31',
    'ru',
    'Пишу вам в четвёртый раз. Повторяю для тех, кто не умеет читать адрес: пункт выдачи — улица Ле-ни-на, дом 8, а не Ле-нин-град-ска-я. Посылку с кашпо для цветов 3 октября снова отправили на Ленинградскую, трек LP00688134501229. Верните деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // Regional name-calling ("wazzocks") aimed at staff: insult.
  c(
    'r23q-32',
    'en',
    "Your warehouse wazzocks put my order (a 40-litre storage box) on its way to Dublin, Ohio instead of Dublin, Ireland. Tracking LP00694402187764 has said 'In transit – United States' since 19 April. That's four weeks now. Refund me.",
    'none',
    ['insult'],
    'full_refund',
  ),
  // Sarcastic praise of the seller's logistics: insult.
  c(
    'r23q-33',
    'ru',
    'Браво, гении логистики: посылка с набором ёлочных игрушек «доставлена в постамат» 23 декабря, а постамата с таким номером в нашем посёлке не существует. Скриншот из приложения прикладываю. Прошу вернуть деньги.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Publishing the director's name and page in buyer groups: threat.
  c(
    'r23q-34',
    'ru',
    'Посылка с аккумулятором для шуруповёрта возвращена отправителю 2 августа, трек LP00611177329048. Деньги вы мне не вернули, в чате молчите третью неделю. Я нашла ваш склад в Иу: адрес, фамилию директора, его страницу в WeChat. Если до пятницы денег не будет, всё это будет висеть во всех группах покупателей с подписью, кто вы такие. Верните полную стоимость заказа.',
    'none',
    ['threat'],
    'full_refund',
  ),
  // "it would be a real shame if he had to drop by": veiled threat.
  c(
    'r23q-35',
    'en',
    "Tracking RB551209874SG: 'Returned to sender' on 12 March. I paid for a kid's scooter on 20 January and you have ignored my messages for two weeks. My cousin works in Guangzhou, and it would be a real shame if he had to drop by your shop in person to ask about my scooter. Refund me in full.",
    'none',
    ['threat'],
    'full_refund',
  ),
  // «Пздц.» as a cry, «кидалы»: profanity, emotional, accusation.
  c(
    'r23q-36',
    'ru',
    'Пздц. 47 дней посылка с электрическим грилем на таможне в Пулково, отслеживание ничего нового не показывает с 12 мая. Продавец пишет «ждите», кидалы. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // Spaced "S H I T" before the service, with "!": profanity and emotional.
  c(
    'r23q-37',
    'en',
    "S H I T service from start to finish! Tracking says my cordless hair trimmer was 'delivered to parcel locker 112, Riverside Mall' on 6 June, but the locker was empty when I opened it with the code, and mall security say nobody has stocked that locker since May. Refund.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Transliterated «blyat» as a cry: profanity and emotional.
  c(
    'r23q-38',
    'ru',
    "Blyat, opyat' dvadtsat' pyat'. Posylka s kovrom 'vruchena' 14.02 v 11:20, a ya ee ne poluchala, na pochte govoryat, chto ee zabrala kakaya-to Ivanova po pasportu. Ya ne Ivanova. Trek LP00620015583317. Vernite dengi.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «[eqyz» (mat typed in the English layout) judges the service: profanity; delivery fee asked back.
  c(
    'r23q-39',
    'ru',
    'Обещали доставку до двери, а по факту посылку с ортопедической подушкой 11 ноября бросили в ПВЗ за 4 км, даже без СМС. Ваша доставка до двери — [eqyz. Прошу вернуть 300 рублей, уплаченных за доставку, скрин условий прикладываю.',
    'photo',
    ['profanity'],
    'partial_refund',
    300,
  ),
  // "words simple enough for your support team", "draw you a map": insult.
  c(
    'r23q-40',
    'en',
    "Let me put this in words simple enough for your support team: parcel. not. here. The tracking (LP00633018850462) says 'Delivered' on 3 August, and the courier's photo in it shows a door with a wreath that is not mine. Do I need to draw you a map of my street? Refund the order in full.",
    'none',
    ['insult'],
    'full_refund',
  ),
  // Coming to the warehouse "по-хорошему", address known; patience running out: threat and emotional.
  c(
    'r23q-41',
    'ru',
    'Третий месяц жду набор инструментов. Трек AE119384402RU, с 1 октября «Покинуло место международного обмена» и тишина. В поддержке одни отписки. Я человек спокойный, но терпение кончается. Верните деньги по-хорошему, пока я сам не приехал разбираться к вам на склад в Подольске — адрес у меня есть.',
    'none',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // Posting the seller's name, address and phone "and let people decide": threat.
  c(
    'r23q-42',
    'en',
    "I found your business licence: Li Wei, Room 502, Building 3, Jiahe Road, Yiwu. My tracking (YT2407120098811273) has said 'Returned to sender' since 15 July and you haven't answered a single message. Refund me by Monday, or I post your name, address and phone number in every buyer group I'm in and let people decide what to do with it.",
    'none',
    ['threat'],
    'full_refund',
  ),
  // «Недотёпы с вашего склада» and "!!": insult and emotional.
  c(
    'r23q-43',
    'ru',
    'Недотёпы с вашего склада опять отправили мою посылку не туда!! Заказывала пылесос в ПВЗ на Мира, 12, а 8 июня он приехал в постамат на другом конце города. Трек LP00642200917563. Верните деньги, ехать за ним я не буду.',
    'none',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // The courier's masked profanity quoted: profanity only.
  c(
    'r23q-44',
    'en',
    "On 24 September at 18:03 the tracking for my order (a child's car seat cover) changed to 'Delivered', but nothing came to my door. I messaged the courier on the number from the app and he replied, word for word: 'not my f***ing problem lady its at the shop next door'. The shop next door is a hairdresser and they have no parcel. Screenshots of his message and of the tracking are attached. Please refund in full.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «Е**ная почта» as an intensifier, «Ворьё», no evidence named.
  c(
    'r23q-45',
    'ru',
    'Е**ная почта. Сорок дней жду детскую коляску, а 2 июня статус «Возврат отправителю», и мне никто ничего не сказал. Ворьё. Деньги верните.',
    'none',
    ['profanity', 'emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Sarcastic thanks to "professionals", compensation without a sum.
  c(
    'r23q-46',
    'ru',
    'Спасибо вам огромное, профессионалы своего дела: посылка с пледом три недели каталась по неправильному адресу и пришла 19 января вся в грязи и мокрая, плед пахнет плесенью. Фото прикладываю. Прошу частичную компенсацию.',
    'photo',
    ['insult', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Comparing the logistics staff to trained chimps: insult.
  c(
    'r23q-47',
    'en',
    "Order of 3 bamboo cutting boards. Tracking: 14 Oct 'Arrived at sorting centre Moscow', 15 Oct 'Sent to Vladivostok', 2 Nov 'Arrived Vladivostok', 3 Nov 'Redirected to Moscow'. I live in Tver. A team of trained chimps could route a parcel better than your logistics people. Refund the boards.",
    'none',
    ['insult'],
    'full_refund',
  ),
  // «сука» at the seller, «врёшь», «Я тебя найду»: profanity, insult, threat, accusation.
  c(
    'r23q-48',
    'ru',
    'Ты, сука, мне уже месяц врёшь, что посылка «в пути». Трек LP00598810032267 с 3 марта стоит на месте. Я тебя найду, понял? Верни деньги.',
    'none',
    ['profanity', 'insult', 'threat', 'accusation'],
    'full_refund',
  ),
  // "lying a$$holes": profanity, insult and accusation.
  c(
    'r23q-49',
    'en',
    'You lying a$$holes marked my parcel as delivered on 30 May. It never came. Tracking LP00677102298843. Refund now.',
    'none',
    ['profanity', 'insult', 'accusation'],
    'full_refund',
  ),
  // Greek «π» in mat, «в бешенстве», "?!": profanity and emotional.
  c(
    'r23q-50',
    'ru',
    'Я в бешенстве. Посылку с детскими кроссовками таможня 20 апреля вернула в Китай с пометкой «запрещённое вложение». Какое запрещённое вложение в детских кроссовках?! Продавец молчит, трек RU448812093CN, это πиздец. Верните деньги.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «Идите нах» sends the seller away: profanity only.
  c(
    'r23q-51',
    'ru',
    'Посылка с настенными часами 15 июля «вручена соседу», а у меня частный дом, ближайшие соседи в 300 метрах, и они про посылку не слышали. Трек LP00656619045552. Продавец предлагает 80 рублей «за неудобства». Идите нах с такой компенсацией. Требую полный возврат.',
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Mocking "Which genius…" question, "ridiculous": insult and emotional.
  c(
    'r23q-52',
    'en',
    "Which genius in your dispatch team wrote 'Kyiv' on a parcel going to Kirov? My order (a set of snow chains for tyres) has been bouncing between countries since 10 December: tracking RB601229847SG. This is ridiculous. Please refund me.",
    'none',
    ['insult', 'emotional'],
    'full_refund',
  ),
  // Ominous wish "something will happen to you on the way": veiled threat; no evidence.
  c(
    'r23q-53',
    'ru',
    'Полтора месяца жду посылку со шторами. Магазин отвечает одно и то же: «посылка в пути, ждите». Ну ждите и вы: рано или поздно и с вами что-нибудь случится по дороге. Верните деньги.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // "Bullsh!t!" cried out: profanity and emotional; resend.
  c(
    'r23q-54',
    'en',
    "'Customer refused delivery' on 9 January? Bullsh!t! I was home all day with my newborn and nobody rang. Tracking LP00670014451308: the parcel (a baby bath thermometer set) is now on its way back to Shenzhen. Please send it again, I still need it.",
    'none',
    ['profanity', 'emotional'],
    'exchange',
  ),

  // ---------- warnings ----------

  // Three words in capitals: emotional.
  c(
    'r23q-55',
    'ru',
    'ВЫ ВООБЩЕ СЕРЬЁЗНО? Шестой раз пишу в поддержку. Посылка с блендером с 28 февраля «прибыла в пункт выдачи», только не в мой, а в Екатеринбурге, а я живу в Перми. Трек LP00629910477126. Верните деньги за заказ.',
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "on purpose so you could keep the money": accusation.
  c(
    'r23q-56',
    'en',
    "You sent my parcel to the wrong pickup point on purpose, so it would be returned and you could keep the money. Tracking YT2403118800241179: 'Arrived at pickup point – Leeds Kirkgate' on 5 March; I chose Leeds Headingley. Refund in full.",
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Nothing concrete at all.
  c(
    'r23q-57',
    'ru',
    'Опять та же история, что и в прошлый раз. Разберитесь, пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Unknown locker, no date.
  c(
    'r23q-58',
    'en',
    "The tracking for my order (LP00618830049951, a set of stainless steel lunch boxes) says it was delivered to 'Parcel locker WAW-117M'. I've never heard of that locker, it is not the one I chose, and I never got a pickup code. Please refund the order.",
    'none',
    ['missing_when'],
    'full_refund',
  ),
  // Complete story, post office certificate attached, but no request.
  c(
    'r23q-59',
    'ru',
    'Посылка с кормушкой для птиц (трек LP00636641200873) 22 ноября получила статус «Вручено адресату». Я её не получала: почтальон, как выяснилось, оставил её в ящике у подъезда, которого у нас нет уже два года. Справку из отделения 420061 прикладываю.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Compensation for a taxi without a sum.
  c(
    'r23q-60',
    'en',
    'The courier left my order (a 5 kg bag of cat litter and a scratching post) at a pickup point 9 km from my address on 2 April, even though I paid for home delivery. Screenshots of the checkout and the tracking are attached. I had to take a taxi to get it. Please compensate me for the taxi.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Прикладываю это фото» with no file in the form.
  c(
    'r23q-61',
    'ru',
    'Курьер 5 мая в 12:30 отметил посылку с садовыми перчатками как «Вручено», но на его фото чужая калитка, зелёная, а у меня коричневые ворота. Прикладываю это фото и фото своих ворот. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // A two-letter poke at the seller.
  c('r23q-62', 'ru', 'ау', 'none', ['empty_text'], 'none'),
  // Scare quotes around "accidentally" plus "what a coincidence": accusation.
  c(
    'r23q-63',
    'en',
    "So the parcel was 'accidentally' sent back to China after only 4 days at the post office (tracking RS778102334NL, 'Return to sender' on 19 July). What a coincidence that this happened right after I asked about the delay. Please refund the full amount.",
    'none',
    ['accusation'],
    'full_refund',
  ),
  // «Очень обидно»: emotional; the delivery fee in words.
  c(
    'r23q-64',
    'ru',
    'Очень обидно: подарок к дню рождения дочери, набор для вышивания, пришёл 3 августа, через неделю после праздника, хотя в заказе срок доставки стоял до 24 июля. По отслеживанию посылка 12 дней лежала на сортировке в Москве. Прошу вернуть сто пятьдесят рублей за платную доставку.',
    'none',
    ['emotional'],
    'partial_refund',
    150,
  ),
  // Money declined, resend asked; no evidence named.
  c(
    'r23q-65',
    'en',
    "I don't want my money back, I want the lamp. My brass desk lamp was returned to sender on 3 May because the post office said the address was incomplete, but the flat number was right there on the order. Please send it again.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «половину стоимости»: partial without a sum.
  c(
    'r23q-66',
    'ru',
    'Из двух заказанных подушек пришла одна, 14 апреля, после 51 дня в пути; вторая, по словам почты, «возможно, придёт отдельным отправлением», но в отслеживании её нет. Верните половину стоимости.',
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "disappointed", compensation "at your discretion".
  c(
    'r23q-67',
    'en',
    "I'm really disappointed. My order (a set of 24 acrylic paints) sat in customs in Frankfurt from 2 to 29 November; tracking LP00690033518842 shows 'Customs clearance – pending' for all 27 days. The listing promised delivery by 20 November, and it arrived on 6 December, too late for my daughter's birthday. I'd like some compensation, at your discretion.",
    'none',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «„случайно“» in quotes and "!!": accusation and emotional.
  c(
    'r23q-68',
    'ru',
    'Ну конечно, «случайно» отправили в ПВЗ, где посылку никто не выдаёт, уже третий раз за год с вашим магазином!! Плед, трек LP00644417230089, с 7 марта лежит в пункте в Мытищах, а я заказывала в Королёв. Верните деньги.',
    'none',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // "where is my order" only.
  c(
    'r23q-69',
    'en',
    "Hi, where is my order? The lamp still hasn't arrived and nobody tells me anything.",
    'none',
    ['missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Long chronology with pasted statuses; «Терпение у меня на исходе»: emotional.
  c(
    'r23q-70',
    'ru',
    'Пишу по заказу от 3 января: стульчик для кормления. Хронология по отслеживанию, трек LP00601923344510:\n05.01 14:22 — Yi lanshou (принято перевозчиком), Шэньчжэнь\n07.01 02:10 — Departed from sorting center\n11.01 — Arrived at destination country\n12.01 09:40 — Передано на таможню\n13.01 — Таможенное оформление завершено\n15.01 18:05 — Прибыло в сортировочный центр, Москва\nИ дальше ни одного статуса до 20 февраля, а 20.02 в 12:01 — «Вручено адресату», отделение 143405, Красногорск. Я живу в Новосибирске, индекс 630102, и в заказе указан именно он (скриншот заказа и отслеживания прилагаю). В Почте России мне ответили: «Отправление вручено по доверенности, сведения о получателе предоставить не можем». Никакой доверенности я никому не давала. Заявление на розыск подала 21.02, номер обращения 0024-118, ответа пока нет. Семь недель я жду этот стульчик, ребёнок всё это время ест у меня на коленях. Я понимаю, что почта — не ваш склад, но заказ оплачен вам, и договор у меня с вами. Терпение у меня на исходе. Прошу вернуть полную стоимость заказа.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "the difference" without a sum.
  c(
    'r23q-71',
    'en',
    'I paid for premium shipping (10 days), but the parcel went by the slowest service: ordered on 1 June, and tracking YT2406011200398821 shows it was handed to China Post small packet on 4 June and only arrived on 12 July. Please refund the difference in shipping.',
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Мошенники», no evidence, no request.
  c(
    'r23q-72',
    'ru',
    'Мошенники! Посылку так и не получила, жду с января. Позор вашему магазину.',
    'none',
    ['accusation', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Crying emoji; "I've attached a screenshot" with no file.
  c(
    'r23q-73',
    'en',
    "It's been 9 weeks 😭 The tracking says 'Delivered' on 14 August, but nothing came, and the courier's photo is of a building I've never seen. I've attached a screenshot. Please refund me.",
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // Decimal-comma fee asked back, but no date anywhere.
  c(
    'r23q-74',
    'ru',
    'Доставку до двери я оплатила отдельно, 4,90 $, а посылку с фильтром для аквариума курьер так и не привёз: в отслеживании статус «Передано в пункт выдачи», хотя пункт я не выбирала. Забрала сама. Прошу вернуть 4,90 $ за доставку.',
    'none',
    ['missing_when'],
    'partial_refund',
    4.9,
  ),
  // «в таком виде» names no problem.
  c(
    'r23q-75',
    'ru',
    'Забрала посылку 12 марта в чужом ПВЗ, куда её отправили вместо моего, а там товар в таком виде, что пользоваться нельзя. Фото прикладываю. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "messed everything up": no problem, time or evidence.
  c(
    'r23q-76',
    'en',
    'Your delivery partner messed everything up and I am tired of chasing them. Please refund.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «у вас на Али все продавцы так работают»: blanket accusation among facts.
  c(
    'r23q-77',
    'ru',
    'Посылка с кухонными весами вернулась отправителю 28.10, трек LP00649906612245, причина — «неудачная попытка вручения», хотя ко мне никто не приходил. Видимо, у вас на Али все продавцы так работают: отправил, вернул, деньги себе. Прошу полный возврат.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Broken English, wrong post office, no evidence; resend asked.
  c(
    'r23q-78',
    'en',
    'Parcel go to wrong post office in other city, on 15 of May. I am not can go there. Please send new one to my address.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // «расстроена», «на видео распаковки это видно» with no file, «на ваше усмотрение».
  c(
    'r23q-79',
    'ru',
    'Я очень расстроена. Посылка с набором кастрюль пришла 9 сентября после двух месяцев на таможне, коробка смята, у крышки большой кастрюли отколота ручка, на видео распаковки это видно. Компенсацию прошу на ваше усмотрение.',
    'none',
    ['emotional', 'evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A remedy only in the conditional ("On Amazon this would have been refunded"): no request.
  c(
    'r23q-80',
    'en',
    "The tracking for my bamboo bath tray (LP00612200578830) shows 'Delivered to neighbour' on 21 March at 10:15. I've asked every neighbour in the building and nobody has it. On Amazon this would have been refunded within a day.",
    'none',
    ['missing_resolution'],
    'none',
  ),
];
