import { labelled as c, type CorpusCase } from './types';

/**
 * Round thirty, hold-out set T: people writing a dispute on behalf of someone else (a daughter for her mother, a
 * husband for his wife, an office manager for a colleague, a neighbour) and retelling what relatives, repairmen,
 * friends or the seller said. Written by a hand that has not read the analyzer's rules or other corpus files; labels
 * follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Words of a relative, friend or repairman retold as narration or evidence are not the writer's; a label the writer
 *   distances themself from («муж сказал, что вы жулики, но я так не считаю», "I don't share that view") is no finding.
 * - The same words become the writer's when adopted («и я с ним согласна», "frankly I agree", «вижу, что она права»)
 *   or passed on to the seller as a message («папа просил передать: вы там все дебилы»): insult or accusation.
 * - A relative's threat relayed as leverage («сын приедет к вам на склад», «отговаривать больше не буду») and a
 *   relative who knows where the seller's warehouse or family is are threats of the writer.
 * - A relative's violent words about the product («выкинет этот принтер в окно») are no threat.
 * - Mat or a vulgar word retold from a repairman ("quote, 'this is a piece of shit'", «китайское г**но») is profanity
 *   only, like quoted seller mat.
 * - A repairman's or jeweller's concrete diagnosis (латунь вместо серебра, burnt controller) names the problem; a
 *   repairman's bare «это брак» does not.
 * - A relative's tears, shock or disappointment told by the writer («мама плакала весь вечер», «мама в шоке», "he was
 *   so disappointed") is emotional, as "upset" said of the buyer's children is.
 * - A friend lawyer's advice about a chargeback, consumer protection or a small-claims court is a lawful step.
 * - «Заберите мангал и верните деньги» and "we'll send this one back too, just refund her" are returns.
 * - The seller's capitals quoted as evidence («НЕТ ВОЗВРАТА НЕ ПИШИТЕ БОЛЬШЕ») do not make the writer emotional.
 */
export const ROUND30_HOLDOUT_T: CorpusCase[] = [
  // daughter for her mother: complete and calm
  c(
    'r30t-01',
    'ru',
    'Здравствуйте. Пишу от имени мамы, Валентины Петровны, заказ оформлен с её аккаунта, сама она с телефоном не очень. Электрочайник 1,7 л пришёл 11 марта, при первом же кипячении 12 марта из-под дна по шву потекла вода, вся подставка мокрая. Больше не включали. Прикладываю фото дна и подставки. Просим вернуть деньги полностью.',
    'photo',
    [],
    'full_refund',
  ),
  // the husband's fraud label is retold and explicitly not shared by the writer
  c(
    'r30t-02',
    'ru',
    'Добрый день. Заказывала куртку мужу, размер 52, а пришла 46 — на бирке так и написано, это видно на фото. Обнаружили сразу при распаковке 3 апреля. Муж сказал, что вы жулики, но я так не считаю, думаю, на складе перепутали пакеты. Пожалуйста, пришлите 52-й размер на замену.',
    'photo',
    [],
    'exchange',
  ),
  // retold mat from the repairman stays profanity
  c(
    'r30t-03',
    'ru',
    'Пишу за папу. Шуруповёрт перестал крутить через неделю, 19 апреля: мотор гудит, патрон стоит. Отнесли мастеру, мастер сказал, что это китайское г**но и что щётки внутри уже сгорели. Фото щёток прикладываю. Верните, пожалуйста, деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // the dad's "thieves" is retold, the writer disagrees
  c(
    'r30t-04',
    'en',
    "Hello, I'm writing for my father, he's 81 and the order is on his account. He bought a radio-controlled wall clock; it arrived on 9 October and the hands stop every few hours — the second hand just freezes at 12, even with a fresh battery. I've attached a photo of the clock stuck at 12:00 next to his phone showing 15:40. Dad called you thieves on the phone last night; I don't share that view, I think it's just a bad batch. I'd rather just get the refund and buy him another one locally.",
    'photo',
    [],
    'full_refund',
  ),
  // mother's tears told by the daughter: emotional
  c(
    'r30t-05',
    'ru',
    'Пишу за маму, ей 79 лет. Она заказала себе ортопедическую подушку с эффектом памяти, ждала её почти месяц. Подушка пришла 4 ноября, и уже в первую ночь стало понятно, что что-то не так: она вся в комках. Я расстегнула чехол — внутри вместо цельного блока пены с памятью насыпана поролоновая крошка, часть крошки высыпалась на кровать. Фото вскрытого чехла и крошки прикладываю. Мама плакала весь вечер, она копила на эту подушку с пенсии, у неё шейный остеохондроз, и врач посоветовал именно такую. Пожалуйста, верните ей деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // seller's rude reply quoted as evidence; the writer stays polite
  c(
    'r30t-06',
    'ru',
    'Пишу за соседку, ей 74 года, я помогаю ей с заказами. Она купила конвектор на 1000 Вт. На второй день работы, 15 ноября, он перестал греть: вентилятор крутится, воздух холодный, индикатор горит. Она написала продавцу, ответ был такой: «бабка, не морочь голову, сама сломала». Ничего она не ломала, прибор стоял в комнате на полу. Скриншот этой переписки и фото прибора прикладываю. Прошу вернуть ей полную стоимость.',
    'photo',
    [],
    'full_refund',
  ),
  // the writer's own mat cried out right after opening the box
  c(
    'r30t-07',
    'ru',
    'Пишу за маму. Открыли коробку 7 марта — пи3дец, а не мультиварка: крышка треснута пополам, чаша вся во вмятинах. Фото приложила. Деньги верните.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // the husband's name-calling is adopted by the writer
  c(
    'r30t-08',
    'ru',
    'Пишу за мужа. Заказывали сапоги зимние 43 размера, пришли 41, на подошве так и выбито, фото во вложении. Получили 26 ноября. Муж сказал, что у вас на складе одни бараны работают, и я, честно говоря, с ним согласна. Пришлите 43-й.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // office manager, long and calm; a lawyer's advice about lawful steps
  c(
    'r30t-09',
    'ru',
    'Здравствуйте. Я офис-менеджер небольшой бухгалтерской фирмы и пишу по заказу нашей сотрудницы, Ирины Александровны Котовой: заказ оформлен на её аккаунт, но закупками для офиса занимаюсь я, поэтому и переписку веду тоже я. Мы заказали одну настольную светодиодную лампу с USB-портом и гибкой ножкой: у Ирины Александровны рабочее место у стены без окна, и прежняя лампа перегорела, поэтому выбирали долго, сравнивали характеристики и остановились на вашей из-за регулировки яркости и цветовой температуры. Посылка шла около трёх недель, это нас не смущало. Лампа пришла с трещиной на гибкой ножке у самого основания. Обнаружили это 20 февраля при распаковке, прямо при курьере: лампа не держит наклон, плафон падает на стол, а при повороте ножки слышно, как внутри хрустит пластик. Фото трещины крупным планом и фото упаковки прикладываю, коробка снаружи была целой. Ирина Александровна сначала хотела просто подклеить ножку, но внутри идёт провод, и рисковать мы не хотим. Мы посоветовались со знакомым юристом, он сказал, что если вопрос не решится через спор, можно обратиться в банк с заявлением о возврате платежа и написать в Роспотребнадзор. Надеемся, что до этого не дойдёт и всё решится здесь, претензий к сроку доставки у нас нет. Готовы отправить лампу обратно, верните, пожалуйста, деньги.',
    'photo',
    [],
    'return',
  ),
  // the writer's own blanket accusation
  c(
    'r30t-10',
    'ru',
    'Пишу за отца. Заказывал налобный фонарь с аккумулятором 18650, пришёл 12 июня без аккумулятора, отсек пустой, фото прилагаю. Вы специально отправляете такое пожилым людям, думаете, не заметят. Верните деньги.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a son's planned visit to the warehouse, relayed as leverage
  c(
    'r30t-11',
    'ru',
    'Пишу за маму. Вертикальный пылесос пришёл 2 февраля без зарядного блока, в коробке его не было, фото коробки приложила. Сын у неё горячий, сказал, что если денег не будет, приедет к вам на склад разбираться лично. Я его пока держу. Верните маме деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // neighbour's surname and village look rude; the complaint is plain
  c(
    'r30t-12',
    'en',
    "Hi, I'm ordering for my neighbour Mrs Cockburn, who doesn't use the internet; the parcel went to her cottage in Shitterton, Dorset. She ordered a set of six blue ceramic mugs, but only four were in the box when we opened it together on 2 June, and the packing slip says 6. Photo of the open box and the slip attached. Could you please send the two missing mugs?",
    'photo',
    [],
    'exchange',
  ),
  // vague text for a mother-in-law
  c(
    'r30t-13',
    'ru',
    'Пишу за свекровь. Товар не соответствует описанию, пользоваться она им не может. Разберитесь, пожалуйста.',
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // "потребляет" contains a rude-looking piece; a sum asked for the extra electricity
  c(
    'r30t-14',
    'ru',
    'Добрый день. Пишу по просьбе соседа, Николая Ивановича, он плохо видит. Масляный радиатор по описанию 1000 Вт, но по ваттметру потребляет 1900–2000 Вт — измерили 8 декабря, фото ваттметра прикладываю. За две недели счёт за электричество вырос примерно на 600 рублей. Сам радиатор греет, возвращать его Николай Иванович не хочет, просит компенсировать 600 рублей.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // the brother-in-law knows the warehouse: veiled threat
  c(
    'r30t-15',
    'en',
    "Writing for my sister, Kate. Her 4-burner gas hob arrived on 12 May with the glass top shattered in one corner (photos attached). The seller has ignored her for two weeks. My brother-in-law travels to Yiwu for work every month and knows exactly where your warehouse is. You wouldn't want anything to happen to it. She wants a full refund.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // the seller's "your wife is lying" quoted as evidence
  c(
    'r30t-16',
    'en',
    "I'm writing on behalf of my wife, Anna, since her English isn't great. She ordered a wool-blend coat in camel, size M. When she opened the parcel on 14 January the coat was grey, not camel, and the label says 100% polyester while the listing says 60% wool. I messaged the seller for her and got back: 'your wife is lying, stop bothering us, no refund'. Screenshots of that chat and photos of the label are attached. We would like a full refund.",
    'photo',
    [],
    'full_refund',
  ),
  // yoga mat: no time
  c(
    'r30t-17',
    'en',
    'Writing for my wife. Her yoga mat has a 10 cm tear running in from one edge, and the surface is peeling at two corners. Photo attached. Please refund her.',
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // office manager for the accountant: plain good text with a video
  c(
    'r30t-18',
    'ru',
    'Здравствуйте! Пишу от лица нашего бухгалтера, Светланы Олеговны, заказ оформлен на неё. Офисное кресло: примерно через неделю после сборки, 22 сентября, сиденье стало само опускаться до самого низа, стоит только сесть, — не держит газлифт. Видео прикладываю, там видно, как кресло проседает за пару секунд. Просим прислать новый газлифт на замену.',
    'video',
    [],
    'exchange',
  ),
  // the husband's name-calling adopted in English
  c(
    'r30t-19',
    'en',
    "I'm writing for my husband. He ordered a 10 m garden hose; it measures 7 m — photo of the tape measure along it attached, we measured the day it arrived, 3 June. My husband says you're a bunch of morons who can't count, and frankly I agree with him. Refund please.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // part refund for a sheet, no sum
  c(
    'r30t-20',
    'ru',
    'Пишу за маму. Комплект постельного белья евро: при распаковке 17 февраля оказалось, что простыня 160×200 вместо 220×240, наволочки и пододеяльник нормальные. Фото с рулеткой приложила. Менять весь комплект мама не хочет, верните ей часть денег за простыню.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // condescension about support's intelligence
  c(
    'r30t-21',
    'ru',
    'Объясняю медленно, для особо одарённых в вашей поддержке: маме 78 лет, она заказала тонометр, а он показывает 190 на 120 у меня, хотя давление у меня нормальное, и 90 на 50 у неё через минуту. Сравнили с аптечным тонометром 9 сентября, фото обоих приборов приложила. Верните деньги за тонометр.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // plumber's diagnosis retold as evidence; "stopcock" and "weeps" are innocent
  c(
    'r30t-22',
    'en',
    "Hello, I manage orders for my elderly uncle. He bought a 15 mm brass stopcock for his kitchen. My plumber fitted it on 21 August and it weeps at the compression nut on the outlet side even after being tightened twice. The plumber said the thread on the body is cut unevenly; you can see the ragged edge in the close-up photo I've attached. Please send a replacement valve.",
    'photo',
    [],
    'exchange',
  ),
  // says photos are attached, the form has none
  c(
    'r30t-23',
    'en',
    "I'm writing for my father. His cordless drill's battery won't hold a charge: the charger light goes green after 5 minutes but the drill dies after 30 seconds. This started on 9 July, a week after delivery. I've attached photos of the charger and the battery label. Please refund him.",
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // «хлебница» contains a rude-looking piece
  c(
    'r30t-24',
    'ru',
    'Пишу за маму. Бамбуковая хлебница с откидной крышкой пришла 5 мая с трещиной вдоль всей задней стенки, крышка из-за этого перекошена и не закрывается. Коробка была целая. Фото трещины и коробки прикрепила. Верните, пожалуйста, деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // look-alike Latin letters in mat about the item
  c(
    'r30t-25',
    'ru',
    'Пишу за папу. Складной мангал: при первой сборке 1 мая ножки не встают в пазы, пазы просверлены на 5 мм выше, чем надо, фото с линейкой прилагаю. Папа называет это xyйнёй, и он прав. Заберите мангал и верните деньги.',
    'photo',
    ['profanity'],
    'return',
  ),
  // knowing the owner's family and city: threat; no evidence named
  c(
    'r30t-26',
    'ru',
    'Пишу за свекровь, Галину Фёдоровну. Заказ — массажёр для ног, пришёл 3 марта и ни разу не включился: кнопка нажимается, индикатор не горит, от другой розетки то же самое. Продавец молчит вторую неделю. Я нашла в интернете, как зовут хозяина вашего магазина и где живёт его семья, у меня дочь в этом городе учится. Верните деньги свекрови.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // "fanny pack" is a bag
  c(
    'r30t-27',
    'en',
    "Hi, writing for my aunt Doris. She ordered a leather fanny pack in tan, and on 3 July, the second day she wore it, the zip pull came off in her hand and the teeth split open along the top. Photo of the broken zip attached. She'd like her money back, please.",
    'photo',
    [],
    'full_refund',
  ),
  // "the difference" without a sum
  c(
    'r30t-28',
    'en',
    "Hello, I'm writing for a colleague, Dana, who doesn't use AliExpress. She paid for the 128 GB version of the tablet, but the settings show 64 GB of storage — we checked on the day it arrived, 5 May; screenshot of the storage screen attached. She'll keep it if you refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the writer's own mat as an intensifier before the item
  c(
    'r30t-29',
    'en',
    "I'm writing for my mum, who saved up for this. The f*cking blender she got on 10 March stopped after two uses — the blade spins for a second and then the motor cuts out with a click. Photo of the unit attached. Give her the money back.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // repairman's concrete diagnosis and a service report
  c(
    'r30t-30',
    'ru',
    'Добрый день. Пишу за отца, ему 82 года. Робот-пылесос перестал заряжаться 17 октября, через 10 дней после получения: на базе индикатор мигает красным, заряд не идёт. Отнесли в сервис, мастер сказал, что на плате зарядки выгорел контроллер из-за заводского непропая, выдал акт диагностики. Фото акта и платы прикладываю. Просим вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // sarcasm about honesty with scare quotes
  c(
    'r30t-31',
    'ru',
    'Пишу за сына, он в командировке. Второй раз заказываем кроссовки 44 размера, и второй раз приходят 42: первый раз 8 сентября, сейчас 1 октября. Фото стелек с размером приложила. Ну конечно, «случайно» опять не тот размер. Пришлите 44-й.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // the repair guy's mat quoted
  c(
    'r30t-32',
    'en',
    "I'm writing on behalf of my father-in-law. His electric lawn mower stopped on 25 April, the second time he used it: the motor hums but the blade doesn't turn. A repair shop looked at it and the guy there said, quote, 'this is a piece of shit, the blade coupling is plastic and it's sheared'. Photo of the sheared coupling attached. Please refund him.",
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // empty reply typed by a relative
  c('r30t-33', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // wishing the cold on the seller's children
  c(
    'r30t-34',
    'ru',
    'Пишу за маму. Пуховик по описанию на 100% пуху, а внутри синтепон — распороли шов у кармана при первой примерке 20 декабря, фото наполнителя приложила. Мама в нём мёрзнет на остановке. Чтоб ваши дети так мёрзли, как она. Верните деньги.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a lawyer friend's advice about small claims: lawful
  c(
    'r30t-35',
    'en',
    "I'm helping my mother-in-law with this order. She bought a 2-litre thermos flask; from the first day (it was delivered on 28 November) it keeps tea hot for about an hour instead of the 24 hours in the listing. I tested it myself with a kitchen thermometer, the photos of the readings are attached. A friend of mine who is a solicitor said that if this isn't resolved here she can take it to the small claims court, but I'm sure we can sort it out here. Please refund her in full.",
    'photo',
    [],
    'full_refund',
  ),
  // half, no sum
  c(
    'r30t-36',
    'ru',
    'Пишу за тётю. Чемодан на колёсах пришёл 21 августа с отломанным колесом, колесо болтается в коробке отдельно, фото приложила. Тётя починит сама в мастерской, просит вернуть половину стоимости.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's mat described, not repeated
  c(
    'r30t-37',
    'ru',
    'Пишу за мужа, он не пользуется приложением. Заказал набор торцевых головок, 40 предметов, в кейсе оказалось 34: нет головок на 10, 12, 13, 14, 17 и 19. Пересчитали при получении 9 августа, фото раскрытого кейса во вложении. Муж написал продавцу в чат, продавец ответил нецензурной бранью, скрин тоже прикладываю. Просим дослать недостающие шесть головок.',
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise, and nothing named as evidence
  c(
    'r30t-38',
    'en',
    'Congratulations, geniuses: you sent my 80-year-old father two left slippers, size 9, instead of a pair. He noticed when he tried them on the day they came, 6 January. Please send him the right slipper.',
    'none',
    ['insult', 'missing_evidence'],
    'exchange',
  ),
  // tracking number in the text, no file: still complete
  c(
    'r30t-39',
    'en',
    "Writing for my grandmother, who placed this order on 2 March. The parcel has not arrived and it is now 47 days. Tracking LP00123456789012 has shown 'departed from sorting center' since 20 March with no update. Please refund her.",
    'none',
    [],
    'full_refund',
  ),
  // capitals about the mother's age
  c(
    'r30t-40',
    'ru',
    'МАМЕ 80 ЛЕТ, а ей прислали тяжёлый утюг вместо лёгкого дорожного: заказывали 800 г, пришёл 2,1 кг, взвесили при получении 22 мая, фото весов приложила. Верните деньги.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // transliterated Russian with mat as an interjection
  c(
    'r30t-41',
    'ru',
    "Pishu za mamu, ona ne umeet po-angliyski. Blyat, uzhe tretiy raz pishu: utyug prishel 2 oktyabrya i s pervogo dnya techet voda iz podoshvy, pyatna na bel'e. Foto prikladyvayu. Vernite den'gi.",
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // post office's words in quotes; client of a tailor's shop
  c(
    'r30t-42',
    'ru',
    'Здравствуйте. Пишу за свою клиентку, Тамару Викторовну, у неё нет смартфона, заказ оформляла я. Набор ниток мулине, 100 мотков, отправлен 10 января. По отслеживанию посылка с 3 февраля «вручена адресату», но Тамара Викторовна её не получала. На почте сказали: «отправление утеряно, ищите у отправителя». Справку с почты и скрин отслеживания прикладываю. Просим вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // the dad's endorsed "scam"
  c(
    'r30t-43',
    'en',
    "I'm writing for my dad. He ordered a 20,000 mAh power bank; a USB tester shows it holds about 4,000 mAh — we measured on 18 March after charging it fully. Photo of the tester reading attached. Dad says you're running a scam, and after three weeks of excuses I agree with him. Please refund him.",
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // spaced mat adjective before the item
  c(
    'r30t-44',
    'ru',
    'Пишу за отца. Этот е б у ч и й электрочайник выключается через 10 секунд после включения, вода не успевает нагреться. Так с первого дня, с 14 мая. Видео приложила. Верните деньги.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // an office colleague, intent explicitly not alleged
  c(
    'r30t-45',
    'en',
    "Hello, I'm writing for a colleague, Mr Hale, who is away on leave. The standing desk frame he ordered arrived on 11 April with the left leg motor dead: the right side rises, the left doesn't move, so the desk tilts. I'm not saying anyone did this on purpose, it may have been damaged in transit. The photo of the tilted frame and the error code E01 on the panel is attached. Please refund him in full.",
    'photo',
    [],
    'full_refund',
  ),
  // "at your discretion" for a broken cup
  c(
    'r30t-46',
    'ru',
    'Здравствуйте, пишу по просьбе соседки, Анны Михайловны. Чайный сервиз на 6 персон: при распаковке 3 декабря одна чашка оказалась с отбитой ручкой, фото прилагаю. Остальное целое, сервиз она оставляет. За чашку верните сколько сочтёте нужным, на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // pasted chat: the seller's masked mat
  c(
    'r30t-47',
    'en',
    "I'm helping my neighbour, Mr Okafor, with this dispute. His bathroom scale shows a different weight every time: 82.4, 79.1, 85.0 kg within a minute, standing still. He first noticed on 15 February, the day after it arrived. Here is his chat with the seller:\nBuyer (16.02): The scale shows different weight each time, please help.\nSeller (17.02): stop sp@mming old man, f*** off\nA video of the readings is attached. Please refund him.",
    'video',
    ['profanity'],
    'full_refund',
  ),
  // regional name-calling aimed at the seller
  c(
    'r30t-48',
    'ru',
    'Пишу за мужа. Бакланы вы, а не продавцы: заказали комплект зимней резины R16, пришло три шины вместо четырёх, муж пересчитал при получении 11 ноября, фото в приложении. Пришлите четвёртую шину.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // amount in words
  c(
    'r30t-49',
    'ru',
    'Пишу за бабушку. Платье заказано 6 июня, пришло 20 июня без пояса и с двумя оторванными пуговицами, самих пуговиц в пакете нет. Фото прикладываю. Бабушка платье оставит, пуговицы пришьёт свои, просит вернуть триста пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // non-receipt with elapsed time but nothing named as evidence
  c(
    'r30t-50',
    'ru',
    'Пишу за отца. Заказ — рыболовный садок, оплачен 1 марта, прошло уже 52 дня, посылки нет. Отец каждую неделю ходит на почту. Верните деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // personal page and home address: threat to publish
  c(
    'r30t-51',
    'en',
    "I'm writing on behalf of my mother. Her electric blanket has a burnt patch in the middle — the wires overheated on the fourth night of use, 19 December, and she woke up to the smell. Photos attached. My son found your personal Facebook page and your home address in Ningbo. It would be a shame if they ended up in a few buyer groups. Refund her in full.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // decimal comma in a partial refund
  c(
    'r30t-52',
    'en',
    "My husband asked me to write this as his English is limited. He ordered a set of 4 bike lights; one of the four, the red rear light, doesn't switch on at all — we noticed when unpacking on 30 September. Photo attached. He is keeping the rest and asks for €12,50 back for the faulty one.",
    'photo',
    [],
    'partial_refund',
    12.5,
  ),
  // dropped-vowel mat as a cry
  c(
    'r30t-53',
    'ru',
    'Пздц. Пишу за сестру: заказали ей детскую коляску, 28 июля при сборке выяснилось, что нет переднего колеса, в коробке три вместо четырёх. Фото коробки приложила. Пришлите колесо.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // exchange refused, money asked
  c(
    'r30t-54',
    'ru',
    'Пишу за маму. Увлажнитель воздуха течёт из-под резервуара: 14 января, на третий день работы, под ним натекла лужа, промокла тумбочка. Фото прилагаю. Замену маме не присылайте, она больше такой не хочет, верните, пожалуйста, деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // a bare "брак" from the repairman, compensation without a sum
  c(
    'r30t-55',
    'ru',
    'Пишу за мужа. Бензопила: на первом запуске 6 мая мастер посмотрел и сказал, что это брак. Фото приложила. Требуем компенсацию.',
    'photo',
    ['missing_what', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // masked mat plus a scam label, the writer's own
  c(
    'r30t-56',
    'ru',
    'Пишу за маму. Кольцо «серебро 925 пробы» почернело и позеленело за три дня, со 2 по 5 августа, ювелир в мастерской проверил реактивом и сказал, что это латунь. Фото кольца и пробы прилагаю. Это ж наеб@лово чистой воды. Верните маме деньги.',
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // a father's disappointment told by his daughter
  c(
    'r30t-57',
    'en',
    "I'm writing for my father, who is 76. The magnifier lamp he ordered for reading has a scratch across the middle of the lens, which he noticed as soon as he unpacked it on 12 April. Photo attached. He was so disappointed, he'd been waiting for it for a month. Please refund him.",
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // seller's capitals quoted; the writer is calm
  c(
    'r30t-58',
    'ru',
    'Пишу от имени отца. Электробритва: 2 июля, через пять дней после получения, перестала держать заряд — заряжается полностью, а через две минуты работы выключается. Видео разряда сняла, прикладываю. Отец писал продавцу, тот ответил: «НЕТ ВОЗВРАТА НЕ ПИШИТЕ БОЛЬШЕ». Прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // the customer service girl called thick
  c(
    'r30t-59',
    'en',
    "I'm writing for my dad. Your customer service girl must be thick as a brick: he told her three times that the toaster's left slot doesn't heat, and she keeps telling him to 'check the plug'. It's been like this since it arrived on 4 March; photo of the pale slice next to the toasted one attached. Refund him.",
    'photo',
    ['insult'],
    'full_refund',
  ),
  // a husband's threat relayed as leverage; no evidence named
  c(
    'r30t-60',
    'ru',
    'Пишу за мужа. Заказывал рыболовную катушку, пришла 8 мая с погнутой ручкой, шпуля не крутится. Продавец на сообщения не отвечает. Муж грозится вас найти и поговорить по-мужски, я его еле отговорила, но если деньги не вернёте — отговаривать больше не буду. Верните деньги.',
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // reading glasses: no time, no evidence
  c(
    'r30t-61',
    'en',
    "Hi, I'm writing for my mother. She ordered reading glasses +2.5 and the box says +1.5. Could you send the right ones?",
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «бляха» of a belt is innocent
  c(
    'r30t-62',
    'ru',
    'Пишу за сына, он в армии, заказ на моём аккаунте. Ремень кожаный с латунной бляхой: бляха отвалилась на второй день носки, 4 июня, — штифт, на котором она держалась, выпал и потерялся. Фото прикладываю. Просим прислать новый ремень на замену.',
    'photo',
    [],
    'exchange',
  ),
  // wishing the dangerous heater on the seller's grandmother
  c(
    'r30t-63',
    'en',
    "I'm writing for my grandad. The oil heater he bought started smoking from the back panel on 2 January, the second evening he used it; the plug on the cord is melted (photos attached). I hope your own grandmother gets one of these heaters for her bedroom. Refund him.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // no request, only a question
  c(
    'r30t-64',
    'ru',
    'Пишу за отца. Автомобильный компрессор: при первом включении 9 апреля сгорел предохранитель в прикуривателе, второй предохранитель тоже сгорел сразу. Фото сгоревших предохранителей прикладываю. Что нам делать?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // the father's violent words are about the printer, not the seller
  c(
    'r30t-65',
    'ru',
    'Пишу за папу, ему 70, с компьютером он на «вы». Струйный принтер печатает полосами: через каждые 2 см белая полоса, прочистка дюз не помогает, так с первой печати 18 января. Папа сказал, что выкинет этот принтер в окно, но пока он стоит на столе. Фото тестовой страницы прикладываю. Верните, пожалуйста, деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // empty English reply
  c('r30t-66', 'en', '...', 'none', ['empty_text'], 'none'),
  // pasted chat of the mother with the seller's mat
  c(
    'r30t-67',
    'ru',
    'Пишу за маму, вот её переписка с продавцом:\nМама (03.04): Здравствуйте, скатерть пришла с пятном и дыркой, что делать?\nПродавец (04.04): иди на х*й, бабка, всё было целое\nСкатерть получена 2 апреля, дырка размером с монету посередине, рядом жёлтое пятно. Фото и скриншот приложила. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // a second faulty kettle: losing patience, offer to send it back
  c(
    'r30t-68',
    'en',
    "I'm writing on behalf of my wife. She returned the first faulty kettle, you sent a second one on 3 March and it has the same fault: the lid won't latch, so it never switches off by itself. Photo attached. We are losing patience. We'll send this one back too, just refund her.",
    'photo',
    ['emotional'],
    'return',
  ),
  // conditional request for a lost parcel, no evidence
  c(
    'r30t-69',
    'ru',
    'Пишу за маму. Посылка с комнатным термометром не пришла: отправлена 2 января, прошло 60 дней. Если вы не сможете её найти — верните маме деньги.',
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // mat next to a name at the packer
  c(
    'r30t-70',
    'en',
    'Writing for my father-in-law. He ordered a ceramic table lamp; it arrived on 14 August in three pieces, wrapped in one sheet of paper with no bubble wrap. Whoever packed it is a f*cking idiot. Photos attached. Refund please.',
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // relative's shock plus the neighbour's fraud label adopted
  c(
    'r30t-71',
    'ru',
    'Пишу за маму. Заказывала шерстяной плед 150×200, а 5 января пришёл кусок флиса 100×140, фото с рулеткой приложила. Мама в шоке. Соседка сказала, что вы жульё, и теперь я вижу, что она права. Верните деньги.',
    'photo',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // says the photo shows it, no file, no time; offers the return
  c(
    'r30t-72',
    'ru',
    'Пишу за сестру. Ей пришёл рюкзак с порванной лямкой, шов разошёлся по всей длине, на фото это хорошо видно. Готовы вернуть рюкзак, если вы оплатите доставку и вернёте деньги.',
    'none',
    ['evidence_not_attached', 'missing_when'],
    'return',
  ),
  // a cousin at customs: connections as menace
  c(
    'r30t-73',
    'en',
    "I'm writing for my aunt who doesn't speak English. Her 5 kg bag of coffee beans arrived on 22 October with the seal open and about half the beans gone — it weighs 2.4 kg on her kitchen scale (photo attached). My cousin works at customs in Riga. From now on, every box of yours coming through will sit in inspection for a month. Please refund her in full.",
    'photo',
    ['threat'],
    'full_refund',
  ),
  // an insult passed on from the father as a message
  c(
    'r30t-74',
    'ru',
    'Пишу за папу. Электролобзик пришёл 15 марта без пилок, хотя в описании комплект из 5 пилок, фото содержимого коробки приложила. Папа просил передать дословно: вы там все дебилы. Пришлите пилки.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // vague English text for a grandmother
  c(
    'r30t-75',
    'en',
    "My grandmother's lamp is faulty. Can you please sort it out?",
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «не доводите до греха» and a brother who knows the address
  c(
    'r30t-76',
    'ru',
    'Пишу за маму. Фен-щётка: 30 июля, на второй день использования, отломилась насадка у основания, пластик лопнул. Фото приложила. Не доводите до греха: брат у меня живёт в Гуанчжоу, адрес вашего магазина он знает. Верните деньги маме.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a client's "argan oil": scam label and a strong affect word
  c(
    'r30t-77',
    'en',
    "I'm writing for our client, Mr Dunn; our office handles his online orders. His 3 bottles of 'cold-pressed argan oil' arrived on 2 September and the ingredient list on the bottle says mineral oil and fragrance. Photo of the label attached. This is a classic scam and honestly it's disgusting to do this to a pensioner. Refund him in full.",
    'photo',
    ['accusation', 'emotional'],
    'full_refund',
  ),
  // mismatch in sizes, mother's complaint, plain and complete
  c(
    'r30t-78',
    'ru',
    'Пишу за маму, Людмилу Сергеевну. Заказ — шторы блэкаут, 2 шт., 150×260. Пришли 150×220, на 40 см короче, измерили рулеткой при получении 12 октября, фото с рулеткой прикладываю. Мама написала продавцу, в ответ пришли оскорбления, переписку тоже прилагаю. Просим обменять на шторы нужной длины.',
    'photo',
    [],
    'exchange',
  ),
  // a wife's window robot: report with no request
  c(
    'r30t-79',
    'en',
    'Writing for my wife. The robot window cleaner she ordered fell off the window on its first run on 11 May: the suction pump stops after about 20 seconds and it drops, the safety rope caught it. Video attached. She asked me to let you know so other buyers are warned.',
    'video',
    ['missing_resolution'],
    'none',
  ),
  // husband's hair dryer for his wife, plain good text with a video
  c(
    'r30t-80',
    'en',
    'Writing on behalf of my wife, Li. The 2000 W hair dryer she ordered started sparking inside the nozzle on its third use, on 8 February, and smelled of burning plastic. She unplugged it straight away. The video shows the sparks. We want a full refund.',
    'video',
    [],
    'full_refund',
  ),
];
