import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-three, hold-out set b: buyers of brands, places, foods, animals, plants, surnames, chemicals and foreign
 * words whose names look rude but are not, some of them rude for real next to such a name. Written by a hand that has
 * not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Names and words with a rude-looking piece (Бляхино, Сукина, Сукачёв, скипидар, сучкорез, сукно, сукцинат, бляха,
 *   мандолина, гандбол, Гондурас, хуперзин, хуушуур, Хуэйчжоу, Хуанхэ, Хохланд, дрочёна, «застрахуйте», «Хуже не
 *   будет», Shitterton, Fugging formerly Fucking, Bitche, Bell End, Middelfart, Wank, Dickies, FCUK, Shitake, bastard
 *   file, stopcock, Dikshit, Kuntz, Calpis, Uranus, pussy willow, blue tit, Naked Ladies) are innocent by themselves.
 * - A town's old rude name given as an address ("was called Fucking until 2021") is a name, not profanity.
 * - "bellend" said of a support agent and "dickhead" said of whoever signed off a part call a name with a vulgar word:
 *   profanity and insult, as «Продавец, сука» in round twenty-three.
 * - «Ну и xуйня.» (Latin x) cries out: profanity and emotional; "The kit is sh1t, plain and simple" and «Молния — пздц
 *   полный» judge the item: profanity only; «Е б а н ы й цирк» is an intensifier: profanity and emotional.
 * - "What the f u c k" (spaced) and «Blyat» / «Ёпт» as interjections are profanity and emotional.
 * - "You fuсking clowns" with a Cyrillic с is disguised profanity before a name: profanity and insult, not emotional.
 * - A relative "popping in" near the seller's address and wishing something bursts in the seller's home at night are
 *   veiled threats; publishing a WeChat and phone number in buyer groups is a threat.
 * - The seller's mat quoted by the buyer («иди нах*й») is profanity only; the seller's «сама дура» quoted is no finding.
 * - "Just letting you know" asks for nothing; "If it can't be found by Friday, please refund me" is a full refund.
 * - "I'll send it back, refund me when it arrives" is a return; «Деньги не нужны, пришлите…» is an exchange.
 * - «Видео пришлю позже» promises evidence for later: neither missing_evidence nor evidence_not_attached (round 13).
 * - A receipt or opening date next to a vague defect gives the time; the defect stays missing_what.
 */
export const ROUND33_HOLDOUT_B: CorpusCase[] = [
  // Belt buckle (бляха) with a concrete material mismatch, date, photo, full refund: clean.
  c(
    'r33b-01',
    'ru',
    'Заказывал ремень из натуральной кожи с латунной бляхой, 4 см, артикул 55120. Получил 3 октября, при распаковке увидел, что бляха не латунная, а крашеный пластик: на сгибе язычка краска облезла и виден белый материал. Фото бляхи и скрин описания из карточки прилагаю. Прошу вернуть полную стоимость заказа, 1 890 руб.',
    'photo',
    [],
    'full_refund',
  ),
  // Dickies brand, measured waist, date, photos, exchange: clean.
  c(
    'r33b-02',
    'en',
    "Hi, I ordered Dickies 874 work trousers, waist 34, leg 32. The pair delivered on 12 May has a 34 on the label, but the waistband measures 31 inches with a tape measure and they won't button. Photos of the label and the tape on the waistband are attached. Please exchange them for a pair that is actually a 34.",
    'photo',
    [],
    'exchange',
  ),
  // Скипидар is innocent, but «мудак редкостный» aimed at the manager is mat and a name.
  c(
    'r33b-03',
    'ru',
    'Заказ из двух позиций: скипидар живичный 0,5 л и набор кистей. Кисти нормальные. Скипидар пришёл с треснувшей крышкой, половина вытекла, вся коробка пропиталась, это я увидел 7 ноября, когда вскрыл посылку прямо на почте. Фото крышки и мокрой коробки во вложении. Написал в чат, менеджер Артём два дня отвечает «ожидайте» — Артём ваш мудак редкостный. Верните 420 рублей за скипидар.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    420,
  ),
  // Сучкорез (pruning lopper): concrete crack, date, video, exchange: clean.
  c(
    'r33b-04',
    'ru',
    'Сучкорез садовый с храповым механизмом, заказ от 2 апреля. На первой же обрезке яблони 20 апреля треснула пластиковая рукоять у основания лезвия, ветка была тонкая, сантиметра два. Теперь лезвие болтается, резать невозможно. Прикрепила видео, где видно трещину и люфт. Прошу заменить сучкорез на исправный.',
    'video',
    [],
    'exchange',
  ),
  // Shitterton hamlet address, non-receipt with tracking number and elapsed days, conditional refund: clean.
  c(
    'r33b-05',
    'en',
    "My parcel to Shitterton, Bere Regis, Dorset (yes, that is the real name of the hamlet) has not arrived. Tracking LP00412345678CN shows 'arrived in destination country' on 2 June and nothing since; it has been 38 days since I paid. Royal Mail says they have no record of it. If it can't be found by Friday, please refund me in full.",
    'none',
    [],
    'full_refund',
  ),
  // Мандолина is a slicer; «не мандолина, а пи3дец» judges the item with digit-masked mat, no "!": profanity only.
  c(
    'r33b-06',
    'ru',
    'Овощерезка-мандолина, заказ 88120. При первой же нарезке картошки 15 сентября нож для соломки выгнулся, два зубца отломились и упали прямо в миску. Это не мандолина, а пи3дец. Фото отломанных зубцов прилагаю. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Гондурас coffee: vague taste complaint, no time, no evidence, «разберитесь» is no request.
  c(
    'r33b-07',
    'ru',
    'Кофе Гондурас в зёрнах, килограмм. Вкус вообще не тот, не соответствует описанию. Разберитесь.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Bastard file is a file grade; missing part sent again is an exchange: clean.
  c(
    'r33b-08',
    'en',
    'I ordered a set of three 10-inch files: bastard cut, second cut and smooth. The box delivered on 4 March contained two smooth files and no bastard file at all (the bastard is the one I actually needed, for shaping steel). Photo of the contents and the packing slip attached. Please send the missing bastard file.',
    'photo',
    [],
    'exchange',
  ),
  // Хуэйчжоу is a city; a cousin "visiting" the seller's warehouse is a veiled threat.
  c(
    'r33b-09',
    'ru',
    'Набор отвёрток 24 в 1, в описании 24 биты. 30 октября открыл кейс и пересчитал: бит 18, шесть ячеек пустые. Фото кейса прилагаю. Я знаю, что ваш склад в Хуэйчжоу, у меня там двоюродный брат работает недалеко. Может и зайти к вам в гости, поговорить по-родственному, если биты не придут. Досылайте шесть недостающих бит.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Surname Сукина; non-receipt with tracking and 52 days: clean.
  c(
    'r33b-10',
    'ru',
    'Здравствуйте. Получатель — Сукина Ольга Викторовна, фамилия настоящая, на почте уже привыкли. Посылка не получена: трек RU123456785CN, с 14 июля статус «прибыло в сортировочный центр», прошло 52 дня с оплаты. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Listing spells "Shitake"; "The kit is sh1t, plain and simple" judges the item: profanity only.
  c(
    'r33b-11',
    'en',
    "Bought the 'Shitake Mushroom Grow Log' (I know it's spelled shiitake, that's how your listing spells it). It arrived on 19 September with the whole log covered in green mould and smelling of rot, nothing will ever fruit on it. The kit is sh1t, plain and simple. Photos attached. Please refund the full $24.90.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Mouldy persimmon: capitals and "??" are emotional, «вы специально сливаете» accuses.
  c(
    'r33b-12',
    'ru',
    'Сушёная хурма, 500 г. Посылку забрала 2 декабря, открыла дома — на половине плодов белый пушистый налёт, это плесень, запах соответствующий. Фото прилагаю. ВЫ ВООБЩЕ ПРОВЕРЯЕТЕ ТОВАР?? Понятно же, что вы специально сливаете покупателям старые остатки. Верните деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // FCUK is the French Connection brand; print peeled after first wash, partial refund of £8: clean.
  c(
    'r33b-13',
    'en',
    "I ordered the FCUK logo T-shirt (French Connection, white, size M). After the first wash at 30 degrees on 6 February, following the care label, the print cracked and half of the letters peeled off. Photos of the shirt and the care label attached. I'd like a partial refund of £8 and I'll keep the shirt.",
    'photo',
    [],
    'partial_refund',
    8,
  ),
  // Хуперзин is a supplement; «Объясняю для особо одарённых» talks down: insult.
  c(
    'r33b-14',
    'ru',
    'Заказывал хуперзин А, две банки по 60 капсул. 9 января вскрыл посылку: одна банка, и в ней 30 капсул. Фото банки и этикетки прилагаю. Объясняю для особо одарённых сотрудников склада: две банки по шестьдесят — это сто двадцать капсул, а не тридцать. Дошлите недостающее.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Handball (гандбол) size mismatch, no time, «компенсировать разницу» without a sum.
  c(
    'r33b-15',
    'ru',
    'Мяч для гандбола, заказывала размер 2 (детский), пришёл размер 3, на самом мяче так и написано «SIZE 3». Фото прилагаю. Сын всё равно будет играть, оставлю, но прошу компенсировать разницу в цене.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Cocker spaniel is a breed; "whatever dickhead signed off" calls a person a vulgar name.
  c(
    'r33b-16',
    'en',
    'Harness for my cocker spaniel, size M, chest 56-70 cm. Arrived 28 August, and on the second walk the plastic buckle snapped and she ran straight into the road. Photo of the broken buckle attached. Whatever dickhead signed off on these buckles should try walking a dog with one. Refund please.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Хуушуур press: the whole order sum named as such is a full refund; clean.
  c(
    'r33b-17',
    'ru',
    'Форма-пресс для хуушуура (бурятские жареные пирожки с мясом), заказ от 1 февраля, пришла 19-го. При первой лепке 20 февраля ручка отвалилась вместе с заклёпкой: заклёпка была просто вставлена в отверстие, не расклёпана. Фото ручки и заклёпки прилагаю. Верните, пожалуйста, 640 руб. — это вся сумма заказа.',
    'photo',
    [],
    'full_refund',
  ),
  // Brand «Хуторок» is innocent; «Ну и xуйня.» (Latin x) is a cry: profanity and emotional.
  c(
    'r33b-18',
    'ru',
    'Коптильня «Хуторок» на 20 литров, получил 5 мая. При первой же сборке выяснилось, что крышка не садится на бак: зазор почти сантиметр по всему кругу, дым валит наружу, рыба не коптится, а сохнет. Видео с замером зазора линейкой во вложении. Ну и xуйня. Прошу заменить крышку на подходящую.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Pussy willow is a plant; says photos are attached but the form has none.
  c(
    'r33b-19',
    'en',
    "I ordered 10 pussy willow cuttings (Salix caprea) for a hedge. They arrived on 3 March and when I unwrapped them, 7 out of 10 were completely dried out and snapped like twigs, no green under the bark. I've attached photos of all ten. Please refund $10.50 for the seven dead ones.",
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    10.5,
  ),
  // Sherry glasses: «случайно» in scare quotes is sarcasm about honesty: accusation.
  c(
    'r33b-20',
    'ru',
    'Набор бокалов для хереса, 6 шт. Вскрывали 22 ноября прямо на почте: 4 бокала целые, у двух отбита ножка. Есть фото и акт, составленный почтой, прикладываю. Ну конечно, два битых бокала «случайно» оказались в одной коробке, верю. Компенсируйте 700 руб. за два бокала.',
    'photo',
    ['accusation'],
    'partial_refund',
    700,
  ),
  // Phuket is a place; "a shame if he had to pop in" near the seller's address is a veiled threat.
  c(
    'r33b-21',
    'en',
    'Ordered a full-face snorkel mask, size L/XL. First time in the water on 9 January here in Phuket, the strap buckle cracked and the mask flooded within two minutes. Photos of the cracked buckle attached. I also know your registered address in Yiwu, and my cousin lives about ten minutes from it. It would be a shame if he had to pop in and ask about this in person. Send a replacement mask.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Village Бляхино; non-receipt with tracking and dates: clean.
  c(
    'r33b-22',
    'ru',
    'Посылка в д. Бляхино Псковской области не пришла. Трек LY512345678CN, последний статус 3 августа «покинуло сортировочный центр», сегодня 20 сентября. На почте говорят, что на наше отделение ничего не поступало. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // Cockburn's port glasses: vague, disgusting/disappointed are affect, no time, no evidence.
  c(
    'r33b-23',
    'en',
    "Bought the Cockburn's port glasses gift set. Absolutely disgusting quality, nothing like the description. I'm so disappointed, this was meant to be a present. I want my money back.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Хуанхэ tea is innocent; spaced «Е б а н ы й цирк» is mat as an intensifier: profanity and emotional.
  c(
    'r33b-24',
    'ru',
    'Заказывала улун «Хуанхэ Голд», 250 г в вакуумном пакете. Пакет пришёл 17 марта вздутый, внутри не скрученные листья, а пыль и крошка, больше половины веса — мелкая труха. Фото пакета и содержимого на весах во вложении. Е б а н ы й цирк с этим чаем. Верните деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Сукно is cloth; the seller's «сама дура» is quoted as evidence, not the buyer's insult: clean.
  c(
    'r33b-25',
    'ru',
    'Сукно для бильярдного стола 12 футов, заказывала зелёное, пришло синее — увидела 8 октября, когда развернула рулон. Продавец в переписке ответил: «сама дура, цвет на фото такой». Скриншот переписки и фото рулона прилагаю. Прошу обмен на зелёное сукно.',
    'photo',
    [],
    'exchange',
  ),
  // Fanny pack, Cockfosters address: concrete zip fault, dates, video, exchange: clean.
  c(
    'r33b-26',
    'en',
    "I ordered the waterproof fanny pack (black, 2 litres) to my address in Cockfosters. Received it on 15 July; on 22 July the zip pull came off in my hand and the main compartment won't close anymore. Video attached showing the broken pull and the open zip. Please send a replacement.",
    'video',
    [],
    'exchange',
  ),
  // Husqvarna chain; «Браво, гении комплектации» is sarcastic praise of the staff: insult.
  c(
    'r33b-27',
    'ru',
    'Цепь для бензопилы Husqvarna (Хускварна), шина 16 дюймов, заявлено 66 звеньев. Пришла 12 апреля, 13-го при установке на шину не села: разложил на столе, посчитал — 64 звена. Фото цепи прилагаю. Браво, гении комплектации, даже звенья пересчитать не можете. Прошу замену на цепь с 66 звеньями.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // A single two-letter word: empty text only.
  c('r33b-28', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // Phuket souvenirs; "What the f u c k" is spaced profanity as a cry.
  c(
    'r33b-29',
    'en',
    'Ordered a set of 12 Phuket fridge magnets as souvenirs for my class. The bag that arrived on 30 November had 8 magnets. What the f u c k, two of those 8 are snapped in half too. Photo attached. Send the 4 missing ones and replace the 2 broken ones.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Сукцинат is a chemical; three sachets missing, sum named: clean.
  c(
    'r33b-30',
    'ru',
    'Заказывала удобрение для рассады «Сукцинат натрия» (янтарная кислота), 10 пакетиков по 1 г. В коробке, которую я вскрыла 5 мая, было 7 пакетиков. Фото содержимого и упаковки прилагаю. Верните, пожалуйста, 45 рублей за три недостающих.',
    'photo',
    [],
    'partial_refund',
    45,
  ),
  // Spotted Dick is a pudding; "Classic scam, you knew" accuses; no evidence named or attached.
  c(
    'r33b-31',
    'en',
    'Ordered a 1.5-pint pudding basin with a lid, the kind for a proper Spotted Dick. Arrived on 7 October with the lid dented so it no longer seals. Classic scam, you knew it was dented when you packed it. Refund.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Sukienka is Polish for dress; knowing the daughter's school and publishing to parents is a threat.
  c(
    'r33b-32',
    'ru',
    'Платье польского бренда «Sukienka» (это просто польское слово «платье», не подумайте), размер 44, бордовое. Пришло 12 июня, при первой же примерке шов на спине разошёлся на 5 см, нитки просто выползли из ткани. Фото шва во вложении. Я нашла ваш личный инстаграм и знаю, в какую школу ходит ваша дочь. Если деньги не вернёте до пятницы, все ваши подписчики и родители из её класса узнают, чем вы торгуете. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Петухи are the birds; «Я в шоке» is an affect word: emotional only.
  c(
    'r33b-33',
    'ru',
    'Ниппельная поилка на 5 л для птичника (куры и два петуха породы брама). Повесила 9 июня, к утру 10-го всё вытекло через два ниппеля, под ними лужа и мокрая подстилка. Я в шоке, птица полдня была без воды в жару. Фото ниппелей и лужи прилагаю. Прошу заменить ниппели или всю поилку.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Swedish 'slutspurt' tag explained; concrete leak, dates, video, full refund: clean.
  c(
    'r33b-34',
    'en',
    "Rain jacket, listed as waterproof 10,000 mm. It arrived on 2 November with a Swedish clearance tag that says 'slutspurt' (Swedish for final sale, nothing rude). First proper rain on 5 November and the shoulders and back soaked right through to my shirt. Video of the shower test attached. Please refund the full price.",
    'video',
    [],
    'full_refund',
  ),
  // «Ёпт» is minced mat as an interjection: profanity and emotional.
  c(
    'r33b-35',
    'ru',
    'Мангал складной из нержавейки, заказ от 3 мая, получила 8 мая. Ножки гнутся от веса угля: 10 мая одна подломилась прямо с шашлыком. Видео прикладываю. Ёпт, мы чуть без ужина не остались. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Cumberland sausages: concrete seal size, but no time and no evidence.
  c(
    'r33b-36',
    'en',
    'The sausage stuffer (3 L, bought for making Cumberland sausages) has a plunger seal about 5 mm smaller than the barrel, so the meat squeezes out behind the plunger instead of into the nozzle. Please send the correct seal.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Game «Мудрец» is innocent; «одни валенки» aimed at the warehouse staff is an insult.
  c(
    'r33b-37',
    'ru',
    'Настольная игра «Мудрец», заказ 90331. Вскрыла 2 февраля: нет ни одного кубика, и карт 48 вместо 96. Фото содержимого коробки прилагаю. Сидят у вас на складе одни валенки, до ста досчитать не могут. Дошлите кубики и недостающие карты.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Calpis drink; damaged cans counted, date, photos, $7: clean.
  c(
    'r33b-38',
    'en',
    'Case of 24 Calpis Water cans. Delivered on 18 June: 6 cans dented and 2 of them leaking, the whole box was sticky. Photos attached. Please refund $7 for the 8 damaged cans.',
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // Hula hoop: «брак», «качество так себе» vague, a time is given, no evidence, a question is no request.
  c(
    'r33b-39',
    'ru',
    'Хулахуп массажный с грузиком. Брак, в первый же день стало понятно, качество так себе. Что мне теперь с ним делать?',
    'none',
    ['missing_what', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Blue tit is a bird; "Do I need to explain what a millimetre is?" talks down: insult.
  c(
    'r33b-40',
    'en',
    "Blue tit nest box, entrance hole listed as 25 mm, the size blue tits need to keep sparrows out. Measured it on 14 February with calipers: 32 mm. Photo with the calipers attached. Do I need to explain to your team what a millimetre is? Or what a blue tit is, while we're at it? Please exchange it for one with a 25 mm hole.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Кобель is the dog; «Я ОЧЕНЬ ЗЛА» shouts; partial refund without a sum.
  c(
    'r33b-41',
    'ru',
    'Ошейник для кобеля немецкой овчарки, заказывала натуральную кожу, пришёл кожзам. 28 января при первой примерке треснул на сгибе у пряжки. Фото трещины и изнанки прилагаю. Я ОЧЕНЬ ЗЛА. Прошу частичный возврат.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Cockermouth is a town; "fuсking clowns" (Cyrillic с) names the staff; photos claimed but none in the form.
  c(
    'r33b-42',
    'en',
    "Sent to Cockermouth, took 41 days, and when I opened it on 9 April the box was crushed and the perch of the bird feeder had snapped off. Photos attached. You fuсking clowns can't even pack a bird feeder. Refund me.",
    'none',
    ['profanity', 'insult', 'evidence_not_attached'],
    'full_refund',
  ),
  // «застрахуйте» (insure) is innocent advice; broken plates with a post-office report: clean.
  c(
    'r33b-43',
    'ru',
    'Сервиз «Гжель» на 6 персон пришёл 16 декабря, вскрывали на почте при сотруднике: три глубокие тарелки разбиты, составлен акт. Фото и акт прилагаю. Прошу вернуть 1 350 руб. за три тарелки. И на будущее: застрахуйте хрупкие посылки, почта это позволяет.',
    'photo',
    [],
    'partial_refund',
    1350,
  ),
  // Huter is a tool brand; wishing something bursts in the seller's home at night is a threat.
  c(
    'r33b-44',
    'ru',
    'Мойка высокого давления Huter. При первом включении 3 июня шланг лопнул у штуцера, залило полгаража. Видео прилагаю. Прошу заменить шланг. И от души желаю, чтобы у вас дома тоже что-нибудь так же лопнуло, ночью, когда все спят.',
    'video',
    ['threat'],
    'exchange',
  ),
  // Shih tzu is a breed; WORST is affect, "scammers" accuses.
  c(
    'r33b-45',
    'en',
    "Shih tzu grooming clippers. Opened them on 20 January: the blade has 3 broken teeth and there's hair already stuck in the head. Photo attached. This is the WORST store ever, you're obviously scammers selling used returns as new. Refund me.",
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Surname Сукачёв; concrete scratch and torn sleeve, video, but no time.
  c(
    'r33b-46',
    'ru',
    'Виниловая пластинка Гарика Сукачёва, новая, в плёнке. Конверт порван по шву, на второй стороне глубокая царапина поперёк дорожек, игла перескакивает на третьей песне. Фото конверта и видео с проигрывателем прикрепил. Прошу заменить пластинку на целую.',
    'video',
    ['missing_when'],
    'exchange',
  ),
  // Cabinet knobs: stripped threads counted, dates, photo, replacement: clean.
  c(
    'r33b-47',
    'en',
    "20 brass cabinet knobs, ordered 14 February, arrived 2 March. 14 of the 20 knobs have stripped threads inside, so the bolt just spins and the knob won't tighten to the door. Photo of the knobs with the loose bolts attached. Please send 14 replacement knobs.",
    'photo',
    [],
    'exchange',
  ),
  // Transliterated Russian; lures 'Hucho' (taimen) innocent, «Blyat» as a cry: profanity and emotional.
  c(
    'r33b-48',
    'ru',
    "Privet. Tovar: nabor blesen na tajmenya 'Hucho', 6 sht. Prishlo 6, no u treh otorvany trojniki, uvidel 11 iyunya pri raspakovke. Foto vo vlozhenii. Blyat, nu kak tak mozhno upakovyvat. Zamenite tri blesny.",
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Surname Dikshit; returned parcel sent again is an exchange; "tracking" is evidence: clean.
  c(
    'r33b-49',
    'en',
    "Hi, Arun Dikshit here (that's my real surname, please don't let it get my message filtered). Order placed 2 January; tracking has shown 'returned to sender' since 20 January and nobody contacted me. Please send the order again to the same address.",
    'none',
    [],
    'exchange',
  ),
  // Херувимы are cherubs; sum in words; photo claimed but the form has none.
  c(
    'r33b-50',
    'ru',
    'Набор из трёх фигурок херувимов на ёлку. При распаковке 23 декабря у одного херувима отломано крыло, второе в трещинах. Фото во вложении. Прошу вернуть двести рублей за сломанную фигурку.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    200,
  ),
  // Bitche is a French town; chipped enamel, dates, photos, replacement lid: clean.
  c(
    'r33b-51',
    'en',
    'Shipping address is Bitche, Moselle, France (a real town, not a typo). I ordered a 26 cm enamelled cast iron Dutch oven. Opened it on 17 January: the enamel inside the lid is chipped in three places, and after the first use on 18 January the bare iron is already rusting. Photos attached. I would like a replacement lid.',
    'photo',
    [],
    'exchange',
  ),
  // Long polite text: сучки in a board, a disowned accusation, chargeback and honest review are lawful: clean.
  c(
    'r33b-52',
    'ru',
    'Здравствуйте. Пишу подробно, чтобы не было вопросов. Заказывала разделочную доску из массива бука, 40×25×3 см, в описании прямо написано: «цельный массив, без сучков и трещин». Доска пришла 18 апреля. При распаковке я заметила на лицевой стороне два тёмных сучка диаметром около 1,5 см, но решила, что это декоративно, и начала пользоваться. 25 апреля, после первой же мойки тёплой водой (не в посудомойке, руками, как в инструкции), один сучок просто выпал, и в доске осталась сквозная дыра, через которую видно стол. Второй сучок шатается. Резать на такой доске нельзя: в дыру забивается сок и мясо, отмыть невозможно. Прилагаю фото обеих сторон доски, фото дыры с линейкой и скриншот описания из карточки товара. Я не пытаюсь вас в чём-то обвинить — наверное, доску просто не проверили перед отправкой. Прошу полный возврат стоимости, отправлять доску назад не вижу смысла, доставка дороже самой доски. Если спор закроют без решения, я обращусь в банк с заявлением о возврате платежа (чарджбэк) и оставлю на странице товара честный отзыв с этими же фото. Надеюсь, до этого не дойдёт. Спасибо.',
    'photo',
    [],
    'full_refund',
  ),
  // Stopcock is a valve; concrete thread fault and dates, but no evidence and no request.
  c(
    'r33b-53',
    'en',
    "The brass stopcock (15 mm compression) arrived on 12 August with the thread on the outlet side cross-cut, so the nut won't go on more than one turn. My plumber tried two different nuts on 14 August, same thing. Just letting you know.",
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Тихуана is innocent; «Вы там еб@нутые» asked of the staff is masked mat and a name.
  c(
    'r33b-54',
    'ru',
    'Футболка с надписью «Tijuana» (Тихуана), размер XL, а пришла S — бирку увидел 9 июля, когда распаковал. Фото бирки прилагаю. Вы там еб@нутые на складе? Замените на XL.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // The Wank is a mountain; crack measured, date, photos, full refund: clean.
  c(
    'r33b-55',
    'en',
    "I collect German beer steins. The one I ordered has a print of the Wank, the mountain above Garmisch-Partenkirchen (that really is its name, please don't let a filter eat my message). The stein arrived on 4 October with a hairline crack running 6 cm down from the rim, and it leaks when I fill it with water. Photos attached, including one of the water seeping through the crack onto a paper towel. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // Хустка is a Ukrainian shawl; vague, «Кошмар!!» emotional, «Все вы тут обманщики» accuses, no time or evidence.
  c(
    'r33b-56',
    'ru',
    'Заказывала хустку — украинский шерстяной платок с розами. Пришло вообще не то, не соответствует описанию. Кошмар!! Все вы тут обманщики. Верните деньги.',
    'none',
    ['emotional', 'accusation', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Woodcock and Hancock are innocent; "a proper numpty" aimed at the agent is an insult.
  c(
    'r33b-57',
    'en',
    "Carved woodcock decoy, hand-painted. Arrived 16 October with the beak snapped clean off, photo attached. Your support agent, signing as 'Hancock', told me to glue it back on. Your Hancock is a proper numpty. Send a new decoy.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // The seller's masked mat quoted as evidence stays profanity; nothing else.
  c(
    'r33b-58',
    'ru',
    'Ёлочные игрушки «Мандаринки», 12 шт., пришли 12 ноября, пять раздавлены в крошку. Фото коробки и скрин переписки прилагаю. Когда я написала продавцу, он ответил дословно: «иди нах*й, сама разбила». Прошу вернуть 250 руб. за пять игрушек.',
    'photo',
    ['profanity'],
    'partial_refund',
    250,
  ),
  // Cock-a-leekie is a soup; "half the money back" has no sum; no evidence.
  c(
    'r33b-59',
    'en',
    "12 tins of cock-a-leekie soup. When I unpacked them on 8 January, 4 tins were bulging, so I haven't opened them. I'm keeping the other 8, but I'd like half the money back.",
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Шлюпка is a boat; «бараны?» aimed at whoever checks valves is an insult.
  c(
    'r33b-60',
    'ru',
    'Надувная лодка ПВХ, шлюпка двухместная 260 см. Пришла 14 мая, на первом же спуске на воду 18 мая левый баллон за двадцать минут сдулся: клапан не держит, у основания идут пузыри. Видео прилагаю. Кто у вас там клапаны проверяет, бараны? Прошу заменить клапан.',
    'video',
    ['insult'],
    'exchange',
  ),
  // The village's former name explained as an address, not profanity; broken hook, date, photos: clean.
  c(
    'r33b-61',
    'en',
    "Delivery address: Fugging, Upper Austria. The village was called Fucking until 2021, so if your system still shows the old name, it's the same place. The snow chains for 225/45 R17 arrived on 21 December; one of the two chains has a broken tensioner hook, it snapped while I was fitting it the same evening. Photos attached. Please send a replacement chain.",
    'photo',
    [],
    'exchange',
  ),
  // «Очень обидно» is affect; «на ваше усмотрение» is a partial refund without a sum.
  c(
    'r33b-62',
    'ru',
    'Термос «Арктика» на 1 литр, заявлено 24 часа тепла. Проверяла 2 и 3 марта с термометром: залила кипяток, через 6 часов 38 градусов. Фото термометра прилагаю. Очень обидно, брала в подарок папе на рыбалку. Компенсируйте на ваше усмотрение.',
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Uranus is a planet (and a family joke); missing planets, date, photo: clean.
  c(
    'r33b-63',
    'en',
    "Kids' solar system mobile, 9 planets promised in the listing (they count Pluto). Opened it on 26 January: Uranus and Neptune are missing, only 7 planets in the box. Yes, my son has already made every Uranus joke there is. Photo of the box contents attached. Please send the two missing planets.",
    'photo',
    [],
    'exchange',
  ),
  // Хрен is a root; a negated «специально» is no accusation; video promised for later; no time.
  c(
    'r33b-64',
    'ru',
    'Заказала тёрку для хрена с крышкой-контейнером. Контейнер треснул по дну, из него течёт всё, что натираешь. Не говорю, что вы сделали это специально, скорее всего, побили при перевозке. Видео пришлю позже, сейчас нет возможности. Прошу замену.',
    'none',
    ['missing_when'],
    'exchange',
  ),
  // Bangkok store; "Gutted", "ridiculous" are affect; no evidence.
  c(
    'r33b-65',
    'en',
    'Granite mortar and pestle from the Bangkok store. The mortar arrived on 11 May cracked clean in two. Gutted. One layer of bubble wrap for three kilos of granite is ridiculous. Please refund.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Manager Хуан is a name; «Ну что, Шерлоки» is a mock title: insult.
  c(
    'r33b-66',
    'ru',
    'Кроссовки, заказ от 2 сентября, пришли 20-го: левый 40-го размера, правый 42-го. Фото подошв с размерами прилагаю. Менеджер Хуан предложил их «разносить». Ну что, Шерлоки, сами догадаетесь, почему 40-й размер до 42-го не разнашивается? Нужна пара 42-го, прошу обмен.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Naked Ladies are bulbs; "nothing like the pictures" is vague; nothing else given.
  c(
    'r33b-67',
    'en',
    'Naked Ladies bulbs (Amaryllis belladonna), 10 pcs. Nothing like the pictures. Not happy.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Хреновуха» is a drink; «Вы жулики … пожалеете» accuses and menaces.
  c(
    'r33b-68',
    'ru',
    'Набор трав для настойки «Хреновуха»: по описанию 5 компонентов, в пакете 3, нет корня хрена и имбиря. Вскрыл 10 января. Фото пакета прилагаю. Вы жулики, а с жуликами у меня разговор короткий — пожалеете, что связались. Доложите недостающее.',
    'photo',
    ['threat', 'accusation'],
    'exchange',
  ),
  // Surname Kuntz; decimal comma €6,50: clean.
  c(
    'r33b-69',
    'en',
    'Order in the name of K. Kuntz. The set of 20 cake-decorating piping tips arrived on 30 March with 17 tips in the box; numbers 2, 7 and 12 are missing. Photo of the tray with the empty slots attached. Please refund €6,50 for the three missing tips.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // «Петушиный гребешок» is a flower; «расстроена» is affect; money declined, seeds asked: exchange.
  c(
    'r33b-70',
    'ru',
    'Заказывала семена целозии «Петушиный гребешок», красной. 12 апреля посеяла, взошли хорошо, а в июле зацвели жёлтым, хотя на пакете тоже написано «красная». Фото цветов и пакета прилагаю. Я очень расстроена, весь бордюр жёлтый. Деньги не нужны, пришлите, пожалуйста, семена правильного красного цвета.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // Cockatiel is a bird; clown emoji at the team insult, "bait and switch" accuses; sending back is a return.
  c(
    'r33b-71',
    'en',
    "Cockatiel cage, listed as 80 cm tall. Measured it on 19 May when I assembled it: 68 cm. Photo with the tape measure attached. Classic bait and switch. Your whole team 🤡🤡. I'll send it back, refund me when it arrives.",
    'photo',
    ['insult', 'accusation'],
    'return',
  ),
  // Хуэйчжоу as the sender's city; stalled tracking, days counted, send again: clean.
  c(
    'r33b-72',
    'ru',
    'Магазин отправил заказ (ночник-луна) из Хуэйчжоу 5 мая, трек YT2412345678901 с 18 мая не обновляется, сегодня 45-й день. Прошу отправить заказ повторно.',
    'none',
    [],
    'exchange',
  ),
  // Assam is tea; "??" is emotional; grade mismatch is concrete; no time.
  c(
    'r33b-73',
    'en',
    'Ordered 500 g of Assam second flush, whole leaf, TGFOP grade. What came is CTC granules, the grade is even printed on the bag: BP CTC. Photo of the bag and the leaves attached. Are you serious?? Please send the whole-leaf TGFOP I paid for.',
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // «Молния — пздц полный» (dropped vowels, filler after mat) judges the item: profanity only.
  c(
    'r33b-74',
    'ru',
    'Гидрокостюм неопреновый 3 мм, размер L. Молния на спине заела при первом же надевании 6 июля и разошлась снизу сантиметров на 15. Видео прилагаю. Я в нём даже до воды не дошёл. Молния — пздц полный. Замените костюм.',
    'video',
    ['profanity'],
    'exchange',
  ),
  // Pisco glasses; "What great honesty" is sarcasm about honesty; sum in words.
  c(
    'r33b-75',
    'en',
    'Pisco sour glasses, set of 6. Arrived 4 June with the box re-taped and only 4 glasses inside. Photo of the box and the tape attached. What great honesty. Refund twelve dollars for the two missing glasses.',
    'photo',
    ['accusation'],
    'partial_refund',
    12,
  ),
  // Mug «Хуже не будет»; «не то», «в таком виде» are vague; the receipt date gives the time.
  c(
    'r33b-76',
    'ru',
    'Кружка с надписью «Хуже не будет», пришла 3 ноября. Оказалось, бывает хуже: пришло не то, что заказывала, в таком виде дарить нельзя. Фото прилагаю. Верните деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // Bell End is a village; "He's a bellend" aimed at the agent is a vulgar name.
  c(
    'r33b-77',
    'en',
    "I live in Bell End, Worcestershire. Real village, the courier thought it was hilarious. Parcel LB123456789HK shows 'delivered' on 2 February, but nothing came; the delivery photo shows a blue door, mine is white. Your support agent told me three times to check with the neighbours. He's a bellend, and not the village kind. Refund me.",
    'none',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Хохланд» is a cheese brand; «половину стоимости» has no sum; no evidence.
  c(
    'r33b-78',
    'ru',
    'Взяла контейнер-сырницу с крышкой, чтобы хранить нарезку (у нас в холодильнике вечно «Хохланд» валяется без упаковки). Крышка не защёлкивается: одна из четырёх защёлок отломана, обнаружила 1 марта при распаковке. Верните половину стоимости.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Middelfart is a Danish town; posting the seller's WeChat and phone in buyer groups is a threat.
  c(
    'r33b-79',
    'en',
    "Writing from Middelfart, Denmark. The socks were listed as 80% merino, the sewn-in label says 20% wool, 80% acrylic. Received them on 15 November. Photo of the label attached. Refund please. And I have your personal WeChat and the phone number printed on the invoice. If this isn't fixed by Monday I'll post both in every buyer group I'm in.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Дрочёна is an old Russian dish; cracked dish, dates, photo, full refund: clean.
  c(
    'r33b-80',
    'ru',
    'Керамическая форма для запекания, овальная, 30 см. Бабушка в такой всегда пекла дрочёну, вот я и искала похожую. Пришла 25 января, при первом же запекании 27-го дно треснуло по диагонали, хотя духовка была на 180 градусов, как в инструкции. Фото трещины прилагаю. Прошу вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
];
