import { labelled as c, type CorpusCase } from './types';

/**
 * Round twenty-five, hold-out set W: older buyers (60 to 80) and grandparents shopping for their families, writing
 * run-on sentences, caps lock, folksy words, appeals to God and conscience and old-fashioned scolding. Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Mild old oaths («ёлки-палки», «чёрт побери», "good grief", "dagnabbit", "heck", "darn") are like «блин»: neither
 *   rude nor emotional on their own.
 * - Appeals to God and conscience and plain scolding («побойтесь Бога», «Бог вам судья», "shame on you") are neither
 *   insult, threat nor accusation; «совести у вас нет» appears only next to a fraud label.
 * - «шельмы» (rogues, cheats) is an old fraud label: accusation. «олухи», «бестолочи», «ироды», «раззявы»,
 *   "nincompoops", "dunderheads" aimed at the seller's people are name-calling: insult.
 * - An old curse on the seller's health («чтоб у вас руки отсохли») is an ominous wish: threat.
 * - A relative who knows the warehouse and will "stop by and have a word" is a visit: threat.
 * - A polite text typed all in capitals is emotional (many fully capitalised words), however courteous.
 * - A line a grandchild added to the buyer's text is part of that text and labelled like the rest.
 * - «половину стоимости», "half her money back" are partial refunds without a sum.
 */
export const ROUND25_HOLDOUT_W: CorpusCase[] = [
  // polite grandmother, missing rails and wheels found at assembly, photos attached, asks for the missing parts: exchange, ready
  c(
    'r25w-01',
    'ru',
    'Здравствуйте милая, пишет вам бабушка Нина Степановна из Калуги. Заказывала внуку Серёже на день рождения железную дорогу с паровозом и вагончиками, он у нас паровозами бредит с трёх лет, дед ему и книжки про них читает. Посылку получила на почте 12 ноября, вечером сели с дедом собирать чтобы к субботе всё было готово, и оказалось что в коробке нет двух закруглённых рельсов, кольцо не замыкается, и у паровоза с одной стороны нет колёсной пары, только дырочки под неё. Пересчитывали по картинке в инструкции два раза, дед в очках, я без очков, всё одно не хватает. Фотографии коробки, инструкции и всех деталей разложенных на столе прикладываю. День рождения 30 ноября, прошу вас прислать недостающие рельсы и колёса, набор сам хороший, менять целиком не надо. Спасибо, дай вам Бог здоровья.',
    'photo',
    [],
    'exchange',
  ),
  // «бляха» is a belt buckle, an ordinary word; money declined, replacement asked: exchange, ready
  c(
    'r25w-02',
    'ru',
    'Добрый день. Брала ремень солдатский с латунной бляхой внуку он у меня в кадетском корпусе учится, получила 3 марта, а бляха в первый же день отвалилась, заклёпка которая её держит перетёрлась насквозь, внук только раз надел на построение. Видео сняла где видно как она болтается, прикладываю. Прошу заменить ремень на целый, деньги не нужны.',
    'video',
    [],
    'exchange',
  ),
  // the seller's «бабка … не морочь голову» is quoted as evidence; the whole price named: full refund, ready
  c(
    'r25w-03',
    'ru',
    'Сынок я вам ещё 20 апреля писала что электрогрелка у меня с правого края перестала греть через три дня после покупки, левая половина горячая а правая холодная, а ваш сотрудник мне в переписке ответил, цитирую: "бабка сама сломала, не морочь голову". Скриншот этой переписки и фото грелки прикладываю. Я человек пожилой но из ума не выжила, пользовалась по инструкции, на самый слабый режим ставила. Прошу вернуть 1 450 рублей, полную стоимость грелки.',
    'photo',
    [],
    'full_refund',
  ),
  // consumer protection and a bank chargeback are lawful steps, not threats; complete: ready
  c(
    'r25w-04',
    'ru',
    'Здравствуйте. Тонометр запястный, получен 2 июня. 5 июня сравнивал в поликлинике с аппаратом у медсестры: ваш показывает верхнее давление на 30 единиц выше, три замера подряд, медсестра подтвердила. Фото обоих приборов с показаниями прикладываю. Прошу вернуть деньги за тонометр. Если вопрос не решится, буду обращаться в Роспотребнадзор и в свой банк за отменой платежа, это моё законное право. С уважением, Аркадий Львович, 76 лет.',
    'photo',
    [],
    'full_refund',
  ),
  // a polite text typed with caps lock on: many capitalised words make it emotional, otherwise complete
  c(
    'r25w-05',
    'ru',
    'ЗДРАВСТВУЙТЕ ПИШЕТ ВАМ ВАЛЕНТИНА ПЕТРОВНА. ЗАКАЗЫВАЛА ПЛЕД ДВУСПАЛЬНЫЙ 200 НА 220 А ПРИШЁЛ МАЛЕНЬКИЙ, 2 ФЕВРАЛЯ ПОЛУЧИЛА И СРАЗУ ИЗМЕРИЛА РУЛЕТКОЙ ВЫШЛО 150 НА 200. ФОТО С РУЛЕТКОЙ ПРИКЛАДЫВАЮ. ПРОШУ ОБМЕНЯТЬ НА ПРАВИЛЬНЫЙ РАЗМЕР. СПАСИБО ВАМ.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «олухи царя небесного» calls the staff names: insult; «валенки» here are felt boots, the item
  c(
    'r25w-06',
    'ru',
    'Ну олухи царя небесного. Заказала внучке валенки 28 размера, на коробке у вас же самих написано 28, а внутри 35, у меня самой нога меньше. Получила 10 января. Фото коробки и валенка с биркой приложила. Меняйте на 28.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // «бестолочи» at the seller is an insult, «!!» emotional, no evidence named or attached
  c(
    'r25w-07',
    'ru',
    'Очки пришли 14 мая, на дужке написано +1.0 а я заказывала +2.5, читать в них ничего не могу, газета как в тумане. Бестолочи вы, прости Господи!! Верните деньги.',
    'none',
    ['insult', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // a grandson who knows the warehouse address will 'come and talk': a veiled visit, threat
  c(
    'r25w-08',
    'ru',
    'Сынок сапоги зимние пришли 3 октября, у левого подошва отклеилась по всему носку как только я его согнула, фото вот приложено. Верни деньги по-хорошему. У меня внук в Гуанчжоу учится, адрес вашего склада я знаю, он заедет поговорит с вами лично, так что не доводи до греха.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «пздц полный» (dropped vowels, filler after it) judges the item: profanity only; offers the vice back: return
  c(
    'r25w-09',
    'ru',
    'Тиски слесарные пздц полный, губки разъехались и перекосились при первом же зажиме 22 августа, зажимал обычную трубу полдюймовую. Видео снял, прикладываю. Забирайте свои тиски обратно за свой счёт и верните деньги.',
    'video',
    ['profanity'],
    'return',
  ),
  // «оскорблять», «страхуйте» only look rude; tracking number is evidence, 52 days is the time; conditional refund of the whole order
  c(
    'r25w-10',
    'ru',
    'Девушка, я никого оскорблять не хочу, но посылку с пряжей жду уже 52 дня, по трек-номеру LP004512338871CN она стоит в Москве с 3 сентября и дальше не двигается. Я внучке свитер к школе обещала связать. Если посылку не найдёте, верните пожалуйста 1 780 рублей, это вся сумма заказа. И впредь страхуйте посылки, почта у нас сами знаете какая.',
    'none',
    [],
    'full_refund',
  ),
  // «шельмы» (rogues) is an old fraud label: accusation; no evidence
  c(
    'r25w-11',
    'ru',
    'Шельмы вы, совести у вас нет, продали пенсионерке лежалые семена. Томаты "Бычье сердце" посеяла 1 марта в ящики, ждала три недели, из 50 семян не взошло ни одного, а соседкины из магазина в той же земле все взошли. Верните деньги.',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // «ироды окаянные» at the seller: insult; four capitalised words: emotional; send back for the money: return
  c(
    'r25w-12',
    'ru',
    'Ироды вы окаянные, а не продавцы. Слуховой аппарат с первого дня свистит и шипит прямо в ухе, а батарейки хватает на два часа, на коробке написано 72 часа. Дед мой НИЧЕГО В НЁМ НЕ СЛЫШИТ кроме свиста. Видео записала, там слышно как он свистит, прикладываю. Забирайте свой аппарат обратно, а деньги верните.',
    'video',
    ['insult', 'emotional'],
    'return',
  ),
  // vague: no problem, no time, no evidence, only 'what should I do'
  c(
    'r25w-13',
    'ru',
    'Здравствуйте. Пришло не то что я хотела, совсем не то. Внучка говорит пишите продавцу, вот пишу. Что мне теперь делать?',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // a single two-letter word sent by mistake: empty text only
  c('r25w-14', 'ru', 'ау', 'none', ['empty_text'], 'none'),
  // «на ваше усмотрение» for the broken cup: partial refund without a sum
  c(
    'r25w-15',
    'ru',
    'Милая, чайный сервиз на 6 персон пришёл 18 декабря, одна чашка разбита вдребезги, остальное целое, фото осколков прикладываю. Сервиз я оставлю, на Новый год гостей жду, обменивать некогда. Верните за разбитую чашку сколько сочтёте нужным, на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sum in words («триста пятьдесят рублей») for missing buttons: partial 350, ready
  c(
    'r25w-16',
    'ru',
    'Здравствуйте. Пальто драповое для дочери получила 7 октября, при распаковке обнаружила что не хватает двух пуговиц на борту, нитки торчат, видно что оторваны. Фото прикладываю. Пуговицы я пришью свои, прошу вернуть триста пятьдесят рублей на пуговицы и работу.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // decimal comma in euros for one missing skein: partial 3.8, ready
  c(
    'r25w-17',
    'ru',
    'Добрый день, пишу из Даугавпилса. Заказывала набор пряжи 10 мотков мериносовой, при распаковке 2 апреля пересчитала — пришло 9 мотков, на фото все девять разложены рядом с этикеткой где написано 10. Прошу вернуть 3,80 евро за недостающий моток.',
    'photo',
    [],
    'partial_refund',
    3.8,
  ),
  // scare quotes around «ошиблись» and «ну конечно, случайно» are sarcasm about honesty: accusation
  c(
    'r25w-18',
    'ru',
    'Заказывала две пары шерстяных носков деду, пришла одна пара, получила 15 января, фото пакета и чека прикладываю. Вы мне пишете что на складе "ошиблись". Ну конечно, случайно, у вас уже третий раз так случайно выходит. Пришлите вторую пару.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «я не говорю что вы нарочно» takes the label back: no accusation; ready
  c(
    'r25w-19',
    'ru',
    'Здравствуйте. Шторы заказывала бежевые, в описании так и написано, а пришли серые, получила 9 июня, развернула дома при дневном свете. Фото штор рядом с картинкой из вашего объявления прикладываю. Я не говорю что вы нарочно, может на складе перепутали, со всеми бывает. Прошу обменять на бежевые, размер тот же 150 на 260.',
    'photo',
    [],
    'exchange',
  ),
  // the grandson's added «вы там ох*ели» asks the seller with masked mat: profanity and insult, not emotional
  c(
    'r25w-20',
    'ru',
    'Здравствуйте, санки детские со спинкой брали внуку, 5 января он первый раз съехал с горки и левый полоз треснул пополам, хорошо что сам не ушибся. Видео с трещиной прикладываю, верните пожалуйста деньги. (Это внук дописывает: вы там ох*ели такое продавать?)',
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // «Ёпт» is a minced mat cry: profanity and emotional; says a photo is attached but the form has none
  c(
    'r25w-21',
    'ru',
    'Ёпт, опять не то прислали. Ремень привода для мотоблока заказывал А-42, а на ремне выбито А-33, получил 11 мая, на мотоблок не налезает. Фото бирки прилагаю. Пришлите правильный ремень.',
    'none',
    ['profanity', 'emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // «объясняю для особо одарённых, медленно и по буквам» talks down to the reader: insult
  c(
    'r25w-22',
    'ru',
    'Объясняю для особо одарённых, медленно и по буквам. Кастрюля ваша, на ней написано для индукции. Поставила 30 ноября на индукционную плиту, плита её не видит, мигает. Магнит ко дну не липнет вообще, видео с магнитом прикладываю. Деньги верните.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // finding the seller's daughter and her workplace, 'think it over': threat
  c(
    'r25w-23',
    'ru',
    'Набор для вышивания получила 2 июля, в наборе нитки мулине 12 цветов вместо 24 как в описании, и схема от другой картины, фото прикладываю. Верните деньги. И вот ещё что, я вас нашла в Одноклассниках, Людмила, и дочку вашу нашла, и где она работает тоже знаю. Подумайте хорошенько.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «сидела и плакала весь вечер» is affect: emotional; remaking the book is an exchange
  c(
    'r25w-24',
    'ru',
    'Заказывала фотокнигу с фотографиями покойного мужа к годовщине, сорок лет вместе прожили. Получила 25 февраля, а половина снимков напечатана размытыми и у троих лица обрезаны по лбу. Сидела и плакала весь вечер. Фото страниц прикладываю. Прошу переделать книгу и прислать заново, файлы у вас остались.',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // «Обманщики!!!» is a fraud label with a triple mark: accusation and emotional; «побойтесь Бога» is an appeal; no evidence
  c(
    'r25w-25',
    'ru',
    'Обманщики!!! Побойтесь Бога, совести у вас нет, у меня пенсия 14 тысяч, я на эту мясорубку три месяца откладывала. На второй раз как прокручивала фарш мотор задымился и запахло гарью, больше не включается. Верните деньги.',
    'none',
    ['accusation', 'emotional', 'missing_evidence'],
    'full_refund',
  ),
  // concrete defects and a photo but no time at all
  c(
    'r25w-26',
    'ru',
    'Халат махровый пришёл, а на спине пятно от краски с ладонь, и правый рукав короче левого на 5 см. Фото прикладываю. Прошу обменять на новый, размер 52.',
    'photo',
    ['missing_when'],
    'exchange',
  ),
  // complete except the request: only 'what should I do'
  c(
    'r25w-27',
    'ru',
    'Кофемолка мелет крупно, как будто соль, и через минуту работы выключается сама, так с первого дня, получила 14 сентября. Видео прикладываю. Подскажите сынок что теперь делать.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // replacement declined, «половину стоимости» asked: partial refund without a sum
  c(
    'r25w-28',
    'ru',
    'Крышка от большой кастрюли в наборе пришла с трещиной по стеклу, увидела при распаковке 3 мая. Фото прилагаю. Новую присылать не надо, долго ждать, а без крышки я обойдусь, у меня от старой подходит. Верните половину стоимости крышки.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // police and court are lawful; parcel shown delivered to someone else, tracking named: ready
  c(
    'r25w-29',
    'ru',
    'Здравствуйте. Посылку с зимней курткой для зятя я не получала. По отслеживанию она вручена 10 октября в отделении 248000, но я туда в этот день не ходила, подписи моей там нет, почтальон сказал что выдали по ошибке кому-то другому. Трек RB512877340CN. Я написала заявление в полицию, если понадобится обращусь и в суд, но от вас прошу вернуть деньги за куртку.',
    'none',
    [],
    'full_refund',
  ),
  // an honest review with photos is lawful, not a threat; ready
  c(
    'r25w-30',
    'ru',
    'Добрый день. Кукла для внучки Алёнки, получили 6 декабря, при первом же расчёсывании волосы стали выпадать клочьями, за два дня кукла наполовину лысая, внучка её теперь прячет. Фото прикладываю. Прошу вернуть деньги. И отзыв я честный напишу, с фотографиями, чтобы другие бабушки знали что берут.',
    'photo',
    [],
    'full_refund',
  ),
  // spaced «С у к и вы» calls the sellers a name: profanity and insult, not emotional; no evidence
  c(
    'r25w-31',
    'ru',
    'Удочку телескопическую брал на первую рыбалку 17 июня, колено заклинило намертво, ни сложить ни разложить. С у к и вы, а не продавцы. Деньги верните.',
    'none',
    ['profanity', 'insult', 'missing_evidence'],
    'full_refund',
  ),
  // «ну мастера, ну золотые руки, браво!» is sarcastic praise of the seller's work: insult; take it back and refund: return
  c(
    'r25w-32',
    'ru',
    'Ну мастера, ну золотые руки, браво! Табуретка складная, на четвёртый день дед сел и ножка отломилась у самого шарнира, дед на полу, хорошо что не убился. Фото ножки прикладываю. Забирайте вашу табуретку, верните деньги.',
    'photo',
    ['insult'],
    'return',
  ),
  // «Бог вам судья» and opening a dispute are no threat; ready
  c(
    'r25w-33',
    'ru',
    'Здравствуйте милая. Лупа настольная с подсветкой, получила 27 января, лампочка не загорается с первого дня, батарейки меняла на новые три раза, контакты чистые. Видео прикладываю. Прошу вернуть деньги, а если откажете, что ж, Бог вам судья, я открою спор.',
    'video',
    [],
    'full_refund',
  ),
  // the old curse «чтоб у вас руки отсохли» is an ominous wish about health: threat
  c(
    'r25w-34',
    'ru',
    'Часы настенные с кукушкой купила себе на юбилей, через неделю заметила что отстают на 20 минут в сутки, а кукушка выскакивает когда ей вздумается, не по часам. Видео прикладываю. Пришлите другие. И чтоб у вас руки отсохли, у того кто их собирал.',
    'video',
    ['threat'],
    'exchange',
  ),
  // transliterated Russian from an old phone (ru); complete except evidence
  c(
    'r25w-35',
    'ru',
    'Zdravstvuite. Nasos dlya poliva na dachu prishel 20 iyunya, vklyuchayu motor gudit a vody net, ne kachaet sovsem, shlang proveryal. Vernite dengi synok, pensiya ne rezinovaya.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // «eбaный» with Latin look-alike letters before the item is an intensifier: profanity and emotional; return
  c(
    'r25w-36',
    'ru',
    'Этот eбaный робот-пылесос с третьего дня не заряжается от базы, 19 августа получил, 22-го уже всё, встаёт на базу, лампочка мигает красным и ноль зарядки. Видео прилагаю. Заберите его и верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // «раззявы» (old word for gawkers) at the warehouse staff: insult; the post office report is evidence
  c(
    'r25w-37',
    'ru',
    'Ваза стеклянная для дочери в подарок, при вскрытии на почте 11 марта оказалась разбита на куски, коробка почти пустая, ни пупырки ни бумаги. Акт на почте составили при мне. Раззявы у вас на складе сидят, упаковать не могут. Прошу вернуть деньги.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // «Что за безобразие!!» is a double mark: emotional; a named sum for the shortfall: partial 230
  c(
    'r25w-38',
    'ru',
    'Что за безобразие!! Заказывала 3 метра тюля на кухню, пришло 2 метра 40 см, мерила 8 августа портновским сантиметром. Фото с сантиметром прилагаю. Верните за недостающие 60 сантиметров 230 рублей.',
    'photo',
    ['emotional'],
    'partial_refund',
    230,
  ),
  // says a photo is attached, the form has none
  c(
    'r25w-39',
    'ru',
    'Термос на 1 литр не держит тепло совсем, 1 декабря налила кипяток в 8 утра, в 10 чай уже еле тёплый, а написано держит 24 часа. Фото с градусником прикладываю. Прошу вернуть деньги.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // granddaughter typing for grandma: «плохая, брак» is generic; no time, no evidence; refund asked
  c(
    'r25w-40',
    'ru',
    'Это пишет внучка за бабушку. Бабушка говорит что кофта плохая, брак какой-то, носить нельзя. Верните деньги пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // «Ёлки-палки» is a mild old oath and «сукно» cloth: neither rude nor emotional; send the missing half-metre: exchange
  c(
    'r25w-41',
    'ru',
    'Ёлки-палки, опять недомер. Заказывала отрез сукна шерстяного 2 метра на пальто внучке, при распаковке 16 октября измерила рулеткой — 1 метр 50, фото с рулеткой прикладываю. Прошу дослать недостающие полметра того же цвета, сынок.',
    'photo',
    [],
    'exchange',
  ),
  // the seller's masked mat quoted as evidence stays profanity; nothing else
  c(
    'r25w-42',
    'ru',
    'Пульт для телевизора Samsung заказывала под модель UE32, получила 2 апреля, телевизор на него не реагирует, ни одна кнопка не срабатывает, проверяли с соседом. Написала продавцу, а он мне ответил: "иди на х*й, бабка, сама не ту модель выбрала". Скриншот переписки прикладываю. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «вы специально старикам присылаете что похуже» is 'on purpose': accusation, even with the facts
  c(
    'r25w-43',
    'ru',
    'Ходунки для мамы, ей 94 года. Получила 8 ноября, на второй день заметила что переднее правое колесо заедает и не крутится, ходунки тянет вбок. Фото колеса прикладываю. Вы специально старикам присылаете что похуже, думаете мы не разберёмся. Прошу заменить колесо или ходунки целиком.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «Чёрт побери» is a mild oath; exchange declined, «разницу 600 рублей» named: partial 600, ready
  c(
    'r25w-44',
    'ru',
    'Чёрт побери, вот тебе и шерсть. Кардиган брала, в описании 100% шерсть, а на ярлыке внутри написано шерсть 30% акрил 70%, прочитала 21 января когда внучке стирать собралась. Фото ярлыка прикладываю. Обмен не нужен, верните разницу 600 рублей.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // a gun in the house and the seller's town found out, «не доводите до греха»: threat; no time, no evidence
  c(
    'r25w-45',
    'ru',
    'Бензопила ваша цепь всё время слетает, натягивал как в инструкции, не держится. Деньги верните, по-хорошему прошу. Я человек старой закалки, ружьё у меня в доме есть, и адрес ваш в Подольске я выяснил. Не доводите до греха.',
    'none',
    ['threat', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // long rambling grandmother: «обидно до слёз» is affect; no evidence and no request
  c(
    'r25w-46',
    'ru',
    'Ой сынок даже не знаю с чего начать, я в этих ваших интернетах не сильна, внучка Даша научила как сюда писать. У меня в январе правнук родился, Тимофеем назвали в честь моего покойного отца, первый правнук, сами понимаете какая радость. Дочка сказала что у всех молодых сейчас такие ночники, которые звёзды на потолок пускают и колыбельную играют, чтобы дитё засыпало спокойно, ну я и заказала у вас, самый дорогой выбрала с медвежонком, не пожалела. Ждала его почти месяц, каждый день внучку спрашивала где там посылка, она мне в телефоне показывала точечку на карте, как она из Китая к нам едет, я и соседке Зине показывала, смеялись с ней что внук мой через весь свет ночник везёт. Пришёл он 6 марта, коробка целая, я его сразу отвезла молодым на автобусе, два часа с пересадкой, а вечером 8 марта внучка включила, звёзды по потолку крутятся красиво, а музыки нет никакой, ни одной мелодии, кнопку с ноткой нажимали и так и этак, батарейки новые ставили, от шнура пробовали, зять у нас инженер, тоже смотрел, говорит динамик молчит совсем. Я так ждала, так хотела чтобы правнучек под музыку засыпал, как я своим детям пела когда-то, обидно до слёз. Вот так вот сынок, уж не знаю как быть.',
    'none',
    ['emotional', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // long, polite grandfather: stopped second hand, dates, video enclosed and attached, refund: ready
  c(
    'r25w-47',
    'en',
    'Dear Sir or Madam, I hope this finds you well. My name is Harold and I am 78 years old, so please forgive me if I go on a bit. I bought this wristwatch as a present for my grandson Thomas, who finished his nursing degree this spring, the first in our family to go to university, and I wanted him to have something to remember his grandad by. The watch arrived on May 14 in a lovely box, but when I took it out the second hand was not moving at all and the date window was stuck on 31. I put in a new battery from the chemist on May 16 and it still does not move. My daughter helped me record a short video showing the watch next to the kitchen clock over two minutes, which I enclose. I would be grateful if you would kindly refund my money so I can buy him another one before his party. Thank you for your time and God bless.',
    'video',
    [],
    'full_refund',
  ),
  // Cockermouth and shiitake only look rude; complete: ready
  c(
    'r25w-48',
    'en',
    "Hello dear, I'm writing from Cockermouth in Cumbria. I bought your shiitake mushroom grow kit for my granddaughter's school project and we started it on 2 February following every step of the leaflet, watering twice a day. Five weeks on there is not a single mushroom and the block is covered in green mould. Photos of the block attached. Please refund the kit.",
    'photo',
    [],
    'full_refund',
  ),
  // a chargeback and Citizens Advice are lawful steps; ready
  c(
    'r25w-49',
    'en',
    'Good afternoon. The knee brace arrived on 19 September and the Velcro strap came away from the fabric the first day I wore it, the stitching simply let go. Photos of the strap are attached. I would like a full refund please. If this is not settled through the dispute I will ask my credit card company for a chargeback and take advice from Citizens Advice, which I would rather avoid.',
    'photo',
    [],
    'full_refund',
  ),
  // a polite grandmother typing in capitals: emotional by the capitals alone
  c(
    'r25w-50',
    'en',
    'HELLO. I ORDERED A MAGNIFYING LAMP FOR MY SEWING ON JUNE 2, IT ARRIVED JUNE 20 AND THE ARM WILL NOT HOLD ITS POSITION, IT JUST DROPS DOWN ONTO THE TABLE. PHOTO ATTACHED. PLEASE SEND A NEW ONE. THANK YOU KINDLY, MARGARET',
    'photo',
    ['emotional'],
    'exchange',
  ),
  // "You nincompoops" is name-calling: insult; otherwise complete
  c(
    'r25w-51',
    'en',
    'You nincompoops sent a pink bicycle helmet with butterflies when I clearly ordered the blue one in size M for my grandson Jack, who is nine and will not be seen dead in pink. It came on the 3rd of August. Photo of the helmet and the order page attached. Send the blue one.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "Dagnabbit" is a mild old oath: neither rude nor emotional; ready
  c(
    'r25w-52',
    'en',
    'Dagnabbit. The hinge on the glasses case snapped clean off the second time I opened it, on Tuesday the 9th. Photo attached. Please send me a replacement case, young man, the glasses themselves are fine.',
    'photo',
    [],
    'exchange',
  ),
  // "Good grief" and "Shame on you" scold without a name or a fraud label; ready
  c(
    'r25w-53',
    'en',
    'Good grief, young man. Shame on you for packing a porcelain teapot in nothing but a paper bag. It arrived on November 12 in three pieces with the lid in crumbs. I have attached photos of the pieces and the bag. A refund please.',
    'photo',
    [],
    'full_refund',
  ),
  // a son-in-law who might 'stop by and have a word' at the warehouse, "it would be a shame if": veiled threat
  c(
    'r25w-54',
    'en',
    'The garden hose split at the brass connector the very first time I turned the tap on, April 6. Photo attached. I want my money back. My son-in-law drives a lorry past your warehouse every week, and it would be a shame if he had to stop by and have a word. Think it over.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "a piece of sh*t" judges the kettle, no '!': profanity only; will send it back: return
  c(
    'r25w-55',
    'en',
    'This kettle is a piece of sh*t. The switch will not click off when the water boils, on the first use on March 11 it boiled itself dry and the bottom went black. Video attached. I will send it back, refund me when you get it.',
    'video',
    ['profanity'],
    'return',
  ),
  // grandson's cry "what the f*** … !!": profanity and emotional; "half her money back": partial without a sum; no evidence
  c(
    'r25w-56',
    'en',
    'Grandma asked me to type this. The 1000 piece puzzle she bought for us to do at Easter was missing 38 pieces, we counted them all on Sunday when we finished. She would like half her money back. (grandson here: what the f*** is this, 38 pieces!!)',
    'none',
    ['profanity', 'emotional', 'missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // spelling it out slowly 'so even your packers can follow' talks down: insult
  c(
    'r25w-57',
    'en',
    'Let me spell it out slowly so even your packers can follow along: s-i-z-e e-l-e-v-e-n. You sent slippers in size 7. They came last Friday, the 14th. Photo of the label attached. Send the size eleven I paid for.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "thieves, plain and simple" is a fraud label: accusation despite the facts
  c(
    'r25w-58',
    'en',
    'You are thieves, plain and simple. I ordered 4 packs of hearing aid batteries for my husband and received 2 packs on October 2. The order page says 4. Photo of the parcel contents and the order page attached. Send the other 2 packs.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // vague: "not as described", no time, no evidence, "sort it out"
  c(
    'r25w-59',
    'en',
    'Dear, the thing I got is not as described and not what I wanted at all. My granddaughter says I should write to you about it. Please sort it out.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "I have attached a photo" with no file in the form
  c(
    'r25w-60',
    'en',
    'The handle of the tote bag tore clean off after three days of carrying my shopping, the stitching came out along the whole seam. I have attached a photo of the torn seam. Please refund me.',
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // "some compensation" with no sum: partial without amount
  c(
    'r25w-61',
    'en',
    'Hello. The linen tablecloth has a burn hole the size of a penny near one corner. I found it when I ironed it on 5 December before the family dinner. Photo attached. I can put a vase over it so I will keep it, but I would like some compensation.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // a named sum for two missing hooks: partial 4.5, ready
  c(
    'r25w-62',
    'en',
    'Hello dear, the set of 12 crochet hooks arrived with only 10 in the case, I counted them on unpacking on 17 July, the 3.5 mm and 4 mm are missing. Photo attached. Please refund $4.50 for the two missing hooks, no need to send them.',
    'photo',
    [],
    'partial_refund',
    4.5,
  ),
  // "very disappointed" is an affect word: emotional
  c(
    'r25w-63',
    'en',
    'I am very disappointed. The digital photo frame I gave my husband on Christmas morning stays black, it lights up for a second and then the screen goes dark again, whatever we try. Video attached. Please refund.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // the seller's "stupid old woman" is quoted as evidence, not the buyer's insult; ready
  c(
    'r25w-64',
    'en',
    "The foot pedal of the sewing machine has a plug that doesn't fit the machine's socket, it is a different shape altogether. It arrived on 22 January. When I wrote to the seller he replied: 'stupid old woman, read the description.' I don't believe I deserved that, and the description says it fits my model. Screenshot of his reply and photos of the plug and socket attached. I would like a refund.",
    'photo',
    [],
    'full_refund',
  ),
  // printing the seller's address and wife's name in the parish newsletter is publishing personal data: threat
  c(
    'r25w-65',
    'en',
    "Every one of the bamboo knitting needles in the set arrived bent like a banana, on the 8th of this month. Photo attached. Refund me. I have your shop's address in Yiwu and your wife's name off the business licence, and if I don't hear back they'll go in the parish newsletter for all to see.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Congratulations, geniuses" is sarcastic praise of the staff: insult
  c(
    'r25w-66',
    'en',
    'Congratulations, geniuses, you managed to send left-handed scissors to a right-handed woman who ordered right-handed ones and wrote it in the note. Received June 3. Photo of the scissors and my order attached. Exchange them please.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // masked "a$$holes" aimed at the seller: profanity and insult
  c(
    'r25w-67',
    'en',
    'You a$$holes sent me a used blood glucose meter. When I turned it on for the first time on March 1 it had 40 readings stored in its memory from last year. Photo of the memory screen attached. Refund me in full.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // an outburst in capitals with '!!!' and nothing concrete; "shame on the lot of you" is scolding, no name
  c(
    'r25w-68',
    'en',
    'WHAT A DISGRACE!!! In all my 74 years I have never seen such rubbish. Shame, shame, shame on the lot of you.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // non-receipt with order date, passed deadline and tracking named: ready
  c(
    'r25w-69',
    'en',
    "Good morning. My parcel with the heated insoles has not arrived. I ordered on September 30, the delivery deadline was November 10, and the tracking has shown 'in transit' since October 15 without a single update. Please refund me, dear, it's getting cold.",
    'none',
    [],
    'full_refund',
  ),
  // "refund the difference" with no sum: partial without amount
  c(
    'r25w-70',
    'en',
    "You sent the 30 ml bottle of lavender oil instead of the 100 ml I ordered. It came on the 4th of April. Photo of the bottle next to the listing attached. I'll keep the bottle, just refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "I'm not saying you did it on purpose" is a negated label: no accusation; ready
  c(
    'r25w-71',
    'en',
    "Hello. The puzzle book I bought for my grandchildren has pages 33 to 64 missing and pages 1 to 32 printed twice instead. We found it on Saturday 18 May when my grandson got to page 32. I'm not saying you did it on purpose, printers make mistakes. Photos of the pages attached. Please send a complete copy.",
    'photo',
    [],
    'exchange',
  ),
  // sent too early, a single two-letter word: empty text only
  c('r25w-72', 'en', 'Hi', 'none', ['empty_text'], 'none'),
  // "I will find you and you will regret it": threat; '!!' emotional
  c(
    'r25w-73',
    'en',
    'The height lock button on the walking cane popped out on my first walk, the 12th of October, and the cane folded under me and I nearly went down on the pavement!! Video attached. Refund it. I may be 80 but I will find you and you will regret it.',
    'video',
    ['threat', 'emotional'],
    'full_refund',
  ),
  // non-receipt with a tracking number but no time at all
  c(
    'r25w-74',
    'en',
    'Where is my order? Tracking number LB123456789CN shows nothing at all. Please refund me.',
    'none',
    ['missing_when'],
    'full_refund',
  ),
  // "You dunderheads" is name-calling: insult; send the missing hook: exchange; no evidence
  c(
    'r25w-75',
    'en',
    "The bird feeder arrived without the hanging hook, I looked through all the packing on Monday when it came. You dunderheads can't even count to one. Please send the hook.",
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // "Heck" and "darn" are mild: neither rude nor emotional; ready
  c(
    'r25w-76',
    'en',
    'Heck, the darn zip on the winter coat split open from the bottom on the second day my husband wore it, December 2. The teeth just came apart. Photos attached. Please send a replacement coat, same size XL.',
    'photo',
    [],
    'exchange',
  ),
  // "What great honesty" is sarcasm about honesty: accusation
  c(
    'r25w-77',
    'en',
    "What great honesty. The wallet listed as genuine leather has been peeling like wet paper after one week in my husband's pocket, and underneath it is grey fabric. Photos attached. Refund please.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "I am losing patience" is emotional; 45 days and a tracking number make it otherwise complete
  c(
    'r25w-78',
    'en',
    "This is my third message and I am losing patience. The wool cardigan I ordered on 1 August for my grandson's birthday still hasn't come, 45 days now, tracking number LP009876543210CN stopped at 'departed from sorting centre' on August 9. Please refund me.",
    'none',
    ['emotional'],
    'full_refund',
  ),
  // "bullsh!t" judges the seller's answer, no '!': profanity only
  c(
    'r25w-79',
    'en',
    "The electric blanket controller shows E1 and does not heat at all, since the very first night, January 14. Your answer that I should 'plug it in properly' is bullsh!t, it was plugged in properly. Video attached. Refund me.",
    'video',
    ['profanity'],
    'full_refund',
  ),
  // a wrong size and an exchange, but no time and no evidence
  c(
    'r25w-80',
    'en',
    'Dear, the baby romper for my new granddaughter came in size 6-9 months, not the 0-3 months I ordered. Could you please exchange it for the small one.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
];
