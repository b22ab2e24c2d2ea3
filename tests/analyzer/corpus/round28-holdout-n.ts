import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-eight, hold-out set n: buyers writing in a language that is not their first (Russian by speakers of
 * Uzbek, Tajik, Kyrgyz, Chinese, Korean, Vietnamese and Armenian; English by speakers of Spanish, Portuguese, Arabic,
 * Hindi, Polish, Turkish and Indonesian), with broken grammar, word-for-word phrasing and words of their own language.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Broken grammar is read by meaning: infinitives and wrong cases in a request («Замену давайте», «Хочу возврат»,
 *   "I ask refund", "give me back my moneys") are requests; "return me the money" asks for a refund, not a return.
 * - False friends are read by what the writer means: "constipated" (a cold), "I pretend to use it" (intend),
 *   "reclamation" (complaint), "I want the change" (an exchange). None is rude or emotional.
 * - "I am very angry with you" is a strong feeling (an affect word, like «в бешенстве»): emotional.
 * - "You are making fun of me?" (a literal «вы издеваетесь») is exasperation, neither an accusation nor an insult.
 * - Forms of address and filler in the buyer's own language (бародар, ахпер, джан, рахмат, habibi, kakak, wallahi,
 *   "kindly do the needful", Chinese or Korean thanks) are neither rude nor emotional.
 * - Oaths of the buyer's own language cried out in an English text (Polish "kurwa", Portuguese "porra") are
 *   profanity and emotional, like the neighbours' oaths of round twenty-two.
 * - Name-calling in the buyer's language aimed at staff (Hindi "ullu ke pathe", Indonesian "dasar anjing kamu",
 *   «ишаки») is an insult, not profanity; an Uzbek fraud label («firibgar») is an accusation.
 * - Names and places of the buyers' countries (the Vietnamese name Хуи, Sukabumi, Huizhou) and ordinary words with a
 *   rude-looking piece (бляха of a belt, рубля, хлебопечка, застрахуйте, употреблять, Shiitake, cockatiel, Dickies)
 *   are innocent.
 * - Brothers, countrymen or in-laws "near your warehouse" who will "come to talk" or "visit personally" are veiled
 *   threats; a wish that the seller's children wear the jacket and fall ill is a threat (round twenty-five).
 * - "Это не угроза, просто информирую" before a bank chargeback: the step is lawful, so the text is innocent.
 * - How long the buyer has been writing to the seller ("I write you one week", «третий раз пишу») is no time for the
 *   problem.
 * - Video offered for later with no file («могу видео снять потом», r28n-56) follows round thirteen: neither
 *   missing_evidence nor evidence_not_attached.
 * - A clown emoji aimed at the seller's support is an insult (round twenty-six), not an emotive emoji.
 */
export const ROUND28_HOLDOUT_N: CorpusCase[] = [
  // Uzbek student, iron leaks from the sole on first use, video attached, "полностью": ready, full refund.
  c(
    'r28n-01',
    'ru',
    'Здравствуйте. Я заказать утюг паровой, пришёл 3 октября. Первый раз включать — из подошва течь вода прямо на одежда, и лампочка нагрев не горит. Видео снимал, прикрепил. Прошу вернуть деньги полностью, 2 340 рублей. Рахмат.',
    'video',
    [],
    'full_refund',
  ),
  // Spanish speaker, cracked blender jar, photos, "the change" = exchange: ready.
  c(
    'r28n-02',
    'en',
    'Good afternoon. I received the order of the blender on 12 of September. When I assembled it, the jar has a crack in the bottom and the water is coming out by the base. I send you photos of the crack. Please, I want the change for a new jar or a new blender. Thank you very much, Lucía.',
    'photo',
    [],
    'exchange',
  ),
  // Tajik worker: spaced mat with a Latin letter judging the item, but "??" is a cry; no evidence at all.
  c(
    'r28n-03',
    'ru',
    'Бародар, это что такое?? Заказал перфоратор, 3 недели ждал. Открывать на почта — в кейсе только сам перфоратор, патрона нет и сверла нету, хотя на страница написано «комплект 12 предметов». Х y й н я полная. Верните деньги.',
    'none',
    ['profanity', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Innocent: the belt's бляха and «рубля»; concrete defect, time, photo: ready exchange.
  c(
    'r28n-04',
    'ru',
    'Добрый день. Ремень кожаный, бляха отваливаться на второй день носить, винт внутри сломанный, держится на одна сторона. Стоит 950 рубля. Фото бляхи прикрепила. Прошу обмен на другой ремень, такой же чёрный.',
    'photo',
    [],
    'exchange',
  ),
  // Polish buyer: "Kurwa" cried out, "!!"; size mismatch measured, photo: profanity + emotional.
  c(
    'r28n-05',
    'en',
    "Kurwa, again! Third time I write you. The winter jacket size XL come like size M, sleeves are short 6 cm, I measured together with my wife on 2 December when it arrive. You answer me 'send photo', I send photo already two times!! Refund me, please.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Kyrgyz buyer: the brother near the warehouse who "comes to talk" is a veiled threat; seller's words quoted.
  c(
    'r28n-06',
    'ru',
    'Продавец, я по-хорошему прошу. Кроссовки 43 размер заказывал, пришёл 39, 14 ноября получил, фото есть. Вы мне писать «сам виноват, надо было таблица смотреть». Мой братишка работает в Гуанчжоу рядом с ваш склад, адрес я знаю. Не хотите чтобы он пришёл поговорить — верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Vietnamese buyer: «обманщик», «специально делать» label intent; the facts are there.
  c(
    'r28n-07',
    'ru',
    'Вы обманщик. В магазин показан чайник стеклянный с синий подсветка, мне пришёл пластик белый, подсветка нет совсем. Получила 20 апреля. Это специально делать, чтобы люди покупать. Мои фото прикрепила. Я хочу деньги назад.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Arabic speaker, polite but firm; chargeback and consumer protection are lawful: ready.
  c(
    'r28n-08',
    'en',
    'Dear seller, peace be upon you. Forgive me, but I must tell you the truth: the prayer rug I ordered (120x70 cm) arrived 90x50 cm, I measured it with tape on 5 March, photos attached. I wrote you three times and no answer. If you do not answer until Friday I will open a chargeback with my bank and complain to the consumer protection. Please refund me the full amount, 34 USD.',
    'photo',
    [],
    'full_refund',
  ),
  // Uzbek buyer: writing "slowly, for you" talks down, «ишаки» at staff: insult.
  c(
    'r28n-09',
    'ru',
    'Третий раз пишу. Я не русский, но даже я понимаю, а вы нет. Пишу медленно, для вас: чайник. не. греет. Кнопка нажимать — свет горит, вода холодный через 10 минут. С первого дня так. Видео скинул. Кто у вас работает, ишаки? Замену давайте.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Chinese student: generic complaint, no date, no file, "how to do" is no request.
  c(
    'r28n-10',
    'ru',
    'Здравствуйте. Товар получил, качество очень плохое, не как описание. Я не довольна. Как это делать?',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Portuguese false friends ("reclamation", "pretend"); broken lid at unboxing, video: ready exchange.
  c(
    'r28n-11',
    'en',
    'Good morning. I am making this reclamation because the coffee grinder arrived on 2 August with the lid broken in two pieces, the box was also smashed. I pretend to use it for my coffee shop, so I need it fast. In the attachment there is the video of the unboxing. I would like a new lid sent, or a new grinder. Obrigado.',
    'video',
    [],
    'exchange',
  ),
  // Korean student: digit-masked mat right after opening the box is a cry: profanity + emotional.
  c(
    'r28n-12',
    'ru',
    'Заказала увлажнитель воздуха, 26 июня приходить. Открыть коробку — пи3дец, бак треснутый весь, вода течёт на стол. Фото прикрепляю. Хочу возврат денег.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Armenian buyer: scare quotes around «случайно» are sarcasm about honesty; sum for two glasses.
  c(
    'r28n-13',
    'ru',
    'Ахпер, заказывал 6 бокал для вина, пришло 4, двух нету. Вы пишете «склад случайно ошибся». Ну конечно, «случайно», у вас каждый раз случайно. Получил 11.05, при распаковке посчитал, видео есть. Верните за два бокал 640 рублей.',
    'video',
    ['accusation'],
    'partial_refund',
    640,
  ),
  // Hindi speaker: "Are you mad or what?" and "even a small child can understand" talk down: insult.
  c(
    'r28n-14',
    'en',
    'Kindly do the needful. From the first use the pressure cooker whistle is not coming and steam is leaking from the side of the lid. I am telling this since 10 days and you are replying same copy paste. Are you mad or what? Even a small child can understand this. Video I have attached. Please replace the lid gasket and whistle.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Tajik buyer: «Ужас!!!», tracking weight as evidence, «разница» without a sum.
  c(
    'r28n-15',
    'ru',
    'Ужас!!! Заказал набор кастрюль 5 штук, пришёл 3 кастрюля и 5 крышек. 18 сентября получил, трек-номер показывает вес 2 кг, а должно 4. Верните разница пожалуйста.',
    'none',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Turkish buyer: publishing the seller's name and home address is a threat; "very angry" is emotional.
  c(
    'r28n-16',
    'en',
    "I am very angry with you. Curtains 2 pieces 140x260, came 1 piece only, on 9 January. I show you the photo, you say 'it's one pack'. NO, page says 2 pieces. Listen me, I found your real name and your home address from the company registry. If no refund, I will put it to every Turkish Facebook group with your photo. Give me back my moneys.",
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // Uzbek buyer quoting the seller's insult as evidence to support: innocent, ready.
  c(
    'r28n-17',
    'ru',
    'Здравствуйте, поддержка. Продавец мне в чат написал «ты тупой, читать не умеешь». Скрин переписки прикрепила. Я просто спросила, почему пылесос не заряжается: зарядка подключать — индикатор не горит, так с 2 февраля, когда пришёл. Прошу вернуть всю сумму, 4 100 рублей, и проверить этот магазин.',
    'photo',
    [],
    'full_refund',
  ),
  // Innocent: хлебопечка, «рубля»; cracked bucket and idle paddle at unboxing, video: ready.
  c(
    'r28n-18',
    'ru',
    'Хлебопечка шла морем 52 дня, ладно, я не ругаюсь. Но при распаковке 4 апреля ведро для теста треснутое сбоку, а мешалка не крутится — мотор гудит, лопатка стоит. Видео прикрепил. Стоимость 7 300 рубля, прошу вернуть полностью.',
    'video',
    [],
    'full_refund',
  ),
  // Indonesian buyer says the photo is attached, the form has none.
  c(
    'r28n-19',
    'en',
    'Hello kakak. The batik shirt I order size L but the label inside is S, chest only 48 cm. I receive it yesterday 14 July. I already attach the photo of the label and the measuring. Please exchange to size L. Terima kasih.',
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // Chinese buyer: «Вы продавец или клоун?» names the seller; «вы знали, когда отправлять» accuses.
  c(
    'r28n-20',
    'ru',
    '你们好. Вы продавец или клоун? Мой заказ лампа настольная, гнездо USB не работает — телефон вставить, не заряжает совсем, проверял три кабеля. Это же вы знали, когда отправлять. 15 декабря получил. Видео есть. Обмен.',
    'video',
    ['insult', 'accusation'],
    'exchange',
  ),
  // Armenian buyer: «оскорблять», «требую», Роспотребнадзор and court are innocent: ready.
  c(
    'r28n-21',
    'ru',
    'Уважаемый продавец, я не хочу никого оскорблять, но ваш ответ «это норма» для меня не ответ. Блендер погружной, 12 августа получила, при первом включении запах гари, ножка болтается, мотор останавливается через 20 секунд. Видео приложено. Требую возврат полной стоимости. Если не решим, обращусь в Роспотребнадзор и в суд. Шноракалутюн.',
    'video',
    [],
    'full_refund',
  ),
  // Mexican buyer: "disappointed", "robbing to people" as a label; no evidence at all.
  c(
    'r28n-22',
    'en',
    "I am very disappointed. I pay 1,250 MXN for a 'genuine leather' wallet and it is plastic, the first day it rain the color go off in my hands. You are robbing to people with this fake leather. I want my money back complete.",
    'none',
    ['emotional', 'accusation', 'missing_evidence'],
    'full_refund',
  ),
  // Tajik mother: wishing the seller's children fall ill is a threat.
  c(
    'r28n-23',
    'ru',
    'Куртка детская зимняя, написано до -30, а внутри синтепон тонкий как бумага. Получили 3 декабря, мой сын второй день в школа ходил и заболел. Фото подкладка прикрепил. Пусть ваши дети тоже такой куртка носить и болеть, тогда поймёте. Деньги верните.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Polish buyer, Dickies trousers (brand is innocent); declines another pair, asks money back: ready.
  c(
    'r28n-24',
    'en',
    "Good evening. I bought Dickies work trousers, model 874, size 34/32, on your shop. They came 8 November, but the zipper broke after two days of work and the pocket seam is open on the left side. I am attaching photos of both. I don't want other pair, please return me the money. Best regards, Paweł.",
    'photo',
    [],
    'full_refund',
  ),
  // Korean buyer: «расстроена», «в таком виде», no date, «решите вопрос».
  c(
    'r28n-25',
    'ru',
    'Здравствуйте. Я очень расстроена. Товар пришёл в таком виде, я не могу пользоваться. Фото прикрепила. Пожалуйста решите вопрос.',
    'photo',
    ['emotional', 'missing_what', 'missing_when', 'missing_resolution'],
    'none',
  ),
  // Uzbek buyer: «Идите нах» sends the seller away: profanity only; tracking number is evidence.
  c(
    'r28n-26',
    'ru',
    'Продавец отвечать мне «ждите ещё 30 дней». Я уже 65 дней жду, трек RB123456789CN пишет «вручено», а мне никто ничего не вручал, на почта тоже нету. Идите нах со своим «ждите». Верните 1 870 рублей полностью.',
    'none',
    ['profanity'],
    'full_refund',
  ),
  // Arabic speaker: "real genius of packing" is sarcastic praise of the seller's work: insult.
  c(
    'r28n-27',
    'en',
    'Congratulations habibi, you are real genius of packing. Glass perfume bottle 100 ml in a plastic bag without any bubble wrap, it arrived 27 May broken and all the box smell. Video of opening is attached. I want full refund, 58 SAR.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Kyrgyz buyer, polite: wrong colour named, but no date and no evidence.
  c(
    'r28n-28',
    'ru',
    'Саламатсызбы. Заказывала шторы блэкаут серый цвет, а пришли бежевые, и свет проходит насквозь. Прошу обменять на серый. Рахмат.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Vietnamese name Хуи and «застрахуйте» are innocent: ready exchange.
  c(
    'r28n-29',
    'ru',
    'Добрый день. Я Нгуен Ван Хуи, заказ на моё имя. Весы кухонные пришли 6 января, экран показывает 0 грамм всё время, даже 1 кг сахар поставить. Видео снимал, прикрепил. Пожалуйста отправьте новые весы, и в этот раз застрахуйте посылку. Спасибо большое.',
    'video',
    [],
    'exchange',
  ),
  // Brazilian buyer: "piece of sh1t" judges the item, no cry: profanity only.
  c(
    'r28n-30',
    'en',
    "Man, this bike phone holder is a piece of sh1t. First ride on 3 April the clamp open and my phone fall on the road, screen broken. I have the video from my friend's camera, attached. Full refund, please.",
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Armenian buyer: countrymen in Yiwu who will find the shop and "talk like men": veiled threat.
  c(
    'r28n-31',
    'ru',
    'Джан, я по-хорошему писал две недели. Колонки компьютерные, левая хрипит на любой громкости с первого дня, видео прикреплял. Вы молчите. У меня много земляков в Иу, найдут ваш магазин быстро, поговорят по-мужски. Лучше верните деньги сами.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Uzbek buyer: sum in words for two missing pairs: ready partial refund of 180.
  c(
    'r28n-32',
    'ru',
    'Ассалому алайкум. Заказала 10 пар носков, пришло 8 пар, двух пар серых нету. Посчитала при получении 23 ноября, фото пакета с этикеткой прикрепляю. Прошу вернуть за две пары сто восемьдесят рублей. Рахмат.',
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // Turkish buyer: "worst", "??", nothing concrete, no request.
  c(
    'r28n-33',
    'en',
    'This is the worst shopping of my life. Everything is wrong, nothing like on the pictures. I am regretting so much. What I will do now??',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Kyrgyz buyer: mat with Latin letters asked of the seller calls a name: profanity + insult.
  c(
    'r28n-34',
    'ru',
    'Заказал 2 колеса для самокат 200 мм, прислали 180 мм, не подходят. Получил 30.08, линейкой мерил, фото есть. Вы там еbaнутые все? Я пишу про размер — вы отвечаете про доставка. Замена на 200 мм.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Korean buyer: colour «мандарин», хлебница; offers the item back: ready return.
  c(
    'r28n-35',
    'ru',
    'Здравствуйте. Я заказала хлебницу бамбук, цвет «мандарин». Пришла 19 марта, крышка не закрывается — петля сломана, и один угол треснул. Фото прикрепила 3 штуки. Хочу вернуть товар и получить деньги назад, могу отправить обратно. Камсахамнида.',
    'photo',
    [],
    'return',
  ),
  // Indonesian buyer: a negated "on purpose" is no accusation; missing basket sent alone = exchange.
  c(
    'r28n-36',
    'en',
    'Hello seller, maybe the warehouse make mistake, I am not saying you do this on purpose. I order rice cooker 1.8 L with the steamer basket, but the basket is not inside the box. I open it 2 February in front of courier, he also see. I make video, it is attached. Please send the basket only, no need refund.',
    'video',
    [],
    'exchange',
  ),
  // Vietnamese buyer: «в шоке»; says the video is attached, the form has none.
  c(
    'r28n-37',
    'ru',
    'Я в шоке. Пылесос робот не ездит, только крутится на место, колесо правый не крутится. Через 1 неделя работы стал так. Видео прикрепила, посмотрите. Хочу возврат денег.',
    'none',
    ['emotional', 'evidence_not_attached'],
    'full_refund',
  ),
  // Tajik buyer: «вы что дурак?», «ишак» at the seller; no date, no evidence.
  c(
    'r28n-38',
    'ru',
    'Сколько можно одно и то же писать, вы что дурак? Штаны заказал 52 размер, пришёл 46, на упаковка написано 46. Верни деньги, ишак.',
    'none',
    ['insult', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Portuguese buyer: cockatiel cage, bent bars, photos, decimal comma: ready full refund.
  c(
    'r28n-39',
    'en',
    "Hi, from Portugal. I bought the cage for cockatiel, 60x40x70 cm. It came on 17 October with two bars bent and the small door doesn't close, so the bird can go out. Photos are attached. Please refund the full price, 42,90 €.",
    'photo',
    [],
    'full_refund',
  ),
  // Chinese buyer: «все такие, всегда недокладывать» is a blanket label; no evidence, no request.
  c(
    'r28n-40',
    'ru',
    'Купил электрическая зубная щётка, насадки должно 4 штуки, пришло 2. Получил 5 мая. Вы, китайский продавцы, все такие, всегда недокладывать. Я сам китаец, я знаю.',
    'none',
    ['accusation', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Hindi speaker: "ullu ke pathe" (owl's offspring, fools) at the whole team: insult.
  c(
    'r28n-41',
    'en',
    "Sir, I have ordered table fan 16 inch, on 21 June delivered, but the blade is touching the guard and making tak-tak noise, I have sent video. Your team is saying 'install properly'. I am engineer, I have installed properly. Your whole team are ullu ke pathe. Kindly replace the fan.",
    'video',
    ['insult'],
    'exchange',
  ),
  // Uzbek worker at the same market: "I'll come myself to sort it out, don't be offended later" is a threat.
  c(
    'r28n-42',
    'ru',
    'Я в Москве на Садовод работаю, ваш павильон тоже там, я знаю какой. Часы наручные, стрелка отпала на 3 день, фото есть. Если не вернёте деньги, приду сам разбираться, не обижайтесь потом.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Spanish speaker keeps the cushions, asks "half": partial refund without a sum.
  c(
    'r28n-43',
    'en',
    'Hola. The set of 6 chair cushions arrived and 4 of them have the color different, more like brown than the beige. I see it when I open the package on Sunday 10th. I keep them because my mother like them anyway, but I think is fair you give me back half. I put photos.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Armenian buyer: «!!!» and «Вы специально так делаете».
  c(
    'r28n-44',
    'ru',
    'Ну что это такое!!! Третий раз заказываю у вас, третий раз не тот цвет. Просила зелёный чехол для дивана, пришёл коричневый 2 октября. Вы специально так делаете, чтобы люди не возвращали. Фото есть. Замените.',
    'photo',
    ['emotional', 'accusation'],
    'exchange',
  ),
  // No words at all.
  c('r28n-45', 'ru', '??', 'none', ['empty_text'], 'none'),
  // Brazilian buyer: "Porra!" cried out; tracking is evidence.
  c(
    'r28n-46',
    'en',
    "Porra! 45 days waiting the parcel, tracking say 'arrived in Brazil' since 2 August and nothing more. Correios say they don't have it. Refund me.",
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Kyrgyz buyer: empty box reported as facts, police statement and an honest review are lawful: ready.
  c(
    'r28n-47',
    'ru',
    'Здравствуйте. Посылка пришла пустой коробкой, внутри только бумага. Вес на наклейке 0,05 кг, а фен весит 600 г. Вскрывали на почте 14 февраля вместе с оператором, есть акт почты и фото. Я написала заявление в полицию тоже, для страховки. Прошу полный возврат. Честный отзыв тоже оставлю, извините.',
    'photo',
    [],
    'full_refund',
  ),
  // Arabic speaker: "You are scammers" is a label; "wallahi" is an oath of sincerity, not profanity.
  c(
    'r28n-48',
    'en',
    'You are scammers, wallahi. 60 days I wait the smartwatch, tracking not update since 20 March. I ask 5 times. Refund now.',
    'none',
    ['accusation'],
    'full_refund',
  ),
  // Vietnamese buyer: masked mat judging the coffee maker with a filler, no "!": profanity only.
  c(
    'r28n-49',
    'ru',
    'Кофеварка, пришла 7 июля. Первый раз включать — из-под низ вода везде, п*здец просто, а не кофеварка. Видео прикрепила. Возврат денег пожалуйста.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // Turkish buyer: "analog", support and a consumer court are innocent: ready exchange.
  c(
    'r28n-50',
    'en',
    "Hello. The analog wall clock (30 cm, black) I received on 2 May stops every night, in the morning it is 3-4 hours late. I changed the battery two times with new ones, same. I have video of it, attached. If we can't agree I will write to AliExpress support and, if needed, go to the consumer court in Istanbul. Please send a new clock mechanism or a new clock.",
    'video',
    [],
    'exchange',
  ),
  // Tajik buyer, polite: wrong phone model, no evidence, "don't know what to do" is no request.
  c(
    'r28n-51',
    'ru',
    'Добрый вечер. Я купил чехол на телефон Redmi Note 12, пришёл для Note 11, кнопки не совпадают и камера закрыта. Получил позавчера, 9 числа. Не знаю что теперь делать.',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Polish buyer: "It would be a shame if he must come to visit your warehouse personally": veiled threat.
  c(
    'r28n-52',
    'en',
    'Mr seller, I ordered the lawn mower blade set on 1 April, it came 28 April and two blades are wrong size (38 cm, not 42 cm), photo with the measure is attached. You ignore me now 2 weeks. My brother-in-law drives trucks to Yiwu every month. It would be a shame if he must come to visit your warehouse personally. Please, replace the blades.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // Korean buyer: «специально для тупеньких» talks down: insult.
  c(
    'r28n-53',
    'ru',
    'Объясняю ещё раз, специально для тупеньких: я заказала 3 банки краски белый, пришло 3 банки серый. На банке написано «grey». Получила 4 июня. Фото банки прикреплено. Замена на белый.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Kyrgyz buyer: declines the part, asks 12,50 $ for the missing base: ready partial refund of 12.5.
  c(
    'r28n-54',
    'ru',
    'Рахмат за быстрая доставка, но электрочайник пришёл без подставка-база, только сам чайник. Открыла 2 декабря дома, фото прикрепила. Подставку отдельно не надо, верните пожалуйста 12,50 $ за неё.',
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // Hindi speaker: "defective and not as per description" names nothing; receipt date given; no evidence.
  c(
    'r28n-55',
    'en',
    'Respected sir/madam, the product is defective and not as per description. Received on 11 Jan. Kindly refund my money at the earliest. Thanking you.',
    'none',
    ['missing_what', 'missing_evidence'],
    'full_refund',
  ),
  // Kyrgyz student: mat typed in the English layout, judging the item; video only promised; no request.
  c(
    'r28n-56',
    'ru',
    'Заказал сушилку для обуви, 1 день работала, потом один тэн не греет совсем, второй горячий. [eqyz какая-то. Фото нет, могу видео снять потом. Что делать будем?',
    'none',
    ['profanity', 'missing_resolution'],
    'none',
  ),
  // Spanish false friend "constipated" (a cold); seller's advice quoted: ready full refund.
  c(
    'r28n-57',
    'en',
    "Hi, sorry for the late answer, I was constipated all week (fever and cough). About the humidifier: it arrived on 30 November and the mist only comes out for 2 minutes, then the red light blinks. The seller told me 'clean it with vinegar', I did, same problem. Video attached. I prefer the refund, please.",
    'video',
    [],
    'full_refund',
  ),
  // Chinese buyer: «ЭТО РАЗВОД» shouts and labels; fake capacity proved by H2testw, screenshot.
  c(
    'r28n-58',
    'ru',
    'ЭТО РАЗВОД. Написано диск внешний 2 ТБ, проверила программа H2testw — реально 32 ГБ, остальное фейк. 16 января получила. Скрин прикрепила. Деньги назад.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // Indonesian buyer: declines refund, wants the right pins; no date.
  c(
    'r28n-59',
    'en',
    "Halo. I don't want refund, I need the item. I ordered the hijab pins gold colour, 50 pcs, but you send silver colour, 30 pcs. Please send the correct one. Photo is attached.",
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // Armenian buyer: found the seller's wife and daughter on social media, "better the good way": threat.
  c(
    'r28n-60',
    'ru',
    'Продавец, я нашла вашу страницу в соцсети, и фото вашей жены и дочки там видела. Лучше решим по-хорошему. Сковорода антипригарная, покрытие облезло после второй готовки, фото прикрепила. Верните 2 600 рублей, это весь заказ.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Korean buyer: crying emoji, bare «не работает», nothing else.
  c(
    'r28n-61',
    'ru',
    'Очень плохо 😭😭 не работает. Верните деньги',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // Turkish buyer, Shiitake kit (innocent word), mould on arrival, photos: ready.
  c(
    'r28n-62',
    'en',
    'Hello. The Shiitake mushroom growing kit arrived 2 October, the block is dry and one side has green mould. I followed the instructions 3 weeks, nothing grow. Photos attached. Please refund.',
    'photo',
    [],
    'full_refund',
  ),
  // Vietnamese buyer: chargeback announced with "not a threat": lawful, ready.
  c(
    'r28n-63',
    'ru',
    'Здравствуйте. Я уже писала 3 раза, ответа нет. Фонарик налобный заряжается 5 часов, а светит 15 минут, в описании написано 8 часов. Заметила в первый поход 22 сентября. Видео с таймером прикладываю. Если до 1 числа не вернёте деньги, я сделаю отмену платежа через банк (chargeback). Это не угроза, просто информирую.',
    'video',
    [],
    'full_refund',
  ),
  // Portuguese mother: "so upset", son crying; 10 dollars discount is a partial refund of 10.
  c(
    'r28n-64',
    'en',
    "I am so upset. The kids backpack came with the zipper pulled off on the first day of school (Feb 5). My son was crying. I send photo. I don't want to return it, just give me 10 dollars discount please.",
    'photo',
    ['emotional'],
    'partial_refund',
    10,
  ),
  // Kyrgyz buyer in Latin letters: "Suka, skolko mozhno" is a cry: profanity + emotional; tracking.
  c(
    'r28n-65',
    'ru',
    'Salam. Posylka net uzhe 47 dney, trek ne obnovlyaetsya s 10 maya. Suka, skolko mozhno zhdat. Vernite dengi.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Arabic speaker: "Very nice honesty from your store" is sarcasm about honesty; asks to send it back.
  c(
    'r28n-66',
    'en',
    'Very nice honesty from your store. The picture show the coffee table is solid wood, it arrive and is MDF with wood sticker, corner already peeling. Received 19 October. Photos of the inside of the corner attached. I will return it, please send me return label.',
    'photo',
    ['accusation'],
    'return',
  ),
  // Uzbek buyer: «с браком» is generic; «на ваше усмотрение» is a partial refund without a sum.
  c(
    'r28n-67',
    'ru',
    'Добрый день. Получил 28 августа, товар с браком. Фото прикрепил. Возвращать далеко, верните часть денег на ваше усмотрение.',
    'photo',
    ['missing_what', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Indonesian buyer from Sukabumi, parcel from Huizhou stuck; tracking number; send again = exchange: ready.
  c(
    'r28n-68',
    'en',
    'Hello, I am from Sukabumi, West Java. My parcel with the baby stroller was shipped from Huizhou on 3 March and now is 38 days, tracking LP00123456789012 stop in Jakarta sorting center. Please help to send again or refund, I prefer send again.',
    'none',
    [],
    'exchange',
  ),
  // Chinese buyer: clown emoji aimed at the seller's support: insult.
  c(
    'r28n-69',
    'ru',
    'Поддержка вашего магазина 🤡🤡. Я отправила видео, что блок питания у ноутбука свистит и греется до 80 градусов через 10 минут, с первого дня. Они пишут «нормально». Прошу замену блока.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Polish buyer: says the video is attached, form has none; no date.
  c(
    'r28n-70',
    'en',
    'Good day. Electric kettle: the lid does not close, the spring inside is broken, and it turns off itself before the water is boiling. On the video I attach you can hear it clicks. Please change it for a new one.',
    'none',
    ['missing_when', 'evidence_not_attached'],
    'exchange',
  ),
  // Tajik worker: spaced mat calling the shop a name: profanity + insult.
  c(
    'r28n-71',
    'ru',
    'Вы с у к и, а не магазин. 2 раза заказывал дрель, 2 раза пришла без аккумулятор. Последний получил вчера, 12.03. Фото коробка есть. Верните деньги за оба заказа.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // Hindi speaker: "You people are cheating customers"; sum in words for three glasses.
  c(
    'r28n-72',
    'en',
    'You people are cheating customers. I ordered 12 steel glasses, only 9 are received, 3 missing, box was not damaged. Received on 7 Aug. I have unboxing video, attached. Return me two hundred rupees for the missing glasses.',
    'video',
    ['accusation'],
    'partial_refund',
    200,
  ),
  // Armenian buyer: «Употреблять» is innocent; torn bag with live bugs: ready.
  c(
    'r28n-73',
    'ru',
    'Добрый день. Заказывал чай улун 500 г, пришёл 8 апреля, пакет порванный и внутри жучки живые. Употреблять такое нельзя. Фото и видео прикрепил. Прошу вернуть полную стоимость.',
    'video',
    [],
    'full_refund',
  ),
  // Spanish speaker: "f*cking" as an intensifier and "?!": profanity + emotional.
  c(
    'r28n-74',
    'en',
    'Where is my f*cking order?! I pay 3 months ago, 89 days, and the tracking number is not valid. Nobody answer. I want refund now.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Uzbek buyer: «firibgar, мошенник» labels; sum for the missing charger; no evidence.
  c(
    'r28n-75',
    'ru',
    'Вы firibgar, мошенник. Электросамокат заказал, пришёл без зарядное устройство. Получил 1 июля. Отдельно зарядка стоит 25 $, верните 25 $.',
    'none',
    ['accusation', 'missing_evidence'],
    'partial_refund',
    25,
  ),
  // Turkish buyer, short and complete: ready.
  c(
    'r28n-76',
    'en',
    'Merhaba. Received 24 Nov: the thermos lid leaks, tea comes out when the bottle lies horizontal. Video attached. Please refund.',
    'video',
    [],
    'full_refund',
  ),
  // Kyrgyz mother: «обидно, до слёз»; concrete defect and date, but no evidence.
  c(
    'r28n-77',
    'ru',
    'Очень обидно, до слёз. Заказала платье на выпускной дочке, пришло 20 мая, а на спине шов разошёлся и пятно от клея. Выпускной завтра. Верните деньги пожалуйста.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Indonesian buyer: "Dasar anjing kamu" (you dog) at the seller: insult.
  c(
    'r28n-78',
    'en',
    'Seller, 2 times I ask and you always answer with sticker only. The solar lamp 4 pcs, 2 pcs not turn on at night even after full day in sun, since first night 11 June. Video I attached. Dasar anjing kamu. Change the 2 lamps.',
    'video',
    ['insult'],
    'exchange',
  ),
  // Chinese student, long and careful; seller's words quoted; declines exchange: ready full refund.
  c(
    'r28n-79',
    'ru',
    'Здравствуйте, уважаемый продавец и поддержка AliExpress. Меня зовут Ван Лэй, я студент в Казани, русский язык у меня не очень хороший, извините за ошибки. Я заказал 2 сентября электрическую плитку на одну конфорку (модель с керамика, 2000 Вт), оплатил 3 480 рублей. Посылка пришла 19 сентября в пункт выдачи, я забрал в тот же день. Дома включить первый раз: плитка греет только на минимум, на других режимах переключатель крутится, но температура не меняется. Через 15 минут появился треск внутри и запах пластик, и корпус снизу стал очень горячий, я мерил кухонный термометр — 95 градусов. Я сразу выключил из розетка. Я снимал видео, там видно переключатель и термометр, видео прикрепил. Продавец в чате мне написал «это нормально для новый товар, подождите несколько дней». Я не согласен, потому что в общежитии это опасно, комендант запретил её включать. Замену не хочу, потому что боюсь, такая же будет. Прошу вернуть деньги полностью. Спасибо, 谢谢.',
    'video',
    [],
    'full_refund',
  ),
  // Arabic speaker: "ridiculous", "making fun of me", nothing concrete, no time for a problem, no evidence.
  c(
    'r28n-80',
    'en',
    "This is ridiculous. You are making fun of me? I write you one week, you answer 'wait'. I want my moneys back.",
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
];
