import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty-five, hold-out set T: buyers who talk in vivid, violent or crude figures of speech (hunting, fishing,
 * war games, boxing, crime novels, black humour about themselves) mostly without meaning harm. Written by a hand that
 * has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Killing, dying and burial figures about a wish, the buyer herself, a product or a parcel ("I could have killed for",
 *   «убить готова за доставку», «чуть не умерла со смеху», «похороните меня в этом пледе», "the courier murdered my
 *   box", "slaughtered at airsoft", "could wake the dead") are neither threats nor feelings.
 * - «Меня этот зонт добил» is the last straw, a patience run out: emotional (as «терпение на исходе»), not a threat.
 * - "I could have strangled someone over this lamp" is rage with no target: emotional, not a threat.
 * - «Руки бы оторвать тому, кто это упаковывал / придумал?» is an aimed wish of harm at the seller's side: a threat, the
 *   question mark changes nothing.
 * - A hunter or boxer's menace (the warehouse address "just so you know", a lesson "на ринге" for the packer, brothers
 *   who "might drop by", guns in the safe with «не доводите до греха») is a veiled threat; a crime writer's "eleven ways
 *   to make a seller disappear … Kidding. Mostly." is one too.
 * - «Ну вы меня и убили этим заказом» with no affect word, capitals or "!!" is not emotional; «дарить стыдно» is mild
 *   embarrassment, no feeling.
 * - The genre name «фильм ужасов» is not the affect word «ужас»; "DEATHTRAP" about a blanket is no threat.
 * - Names of lures, perfumes, rose sorts and mugs (Killer Queen, Knock Out, Deadpool, «Убийца щуки»), the decoy duck,
 *   and words with rude-looking pieces (shiitake, Scunthorpe, колебаться, скипидар, рубля) are innocent.
 * - «я в нём выгляжу ох*енно» (masked mat praising the buyer's own look) is profanity only, not a cry.
 * - «шлимазлы» (Yiddish) aimed at the seller is name-calling: insult.
 * - Evidence promised for later with no file («видео сниму в выходные и пришлю») names evidence: neither
 *   `missing_evidence` nor `evidence_not_attached` (rounds thirteen and thirty-two).
 */
export const ROUND35_HOLDOUT_T: CorpusCase[] = [
  // "я бы убила за чайник" is a wish for the item, no threat; defect, date, photo and exchange: ready
  c(
    'r35t-01',
    'ru',
    'Я бы убила за нормальный чайник, честное слово. Этот, Kelli 1,7 л, пришёл 3 марта, и через неделю у него перестала защёлкиваться крышка: кнопка фиксатора провалилась внутрь корпуса и назад не выходит, крышка на кипении открывается сама. Фото кнопки и открытой крышки прилагаю. Прошу обменять на исправный чайник.',
    'photo',
    [],
    'exchange',
  ),
  // a deer hunter pointing out he has the warehouse address "just so you know" is a veiled threat
  c(
    'r35t-02',
    'en',
    "I've spent thirty years tracking deer through the woods, and I'm a patient man. Your warehouse address is printed right there on the return label. Just so you know. Anyway: the scope mount for my rifle arrived on 10 November with both ring screws stripped, they spin and never tighten. Photos of the screws attached. Refund me in full.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "чуть не умерла со смеху" and a jumper with reindeer are innocent; size mismatch, unpacking date, photo: ready
  c(
    'r35t-03',
    'ru',
    'Я чуть не умерла со смеху, когда развернула пакет: новогодний свитер с оленями оказался детским — на бирке рост 110, а заказывала 170. Смех смехом, а дарить мужу нечего. При распаковке 20 декабря сфотографировала бирку рядом с линейкой, фото во вложении. Прошу обменять на рост 170.',
    'photo',
    [],
    'exchange',
  ),
  // "в бешенстве!!" is emotional; concrete leak and date, but no evidence named or attached
  c(
    'r35t-04',
    'ru',
    'Я в бешенстве!! Вейдерсы протекли по шву на левом колене на первой же рыбалке, 18 апреля, домой пришёл мокрый по пояс. Пять минут в воде — и всё. Верните деньги.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "this dress is a killer" is praise; wrong size with label and slip, date, photos, refund: ready
  c(
    'r35t-05',
    'en',
    "This dress is a killer on the model, and honestly it would be on me too, if it fitted. It arrived on 12 May in size S instead of the M I ordered; the label inside says S and so does the packing slip. Photos of both attached. I'd like a full refund, as I've already bought the M elsewhere for the wedding.",
    'photo',
    [],
    'full_refund',
  ),
  // masked mat as an opening interjection is profanity and emotional; no evidence named
  c(
    'r35t-06',
    'ru',
    'Бл*, ну сколько можно. Третий раз заказываю у вас леску 0,25, и третий раз приходит 0,18 — 29 мая промерила микрометром в пяти местах. Рыба рвёт её, как нитку. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "меня этот зонт добил" is the last straw (patience gone): emotional, no threat; otherwise complete
  c(
    'r35t-07',
    'ru',
    'Меня этот зонт добил. Третий зонт за осень, и этот сломался быстрее всех: 9 октября открыла его у метро, и ручка осталась у меня в руке — отломилась вместе с пластиковой втулкой, внутри трубки даже клея нет. Фото ручки и втулки прилагаю. Верните, пожалуйста, деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // wishing the packer's arms torn off is an aimed wish of harm: threat
  c(
    'r35t-08',
    'ru',
    'Руки бы оторвать тому, кто это упаковывал. Стеклянный френч-пресс на 1 литр положили в тонкий пакет без единого слоя плёнки, и 14 ноября колба пришла треснувшей пополам, а носик отколот. Фото колбы и пакета прилагаю. Прошу полный возврат.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "the courier murdered my box" and "war zone" describe damage; €6,50 with a decimal comma is 6.5
  c(
    'r35t-09',
    'en',
    "The courier absolutely murdered my box — it looked like it had been through a war zone when I picked it up on 2 June. Inside, two of the six glass tea cups were smashed to bits; the other four survived. Photos of the box and the shards are attached. I'd like a partial refund of €6,50 for the two broken cups.",
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // "олени со склада" aimed at the staff with "опять отличились" is name-calling; the decoy duck is a thing
  c(
    'r35t-10',
    'ru',
    'Ну что, олени со склада, опять отличились. Подсадная утка для охоты (пластиковое чучело) пришла 19 сентября расколотой по шву на спине — в воде набирает воду и заваливается на бок. Фото трещины прилагаю. Прошу полный возврат.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "sent the damaged one on purpose" labels intent: accusation, though the facts are there
  c(
    'r35t-11',
    'en',
    "You clearly sent the damaged one on purpose, knowing I'd be out on the lake all week and wouldn't open it in time. The fish finder's sonar transducer has its cable split down to the copper, right at the plug; I found it when I unpacked it on 8 July. Photos of the cable attached. Full refund, please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a lure named «Убийца щуки» and black humour are innocent; one lure of three, 240 rubles: ready
  c(
    'r35t-12',
    'ru',
    'Воблер «Убийца щуки» оправдал название только наполовину: щука его и убила. На первой же рыбалке 6 мая, после второй поклёвки, у него вырвало заднюю петлю под тройник — она просто выкрутилась из корпуса, клей внутри не схватился. Фото корпуса с пустым отверстием прилагаю. Два других воблера из набора целы, поэтому прошу вернуть 240 рублей за этот один.',
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // "руки бы оторвать тому, кто это придумал?" is an aimed wish of harm even as a question: threat; "нужна замена" is an exchange
  c(
    'r35t-13',
    'ru',
    'Руки бы оторвать тому, кто это придумал? Держатель для удочки крепится к борту лодки барашком, а у барашка внутри сорвана резьба — он прокручивается вхолостую. Это было видно ещё при распаковке 2 июля, фото резьбы прилагаю. Нужна замена на держатель с целым барашком.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // "slaughtered at the airsoft field" is a war-game figure; fogging lens and snapped clip, date, video: ready
  c(
    'r35t-14',
    'en',
    "We got absolutely slaughtered at the airsoft field on Saturday, 14 September, and I'm blaming the goggles. The anti-fog lens fogged over completely within ten minutes of the first game, and the left strap clip snapped the first time I tightened it. Video attached showing both. Requesting a full refund.",
    'video',
    [],
    'full_refund',
  ),
  // masked mat with a filler judging the pan ("х*йня полная") is profanity only
  c(
    'r35t-15',
    'ru',
    'Сковорода-гриль 28 см — х*йня полная: антипригарное покрытие слезло пятнами уже после третьей жарки, 8 декабря, под ним голый металл. Фото дна прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // scare quotes around «ошибка» with "у вас же всегда так" is sarcasm about honesty: accusation
  c(
    'r35t-16',
    'ru',
    'Патронташ заказывала на 25 патронов, а петель в нём 18 — пересчитала при вскрытии 4 сентября, два раза. Ну конечно, очередная «ошибка» на складе, у вас же всегда так. Фото патронташа прилагаю. Прошу замену на патронташ на 25 патронов.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // boxing talk about the buyer's own sparring is innocent; torn seam, date, photo, exchange: ready
  c(
    'r35t-17',
    'ru',
    'Груша боксёрская 80 см, заказ от 2 февраля. Спарринг-партнёр меня на той неделе отделал как бог черепаху, но груша сдалась ещё раньше меня: на третьей тренировке, 19 февраля, разошёлся шов у верхнего кольца, из дыры сыплется ветошь. Фото шва прилагаю. Прошу замену на целую грушу.',
    'photo',
    [],
    'exchange',
  ),
  // comparing the packers to moose and mocking their thumbs is name-calling and condescension: insult
  c(
    'r35t-18',
    'en',
    "Did a herd of moose pack this? The spinning reel (size 3000) arrived on 15 March with the handle bent about thirty degrees, and the bail arm won't flip over at all. Photos attached. Send me a working reel, and maybe put someone with opposable thumbs in charge of packing.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // rage with no target ("could have strangled someone") is emotional, not a threat; the rest is vague
  c(
    'r35t-19',
    'en',
    "Honestly, I could have strangled someone over this lamp. It's just not what I paid for, the quality is nowhere near the pictures. Refund me.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // the perfume name Killer Queen is a brand; a third-full bottle at unpacking, photo: ready
  c(
    'r35t-20',
    'ru',
    'Заказывала туалетную воду Killer Queen, 50 мл. Посылка пришла 23 января, и при распаковке оказалось, что флакон заполнен примерно на треть — уровень жидкости ниже середины этикетки, хотя плёнка на коробке была целая. Фото флакона рядом с линейкой во вложении. Прошу вернуть полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // "WTF" as an interjection is profanity and emotional; the bag mismatch itself is concrete
  c(
    'r35t-21',
    'en',
    "The camera bag was listed as padded and shockproof. WTF — it's a single layer of nylon with a cardboard insert, and my lens hood cracked on the very first trip, 22 June. Photos of the inside of the bag attached. Full refund.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // a machete sheath 4 cm short is concrete, but there is no date or discovery moment
  c(
    'r35t-22',
    'ru',
    'Мачете в ножнах: ножны на 4 см короче клинка, остриё торчит наружу и уже проткнуло мне рюкзак. Фото ножен с клинком прилагаю. Прошу обменять ножны на подходящие по длине.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // crime-novel framing ("the case of the missing bookend") is innocent; sending the missing part is an exchange
  c(
    'r35t-23',
    'en',
    "The case of the missing bookend, as my wife calls it. I ordered a pair of cast-iron bookends shaped like magnifying glasses; when I opened the parcel on 9 March there was only one, and the foam insert had a slot for two. Photos of the insert and the packing slip ('qty 2') attached. Please send the missing second bookend.",
    'photo',
    [],
    'exchange',
  ),
  // masked mat next to a name for the packers is profanity and insult, not a cry; 800 rubles for eight balls
  c(
    'r35t-24',
    'ru',
    'Упаковщики у вас — ебл@ны безрукие. Коробку с ёлочными шарами засунули в мягкий пакет, из двенадцати целых четыре. Распаковала 27 декабря, фото осколков прилагаю. Прошу вернуть 800 рублей за восемь разбитых.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    800,
  ),
  // колебаться, скипидар, рубля only look rude; leaking oiler, date, photo, 342 rubles: ready
  c(
    'r35t-25',
    'ru',
    'Не буду долго колебаться и ходить вокруг да около. Набор для чистки охотничьего ружья (шомпол, ёршики, маслёнка) пришёл 11 ноября, и маслёнка протекла прямо в коробке: всё залито маслом, ёршики слиплись, футляр пахнет, как скипидар. Сам шомпол в порядке, его оставлю. Фото коробки изнутри прилагаю. Прошу частичный возврат — 342 рубля за маслёнку и ёршики.',
    'photo',
    [],
    'partial_refund',
    342,
  ),
  // "could wake the dead" is an idiom; false alarms, date, photo, but nothing asked for
  c(
    'r35t-26',
    'en',
    "Well, this smoke alarm could wake the dead, I'll give it that. It went off at 3 a.m. on 20 November with no smoke anywhere in the flat, and it has done the same every night since, even with a fresh battery. Photo of the unit with the battery date attached.",
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // finding the seller's children, shop and car and "будет жаль, если что-нибудь случится" is a threat
  c(
    'r35t-27',
    'ru',
    'Пишу по заказу от 12 июля. Котелок походный на 2 литра пришёл 1 августа, и уже на первом костре, 3 августа, у заклёпки левой ручки открылась дыра — вода течёт струйкой, суп ушёл в угли. Я не новичок, котелков у меня штук пять, ни один так себя не вёл. Фото заклёпки и мокрого кострища прилагаю. Прошу полный возврат.\n\nИ ещё. Я не поленилась и нашла ваш профиль в соцсети: там и адрес вашей лавки в Иу, и фотографии ваших детей у школы, и даже номер вашей машины. Будет очень жаль, если с ними что-нибудь случится. Подумайте об этом, когда будете отвечать.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // shiitake and Scunthorpe only contain rude-looking pieces; mouldy log, date, photos: ready
  c(
    'r35t-28',
    'en',
    'I ordered the grow-your-own shiitake log kit to my address in Scunthorpe. It arrived on 30 October with the log covered in green mould; the shiitake spores never took, and it smelled of rot the moment I cut the plastic. Photos of the log attached. Full refund please.',
    'photo',
    [],
    'full_refund',
  ),
  // "верните разницу" is a partial refund without a sum
  c(
    'r35t-29',
    'ru',
    'Заказывала гантели 2 × 5 кг, а на кухонных весах каждая весит 4,1 кг — взвесила 30 марта, в день получения. Фото гантелей на весах прилагаю. Оставлю их себе, но верните разницу.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "a pile of sh1t" with a digit for a letter judges the glove: profanity only
  c(
    'r35t-30',
    'en',
    'This boxing glove is a pile of sh1t: the inner lining tore on the second session, 3 March, and the foam is falling out of the thumb. Photos of the thumb attached. Exchange for a new pair, please.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // the seller's insult quoted as evidence is not the buyer's; night mode dead on set dates, photos, screenshot: ready
  c(
    'r35t-31',
    'ru',
    'Сначала о переписке, чтобы было понятно, почему я открываю спор. На мою первую жалобу продавец в чате ответил дословно: «Не нравится — выкинь, идиотка, читать описание надо». Скриншот переписки прикладываю, комментировать не буду.\n\nТеперь по существу. Фотоловушка для охоты, модель с ИК-подсветкой, пришла 7 августа. Днём снимает нормально, а ночная съёмка не работает: после заката на всех кадрах чёрный экран, инфракрасные диоды на передней панели не загораются ни от батареек, ни от внешнего блока питания. Проверяла три ночи подряд, 8, 9 и 10 августа, на разных настройках чувствительности, батарейки новые. В описании прямо написано, что ночная съёмка работает до 20 метров, — ради неё я ловушку и покупала, кабан у нас ходит только ночью. Фото передней панели и чёрные кадры с карты памяти во вложении. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "eleven ways to make a seller disappear ... Kidding. Mostly." menaces the seller despite the joke: threat
  c(
    'r35t-32',
    'en',
    'I write crime novels for a living, so I know at least eleven ways to make a seller disappear without a trace. Chapter twelve could easily be about you. Kidding. Mostly. Now, the facts: the typewriter ribbons (pack of 3) arrived on 4 December completely dried out, no ink transfers at all and my test page is blank. Photos of the ribbons and the blank page attached. Please refund the order.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a single two-letter word: empty text only
  c('r35t-33', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // black humour about the buyer's own age is no feeling; dead controller, date, photo, replacement: ready
  c(
    'r35t-34',
    'en',
    "I'm 84, so at this rate I'll be dead before a working one turns up, but let's try anyway. The heated throw arrived on 5 January with the controller's display blank; the blanket stays cold on every setting, and I've tried two sockets. Photo of the dead controller attached. Please send a replacement controller or a new throw.",
    'photo',
    [],
    'exchange',
  ),
  // two guns in the safe with «не доводите до греха» is a threat; «терпение на исходе» is emotional
  c(
    'r35t-35',
    'ru',
    'У меня в сейфе два ружья и терпение на исходе, так что не доводите до греха. Маскхалат «Лес» размера 52–54 пришёл 13 октября, а на бирке 44–46, в плечах не сходится даже на футболку. Фото бирки прилагаю. Прошу обмен на 52–54.',
    'photo',
    ['threat', 'emotional'],
    'exchange',
  ),
  // «орудие пытки», «брак», «не соответствует описанию» name no concrete defect; the receipt date counts as when
  c(
    'r35t-36',
    'ru',
    'Удочка телескопическая — не удочка, а орудие пытки для рыболова. Брак, не соответствует описанию, в таком виде ей пользоваться невозможно. Получила 5 июня, фото прилагаю. Прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // a chargeback and Trading Standards are lawful steps, not threats; short wraps measured, date, photos: ready
  c(
    'r35t-37',
    'en',
    "This is my last message before I go to my bank for a chargeback and report the listing to Trading Standards. The boxing hand wraps (2 pairs, listed as 4.5 m) arrived on 19 April and are 3 m long; I measured both pairs with a tape, photos attached. You've had a week to reply. Refund the full $12.90, please.",
    'photo',
    [],
    'full_refund',
  ),
  // words cut into syllables for a reader who "не доходит" talk down: insult
  c(
    'r35t-38',
    'ru',
    'Пишу уже третий раз, поэтому поясню по слогам, раз до вас не до-хо-дит: ле-пес-ток у блес-ны не вра-ща-ет-ся. Ось погнута, это было видно ещё при распаковке 20 июня, видео приложено. Прошу вернуть деньги за весь набор из пяти блёсен.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // "disappointed" is an affect word and "you're scammers" a fraud label, next to solid facts
  c(
    'r35t-39',
    'en',
    "Disappointed doesn't begin to cover it. The punching bag stand is listed as holding 60 kg, and the weld on the top arm cracked with a 25 kg bag on the first day, 26 February. Photos of the crack attached. You're scammers, plain and simple. Full refund.",
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // a slicer that nearly took a finger is danger, not a threat; Роспотребнадзор and an honest review are lawful: ready
  c(
    'r35t-40',
    'ru',
    'Овощерезка-мандолина чуть не оттяпала мне полпальца, так что пишу подробно. Получила её 24 июня, 25-го в первый раз взялась резать картошку. Защитный толкатель, который держит овощ, соскочил с направляющих на третьем движении, и рука поехала прямо на лезвие — успела отдёрнуть, отделалась царапиной. Стала разбираться: у толкателя обломан один из двух фиксаторов, и, судя по белому излому и кусочку пластика на дне коробки, обломан он был ещё до отправки. Фото толкателя, обломка и коробки прилагаю.\n\nПрошу полный возврат. Если магазин откажет, напишу в Роспотребнадзор и оставлю честный отзыв с этими фотографиями, чтобы другие покупатели знали про фиксатор. Это не угроза, а мои законные права.',
    'photo',
    [],
    'full_refund',
  ),
  // a masked "-ing" swear word before a regional name ("f-ing wazzocks") is profanity and insult; $18.40 for the dome
  c(
    'r35t-41',
    'en',
    'You absolute f-ing wazzocks stacked a cast-iron skillet on top of a glass cake dome in the same box. The dome arrived on 17 May in about forty pieces; the skillet is fine. Photos attached. Refund the dome, $18.40.',
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    18.4,
  ),
  // «я в шоке» is an affect word; «в гроб ложись» is black humour; sole off on the second day, photo
  c(
    'r35t-42',
    'ru',
    'Я в шоке, хоть сразу в гроб ложись в этих сапогах. Купила себе на юбилей, а на второй день носки у левого отклеилась подошва целиком, от носка до каблука. Фото во вложении. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // "took a headshot" is paintball talk; cracked lens below its rating, date, video, replacement lens: ready
  c(
    'r35t-43',
    'en',
    "Took a headshot at paintball on Sunday, 7 July, and the mask lens cracked straight across. The listing says it's rated for paintballs at 300 fps, and our field's chronograph caps everyone at 280. Video of the crack and a photo of the field's chrono sheet attached. Please send a replacement lens.",
    'video',
    [],
    'exchange',
  ),
  // «шлимазлы» aimed at the seller is name-calling: insult; 180 rubles for six missing jigs
  c(
    'r35t-44',
    'ru',
    'Эх вы, шлимазлы. Набор мормышек на 20 штук, а в коробке 14 — пересчитала при распаковке 3 января, фото прилагаю. Верните 180 рублей за шесть недостающих.',
    'photo',
    ['insult'],
    'partial_refund',
    180,
  ),
  // says photos are attached but the form has no file
  c(
    'r35t-45',
    'en',
    'Hit the bullseye on price, missed on length. The bow string for my 68-inch recurve arrived at 64 inches; I measured it against my old string on 1 May. Photos attached. Please send the correct 68-inch string.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // crime-scene framing («место преступления», «орудие», «пострадавших нет») is play; torn hinge, date, photo: ready
  c(
    'r35t-46',
    'ru',
    'Место преступления: прихожая, 16 сентября. Орудие: ваш шкаф-пенал, точнее его дверца, которая сорвалась с верхней петли при первом же открытии. Улики: петля с сорванной резьбой и два выпавших шурупа — на фото. Пострадавших нет, если не считать ламината. Прошу прислать новую петлю с крепежом.',
    'photo',
    [],
    'exchange',
  ),
  // boxing brothers who "might drop by" the shop address is a visit threat; "the difference" names no sum
  c(
    'r35t-47',
    'en',
    "I box three times a week, and so do my two brothers. We'll be in Guangzhou for the trade fair in April, and your shop address is right there on the invoice, so we might just drop by for a chat. About the order: the 16 kg kettlebell weighs 12.3 kg on my scale, weighed the day it arrived, 29 January. Photo of it on the scale attached. I want the difference refunded.",
    'photo',
    ['threat', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «мертвы, как карась» is a fishing figure; a sum in words (триста пятьдесят) counts: ready
  c(
    'r35t-48',
    'ru',
    'Светящиеся поплавки, набор из 10. Три из них мертвы, как карась на берегу: не загораются даже с новыми батарейками, проверила в день получения, 12 августа. Фото всех десяти в темноте прилагаю. Прошу компенсацию — триста пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // the genre «фильм ужасов» and «мертвец» on a poster are innocent; folded instead of a tube, date, photo: ready
  c(
    'r35t-49',
    'ru',
    'Постер к фильму ужасов «Зловещие мертвецы», формат А2, пришёл 3 октября сложенным вчетверо, хотя в описании обещана отправка в тубусе. У мертвеца на лице теперь белые заломы крест-накрест. Фото прилагаю. Пришлите, пожалуйста, новый постер в тубусе.',
    'photo',
    [],
    'exchange',
  ),
  // transliterated Russian; "eto voobshe pizdets" judges the jacket: profanity only
  c(
    'r35t-50',
    'ru',
    'Prodavec, kurtka-kamuflyazh prishla 5 noyabrya bez molnii na nagrudnom karmane, tam prosto dyrka s nitkami, eto voobshe pizdets. Foto prikladyvayu. Hochu vernut dengi.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "refund half" is a partial refund without a sum
  c(
    'r35t-51',
    'en',
    "The camo hunting jacket is listed as waterproof, yet the shoulders soaked through in light drizzle on the first outing, 3 October. Photo of the wet lining attached. I'll keep it as a windbreaker if you refund half.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the rose sort Knock Out is a name; dead roots, date, photo: ready
  c(
    'r35t-52',
    'ru',
    'Саженец розы сорта Knock Out пришёл 28 апреля мёртвым: корень сухой, ломается, как спичка, на стебле ни одной живой почки, кора на срезе коричневая. Фото корня и среза во вложении. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // "hats off to the Einsteins in your dispatch department" is sarcastic praise of the staff: insult
  c(
    'r35t-53',
    'en',
    'Hats off to the Einsteins in your dispatch department. The 10x42 hunting binoculars arrived on 6 September in a paper envelope with no box, and the left eyepiece now rattles loose inside the barrel. Photos attached. Exchange for an intact pair, please.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // money declined, a new mouthguard asked: exchange; «жить буду» is black humour: ready
  c(
    'r35t-54',
    'ru',
    'Капа боксёрская пришла 6 марта с острым заусенцем по краю — на первой же тренировке порезала десну (не сильно, жить буду). Фото заусенца прилагаю. Деньги возвращать не надо, пришлите новую капу без заусенца.',
    'photo',
    [],
    'exchange',
  ),
  // Deadpool is a brand; snapped handle, date, photo, "a full refund would be fine": ready
  c(
    'r35t-55',
    'en',
    "The Deadpool mug arrived on 21 August with the handle snapped clean off, which is ironic, given he's supposed to regenerate. Photo of both pieces attached. A full refund would be fine.",
    'photo',
    [],
    'full_refund',
  ),
  // spaced mat cried out on opening the box is profanity and emotional
  c(
    'r35t-56',
    'ru',
    'Получила 15 февраля, открыла коробку — с у к а, крышка термоса треснула по резьбе. Узнала я это уже на работе, когда чай залил всю сумку. Фото трещины прилагаю. Замените термос.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "whatever you think is fair" is a partial refund at the seller's discretion, no sum
  c(
    'r35t-57',
    'en',
    "The crime-novel box set (six paperbacks) arrived on 13 July with book four water-damaged: the pages are glued together from chapter nine onwards, so I'll never find out who did it. Photos of the book attached. Please refund whatever you think is fair for that one book.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // hunting a parcel «как лося» is a figure; 52 days and a tracking number in the text: ready with no file
  c(
    'r35t-58',
    'ru',
    'Выслеживаю эту посылку, как старый охотник лося: 52 дня, трек LP00123456789012 стоит на «Прибыло в страну назначения» с 3 мая. Прошу вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // "What the f***?!" is masked profanity cried out
  c(
    'r35t-59',
    'en',
    'The tent pole snapped on the first night out, 11 August, in barely any wind. What the f***?! Video of the splintered section attached. Send a replacement pole section.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // video promised for the weekend names evidence: neither missing nor not attached; depth 0.0, date: ready
  c(
    'r35t-60',
    'ru',
    'Эхолот показывает глубину 0,0 на любой воде — проверял 17 мая на озере, в двух местах, где точно больше трёх метров. Видео с экрана сниму в выходные и пришлю сюда. Прошу замену на исправный.',
    'none',
    [],
    'exchange',
  ),
  // mice that "live, not win" is humour about a trap; weak door spring, date, photo: ready
  c(
    'r35t-61',
    'en',
    "The mouse traps are meant to be humane: the mice are supposed to live, not win. These six catch-and-release traps (delivered 8 February) have a door spring so weak the door never closes; I've watched a mouse walk in, eat the bait and stroll out, twice. Photo of a triggered trap with the door still open attached. Please refund the full amount.",
    'photo',
    [],
    'full_refund',
  ),
  // «убойное» is praise; masked mat praising her look is profanity only; 500 ₽ for the tailor
  c(
    'r35t-62',
    'ru',
    'Платье убойное, я в нём выгляжу ох*енно, но на второй день молния сломалась: бегунок слетел с нижнего края и обратно не надевается. Фото бегунка прилагаю. Прошу вернуть 500 ₽ на ремонт в ателье.',
    'photo',
    ['profanity'],
    'partial_refund',
    500,
  ),
  // "still shaking" is present fear (emotional), "DEATHTRAP" judges the blanket; no time, no evidence
  c(
    'r35t-63',
    'en',
    "This electric blanket is a DEATHTRAP. The plug got so hot it melted the socket cover in my bedroom. I'm still shaking thinking about what could have happened. Refund now.",
    'none',
    ['emotional', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «похороните меня в этом пледе» is black humour; shrinkage measured after the first wash, 600 ₽: ready
  c(
    'r35t-64',
    'ru',
    'Похороните меня в этом пледе — так я думала, пока его не постирала. После первой же стирки 12 января, при 30 градусах, как указано на бирке, плед сел со 150 × 200 до 120 × 160, мерила рулеткой. Фото с рулеткой во вложении. Прошу вернуть 600 ₽ как частичную компенсацию, плед отдам собаке.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // mat with a Greek omicron asked of the seller in one question is profanity and insult, not emotional
  c(
    'r35t-65',
    'ru',
    'Вы там совсем οхуели? Заказывала плавающие воблеры, в описании floating, а пришли тонущие — 9 апреля проверила в ванне, все три сразу идут ко дну, видео прилагаю. Верните деньги за все три.',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // saying the arbitration always sides with the seller accuses the platform; 150 rubles for 50 missing targets
  c(
    'r35t-66',
    'ru',
    'Мишени для пневматики, заказано 100 штук, в пачке ровно 50 — пересчитала при вскрытии 22 октября. Фото пачки и этикетки прилагаю. Верните 150 рублей за недостающие. Хотя знаю я, чем кончится: арбитраж опять встанет на сторону продавца, у Али всегда так.',
    'photo',
    ['accusation'],
    'partial_refund',
    150,
  ),
  // "Elementary" is play, but "took you three messages not to work that out, Sherlock" is a mock title: insult
  c(
    'r35t-67',
    'en',
    "Elementary, my dear seller: if the listing says waterproof to 100 m and the watch fogs up inside after one swim in a hotel pool on 2 July, it isn't waterproof. It took you three messages not to work that out, Sherlock. Photo of the fogged dial attached. Full refund.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "gutted" is an affect word; torn strap, date, photos, new pair
  c(
    'r35t-68',
    'en',
    "Gutted. My son's first pair of boxing gloves, and the Velcro strap on the right one ripped off at his second lesson, 9 September. Photos of the strap attached. Please send a new pair.",
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «убить готова за нормальную доставку» is a wish, not a threat; broken ribs at the first gust, date, video: ready
  c(
    'r35t-69',
    'ru',
    'Убить готова за нормальную доставку, но сейчас речь не о ней. Зонт-трость пришёл 18 апреля, и при первом же порыве ветра две спицы сломались у самого купола и вывернулись наружу. Видео, как он складывается с торчащими спицами, прилагаю. Прошу вернуть деньги полностью.',
    'video',
    [],
    'full_refund',
  ),
  // «кидал … в лесу прикапывали. Жаль, времена не те» both labels honesty and menaces: threat and accusation
  c(
    'r35t-70',
    'ru',
    'Топорик туристический пришёл 21 мая, топорище треснуло при первом же ударе по полену, клин выпал. Фото прилагаю. Таких кидал, как вы, в девяностые в лесу прикапывали. Жаль, времена не те. Верните деньги.',
    'photo',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // a long story whose complaint stays vague («вроде бы и ящик, а вроде бы и нет»); a receipt time but no evidence or request
  c(
    'r35t-71',
    'ru',
    'Ну вы меня и убили этим заказом. Я на Али покупаю лет семь, всякое бывало: и шапка, которая налезала только на кота, и фонарик, который светил хуже спички. Но такого ещё не было. Брат у меня человек простой: в девяностые сам себе блёсны из ложек вытачивал, крючки точил напильником, а коробку под снасти ему когда-то дед сколотил из ящика от гвоздей, и она до сих пор живая. Я всё хотела его порадовать чем-то настоящим, чтобы он хоть раз открыл подарок и сказал «вот это вещь». Полгода смотрела, выбирала, отзывы читала, с подругой советовалась, даже цвет выбирала под его лодку. Заказывала в подарок брату, он у меня заядлый рыбак, сорок лет на реке, у него этих ящиков под снасти штук десять, и я думала — вот наконец нормальный, с отделениями, какого у нас в магазине не найдёшь. Получила три дня назад, открыла — и сижу. Словами не описать, честное слово. Вроде бы и ящик, а вроде бы и нет. Брату дарить стыдно, себе не нужно, выкинуть жалко. Даже не знаю, что тут сказать, лучше бы он вообще не приходил.',
    'none',
    ['missing_what', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a sheath that "tried to kill me" is a product danger with no harm and no fear: ready
  c(
    'r35t-72',
    'en',
    "I've been hunting for twenty years, and this is the first sheath that's tried to kill me. The snap on the leather sheath for the skinning knife tore out on the second day, and the blade slid out against my thigh while I was walking; no harm done apart from a slit in my trousers. Photos of the torn snap and the trousers attached. Please send a replacement sheath.",
    'photo',
    [],
    'exchange',
  ),
  // "Fuck off with your …" sends the seller away: profanity only; refusing to ship back, "refund the $9" is the price: full refund
  c(
    'r35t-73',
    'en',
    "Fuck off with your 'return it at your own expense'. I'm not paying $25 to post back a $9 fly reel that arrived on 14 April with the spool snapped in half. Photos of the spool attached. Refund the $9.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "I'm not accusing anyone of foul play" takes any label back; "solve the murder" is the party game: ready
  c(
    'r35t-74',
    'en',
    "I'm not accusing anyone of foul play, the parcel probably got sat on in some warehouse. The murder-mystery party kit arrived on 31 October without the envelope of clue cards: the box had the eight character booklets and the host guide, but no clue cards, so nobody at my party could solve the murder. Photo of the box contents next to the contents list on the lid attached. Please send the missing clue cards.",
    'photo',
    [],
    'exchange',
  ),
  // the seller's mat quoted with dropped vowels («пшла нх») stays profanity; nothing else
  c(
    'r35t-75',
    'ru',
    'Электрическая мухобойка-ракетка перестала бить током на третий день, 7 июля: индикатор горит, а сетка мёртвая, мухи садятся на неё и отдыхают. Продавец на это ответил в чате: «пшла нх, сама сломала». Скрин переписки и фото ракетки прилагаю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «сижу и реву» is affect; «не знаю, что теперь делать» is a hint, no request
  c(
    'r35t-76',
    'ru',
    'Сижу и реву. Купила мужу на день рождения боксёрские перчатки, он надел их 1 февраля — и на правой по шву у большого пальца разошлась дыра с кулак. Фото прилагаю. Не знаю, что теперь делать.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // a return declined, "forty dollars" in words is the sum; no evidence named or attached
  c(
    'r35t-77',
    'en',
    "Fishing waders, size 44: the left boot has a pinhole leak at the heel seam. I found it on the first trip, 6 April, with a wet sock within twenty minutes. I've patched it myself, so instead of a return I'd like forty dollars back.",
    'none',
    ['missing_evidence'],
    'partial_refund',
    40,
  ),
  // a boxer who would "explain on the ring" to the packer menaces physical harm: threat
  c(
    'r35t-78',
    'ru',
    'Я двадцать лет в боксе. Встретил бы того, кто это упаковывал, — объяснил бы ему на ринге, как возят стекло. Аквариум на 30 литров пришёл 4 апреля с трещиной через всё переднее стекло, фото прилагаю. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Лучший в мире охотник» is a mug print; no time given; 4,50 BYN is 4.5
  c(
    'r35t-79',
    'ru',
    'Кружка «Лучший в мире охотник» пришла с отбитым краем ручки, скол острый, пить неудобно — можно порезаться. Фото скола прилагаю. Кружку оставлю, прошу вернуть 4,50 BYN.',
    'photo',
    ['missing_when'],
    'partial_refund',
    4.5,
  ),
  // a zombie costume is innocent; «забирайте костюм обратно и верните деньги» offers the item back: return
  c(
    'r35t-80',
    'ru',
    'Костюм зомби на Хэллоуин: в комплекте нет маски, только комбинезон и перчатки, хотя в списке комплектации маска есть. Обнаружила при распаковке 25 октября. Фото содержимого пакета прилагаю. Забирайте костюм обратно и верните деньги.',
    'photo',
    [],
    'return',
  ),
];
