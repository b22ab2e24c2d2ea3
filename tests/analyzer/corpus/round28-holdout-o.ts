import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-eight, hold-out set o: devout, superstitious or old-fashioned buyers who write long, courteous letters
 * with blessings and appeal to God, fate, conscience and karma instead of swearing, and now and then curse, moralise,
 * call the seller a sinner or a thief, or threaten in a pious way. Written by a hand that has not read the analyzer's
 * rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - «Бог вам судья», «Бог всё видит», «побойтесь Бога», "God will judge you", "may God forgive you", "I will pray for
 *   you", "karma will catch up with you", "you will answer for it before God", «Бог долго терпит, да больно бьёт»:
 *   an appeal to a higher judge, with no harm named and nothing the buyer will do: neither threat, insult nor
 *   accusation. Written in capitals («БОГ ВСЁ ВИДИТ») it is emotional.
 * - Divine judgement joined to the buyer's own menace (a son who has found the warehouse, a nephew near it) is a threat.
 * - A curse that wishes harm («будьте вы прокляты» with «чтоб у вас руки отсохли», "I pray that you and yours feel this
 *   cold in your own bones") is a threat, as round twenty-five decided for wishes of illness; a candle lit «за
 *   здравие. Пока что за здравие» is a veiled death threat, like «Здоровья вашим детям. Пока что.».
 * - «Не доводите до греха» is a threat (earlier decision), and «терпение у меня не железное» is a thinning patience:
 *   emotional too.
 * - «Совесть у вас есть?» / «ты совесть имеешь?» alone is a reproach, not a label; «совести у вас нет, знаете ведь,
 *   что обманываете» labels the seller's honesty: an accusation. «Торговать надо с совестью» as general advice is none.
 * - Labels for honesty from church speech are accusations: «Иуды … за тридцать сребреников», «вор на воре сидит и
 *   вором погоняет», "sinners who cheat old people", "thieves", "crooks". Contemptuous names from old speech aimed at
 *   the seller's people are insults: «ироды окаянные», «нехристи», «олухи царя небесного», "godless wretches",
 *   «с ослицей Валаамовой одной породы».
 * - Sarcastic blessings and thanks for a failure («Дай вам Бог здоровья, благодетели вы наши, за такой подарок …
 *   спасибо вам, умницы», "Congratulations, you blessed geniuses") are insults (round four); sincere blessings are
 *   nothing.
 * - Pious interjections («Господи, за что», «Господи помилуй», «прости Господи», "Lord have mercy") are not affect
 *   words; «прости Господи» next to mat does not soften the mat.
 * - «Вы там белены объелись?» questions sanity (an insult, like «с дуба рухнули»); "as one would to a Sunday school
 *   class, since your staff seem unable to follow" talks down (an insult).
 * - "SHAME ON YOU for packing … in a plastic bag" scolds carelessness (no accusation), but the capitals are emotional;
 *   "Shame on you for selling this to pensioners" accuses.
 * - «Я не говорю, что вы специально», «Я никого не обвиняю», "I do not believe for a moment that you did this on
 *   purpose" take the label back: no accusation.
 * - «Блин» and «хреновина» are neither rude nor emotional; «Эх…» is an empty text.
 * - "Gospodi prosti… suka, nu skolko mozhno zhdat" is transliterated Russian (`ru`), mat set off as a cry: profanity
 *   and emotional.
 * - "I enclose a photograph" with no file in the form gets `evidence_not_attached` only.
 * - A pair of dots between letters ("b.u.l.l.s.h.i.t") is spacing; cried out with "!" it is emotional too.
 */
export const ROUND28_HOLDOUT_O: CorpusCase[] = [
  // Courteous letter with blessings; «хлебница» contains a rude-looking piece; a declined refund then an exchange.
  c(
    'r28o-01',
    'ru',
    'Здравствуйте, уважаемый продавец, мир вашему дому. Пишу вам по поводу заказа 8120034455: хлебница из бамбука с откидной крышкой. Получила её 3 октября и при распаковке увидела, что петля крышки вырвана вместе с шурупом, а на боковой стенке трещина длиной сантиметров семь. Фотографии трещины и петли приложила. Деньги мне не нужны, прошу Христом Богом, пришлите замену, целую хлебницу. Храни вас Господь.',
    'photo',
    [],
    'exchange',
  ),
  // «Бляха» is a belt buckle; a named sum for the difference: partial refund 450.
  c(
    'r28o-02',
    'ru',
    'Добрый день. Ремень кожаный, заказ от 11 сентября. Бляха на ремне, в описании латунная, пришла из лёгкого серого сплава: через неделю носки позолота с неё стёрлась, а под ней серый металл. Прилагаю фото бляхи и скриншот описания. Прошу вернуть 450 рублей разницы, ремень оставлю себе. Спаси Господи.',
    'photo',
    [],
    'partial_refund',
    450,
  ),
  // Mat with a digit judging the item («пи3дец какой-то, а не чайник»), no "!": profanity only.
  c(
    'r28o-03',
    'ru',
    'Шестьдесят лет на свете живу, грешен, а такого не видывал. Чайник электрический, заказ 5561209, пришёл 2 ноября, и при первом же кипячении из-под дна потекла вода прямо на стол. Это, прости Господи, пи3дец какой-то, а не чайник. Видео прикладываю. Верните деньги.',
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «Ироды вы окаянные» — an old contemptuous name aimed at the sellers: insult.
  c(
    'r28o-04',
    'ru',
    'Ироды вы окаянные, а не продавцы. Заказывала скатерть льняную 180 на 240, а прислали 140 на 180, синтетика, на этикетке написано «полиэстер». Померила рулеткой в день получения, 20 августа. Фото с рулеткой прилагаю. Пришлите ту скатерть, что я оплатила.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Не доводите до греха» is a threat; a patience «не железное» is emotional.
  c(
    'r28o-05',
    'ru',
    'Уважаемый продавец! Третью неделю прошу вас по-хорошему. Ходунки для моей матушки пришли со сломанным колёсиком: при сборке 14 мая ось переднего колеса треснула пополам, фото я вам посылала, прикладываю снова. Вы молчите. Не доводите до греха, я человек верующий, но терпение и у меня не железное. Верните деньги за ходунки.',
    'photo',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // "God will judge you" plus a chargeback: a lawful step, nothing rude; complete.
  c(
    'r28o-06',
    'en',
    'Dear Sir or Madam, I ordered a cast-iron skillet (order 3008771245) on 2 February. It arrived on 19 February with the handle cracked right through where it joins the pan; I found the crack when I unwrapped the box. Photos of the crack are attached. I have asked you politely twice for a refund and received no answer. I will not call you names. God will judge you, not I. If you do not refund me in full within five days, I shall ask my bank for a chargeback. Yours faithfully, Margaret Hollis.',
    'photo',
    [],
    'full_refund',
  ),
  // A masked swear word judging the item, no "!": profanity only.
  c(
    'r28o-07',
    'en',
    'Lord forgive me for saying it, but this lamp is a piece of sh1t. Bedside lamp, order 77120: the touch dimmer stopped responding on the third evening, now it flickers for a few seconds and then goes dark. Video attached. Please send a replacement lamp.',
    'video',
    ['profanity'],
    'exchange',
  ),
  // «Совести у вас нет, знаете ведь, что обманываете стариков» labels honesty: accusation.
  c(
    'r28o-08',
    'ru',
    'Бог всё видит. Продали мне шерстяные носки, а в них ни нитки шерсти, сплошной акрил, на бирке так и написано, заметила в тот же вечер, как развернула пакет. Совести у вас нет, знаете ведь, что обманываете стариков. Фото бирки приложила. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Place name «Сукко» and «мудрость» are innocent; partial refund 600.
  c(
    'r28o-09',
    'ru',
    'Здравствуйте. Заказ 4410092873, надувной круг для внука. Отдыхали в Сукко, и на второй день круг начал травить воздух по шву у клапана, шов разошёлся сантиметра на три. Видео с пузырями в воде прилагаю. Бабушкина мудрость говорит, что худой мир лучше доброй ссоры, поэтому прошу частичный возврат 600 рублей, круг мы заклеили сами.',
    'video',
    [],
    'partial_refund',
    600,
  ),
  // A nephew near the warehouse who "knows the address" and might "call in": veiled threat.
  c(
    'r28o-10',
    'en',
    'I have prayed over this and I forgive you, but forgiveness is not the same as forgetting. The wool coat I ordered came with a moth-eaten hole in the left sleeve, which I found when I took it out of the bag on 5 November. My nephew lives twenty minutes from your warehouse in Yiwu, and he knows the address. I would hate for him to have to call in. Refund me, and we shall part as Christians. Photos attached.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Слёзы лила» is affect; no evidence and no file.
  c(
    'r28o-11',
    'ru',
    'Господи, за что мне это. Копила с пенсии на оренбургский пуховый платок, а пришла тонкая тряпица из синтетики, колется, и по размеру вдвое меньше заявленного. Весь вечер слёзы лила, как открыла пакет 9 декабря. Верните деньги, Христа ради.',
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // Karma and conscience only: vague, no time, no evidence, no request; not a threat.
  c(
    'r28o-12',
    'en',
    'Karma will catch up with you. I have been a customer for six years and never had such a parcel. What I received is simply not what was described. I leave it to your conscience.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // Sarcastic blessing and thanks for a failure, «умницы»: insult.
  c(
    'r28o-13',
    'ru',
    'Дай вам Бог здоровья, благодетели вы наши, за такой подарок к Пасхе: форма для кулича пришла смятая в гармошку, дно отошло, тесто бы всё вытекло. Обнаружила при распаковке 18 апреля. Вот уж порадовали старуху, спасибо вам, умницы. Фото во вложении. Пришлите новую форму.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // The seller's rude words quoted as evidence (no mat) are not the buyer's; offers the item back: return.
  c(
    'r28o-14',
    'ru',
    'Уважаемая служба поддержки. Продавец на мою просьбу о замене ответил мне в переписке 22 июня: «бабка, иди лечись, у нас всё работает». Я не обижаюсь, Бог ему судья. Суть дела: тонометр, заказ 6620118450, с первого дня показывает давление на 30 единиц выше, чем аптечный, сверяла у врача в поликлинике. Скриншот переписки и фото обоих приборов приложила. Прошу вернуть деньги, тонометр готова отправить обратно.',
    'photo',
    [],
    'return',
  ),
  // Dotted-out swear word cried out with "!": profanity and emotional.
  c(
    'r28o-15',
    'en',
    'The Lord is testing me. Garden hose reel, order 5512: the crank snapped off the first time I wound the hose, on Saturday 12 July. And your reply that it must be my own fault? What a load of b.u.l.l.s.h.i.t! Video attached. Refund please.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «Побойтесь Бога» is no threat; «сколько сочтёте справедливым» is a partial refund without a sum.
  c(
    'r28o-16',
    'ru',
    'Побойтесь Бога, люди добрые. Набор посуды из шести предметов, заказ 3390017: пришло пять, маленького ковшика нет, обнаружила при распаковке 1 марта. Фото коробки и накладной приложила. Верните за недостающий ковшик сколько сочтёте справедливым.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Cockburn's" is a port brand; polite and complete.
  c(
    'r28o-17',
    'en',
    "Good morning. I bought a set of six crystal glasses for Cockburn's port as a gift for our vicar (order 81200453). Two of the six arrived chipped at the rim; I noticed it on 3 December while washing them before wrapping. Photos of both chips are attached. Could you kindly send two replacement glasses? Thank you, and God bless.",
    'photo',
    [],
    'exchange',
  ),
  // Look-alike Latin letters in an adjective before the item: profanity and emotional (intensifier).
  c(
    'r28o-18',
    'ru',
    'Прости, Господи, душу мою грешную, но эти eбaные ботинки развалились через десять дней: подошва отклеилась на обоих носках, хожу как с открытым ртом. Заказ 4471230088, 42 размер. Фото подошв во вложении. Прошу вернуть деньги.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // A curse with «чтоб у вас руки отсохли»: a wish of harm, threat.
  c(
    'r28o-19',
    'ru',
    'Будьте вы прокляты вместе с вашим магазином. Чтоб у вас руки отсохли, как у меня спина отсохла таскать эту коробку на почту. Сушилка для белья пришла 2 сентября с погнутой стойкой, она не встаёт ровно, шатается и падает. Фото приложила. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Shame on you for selling this to pensioners" accuses; no time of discovery.
  c(
    'r28o-20',
    'en',
    "Shame on you for selling this to pensioners. The 'orthopaedic' cushion is ordinary foam with no memory layer at all, and the label inside says polyurethane foam. A photograph of the label is enclosed. I ask for my money back.",
    'photo',
    ['accusation', 'missing_when'],
    'full_refund',
  ),
  // «Обидно» is affect; "not what was in the picture" is vague; nothing else but a request.
  c(
    'r28o-21',
    'ru',
    'Обидно до глубины души. Ждала, надеялась, а пришло не то, что на картинке, совсем не то. Бог вам судья. Прошу замену.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // Consumer protection, a court and an honest review are lawful; «Бог всё видит» is nothing.
  c(
    'r28o-22',
    'ru',
    'Уважаемый продавец, я писала вам трижды и ответа не получила. Напоминаю суть: электрогрелка, заказ 2290134, после второго включения, 16 января, перестала нагреваться правая половина, левая греет. Видео, где видно, что правая сторона холодная, приложено. Если до 1 февраля деньги не будут возвращены, я обращусь в Роспотребнадзор и в суд, а также напишу честный отзыв о вашем магазине. Бог всё видит, а я прошу лишь то, что положено по закону. Верните деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Talking down "as one would to a Sunday school class": insult.
  c(
    'r28o-23',
    'en',
    'Let me explain this slowly, as one would to a Sunday school class, since your staff seem unable to follow. I ordered the rosary in olive wood. You sent plastic beads painted brown. Plastic. Not wood. I noticed the moment I held it on 9 April: it weighs nothing and the paint scratches off with a fingernail. Photos attached. Send the olive wood rosary I paid for.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Блин» and «хреновина» are neither rude nor emotional; complete.
  c(
    'r28o-24',
    'ru',
    'Блин, прости Господи, уже третий раз пишу. Настенные часы с кукушкой, заказ 1188305: кукушка не выходит, механизм встал на пятый день, стрелки стоят на 4:10. Хреновина какая-то внутри болтается, слышно, когда часы наклоняешь. Видео прикладываю. Пришлите, пожалуйста, другие часы.',
    'video',
    [],
    'exchange',
  ),
  // "I enclose a photograph" with no file; a sum in words: partial refund 12.
  c(
    'r28o-25',
    'en',
    'Dear seller, peace be with you. The pair of brass candlesticks (order 6120044) arrived on 28 October and one is bent at the stem, so it leans to the left and the candle will not stand straight. I enclose a photograph. I should be content with a refund of twelve dollars for the bent one, and I will keep them both. Blessings, Edith.',
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    12,
  ),
  // Knowing the wife's name and the son's school: threat.
  c(
    'r28o-26',
    'ru',
    'Я человек православный и зла никому не желаю. Но я знаю, как зовут вашу жену и в какую школу ходит ваш сын, вы сами выкладывали фото на страничке магазина. Подумайте о них, прежде чем снова отказывать старику. Электробритва, заказ 5530981, перестала заряжаться на шестой день, индикатор не загорается. Видео приложил. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // «корабля», «рубля» hold a rude-looking piece; sending missing parts is an exchange.
  c(
    'r28o-27',
    'ru',
    'Здравствуйте. Купил внуку сборную модель парусного корабля, заказ 7730042198. При сборке 5 февраля оказалось, что нет двух мачт и листа с парусами, в инструкции они есть под номерами 14 и 15. Фото разложенных деталей и страницы инструкции прилагаю. Прошу дослать недостающие детали. Деньги до последнего рубля уплачены, так что надеюсь на вашу порядочность.',
    'photo',
    [],
    'exchange',
  ),
  // "Thieves" is a fraud label; no evidence named, no file.
  c(
    'r28o-28',
    'en',
    'You are thieves, plain and simple, and God will judge you. I paid $46.80 for a pressure cooker, and on 19 March, when I opened the box at the post office, I found a small aluminium saucepan with no valve and no locking lid. Give me my money back.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // A sigh of two letters: empty text.
  c('r28o-29', 'ru', 'Эх…', 'none', ['empty_text'], 'none'),
  // «БОГ ВСЁ ВИДИТ» in capitals is emotional; an exchange turned down, a refund asked.
  c(
    'r28o-30',
    'ru',
    'БОГ ВСЁ ВИДИТ, так и знайте. Заказывала электрическую мясорубку, пришла 7 июля, и при первом же запуске из корпуса пошёл дым и запахло горелой проводкой. Видео снимала, прилагаю. Замену не хочу, боюсь пожара, верните деньги полностью.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // "You godless wretches" is name-calling: insult.
  c(
    'r28o-31',
    'en',
    'You godless wretches. I ordered a nativity set of twelve figures and the box held nine: the Virgin Mary, one shepherd and the ox are missing. I counted them on Christmas Eve when we set it up. Photos attached. Send the three missing figures.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «Совесть у вас есть?» about silence is a reproach; parcel in customs with a tracking number; only «разберитесь».
  c(
    'r28o-32',
    'ru',
    'Совесть у вас есть? Месяц молчите. Посылка с трек-номером LP00912345678 застряла на таможне с 3 мая, уже 45 дней. Разберитесь, пожалуйста, ради Бога.',
    'none',
    ['missing_resolution'],
    'none',
  ),
  // The seller's mat quoted as evidence stays profanity; the quoted «старая» is not the buyer's insult.
  c(
    'r28o-33',
    'ru',
    'Уважаемая администрация. Продавец в ответ на мою вежливую просьбу написал мне: «иди на хуй, старая». Такое и повторять-то грех, но пусть вы сами видите. Скатерть-дорожка, заказ 3301288, вышивка пошла затяжками после первой стирки, 20 октября, нитки торчат петлями. Скриншот переписки и фото скатерти прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // "shiitake" is a mushroom; plain and complete.
  c(
    'r28o-34',
    'en',
    'Hello. I bought a shiitake mushroom growing kit (order 4402981). I followed the leaflet to the letter, but when I opened the block on 10 January it was covered in green mould and smelled sour, and nothing has grown in three weeks. Photos of the block and the leaflet are attached. I would be grateful for a full refund. With thanks and kind regards, Brother Anselm.',
    'photo',
    [],
    'full_refund',
  ),
  // «Половину стоимости»: partial refund without a sum; a return declined; no evidence.
  c(
    'r28o-35',
    'ru',
    'Мир вам. Заказала шторы блэкаут, в описании сказано, что свет они не пропускают, а на деле солнце сквозь них видно, как через марлю. Это я заметила в первое же утро, 11 августа. Шторы уже повесила, возвращать не стану. Верните, сделайте милость, половину стоимости.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Karma, a disclaimer with no threat after it, a report and a bank: innocent.
  c(
    'r28o-36',
    'en',
    'Brother, I am a patient man and I go to church every Sunday, so I will not threaten you. Karma will catch up with you in its own time; that is not my business. My business is the electric blanket that stopped heating on the third night, 14 November: the controller light stays red and the blanket stays cold. Video attached. I have reported the listing to AliExpress, and if I must, I shall go to my bank. Please refund me.',
    'video',
    [],
    'full_refund',
  ),
  // Scare quotes around «ошибочка» with «ну конечно»: sarcasm about honesty, accusation.
  c(
    'r28o-37',
    'ru',
    'Ну конечно, опять «ошибочка» на складе, уже вторая за год, Господь вам в помощь. Заказывала мериносовую пряжу, 10 мотков серого, а пришло 10 мотков бежевого акрила, развернула посылку 30 января. Фото мотков с этикетками приложила. Пришлите, пожалуйста, серую мериносовую пряжу, как в заказе.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «гребля» holds a rude-looking piece; «тренажёр заберите сами» offers it back: return.
  c(
    'r28o-38',
    'ru',
    'Добрый день, многоуважаемый продавец. Тренажёр для гребли, заказ 8850021436. На девятый день занятий лопнул трос, на котором ходит рукоять, и рукоять ударила меня по колену, слава Богу, несильно. Видео, где видно, как трос перетёрся о ролик, прикладываю. Прошу вернуть деньги, тренажёр заберите сами. Да хранит вас Бог.',
    'video',
    [],
    'return',
  ),
  // A negated accusation; "size 12-18 months" is a size, the date is the arrival.
  c(
    'r28o-39',
    'en',
    'I do not believe for a moment that you did this on purpose; mistakes happen to all of us, God knows. The crocheted christening gown arrived on 2 June in size 12-18 months, although I ordered 0-3 months. The label is clearly visible in the photo I have attached. Please exchange it for the 0-3 months size before the christening on the 29th.',
    'photo',
    [],
    'exchange',
  ),
  // «Вы там белены объелись?» questions sanity: insult.
  c(
    'r28o-40',
    'ru',
    'Вы там белены объелись, что ли? Я заказывала пуховое одеяло 200 на 220, а вы прислали детское, 100 на 140. Разница видна невооружённым глазом, но я ещё и проверила рулеткой 6 декабря, при распаковке. Фото с рулеткой приложила. Присылайте правильное одеяло.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Church goods, blessing, a length mismatch found while hanging it: complete.
  c(
    'r28o-41',
    'ru',
    'Благословите, добрые люди. Купила стеклянную лампаду с подвесом, заказ 4419002. Цепочка подвеса короче, чем в описании: заявлено 50 сантиметров, а на деле 30, до киота не достаёт. Увидела, как только стала вешать, 6 января. Фото лампады на цепочке приложила. Прошу выслать цепочку нужной длины.',
    'photo',
    [],
    'exchange',
  ),
  // "Disappointed" is affect; no evidence, no file.
  c(
    'r28o-42',
    'en',
    "I am seventy-eight years old and I am truly disappointed. The musical jewellery box I bought for my granddaughter's confirmation plays for two seconds and stops, and the winding key turns freely without catching. I found this the evening it arrived, 21 May. Please send me a new one that works.",
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // Masked mat judging the item («х*йня, а не утюг»), no "!": profanity only.
  c(
    'r28o-43',
    'ru',
    'Извините за выражение, батюшка бы не одобрил, но это х*йня, а не утюг. Пар не идёт, вода капает из подошвы прямо на бельё, на рубашках остаются ржавые пятна. Началось с первой же глажки, 8 марта. Фото рубашки с пятнами приложила. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // The seller's insult quoted "and I quote" as evidence; a chargeback is lawful.
  c(
    'r28o-44',
    'en',
    "To AliExpress support. The seller replied to me on 16 August, and I quote: 'old woman, you are too stupid to use a kettle.' I have a screenshot of that conversation. I have no wish to repay insult with insult. The kettle (order 99120876) switches itself off after ten seconds every time, before the water is even warm; I noticed it the first morning. I attach a video of it. I ask for a full refund; if that is refused, I will contact my bank about a chargeback.",
    'video',
    [],
    'full_refund',
  ),
  // A candle lit «за здравие. Пока что за здравие»: veiled death threat.
  c(
    'r28o-45',
    'ru',
    'Я за вас свечку в храме поставила. За здравие. Пока что за здравие. Детское автокресло, заказ 6640038812: при первой же установке, 3 июля, лопнула защёлка ремня, ребёнок бы вылетел. Видео приложила. Верните деньги.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // "Faulty" names nothing, no time; "May God forgive you" is nothing.
  c(
    'r28o-46',
    'en',
    'May God forgive you, because I am finding it hard to. The toaster is faulty. Photo attached. Refund, please.',
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // A sum in words for missing items: partial refund 180; complete.
  c(
    'r28o-47',
    'ru',
    'Христос воскресе! Пишу вам по поводу подставок для пасхальных яиц, заказ 5012377. Из двенадцати пришло десять, недостачу я обнаружила при распаковке в Великий четверг, 9 апреля. Фото всех десяти на столе прилагаю. Прошу вернуть за две недостающие сто восемьдесят рублей. Храни вас Господь.',
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // A masked swear word before a fraud label: profanity and accusation.
  c(
    'r28o-48',
    'en',
    'God forgive me, but you are a bunch of f*cking crooks. Two months I have waited for a set of church candle holders, order 31108824, and the tracking says it was delivered on 4 September to a village I have never lived in. Refund me.',
    'none',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // «Употребить», «колеблясь» hold a rude-looking piece; decimal comma: partial refund 3.5.
  c(
    'r28o-49',
    'ru',
    'Милостивые государи! Приобрела у вас набор пряностей из двенадцати баночек, заказ 7110294. Употребить в пищу не решилась: при вскрытии 2 октября в баночке с корицей и в баночке с гвоздикой обнаружила жучков, живых. Фото баночек с жучками прилагаю. Прошу, не колеблясь, вернуть стоимость этих двух баночек, 3,50 доллара.',
    'photo',
    [],
    'partial_refund',
    3.5,
  ),
  // Near-empty: a pious sigh, nothing else.
  c(
    'r28o-50',
    'en',
    'Lord have mercy.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Олухи царя небесного» is name-calling: insult.
  c(
    'r28o-51',
    'ru',
    'Олухи вы царя небесного. Я просила в комментарии к заказу не класть банку мёда набок, а вы завернули её в одну газету, крышка в дороге открылась, и мёд вытек по всей коробке. Посылку получила 17 сентября, открыла прямо на почте. Фото коробки в мёду прилагаю. Верните деньги за мёд.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «Иуды … за тридцать сребреников» labels honesty: accusation; no time, no evidence.
  c(
    'r28o-52',
    'ru',
    'Иуды вы, за тридцать сребреников родную мать продадите. Продали мне икону в «серебряном» окладе, а оклад пластмассовый, крашеный, краска облезает под пальцем. Верните деньги.',
    'none',
    ['accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "I will pray for you" with Trading Standards and a bank: lawful; complete.
  c(
    'r28o-53',
    'en',
    'Dear seller, I will pray for you, and I will also write to Trading Standards and to my bank if this is not put right. Order 2208734: a pair of reading glasses, +2.5, arrived on 8 January. When I put them on the same day, everything was blurred. My optician measured the lenses: they are +1.0 on the left and +1.5 on the right. His written note and a photo of the glasses are attached. Please send the correct +2.5 glasses.',
    'photo',
    [],
    'exchange',
  ),
  // Transliterated Russian, «suka, nu skolko mozhno» as a cry: profanity and emotional; a tracking number.
  c(
    'r28o-54',
    'ru',
    'Gospodi prosti... suka, nu skolko mozhno zhdat. Posylka s lampadnym maslom idet uzhe 52 dnya, trek RB123456789CN stoit na meste s 10 iyulya. Verni dengi.',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "!!!" is emotional; no request, only despair.
  c(
    'r28o-55',
    'ru',
    'Да что же это делается, люди добрые!!! Заказала 15 июня тёплые стельки с подогревом, пришли 2 июля, и ни одна не греется: провод от батарейного блока оторван у самой стельки, это видно на фото. Я уже не знаю, к кому обращаться.',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // Praying that the seller and family "feel this cold in your own bones": a wish of harm, threat.
  c(
    'r28o-56',
    'en',
    'The thermal underwear I bought for my husband, who is eighty-three, is thin cotton with not a trace of the fleece lining shown in the listing; I saw it when I opened the parcel on 30 November. Photo attached. He shivered all week. I pray that you and yours feel this cold in your own bones one day. Refund me.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «сабля» holds a rude-looking piece; «хулить не стану» is a polite disclaimer; complete.
  c(
    'r28o-57',
    'ru',
    'Здравствуйте. Сувенирная казачья сабля, заказ 6601288. Ножны пришли треснутые вдоль по всей длине, трещину увидел при распаковке 23 февраля, как раз к празднику дарить собирался. Фото ножен прилагаю. Хулить ваш магазин не стану, прошу по-людски: пришлите новые ножны.',
    'photo',
    [],
    'exchange',
  ),
  // «Я не говорю, что вы специально» takes the label back; a return.
  c(
    'r28o-58',
    'ru',
    'Я не говорю, что вы специально, всякое бывает, Бог всем судья. Крем для рук пришёл 19 марта с истёкшим сроком годности, на тюбике стоит дата «годен до 01.2024». Фото тюбика приложила. Готова отправить крем обратно, верните деньги.',
    'photo',
    [],
    'return',
  ),
  // "What great honesty" about a shop: sarcasm about honesty, accusation; no evidence.
  c(
    'r28o-59',
    'en',
    "I ordered a linen tablecloth and received a polyester one with a printed linen pattern; I could tell the moment I touched it on Sunday. What great honesty from a shop that calls itself 'Blessed Home'. I would like the linen tablecloth sent, as ordered.",
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // Masked mat as an interjection at the start: profanity and emotional.
  c(
    'r28o-60',
    'ru',
    'Бл*ть, прости Господи. Третий день пытаюсь шить на этой машинке: игла на первом же стежке ломается о лапку, уже четыре иглы сломала. Машинку получила 11 февраля. Видео прикладываю. Прошу заменить машинку на исправную.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "Dickens" is an author; complete, exchange with no return.
  c(
    'r28o-61',
    'en',
    "Good afternoon, and God bless. I ordered the illustrated edition of Dickens's A Christmas Carol for my grandson (order 5501234, £18.50). When he opened it on Christmas morning, we found pages 33 to 64 bound upside down and page 40 half torn out. Photos are attached. Would you kindly send a correct copy? There is no need to take the faulty one back.",
    'photo',
    [],
    'exchange',
  ),
  // «В шоке» is affect, «вор на воре сидит» labels honesty; no time.
  c(
    'r28o-62',
    'ru',
    'Я в шоке, честное слово. Вор на воре сидит и вором погоняет. Заказывала сковороду с антипригарным покрытием, а покрытие облезло хлопьями прямо в яичницу. Фото сковороды прикладываю. Верните деньги.',
    'photo',
    ['accusation', 'emotional', 'missing_when'],
    'full_refund',
  ),
  // A long, formal letter with blessings and «Господи помилуй»: complete, nothing rude.
  c(
    'r28o-63',
    'ru',
    'Мир вам и вашему дому, уважаемый продавец. Пишу вам не с упрёком, а с просьбой, потому что верю, что дело можно решить по-доброму. В декабре я заказала у вас ночник с образом Богородицы, заказ 3092210885, в подарок своей крёстной, ей восемьдесят шесть лет, она почти не встаёт и по ночам любит, чтобы у иконы был свет. Заказывала заранее, за три недели до Рождества, думала порадовать её к празднику, да вот не вышло. Посылка шла долго, но коробка пришла целая, не мятая, на почте её при мне взвесили, всё сошлось. Посылку я получила 12 января и в тот же вечер, прежде чем везти подарок, проверила ночник дома. Включила в розетку, и через минуту он затрещал, свет замигал, а от вилки потянуло палёным. Господи помилуй, хорошо, что я была рядом и сразу выдернула вилку, а не оставила его на ночь у старушки. Больше я его не включала. Корпус у вилки оплавился, это хорошо видно. Я сняла на видео, как ночник мигает и трещит, и крупно — оплавленный корпус; видео приложено к обращению. Прошу вернуть деньги полностью. Сам ночник, если нужно, готова хранить до вашего решения, но включать его больше не стану и никому не отдам, грех это — дарить такую вещь. Крёстной куплю другой, в нашем церковном магазине. Да воздаст вам Господь за честность, здоровья вам и вашим близким. С уважением, Нина Петровна.',
    'video',
    [],
    'full_refund',
  ),
  // Sarcastic congratulations, "you blessed geniuses": insult.
  c(
    'r28o-64',
    'en',
    'Congratulations, you blessed geniuses. You packed a glass cake stand in a paper envelope with no padding, and it arrived on 7 March in four pieces. Photos attached. Please send another one, and perhaps this time a box.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // A proverb of God's punishment joined to a son who has found the warehouse: threat.
  c(
    'r28o-65',
    'ru',
    'Бог долго терпит, да больно бьёт. А я не Бог, руки у меня покороче, зато адрес вашего склада в Иу мой сын уже нашёл, он туда ездит по работе. Спортивный костюм для внука, заказ 8840013, пришёл размер 146 вместо 128, штаны до подмышек. Примерили в день получения, 5 августа. Фото с биркой приложила. Пришлите 128 размер.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // "Refund the difference" with no sum; "30% wool" is a label, not a sum; no evidence.
  c(
    'r28o-66',
    'en',
    'Good day. I paid for a 100% wool blanket and received a wool and acrylic blend, 30% wool according to the sewn-in label, which I read the day it arrived, 14 October. I will keep it for the spare room, but I ask that you refund the difference. With every blessing.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // General moral advice («торговать надо с совестью») is no accusation; complete.
  c(
    'r28o-67',
    'ru',
    'Сударь мой, позвольте сказать вам по-стариковски: торговать надо с совестью. Я вашим магазином доволен был три года, а тут утюжок для бороды, заказ 2213099, на пятый день пользования перестал нагреваться: индикатор горит, а пластины холодные. Видео снял, вот оно. Прошу прислать исправный утюжок.',
    'video',
    [],
    'exchange',
  ),
  // Spaced mat cried out with "!": profanity and emotional.
  c(
    'r28o-68',
    'ru',
    'Господи, за что. П и з д е ц! Кухонные весы врут на полкило: пакет сахара в 1 кг показывают как 1,5. Проверила в день получения, 28 мая, и ещё на соседских весах. Видео приложила. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "Ridiculous" is affect; "poor quality" names nothing; a receipt date counts as when.
  c(
    'r28o-69',
    'en',
    'It is ridiculous that a Christian business should send out goods like this. The kneeler cushion came on 12 September and it is simply poor quality. Photo attached. I want a refund.',
    'photo',
    ['emotional', 'missing_what'],
    'full_refund',
  ),
  // Mocking comparison of the packers to Balaam's donkey: insult; no evidence.
  c(
    'r28o-70',
    'ru',
    'Ваши упаковщики, видно, с ослицей Валаамовой одной породы, только та поумнее была: она хоть ангела разглядела. Я написала в комментарии к заказу: «цвет белый», а пришла ночная рубашка чёрная. Получила 4 апреля. Пришлите белую.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // "Cockermouth" is a town; a tracking number and a passed deadline; sending again is an exchange.
  c(
    'r28o-71',
    'en',
    "Good morning. My brass church-bell doorbell (order 7722018) was to reach me in Cockermouth by 20 May at the latest; it is now 12 June. The tracking number LB554433221GB has shown 'arrived in destination country' since 16 May and nothing since. Kindly send the doorbell again.",
    'none',
    [],
    'exchange',
  ),
  // «Фото прилагаю» with no file; «пришёл с отклеенным корешком» gives no time.
  c(
    'r28o-72',
    'ru',
    'Здравствуйте, раба Божия Валентина пишет. Молитвослов в кожаном переплёте, заказ 1108830, пришёл с отклеенным корешком, страницы с 97 по 128 выпадают целым блоком. Фото прилагаю. Прошу прислать другой молитвослов.',
    'none',
    ['missing_when', 'evidence_not_attached'],
    'exchange',
  ),
  // Publishing the seller's name and phone in the parish newsletter: threat.
  c(
    'r28o-73',
    'en',
    'I have your full name, your home telephone number and the address your parcels are sent from. If the money is not back in my account by Friday, I shall have them printed in the parish newsletter and read out after Mass, so that every Christian in the diocese knows who you are. The walking stick snapped at the brass collar in the second week I used it. Photo attached. Refund me.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Police and a post office note are lawful steps; «я никого не обвиняю»; sending again is an exchange.
  c(
    'r28o-74',
    'ru',
    'Уважаемый продавец. Посылка с заказом 9907213, трек-номер RU334455667CN, по отслеживанию вручена 2 марта, но я её не получала: на почте мне показали, что расписался кто-то посторонний, подпись не моя. Справку с почты приложила. Заявление в полицию я подала. Я никого не обвиняю, Бог всем судья, но прошу прислать заказ повторно.',
    'photo',
    [],
    'exchange',
  ),
  // "SHAME ON YOU for packing" is capitals (emotional) about carelessness (no accusation); partial refund 9.
  c(
    'r28o-75',
    'en',
    'SHAME ON YOU for packing a porcelain angel figurine in a plastic bag with no padding at all. Her wings snapped off in transit; I found the pieces at the bottom of the bag when I opened it at the post office on 9 December. Video attached. I would like a partial refund of $9, and I will glue her myself.',
    'video',
    ['emotional'],
    'partial_refund',
    9,
  ),
  // «Брак» names nothing; no evidence, no file.
  c(
    'r28o-76',
    'ru',
    'Доброго здравия. Получила у вас гирлянду на ёлку, при распаковке 27 декабря обнаружила брак. Прошу заменить, Бог вас благослови.',
    'none',
    ['missing_what', 'missing_evidence'],
    'exchange',
  ),
  // «Нехристи» is name-calling, «мошенники» a fraud label: insult and accusation.
  c(
    'r28o-77',
    'ru',
    'Нехристи вы, и мошенники вдобавок. Заказывала набор из трёх сковородок с крышками, а пришли три сковородки без крышек, хотя в объявлении крышки на всех фото. Распаковала 15 ноября при курьере. Фото коробки и скриншот объявления приложила. Верните деньги.',
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // "Sinners who cheat old people" accuses; answering "before God" is no threat; no time; a return.
  c(
    'r28o-78',
    'en',
    "You are sinners who cheat old people, and one day you will answer for it before God. The hearing amplifier whistles constantly, and the volume wheel does nothing at any setting. I have a video of it whistling, attached. I'm happy to send it back for a refund.",
    'video',
    ['accusation', 'missing_when'],
    'return',
  ),
  // Mat said to the addressed seller («Продавец, сука») calls a name: profanity and insult; a bare «совесть имеешь?».
  c(
    'r28o-79',
    'ru',
    'Продавец, сука, прости Господи, ты совесть имеешь? Рубанок, заказ 4420188: нож тупой и со сколом посередине, строгать им нельзя, заметил при первой же пробе, 10 октября. Фото ножа приложил. Пришли новый нож к рубанку.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // "Essex" is a county; a long formal letter offering the item back: return.
  c(
    'r28o-80',
    'en',
    "Dear Sir or Madam, grace and peace to you. I write on behalf of the Ladies' Guild of St Mary's, Chelmsford, Essex. On 3 April we received the electric tea urn we ordered for the church hall (order 6118205537). At its first use, on Palm Sunday, 13 April, the water would not rise above lukewarm after forty minutes, and the thermostat light never came on. Our churchwarden, a retired electrician, checked the socket and the fuse, and both are sound. A video of the urn after forty minutes, with a thermometer in the water reading 38 degrees, is attached. We would like to return the urn and have our money refunded. Please let us know where to send it. With our thanks and prayers, Mrs Joan Whitcombe, Secretary.",
    'video',
    [],
    'return',
  ),
];
