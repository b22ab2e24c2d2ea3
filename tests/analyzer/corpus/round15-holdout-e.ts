import { labelled as c, type CorpusCase } from './types';

/**
 * Round fifteen, hold-out set E: Russian-speaking buyers of several generations (terse youngsters, long confused
 * pensioners, street and prison slang, disguised mat, veiled slang threats, Russian-habit English) disputing auto
 * parts, fishing and hunting gear, building materials, women's clothing and home textiles. Written by a hand that has
 * not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Place, street and brand names with rude-looking pieces (the colloquial spelling «Хуйчжоу» for Huizhou, Сукко,
 *   ул. Хуторская, Херсонская, Hooker headers, Dickies, Scunthorpe, a radiator drain cock, grease nipples) are innocent,
 *   as are ordinary words containing such pieces («требую», «застрахуйте», «бляха ремня», «колебания», «оскорблять»).
 * - Whenever the form has a file, the text also names it (фото, видео, скрин), so no label depends on whether an
 *   unnamed file counts as evidence.
 * - Evidence promised for later with no file («вечером сниму видео и выложу») gets neither `missing_evidence` nor
 *   `evidence_not_attached`, as round thirteen decided.
 * - «г@вно» (a vulgar word) used as a predicate about the item, and mat as a predicate adjective about the item
 *   («пластик ху€вый»), with no "!", are `profanity` only; an interjection of its own with "!" (Пи3дец!!!, Blyat,
 *   П и з д е ц!) is `profanity` and `emotional`.
 * - Mat aimed at the seller in one question («вы че ohueli?», «совсем εбанулись, μудаки?», «е б а н у т ы е что ли?»)
 *   and "Fuckers." as a closing word at the seller are `profanity` and `insult`, not emotional.
 * - Prison and street name-calling at staff («шныри безрукие», «петушара», «раззявы косорукие») and sarcastic praise
 *   of the work («Кулибины упаковки, медаль вам») are insults; «слышь», «братан», «бабки», «вертай» are filler/slang,
 *   neither rude nor a change of request («деньги вертай» is a full refund).
 * - Veiled slang threats: «поставлю на счётчик», «за базар ответишь», «склад твой пацаны пробили, мир тесен», «ружьё
 *   у меня не только на уток», «свои люди на Садоводе, знаю у кого берёте», a health wish that «скоро пригодится», a
 *   seller's family found on VK, publishing the seller's name and phone to driver groups.
 * - «Ты не первый, кто решил меня кинуть» and «кидал у нас учат по-своему» label intent, so they are accusations too.
 * - «как и у всех китайских продавцов» is a blanket accusation; «развели как лоха», «Ворьё!», "one big con" too.
 * - Seller's non-mat insults quoted as evidence («сама ты слепая», «лохушка деревенская») leave the text innocent;
 *   seller's quoted mat («иди на х*й») is `profanity` only.
 * - «вчера распорол шов — там вата» and «получил вчера» with a mismatch seen on receipt count as "when".
 * - «Что нам теперь делать?» and «может вы как то сами решите» are no request; a question whether to send the item
 *   back is not an offer to return it.
 * - «Обидно до слёз» and "very disappointed" are affect words; «блин» and «хреновая упаковка» are neither rude nor
 *   emotional; a crying-face emoji pair is emotive.
 * - "ok" and «ну» are near-empty texts (`empty_text` only); transliterated Russian is `ru`.
 */
export const ROUND15_HOLDOUT_E: CorpusCase[] = [
  // masked mat as interjection plus "??"; non-receipt with days waited, tracking number, full refund
  c(
    'r15e-01',
    'ru',
    'ну и где посылка бл@ть?? 45 дней жду, трек LP00123456789012 стоит на месте с 3 числа. верните бабки',
    'none',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent: city name spelled the colloquial way; complete text asking for the right part
  c(
    'r15e-02',
    'ru',
    'Здравствуйте. Заказывал ступичный подшипник на Kia Rio 3 (передний, в сборе со ступицей), отправка была из г. Хуйчжоу. При установке в сервисе 12 октября выяснилось, что внутренний диаметр 39 мм, а в описании 40 мм — на привод не садится. Мастер замерил штангенциркулем, фото замера прикладываю. Прошу прислать подшипник нужного размера.',
    'photo',
    [],
    'exchange',
  ),
  // pensioner, long and confused: concrete size mismatch found when making the bed, no evidence, no request
  c(
    'r15e-03',
    'ru',
    'Здраствуйте уважаемый продавец. Пишу вам через внука сама я в интернете не очень понимаю. Заказала у вас комплект постельного белья евро розовый с пионами, оплатила ещё в августе, пришло в сентябре, упаковано хорошо спасибо. Но когда стала стелить, то простыня маленькая оказалась, на кровать не налазит, а кровать у нас обычная 160 на 200, а в описании было написано простыня 220 на 240. Внук померил рулеткой, вышло 150 на 200. Наволочки тоже вроде меньше но их я не мерила. Я не знаю теперь что делать, отправлять вам обратно или как, почта у нас в соседнем селе, а у меня ноги. Может вы как то сами решите. С уважением Валентина Петровна',
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // slang veiled threat (warehouse located by the lads) and an intent label («решил меня кинуть»)
  c(
    'r15e-04',
    'ru',
    'Слышь, коммерсант. Катушку Shimano Sienna 2500 брал, на первой же рыбалке 3 мая ротор пошёл с люфтом, при подмотке хруст, на видео всё слышно. Деньги верни по-хорошему. Ты не первый, кто решил меня кинуть, и все потом сильно жалели. Склад твой в Иу пацаны уже пробили, мир тесен.',
    'video',
    ['threat', 'accusation'],
    'full_refund',
  ),
  // innocent: the seller's insult quoted as evidence; sum for the missing tiles
  c(
    'r15e-05',
    'ru',
    'Заказывала керамогранит 60х60, 12 плит, пришло 9. Пересчитали вместе с водителем при разгрузке 5 ноября, фото коробок и накладной прилагаю. Когда написала продавцу, он ответил: «сама ты слепая, считать научись». Прошу вернуть стоимость трёх недостающих плит — 2 340 руб.',
    'photo',
    [],
    'partial_refund',
    2340,
  ),
  // digit-masked mat as an interjection with "!!!"; offers to send the dress back
  c(
    'r15e-06',
    'ru',
    'Пи3дец!!! Платье заказывала шёлковое, в карточке написано натуральный шёлк 100%, а на бирке 100% polyester, электризуется и трещит. Увидела вчера сразу при распаковке. Фото бирки в приложении. Готова отправить платье назад, верните полную сумму.',
    'photo',
    ['profanity', 'emotional'],
    'return',
  ),
  // innocent Russian-habit English: "drain cock" is the part's name; declines money, wants the right size
  c(
    'r15e-07',
    'en',
    "Hello. I buy radiator drain cock for Toyota Corolla 2008. When I install it on 2 of March, I see the thread is M12, but in description is M14, so it is not fitting. I make photo with caliper, it is attached. Please send drain cock with correct size, money back I don't need.",
    'photo',
    [],
    'exchange',
  ),
  // terse and vague: "not the one I ordered" with nothing checkable
  c(
    'r15e-08',
    'ru',
    'товар не тот что заказывал. верните деньги',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // prison-slang name-calling of warehouse staff («шныри безрукие»)
  c(
    'r15e-09',
    'ru',
    'Заказывал комплект ГРМ на Гранту, в коробке ролик натяжителя не тот — под 8-клапанный мотор, а у меня 16 клапанов, в объявлении указан 16-клапанный. Выяснил при установке в гараже 20 числа. Фото артикулов приложил. Шныри безрукие у вас на складе сидят, коробку собрать не могут. Вышлите правильный ролик.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // transliterated mat at the seller in one question: profanity and insult, not emotional
  c(
    'r15e-10',
    'ru',
    'prodavec vy che ohueli? kurtku zakazyval XL, prishla S, na etiketke S, foto prilozhil. poluchil v pyatnicu. dengi vernite',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // innocent brand name (Dickies); complete
  c(
    'r15e-11',
    'en',
    'I ordered Dickies work trousers, size 34/32, navy. Received them on 14 April, the label says 30/30 and the legs are 8 cm shorter than my old Dickies (photo of both pairs side by side is attached). Please exchange for 34/32.',
    'photo',
    [],
    'exchange',
  ),
  // veiled threat: seller's wife and daughter found online
  c(
    'r15e-12',
    'ru',
    'Шторы блэкаут заказывала 2 полотна 150х270, пришли 140х250, проверила рулеткой, когда вешала 3 декабря. Фото с рулеткой прикрепила. Хочу полный возврат. И да, я нашла вашу страничку ВКонтакте, там и жена, и дочка ваша, в садик ходит, симпатичная. Подумайте хорошенько, прежде чем отказывать.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // CAPS, "!!!" and «кошмар»; otherwise complete
  c(
    'r15e-13',
    'ru',
    'ЭТО ПРОСТО КОШМАР!!! Эхолот Deeper не включается вообще, индикатор зарядки не горит, заряжали всю ночь. Купили мужу на юбилей, 7 июня вручили — и вот. Видео прилагаю. Верните деньги.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // scare quotes around «ошибка» repeated: sarcasm about honesty
  c(
    'r15e-14',
    'ru',
    'Саморезы по металлу 4,2х19, заказ 1000 шт. Взвесил на безмене при получении 18.09 — 1,4 кг вместо 2 кг, то есть примерно 700 шт. Видео взвешивания прилагаю. Продавец ответил, что это «ошибка склада». Ну да, третий раз подряд у вас «ошибка». Верните за недостающие 300 шт 210 рублей.',
    'video',
    ['accusation'],
    'partial_refund',
    210,
  ),
  // innocent: «бляха», «требую», «застрахуйте», chargeback and consumer protection are lawful
  c(
    'r15e-15',
    'ru',
    'Добрый день. Патронташ на 24 патрона 12 калибра получил 2 февраля, на первой же охоте 10 февраля оторвалась бляха ремня — заклёпки оказались пластиковые, хотя в описании металл. Фото оторванной бляхи и заклёпок прилагаю. Требую полный возврат денег. Если спор закроют без решения, обращусь в банк за чарджбэком и в Роспотребнадзор. И на будущее: застрахуйте посылки, коробка пришла мятая.',
    'photo',
    [],
    'full_refund',
  ),
  // near-empty text
  c('r15e-16', 'ru', 'ну', 'none', ['empty_text'], 'none'),
  // masked English profanity as intensifier in a sentence of its own
  c(
    'r15e-17',
    'en',
    'Hello seller. Carbon fishing rod 2.7 m come broken in two pieces, I see it when I open box in post office on 5 May, photo attached. This is f*cking joke. Give me back money full.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // sarcastic praise of the packing work («Кулибины упаковки, медаль вам»)
  c(
    'r15e-18',
    'ru',
    'Плед 200х220 пришёл в пакете-майке без коробки, с дыркой на углу размером с ладонь и пятном от мазута. Увидела при распаковке 11 января. Фото приложила. Ну вы, конечно, Кулибины упаковки, медаль вам на грудь. Прошу замену.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // "the difference" without a sum
  c(
    'r15e-19',
    'ru',
    'Заказывала пальто, в описании шерсть 80%, на бирке шерсть 30%, полиэстер 70%. Заметила, когда разбирала посылку 3 октября. Фото бирки прикладываю. Пальто оставлю, сидит хорошо, но верните разницу в цене.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // two words: non-receipt, nothing else
  c('r15e-20', 'ru', 'где посылка', 'none', ['missing_when', 'missing_evidence', 'missing_resolution'], 'none'),
  // Euro-sign masked mat as a predicate about the item, no "!"
  c(
    'r15e-21',
    'ru',
    'Купил фару на Форд Фокус 2 рестайлинг. При установке 15.07 крепёжное ухо отломилось от лёгкого нажатия, пластик ху€вый, как яичная скорлупа. Фото приложил. Верните деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // innocent place name (Сукко); deadline passed, tracking number
  c(
    'r15e-22',
    'ru',
    'Набор воблеров (10 шт) оплатил 2 апреля, срок доставки истёк 20 мая. По трек-номеру YT2412345678901 посылка с 28 апреля стоит в сортировочном центре в Москве, до Сукко так и не доехала. Прошу вернуть деньги полностью.',
    'none',
    [],
    'full_refund',
  ),
  // slang threats («на счётчик», «за базар ответишь»); send the missing parts
  c(
    'r15e-23',
    'ru',
    'Братан, прицел ночного видения пришёл без аккумулятора и зарядки, а по описанию они в комплекте. Вскрывал на почте 9 марта при операторе, видос снимал, прикрепил. Даю три дня: или досылаешь аккум с зарядкой, или ставлю тебя на счётчик. За базар ответишь.',
    'video',
    ['threat'],
    'exchange',
  ),
  // "scammers"; says a photo is attached but the form has none; no time
  c(
    'r15e-24',
    'en',
    'Hello, you are scammers. Women winter boots size 38 come in size 36, on the box written 36, I attach photo. I want refund.',
    'none',
    ['accusation', 'missing_when', 'evidence_not_attached'],
    'full_refund',
  ),
  // «в полном шоке»; asks what to do instead of a remedy
  c(
    'r15e-25',
    'ru',
    'Здравствуйте. Мы с мужем делаем ремонт в детской, заказали у вас ламинат 33 класса, 8 упаковок, цвет «дуб светлый». Пришло 8 упаковок, но 3 из них другого цвета — тёмный орех, и замок на этих досках другой, с остальными не стыкуется. Обнаружили, когда начали укладку в субботу 14-го. Мастер ушёл, работа стоит, ребёнок третью неделю спит в зале с нами, я в полном шоке, честно, сижу и не понимаю, как так можно. Фото упаковок и маркировки прикладываю. Что нам теперь делать?',
    'photo',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // seller's mat quoted as evidence: profanity only
  c(
    'r15e-26',
    'ru',
    'Купила юбку-карандаш 46 размера, пришла 42: при примерке 2 августа замерила сантиметром талию — 68 см вместо 76. Фото замера приложила. На просьбу об обмене продавец написал в чате: «иди на х*й, сама растолстела». Скрин переписки тоже приложила. Прошу обмен на 46 размер.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // innocent: «колебания», «оскорблять никого не хочу», no accusation
  c(
    'r15e-27',
    'ru',
    'Гребной винт для мотора Tohatsu 9.8: по описанию шаг 9 дюймов, на самом винте выбито 8. Увидел при установке на лодку в прошлое воскресенье, на воде сильные колебания и вибрация на корме. Фото маркировки прилагаю. Оскорблять никого не хочу, скорее всего перепутали на складе. Прошу выслать винт с шагом 9.',
    'photo',
    [],
    'exchange',
  ),
  // condescension: spelling it out syllable by syllable for support
  c(
    'r15e-28',
    'ru',
    'Объясняю в третий раз, медленно и по слогам, может, хоть так до вашей поддержки дойдёт. Смеситель для кухни пришёл без гибкой подводки, в описании она в комплекте. Открыл коробку 22.04 при монтаже. Фото содержимого коробки прикладываю. До-шли-те под-вод-ку.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // veiled threat to the warehouse in Russian-habit English
  c(
    'r15e-29',
    'en',
    'Wiper blades must be 24 inch, come 18 inch. I measure with tape when open box on 3 June, photo is attached. I want full refund. I have friends in Guangzhou, they know where is your warehouse. It would be pity if something happen to it.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "at least half" without a sum, no evidence
  c(
    'r15e-30',
    'ru',
    'Пододеяльник после первой стирки сел на 15 см по длине и полинял на простыню, голубые разводы. Стирала на 30 градусах, как написано на бирке. Верните хотя бы половину стоимости.',
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent: strong but polite, support and bank chargeback; offers the return
  c(
    'r15e-31',
    'ru',
    'Добрый день. Юбка плиссированная миди, цвет по карточке изумрудный, пришла ярко-салатовая, совсем другой оттенок. Сравнила с фото в карточке при распаковке 12 апреля, фото юбки рядом с экраном телефона прикладываю. Прошу вернуть деньги, юбку готова отправить обратно за ваш счёт. Если продавец откажется, подам жалобу в поддержку AliExpress и в банк на оспаривание платежа.',
    'photo',
    [],
    'return',
  ),
  // spaced mat at the staff in one question
  c(
    'r15e-32',
    'ru',
    'Вы там е б а н у т ы е что ли? Заказывал леску 0,25 мм, пришла 0,15. Намотал на катушку 6 июня, на первом же забросе порвалась, замерил микрометром — 0,15. Фото микрометра приложил. Меняйте.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // innocent: Hooker, Scunthorpe; tracking and a post-office letter
  c(
    'r15e-33',
    'en',
    "Hooker headers for my Mustang, ordered 1 Feb, delivery to Scunthorpe. Tracking LX123456789CN shows 'delivered' on 3 March but nothing arrived, neighbours have nothing either. Royal Mail gave me a letter saying the parcel was never scanned at my local office. Please refund in full.",
    'none',
    [],
    'full_refund',
  ),
  // «Кидалы» with "!!"; the tracking is mentioned
  c(
    'r15e-34',
    'ru',
    'Кидалы вы, а не магазин!! Забродные сапоги 43 размера оплатил 1 марта, уже два месяца жду, в отслеживании с момента отправки ничего. Верните деньги.',
    'none',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // veiled threat: the gun is «не только на уток»
  c(
    'r15e-35',
    'ru',
    'Чехол для ружья по описанию 125 см, пришёл 110, ружьё не влезает. Проверил дома в тот же день, как забрал с почты, 4 ноября. Фото с ружьём в чехле приложил. Прошу замену на 125. Ружьё у меня, кстати, не только на уток, имейте в виду.',
    'photo',
    ['threat'],
    'exchange',
  ),
  // plain good text with a sum
  c(
    'r15e-36',
    'ru',
    'Заказал фидерные кормушки 60 г, 10 шт. Пришли все 10, но каждая весит 40 г, взвешивал на кухонных весах дома 17 августа в день получения. Фото весов прилагаю. Прошу частичный возврат 300 руб.',
    'photo',
    [],
    'partial_refund',
    300,
  ),
  // "very disappointed", vague "not like on picture", nothing else
  c(
    'r15e-37',
    'en',
    'Hello. I am very disappointed. Dress is not like on picture, quality is bad. Please return money.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // plain good text: wrong model year of mats, offers to send them back
  c(
    'r15e-38',
    'ru',
    'Коврики в салон для Хендай Солярис 2017, комплект 5 шт. Водительский не подходит: крепёжные отверстия не совпадают с клипсами на полу, по маркировке это коврик от Соляриса 2011. Обнаружил при укладке 30 сентября. Фото приложил. Верну комплект обратно, прошу возврат денег.',
    'photo',
    [],
    'return',
  ),
  // regional name-calling of the workshop staff («раззявы косорукие»)
  c(
    'r15e-39',
    'ru',
    'Набор полотенец 6 шт: у двух швы по краю распустились при первой стирке 2 декабря, у одного вышивка пришита вверх ногами. Фото приложила. Раззявы косорукие у вас в цеху сидят. Верните 600 руб. за два полотенца.',
    'photo',
    ['insult'],
    'partial_refund',
    600,
  ),
  // evidence promised for tonight, no file: neither evidence code (round thirteen)
  c(
    'r15e-40',
    'ru',
    'Шуруповёрт через неделю работы перестал держать заряд: аккумулятор садится за 5 минут, потом зарядка мигает красным. Вечером сниму видео и выложу сюда. Прошу замену аккумулятора.',
    'none',
    [],
    'exchange',
  ),
  // slang fraud label («развели как лоха»), no evidence
  c(
    'r15e-41',
    'ru',
    'развели как лоха. пуховик а внутри синтепон, вчера распорол шов на рукаве — там вата. верните бабки',
    'none',
    ['accusation', 'missing_evidence'],
    'full_refund',
  ),
  // innocent: grease nipples, ball joints; a dollar sum
  c(
    'r15e-42',
    'en',
    'Grease nipples M8x1, pack of 20. Six of them have no thread at all, found when fitting them to the ball joints on my tractor last Saturday. Photo attached. Please partial refund $3.60 for the 6 pieces.',
    'photo',
    [],
    'partial_refund',
    3.6,
  ),
  // «вы специально» among facts; escalation and an honest review are lawful
  c(
    'r15e-43',
    'ru',
    'Заказ: краска фасадная белая, 2 ведра по 9 л. Одно ведро пришло вскрытым, крышка погнута, внутри краска загустела комками, второе — с другим номером партии и заметно серым оттенком. Обнаружил при вскрытии на пункте выдачи 6 мая, снимал видео прямо там. Видео прилагаю. Уверен, что вы специально сбагриваете покупателям остатки. Прошу вернуть деньги за оба ведра, если нет — открою спор с эскалацией и напишу честный отзыв.',
    'video',
    ['accusation'],
    'full_refund',
  ),
  // innocent: the seller's slur quoted as evidence with a chat screenshot
  c(
    'r15e-44',
    'ru',
    'Купальник раздельный: верх M, а низ пришёл XS, на бирке тоже XS. Обнаружила при примерке в день получения, 19 июня. Фото бирок и скрин чата прилагаю — на просьбу заменить продавец назвал меня «лохушкой деревенской». Прошу заменить низ на размер M.',
    'photo',
    [],
    'exchange',
  ),
  // Greek look-alike letters in mat and name-calling in one question
  c(
    'r15e-45',
    'ru',
    'Тормозные колодки на Камри 40 прислали задние вместо передних, на коробке написано REAR. Увидел при замене в сервисе 8.11. Фото коробки прикрепил. Вы там совсем εбанулись, μудаки? Меняйте на передние.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // «Ужас» and nothing else
  c(
    'r15e-46',
    'ru',
    'Ужас просто, а не товар. Больше у вас ничего заказывать не буду.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // spaced English profanity as a predicate about the item, no "!"
  c(
    'r15e-47',
    'en',
    'Seat covers for Lada Niva is total S H I T. After one week seams are open on the driver seat, foam is visible. Photo is attached. I want money back.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // innocent: an accusation taken back («не говорю, что специально»)
  c(
    'r15e-48',
    'ru',
    'Скатерть заказывала овальную 140х180, пришла прямоугольная 140х140. Обнаружила, когда накрывала стол на 8 марта. Не говорю, что вы сделали это специально, наверное, перепутали при сборке. Фото приложила. Прошу прислать овальную 140х180.',
    'photo',
    [],
    'exchange',
  ),
  // slang threat that also labels the seller a cheat
  c(
    'r15e-49',
    'ru',
    'Палатка-куб для зимней рыбалки пришла без двух дуг каркаса и без колышков, собрать невозможно. Разбирал дома на следующий день после получения, 12 января. Видео распаковки приложил. Кидал у нас на районе учат по-своему, и ни один потом не радовался. Досылайте дуги и колышки.',
    'video',
    ['threat', 'accusation'],
    'exchange',
  ),
  // decimal comma in euros
  c(
    'r15e-50',
    'ru',
    'Крючки Owner №6 — заказал 5 пачек, 2 пачки пришли №10. Заметил при разборе посылки 21.03. Фото упаковок приложил. Верните, пожалуйста, €4,80 за эти две пачки.',
    'photo',
    [],
    'partial_refund',
    4.8,
  ),
  // near-empty text
  c('r15e-51', 'en', 'ok', 'none', ['empty_text'], 'none'),
  // sum in words
  c(
    'r15e-52',
    'ru',
    'Плетёнка 150 м, а намотано оказалось 100 м: перемерил рулеткой, когда перематывал на шпулю 2 июля. Фото приложил. Прошу вернуть триста пятьдесят рублей за недостающие 50 м.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // declines an exchange, asks a full refund
  c(
    'r15e-53',
    'ru',
    'Обмен не предлагайте, ждать ещё месяц я не буду. Заказывала тюль белый 5 м, пришёл кремовый и 3 м. Мерила рулеткой в день получения, 10 февраля. Фото приложено. Верните деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // threat to publish the seller's name, phone and address
  c(
    'r15e-54',
    'ru',
    'Автокомпрессор не качает больше 1,5 атм, а по описанию до 10. Проверял по его же манометру и по отдельному шинному на следующий день после получения. Видео прилагаю. Верните деньги. У меня с накладной ваше имя, телефон и адрес — не вернёте, выложу всё это в группы автомобилистов, пусть названивают вам днём и ночью.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // transliterated Russian, complete
  c(
    'r15e-55',
    'ru',
    'Zdravstvuyte, zakazyvala navolochki 50x70, 4 sht, prishli 3. Pereschitala pri raspakovke 5 aprelya, foto prilagayu. Proshu vernut 280 rub za nedostayushchuyu.',
    'photo',
    [],
    'partial_refund',
    280,
  ),
  // innocent euphemisms («блин», «хреновая»)
  c(
    'r15e-56',
    'ru',
    'Блин, хреновая у вас упаковка: шпатлёвка финишная 20 кг пришла в порванном мешке, примерно треть высыпалась в коробку. Обнаружил при получении на ПВЗ 3.10, там же сфотографировал. Фото прилагаю. Прошу вернуть 400 руб. за потерянную часть.',
    'photo',
    [],
    'partial_refund',
    400,
  ),
  // sarcasm about honesty («ну конечно, опять случайно»), «обидно до слёз», at-your-discretion sum
  c(
    'r15e-57',
    'ru',
    'Блузка пришла с дыркой на спине, уже второй заказ у вас с дыркой. Ну конечно, опять случайно. Заметила при примерке 4 мая, фото прилагаю. Обидно до слёз, к празднику брала. Компенсацию — на ваше усмотрение.',
    'photo',
    ['emotional', 'accusation', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "your packers must be blind" aimed at staff
  c(
    'r15e-58',
    'en',
    'Your packers must be blind or cannot read. I ordered left side mirror for Kia Sportage 2019, got right one, the box even says RH. Found it when fitting on 11 July. Photo attached. Send the left mirror.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // older hunter, complete, sum for four decoys
  c(
    'r15e-59',
    'ru',
    'Здравствуйте. Заказывал полноразмерные чучела гуся, 6 штук, к весенней охоте. Пришли все шесть, но у четырёх отваливаются головы — пластиковое крепление треснуло, у одного ещё и краска слезает лохмотьями. Обнаружил, когда расставлял их на поле на открытии охоты 25 апреля. Фото всех шести приложил. Прошу вернуть стоимость четырёх чучел — 4 800 руб.',
    'photo',
    [],
    'partial_refund',
    4800,
  ),
  // prison-slang slur at the seller; otherwise a complete non-receipt
  c(
    'r15e-60',
    'ru',
    'Слышь, петушара, где мой заказ? Набор блёсен оплатил 15 марта, прошло 50 дней, трек не обновляется с 20 марта. Деньги вертай.',
    'none',
    ['insult'],
    'full_refund',
  ),
  // "one big con, everyone knows" is a blanket accusation
  c(
    'r15e-61',
    'en',
    'Ordered linen dress, came 100% polyester by the label. I noticed when I unpacked it on 2 August, photo of label is attached. This shop is one big con, the whole Russian-speaking chat in Berlin knows it. I want full refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // ominous health wish for the seller's children
  c(
    'r15e-62',
    'ru',
    'Лодочный электромотор сгорел через 20 минут работы на первом же выезде 1 июня: запах гари и дым из-под кожуха, видео приложил. Верните деньги. Здоровья вам и детям вашим — оно вам скоро очень пригодится.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // polite, missing part, no time, no evidence
  c(
    'r15e-63',
    'ru',
    'Добрый день. В комплекте постельного белья нет второй наволочки, в описании указано две. Пришлите, пожалуйста, недостающую наволочку.',
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // spaced mat interjection with "!", «Ворьё!»
  c(
    'r15e-64',
    'ru',
    'П и з д е ц! Ворьё! Набор головок 1/2 по описанию 94 предмета, пришло 64, пересчитал дважды при распаковке 27.11. Фото раскладки приложил. Верните 1 500 руб. за недостающие.',
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'partial_refund',
    1500,
  ),
  // "the difference" without a sum, no time
  c(
    'r15e-65',
    'en',
    'Sleeping bag for hunting: in your description comfort is -5 C, but on the label inside is +5 C comfort. Photo of label is attached. I keep it, but please refund the difference.',
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // innocent street name; held at customs 40 days, tracking
  c(
    'r15e-66',
    'ru',
    'Заказ: клей для плитки, 2 мешка по 25 кг, доставка в ПВЗ на ул. Хуторская, 7. Оплатила 3 сентября, по отслеживанию посылка с 12 сентября лежит на таможне, прошло 40 дней. Прошу отменить заказ и вернуть деньги.',
    'none',
    [],
    'full_refund',
  ),
  // long and confused: «расстроена», photo said to be attached but none, no time, "part of the money"
  c(
    'r15e-67',
    'ru',
    'Здравствуйте, даже не знаю с чего начать. Я заказывала у вас ортопедическую подушку с эффектом памяти и к ней наволочку, для мамы, у неё шея болит, врач посоветовал. Выбирала долго, читала отзывы, вроде все хвалили. Пришла посылка, я сначала обрадовалась, упаковка красивая, но подушка какая то мягкая, не держит форму, продавливается до самого низа, а наполнитель внутри сбился комками, прощупывается как крупа. И запах от неё химический такой, резкий, мама сказала что у неё голова разболелась. Я проветривала на балконе, не помогает. Наволочка тоже не та, заказывала серую, пришла бежевая, и молния на ней разошлась. Я вообще очень расстроена, честно, я на эти деньги рассчитывала, пенсия у мамы маленькая, я ей в подарок хотела. Фото подушки и молнии прикрепляю, там видно комки. Я не знаю как у вас тут принято, возвращать или нет, отправлять обратно в Китай мне наверно будет дорого, я узнавала на почте, там очень дорого. Может можно как то без отправки. Верните хотя бы часть денег, пожалуйста, я не прошу всё.',
    'none',
    ['emotional', 'missing_when', 'evidence_not_attached', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked vulgar word as a predicate about the boots, no "!"; offers the return
  c(
    'r15e-68',
    'ru',
    'Сапоги — г@вно полное, подошва отклеилась на второй день носки, по носку щель в палец. Фото приложила. Отправлю сапоги обратно, прошу возврат.',
    'photo',
    ['profanity'],
    'return',
  ),
  // innocent: "cocktail dress", chargeback and an honest review
  c(
    'r15e-69',
    'en',
    'Cocktail dress black, size S. The zip broke at first try-on on 6 Dec, teeth are coming apart from the bottom. Video is attached. If the dispute is not solved, I will ask my bank for chargeback and write an honest review. Please full refund.',
    'video',
    [],
    'full_refund',
  ),
  // condescension about reading plus CAPS
  c(
    'r15e-70',
    'ru',
    'Заказывал герметик силиконовый чёрный, 5 туб, пришёл белый. Обнаружил при вскрытии коробки на объекте 14.08. Фото туб прилагаю. Я понимаю, что читать у вас на складе умеют не все, поэтому крупно: НУЖЕН ЧЁРНЫЙ ЦВЕТ. Замените.',
    'photo',
    ['insult', 'emotional'],
    'exchange',
  ),
  // terse but complete, "yesterday" with a mismatch seen on receipt
  c(
    'r15e-71',
    'ru',
    'куртка пуховик L заказывал, пришла M, бирка на фото. получил вчера. обмен на L плз',
    'photo',
    [],
    'exchange',
  ),
  // transliterated mat as an interjection in English, "!!"
  c(
    'r15e-72',
    'en',
    'Blyat, again wrong size!! Hunting boots 44 EU, I received 41, it is written on the sole. Received on 9 Oct. Photo attached. Send me 44 please.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // veiled threat through "own people" at a market; no time
  c(
    'r15e-73',
    'ru',
    'Глушитель на Приору прислали не тот — под 8 клапанов, а я заказывал под 16. Фото маркировки прилагаю. Верни деньги и не затягивай. Москва большая, но свои люди на Садоводе у меня есть, и я знаю, у кого твои ребята товар берут. Подумай.',
    'photo',
    ['threat', 'missing_when'],
    'full_refund',
  ),
  // innocent: «требую», court under consumer law is lawful
  c(
    'r15e-74',
    'ru',
    'Халат женский махровый 48 размера после первой стирки при 40° сел до 44 размера и полинял, руки синие. Фото до и после прикладываю. Требую вернуть деньги в полном объёме. Предупреждаю: в случае отказа обращусь в суд по месту жительства с иском по закону о защите прав потребителей.',
    'photo',
    [],
    'full_refund',
  ),
  // blanket accusation about all Chinese sellers; named sum for the difference
  c(
    'r15e-75',
    'ru',
    'Одно враньё у вас в описаниях, как и у всех китайских продавцов тут. Лодка ПВХ по описанию 2,8 м, по факту 2,5 м, замерил рулеткой при первой сборке 10 мая. Фото прикрепил. Верните 3000 руб. разницы.',
    'photo',
    ['accusation'],
    'partial_refund',
    3000,
  ),
  // plain good Russian-habit English with a sum for the difference
  c(
    'r15e-76',
    'en',
    'Hunting knife, in description blade is 12 cm, real is 9.5 cm, I measured with ruler on day of delivery, 17 Sept. Photo attached. Please refund 5 USD for the difference.',
    'photo',
    [],
    'partial_refund',
    5,
  ),
  // telling the seller to go away with minced mat («нах»)
  c(
    'r15e-77',
    'ru',
    'Сетку рыболовную оплатил 2 января, прошло три месяца, трек UB123456789CN не обновляется с 10 января. Идите нах со своими «подождите ещё 15 дней». Полный возврат.',
    'none',
    ['profanity'],
    'full_refund',
  ),
  // innocent street name; opened at the pickup point on video, offers the return
  c(
    'r15e-78',
    'ru',
    'Датчик ABS передний правый на Весту, доставка в ПВЗ на Херсонской, 12. Трек LV987654321CN, посылка пришла 4.06, датчик внутри с обломанным разъёмом — обнаружил при вскрытии прямо на ПВЗ, видео снимал там же, прикладываю. Датчик готов отправить обратно, верните деньги.',
    'video',
    [],
    'return',
  ),
  // crying emoji and "!!", no time
  c(
    'r15e-79',
    'ru',
    '😭😭 заказывала шторы в детскую с единорогами, а пришли с черепами!! фото прикрепила. хочу обмен на единорогов',
    'photo',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // visit threat in Russian-habit English and a profane name for the sellers
  c(
    'r15e-80',
    'en',
    'LED bulbs H7, one is not working from start, I install them 2 days after delivery. Photo attached. Refund now. And I know your address in Yiwu, my cousin live there, he will come to say hello. Fuckers.',
    'photo',
    ['profanity', 'insult', 'threat'],
    'full_refund',
  ),
];
