import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-one, hold-out set H: buyers of large, expensive orders (furniture, e-bikes and scooters, appliances,
 * tools, building materials) who write long, detailed, negotiating texts with sums in many currencies and formats,
 * lawful next steps and, when pushed too far, veiled menace or cold insults. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A dot as a thousands separator in lira, tenge or reais ("9.800 ₺", "R$ 1.250,00") is read as thousands: 9800, 1250.
 * - A percentage discount ("скидку 20%") is a partial refund with a null amount, so it gets `partial_without_amount`.
 * - A receipt date next to a vague problem ("received on 12 May … not what I paid for") counts as "when"; the
 *   problem itself is still missing.
 * - Naming the company's registered address as the place a lawyer's letter of claim will go is a lawful step, not
 *   a threat; the owner's home address "on the company filing" followed by "Think about that" is a veiled threat.
 * - A seller's threat quoted by the buyer as evidence («мы знаем ваш адрес…», then a police report) is not the
 *   buyer's threat, and a seller's insult quoted in English ("stupid customer") is not the buyer's insult.
 * - «хреновина» follows «хрен»/«хреновый»: neither rude nor emotional.
 * - Ordinary words and place names with rude-looking pieces (скипидар, застрахуйте, корабля, Херсон, ballcock,
 *   stopcock, Scunthorpe, Cockermouth, cocktail, "Dickens", assess) are innocent.
 * - "Let the carrier collect it" («пусть ваш перевозчик забирает», «профиль заберёте сами», "if your courier
 *   collects it") is an offer to send the item back: `return`.
 * - Re-sending a lost parcel or sending a missing or faulty part is `exchange`.
 * - «Было бы очень жаль, если бы…» and "It would be a pity if…" in a menace are the threat, not an affect word.
 * - "Can you even count?" style questions about the staff's basic ability («считать вообще умеете?», «Объяснить
 *   вам, что такое сантиметр?») talk down to the reader: `insult`.
 * - "Refund it" after a cried-out profanity with the item's price unstated is a full refund.
 * - Ukrainian «бовдуры» (blockheads) aimed at the packers is name-calling: `insult`.
 */
export const ROUND21_HOLDOUT_H: CorpusCase[] = [
  // Sofa: damage and missing legs found at unpacking with a date, photo, partial refund in złoty with a decimal comma.
  c(
    'r21h-01',
    'ru',
    'Заказ: угловой диван «Лофт-3», двухместный. При распаковке 12 апреля обнаружила: на левом подлокотнике порез обивки длиной около 8 см, а в коробке с ножками только две опоры из четырёх. Фото пореза и вскрытой коробки прикладываю. Прошу частичный возврат 1 250,00 zł за повреждение и недостающие ножки, диван оставлю себе.',
    'photo',
    [],
    'partial_refund',
    1250,
  ),
  // E-bike battery: concrete symptom, date, video, replacement part asked for, coupon declined; plain good text.
  c(
    'r21h-02',
    'en',
    "Order for two items: the Voltra E-City 27.5 e-bike and a spare charger. On 3 May, on the first full charge, the battery display stopped at 60% and the motor cuts out after about 4 km on a flat road, while the listing promises up to 60 km. Video of the display and of the cut-out is attached. I'd like a replacement battery pack sent to me; a store coupon is not acceptable.",
    'video',
    [],
    'exchange',
  ),
  // Innocent trap: скипидар and застрахуйте contain rude-looking pieces; complete text with a dollar sum.
  c(
    'r21h-03',
    'ru',
    'Заказ на материалы для ремонта: 10 л скипидара, четыре банки паркетного лака по 5 л, валики. Пришло 9 марта; при получении на почте увидел, что две банки лака из четырёх вскрылись в дороге и лак залил всю коробку вместе со скипидаром. Фото коробки прилагаю. Прошу вернуть стоимость двух банок лака — 46 $. И при следующих отправках, пожалуйста, застрахуйте груз и упакуйте банки в плёнку.',
    'photo',
    [],
    'partial_refund',
    46,
  ),
  // Washing machine: digit-disguised mat judging the item, plus "!!!" makes it emotional.
  c(
    'r21h-04',
    'ru',
    'Стиральная машина 8 кг, пришла 20.05. При первом же запуске барабан начал стучать о корпус, а через десять минут из-под дверцы вытекла вся вода — залило пол и соседей снизу!!! Это пи3дец, а не техника. Видео с протечкой приложил. Верните полную стоимость.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Scooters: complete complaint, then a brother-in-law who "knows the address" and might "stop by": veiled threat.
  c(
    'r21h-05',
    'en',
    'Two electric scooters, one order, $1,340 in total. Both arrived on 14 June with the folding latch cracked, so the stem wobbles as soon as you ride. Photos of both latches are attached. Refund the full amount. And a friendly note: my brother-in-law drives for a freight company that passes your warehouse in Jinhua every week. He knows the gate, he knows the address. It would be a pity if he had to stop by and discuss this in person.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Wardrobe door too short: «на ваше усмотрение» after refusing an exchange is a partial refund without a sum.
  c(
    'r21h-06',
    'ru',
    'Шкаф-купе, три двери. При сборке 2 февраля оказалось, что одна зеркальная дверь на 4 см короче остальных и закрывается с зазором. Фото с рулеткой прикладываю. Менять шкаф целиком не хочу — он уже собран и прикручен к стене. Прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Laminate in the wrong colour: «объясняю ещё раз, медленно, для тех, кто … читать не умеет» talks down: insult.
  c(
    'r21h-07',
    'ru',
    'Объясняю ещё раз, медленно, для тех, кто на складе читать не умеет. Я заказал 40 упаковок ламината «Дуб натуральный», 8 мм. Пришло 40 упаковок, но в 12 из них цвет «Венге» — тёмный, это написано прямо на этикетках. Обнаружил 18 октября, когда начали раскладывать. Фото этикеток приложил. Пришлите 12 упаковок нужного цвета, а эти 12 заберите за свой счёт.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Innocent trap: ballcock, stopcock and Scunthorpe in an ordinary plumbing complaint; complete.
  c(
    'r21h-08',
    'en',
    'Plumbing order for a bathroom refit, delivered to Scunthorpe on 22 March: 1 × toilet cistern with a ballcock valve, 2 × brass stopcocks 15 mm, 1 × shower mixer. When we fitted them the next day, the ballcock arm was snapped at the pivot and one stopcock has a cracked body that drips at the seam as soon as the water is on. Photos of both parts attached. Please send a replacement ballcock valve and a replacement stopcock; the rest of the order is fine.',
    'photo',
    [],
    'exchange',
  ),
  // Fridge: facts, then "you knew it was broken when you sent it": accusation; offers the carrier the fridge back: return.
  c(
    'r21h-09',
    'ru',
    'Холодильник двухкамерный, доставлен 3 июля. На задней стенке вмятина примерно 10×15 см, компрессор включается с перебоями, морозильная камера за сутки не опустилась ниже −6 °C — фото градусника и вмятины прилагаю. Картонная упаковка при этом без единой царапины, то есть холодильник уже был битый, когда вы его отправляли, и вы об этом знали. Прошу вернуть деньги; готов отдать холодильник вашей транспортной компании, пусть забирают.',
    'photo',
    ['accusation'],
    'return',
  ),
  // Drill set: masked "f*cking" as an intensifier is profanity and emotional.
  c(
    'r21h-10',
    'en',
    "Ordered a cordless drill set: 2 batteries, charger, 60-piece bit case. Opened it on Saturday 8 June. The charger has a US plug and there's no adapter, and both batteries are 1.5 Ah, not 4 Ah as listed — it's printed right on them. This is the second f*cking time I'm writing about this. Photos of the battery labels attached. Send two 4 Ah batteries and a charger with an EU plug.",
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Missing chair: concrete, sum in words (540 hryvnias), but no time and no evidence.
  c(
    'r21h-11',
    'ru',
    'Заказывала шесть стульев для кухни, пришло пять. Шестого нет ни в коробке, ни в накладной. Верните за недостающий стул пятьсот сорок гривен.',
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    540,
  ),
  // Treadmill: complete, then the manager's daughter and "it would be a pity if something happened": threat.
  c(
    'r21h-12',
    'ru',
    'Беговая дорожка пришла 11 ноября с трещиной на раме под беговым полотном, трещина хорошо видна на фото. Прошу полный возврат. И учтите: ваш менеджер Ли сам рассказывал мне в переписке, где живёт и что его дочка ходит в школу рядом со складом. Было бы очень жаль, если бы с ней что-нибудь случилось по дороге. Вернёте деньги — я забуду и адрес, и школу.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Sofa bed: "so upset" is an affect word; otherwise complete.
  c(
    'r21h-13',
    'en',
    'I am honestly so upset. The sofa bed arrived on 2 September and the pull-out mechanism jams halfway: one of the metal arms is bent, you can see it in the video. We have guests arriving on Friday and nowhere to put them. Please send a replacement mechanism by express.',
    'video',
    ['emotional'],
    'exchange',
  ),
  // Innocent trap: the seller's insult («руки кривые») quoted as what he answered; complete.
  c(
    'r21h-14',
    'ru',
    'Электросамокаты Kugoo, заказ на 2 шт. Получил 5 апреля: у одного самоката не работает задний тормоз — ручка проваливается, колодки не сходятся (видео приложено). Написал продавцу, он ответил: «сами сломали, руки кривые, учитесь пользоваться». Тормоз я не трогал, самокат ни разу не выезжал со двора. Прошу заменить задний тормозной механизм или прислать новый самокат.',
    'video',
    [],
    'exchange',
  ),
  // Hinges: masked mat aimed at the warehouse staff in one question: profanity and insult, not emotional.
  c(
    'r21h-15',
    'ru',
    'Вы там совсем еб@нутые на складе? Заказал 60 петель для кухонных фасадов с доводчиком, пришли 60 петель БЕЗ доводчика. Обнаружил 27.08 при монтаже первого же фасада. Фото коробки и петель приложил. Меняйте на правильные.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Garden set: generic "nothing like the listing", "classic scam", no date, no evidence.
  c(
    'r21h-16',
    'en',
    'Garden furniture set, 7 pieces, cost me R$ 3.900. It is nothing like the listing and the quality is poor. Classic scam. I want my money back.',
    'none',
    ['accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Innocent trap: chargeback, consumer protection and an honest review as lawful next steps; complete.
  c(
    'r21h-17',
    'ru',
    'Электровелосипед, заказ от 2 марта, оплачено 1 890 Br. Получен 28 марта; при распаковке обнаружено: рама поцарапана до металла в трёх местах, контроллер не включается — на дисплее ошибка E-07, мотор не крутит. Видео распаковки и включения прикреплено. Прошу полный возврат средств. Если спор не решится в течение 15 дней, я обращусь в банк за возвратом платежа (chargeback) и в общество защиты прав потребителей, а также оставлю честный отзыв с видео.',
    'video',
    [],
    'full_refund',
  ),
  // Cast-iron bath: sarcastic praise of the packer's work ("truly a master of the craft") is an insult.
  c(
    'r21h-18',
    'en',
    "Bravo to whoever packed this, truly a master of the craft. A 90 kg cast-iron bathtub sent in one layer of cardboard, no corner protectors. It arrived on 17 January with the enamel chipped off the rim in two places and a hairline crack along the base. Photos attached. I want a partial refund of $420 towards the repair; I'm keeping the tub, because carrying it back out is a two-man job.",
    'photo',
    ['insult'],
    'partial_refund',
    420,
  ),
  // Dishwasher too narrow: «я в шоке» and "!!!"; "half the price" is a partial refund without a sum.
  c(
    'r21h-19',
    'ru',
    'Я в шоке. Встраиваемая посудомойка по описанию 60 см, пришла 45 см!!! В нишу не встаёт, зазор 15 см. Заметили 30 июня, когда мастер пришёл её ставить. Фото с рулеткой прикладываю. Оставлю её на дачу, но верните хотя бы половину стоимости.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // A bare "ok" sent as the description: empty text only.
  c('r21h-20', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // Porcelain tiles: spaced mat set off as a cry is profanity and emotional; sum in euros.
  c(
    'r21h-21',
    'ru',
    'Керамогранит 60×120, 24 м², 16 коробок на паллете. Вскрыли паллету 16.09 — в пяти коробках плиты расколоты пополам. Б Л Я Т Ь, у меня укладчик на завтра оплачен. Фото паллеты и битых плит прикладываю. Верните стоимость пяти коробок, это 312 € по цене из заказа.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    312,
  ),
  // Standing desk motor: concrete and "yesterday", but no evidence and no request.
  c(
    'r21h-22',
    'ru',
    'Компьютерный стол с электроприводом, заказ на два стола. У второго стола мотор левой ноги гудит, но не поднимает, столешница перекашивается. Заметили вчера при первой сборке.',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Table saw: complete, then "fires start so easily… accidents happen" about the warehouse: veiled threat.
  c(
    'r21h-23',
    'en',
    'The table saw arrived on 5 August with the blade guard missing and the rip fence bent by about 3 mm along its length, measured with a square. Photos are attached. I expect a full refund by Friday. You seem to keep a lot of cardboard in that warehouse of yours on Xinhua Road. Fires start so easily in places like that. Accidents happen.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Chandeliers without brackets: «случайно» in scare quotes is sarcasm about honesty; no time is given.
  c(
    'r21h-24',
    'ru',
    'Люстры, 3 шт. Ни в одной коробке нет монтажной планки и винтов. Ну конечно, «случайно» забыли, в третий раз подряд у вашего магазина. Фото коробок без крепежа прикладываю. Пришлите три комплекта крепежа.',
    'photo',
    ['accusation', 'missing_when'],
    'exchange',
  ),
  // Innocent trap: Cockermouth; a declined coupon, then a partial refund in pounds; complete.
  c(
    'r21h-25',
    'en',
    "Range cooker, 90 cm, dual fuel, delivered on 11 February to our house in Cockermouth. When the engineer installed it the next day, he found the inner pane of the oven door glass cracked, and the rear left burner won't light: the igniter clicks but the gas doesn't catch. His written report and photos are attached. You offered a 15% coupon, which I'm declining. I'm asking for a partial refund of £260, the engineer's quote for a new inner pane and igniter, and I'll keep the cooker.",
    'photo',
    [],
    'partial_refund',
    260,
  ),
  // Mixer taps with the wrong cartridge: Ukrainian «бовдуры» aimed at the packers is name-calling.
  c(
    'r21h-26',
    'ru',
    'Заказал три смесителя — два для ванной, один для кухни, пришли 19.02. В двух коробках картриджи 35 мм вместо 40 мм, как в описании, — на фото штангенциркуль. Какие бовдуры у вас это комплектуют? Отправьте два картриджа на 40 мм.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Mattress: says photos are attached, but the form has no file.
  c(
    'r21h-27',
    'ru',
    'Матрас ортопедический 160×200 пришёл 8 августа в вакуумной упаковке. После распаковки за двое суток так и не расправился: с одной стороны высота 18 см вместо 24, пружинный блок проваливается по краю. Прикладываю фото с линейкой. Прошу замену матраса.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Solar panels: masked "a$$hats" aimed at the seller is profanity and an insult; one capitalised word only.
  c(
    'r21h-28',
    'en',
    "Ordered 6 solar panels, 400 W each, plus a hybrid inverter. Three panels arrived on 9 April with shattered glass; the pallet has a forklift hole straight through it. Photos attached. Your reply was 'buyer must prove damage'. The photos ARE the proof, you a$$hats. Send three replacement panels.",
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Air conditioner: missing line set, ISO-like date, tenge with a decimal comma; complete.
  c(
    'r21h-29',
    'ru',
    'Кондиционер, сплит-система на 12 000 BTU. Монтажник при установке 14.06.2025 обнаружил, что в комплекте нет медной трассы на 5 м и дренажного шланга, хотя в описании комплекта они указаны. Монтажник купил их на месте за 38 500,50 ₸; чек и фото пустого отсека коробки прикладываю. Прошу частичный возврат 38 500,50 ₸.',
    'photo',
    [],
    'partial_refund',
    38500.5,
  ),
  // Sideboard: "ridiculous" is affect; "not what I paid for" names no problem.
  c(
    'r21h-30',
    'en',
    'This is ridiculous. The sideboard I received on 12 May is not what I paid for and looks nothing like the photos in the listing. Photos of what came are attached. I want a refund.',
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // Rocking chairs: a cousin who "finds people", the warehouse address, "we'll visit": veiled threat.
  c(
    'r21h-31',
    'ru',
    'Кресла-качалки, 2 шт., пришли 3 сентября, у обоих полозья треснули по клеевому шву — фото в приложении. Жду полный возврат. У меня в Гуанчжоу двоюродный брат, он умеет находить людей, а адрес вашего склада мы уже знаем. Не вернёте — навестим, поговорим по-хорошему.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Tool case, transliterated Russian: "Blyat" as an opening cry is profanity and emotional; sum for missing parts.
  c(
    'r21h-32',
    'ru',
    'Blyat, opyat ne to. Zakazal nabor instrumentov na 108 predmetov, prishel 20.10 — v keise net treshchotki i poloviny golovok, vsego 47 predmetov iz 108. Foto keisa s pustymi yacheikami prilozhil. Verni dengi za nedostayushchee, 95 $.',
    'photo',
    ['profanity', 'emotional'],
    'partial_refund',
    95,
  ),
  // Velvet sofa in polyester: "on purpose" is an accusation; "the difference" without a sum.
  c(
    'r21h-33',
    'en',
    "You clearly sent the cheaper fabric on purpose. The listing says velvet, colour 'emerald'; what arrived on 21 November is a grey-green polyester-linen mix, and the label sewn under the seat cushion says 100% polyester. Photo of the label attached. Refund me the difference between the velvet and the linen version.",
    'photo',
    ['accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Innocent trap: «корабля» and Херсон contain rude-looking pieces; complete.
  c(
    'r21h-34',
    'ru',
    'Детская кровать в форме корабля, доставлена в Херсон 9 мая. При сборке выяснилось, что задняя стенка из ДВП на 6 см уже корпуса, а в пакете с фурнитурой не хватает 16 конфирматов из 48. Фото стенки, приложенной к корпусу, и пакета с фурнитурой приложил. Прошу прислать стенку нужного размера и недостающие конфирматы.',
    'photo',
    [],
    'exchange',
  ),
  // Innocent trap: a numbered step-by-step layout, politely meant, does not talk down; complete.
  c(
    'r21h-35',
    'en',
    'Let me lay this out step by step so nothing gets lost between departments. 1. The scooter arrived on 6 July. 2. On unboxing, the front tyre was flat. 3. The inner tube is split along the valve stem, you can see it in the video. 4. I have not ridden the scooter at all. Please send a new inner tube and tyre for the front wheel.',
    'video',
    [],
    'exchange',
  ),
  // Roller blinds: three of eight too narrow, sum in words (960 złoty), no evidence.
  c(
    'r21h-36',
    'ru',
    'Рулонные шторы, 8 штук на все окна. Получены 2 декабря; при примерке на окна выяснилось, что три полотна из восьми шириной 80 см вместо заказанных 120 см. Эти три мне не подходят, остальные пять оставлю. Верните, пожалуйста, за три полотна девятьсот шестьдесят злотых.',
    'none',
    ['missing_evidence'],
    'partial_refund',
    960,
  ),
  // Fireplace insert: offers it back; then posting the manager's home address and number: threat.
  c(
    'r21h-37',
    'en',
    "The electric fireplace insert arrived on 28 November with the flame-effect motor dead and the heater fan rattling against its guard; video attached. I'll send it back at your cost and I want my money back. One more thing: your manager's home address and mobile number were on the return label you emailed me. If this isn't sorted by Monday, I'll post both in every buyer group I'm in, with his photo.",
    'video',
    ['threat'],
    'return',
  ),
  // Gate opener: «терпение на исходе» counts as emotional; otherwise complete.
  c(
    'r21h-38',
    'ru',
    'Пишу в четвёртый раз, терпение на исходе. Привод для откатных ворот получен 25 апреля. При монтаже выяснилось, что в комплекте зубчатая рейка 2 м вместо 4 м и нет второго пульта. Фото комплекта и накладной прикладываю снова. Пришлите недостающие 2 м рейки и пульт.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Granite sink: mocking comparison of the staff to a zoo monkey is an insult.
  c(
    'r21h-39',
    'ru',
    'Мойка из искусственного гранита пришла 13.03 с отколотым углом, осколки лежат в коробке, фото приложены. Упаковали её в один слой плёнки, без пенопласта. Обезьяна в зоопарке упаковала бы лучше, чем ваши работники. Прошу полный возврат.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Vanity unit: the seller's "bullshit" quoted from the chat stays profanity; courier may collect it: return.
  c(
    'r21h-40',
    'en',
    "The vanity unit (order total 1.250,00 €) arrived on 30 January with the countertop cracked straight through next to the tap hole; photos attached. When I reported it, the seller replied in chat: 'stop this bullshit, we sent it perfect, no refund'. A screenshot of that chat is attached as well. I'm asking for a full refund and can return the unit if your courier collects it.",
    'photo',
    ['profanity'],
    'return',
  ),
  // Kitchen modules missing: "??" is emotional, a tracking number is evidence, no time, only a question.
  c(
    'r21h-41',
    'ru',
    'Ну и как это понимать?? Заказали кухонный гарнитур из 9 модулей, пришло 7, двух навесных шкафов нет. Трек-номер LP00483912745590.',
    'none',
    ['emotional', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // Innocent trap: Procon and an honest review as next steps, refusal of a replacement; complete.
  c(
    'r21h-42',
    'en',
    'Air compressor, 50 L, 2.5 HP, delivered to São Paulo on 8 October. On the first run the pressure switch did not cut out at 8 bar: the gauge went past 10 bar and the safety valve blew. Video of the gauge is attached. A replacement is not an option for me, as delivery took seven weeks; please refund the order in full (R$ 1.250,00). If the dispute is not resolved, I will go to Procon and leave an honest review describing what happened.',
    'video',
    [],
    'full_refund',
  ),
  // Water heater: «не доводите до греха», «мир тесен», finding the warehouse: veiled threat.
  c(
    'r21h-43',
    'ru',
    'Бойлер на 80 литров потёк через неделю после установки — течёт из-под фланца ТЭНа. Видео течи прикрепил. Верните деньги. И не доводите до греха: мир тесен, а ваш склад в Подольске я найду быстро.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Shelving units: "defective" names nothing, no time, no evidence; sum in złoty.
  c(
    'r21h-44',
    'en',
    'Hello, the order of three steel shelving units came with two of them defective. Please give a partial refund of 150 zł for those two.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'partial_refund',
    150,
  ),
  // Vanity with a missing door: mat typed with the English layout («[eqyz») judging the item: profanity only.
  c(
    'r21h-45',
    'ru',
    'Здравствуйте, это опять я. Раковина с тумбой пришли 4.11: тумба без одной дверцы — на коробке написано «2 дверцы», внутри одна. Фото прикладываю. Это [eqyz полная, пришлите дверцу.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Hob with lower wattage: «жульё» is a fraud label (accusation); "the difference" with a named sum.
  c(
    'r21h-46',
    'ru',
    'Заказывала встраиваемую варочную панель на 4 конфорки, по описанию мощность 7,2 кВт. На шильдике — 5,8 кВт, фото шильдика прилагаю. Заметила 19 апреля при подключении. Жульё, одно слово. Верните разницу в цене между моделями — 2 350 ₴.',
    'photo',
    ['accusation'],
    'partial_refund',
    2350,
  ),
  // Innocent trap: the seller's "stupid customer" quoted as his chat answer; complete.
  c(
    'r21h-47',
    'en',
    "Lawn mower and hedge trimmer, delivered on 16 May. The mower came without the blade bolt, so the blade sits loose on the shaft, and the spare trimmer blade is for a different model; part numbers are in the attached photos. When I asked in chat, the seller answered 'stupid customer, read manual'. The manual doesn't list any bolt I should supply myself. Please send the blade bolt and the correct spare blade.",
    'photo',
    [],
    'exchange',
  ),
  // Bunk bed without the guard rail: «расстроена до слёз» is affect; no evidence.
  c(
    'r21h-48',
    'ru',
    'Двухъярусная кровать, заказ от 1 июня, пришла 22 июня. При сборке выяснилось, что у верхнего яруса нет бортика безопасности — в инструкции он есть, в коробке нет. Ребёнок ждал эту кровать всё лето, я расстроена до слёз. Пришлите бортик.',
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // E-bikes: a disclaimer ("I'm not threatening anyone") does not cancel "friends… persuasive face to face".
  c(
    'r21h-49',
    'en',
    "The e-bikes (order of two, one for me and one for my son) arrived on 2 October; my son's bike came without the charger and with the rear derailleur hanger bent, so the chain drops on every gear change. Photos attached. Send a charger and a new derailleur hanger. I'm not threatening anyone, but I have friends in Yiwu who do deliveries around your area, and they can be very persuasive face to face.",
    'photo',
    ['threat'],
    'exchange',
  ),
  // Interior doors: a percentage is a partial refund without a sum; no time, no evidence.
  c(
    'r21h-50',
    'ru',
    'Прошу скидку 20% на заказ: из четырёх межкомнатных дверей у одной нет стекла в верхней вставке.',
    'none',
    ['missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Radiators: a bare «Пздц.» is a cry (profanity, emotional); «считать вообще умеете?» talks down (insult).
  c(
    'r21h-51',
    'ru',
    'Заказал 6 алюминиевых радиаторов по 10 секций, пришли 11 января — все по 8 секций. Пздц. Вы там на складе считать вообще умеете? Фото с пересчётом секций приложил. Верните деньги за недостающие 12 секций — 180 $.',
    'photo',
    ['profanity', 'insult', 'emotional'],
    'partial_refund',
    180,
  ),
  // Innocent trap: a declined replacement, then a euro sum with a decimal comma; complete.
  c(
    'r21h-52',
    'en',
    "Order of 12 LED ceiling panels, 60×60, 40 W. We installed them on 4 March; on the second evening four of the panels started flickering every few seconds, and one has a dead strip along its left edge. Video of all four is attached. I don't want replacements, because paying the electrician twice makes no sense: please refund the four faulty panels, €86,40 in total.",
    'video',
    [],
    'partial_refund',
    86.4,
  ),
  // Mower battery: «вы меня обманули» is an accusation; "people who cheat me regret it" a threat.
  c(
    'r21h-53',
    'ru',
    'Вы меня обманули: аккумулятор в комплекте газонокосилки на 2 Ач вместо 5 Ач, это написано на корпусе, фото приложено. Обнаружил 7 мая при первой зарядке. Люди, которые меня обманывают, потом долго об этом жалеют. Пришлите аккумулятор на 5 Ач.',
    'photo',
    ['threat', 'accusation'],
    'exchange',
  ),
  // Innocent trap: "I'm not calling you scammers" takes the label back; complete, shekels.
  c(
    'r21h-54',
    'en',
    "Paid ₪2,400 for an electric standing desk on 3 April. It arrived on 26 April without the control box: the motor cable ends in a plug with nothing to plug into. Photo of the open box and the loose cable is attached. I'm not calling you scammers, I assume the box was left behind at the warehouse. Please send the control box by express.",
    'photo',
    [],
    'exchange',
  ),
  // Vague contact request: no problem, no time, no evidence, no request.
  c(
    'r21h-55',
    'ru',
    'Здравствуйте. Вопрос по заказу кухонного гарнитура. Свяжитесь со мной, пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Generator: spaced "S H I T" as a sentence of its own is a cry: profanity and emotional.
  c(
    'r21h-56',
    'en',
    'Inverter generator, 3.5 kW, arrived on 19 Dec. It starts, runs for about 40 seconds and stalls with the overload light on, even with nothing plugged in. Video attached. We get power cuts every evening here and now this. S H I T. Refund it.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Innocent trap: the seller's threat quoted as evidence, a police report; non-receipt with days and tracking.
  c(
    'r21h-57',
    'ru',
    'Комплект садовой мебели (стол и шесть кресел), трек-номер RB123456785CN. Жду уже 62 дня: по отслеживанию посылка с 3 августа лежит на сортировке и дальше не двигается. После открытия спора продавец написал мне в чат: «мы знаем ваш адрес, не советуем продолжать». Скриншот этого сообщения прилагаю, заявление в полицию я подала. Прошу полный возврат.',
    'photo',
    [],
    'full_refund',
  ),
  // Innocent trap: a firm, polite text with small claims and an honest review; complete.
  c(
    'r21h-58',
    'en',
    "Engineered oak flooring, 30 m² in 22 packs, delivered on 7 March. When we opened the packs to acclimatise them, 6 turned out to be a different grade, with knots and filled cracks all over, while the listing and the labels on the other 16 packs say 'select grade'. Photos of both grades side by side are attached. I'm keeping the floor, since the fitter has already started, and ask for a partial refund of $310 for the six packs. If we can't settle this here, I'll take it to small claims and write an honest review of the whole experience.",
    'photo',
    [],
    'partial_refund',
    310,
  ),
  // Hallway set: money for the broken mirror and parts for the handles; the money request carries its sum.
  c(
    'r21h-59',
    'ru',
    'Прихожая (шкаф, тумба, зеркало) пришла 2 октября. При распаковке: зеркало разбито — осколки в коробке, а в пакете с фурнитурой нет четырёх ручек. Фото приложил. За зеркало прошу вернуть 1 200 ₴, я закажу его у местного стекольщика, а ручки пришлите, пожалуйста, почтой.',
    'photo',
    [],
    'partial_refund',
    1200,
  ),
  // Scooter: says a video is attached with no file; "at your discretion" has no sum.
  c(
    'r21h-60',
    'en',
    "Electric scooter, delivered on 28 July. The headlight doesn't turn on at all and the bell is missing from the box. I attach a video of the light switch doing nothing. Please give a partial refund at your discretion.",
    'none',
    ['evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Innocent trap: «хреновина» is a soft euphemism; complete, "you collect it yourselves" is a return.
  c(
    'r21h-61',
    'ru',
    'Заказал профиль для гипсокартона ПП 60×27, 120 штук по 3 м. Получил 5 сентября — толщина металла 0,4 мм вместо 0,6 мм, замерил микрометром, профиль гнётся руками. Это не профиль, а хреновина какая-то. Фото замера прикладываю. Верните деньги, профиль заберёте сами.',
    'photo',
    [],
    'return',
  ),
  // Recliner: "disgusting" is affect; "day three" is a time; no evidence.
  c(
    'r21h-62',
    'en',
    'Frankly disgusting service. Paid 14.500 ₺ for a recliner armchair; the recline motor stopped working on day three and nobody answers my messages. Refund me in full.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Innocent trap: a deadline, consumer protection and a court as lawful next steps; complete.
  c(
    'r21h-63',
    'ru',
    'Снегоуборщик пришёл 10 декабря; при первом запуске шнек не вращается — срезан шплинт, а запасных в комплекте нет, хотя в описании указано «2 запасных шплинта». Видео прикладываю. Пришлите шнек в сборе и шплинты. Если ответа не будет до 25 декабря, обращусь в Роспотребнадзор и в суд по месту жительства.',
    'video',
    [],
    'exchange',
  ),
  // «Кошмар» is affect; nothing concrete, no time, no evidence, "some of the money" without a sum.
  c(
    'r21h-64',
    'ru',
    'Кошмар, а не заказ. Половину всего пришлось выкинуть. Верните хоть часть денег.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Innocent trap: "What on earth is this?" with one "?" and a chargeback as a next step; complete.
  c(
    'r21h-65',
    'en',
    'Paint sprayer, 800 W, received on 2 June. The nozzle thread is stripped out of the box: the tip will not screw on and paint sprays out of the side. Photos attached. What on earth is this? Please refund in full. If I hear nothing within 7 days, I will file a chargeback with my bank.',
    'photo',
    [],
    'full_refund',
  ),
  // Entrance door: «Объяснить вам, что такое сантиметр?» is condescension; the carrier may collect it: return.
  c(
    'r21h-66',
    'ru',
    'Объяснить вам, что такое сантиметр? Проём 86 см, дверь заказана шириной 86 см, пришла 80 см. Измерили при установке 15.05, фото с рулеткой приложено. Дверь возвращаю — пусть ваш перевозчик забирает, деньги верните.',
    'photo',
    ['insult'],
    'return',
  ),
  // Innocent trap: long negotiating text with "Dickens", cocktail, assess; declined return, shekel sum; complete.
  c(
    'r21h-67',
    'en',
    "Hello, this is about my order of living-room furniture delivered on 19 August: a 'Dickens' bookcase, a cocktail cabinet and two oak side tables. I've taken a few days to assess everything properly before writing. 1) Bookcase: two of the five shelves are 3 cm shorter than the frame, so they fall through the pins; measured with a tape, photos attached. 2) Cocktail cabinet: the glass door has a chip on the lower corner, visible in the second photo. 3) Side tables: both fine. You offered to take the whole order back, but return shipping for 140 kg would cost more than the furniture is worth, so I'm declining that. I'd also rather not wait for replacement shelves from overseas. I propose a partial refund of ₪1,850, which is what a local carpenter quoted me for new shelves and a new glass panel (his quote is in the photos too). If that is acceptable, I'll close the dispute as soon as it is paid.",
    'photo',
    [],
    'partial_refund',
    1850,
  ),
  // Chainsaw: date in words, exchange refused, sent back for the full price: return; complete.
  c(
    'r21h-68',
    'ru',
    'Бензопила, заказ оплачен 486,90 Br. Пришла двадцать третьего февраля; при первом запуске цепь продолжает крутиться после срабатывания тормоза — видео приложено. Пилить такой пилой опасно, и замену я тоже не хочу: пилу отправлю обратно за ваш счёт, верните полную стоимость.',
    'video',
    [],
    'return',
  ),
  // Mirror cabinet: a report for the quality team with no request.
  c(
    'r21h-69',
    'en',
    'Just so you know: the mirror cabinet I received on 9 August has the left hinge mounted upside down, so the door opens into the wall. I swapped it myself in ten minutes. Photo attached for your quality team.',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // Garden swing, pasted chat: the seller's «идите нах» stays mat (profanity only); sum for the chains.
  c(
    'r21h-70',
    'ru',
    'Вставляю переписку.\nЯ (11.07): Качели пришли 10.07 без двух цепей подвеса, фото прикладываю.\nПродавец (12.07): ничего не знаем, всё отправили, идите нах\nЯ (12.07): Цепей в коробке нет, вес на накладной меньше, чем в описании.\nПрошу платформу вмешаться: верните 1 100 ₴ — это стоимость двух цепей в нашем строительном магазине, куплю сам.',
    'photo',
    ['profanity'],
    'partial_refund',
    1100,
  ),
  // Innocent trap: a lawyer's letter of claim to the registered address is a lawful step; complete.
  c(
    'r21h-71',
    'en',
    "Order of three kids' electric scooters, received on 30 May. On two of them the battery does not charge at all: the charger LED stays green and the scooter shows 0%, tested with both chargers. Video attached. Please refund the two faulty scooters, 2 × 89 €, 178 € in total. Your company's registered address is printed on the invoice; if the dispute is closed without a refund, my lawyer will send a formal letter of claim there.",
    'video',
    [],
    'partial_refund',
    178,
  ),
  // Innocent trap: «Я не говорю, что вы специально…» is a label taken back; complete.
  c(
    'r21h-72',
    'ru',
    'Сварочный аппарат на 250 А, получен 6 ноября. При первой же сварке электродом 3 мм через две минуты срабатывает защита от перегрева, на табло ошибка E2, хотя по описанию ПВ 60%. Видео с таймером приложил. Я не говорю, что вы специально отправили неисправный, скорее всего, это брак партии. Прошу заменить аппарат.',
    'video',
    [],
    'exchange',
  ),
  // Sinks: several capitalised words (emotional); tracking named; only "What now?".
  c(
    'r21h-73',
    'en',
    'I ORDERED TWO SINKS AND GOT ONE. Delivered on 14 March; the tracking shows two parcels but only one ever reached me. What now?',
    'none',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Curtain track: «Пишу уже третий раз» is no insult, «а вы в нём клоуны» is name-calling.
  c(
    'r21h-74',
    'ru',
    'Электрокарниз на 4 м пришёл 17.01: мотор крутится, но ремень проскальзывает, шторы стоят на месте. Видео прикреплено. Пишу уже третий раз, и третий раз вы присылаете мне инструкцию по подключению. Цирк, а вы в нём клоуны. Замените мотор вместе с ремнём.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Missing armrest: scare quotes and "what great honesty" are sarcasm about honesty; "half" has no sum; no evidence.
  c(
    'r21h-75',
    'en',
    "The sofa came with only one of the two armrests. For five weeks you have been telling me the second one was 'shipped separately'. What great honesty. Fine, I'll keep the sofa as it is; refund half the price of the armrest set.",
    'none',
    ['accusation', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Hob and oven in lira with a dot for thousands; electrician's date and video; complete.
  c(
    'r21h-76',
    'ru',
    'Комплект: варочная панель и духовой шкаф, 23.900 ₺. Получен 3 июня. Духовка работает, а у панели при включении любой конфорки выбивает автомат — 5 июня проверял электрик, его заключение и видео прилагаю. Прошу частичный возврат 9.800 ₺, это цена панели в вашем же объявлении; панель сдам в утилизацию сам.',
    'video',
    [],
    'partial_refund',
    9800,
  ),
  // Blender: digit-masked "sh1t" judging the item, no "!": profanity only; sends it back: return.
  c(
    'r21h-77',
    'en',
    "Commercial blender, 2200 W, for my café, arrived on 9 November. On the first batch of crushed ice the jug cracked along the seam and the blade assembly now wobbles. Video attached. Honestly the whole unit is cheap sh1t. I'll send it back if you cover the shipping; refund me.",
    'video',
    ['profanity'],
    'return',
  ),
  // Lost parcel with batteries: tracking number is evidence, but no elapsed time; re-send is an exchange.
  c(
    'r21h-78',
    'ru',
    'Посылка с двумя аккумуляторами для электровелосипеда так и не пришла, трек-номер LB048392017CN не обновляется. Отправьте заново.',
    'none',
    ['missing_when'],
    'exchange',
  ),
  // Innocent trap: "I won't insult or threaten anyone" before a long factual account; complete.
  c(
    'r21h-79',
    'ru',
    'Здравствуйте. Я не буду никого оскорблять и не собираюсь угрожать, просто изложу факты по порядку. Заказ: душевая кабина 90×90 с поддоном, стеклянными дверями и верхней крышкой с тропическим душем, общая сумма 54 300 ₽. Доставка пришла 12 мая, коробки внешне целые, я расписался у курьера. Собирать начали 14 мая вместе с сантехником, и при сборке выяснились две вещи. Первое: у поддона трещина длиной около 7 см у сливного отверстия, она сквозная, вода из неё капает на пол — видно на фото 1 и 2. Второе: в комплекте нет верхней крышки с тропическим душем, хотя она есть и в описании товара, и в списке комплектации в инструкции (фото 3 — страница инструкции, фото 4 — все распакованные коробки). Стёкла, двери, смеситель и профили в порядке, поэтому возвращать кабину целиком я не хочу: её уже частично собрали, а обратная доставка 70 кг займёт месяц. Прошу прислать новый поддон и верхнюю крышку. Сантехник свободен до конца июня, поэтому буду благодарен, если отправите до 20 июня и пришлёте трек-номер.',
    'photo',
    [],
    'exchange',
  ),
  // E-bike gift: "halfwit packers" is name-calling; the owner's home address and "Think about that" a veiled threat.
  c(
    'r21h-80',
    'en',
    "The e-bike I bought for my wife's birthday arrived on 11 March with the top tube scratched down to bare aluminium and the display cracked. Photos attached. Refund in full. Your halfwit packers threw a 25 kg bike into a box with no padding at all. And yes, I know where your owner lives; it is on the company filing. Think about that.",
    'photo',
    ['insult', 'threat'],
    'full_refund',
  ),
];
